import { Link, useLocation } from "@remix-run/react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { isPastLastPage, pageItems } from "~/utils/pagination";

const LINK = "inline-flex min-w-[2.25rem] items-center justify-center rounded-md px-2 py-1 text-brand-700 underline hover:bg-brand-50";

/**
 * Previous, the page numbers (first, last, current ± 2, "…" for the pages left out) and next, each a link to
 * the list's URL with that page, so every page is addressable and reachable by Tab. The current page is a link
 * too, marked aria-current="page". `hrefFor` builds a page's link (a page whose URL has a canonical form,
 * such as the search pages); by default the current URL with `page` set.
 */
export function Pagination({ page, pageCount, hrefFor }: { page: number; pageCount: number; hrefFor?: (page: number) => string }) {
  const { t } = useTranslation();
  const href = usePageHref(hrefFor);
  // One page, or a page past the end (PageOutOfRange says so instead of "page 3 of 2").
  if (pageCount <= 1 || page > pageCount) return null;
  return (
    <nav aria-label={t("pagination.label")} className="mt-4 flex flex-wrap items-center gap-x-4 gap-y-2 text-sm">
      <ul className="flex flex-wrap items-center gap-1">
        {page > 1 ? (
          <li>
            <Link to={href(page - 1)} rel="prev" className={LINK}>{t("pagination.previous")}</Link>
          </li>
        ) : null}
        {pageItems(page, pageCount).map((item, i) =>
          item === "gap" ? (
            <li key={`gap-${i}`} aria-hidden="true" className="px-1 text-slate-600">…</li>
          ) : (
            <li key={item}>
              <Link
                to={href(item)}
                aria-label={t("pagination.page", { page: item })}
                aria-current={item === page ? "page" : undefined}
                className={item === page ? `${LINK} bg-brand-700 font-semibold text-white no-underline hover:bg-brand-800` : LINK}
              >
                {item}
              </Link>
            </li>
          ),
        )}
        {page < pageCount ? (
          <li>
            <Link to={href(page + 1)} rel="next" className={LINK}>{t("pagination.next")}</Link>
          </li>
        ) : null}
      </ul>
      <span>{t("pagination.status", { page, pageCount })}</span>
    </nav>
  );
}

/** The link to one page of the current list: `hrefFor`, or the current URL with `page` set. */
function usePageHref(hrefFor?: (page: number) => string) {
  const location = useLocation();
  return (
    hrefFor ??
    ((target: number) => {
      const params = new URLSearchParams(location.search);
      params.set("page", String(target));
      return `${location.pathname}?${params}`;
    })
  );
}

/**
 * What a list shows on a page past its last one (isPastLastPage): that this page is empty, how many entries the
 * list has, and links to its first and last pages. The search pages and every paginated list share it.
 */
export function PageOutOfRange({ total, pageCount, hrefFor }: { total: number; pageCount: number; hrefFor?: (page: number) => string }) {
  const { t } = useTranslation();
  const href = usePageHref(hrefFor);
  return (
    <div className="rounded-lg bg-white p-6 shadow">
      <p className="text-slate-800">{t("search.empty.pageOutOfRange", { count: total })}</p>
      <p className="mt-2 flex flex-wrap gap-x-4 gap-y-2">
        <Link to={href(1)} className="text-brand-700 underline">{t("search.empty.firstPage")}</Link>
        {pageCount > 1 ? <Link to={href(pageCount)} className="text-brand-700 underline">{t("pagination.lastPage", { page: pageCount })}</Link> : null}
      </p>
    </div>
  );
}

/**
 * The body of a paginated list: past its last page the PageOutOfRange message, an empty list its `empty` state,
 * else the list (`children`), with the pagination under it. Every paginated list of the app is laid out so.
 */
export function PagedList({
  page,
  pageCount,
  total,
  items,
  empty,
  children,
}: {
  page: number;
  pageCount: number;
  total: number;
  items: readonly unknown[];
  empty: ReactNode;
  children: ReactNode;
}) {
  if (isPastLastPage({ page, pageCount, total })) return <PageOutOfRange total={total} pageCount={pageCount} />;
  return (
    <>
      {items.length === 0 ? empty : children}
      <Pagination page={page} pageCount={pageCount} />
    </>
  );
}

/** A list's empty state as most lists show it: a dashed box with what to do next. */
export function EmptyState({ children }: { children: ReactNode }) {
  return <p className="rounded-lg border border-dashed border-slate-400 bg-white p-8 text-center text-slate-700">{children}</p>;
}
