import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { ContentText } from "~/components/content-text";
import { StatusTabs } from "~/components/ui/status-tabs";
import { FirstUnitBadge } from "~/components/first-unit-badge";
import { Alert } from "~/components/ui/alert";
import { EmptyState, PagedList } from "~/components/ui/pagination";
import { requireFirmWorkspace } from "~/modules/solutions/solution-access.server";
import { SOLUTION_STATES } from "~/modules/solutions/solution-transitions";
import { listFirmSolutions } from "~/modules/solutions/solutions.server";
import { pageFromRequest } from "~/utils/request.server";
import { titleMeta } from "~/utils/meta";
import { useFormatDate } from "~/components/use-format-date";
import { TableScroller } from "~/components/ui/table-scroller";

export const meta: MetaFunction = titleMeta("solution.workspaceTitle");

export async function loader({ request }: LoaderFunctionArgs) {
  const { org, firm } = await requireFirmWorkspace(request);
  const requested = new URL(request.url).searchParams.get("status");
  // No tab chosen (or an unknown one): listFirmSolutions opens the first that has solutions.
  const page = pageFromRequest(request);
  const result = await listFirmSolutions(firm.orgId, SOLUTION_STATES.find((state) => state === requested) ?? null, page);
  return {
    org: { name: org.name },
    verified: firm.verifiedTechFirm,
    page,
    ...result,
    items: result.items.map((item) => ({ ...item, updatedAt: item.updatedAt.toISOString(), publishedAt: item.publishedAt?.toISOString() ?? null })),
  };
}

export default function WorkspaceSolutionsPage() {
  const { t, i18n } = useTranslation();
  const data = useLoaderData<typeof loader>();
  const formatDate = useFormatDate();
  const format = (iso: string) => formatDate(iso, true);
  return (
    <section aria-labelledby="my-solutions-title" className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 id="my-solutions-title" className="text-2xl font-semibold">{t("solution.workspaceTitle")}</h1>
        <Link to="/workspace/solutions/new" className="rounded-md bg-brand-700 px-4 py-2 text-sm font-medium text-white hover:bg-brand-800">{t("solution.newButton")}</Link>
      </div>
      {!data.verified ? <Alert tone="warning">{t("solution.unverifiedNotice")}</Alert> : null}
      <StatusTabs label={t("solution.statusFilter")} states={SOLUTION_STATES} current={data.status} counts={data.countByStatus} labelFor={(state) => t(`solution.status.${state}`)} />
      <PagedList
        page={data.page}
        pageCount={data.pageCount}
        total={data.total}
        items={data.items}
        empty={
          <EmptyState>
            {Object.values(data.countByStatus).some((count) => (count ?? 0) > 0)
              ? t("solution.workspaceEmptyStatus", { status: t(`solution.status.${data.status}`) })
              : t("solution.workspaceEmpty")}
          </EmptyState>
        }
      >
        <TableScroller label={`${t("solution.workspaceTitle")} · ${t(`solution.status.${data.status}`)}`}>
          <table className="w-full rounded-lg bg-white text-left text-sm shadow">
            <caption className="sr-only">{t("solution.workspaceTitle")} · {t(`solution.status.${data.status}`)}</caption>
            <thead className="border-b border-slate-200">
              <tr>
                <th scope="col" className="p-3">{t("solution.field.title")}</th>
                <th scope="col" className="p-3">{t("solution.field.firstUnit")}</th>
                <th scope="col" className="p-3">{t("solution.field.status")}</th>
                <th scope="col" className="p-3">{t("solution.updatedAt")}</th>
              </tr>
            </thead>
            <tbody>
              {data.items.map((item) => (
                <tr key={item.id} className="border-b border-slate-100 last:border-0">
                  <td className="p-3"><Link to={`/workspace/solutions/${item.id}`} className="text-brand-700 underline"><ContentText text={item.title} /></Link></td>
                  <td className="p-3"><FirstUnitBadge type={item.firstUnitType} status={item.firstUnitStatus} /></td>
                  <td className="p-3">
                    {t(`solution.status.${item.status}`)}
                    {item.hidden ? <span className="ml-2 rounded bg-red-100 px-2 py-0.5 text-xs text-red-900">{t("solution.hiddenLabel")}</span> : null}
                  </td>
                  <td className="p-3">{format(item.updatedAt)}</td>
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
