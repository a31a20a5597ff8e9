// Small helpers for loaders and actions.
import { createCookie, redirect } from "@remix-run/node";
import { z } from "zod";

/** ?page=N, clamped to a sane range; anything odd means page 1. */
export function pageFromRequest(request: Request): number {
  const raw = new URL(request.url).searchParams.get("page");
  const parsed = z.coerce.number().int().min(1).max(10_000).safeParse(raw ?? "1");
  return parsed.success ? parsed.data : 1;
}

/** ?status=…, when it is one of `states`; anything else means `fallback` (queues never fail on odd URLs). */
export function statusFromRequest<S extends string>(request: Request, states: readonly S[], fallback: S): S {
  const requested = new URL(request.url).searchParams.get("status");
  return states.find((state) => state === requested) ?? fallback;
}

const cookieSecret = () => process.env.COOKIE_SECRET || "scenebridge-local-development-cookie-secret";

// A one-shot message shown after a redirect ("组织已创建"). Only flash i18n keys are shown: "flash.*" for the
// foundation, "<domain>.flash.*" for domain texts — so a forged cookie can never display arbitrary text.
const flashCookie = createCookie("sb_flash", {
  path: "/",
  httpOnly: true,
  sameSite: "lax",
  maxAge: 60,
  secure: process.env.NODE_ENV === "production",
  secrets: [cookieSecret()],
});

export async function redirectWithFlash(url: string, messageKey: string, init: ResponseInit = {}) {
  const headers = new Headers(init.headers);
  headers.append("Set-Cookie", await flashCookie.serialize(messageKey));
  return redirect(url, { ...init, headers });
}

export async function readFlash(request: Request): Promise<{ message: string | null; setCookie: string | null }> {
  const value = await flashCookie.parse(request.headers.get("Cookie"));
  if (typeof value !== "string" || !/^(?:[a-zA-Z]+\.)?flash\.[\w.]+$/.test(value)) return { message: null, setCookie: null };
  return { message: value, setCookie: await flashCookie.serialize("", { maxAge: 0 }) };
}

/** The language chosen by a visitor who is not signed in. */
export const localeCookie = createCookie("sb_lang", {
  path: "/",
  httpOnly: true,
  sameSite: "lax",
  maxAge: 365 * 24 * 60 * 60,
  secure: process.env.NODE_ENV === "production",
});

