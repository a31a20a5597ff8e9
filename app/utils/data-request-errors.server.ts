// Remix refuses a data request (`?_data=<route id>`, what the browser's JavaScript fetches) that no route module
// can answer: a route without a loader (400) or without an action (405), a route id that is unknown or does not
// match the URL (Remix says 403), a URL no route matches (404). It answers with its own English text as an error —
// "Unexpected Server Error" outside development — which the page shows as a fault of ours. These are the
// request's mistakes (most often a page loaded before a release renamed a route), so they are answered as the
// app answers expected errors: as a thrown response ("X-Remix-Catch"), whose `messageKey` the error view
// translates, and whose `message` says it in the user's language to a reader without the app. The status is
// Remix's, except the route id's 403: asking this URL for another route's data is a malformed request (400, as
// for a route without a loader), not a lack of permission — the page was titled "没有权限".
// A document request the router refuses (a form posted without JavaScript to a page without an action: 405; a
// URL no route matches: 404) renders the error view in the reader's language, but the page's hydration data
// carried the router's English sentence; it gets the same message key and message instead.
import type { EntryContext } from "@remix-run/node";
import { isRouteErrorResponse } from "@remix-run/react";
import type { TFunction } from "i18next";
import { serverT } from "./i18n";
import { getLocale } from "./locale.server";

/**
 * The router refuses a method with 405 only for a submission (any method but GET and HEAD) to a route without an
 * action; GET and HEAD are what such a route answers, and a 405 must say so (RFC 9110 §15.5.6).
 */
export const ALLOW_WITHOUT_ACTION = "GET, HEAD";

/** The message of each refusal; 400 and 403 (and any other) say that the address has no data to read. */
const REFUSAL_MESSAGES: Partial<Record<number, string>> = { 404: "errors.notFound", 405: "errors.methodNotAllowed" };

function refusalData(status: number, t: TFunction) {
  const messageKey = REFUSAL_MESSAGES[status] ?? "errors.noPageData";
  return { messageKey, message: t(messageKey) as string };
}

/**
 * Remix's own 4xx answer to a data request, replaced by one in the user's language; a 4xx the app threw with a
 * message key only (notFound(), forbidden()) given its message in the user's language too, so a reader without
 * the app's JavaScript is told more than "errors.notFound"; any other response as it is.
 */
export async function translateDataRequestRefusal(response: Response, request: Request): Promise<Response> {
  if (response.status < 400 || response.status >= 500) return response;
  if (response.headers.get("X-Remix-Catch") === "yes") return withMessage(response, request);
  // Responses the app threw carry "X-Remix-Catch"; "X-Remix-Error" with a 4xx status is only ever the router's.
  if (response.headers.get("X-Remix-Error") !== "yes") return response;
  const status = response.status === 403 ? 400 : response.status;
  const data = refusalData(status, serverT(await getLocale(request)));
  return Response.json(data, { status, headers: { "X-Remix-Catch": "yes", ...(status === 405 ? { Allow: ALLOW_WITHOUT_ACTION } : {}) } });
}

/** A thrown 4xx whose JSON has a `messageKey` and no `message`, with the message in the user's language added. */
async function withMessage(response: Response, request: Request): Promise<Response> {
  if (!response.headers.get("Content-Type")?.includes("application/json")) return response;
  const data: unknown = await response.clone().json().catch(() => null);
  if (!data || typeof data !== "object" || Array.isArray(data)) return response;
  const { messageKey, message } = data as { messageKey?: unknown; message?: unknown };
  if (typeof messageKey !== "string" || message !== undefined) return response;
  const t = serverT(await getLocale(request));
  const headers = new Headers(response.headers);
  headers.delete("Content-Length");
  return new Response(JSON.stringify({ ...data, message: t(messageKey) as string }), { status: response.status, statusText: response.statusText, headers });
}

// What Remix's serverHandoff escapes in the JSON it writes into a <script> (markup.ts's escapeHtml).
const SCRIPT_UNSAFE = /[&><\u2028\u2029]/g;
const escapeForScript = (json: string) => json.replace(SCRIPT_UNSAFE, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, "0")}`);

/**
 * The router's own 4xx errors on a document request (`internal`: the app's thrown responses are not), their data
 * replaced by the message key and the message in the reader's language — in the render context and in the
 * hydration data already written for the browser (the serverHandoff string Remix builds before handleRequest).
 */
export async function translateDocumentRefusals(context: EntryContext, request: Request): Promise<void> {
  const errors = context.staticHandlerContext.errors;
  const refused = Object.entries(errors ?? {}).filter(
    (entry): entry is [string, { status: number; data: unknown; internal: boolean; error?: Error }] =>
      isRouteErrorResponse(entry[1]) && (entry[1] as { internal?: boolean }).internal === true && entry[1].status >= 400 && entry[1].status < 500,
  );
  if (refused.length === 0 || !context.serverHandoffString) return;
  const t = serverT(await getLocale(request));
  const handoff = JSON.parse(context.serverHandoffString) as { state?: { errors?: Record<string, unknown> | null } };
  for (const [routeId, error] of refused) {
    error.data = refusalData(error.status, t);
    error.internal = false;
    delete error.error;
    if (handoff.state?.errors) handoff.state.errors[routeId] = { ...error, __type: "RouteErrorResponse" };
  }
  context.serverHandoffString = escapeForScript(JSON.stringify(handoff));
}
