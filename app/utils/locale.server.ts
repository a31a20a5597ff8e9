// Which language a request is answered in: the signed-in user's choice, else the visitor's cookie, else
// Simplified Chinese — the platform is Chinese first, whatever language the browser prefers.
import { createCookie } from "@remix-run/node";
import { getOptionalUser } from "~/modules/auth/permissions.server";
import { DEFAULT_LOCALE, isLocale, type Locale } from "~/utils/i18n";

/** The language chosen by a visitor who is not signed in. */
export const localeCookie = createCookie("sb_lang", {
  path: "/",
  httpOnly: true,
  sameSite: "lax",
  maxAge: 365 * 24 * 60 * 60,
  secure: process.env.NODE_ENV === "production",
});

export async function getLocale(request: Request): Promise<Locale> {
  const user = await getOptionalUser(request);
  if (user) return user.locale;
  const fromCookie = await localeCookie.parse(request.headers.get("Cookie"));
  if (isLocale(fromCookie)) return fromCookie;
  return DEFAULT_LOCALE;
}
