// The reviewers' case queue, by status, with counts.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { useFormatDate } from "~/components/use-format-date";
import { ContentText } from "~/components/content-text";
import { CaseStatusBadge } from "~/components/case-status";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { StatusTabs } from "~/components/ui/status-tabs";
import { EmptyState, PagedList } from "~/components/ui/pagination";
import { requireReviewer } from "~/modules/auth/permissions.server";
import { CASE_STATES } from "~/modules/cases/case-transitions";
import { caseReviewQueue } from "~/modules/cases/cases.server";
import { pageFromRequest, statusFromRequest } from "~/utils/request.server";
import { titleMeta } from "~/utils/meta";
import { TableScroller } from "~/components/ui/table-scroller";

export const meta: MetaFunction = titleMeta("caseStudy.review.title");

export async function loader({ request }: LoaderFunctionArgs) {
  await requireReviewer(request);
  const status = statusFromRequest(request, CASE_STATES, "PENDING_REVIEW");
  const page = pageFromRequest(request);
  return { status, page, ...(await caseReviewQueue(status, page)) };
}

export default function CaseQueuePage() {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const data = useLoaderData<typeof loader>();
  return (
    <section aria-labelledby="case-queue-title" className="space-y-4">
      <h1 id="case-queue-title" className="text-2xl font-semibold">{t("caseStudy.review.title")}</h1>
      <StatusTabs label={t("caseStudy.review.tabs")} states={CASE_STATES} current={data.status} counts={data.countByStatus} labelFor={(state) => t(`caseStudy.status.${state}`)} />
      <PagedList page={data.page} pageCount={data.pageCount} total={data.total} items={data.items} empty={<EmptyState>{t("caseStudy.review.empty")}</EmptyState>}>
        <TableScroller label={t("caseStudy.review.caption")}>
          <table className="w-full rounded-lg bg-white text-left text-sm shadow">
            <caption className="sr-only">{t("caseStudy.review.caption")}</caption>
            <thead className="border-b border-slate-200">
              <tr>
                <th scope="col" className="p-3">{t("caseStudy.fields.title")}</th>
                <th scope="col" className="p-3">{t("caseStudy.review.scenario")}</th>
                <th scope="col" className="p-3">{t("caseStudy.review.owner")}</th>
                <th scope="col" className="p-3">{t("caseStudy.review.firm")}</th>
                <th scope="col" className="p-3">{t("caseStudy.workspace.status")}</th>
                <th scope="col" className="p-3">{t("caseStudy.review.updatedAt")}</th>
              </tr>
            </thead>
            <tbody>
              {data.items.map((item) => (
                <tr key={item.id} className="border-b border-slate-100">
                  <th scope="row" className="p-3 font-normal">
                    <Link to={`/review/cases/${item.id}`} className="text-brand-700 underline"><ContentText text={item.title} /></Link>
                  </th>
                  <td className="p-3"><ContentText text={item.scenario.title} /></td>
                  <td className="p-3"><ContentText text={item.scenario.org.name} /></td>
                  <td className="p-3"><ContentText text={item.bid.org.name} /></td>
                  <td className="p-3"><CaseStatusBadge status={item.status} /></td>
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
