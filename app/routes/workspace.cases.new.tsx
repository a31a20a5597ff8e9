// The SOE drafts a typical application case from one of its awarded bids.
import { parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { CaseForm } from "~/components/case-form";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { Alert } from "~/components/ui/alert";
import { filesFrom, readFormWithFiles } from "~/modules/attachments/attachments.server";
import { requireVerifiedOrg } from "~/modules/auth/permissions.server";
import { newCaseSchema } from "~/modules/cases/cases.schema";
import { awardedBidsWithoutCase, BidNotAwardedError, CaseExistsError, CaseNotFoundError, checkCasePhotos, createCase } from "~/modules/cases/cases.server";
import { msg } from "~/utils/i18n";
import { redirectWithFlash } from "~/utils/request.server";
import { titleMeta } from "~/utils/meta";

export const meta: MetaFunction = titleMeta("caseStudy.new.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const { user } = await requireVerifiedOrg(request, ["SOE"]);
  const bids = await awardedBidsWithoutCase(user.id);
  return { bids: bids.map((bid) => ({ value: bid.id, scenario: bid.scenario.title, firm: bid.org.name })), preselected: new URL(request.url).searchParams.get("bid") ?? "" };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const { user } = await requireVerifiedOrg(request, ["SOE"]);
  const formData = await readFormWithFiles(request);
  if (formData instanceof Response) return formData;
  const submission = parseWithZod(formData, { schema: newCaseSchema });
  if (submission.status !== "success") return Response.json(submission.reply(), { status: 400 });
  const photos = await checkCasePhotos(filesFrom(formData));
  if (!photos.ok) return Response.json(submission.reply({ fieldErrors: { attachments: photos.errors } }), { status: 400 });
  try {
    const { bidId, ...input } = submission.value;
    const created = await createCase({ id: user.id, requestId: context.requestId }, bidId, input, photos.files);
    return redirectWithFlash(`/workspace/cases/${created.id}`, "caseStudy.flash.created");
  } catch (error) {
    if (error instanceof CaseExistsError) return Response.json(submission.reply({ fieldErrors: { bidId: [msg("caseStudy.errors.caseExists")] } }), { status: 409 });
    if (error instanceof BidNotAwardedError || error instanceof CaseNotFoundError) {
      return Response.json(submission.reply({ fieldErrors: { bidId: [msg("caseStudy.errors.notAwarded")] } }), { status: 400 });
    }
    throw error;
  }
}

export default function NewCasePage() {
  const { t } = useTranslation();
  const { bids, preselected } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  return (
    <section aria-labelledby="new-case-title" className="max-w-3xl space-y-5">
      <Link to="/workspace/cases" className="text-sm text-brand-700 underline">← {t("caseStudy.new.back")}</Link>
      <h1 id="new-case-title" className="text-2xl font-semibold">{t("caseStudy.new.title")}</h1>
      {bids.length === 0 ? <Alert tone="info">{t("caseStudy.new.noBids")}</Alert> : null}
      {bids.length === 0 && !lastResult ? null : (
        <CaseForm
          lastResult={lastResult}
          defaultValue={{ bidId: preselected } as never}
          bidOptions={bids.map((bid) => ({ value: bid.value, label: t("caseStudy.fields.bidOption", { scenario: bid.scenario, firm: bid.firm }) }))}
          submitLabel={t("caseStudy.new.save")}
        />
      )}
    </section>
  );
}

export const ErrorBoundary = GeneralErrorBoundary;
