import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { ContentText } from "~/components/content-text";
import { ScenarioStatusBadge } from "~/components/scenario-badges";
import { useFormatDate } from "~/components/use-format-date";
import { Alert } from "~/components/ui/alert";
import { PagedList } from "~/components/ui/pagination";
import type { ScenarioStatus } from "~/generated/prisma/enums.ts";
import { requireSoeWorkspace } from "~/modules/scenarios/scenario-access.server";
import { needsNewDeadline, SCENARIO_STATES } from "~/modules/scenarios/scenario-transitions";
import { listOrgScenarios } from "~/modules/scenarios/scenarios.server";
import { pageFromRequest } from "~/utils/request.server";
import { titleMeta } from "~/utils/meta";
import { TableScroller } from "~/components/ui/table-scroller";

export const meta: MetaFunction = titleMeta("scenario.workspace.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const { org } = await requireSoeWorkspace(request);
  const raw = new URL(request.url).searchParams.get("status");
  const status = SCENARIO_STATES.includes(raw as ScenarioStatus) ? (raw as ScenarioStatus) : null;
  const { items, ...result } = await listOrgScenarios(org.id, status, pageFromRequest(request));
  const now = new Date();
  return {
    org,
    status,
    page: pageFromRequest(request),
    ...result,
    // A scenario not yet published whose deadline has passed must get a new one before it is submitted: said in
    // the list, not only on its page (a QA review). Decided here, so the server and the browser agree.
    items: items.map((item) => ({ ...item, deadlinePassed: needsNewDeadline(item, now) })),
  };
}

export default function WorkspaceScenariosPage() {
  const { t } = useTranslation();
  const { org, status, items, countByStatus, page, pageCount, total: listed } = useLoaderData<typeof loader>();
  const formatDate = useFormatDate();
  const total = Object.values(countByStatus).reduce((sum, n) => sum + (n ?? 0), 0);
  const tabs: { value: string | null; label: string; count: number }[] = [
    { value: null, label: t("scenario.workspace.all"), count: total },
    ...SCENARIO_STATES.map((value) => ({ value, label: t(`scenario.status.${value}`), count: countByStatus[value] ?? 0 })),
  ];
  return (
    <section aria-labelledby="ws-scenarios-title" className="space-y-5">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div>
          <h1 id="ws-scenarios-title" className="text-2xl font-semibold">{t("scenario.workspace.title")}</h1>
          <p className="text-slate-700"><ContentText text={org.name} /></p>
        </div>
        <Link to="/workspace/scenarios/new" className="inline-flex rounded-md bg-brand-700 px-4 py-2 text-sm font-medium text-white hover:bg-brand-800">{t("scenario.workspace.new")}</Link>
      </div>
      {org.verificationStatus !== "VERIFIED" ? <Alert tone="warning">{t("scenario.workspace.notVerified")}</Alert> : null}
      <nav aria-label={t("scenario.workspace.tabs")}>
        <ul className="flex flex-wrap gap-2">
          {tabs.map((tab) => {
            const current = tab.value === status;
            return (
              <li key={tab.value ?? "all"}>
                <Link
                  to={tab.value ? `?status=${tab.value}` : "?"}
                  aria-current={current ? "page" : undefined}
                  className={`inline-block rounded-full border px-3 py-1 text-sm ${current ? "border-brand-700 bg-brand-700 text-white" : "border-slate-400 bg-white text-slate-900"}`}
                >
                  {tab.label} ({tab.count})
                </Link>
              </li>
            );
          })}
        </ul>
      </nav>
      <PagedList page={page} pageCount={pageCount} total={listed} items={items} empty={<p className="rounded-lg bg-white p-6 text-slate-700 shadow">{status ? t("scenario.workspace.emptyStatus") : t("scenario.workspace.empty")}</p>}>
        <TableScroller label={t("scenario.workspace.caption")}>
          <table className="w-full rounded-lg bg-white text-left text-sm shadow">
            <caption className="sr-only">{t("scenario.workspace.caption")}</caption>
            <thead>
              <tr>
                <th scope="col" className="p-3">{t("scenario.workspace.colTitle")}</th>
                <th scope="col" className="p-3">{t("scenario.workspace.colStatus")}</th>
                <th scope="col" className="p-3">{t("scenario.workspace.colDeadline")}</th>
                <th scope="col" className="p-3">{t("scenario.workspace.colBids")}</th>
                <th scope="col" className="p-3">{t("scenario.workspace.colUpdated")}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((item) => (
                <tr key={item.id} className="border-t border-slate-200">
                  <td className="p-3"><Link to={`/workspace/scenarios/${item.id}`} className="break-words text-brand-700 underline"><ContentText text={item.title} /></Link></td>
                  <td className="p-3"><ScenarioStatusBadge status={item.status} /></td>
                  <td className="p-3">
                    {formatDate(item.deadline)}
                    {item.deadlinePassed ? <span className="ml-1 font-medium text-red-800">{` · ${t("scenario.list.deadlinePassed")}`}</span> : null}
                  </td>
                  <td className="p-3">{item._count.bids}</td>
                  <td className="p-3">{formatDate(item.updatedAt, true)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroller>
      </PagedList>
    </section>
  );
}

export const ErrorBoundary = GeneralErrorBoundary;
