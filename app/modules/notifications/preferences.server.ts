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

/** Saves the signed-in user's own preferences; the user id never comes from the form. */
export async function saveNotificationPreference(userId: string, input: NotificationPreferenceInput) {
  await prisma.notificationPreference.upsert({
    where: { userId },
    create: { userId, emailEnabled: input.emailEnabled, frequency: input.frequency },
    update: { emailEnabled: input.emailEnabled, frequency: input.frequency },
  });
}
