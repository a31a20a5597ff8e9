// Per-user notification preferences (email on/off, immediate / daily digest / none).
import { prisma } from "~/utils/db.server";
import { DEFAULT_PREFERENCE, type NotificationPreferenceInput } from "./preferences.schema";

export async function getNotificationPreference(userId: string) {
  const preference = await prisma.notificationPreference.findUnique({
    where: { userId },
    select: { emailEnabled: true, frequency: true },
  });
  return preference ?? DEFAULT_PREFERENCE;
}

type Preference = { emailEnabled: boolean; frequency: NotificationPreferenceInput["frequency"] };

const emailsEachNotification = (preference: Preference) => preference.emailEnabled && preference.frequency === "IMMEDIATE";

/**
 * Saves the signed-in user's own preferences; the user id never comes from the form.
 *
 * `lastDigestAt` means "the next digest covers what came after this". Whenever a user stops receiving an
 * email per notification (to the digest, to no email, or email off), it moves to now: everything before
 * was emailed already, so no digest may repeat it. Coming from no email at all to the digest, it stays, so
 * the first digest brings the unread notifications that were never emailed.
 *
 * (A notification written by a transaction that began before the switch and commits after it may carry a
 * createdAt just before the new window and be neither emailed nor digested: seconds, and the notification
 * itself stays in the notification centre.)
 */
export async function saveNotificationPreference(userId: string, input: NotificationPreferenceInput) {
  await prisma.$transaction(async (tx) => {
    const current = (await tx.notificationPreference.findUnique({ where: { userId }, select: { emailEnabled: true, frequency: true } })) ?? DEFAULT_PREFERENCE;
    const windowStartsNow = emailsEachNotification(current) && !emailsEachNotification(input);
    const digestWindow = windowStartsNow ? { lastDigestAt: new Date() } : {};
    await tx.notificationPreference.upsert({
      where: { userId },
      create: { userId, emailEnabled: input.emailEnabled, frequency: input.frequency, ...digestWindow },
      update: { emailEnabled: input.emailEnabled, frequency: input.frequency, ...digestWindow },
    });
  });
}
