// The daily digest: one email per user per day summarising unread notifications, for users who chose DAILY.
import { prisma } from "~/utils/db.server";
import { DEFAULT_LOCALE, isLocale } from "~/utils/i18n";
import { logger } from "~/utils/logger.server";
import { DIGEST_ITEM_LIMIT, renderDigestEmail } from "./email-rendering";
import { appBaseUrl } from "./mail-config.server";

export const DIGEST_INTERVAL_MS = 24 * 60 * 60_000;
const USERS_PER_RUN = 100;

/** Queues the digests that are due; safe to run in several processes at once. Returns how many were queued. */
export async function queueDailyDigests(options: { now?: Date } = {}): Promise<number> {
  const now = options.now ?? new Date();
  const dueBefore = new Date(now.getTime() - DIGEST_INTERVAL_MS);
  const preferences = await prisma.notificationPreference.findMany({
    where: { frequency: "DAILY", emailEnabled: true, OR: [{ lastDigestAt: null }, { lastDigestAt: { lte: dueBefore } }] },
    orderBy: { lastDigestAt: { sort: "asc", nulls: "first" } },
    take: USERS_PER_RUN,
    select: { userId: true, lastDigestAt: true, user: { select: { email: true, name: true, locale: true } } },
  });
  const baseUrl = appBaseUrl();
  let queued = 0;
  for (const preference of preferences) {
    const where = {
      userId: preference.userId,
      readAt: null,
      ...(preference.lastDigestAt ? { createdAt: { gt: preference.lastDigestAt } } : {}),
    };
    const [notifications, total] = await Promise.all([
      prisma.notification.findMany({
        where,
        orderBy: { createdAt: "desc" },
        take: DIGEST_ITEM_LIMIT,
        select: { type: true, params: true, link: true, createdAt: true },
      }),
      prisma.notification.count({ where }),
    ]);
    if (total === 0) continue;
    const email = renderDigestEmail({
      locale: isLocale(preference.user.locale) ? preference.user.locale : DEFAULT_LOCALE,
      recipientName: preference.user.name,
      notifications,
      total,
      baseUrl,
    });
    const claimed = await prisma.$transaction(async (tx) => {
      // Only the process that moves lastDigestAt from the value it read may queue the digest.
      const { count } = await tx.notificationPreference.updateMany({
        where: { userId: preference.userId, lastDigestAt: preference.lastDigestAt },
        data: { lastDigestAt: now },
      });
      if (count === 0) return false;
      await tx.emailMessage.create({
        data: { userId: preference.userId, toAddress: preference.user.email, subject: email.subject, textBody: email.text },
      });
      return true;
    });
    if (claimed) {
      queued += 1;
      logger.info("daily digest queued", { userId: preference.userId, notifications: total });
    }
  }
  return queued;
}
