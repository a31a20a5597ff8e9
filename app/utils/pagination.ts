/**
 * The page links a list shows: the first and last page, the current one and two on each side, and a gap ("…")
 * where pages are left out. A gap would stand for a single page is that page instead ("1 2 3 4 5", not "1 … 3 4 5"):
 * an ellipsis takes the place anyway, and the page is more use.
 */
export type PageItem = number | "gap";

/** Pages shown on each side of the current one. */
export const PAGE_NEIGHBOURS = 2;

export function pageItems(page: number, pageCount: number): PageItem[] {
  if (pageCount < 1) return [];
  const current = Math.min(Math.max(1, page), pageCount);
  const shown = new Set([1, pageCount]);
  for (let p = current - PAGE_NEIGHBOURS; p <= current + PAGE_NEIGHBOURS; p++) if (p >= 1 && p <= pageCount) shown.add(p);
  const pages = [...shown].sort((a, b) => a - b);
  const items: PageItem[] = [];
  for (const p of pages) {
    const previous = items.at(-1);
    if (typeof previous === "number" && p - previous === 2) items.push(previous + 1);
    else if (typeof previous === "number" && p - previous > 2) items.push("gap");
    items.push(p);
  }
  return items;
}

/** The highest page a list's URL may ask for: larger numbers (?page=99999999) are read as this page, past the end of any list. */
export const MAX_LIST_PAGE = 10_000;

/**
 * Whether a list's page lies past its last page (an old link, or ?page=999) while the list has entries: the page
 * then says so, with the total and a way back (PageOutOfRange), rather than "nothing found".
 */
export function isPastLastPage(list: { page: number; pageCount: number; total: number }): boolean {
  return list.total > 0 && list.page > list.pageCount;
}
