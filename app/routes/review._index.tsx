import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { reviewOverview } from "~/modules/admin/review-overview.server";
import { requireReviewer } from "~/modules/auth/permissions.server";
import { titleMeta } from "~/utils/meta";

export const meta: MetaFunction = titleMeta("reviewHub.title");

export async function loader({ request }: LoaderFunctionArgs) {
  await requireReviewer(request);
  return { counts: await reviewOverview() };
}

const QUEUES = [
  { key: "organizations", to: "/review/organizations" },
  { key: "scenarios", to: "/review/scenarios" },
  { key: "cases", to: "/review/cases" },
  { key: "reports", to: "/review/reports" },
] as const;

const TOOLS = [
  { label: "reviewHub.tools.categories", to: "/review/categories" },
  { label: "reviewHub.tools.firstUnit", to: "/review/first-unit" },
  { label: "searchAdmin.hubLink", to: "/review/search" },
] as const;

export default function ReviewHubPage() {
  const { t } = useTranslation();
  const { counts } = useLoaderData<typeof loader>();
  return (
    <section aria-labelledby="review-hub-title" className="space-y-6">
      <h1 id="review-hub-title" className="text-2xl font-semibold">{t("reviewHub.title")}</h1>
      <ul className="grid gap-4 md:grid-cols-4">
        {QUEUES.map((queue) => (
          <li key={queue.key}>
            <Link to={queue.to} className="block rounded-lg bg-white p-5 shadow hover:ring-2 hover:ring-brand-600">
              <span className="block font-medium text-brand-700 underline">{t(`reviewHub.queues.${queue.key}`)}</span>
              <span className="mt-2 block text-3xl font-bold text-slate-900">{counts[queue.key]}</span>
              <span className="text-sm text-slate-600">{t("reviewHub.waiting")}</span>
            </Link>
          </li>
        ))}
      </ul>
      <div>
        <h2 className="text-lg font-semibold">{t("reviewHub.toolsTitle")}</h2>
        <ul className="mt-2 flex flex-wrap gap-4">
          {TOOLS.map((tool) => (
            <li key={tool.to}>
              <Link to={tool.to} className="text-brand-700 underline">{t(tool.label)}</Link>
            </li>
          ))}
        </ul>
      </div>
    </section>
  );
}

export const ErrorBoundary = GeneralErrorBoundary;
