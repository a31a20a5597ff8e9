// Which language a request is answered in: the signed-in user's choice, else the visitor's cookie, else
// Simplified Chinese — the platform is Chinese first, whatever language the browser prefers.
import { createCookie, redirect } from "@remix-run/node";
import { getOptionalUser } from "~/modules/auth/permissions.server";
import { cookiesAreSecure } from "~/utils/env.server";
import { DEFAULT_LOCALE, isLocale, type Locale } from "~/utils/i18n";

/** The language chosen by a visitor who is not signed in. */
const localeCookie = createCookie("sb_lang", {
  path: "/",
  httpOnly: true,
  sameSite: "lax",
  maxAge: 365 * 24 * 60 * 60,
});

/** The Set-Cookie value that remembers a visitor's language (Secure as cookiesAreSecure says). */
export function serializeLocaleCookie(locale: Locale): Promise<string> {
  return localeCookie.serialize(locale, { secure: cookiesAreSecure() });
}

export async function getLocale(request: Request): Promise<Locale> {
  const user = await getOptionalUser(request);
  if (user) return user.locale;
  const fromCookie = await localeCookie.parse(request.headers.get("Cookie"));
  if (isLocale(fromCookie)) return fromCookie;
  return DEFAULT_LOCALE;
}

/**
 * A link that names its language (`?lang=en`, as a page shared with an English-speaking investor would carry):
 * a visitor who is not signed in is switched to it, remembered in the cookie as the language button would; a
 * signed-in user keeps the language of their account (their own choice, not the sender's). Either way the answer is
 * a redirect to the same page without the parameter, so the address stays the page's own. Null when the request
 * names no language. An unknown value is dropped the same way.
 */
export async function languageLinkRedirect(request: Request): Promise<Response | null> {
  const url = new URL(request.url);
  if (request.method !== "GET" || !url.searchParams.has("lang")) return null;
  const wanted = url.searchParams.get("lang");
  url.searchParams.delete("lang");
  const headers = new Headers();
  if (isLocale(wanted) && !(await getOptionalUser(request))) headers.append("Set-Cookie", await serializeLocaleCookie(wanted));
  return redirect(`${url.pathname}${url.search}`, { headers });
}
