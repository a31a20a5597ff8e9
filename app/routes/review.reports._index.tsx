import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { ContentText } from "~/components/content-text";
import { StatusTabs } from "~/components/ui/status-tabs";
import { EmptyState, PagedList } from "~/components/ui/pagination";
import { requireReviewer } from "~/modules/auth/permissions.server";
import { REPORT_STATUSES } from "~/modules/moderation/moderation.schema";
import { listReports } from "~/modules/moderation/moderation.server";
import { pageFromRequest, statusFromRequest } from "~/utils/request.server";
import { titleMeta } from "~/utils/meta";
import { useFormatDate } from "~/components/use-format-date";
import { TableScroller } from "~/components/ui/table-scroller";

export const meta: MetaFunction = titleMeta("moderation.queueTitle");

export async function loader({ request }: LoaderFunctionArgs) {
  await requireReviewer(request);
  const status = statusFromRequest(request, REPORT_STATUSES, "OPEN");
  const page = pageFromRequest(request);
  const result = await listReports(status, page);
  return {
    status,
    page,
    ...result,
    items: result.items.map((item) => ({ ...item, createdAt: item.createdAt.toISOString(), resolvedAt: item.resolvedAt?.toISOString() ?? null })),
  };
}

export default function ReportQueuePage() {
  const { t, i18n } = useTranslation();
  const data = useLoaderData<typeof loader>();
  const formatDate = useFormatDate();
  const format = (iso: string) => formatDate(iso, true);
  return (
    <section aria-labelledby="reports-title" className="space-y-4">
      <h1 id="reports-title" className="text-2xl font-semibold">{t("moderation.queueTitle")}</h1>
      <StatusTabs label={t("moderation.statusFilter")} states={REPORT_STATUSES} current={data.status} counts={data.countByStatus} labelFor={(state) => t(`moderation.status.${state}`)} />
      <PagedList page={data.page} pageCount={data.pageCount} total={data.total} items={data.items} empty={<EmptyState>{t("moderation.queueEmpty")}</EmptyState>}>
        <TableScroller label={`${t("moderation.queueTitle")} · ${t(`moderation.status.${data.status}`)}`}>
          <table className="w-full rounded-lg bg-white text-left text-sm shadow">
            <caption className="sr-only">{t("moderation.queueTitle")} · {t(`moderation.status.${data.status}`)}</caption>
            <thead className="border-b border-slate-200">
              <tr>
                <th scope="col" className="p-3">{t("moderation.record")}</th>
                <th scope="col" className="p-3">{t("moderation.type")}</th>
                <th scope="col" className="p-3">{t("moderation.reason")}</th>
                <th scope="col" className="p-3">{t("moderation.openOnRecord")}</th>
                <th scope="col" className="p-3">{t("moderation.recordState")}</th>
                <th scope="col" className="p-3">{t("moderation.reportedAt")}</th>
                {data.status !== "OPEN" ? <th scope="col" className="p-3">{t("moderation.resolution")}</th> : null}
              </tr>
            </thead>
            <tbody>
              {data.items.map((item) => (
                <tr key={item.id} className="border-b border-slate-100 align-top last:border-0">
                  <td className="p-3">
                    <Link to={`/review/reports/${item.id}`} className="text-brand-700 underline">{item.record ? <ContentText text={item.record.title} /> : t("moderation.recordMissing")}</Link>
                  </td>
                  <td className="p-3">{t(`moderation.entityType.${item.entityType}`, { defaultValue: item.entityType })}</td>
                  <td className="max-w-xs break-words p-3"><ContentText text={item.reason} /></td>
                  <td className="p-3">{item.openReportsOnRecord}</td>
                  <td className="p-3">
                    {!item.record
                      ? t("moderation.recordMissing")
                      : item.record.hidden
                        ? t("moderation.recordHidden")
                        : item.record.isPublic
                          ? t("moderation.recordPublic")
                          : t("moderation.recordNotPublic")}
                  </td>
                  <td className="p-3">{format(item.createdAt)}</td>
                  {data.status !== "OPEN" ? <td className="max-w-xs break-words p-3">{item.resolution ? <ContentText text={item.resolution} /> : "—"}</td> : null}
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
