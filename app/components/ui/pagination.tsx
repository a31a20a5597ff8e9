import { Link, useLocation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { pageItems } from "~/utils/pagination";

const LINK = "inline-flex min-w-[2.25rem] items-center justify-center rounded-md px-2 py-1 text-brand-700 underline hover:bg-brand-50";

/**
 * Previous, the page numbers (first, last, current ± 2, "…" for the pages left out) and next, each a link to
 * the list's URL with that page, so every page is addressable and reachable by Tab. The current page is a link
 * too, marked aria-current="page". `hrefFor` builds a page's link (a page whose URL has a canonical form,
 * such as the search pages); by default the current URL with `page` set.
 */
export function Pagination({ page, pageCount, hrefFor }: { page: number; pageCount: number; hrefFor?: (page: number) => string }) {
  const { t } = useTranslation();
  const location = useLocation();
  if (pageCount <= 1) return null;
  const href =
    hrefFor ??
    ((target: number) => {
      const params = new URLSearchParams(location.search);
      params.set("page", String(target));
      return `${location.pathname}?${params}`;
    });
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
