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
const receivesDigests = (preference: Preference) => preference.emailEnabled && preference.frequency === "DAILY";

/**
 * Saves the signed-in user's own preferences; the user id never comes from the form.
 *
 * A user who moves from an email per notification to the daily digest has had every notification so far
 * by email already, so the digest window (`lastDigestAt`, "digest what came after this") starts now and the
 * first digest follows a day later with what arrived since. Coming from no email at all, the window is left
 * as it was, so the first digest brings the unread notifications that were never emailed.
 */
export async function saveNotificationPreference(userId: string, input: NotificationPreferenceInput) {
  await prisma.$transaction(async (tx) => {
    const current = (await tx.notificationPreference.findUnique({ where: { userId }, select: { emailEnabled: true, frequency: true } })) ?? DEFAULT_PREFERENCE;
    const windowStartsNow = receivesDigests(input) && !receivesDigests(current) && emailsEachNotification(current);
    const digestWindow = windowStartsNow ? { lastDigestAt: new Date() } : {};
    await tx.notificationPreference.upsert({
      where: { userId },
      create: { userId, emailEnabled: input.emailEnabled, frequency: input.frequency, ...digestWindow },
      update: { emailEnabled: input.emailEnabled, frequency: input.frequency, ...digestWindow },
    });
  });
}
