import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { ContentText } from "~/components/content-text";
import { VerificationBadge } from "~/components/ui/status-badge";
import { requireUser } from "~/modules/auth/permissions.server";
import { titleMeta } from "~/utils/meta";

export const meta: MetaFunction = titleMeta("org.myOrgsTitle");

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  return {
    activeOrgId: user.activeOrgId,
    orgs: user.memberships.map((m) => ({ id: m.org.id, name: m.org.name, kind: m.org.kind, status: m.org.verificationStatus, role: m.role })),
  };
}

export default function MyOrganizationsPage() {
  const { t } = useTranslation();
  const { orgs, activeOrgId } = useLoaderData<typeof loader>();
  return (
    <section aria-labelledby="orgs-title" className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 id="orgs-title" className="text-2xl font-semibold">{t("org.myOrgsTitle")}</h1>
        <Link to="/orgs/new" className="rounded-md bg-brand-700 px-4 py-2 text-sm font-medium text-white hover:bg-brand-800">{t("org.createButton")}</Link>
      </div>
      {orgs.length === 0 ? (
        <div className="rounded-lg border border-dashed border-slate-400 bg-white p-8 text-center">
          <p className="font-medium">{t("org.emptyTitle")}</p>
          <p className="mt-2 text-slate-700">{t("org.emptyBody")}</p>
        </div>
      ) : (
        <ul className="grid gap-3 md:grid-cols-2">
          {orgs.map((org) => (
            <li key={org.id} className="rounded-lg bg-white p-4 shadow">
              <div className="flex items-start justify-between gap-2">
                <Link to={`/orgs/${org.id}`} className="text-lg font-medium text-brand-700 underline"><ContentText text={org.name} /></Link>
                <VerificationBadge status={org.status} />
              </div>
              <p className="mt-1 text-sm text-slate-700">
                {t(`orgKind.${org.kind}`)} · {t(`membershipRole.${org.role}`)}
                {org.id === activeOrgId ? ` · ${t("org.active")}` : ""}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export const ErrorBoundary = GeneralErrorBoundary;
