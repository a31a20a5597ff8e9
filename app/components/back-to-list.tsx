// A record's "back to the list" link that returns to the very search the reader came from: its words, filters,
// sort and page. Two ways of knowing it, since each misses a case:
// - the record page's loader reads the request's Referer (backToListHref), with or without JavaScript — but a
//   reload sends none;
// - with JavaScript, the search pages' result links also carry their address as location state
//   (useResultLinkState), which the history entry keeps across a reload; it is read after hydration, since the
//   server never sees it and the two renders must agree.
// Reached any other way (a shared link, another page's link) the link leads to the list itself; the browser's own
// Back button keeps the search anyway.
import { Link, useLocation } from "@remix-run/react";
import { useEffect, useState, type ReactNode } from "react";
import { searchOfList } from "~/utils/back-to-list";

type BackState = { backTo: string };

/** The state a search page's result links carry: this page's address. */
export function useResultLinkState(): BackState {
  const location = useLocation();
  return { backTo: `${location.pathname}${location.search}` };
}

/** The search of `listPath` a result link's state names, or null. */
function searchInState(state: unknown, listPath: string): string | null {
  return searchOfList((state as Partial<BackState> | null)?.backTo, listPath);
}

/** `fromServer`: the loader's answer (the search the Referer names, else the list). */
export function BackToListLink({ listPath, fromServer, children }: { listPath: string; fromServer: string; children: ReactNode }) {
  const { state } = useLocation();
  const [href, setHref] = useState(fromServer);
  useEffect(() => setHref(searchInState(state, listPath) ?? fromServer), [state, listPath, fromServer]);
  return (
    <Link to={href} className="text-sm text-brand-700 underline">
      {children}
    </Link>
  );
}
