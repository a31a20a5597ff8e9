// Page titles in the reader's language: the locale comes from the root loader's data, the text from the
// same locale files as the page, so the browser tab and screen readers announce the page as it is shown.
import type { MetaFunction } from "@remix-run/node";
import { createI18n, DEFAULT_LOCALE, isLocale, type Locale } from "~/utils/i18n";

type Matches = Parameters<MetaFunction>[0]["matches"];

function localeOf(matches: Matches): Locale {
  const root = matches.find((match) => match.id === "root")?.data as { locale?: unknown } | undefined;
  return isLocale(root?.locale) ? root.locale : DEFAULT_LOCALE;
}

/** "<text> · SceneBridge 场景桥" (or "· SceneBridge" in English). */
export function pageTitle(matches: Matches, text: string) {
  const t = createI18n(localeOf(matches)).t;
  return [{ title: `${text} · ${t("brand")}` }];
}

/** A meta function whose title is one translation key. */
export function titleMeta(key: string): MetaFunction {
  return ({ matches }) => pageTitle(matches, createI18n(localeOf(matches)).t(key) as string);
}

/** A title from one translation key with values (e.g. the search words from the loader's data). */
export function translatedPageTitle(matches: Matches, key: string, values: Record<string, string | number> = {}) {
  return pageTitle(matches, createI18n(localeOf(matches)).t(key, values) as string);
}
