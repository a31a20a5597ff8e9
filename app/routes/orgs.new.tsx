import { parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useActionData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { OrganizationForm } from "~/components/organization-form";
import { requireUser } from "~/modules/auth/permissions.server";
import { organizationSchema } from "~/modules/orgs/orgs.schema";
import { createOrganization, UsccTakenError } from "~/modules/orgs/orgs.server";
import { msg } from "~/utils/i18n";
import { readForm, redirectWithFlash } from "~/utils/request.server";
import { titleMeta } from "~/utils/meta";

export const meta: MetaFunction = titleMeta("org.createTitle");

export async function loader({ request }: LoaderFunctionArgs) {
  await requireUser(request);
  return null;
}

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const submission = parseWithZod(await readForm(request), { schema: organizationSchema });
  if (submission.status !== "success") return Response.json(submission.reply(), { status: 400 });
  try {
    const org = await createOrganization({ id: user.id, requestId: context.requestId }, submission.value);
    return redirectWithFlash(`/orgs/${org.id}`, "flash.orgCreated");
  } catch (error) {
    if (error instanceof UsccTakenError) {
      return Response.json(submission.reply({ fieldErrors: { uscc: [msg("uscc.taken")] } }), { status: 409 });
    }
    throw error;
  }
}

export default function NewOrganizationPage() {
  const { t } = useTranslation();
  const lastResult = useActionData<typeof action>();
  return (
    <section aria-labelledby="new-org-title" className="space-y-4">
      <h1 id="new-org-title" className="text-2xl font-semibold">{t("org.createTitle")}</h1>
      <p className="text-slate-700">{t("org.createIntro")}</p>
      <OrganizationForm lastResult={lastResult} submitLabel={t("org.createSubmit")} />
    </section>
  );
}

export const ErrorBoundary = GeneralErrorBoundary;
