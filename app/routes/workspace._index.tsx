import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { MixedText } from "~/components/content-text";
import { ScenarioRecommendations } from "~/components/recommendations";
import { Alert } from "~/components/ui/alert";
import { VerificationBadge } from "~/components/ui/status-badge";
import { activeMembership, requireUser } from "~/modules/auth/permissions.server";
import { scenarioRecommendationsPanel } from "~/modules/matching/recommendation-panels.server";
import { workspaceOverview } from "~/modules/orgs/workspace.server";
import { titleMeta } from "~/utils/meta";

export const meta: MetaFunction = titleMeta("workspace.title");

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const membership = activeMembership(user);
  if (!membership) return { org: null, overview: null, recommendedScenarios: null };
  const { org } = membership;
  const [overview, recommendedScenarios] = await Promise.all([
    workspaceOverview(org.id, org.kind),
    org.kind === "TECH_FIRM" ? scenarioRecommendationsPanel(org.id, context.requestId) : null,
  ]);
  return { org, overview, recommendedScenarios };
}

function Tile({ to, label, value }: { to: string; label: string; value: number }) {
  return (
    <li>
      <Link to={to} className="block rounded-lg bg-white p-5 shadow hover:ring-2 hover:ring-brand-600">
        <span className="block font-medium text-brand-700 underline">{label}</span>
        <span className="mt-2 block text-3xl font-bold text-slate-900">{value}</span>
      </Link>
    </li>
  );
}

const sum = (counts: Partial<Record<string, number>>) => Object.values(counts).reduce<number>((total, n) => total + (n ?? 0), 0);

export default function WorkspacePage() {
  const { t } = useTranslation();
  const { org, overview, recommendedScenarios } = useLoaderData<typeof loader>();
  if (!org || !overview) {
    return (
      <section aria-labelledby="workspace-title" className="space-y-4">
        <h1 id="workspace-title" className="text-2xl font-semibold">{t("workspace.title")}</h1>
        <div className="rounded-lg border border-dashed border-slate-400 bg-white p-8 text-center">
          <p>{t("errors.needOrganization")}</p>
          <Link to="/orgs/new" className="mt-3 inline-block text-brand-700 underline">{t("org.createButton")}</Link>
        </div>
      </section>
    );
  }
  return (
    <section aria-labelledby="workspace-title" className="space-y-5">
      <div className="flex flex-wrap items-center gap-3">
        <h1 id="workspace-title" className="text-2xl font-semibold"><MixedText text={t("workspace.titleFor", { org: org.name })} /></h1>
        <VerificationBadge status={org.verificationStatus} />
      </div>
      {org.verificationStatus !== "VERIFIED" ? <Alert tone="warning">{t("errors.orgNotVerified")}</Alert> : null}
      {overview.kind === "SOE" ? (
        <ul className="grid gap-4 md:grid-cols-3">
          <Tile to="/workspace/scenarios" label={t("workspace.myScenarios")} value={sum(overview.scenarios)} />
          <Tile to="/workspace/scenarios" label={t("workspace.bidsToReview")} value={overview.bidsToReview} />
          <Tile to="/workspace/cases" label={t("workspace.myCases")} value={overview.cases} />
        </ul>
      ) : overview.kind === "TECH_FIRM" ? (
        <>
          <ul className="grid gap-4 md:grid-cols-3">
            <Tile to="/workspace/solutions" label={t("workspace.mySolutions")} value={sum(overview.solutions)} />
            <Tile to="/workspace/bids" label={t("workspace.myBids")} value={sum(overview.bids)} />
            <Tile to="/workspace/bids" label={t("workspace.invitations")} value={overview.invitations} />
          </ul>
          {recommendedScenarios ? (
            // Recommendations are matched from the firm's published and draft solutions.
            <ScenarioRecommendations panel={recommendedScenarios} hasSolutions={(overview.solutions.PUBLISHED ?? 0) + (overview.solutions.DRAFT ?? 0) > 0} verified={org.verificationStatus === "VERIFIED"} />
          ) : null}
        </>
      ) : (
        <p className="rounded-lg bg-white p-6 text-slate-700 shadow">{t("workspace.otherKinds")}</p>
      )}
    </section>
  );
}

export const ErrorBoundary = GeneralErrorBoundary;
