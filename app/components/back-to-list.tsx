// A record's "back to the list" link that returns to the very search the reader came from: its words, filters,
// sort and page. The search pages' result links carry where they were (location state, useResultLinkState); the
// record's page reads it. Without it (a shared link, another page's link, no JavaScript) the link leads to the
// list itself, and the browser's own Back button keeps the search anyway. A redirect on the record's page (a
// language switch, a report sent) starts a new history entry without the state: the link then leads to the list.
import { Link, useLocation } from "@remix-run/react";
import { useEffect, useState, type ReactNode } from "react";

type BackState = { backTo: string };

/** The state a search page's result links carry: this page's address. */
export function useResultLinkState(): BackState {
  const location = useLocation();
  return { backTo: `${location.pathname}${location.search}` };
}

/** `listPath`, or the search of that list the reader came from. */
function searchCameFrom(state: unknown, listPath: string): string {
  const backTo = (state as Partial<BackState> | null)?.backTo;
  return typeof backTo === "string" && (backTo === listPath || backTo.startsWith(`${listPath}?`)) ? backTo : listPath;
}

export function BackToListLink({ listPath, children }: { listPath: string; children: ReactNode }) {
  const { state } = useLocation();
  // The server renders the list's own address; the search is taken after hydration, since a reload keeps the
  // history entry's state, which the server never sees (the two renders must agree).
  const [href, setHref] = useState(listPath);
  useEffect(() => setHref(searchCameFrom(state, listPath)), [state, listPath]);
  return (
    <Link to={href} className="text-sm text-brand-700 underline">
      {children}
    </Link>
  );
}
