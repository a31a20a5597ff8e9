// In-app notifications. The text is an i18n key (`notifications.<type>`) plus parameters, rendered in the
// reader's language when shown.
import type { Prisma } from "~/generated/prisma/client.ts";
import { prisma } from "~/utils/db.server";

export type NotificationInput = {
  userId: string;
  type: string;
  params?: Record<string, string | number>;
  link?: string;
};

type NotificationWriter = {
  notification: { createMany: (args: { data: Prisma.NotificationCreateManyInput[] }) => Promise<unknown> };
};

/** Queues notifications, never to the person who caused them. */
export async function notify(db: NotificationWriter, items: NotificationInput[], actorId?: string | null) {
  const data = items
    .filter((item) => item.userId !== actorId)
    .map((item) => ({ userId: item.userId, type: item.type, params: item.params ?? {}, link: item.link ?? null }));
  if (data.length > 0) await db.notification.createMany({ data });
}

export const NOTIFICATIONS_PAGE_SIZE = 20;

export async function listNotifications(userId: string, page: number) {
  const [items, total, unread] = await Promise.all([
    prisma.notification.findMany({
      where: { userId },
      orderBy: { createdAt: "desc" },
      skip: (page - 1) * NOTIFICATIONS_PAGE_SIZE,
      take: NOTIFICATIONS_PAGE_SIZE,
      select: { id: true, type: true, params: true, link: true, readAt: true, createdAt: true },
    }),
    prisma.notification.count({ where: { userId } }),
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

export async function markAllNotificationsRead(userId: string) {
  await prisma.notification.updateMany({ where: { userId, readAt: null }, data: { readAt: new Date() } });
}
