import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { MixedText, useContentLang } from "~/components/content-text";
import { OrganizationDetails } from "~/components/organization-details";
import { Alert } from "~/components/ui/alert";
import { VerificationBadge } from "~/components/ui/status-badge";
import { notFound, requireOrgRole } from "~/modules/auth/permissions.server";
import { getOrganizationProfile } from "~/modules/orgs/orgs.server";
import { pageTitle } from "~/utils/meta";

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => pageTitle(matches, data?.org.name);

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { role } = await requireOrgRole(request, params.orgId ?? "");
  const org = await getOrganizationProfile(params.orgId ?? "");
  if (!org) throw notFound();
  return { org: { ...org, verifiedAt: org.verifiedAt?.toISOString() ?? null }, isOwner: role === "OWNER" };
}

export default function OrganizationPage() {
  const { t } = useTranslation();
  const { org, isOwner } = useLoaderData<typeof loader>();
  const langOf = useContentLang();
  return (
    <section aria-labelledby="org-title" className="space-y-5">
      <div className="flex flex-wrap items-center gap-3">
        <h1 id="org-title" lang={langOf(org.name)} className="text-2xl font-semibold">{org.name}</h1>
        <VerificationBadge status={org.verificationStatus} />
      </div>
      {org.verificationStatus === "PENDING" ? <Alert tone="info">{t("org.pendingNotice")}</Alert> : null}
      {org.verificationStatus === "VERIFIED" ? <Alert tone="success">{t("org.verifiedNotice")}</Alert> : null}
      {org.verificationStatus === "REJECTED" ? (
        <Alert tone="error">
          <p>{t("org.rejectedNotice")}</p>
          {org.verificationNote ? <p className="mt-1 font-medium"><MixedText text={t("org.reviewerReason", { reason: org.verificationNote })} /></p> : null}
        </Alert>
      ) : null}
      <OrganizationDetails org={org} />
      <div className="flex flex-wrap gap-3">
        {isOwner ? <Link to={`/orgs/${org.id}/edit`} className="rounded-md bg-brand-700 px-4 py-2 text-sm font-medium text-white">{t("org.editButton")}</Link> : null}
        <Link to={`/orgs/${org.id}/members`} className="rounded-md border border-slate-400 bg-white px-4 py-2 text-sm font-medium">{t("org.membersButton")}</Link>
      </div>
    </section>
  );
}

export const ErrorBoundary = GeneralErrorBoundary;
