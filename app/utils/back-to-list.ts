// Which addresses a record's "back to the list" link may lead to: the list itself, or a search of it. One rule for
// the server (the Referer, request.server.ts backToListHref) and the browser (a result link's history state,
// components/back-to-list.tsx).

/** Longer than any link our pages make; a longer address is no page of ours worth going back to. */
const MAX_BACK_LINK_LENGTH = 2_000;

/** `pathAndQuery` ("/scenarios?q=无人机&page=2") when it is the list `listPath` or a search of it, else null. */
export function searchOfList(pathAndQuery: unknown, listPath: string): string | null {
  if (typeof pathAndQuery !== "string" || pathAndQuery.length > MAX_BACK_LINK_LENGTH) return null;
  return pathAndQuery === listPath || pathAndQuery.startsWith(`${listPath}?`) ? pathAndQuery : null;
}
