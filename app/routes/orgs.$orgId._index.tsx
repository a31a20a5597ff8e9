import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { Alert } from "~/components/ui/alert";
import { VerificationBadge } from "~/components/ui/status-badge";
import { notFound, requireOrgRole } from "~/modules/auth/permissions.server";
import { getOrganizationProfile } from "~/modules/orgs/orgs.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.org.name ?? ""} · SceneBridge 场景桥` }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { role } = await requireOrgRole(request, params.orgId ?? "");
  const org = await getOrganizationProfile(params.orgId ?? "");
  if (!org) throw notFound();
  return { org: { ...org, verifiedAt: org.verifiedAt?.toISOString() ?? null }, isOwner: role === "OWNER" };
}

export default function OrganizationPage() {
  const { t } = useTranslation();
  const { org, isOwner } = useLoaderData<typeof loader>();
  const rows: [string, string][] = [
    [t("org.kind"), t(`orgKind.${org.kind}`)],
    [t("org.uscc"), org.uscc],
    [t("org.district"), t(`districts.${org.district}`)],
    [t("org.tier"), org.tier ? t(`tier.${org.tier}`) : t("org.tierNone")],
    [t("org.flags"), org.flags.length ? org.flags.map((flag) => t(`orgFlag.${flag}`)).join("、") : "—"],
    [t("org.website"), org.website || "—"],
    [t("org.contactName"), org.contactName],
    [t("org.contactPhone"), org.contactPhone],
    [t("org.contactEmail"), org.contactEmail],
  ];
  return (
    <section aria-labelledby="org-title" className="space-y-5">
      <div className="flex flex-wrap items-center gap-3">
        <h1 id="org-title" className="text-2xl font-semibold">{org.name}</h1>
        <VerificationBadge status={org.verificationStatus} />
      </div>
      {org.verificationStatus === "PENDING" ? <Alert tone="info">{t("org.pendingNotice")}</Alert> : null}
      {org.verificationStatus === "VERIFIED" ? <Alert tone="success">{t("org.verifiedNotice")}</Alert> : null}
      {org.verificationStatus === "REJECTED" ? (
        <Alert tone="error">
          <p>{t("org.rejectedNotice")}</p>
          {org.verificationNote ? <p className="mt-1 font-medium">{t("org.reviewerReason", { reason: org.verificationNote })}</p> : null}
        </Alert>
      ) : null}
      <dl className="grid gap-x-6 gap-y-3 rounded-lg bg-white p-6 shadow md:grid-cols-2">
        {rows.map(([label, value]) => (
          <div key={label}>
            <dt className="text-sm text-slate-600">{label}</dt>
            <dd className="break-words">{value}</dd>
          </div>
        ))}
        <div className="md:col-span-2">
          <dt className="text-sm text-slate-600">{t("org.description")}</dt>
          <dd className="whitespace-pre-wrap break-words">{org.description || "—"}</dd>
        </div>
      </dl>
      <div className="flex flex-wrap gap-3">
        {isOwner ? <Link to={`/orgs/${org.id}/edit`} className="rounded-md bg-brand-700 px-4 py-2 text-sm font-medium text-white">{t("org.editButton")}</Link> : null}
        <Link to={`/orgs/${org.id}/members`} className="rounded-md border border-slate-400 bg-white px-4 py-2 text-sm font-medium">{t("org.membersButton")}</Link>
      </div>
    </section>
  );
}

export const ErrorBoundary = GeneralErrorBoundary;
