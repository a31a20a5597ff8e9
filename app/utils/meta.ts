// Page titles in the reader's language: the locale comes from the root loader's data, the text from the
// same locale files as the page, so the browser tab and screen readers announce the page as it is shown.
import type { MetaFunction } from "@remix-run/node";
import { isRouteErrorResponse } from "@remix-run/react";
import type { TFunction } from "i18next";
import { createI18n, DEFAULT_LOCALE, isLocale, type Locale } from "~/utils/i18n";

type Matches = Parameters<MetaFunction>[0]["matches"];

function localeOf(matches: Matches): Locale {
  const root = matches.find((match) => match.id === "root")?.data as { locale?: unknown } | undefined;
  return isLocale(root?.locale) ? root.locale : DEFAULT_LOCALE;
}

/**
 * The heading of an error, shared by the error view and the page title: "没有权限" for a 403, "页面不存在" for a
 * 404, "出错了" for anything unexpected.
 */
export function errorTitle(t: TFunction, error: unknown): string {
  const unexpected = t("errors.unexpectedTitle") as string;
  return isRouteErrorResponse(error) ? (t(`errors.status.${error.status}`, { defaultValue: unexpected }) as string) : unexpected;
}

/** The error a route on the page threw, if one did (Remix gives null to the routes that did not fail). */
function pageError(matches: Matches): unknown {
  return matches.find((match) => match.error !== undefined && match.error !== null)?.error;
}

/**
 * "<text> · SceneBridge 场景桥" (or "· SceneBridge" in English). A page whose loader threw is titled by its
 * error, as its error view is headed ("没有权限 · SceneBridge 场景桥"); without text — a record page with no data to
 * name it by — "页面不存在 · SceneBridge 场景桥".
 */
export function pageTitle(matches: Matches, text: string | undefined, t: TFunction = createI18n(localeOf(matches)).t) {
  const error = pageError(matches);
  return [{ title: `${error ? errorTitle(t, error) : text || t("errors.notFoundTitle")} · ${t("brand")}` }];
}

/** A meta function whose title is one translation key. */
export function titleMeta(key: string): MetaFunction {
  return ({ matches }) => pageTitle(matches, createI18n(localeOf(matches)).t(key) as string);
}

/**
 * A title from one translation key with values (e.g. the search words, or a record's title, from the loader's
 * data). A page about a record passes `data && { … }`: with no data (a 404) the values are undefined, and the
 * title is the not-found one, as pageTitle's. Keys without values take `{}`. A paged list that passes its `page`
 * (the search pages do) names a page past the first ("… · 第 2 页"), so history entries and screen readers can tell
 * its pages apart; not one past the last, which shows no results of its own.
 */
export function translatedPageTitle(
  matches: Matches,
  key: string,
  values: Record<string, string | number> | undefined,
  paging: { page?: number; pageCount?: number } = {},
) {
  const t = createI18n(localeOf(matches)).t;
  const { page = 1, pageCount = page } = paging;
  const named = page > 1 && page <= pageCount ? ` · ${t("pagination.page", { page }) as string}` : "";
  return pageTitle(matches, values && `${t(key, values) as string}${named}`, t);
}
