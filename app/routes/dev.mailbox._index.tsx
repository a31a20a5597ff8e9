import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { EmptyState, PagedList } from "~/components/ui/pagination";
import { listMailbox } from "~/modules/notifications/email-outbox.server";
import { requireDevMailbox } from "~/modules/notifications/mail-config.server";
import { pageFromRequest } from "~/utils/request.server";
import { titleMeta } from "~/utils/meta";
import { useFormatDate } from "~/components/use-format-date";
import { TableScroller } from "~/components/ui/table-scroller";

export const meta: MetaFunction = (args) => [...titleMeta("mail.mailbox.title")(args), { name: "robots", content: "noindex" }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  await requireDevMailbox(request, context.clientIp);
  const page = pageFromRequest(request);
  const result = await listMailbox(page);
  return {
    page,
    pageCount: result.pageCount,
    total: result.total,
    items: result.items.map((item) => ({ ...item, createdAt: item.createdAt.toISOString(), sentAt: item.sentAt?.toISOString() ?? null })),
  };
}

export default function DevMailboxPage() {
  const { t, i18n } = useTranslation();
  const data = useLoaderData<typeof loader>();
  const formatDate = useFormatDate();
  const format = (iso: string) => formatDate(iso, true);
  return (
    <section aria-labelledby="mailbox-title" className="space-y-4">
      <h1 id="mailbox-title" className="text-2xl font-semibold">{t("mail.mailbox.title")}</h1>
      <p role="note" className="rounded-md border-2 border-dashed border-amber-600 bg-amber-50 p-3 text-sm text-amber-950">{t("mail.mailbox.banner")}</p>
      <PagedList page={data.page} pageCount={data.pageCount} total={data.total} items={data.items} empty={<EmptyState>{t("mail.mailbox.empty")}</EmptyState>}>
        <TableScroller label={t("mail.mailbox.caption")} className="rounded-lg bg-white shadow">
          <table className="min-w-full text-left text-sm">
            <caption className="sr-only">{t("mail.mailbox.caption")}</caption>
            <thead className="bg-slate-100">
              <tr>
                <th scope="col" className="px-3 py-2">{t("mail.mailbox.to")}</th>
                <th scope="col" className="px-3 py-2">{t("mail.mailbox.subject")}</th>
                <th scope="col" className="px-3 py-2">{t("mail.mailbox.time")}</th>
                <th scope="col" className="px-3 py-2">{t("mail.mailbox.status")}</th>
              </tr>
            </thead>
            <tbody>
              {data.items.map((item) => (
                <tr key={item.id} className="border-t border-slate-200">
                  <td className="px-3 py-2">{item.toAddress}</td>
                  <td className="px-3 py-2">
                    <Link to={`/dev/mailbox/${item.id}`} className="text-brand-700 underline">{item.subject}</Link>
                  </td>
                  <td className="whitespace-nowrap px-3 py-2">{format(item.sentAt ?? item.createdAt)}</td>
                  <td className="px-3 py-2">{t(`mail.mailbox.statuses.${item.status}`)}</td>
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
