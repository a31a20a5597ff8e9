import { parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { MixedText } from "~/components/content-text";
import { OrganizationForm } from "~/components/organization-form";
import { Alert } from "~/components/ui/alert";
import { notFound, requireOrgRole } from "~/modules/auth/permissions.server";
import { organizationSchema } from "~/modules/orgs/orgs.schema";
import { getOrganizationProfile, updateOrganization, UsccTakenError } from "~/modules/orgs/orgs.server";
import { TransitionError } from "~/modules/orgs/verification-transitions";
import { msg } from "~/utils/i18n";
import { readForm, redirectWithFlash } from "~/utils/request.server";
import { translatedPageTitle } from "~/utils/meta";

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => translatedPageTitle(matches, "org.editTitle", data && { name: data.org.name });

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireOrgRole(request, params.orgId ?? "", ["OWNER"]);
  const org = await getOrganizationProfile(params.orgId ?? "");
  if (!org) throw notFound();
  return { org };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const { user } = await requireOrgRole(request, params.orgId ?? "", ["OWNER"]);
  const submission = parseWithZod(await readForm(request), { schema: organizationSchema });
  if (submission.status !== "success") return Response.json(submission.reply(), { status: 400 });
  try {
    const { org, resubmitted } = await updateOrganization({ id: user.id, requestId: context.requestId }, params.orgId ?? "", submission.value);
    return redirectWithFlash(`/orgs/${org.id}`, resubmitted ? "flash.orgResubmitted" : "flash.orgSaved");
  } catch (error) {
    if (error instanceof TransitionError) {
      return Response.json(submission.reply({ formErrors: [msg("org.changedMeanwhile")] }), { status: 409 });
    }
    if (error instanceof UsccTakenError) {
      return Response.json(submission.reply({ fieldErrors: { uscc: [msg("uscc.taken")] } }), { status: 409 });
    }
    throw error;
  }
}

export default function EditOrganizationPage() {
  const { t } = useTranslation();
  const { org } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  return (
    <section aria-labelledby="edit-org-title" className="space-y-4">
      <h1 id="edit-org-title" className="text-2xl font-semibold"><MixedText text={t("org.editTitle", { name: org.name })} /></h1>
      {org.verificationStatus === "VERIFIED" ? (
        <Alert tone="warning">{t(org.kind === "TECH_FIRM" ? "org.legalChangeWarningFirm" : "org.legalChangeWarning")}</Alert>
      ) : null}
      {org.verificationStatus === "REJECTED" ? <Alert tone="info">{t("org.resubmitHint")}</Alert> : null}
      <OrganizationForm lastResult={lastResult} defaultValue={org} submitLabel={org.verificationStatus === "REJECTED" ? t("org.saveAndResubmit") : t("form.save")} />
    </section>
  );
}

export const ErrorBoundary = GeneralErrorBoundary;
