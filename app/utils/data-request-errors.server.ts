// Remix refuses a data request (`?_data=<route id>`, what the browser's JavaScript fetches) that no route module
// can answer: a route without a loader (400) or without an action (405), a route id that is unknown or does not
// match the URL (403), a URL no route matches (404). It answers with its own English text as an error —
// "Unexpected Server Error" outside development — which the page shows as a fault of ours. These are the
// request's mistakes (most often a page loaded before a release renamed a route), so they are answered as the
// app answers expected errors: the same status, as a thrown response ("X-Remix-Catch"), whose `messageKey` the
// error view translates, and whose `message` says it in the user's language to a reader without the app.
import { serverT } from "./i18n";
import { getLocale } from "./locale.server";

/** The message of each refusal; 400 and 403 (and any other) say that the address has no data to read. */
const REFUSAL_MESSAGES: Partial<Record<number, string>> = { 404: "errors.notFound", 405: "errors.methodNotAllowed" };

/** Remix's own 4xx answer to a data request, replaced by one in the user's language; any other response as it is. */
export async function translateDataRequestRefusal(response: Response, request: Request): Promise<Response> {
  // Responses the app threw carry "X-Remix-Catch"; "X-Remix-Error" with a 4xx status is only ever the router's.
  if (response.headers.get("X-Remix-Error") !== "yes" || response.status < 400 || response.status >= 500) return response;
  const messageKey = REFUSAL_MESSAGES[response.status] ?? "errors.noPageData";
  const message = serverT(await getLocale(request))(messageKey);
  return Response.json({ messageKey, message }, { status: response.status, headers: { "X-Remix-Catch": "yes" } });
}
