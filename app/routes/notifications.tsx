import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { Button } from "~/components/ui/button";
import { Pagination } from "~/components/ui/pagination";
import { notFound, requireUser } from "~/modules/auth/permissions.server";
import { listNotifications, markAllNotificationsRead, markNotificationRead } from "~/modules/notifications/notifications.server";
import { pageFromRequest, redirectWithFlash } from "~/utils/request.server";

export const meta: MetaFunction = () => [{ title: "通知 Notifications · SceneBridge 场景桥" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const page = pageFromRequest(request);
  const result = await listNotifications(user.id, page);
  return {
    page,
    ...result,
    items: result.items.map((item) => ({ ...item, createdAt: item.createdAt.toISOString(), readAt: item.readAt?.toISOString() ?? null })),
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const form = await request.formData();
  if (form.get("intent") === "mark-all") {
    await markAllNotificationsRead(user.id);
    return redirectWithFlash("/notifications", "flash.allRead");
  }
  const count = await markNotificationRead(user.id, String(form.get("notificationId") ?? ""));
  if (count === 0) throw notFound();
  return null;
}

/** Foundation types are short names; domain types are full i18n keys such as "bid.notify.awarded". */
function notificationKey(type: string) {
  return type.includes(".") ? type : `notifications.types.${type}`;
}

export default function NotificationsPage() {
  const { t, i18n } = useTranslation();
  const data = useLoaderData<typeof loader>();
  const format = (iso: string) => new Date(iso).toLocaleString(i18n.language === "zh" ? "zh-CN" : "en-GB", { timeZone: "Asia/Shanghai" });
  return (
    <section aria-labelledby="notifications-title" className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 id="notifications-title" className="text-2xl font-semibold">
          {t("notifications.title")} <span className="text-base font-normal text-slate-700">({t("notifications.unreadCount", { count: data.unread })})</span>
        </h1>
        {data.unread > 0 ? (
          <Form method="post">
            <input type="hidden" name="intent" value="mark-all" />
            <Button type="submit" variant="secondary">{t("notifications.markAll")}</Button>
          </Form>
        ) : null}
      </div>
      {data.items.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-400 bg-white p-8 text-center text-slate-700">{t("notifications.empty")}</p>
      ) : (
        <ul className="space-y-2">
          {data.items.map((item) => (
            <li key={item.id} className={`flex flex-wrap items-center justify-between gap-3 rounded-lg p-4 shadow ${item.readAt ? "bg-white" : "border-l-4 border-brand-600 bg-brand-50"}`}>
              <div>
                <p className={item.readAt ? "" : "font-medium"}>
                  {!item.readAt ? <span className="sr-only">{t("notifications.unreadLabel")} </span> : null}
                  {t(notificationKey(item.type), { ...(item.params as Record<string, string>), defaultValue: item.type })}
                </p>
                <p className="text-sm text-slate-600">
                  {format(item.createdAt)}
                  {item.link ? (
                    <>
                      {" · "}
                      <Link to={item.link} className="text-brand-700 underline">{t("notifications.open")}</Link>
                    </>
                  ) : null}
                </p>
              </div>
              {!item.readAt ? (
                <Form method="post">
                  <input type="hidden" name="notificationId" value={item.id} />
                  <Button type="submit" variant="secondary">{t("notifications.markRead")}</Button>
                </Form>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      <Pagination page={data.page} pageCount={data.pageCount} />
    </section>
  );
}

export const ErrorBoundary = GeneralErrorBoundary;
