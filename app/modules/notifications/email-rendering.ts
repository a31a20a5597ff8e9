// Notification emails as plain text, rendered on the server in the recipient's language.
import type { TFunction } from "i18next";
import { serverT as createServerT, type Locale } from "~/utils/i18n";
import { notificationText } from "./notification-text";

export const PREFERENCES_PATH = "/account/notifications";
export const DIGEST_ITEM_LIMIT = 30;
// Subjects are one line; a notification text with a long user-typed title must not make a novel of it.
const SUBJECT_MAX = 150;

// One i18next instance per language for the life of the process: notify() may render many emails at once.
const translators = new Map<Locale, TFunction>();
function serverT(locale: Locale): TFunction {
  let t = translators.get(locale);
  if (!t) {
    t = createServerT(locale);
    translators.set(locale, t);
  }
  return t;
}

export type RenderedEmail = { subject: string; text: string };
export type NotificationForEmail = { type: string; params: unknown; link: string | null };

/** Relative links become absolute on this site; anything else is left out rather than mailed as a link. */
export function absoluteLink(baseUrl: string, link: string | null): string | null {
  if (!link) return null;
  if (!link.startsWith("/") || link.startsWith("//")) return null;
  return new URL(link, baseUrl).toString();
}

function oneLine(text: string, max = SUBJECT_MAX): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

function footer(locale: Locale, baseUrl: string): string[] {
  const t = serverT(locale);
  return ["", "--", t("mail.email.signature"), t("mail.email.footer", { url: new URL(PREFERENCES_PATH, baseUrl).toString() })];
}

export function renderNotificationEmail(input: {
  locale: Locale;
  recipientName: string;
  notification: NotificationForEmail;
  baseUrl: string;
}): RenderedEmail {
  const t = serverT(input.locale);
  const message = notificationText(t, input.notification.type, input.notification.params);
  const link = absoluteLink(input.baseUrl, input.notification.link);
  const lines = [t("mail.email.greeting", { name: input.recipientName }), "", message];
  if (link) lines.push("", t("mail.email.openLink", { url: link }));
  lines.push(...footer(input.locale, input.baseUrl));
  return { subject: oneLine(t("mail.email.subjectPrefix") + message), text: `${lines.join("\n")}\n` };
}

export function renderDigestEmail(input: {
  locale: Locale;
  recipientName: string;
  notifications: (NotificationForEmail & { createdAt: Date })[];
  total: number;
  baseUrl: string;
}): RenderedEmail {
  const t = serverT(input.locale);
  const dateFormat = new Intl.DateTimeFormat(input.locale === "zh" ? "zh-CN" : "en-GB", {
    timeZone: "Asia/Shanghai",
    dateStyle: "medium",
    timeStyle: "short",
  });
  const lines = [t("mail.email.greeting", { name: input.recipientName }), "", t("mail.email.digestIntro", { count: input.total }), ""];
  for (const item of input.notifications.slice(0, DIGEST_ITEM_LIMIT)) {
    lines.push(`• ${oneLine(notificationText(t, item.type, item.params), 500)} (${dateFormat.format(item.createdAt)})`);
    const link = absoluteLink(input.baseUrl, item.link);
    if (link) lines.push(`  ${link}`);
  }
  const shown = Math.min(input.notifications.length, DIGEST_ITEM_LIMIT);
  if (input.total > shown) lines.push("", t("mail.email.digestMore", { count: input.total - shown }));
  lines.push("", t("mail.email.digestCentre", { url: new URL("/notifications?filter=unread", input.baseUrl).toString() }));
  lines.push(...footer(input.locale, input.baseUrl));
  return { subject: oneLine(t("mail.email.subjectPrefix") + t("mail.email.digestSubject", { count: input.total })), text: `${lines.join("\n")}\n` };
}
