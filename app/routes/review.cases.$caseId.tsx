// A reviewer reads a case and publishes it or returns it to the SOE with a reason.
import { getFormProps, useForm } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { CaseDetail } from "~/components/case-detail";
import { ContentText } from "~/components/content-text";
import { CaseStatusBadge } from "~/components/case-status";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { Button } from "~/components/ui/button";
import { FormErrors, TextareaField } from "~/components/ui/form";
import { listAttachments } from "~/modules/attachments/attachments.server";
import { notFound, requireReviewer } from "~/modules/auth/permissions.server";
import { allowedCaseActions, CaseTransitionError } from "~/modules/cases/case-transitions";
import { caseDecisionSchema } from "~/modules/cases/cases.schema";
import { caseForReview, CaseNotFoundError, decideCase } from "~/modules/cases/cases.server";
import { msg } from "~/utils/i18n";
import { readForm, redirectWithFlash } from "~/utils/request.server";
import { pageTitle } from "~/utils/meta";

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => pageTitle(matches, data?.caseStudy.title);

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireReviewer(request);
  const found = await caseForReview(params.caseId ?? "");
  if (!found) throw notFound();
  const photos = await listAttachments("CASE", found.id, { includeConfidential: true });
  return { caseStudy: found, photos, actions: allowedCaseActions(found.status, "reviewer") };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const reviewer = await requireReviewer(request);
  const submission = parseWithZod(await readForm(request), { schema: caseDecisionSchema });
  if (submission.status !== "success") return Response.json(submission.reply(), { status: 400 });
  try {
    await decideCase({ id: reviewer.id, requestId: context.requestId }, params.caseId ?? "", submission.value.decision, submission.value.reason);
  } catch (error) {
    if (error instanceof CaseNotFoundError) throw notFound();
    if (error instanceof CaseTransitionError) return Response.json(submission.reply({ formErrors: [msg("caseStudy.errors.notAllowed")] }), { status: 409 });
    throw error;
  }
  return redirectWithFlash("/review/cases", submission.value.decision === "publish" ? "caseStudy.flash.published" : "caseStudy.flash.returned");
}

export default function ReviewCasePage() {
  const { t } = useTranslation();
  const { caseStudy, photos, actions } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const navigation = useNavigation();
  const [form, fields] = useForm({
    id: "case-decision",
    lastResult,
    constraint: getZodConstraint(caseDecisionSchema),
    onValidate: ({ formData }) => parseWithZod(formData, { schema: caseDecisionSchema }),
  });
  return (
    <section aria-labelledby="review-case-title" className="space-y-5">
      <Link to="/review/cases" className="text-sm text-brand-700 underline">← {t("caseStudy.review.back")}</Link>
      <div className="flex flex-wrap items-center gap-3">
        <h1 id="review-case-title" className="text-2xl font-semibold"><ContentText text={caseStudy.title} /></h1>
        <CaseStatusBadge status={caseStudy.status} />
      </div>
      <CaseDetail data={caseStudy} photos={photos} linkScenario={false} />
      {actions.length > 0 ? (
        <Form method="post" {...getFormProps(form)} className="max-w-xl space-y-4 rounded-lg bg-white p-6 shadow">
          <h2 className="text-lg font-semibold">{t("caseStudy.review.decisionTitle")}</h2>
          <FormErrors id={form.errorId} errors={[...(form.errors ?? []), ...(fields.decision.errors ?? [])]} />
          <TextareaField meta={fields.reason} label={t("caseStudy.review.reason")} hint={t("caseStudy.review.reasonHint")} />
          <div className="flex flex-wrap gap-3">
            {actions.map((action) => (
              <Button key={action} type="submit" name="decision" value={action} variant={action === "publish" ? "primary" : "danger"} disabled={navigation.state === "submitting"}>
                {t(`caseStudy.action.${action}`)}
              </Button>
            ))}
          </div>
        </Form>
      ) : null}
    </section>
  );
}

export const ErrorBoundary = GeneralErrorBoundary;
