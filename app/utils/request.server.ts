// Small helpers for loaders and actions.
import { searchOfList } from "./back-to-list";
import {
  createCookie,
  MaxPartSizeExceededError,
  redirect,
  unstable_createMemoryUploadHandler as createMemoryUploadHandler,
  unstable_parseMultipartFormData as parseMultipartFormData,
} from "@remix-run/node";
import { z } from "zod";
import { cookiesAreSecure } from "./env.server";
import { serverT } from "./i18n";
import { getLocale } from "./locale.server";
import { stripControlCharacters } from "./validation";
import { MAX_LIST_PAGE } from "./pagination";

// The visitor's language cookie lives with the rest of the locale choice; still exported here for older imports.

/**
 * ?page=N. A number past MAX_LIST_PAGE is read as that page, which lies past the end of any list, so the page says
 * "this page has no results" (as the search pages do) rather than silently showing page 1; anything that is not a
 * page number means page 1.
 */
export function pageFromRequest(request: Request): number {
  const raw = (new URL(request.url).searchParams.get("page") ?? "").trim();
  if (!/^\d{1,12}$/.test(raw)) return 1;
  return Math.min(MAX_LIST_PAGE, Math.max(1, Number(raw)));
}

/**
 * Where a record's "back to the list" link leads: the page of this site the request came from, as a path with its
 * query, when that page is the list `listPath` (the search a record was opened from: "/scenarios?q=无人机&page=2");
 * else the list itself. Read from the Referer, which the browser sends for a link followed with or without
 * JavaScript (the Referrer-Policy, strict-origin-when-cross-origin, keeps it whole within the site). Only a
 * same-origin page that searchOfList accepts is believed: the link it becomes stays here.
 */
export function backToListHref(request: Request, listPath: string): string {
  let from: URL;
  try {
    from = new URL(request.headers.get("referer") ?? "");
  } catch {
    return listPath;
  }
  if (from.origin !== new URL(request.url).origin) return listPath;
  return searchOfList(`${from.pathname}${from.search}`, listPath) ?? listPath;
}

/** ?status=…, when it is one of `states`; anything else means `fallback` (queues never fail on odd URLs). */
export function statusFromRequest<S extends string>(request: Request, states: readonly S[], fallback: S): S {
  const requested = new URL(request.url).searchParams.get("status");
  return states.find((state) => state === requested) ?? fallback;
}

const cookieSecret = () => process.env.COOKIE_SECRET || "scenebridge-local-development-cookie-secret";

// A one-shot message shown after a redirect ("组织已创建"). Only flash i18n keys are shown: "flash.*" for the
// foundation, "<domain>.flash.*" for domain texts — so a forged cookie can never display arbitrary text. A flash
// may name what it is about ("已邀请XX公司参与揭榜"): its values travel with the key, encoded by `msg`.
const flashCookie = createCookie("sb_flash", {
  path: "/",
  httpOnly: true,
  sameSite: "lax",
  maxAge: 60,
  secrets: [cookieSecret()],
});

/** `message`: a flash key, or one with values, `msg("bid.flash.invited", { firm })`. */
export async function redirectWithFlash(url: string, message: string, init: ResponseInit = {}) {
  const headers = new Headers(init.headers);
  headers.append("Set-Cookie", await flashCookie.serialize(message, { secure: cookiesAreSecure() }));
  return redirect(url, { ...init, headers });
}

const FLASH_KEY = /^(?:[a-zA-Z]+\.)?flash\.[\w.]+$/;

/** A flash key, alone or with values (an object of strings and numbers) as `msg` encodes them. */
function isFlashMessage(value: unknown): value is string {
  if (typeof value !== "string") return false;
  const separator = value.indexOf("|");
  if (!FLASH_KEY.test(separator === -1 ? value : value.slice(0, separator))) return false;
  if (separator === -1) return true;
  try {
    const values: unknown = JSON.parse(value.slice(separator + 1));
    return typeof values === "object" && values !== null && !Array.isArray(values) && Object.values(values).every((v) => typeof v === "string" || typeof v === "number");
  } catch {
    return false;
  }
}

