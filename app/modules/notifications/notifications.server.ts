// In-app notifications. The text is an i18n key (`notifications.types.<type>` or a domain key such as
// "bid.notify.awarded") plus parameters, rendered in the reader's language when shown. Each notification
// may also queue an email, in the same transaction, according to the recipient's preferences.
import type { Prisma } from "~/generated/prisma/client.ts";
import { prisma } from "~/utils/db.server";
import { isLocale, DEFAULT_LOCALE } from "~/utils/i18n";
import { appBaseUrl } from "./mail-config.server";
import { renderNotificationEmail } from "./email-rendering";
import { DEFAULT_PREFERENCE } from "./preferences.schema";

export type NotificationInput = {
  userId: string;
  type: string;
  params?: Record<string, string | number>;
  link?: string;
};

type NotificationWriter = Pick<Prisma.TransactionClient, "notification" | "user" | "emailMessage">;

/** Records notifications and queues immediate emails; never to the person who caused them. */
export async function notify(db: NotificationWriter, items: NotificationInput[], actorId?: string | null) {
  const data = items
    .filter((item) => item.userId !== actorId)
    .map((item) => ({ userId: item.userId, type: item.type, params: item.params ?? {}, link: item.link ?? null }));
  if (data.length === 0) return;
  await db.notification.createMany({ data });

  const recipients = await db.user.findMany({
    where: { id: { in: [...new Set(data.map((item) => item.userId))] } },
    select: { id: true, email: true, name: true, locale: true, notificationPreference: { select: { emailEnabled: true, frequency: true } } },
  });
  const byId = new Map(recipients.map((user) => [user.id, user]));
  const baseUrl = appBaseUrl();
  const emails: Prisma.EmailMessageCreateManyInput[] = [];
  for (const item of data) {
    const user = byId.get(item.userId);
    if (!user) continue;
    const preference = user.notificationPreference ?? DEFAULT_PREFERENCE;
    // DAILY is summarised later by the digest job; NONE and disabled mean in-app only.
    if (!preference.emailEnabled || preference.frequency !== "IMMEDIATE") continue;
    const email = renderNotificationEmail({
      locale: isLocale(user.locale) ? user.locale : DEFAULT_LOCALE,
      recipientName: user.name,
      notification: item,
      baseUrl,
    });
    emails.push({ userId: user.id, toAddress: user.email, subject: email.subject, textBody: email.text });
  }
  if (emails.length > 0) await db.emailMessage.createMany({ data: emails });
}

export const NOTIFICATIONS_PAGE_SIZE = 20;

export type NotificationFilter = "all" | "unread";

export async function listNotifications(userId: string, page: number, filter: NotificationFilter = "all") {
  const where = filter === "unread" ? { userId, readAt: null } : { userId };
  const [items, total, unread] = await Promise.all([
    prisma.notification.findMany({
      where,
      orderBy: { createdAt: "desc" },
      skip: (page - 1) * NOTIFICATIONS_PAGE_SIZE,
      take: NOTIFICATIONS_PAGE_SIZE,
      select: { id: true, type: true, params: true, link: true, readAt: true, createdAt: true },
    }),
    prisma.notification.count({ where }),
    prisma.notification.count({ where: { userId, readAt: null } }),
  ]);
  return { items, total, unread, pageCount: Math.max(1, Math.ceil(total / NOTIFICATIONS_PAGE_SIZE)) };
}

export function countUnread(userId: string) {
  return prisma.notification.count({ where: { userId, readAt: null } });
}

export async function markNotificationRead(userId: string, notificationId: string) {
  const { count } = await prisma.notification.updateMany({
    where: { id: notificationId, userId, readAt: null },
    data: { readAt: new Date() },
  });
  return count;
}

/**
 * Marks one of the user's notifications read and returns where it points (a same-site path), or null when it
 * has no link. Returns undefined when the notification is not the user's, so the caller answers 404.
 */
export async function openNotification(userId: string, notificationId: string): Promise<string | null | undefined> {
  const notification = await prisma.notification.findFirst({ where: { id: notificationId, userId }, select: { id: true, link: true, readAt: true } });
  if (!notification) return undefined;
  if (!notification.readAt) {
    await prisma.notification.updateMany({ where: { id: notification.id, readAt: null }, data: { readAt: new Date() } });
  }
  const link = notification.link;
  // Only paths on this site: a stored link must never turn the centre into an open redirect.
  return link && link.startsWith("/") && !link.startsWith("//") && !link.startsWith("/\\") ? link : null;
}

export async function markAllNotificationsRead(userId: string) {
  await prisma.notification.updateMany({ where: { userId, readAt: null }, data: { readAt: new Date() } });
}
