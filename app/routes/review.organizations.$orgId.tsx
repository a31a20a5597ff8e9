import { getFormProps, useForm } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { ContentText, MixedText } from "~/components/content-text";
import { OrganizationDetails } from "~/components/organization-details";
import { Button } from "~/components/ui/button";
import { FormErrors, TextareaField } from "~/components/ui/form";
import { VerificationBadge } from "~/components/ui/status-badge";
import { notFound, requireReviewer } from "~/modules/auth/permissions.server";
import { verificationDecisionSchema } from "~/modules/orgs/orgs.schema";
import { decideVerification, getOrganizationForReview, organizationHistory } from "~/modules/orgs/orgs.server";
import { allowedVerificationActions, TransitionError } from "~/modules/orgs/verification-transitions";
import { msg } from "~/utils/i18n";
import { readForm, redirectWithFlash } from "~/utils/request.server";
import { useFormatDate } from "~/components/use-format-date";
import { pageTitle } from "~/utils/meta";

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => pageTitle(matches, data?.org.name);

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireReviewer(request);
  const orgId = params.orgId ?? "";
  const [org, history] = await Promise.all([getOrganizationForReview(orgId), organizationHistory(orgId)]);
  if (!org) throw notFound();
  return {
    org,
    actions: allowedVerificationActions(org.verificationStatus, "reviewer"),
    history: history.map((entry) => ({ id: entry.id, action: entry.action, actor: entry.actor?.name ?? null, createdAt: entry.createdAt.toISOString() })),
  };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const reviewer = await requireReviewer(request);
  const submission = parseWithZod(await readForm(request), { schema: verificationDecisionSchema });
  if (submission.status !== "success") return Response.json(submission.reply(), { status: 400 });
  const orgId = params.orgId ?? "";
  if (!(await getOrganizationForReview(orgId))) throw notFound();
  try {
    await decideVerification({ id: reviewer.id, requestId: context.requestId }, orgId, submission.value.decision, submission.value.reason);
  } catch (error) {
    if (error instanceof TransitionError) {
      // Someone else decided first, or the decision does not fit the current status.
      return Response.json(submission.reply({ formErrors: [msg("review.decisionNotAllowed")] }), { status: 409 });
    }
    throw error;
  }
  return redirectWithFlash("/review/organizations", `flash.org_${submission.value.decision}`);
}

export default function ReviewOrganizationPage() {
  const { t, i18n } = useTranslation();
  const { org, actions, history } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const navigation = useNavigation();
  const [form, fields] = useForm({
    id: "decision",
    lastResult,
    constraint: getZodConstraint(verificationDecisionSchema),
    onValidate: ({ formData }) => parseWithZod(formData, { schema: verificationDecisionSchema }),
  });
  const formatDate = useFormatDate();
  const format = (iso: string) => formatDate(iso, true);
  const owners: [string, ReactNode][] = [[t("review.owners"), <MixedText key="owners" text={org.memberships.map((m) => `${m.user.name} <${m.user.email}>`).join("; ") || "—"} />]];
  const submitting = navigation.state === "submitting";
  return (
    <section aria-labelledby="review-org-title" className="space-y-5">
      <Link to="/review/organizations" className="text-sm text-brand-700 underline">← {t("review.queueTitle")}</Link>
      <div className="flex flex-wrap items-center gap-3">
        <h1 id="review-org-title" className="text-2xl font-semibold"><ContentText text={org.name} /></h1>
        <VerificationBadge status={org.verificationStatus} />
      </div>
      <OrganizationDetails org={{ ...org, website: undefined }} extraRows={owners}>
        {org.verificationNote ? (
          <div className="md:col-span-2">
            <dt className="text-sm text-slate-600">{t("review.reason")}</dt>
            <dd><ContentText text={org.verificationNote} /></dd>
          </div>
        ) : null}
      </OrganizationDetails>

      {actions.length > 0 ? (
        <Form method="post" {...getFormProps(form)} className="max-w-xl space-y-4 rounded-lg bg-white p-6 shadow">
          <h2 className="text-lg font-semibold">{t("review.decisionTitle")}</h2>
          <FormErrors id={form.errorId} errors={form.errors} />
          <TextareaField meta={fields.reason} label={t("review.reason")} hint={t("review.reasonHint")} />
          <div className="flex flex-wrap gap-3">
            {actions.map((action) => (
              <Button key={action} type="submit" name="decision" value={action} variant={action === "verify" ? "primary" : "danger"} disabled={submitting}>
                {t(`review.action.${action}`)}
              </Button>
            ))}
          </div>
        </Form>
      ) : null}

      <div>
        <h2 className="text-lg font-semibold">{t("review.history")}</h2>
        {history.length === 0 ? (
          <p className="text-slate-700">—</p>
        ) : (
          <ol className="mt-2 space-y-1 text-sm">
            {history.map((entry) => (
              <li key={entry.id}>
                {format(entry.createdAt)} · {entry.actor ? <ContentText text={entry.actor} /> : t("review.system")} · {t(`audit.${entry.action}`, { defaultValue: entry.action })}
              </li>
            ))}
          </ol>
        )}
      </div>
    </section>
  );
}

export const ErrorBoundary = GeneralErrorBoundary;
