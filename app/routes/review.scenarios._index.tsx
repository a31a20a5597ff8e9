import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { ContentText } from "~/components/content-text";
import { useFormatDate } from "~/components/use-format-date";
import { PagedList } from "~/components/ui/pagination";
import { requireReviewer } from "~/modules/auth/permissions.server";
import { SCENARIO_STATES } from "~/modules/scenarios/scenario-transitions";
import { listReviewQueue } from "~/modules/scenarios/scenarios.server";
import { pageFromRequest, statusFromRequest } from "~/utils/request.server";
import { titleMeta } from "~/utils/meta";
import { TableScroller } from "~/components/ui/table-scroller";

export const meta: MetaFunction = titleMeta("scenario.review.queueTitle");

export async function loader({ request }: LoaderFunctionArgs) {
  await requireReviewer(request);
  const status = statusFromRequest(request, SCENARIO_STATES, "PENDING_REVIEW");
  const page = pageFromRequest(request);
  return { status, page, ...(await listReviewQueue(status, page)) };
}

export default function ScenarioReviewQueuePage() {
  const { t, i18n } = useTranslation();
  const { status, page, pageCount, total, items, countByStatus } = useLoaderData<typeof loader>();
  const formatDate = useFormatDate();
  return (
    <section aria-labelledby="queue-title" className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 id="queue-title" className="text-2xl font-semibold">{t("scenario.review.queueTitle")}</h1>
        <Link to="/review/categories" className="text-sm text-brand-700 underline">{t("scenario.review.categoriesLink")}</Link>
      </div>
      <nav aria-label={t("scenario.workspace.tabs")}>
        <ul className="flex flex-wrap gap-2">
          {SCENARIO_STATES.map((state) => (
            <li key={state}>
              <Link
                to={`?status=${state}`}
                aria-current={state === status ? "page" : undefined}
                className={`inline-block rounded px-3 py-1.5 text-sm ${state === status ? "bg-brand-700 text-white" : "bg-white text-brand-700 shadow"}`}
              >
                {t(`scenario.status.${state}`)} ({countByStatus[state] ?? 0})
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <PagedList page={page} pageCount={pageCount} total={total} items={items} empty={<p className="rounded-lg bg-white p-6 text-slate-700 shadow">{t("scenario.review.empty")}</p>}>
        <TableScroller label={t("scenario.review.caption")}>
          <table className="w-full rounded-lg bg-white text-left text-sm shadow">
            <caption className="sr-only">{t("scenario.review.caption")}</caption>
            <thead>
              <tr>
                <th scope="col" className="p-3">{t("scenario.review.colTitle")}</th>
                <th scope="col" className="p-3">{t("scenario.review.colOrg")}</th>
                <th scope="col" className="p-3">{t("scenario.review.colCategory")}</th>
                <th scope="col" className="p-3">{t("scenario.review.colSubmitted")}</th>
                <th scope="col" className="p-3">{t("scenario.review.colReason")}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((item) => (
                <tr key={item.id} className="border-t border-slate-200">
                  <td className="p-3"><Link to={`/review/scenarios/${item.id}`} className="break-words text-brand-700 underline"><ContentText text={item.title} /></Link></td>
                  <td className="p-3"><ContentText text={item.org.name} /></td>
                  <td className="p-3">{i18n.language === "en" ? item.category.nameEn : item.category.nameZh}</td>
                  <td className="p-3">{item.submittedAt ? formatDate(item.submittedAt, true) : "—"}</td>
                  <td className="max-w-xs break-words p-3">{item.reviewNote ? <ContentText text={item.reviewNote} /> : "—"}</td>
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
