// The notification preferences form, shared by the browser and the server.
import { z } from "zod";
import { msg } from "~/utils/i18n";

export const DIGEST_FREQUENCIES = ["IMMEDIATE", "DAILY", "NONE"] as const;
export type DigestFrequencyValue = (typeof DIGEST_FREQUENCIES)[number];

/** What a user who never opened the settings gets. */
export const DEFAULT_PREFERENCE = { emailEnabled: true, frequency: "IMMEDIATE" as DigestFrequencyValue };

export const notificationPreferenceSchema = z.object({
  // An unchecked checkbox sends nothing, which means "off".
  emailEnabled: z.boolean().optional().default(false),
  frequency: z.enum(DIGEST_FREQUENCIES, { message: msg("mail.preferences.invalidFrequency") }),
});

export type NotificationPreferenceInput = z.infer<typeof notificationPreferenceSchema>;
