import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useLoaderData, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { MixedText } from "~/components/content-text";
import { Button } from "~/components/ui/button";
import { EmptyState, PagedList } from "~/components/ui/pagination";
import { notFound, requireUser } from "~/modules/auth/permissions.server";
import { notificationText } from "~/modules/notifications/notification-text";
import {
  listNotifications,
  markAllNotificationsRead,
  markNotificationRead,
  openNotification,
  type NotificationFilter,
} from "~/modules/notifications/notifications.server";
import { pageFromRequest, readForm, redirectWithFlash } from "~/utils/request.server";
import { titleMeta } from "~/utils/meta";
import { useFormatDate } from "~/components/use-format-date";

export const meta: MetaFunction = titleMeta("notifications.title");

function filterFrom(value: unknown): NotificationFilter {
  return value === "unread" ? "unread" : "all";
}

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const page = pageFromRequest(request);
  const filter = filterFrom(new URL(request.url).searchParams.get("filter"));
  const result = await listNotifications(user.id, page, filter);
  return {
    page,
    filter,
    ...result,
    items: result.items.map((item) => ({ ...item, createdAt: item.createdAt.toISOString(), readAt: item.readAt?.toISOString() ?? null })),
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const form = await readForm(request);
  const intent = form.get("intent");
  const back = filterFrom(form.get("filter")) === "unread" ? "/notifications?filter=unread" : "/notifications";
  if (intent === "mark-all") {
    await markAllNotificationsRead(user.id);
    return redirectWithFlash(back, "flash.allRead");
  }
  const notificationId = String(form.get("notificationId") ?? "");
  if (intent === "open") {
    // Opening marks read and then follows the link: a POST, so that no GET ever changes data.
    const link = await openNotification(user.id, notificationId);
    if (link === undefined) throw notFound();
    return redirect(link ?? back);
  }
  const count = await markNotificationRead(user.id, notificationId);
  if (count === 0) throw notFound();
  return null;
}

export default function NotificationsPage() {
  const { t, i18n } = useTranslation();
  const data = useLoaderData<typeof loader>();
  const navigation = useNavigation();
  const openingId = navigation.formData?.get("intent") === "open" ? navigation.formData.get("notificationId") : null;
  const formatDate = useFormatDate();
  const format = (iso: string) => formatDate(iso, true);
  const filterTab = (filter: NotificationFilter, label: string) => (
    <Link
      to={filter === "unread" ? "/notifications?filter=unread" : "/notifications"}
      aria-current={data.filter === filter ? "page" : undefined}
      className={`rounded px-3 py-1.5 text-sm ${data.filter === filter ? "bg-brand-700 text-white" : "text-brand-700 hover:bg-brand-50"}`}
    >
      {label}
    </Link>
  );
  return (
    <section aria-labelledby="notifications-title" className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 id="notifications-title" className="text-2xl font-semibold">
          {t("notifications.title")} <span className="text-base font-normal text-slate-700">({t("notifications.unreadCount", { count: data.unread })})</span>
        </h1>
        <div className="flex flex-wrap items-center gap-3">
          <Link to="/account/notifications" className="text-sm text-brand-700 underline">{t("mail.centre.settings")}</Link>
          {data.unread > 0 ? (
            <Form method="post">
              <input type="hidden" name="intent" value="mark-all" />
              <input type="hidden" name="filter" value={data.filter} />
              <Button type="submit" variant="secondary">{t("notifications.markAll")}</Button>
            </Form>
          ) : null}
        </div>
      </div>
      <nav aria-label={t("mail.centre.filterLabel")} className="flex gap-2">
        {filterTab("all", t("mail.centre.filterAll"))}
        {filterTab("unread", t("mail.centre.filterUnread"))}
      </nav>
      <PagedList
        page={data.page}
        pageCount={data.pageCount}
        total={data.total}
        items={data.items}
        empty={<EmptyState>{data.filter === "unread" ? t("mail.centre.emptyUnread") : t("notifications.empty")}</EmptyState>}
      >
        <ul className="space-y-2">
          {data.items.map((item) => (
            <li key={item.id} className={`flex flex-wrap items-center justify-between gap-3 rounded-lg p-4 shadow ${item.readAt ? "bg-white" : "border-l-4 border-brand-600 bg-brand-50"}`}>
              <div>
                <p id={`notification-${item.id}`} className={item.readAt ? "" : "font-medium"}>
                  {!item.readAt ? <span className="sr-only">{t("notifications.unreadLabel")} </span> : null}
                  <MixedText text={notificationText(t, item.type, item.params)} />
                </p>
                <div className="flex flex-wrap items-center gap-1 text-sm text-slate-600">
                  <span>{format(item.createdAt)}</span>
                  {item.link ? (
                    <>
                      <span aria-hidden="true">·</span>
                      <Form method="post">
                        <input type="hidden" name="intent" value="open" />
                        <input type="hidden" name="notificationId" value={item.id} />
                        <Button type="submit" variant="link" className="!p-0" aria-describedby={`notification-${item.id}`} pending={openingId === item.id}>{t("notifications.open")}</Button>
                      </Form>
                    </>
                  ) : null}
                </div>
              </div>
              {!item.readAt ? (
                <Form method="post">
                  <input type="hidden" name="notificationId" value={item.id} />
                  <input type="hidden" name="filter" value={data.filter} />
                  <Button type="submit" variant="secondary" aria-describedby={`notification-${item.id}`}>{t("notifications.markRead")}</Button>
                </Form>
              ) : null}
            </li>
          ))}
        </ul>
      </PagedList>
    </section>
  );
}

export const ErrorBoundary = GeneralErrorBoundary;
