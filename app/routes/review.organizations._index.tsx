import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { ContentText } from "~/components/content-text";
import { StatusTabs } from "~/components/ui/status-tabs";
import { EmptyState, PagedList } from "~/components/ui/pagination";
import { requireReviewer } from "~/modules/auth/permissions.server";
import { listVerificationQueue } from "~/modules/orgs/orgs.server";
import { VERIFICATION_STATES } from "~/modules/orgs/verification-transitions";
import { pageFromRequest, statusFromRequest } from "~/utils/request.server";
import { titleMeta } from "~/utils/meta";
import { useFormatDate } from "~/components/use-format-date";
import { TableScroller } from "~/components/ui/table-scroller";

export const meta: MetaFunction = titleMeta("review.queueTitle");

export async function loader({ request }: LoaderFunctionArgs) {
  await requireReviewer(request);
  const status = statusFromRequest(request, VERIFICATION_STATES, "PENDING");
  const page = pageFromRequest(request);
  const queue = await listVerificationQueue(status, page);
  return {
    status,
    page,
    ...queue,
    items: queue.items.map((item) => ({ ...item, submittedAt: item.submittedAt.toISOString(), verifiedAt: item.verifiedAt?.toISOString() ?? null })),
  };
}

export default function VerificationQueuePage() {
  const { t, i18n } = useTranslation();
  const data = useLoaderData<typeof loader>();
  const formatDate = useFormatDate();
  const format = (iso: string) => formatDate(iso, true);
  return (
    <section aria-labelledby="queue-title" className="space-y-4">
      <h1 id="queue-title" className="text-2xl font-semibold">{t("review.queueTitle")}</h1>
      <StatusTabs label={t("review.statusFilter")} states={VERIFICATION_STATES} current={data.status} counts={data.countByStatus} labelFor={(state) => t(`verification.${state}`)} />
      <PagedList page={data.page} pageCount={data.pageCount} total={data.total} items={data.items} empty={<EmptyState>{t("review.queueEmpty")}</EmptyState>}>
        <TableScroller label={t("review.queueTitle")}>
          <table className="w-full rounded-lg bg-white text-left text-sm shadow">
            <caption className="sr-only">{t("review.queueTitle")}</caption>
            <thead className="border-b border-slate-200">
              <tr>
                <th scope="col" className="p-3">{t("org.name")}</th>
                <th scope="col" className="p-3">{t("org.kind")}</th>
                <th scope="col" className="p-3">{t("org.uscc")}</th>
                <th scope="col" className="p-3">{t("org.district")}</th>
                <th scope="col" className="p-3">{t("review.submittedAt")}</th>
                {data.status !== "PENDING" ? <th scope="col" className="p-3">{t("review.reason")}</th> : null}
              </tr>
            </thead>
            <tbody>
              {data.items.map((org) => (
                <tr key={org.id} className="border-b border-slate-100 last:border-0">
                  <td className="p-3"><Link to={`/review/organizations/${org.id}`} className="text-brand-700 underline"><ContentText text={org.name} /></Link></td>
                  <td className="p-3">{t(`orgKind.${org.kind}`)}</td>
                  <td className="p-3 font-mono">{org.uscc}</td>
                  <td className="p-3">{t(`districts.${org.district}`)}</td>
                  <td className="p-3">{format(org.submittedAt)}</td>
                  {data.status !== "PENDING" ? <td className="p-3">{org.verificationNote ? <ContentText text={org.verificationNote} /> : "—"}</td> : null}
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