export async function readFlash(request: Request): Promise<{ message: string | null; setCookie: string | null }> {
  const value = await flashCookie.parse(request.headers.get("Cookie"));
  if (!isFlashMessage(value)) return { message: null, setCookie: null };
  return { message: value, setCookie: await flashCookie.serialize("", { maxAge: 0, secure: cookiesAreSecure() }) };
}

/** A posted file part over the limit an action that takes files asked for (see `readForm`'s `maxFileBytes`). */
export class UploadTooLargeError extends Error {}

const FORM_TYPES = ["application/x-www-form-urlencoded", "multipart/form-data"];
/** The cap on each part of a multipart post to an action that takes no files: far above any text field. */
const MAX_PLAIN_PART_BYTES = 3 * 1024 * 1024;

/**
 * A 4xx to throw from an action, shown by the route's error boundary (`messageKey`, translated in the page's
 * language) or, for routes without a page, as JSON whose `message` is already in the reader's language.
 */
async function formError(request: Request, status: 400 | 413 | 415, messageKey: string): Promise<Response> {
  const t = serverT(await getLocale(request));
  return Response.json({ messageKey, message: t(messageKey) }, { status });
}

/**
 * The posted form of an action — every action reads its body through this. A body that is not a form is the
 * sender's mistake, never a 500: a Content-Type other than urlencoded or multipart throws a 415 Response, a
 * body that cannot be read as one (a broken or empty multipart body) a 400, both with a translated message.
 *
 * Multipart parts are kept in memory up to a limit. Without `maxFileBytes` (actions that take no files) a
 * larger part throws a 413 Response; with it, UploadTooLargeError, so the action can answer on its own form
 * (see `readFormWithFiles` in the attachments module).
 */
export async function readForm(request: Request, options: { maxFileBytes?: number } = {}): Promise<FormData> {
  const type = (request.headers.get("Content-Type") ?? "").split(";")[0]!.trim().toLowerCase();
  if (!FORM_TYPES.includes(type)) throw await formError(request, 415, "errors.notAForm");
  let form: FormData;
  try {
    form =
      type === "multipart/form-data"
        ? await parseMultipartFormData(request, createMemoryUploadHandler({ maxPartSize: options.maxFileBytes ?? MAX_PLAIN_PART_BYTES }))
        : await request.formData();
  } catch (error) {
    if (error instanceof MaxPartSizeExceededError) {
      if (options.maxFileBytes !== undefined) throw new UploadTooLargeError();
      throw await formError(request, 413, "errors.formTooLarge");
    }
    // TypeError (no boundary, unreadable body) or the multipart parser's "malformed" errors.
    throw await formError(request, 400, "errors.badForm");
  }
  // The multipart parser finds no part at all when the boundary never occurs in the body; every form of the
  // app has at least one field, so an empty multipart form is a damaged one.
  if (type === "multipart/form-data" && form.entries().next().done) throw await formError(request, 400, "errors.badForm");
  return withoutControlCharacters(form);
}

/**
 * PostgreSQL refuses U+0000 in text, so an id posted with a NUL in it (notificationId, bidId, orgId, entityId …)
 * made the action's lookup a 500 instead of "not found". No field means anything with a control character
 * (tab and line breaks aside): the text fields' own rule (stripControlCharacters) is applied here once, to every
 * posted name and value of every action. Files are left as they are.
 */
function withoutControlCharacters(form: FormData): FormData {
  const dirty = (text: string) => stripControlCharacters(text) !== text;
  if (![...form].some(([name, value]) => dirty(name) || (typeof value === "string" && dirty(value)))) return form;
  const cleaned = new FormData();
  for (const [name, value] of form) cleaned.append(stripControlCharacters(name), typeof value === "string" ? stripControlCharacters(value) : value);
  return cleaned;
}
