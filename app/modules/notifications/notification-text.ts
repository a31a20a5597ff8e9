// Notification types are either short foundation names ("orgVerified" → notifications.types.orgVerified) or
// full i18n keys of a domain ("bid.notify.awarded"). Shared by the notification centre and the emails.
import type { TFunction } from "i18next";

export function notificationKey(type: string): string {
  return type.includes(".") ? type : `notifications.types.${type}`;
}

export function notificationText(t: TFunction, type: string, params: unknown): string {
  const values = params && typeof params === "object" && !Array.isArray(params) ? (params as Record<string, unknown>) : {};
  return t(notificationKey(type), { ...values, defaultValue: type }) as string;
}
