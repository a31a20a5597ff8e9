// Internationalisation shared by server and browser: Simplified Chinese first, English complete.
// Validation and server messages travel as keys ("validation.tooLong|{"max":200}") and are translated where
// they are shown, so a zod schema shared by client and server never needs to know the reader's language.
import i18next, { type i18n as I18n, type TFunction } from "i18next";
import { en } from "~/locales/en";
import { zh } from "~/locales/zh";
import { batchLabel } from "~/modules/scenarios/scenario-transitions";
import { formatWan, formatWanInBothUnits } from "~/utils/money";

export const LOCALES = ["zh", "en"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "zh";

export const resources = { zh: { translation: zh }, en: { translation: en } } as const;

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/** A synchronous i18next instance for one locale (works during server rendering and hydration alike). */
export function createI18n(locale: Locale): I18n {
  const instance = i18next.createInstance();
  void instance.init({
    lng: locale,
    fallbackLng: DEFAULT_LOCALE,
    resources,
    initAsync: false,
    interpolation: { escapeValue: false }, // React escapes.
    returnNull: false,
    showSupportNotice: false,
  });
  // "{{batch, batch}}": a publication batch as the reader's language writes it ("Batch 2, 2026"). Messages
  // stored with their values (notifications, then e-mails) are translated when read, so this is where it can be.
  instance.services.formatter?.add("batch", (value: unknown, lng: string | undefined) =>
    typeof value === "string" ? batchLabel(value, lng) : String(value ?? ""),
  );
  // "{{price, wan}}", "{{price, wanBoth}}": an amount in 万元 as the reader's language says it (formatWan: 万元 in
  // Chinese, yuan in English; formatWanInBothUnits: in both units). Messages carry the number, e.g. a validation
  // message made by a schema that both the browser and the server run.
  const amountFormatter = (format: (value: number, language: string | undefined) => string) => (value: unknown, lng: string | undefined) =>
    typeof value === "number" ? format(value, lng) : String(value ?? "");
  instance.services.formatter?.add("wan", amountFormatter(formatWan));
  instance.services.formatter?.add("wanBoth", amountFormatter(formatWanInBothUnits));
  return instance;
}

/** Encodes a message key with parameters so it can travel through zod, conform and JSON. */
export function msg(key: string, params?: Record<string, string | number>): string {
  return params ? `${key}|${JSON.stringify(params)}` : key;
}

/** The key and values of a message produced by `msg` (no values for a plain key or values that do not parse). */
export function parseMessage(message: string): { key: string; params: Record<string, unknown> } {
  const separator = message.indexOf("|");
  const key = separator === -1 ? message : message.slice(0, separator);
  if (separator === -1) return { key, params: {} };
  try {
    const params: unknown = JSON.parse(message.slice(separator + 1));
    return { key, params: params && typeof params === "object" ? (params as Record<string, unknown>) : {} };
  } catch {
    return { key, params: {} };
  }
}

/** Translates a message produced by `msg` (or a plain key). Unknown text is shown as it is. */
export function translateMessage(t: TFunction, message: string): string {
  const { key, params } = parseMessage(message);
  return t(key, { ...params, defaultValue: message }) as string;
}

/** Server-side translation for a request's locale (emails, CSV headers, titles in meta). */
export function serverT(locale: Locale): TFunction {
  return createI18n(locale).t;
}
