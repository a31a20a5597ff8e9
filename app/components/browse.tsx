// The faceted search page shared by /scenarios and /solutions: search box, facet checkboxes with counts,
// active filters as removable chips, sort, result count, loading state, "no results" help and pagination.
// One GET form holds the whole state, so it works without JavaScript; with JavaScript a change of a
// checkbox, radio or select submits at once and the URL is the canonical link of the state (browse.ts).
import { Link, useLocation, useNavigate, useNavigation, useNavigationType } from "@remix-run/react";
import { useEffect, useRef, useState, type ComponentProps, type FormEvent, type MouseEvent, type ReactNode } from "react";
import { flushSync } from "react-dom";
import { useTranslation } from "react-i18next";
import { Button } from "~/components/ui/button";
import { controlClass } from "~/components/ui/form";
import { PageOutOfRange, Pagination } from "~/components/ui/pagination";
import { contentLang } from "~/utils/content-lang";
import { formatWan } from "~/utils/money";
import { isPastLastPage } from "~/utils/pagination";
import { queryAsQuoted } from "~/modules/search/query-syntax";
import { ContentText, MixedText } from "./content-text";
import { DidYouMean } from "./did-you-mean";
import {
  activeFilters,
  amountBoxValue,
  formHref,
  MAX_AMOUNT,
  WAN_PER_MILLION,
  type AmountInput,
  type UnusableAmount,
  type CategoryName,
  type IgnoredFilterValue,
  BROWSE_CONFIG,
  browseHref,
  clearFiltersHref,
  DEADLINE_BUCKETS,
  hasFilters,
  MAX_QUERY_LENGTH,
  QUERY_BOX_MAX_LENGTH,
  pageHref,
  parseBrowseState,
  searchAsTyped,
  SORTS,
  withAsTyped,
  AS_TYPED_FIELD,
  TRL_LEVELS,
  type ActiveFilter,
  type BrowseKind,
  type BrowseState,
  type DeadlineBucket,
  ranksByRelevance,
  searchesWords,
} from "~/modules/search/browse";

type FacetOption = { value: string; count: number; selected: boolean };

export type BrowseData = {
  state: BrowseState;
  categories: CategoryName[];
  total: number;
  pageCount: number;
  facets: { param: string; options: FacetOption[] }[];
  deadlineCounts: Record<DeadlineBucket, number> | null;
  /** The engine refused the search ("invalid", 400) or could not answer now ("unavailable", 503). */
  error: "invalid" | "unavailable" | null;
  itemCount: number;
  /** The query with misspelt English glossary words corrected ("inspecton" → "inspection"), or null. */
  suggestion: string | null;
  /** When a query of several words found nothing: each word left out, with what the rest finds. */
  wordsToLeaveOut: { word: string; q: string; count: number }[];
  withoutQuotes: { q: string; count: number } | null;
  /** On a query's first page: the query with a Chinese glossary word swapped for a sibling (巡检 → 巡查). */
  relatedSearches: { q: string; count: number }[];
  /** On an empty page: how many records each filter-removal link (by its href) would list. */
  filterRemovals: { href: string; count: number }[];
  /**
   * On an empty page with words and filters: the words without any filter, when they find something; `linked`
   * where it is not the one filter's removal link (the page links to the words alone).
   */
  wordsAlone: { href: string; count: number; linked: boolean } | null;
  /** On a query's first page: the filters its words name (首台套 → the first-unit facet), with their counts. */
  namedFilters: { filters: { param: string; value: string }[]; state: BrowseState; count: number }[];
  /** The typed query was longer than a search reads, and was cut (cleanQuery). */
  queryShortened?: boolean;
  /** The words typed, which found nothing or fewer: the page searches its suggestion instead (searchInsteadHref). */
  searchedInsteadOf?: string | null;
  /** What those words found themselves (null: not counted). */
  typedCount?: number | null;
  /** The page shows the words' own results, which their correction does not replace (searchAsTyped). */
  asTyped?: boolean;
  /** Filter values of the address the page could not use (ignoredFilterValues): said, not dropped silently. */
  ignoredFilters?: IgnoredFilterValue[];
  /** Amounts the boxes sent that the page could not use, or a reversed range (readAmounts). */
  amountInput?: AmountInput;
};

/** Marks in engine-made highlight HTML: visible in both colour and weight. */
export const MARK_CLASS = "[&_mark]:rounded-sm [&_mark]:bg-yellow-200 [&_mark]:px-0.5 [&_mark]:font-semibold [&_mark]:text-slate-950";

/**
 * Text with the search engine's highlights. `html` is only ever the engine's escaped text with <mark> tags,
 * checked by `trustedHighlight` on the server; without it the plain text is shown.
 */
export function Highlighted({ html, text }: { html: string | null; text: string }) {
  const { i18n } = useTranslation();
  const lang = contentLang(text, i18n.language);
  return html ? <span lang={lang} className={MARK_CLASS} dangerouslySetInnerHTML={{ __html: html }} /> : <ContentText text={text} />;
}

/**
 * A record's tags as chips, each with the engine's highlight where the search matched it (`html`: one entry a
 * tag, from trustedListHighlight). A list, so each tag is an item of its own, on screen and to a screen reader.
 */
export function HighlightedTags({ tags, html, label, className = "" }: { tags: string[]; html: (string | null)[] | null; label: string; className?: string }) {
  if (tags.length === 0) return null;
  return (
    <ul aria-label={label} className={`flex flex-wrap gap-1.5 text-xs ${className}`}>
      {tags.map((tag, i) => (
        <li key={i} className="rounded bg-slate-100 px-2 py-0.5 text-slate-800">
          <Highlighted html={html?.[i] ?? null} text={tag} />
        </li>
      ))}
    </ul>
  );
}

/** The label of one facet value: codes through their locale keys, categories through their names. */
export function useFacetLabels(kind: BrowseKind, categories: CategoryName[]) {
  const { t, i18n } = useTranslation();
  const categoryName = (code: string) => {
    const category = categories.find((item) => item.code === code);
    return category ? (i18n.language === "en" ? category.nameEn : category.nameZh) : code;
  };
  const value = (param: string, code: string): string => {
    switch (param) {
      case "category":
        return categoryName(code);
      case "district":
        return t(`districts.${code}`, { defaultValue: code });
      case "mode":
        return t(`scenario.mode.${code}`, { defaultValue: code });
      case "firstUnit":
        return t(`scenario.firstUnit.${code}`, { defaultValue: code });
      case "budget":
      case "price":
        return t(`search.band.${code}`, { defaultValue: code });
      case "status":
        return t(`scenario.status.${code}`, { defaultValue: code });
      case "tier":
        return t(`tier.${code}`, { defaultValue: code });
      case "qualification":
        return t(`orgFlag.${code}`, { defaultValue: code });
      case "maturity":
        return t(`search.maturity.${code}`, { defaultValue: code });
      case "firstUnitType":
        return t(`solution.firstUnit.type.${code}`, { defaultValue: code });
      case "firstUnitStatus":
        return t(`search.firstUnitStatus.${code}`, { defaultValue: code });
      case "independentInnovation":
        return t("solution.flags.independentInnovation");
      case "seekingInvestment":
        return t("solution.flags.seekingInvestment");
      default:
        return code;
    }
  };
  /** The name of a filter of the page, as its box is labelled: a facet, or the maturity floor and the order. */
  const legend = (param: string): string => {
    if (param === "district" && kind === "solutions") return t("search.facet.firmDistrict");
    if (param === "trlMin") return t("search.trlMin");
    if (param === "sort") return t("search.sortLabel");
    if (param === "independentInnovation" || param === "seekingInvestment") return t("search.facet.flags");
    return t(`search.facet.${param}`, { defaultValue: param });
  };
  /** Values of one facet as a chip reads them, its name once: 期望首台套类型：首台（套）或首批次 (the values are alternatives). */
  const facetValues = (param: string, codes: readonly string[]): string => {
    const values = codes.map((code) => value(param, code)).join(t("search.namedFiltersOr"));
    return param === "independentInnovation" || param === "seekingInvestment" ? values : t("search.chip.facet", { facet: legend(param), value: values });
  };
  const chip = (filter: ActiveFilter): string => {
    switch (filter.type) {
      case "q":
        return t("search.chip.q", { value: filter.value });
      case "facet":
        return facetValues(filter.param, [filter.value]);
      case "from":
        return t("search.chip.from", { value: formatWan(filter.value, i18n.language) });
      case "to":
        return t("search.chip.to", { value: formatWan(filter.value, i18n.language) });
      case "deadline":
        return t("search.chip.facet", { facet: t("search.facet.deadline"), value: t(`search.deadline.${filter.value}`) });
      case "trlMin":
        return t("search.chip.trlMin", { value: filter.value });
    }
  };
  return { value, legend, chip, facetValues };
}

/** A group of filter controls; `note` (with its `id`) says something about all of them, tied to the group for screen readers. */
function FacetFieldset({ legend, note, children, ...handlers }: { legend: string; note?: { id: string; text: string }; children: ReactNode } & Pick<ComponentProps<"fieldset">, "onKeyDown" | "onBlur">) {
  return (
    <fieldset className="border-t border-slate-200 pt-3" aria-describedby={note?.id} {...handlers}>
      <legend className="float-left mb-2 w-full text-sm font-semibold text-slate-900">{legend}</legend>
      <div className="clear-both space-y-1.5 text-sm text-slate-800">{children}</div>
      {note ? <p id={note.id} className="mt-2 text-xs text-slate-600">{note.text}</p> : null}
    </fieldset>
  );
}

export function BrowsePage({
  kind,
  data,
  title,
  intro,
  children,
}: {
  kind: BrowseKind;
  data: BrowseData;
  title: string;
  intro: string;
  /** The hits of this page, already rendered (a list). */
  children: ReactNode;
}) {
  const { t, i18n } = useTranslation();
  const config = BROWSE_CONFIG[kind];
  // English readers read amounts in CNY (cards and bands say "500k–2M CNY"), so the boxes take millions of CNY;
  // Chinese ones read and type 万元, as everywhere else.
  const amountsInMillions = i18n.language === "en";
  const navigation = useNavigation();
  const navigate = useNavigate();
  const { state } = data;
  // While the next page of this search loads, show the state it asks for (ticked boxes stay ticked).
  const pending = navigation.state === "loading" && navigation.location.pathname === config.pathname;
  const view = pending ? parseBrowseState(kind, new URLSearchParams(navigation.location.search)) : state;
  const labels = useFacetLabels(kind, data.categories);
  const chips = activeFilters(kind, state);
  const namedFilterLinks = data.namedFilters.map((filter) => ({
    key: filter.filters.map(({ param, value }) => `${param}-${value}`).join("+"),
    to: browseHref(kind, filter.state),
    label: t("search.namedFilter", {
      // Values of one facet are alternatives (首台套 首批次 → either), different facets all apply (低空应用 东港区).
      // The facet is named once before its values: 期望首台套类型：首台（套）或首批次.
      filter: groupedByParam(filter.filters)
        .map((values) => labels.facetValues(values[0]!.param, values.map(({ value }) => value)))
        .join(t("search.namedFiltersJoin")),
      count: filter.count,
    }),
  }));
  const filterCount = chips.filter((chip) => chip.type !== "q").length;

  // An amount the page could not use stays in its box as typed (it is not in the state), with why. One in the
  // other unit (a Chinese page's link, in 万元, opened in English) is not put in a box that reads another unit:
  // the message quotes it with its unit instead, and the box is empty.
  const unusable = { from: data.amountInput?.from ?? null, to: data.amountInput?.to ?? null };
  const boxText = (end: "from" | "to") => {
    const amount = unusable[end];
    if (!amount) return amountBoxValue(state[end], amountsInMillions);
    return amount.inMillions === amountsInMillions ? amount.text : "";
  };
  const amountBox = { from: boxText("from"), to: boxText("to") };
  const maxAmountIn = (inMillions: boolean) => (inMillions ? MAX_AMOUNT / WAN_PER_MILLION : MAX_AMOUNT).toLocaleString(amountsInMillions ? "en" : "zh-CN");
  const amountMessage = (end: "from" | "to", amount: UnusableAmount) =>
    amount.inMillions === amountsInMillions
      ? t(`search.range.problem.${amount.problem}`, { box: t(`search.range.${end}`), max: maxAmountIn(amount.inMillions) })
      : t(`search.range.otherUnit.${amount.inMillions ? "million" : "wan"}.${amount.problem}`, { box: t(`search.range.${end}`), text: amount.text, max: maxAmountIn(amount.inMillions) });

  const queryInput = useRef<HTMLInputElement>(null);
  const rangeInputs = { from: useRef<HTMLInputElement>(null), to: useRef<HTMLInputElement>(null) };
  // "POP" is back/forward: the user asked for that page's state, boxes included, even with the cursor in one.
  const cameBackOrForward = useNavigationType() === "POP";
  // What the boxes were last brought in line with. It starts as what the server rendered into them, so the
  // first run (hydration) changes nothing: words typed before the scripts loaded stay in their box. (A first
  // page load counts as "POP", so without this the box was emptied under the user's fingers on a slow phone.)
  const syncedBoxes = useRef({ q: state.q, from: amountBox.from, to: amountBox.to });
  // Words that found nothing, replaced on the server by the suggestion searched instead (searchInsteadHref): after
  // that navigation the box shows what was searched, whatever the user typed into it — also when the words are
  // those of the page before ("inspection", then "inspect" typed and replaced), which leaves q unchanged, so the
  // navigation itself (its key) is what runs the effect again. Not on the first render: hydration changes nothing.
  const navigationKey = useLocation().key;
  const firstNavigationKey = useRef(navigationKey);
  const wordsReplacedNow = Boolean(data.searchedInsteadOf) && navigationKey !== firstNavigationKey.current;
  const replacingNavigation = wordsReplacedNow ? navigationKey : null;
  useEffect(() => {
    const last = syncedBoxes.current;
    if (!wordsReplacedNow && last.q === state.q && last.from === amountBox.from && last.to === amountBox.to) return;
    syncedBoxes.current = { q: state.q, from: amountBox.from, to: amountBox.to };
    // Back/forward or a removed chip changes q or a range; the boxes follow. Only a box the user is typing in
    // keeps its text when anything else changes the URL (a facet ticked while the words are half written).
    // (Re-keying them instead would remount the box the user pressed Enter in, and focus would drop to <body>.)
    const follow = (input: HTMLInputElement | null, value: string, replaced = false) => {
      if (!input || input.value === value) return;
      if (cameBackOrForward || replaced || document.activeElement !== input) input.value = value;
    };
    follow(queryInput.current, state.q, wordsReplacedNow);
    follow(rangeInputs.from.current, amountBox.from);
    follow(rangeInputs.to.current, amountBox.to);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the refs are stable
  }, [state.q, amountBox.from, amountBox.to, replacingNavigation]);

  // After a link to another state of this page — a page number, a removed filter chip, "clear all", a
  // suggested or related search, a filter removed from the no-results help — focus goes to the results'
  // heading: the link pressed is gone or off screen, so focus would otherwise fall back to the top of the
  // document, and the results are what changed (their count is announced by the status line above them).
  // Enter on a focused link is a click too, so keyboard users get the same.
  const resultsHeading = useRef<HTMLHeadingElement>(null);
  const resultsColumn = useRef<HTMLDivElement>(null);
  const movedByLink = useRef(false);
  const noteLinkToThisPage = (event: MouseEvent) => {
    const link = (event.target as HTMLElement).closest("a");
    // Not the skip link (#browse-results): it moves focus itself and loads nothing.
    movedByLink.current = link !== null && !link.getAttribute("href")?.startsWith("#") && new URL(link.href, window.location.href).pathname === config.pathname;
  };
  useEffect(() => {
    if (movedByLink.current) resultsHeading.current?.focus();
    movedByLink.current = false;
  }, [data]);

  // Facets are open on wide screens and start folded on small ones (open without JavaScript).
  const [filtersOpen, setFiltersOpen] = useState(true);
  const [scripted, setScripted] = useState(false);
  useEffect(() => setScripted(true), []);
  useEffect(() => {
    const small = window.matchMedia("(max-width: 767px)");
    if (small.matches) setFiltersOpen(false);
    // Wide screens have no summary to open them with: widening the window shows them again.
    const onChange = (event: MediaQueryListEvent) => {
      if (!event.matches) setFiltersOpen(true);
    };
    small.addEventListener("change", onChange);
    return () => small.removeEventListener("change", onChange);
  }, []);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    // The same parser as the server turns the form into the canonical link (no empty parameters).
    event.preventDefault();
    const params = new URLSearchParams();
    for (const [key, value] of new FormData(event.currentTarget)) if (typeof value === "string") params.append(key, value);
    navigate(formHref(kind, params), { preventScrollReset: true });
  };
  const submitNow = (event: { currentTarget: HTMLInputElement | HTMLSelectElement }) => event.currentTarget.form?.requestSubmit();

  const selectedIn = (param: string, value: string) => (view.facets[param] ?? []).includes(value);
  const booleanFacets = data.facets.filter((group) => config.facets.find((spec) => spec.param === group.param)?.boolean && group.options.length > 0);
  const sortOptions: { value: string; label: string }[] = [
    { value: "", label: t(`search.sort.${ranksByRelevance(view) ? "relevance" : "newest"}`) },
    ...SORTS[kind].filter((sort) => sort !== "relevance" && (ranksByRelevance(view) || sort !== "newest")).map((sort) => ({ value: sort, label: t(`search.sort.${sort}`) })),
  ];
  const searchLabel = t(`search.${kind}.searchLabel`);

  return (
    <section aria-labelledby="browse-title" className="space-y-5" onClickCapture={noteLinkToThisPage}>
      {/* Past the search box and every filter, straight to the results; shown when focused. The browser focuses
          the heading (tabIndex -1) on its own, and without JavaScript too; the click handler makes sure. */}
      <a
        href="#browse-results"
        onClick={() => resultsHeading.current?.focus()}
        className="sr-only focus:not-sr-only focus:inline-block focus:rounded-md focus:bg-brand-800 focus:px-4 focus:py-2 focus:text-white"
      >
        {t("search.skipToResults")}
      </a>
      <div>
        <h1 id="browse-title" className="text-2xl font-semibold">{title}</h1>
        <p className="mt-1 text-slate-700">{intro}</p>
      </div>
      {/* autoComplete off: without JavaScript, Back would otherwise restore the boxes and ticks of a later page beside
          this page's results, and the next "应用筛选" would bring back filters the page does not show (a QA review).
          The price: the browser offers no earlier searches in the box; the page's own suggestions remain. */}
      <form method="get" action={config.pathname} onSubmit={onSubmit} autoComplete="off" className="space-y-5">
        {/* The words' own results, reached from a page that searched their correction instead, stay theirs when an
            order or a filter is chosen (formHref keeps them while the box holds the same words). */}
        {data.asTyped ? <input type="hidden" name={AS_TYPED_FIELD} value={state.q} /> : null}
        <div role="search" aria-label={searchLabel} className="rounded-lg bg-white p-4 shadow">
          <label htmlFor="browse-q" className="block text-sm font-medium text-slate-800">{searchLabel}</label>
          <div className="mt-1 flex gap-2">
            <input
              ref={queryInput}
              id="browse-q"
              type="search"
              name="q"
              defaultValue={state.q}
              // Longer than what is searched (a QA review: the browser cut a pasted query at 100 silently).
              maxLength={QUERY_BOX_MAX_LENGTH}
              placeholder={t(`search.${kind}.placeholder`)}
              aria-describedby="browse-q-hint"
              enterKeyHint="search"
              className={controlClass}
            />
            <Button type="submit" pending={pending} pendingLabel={t("search.loading")} className="shrink-0 whitespace-nowrap">{t("search.submit")}</Button>
          </div>
          <p id="browse-q-hint" className="mt-1 text-xs text-slate-600">{t("search.searchHint")}</p>
        </div>

        {data.error === "invalid" ? (
          <p role="alert" className="rounded-md border border-red-700 bg-red-50 p-3 text-red-900">{t("search.error")}</p>
        ) : data.error === "unavailable" ? (
          // Not the reader's doing: nothing to change, only to try again (the same address; the boxes keep what was typed).
          <p role="alert" className="rounded-md border border-amber-700 bg-amber-50 p-3 text-amber-950">
            {t("search.unavailable")}{" "}
            <Link to={browseHref(kind, state)} className="font-medium text-brand-800 underline">{t("search.retry")}</Link>
          </p>
        ) : null}

        <div className="grid gap-5 md:grid-cols-[17rem_1fr]">
          <details open={filtersOpen} onToggle={(event) => setFiltersOpen(event.currentTarget.open)} className="self-start rounded-lg bg-white p-4 shadow">
            <summary className="cursor-pointer text-base font-semibold md:hidden">
              {t("search.filters")}
              {filterCount > 0 ? ` · ${t("search.filtersSelected", { count: filterCount })}` : ""}
            </summary>
            <div className="mt-3 space-y-4 md:mt-0">
              <h2 className="hidden text-base font-semibold md:block">{t("search.filters")}</h2>
              {data.facets.map((group) => {
                const spec = config.facets.find((item) => item.param === group.param)!;
                if (spec.boolean || group.options.length === 0) return null;
                return (
                  <FacetFieldset
                    key={group.param}
                    legend={labels.legend(group.param)}
                    // A record's range belongs to every band it overlaps (MONEY_BANDS): say why the counts add up to more.
                    note={group.param === "budget" || group.param === "price" ? { id: `browse-${group.param}-note`, text: t("search.bandNote") } : undefined}
                  >
                    {group.options.map((option) => (
                      <label key={option.value} className="flex items-start gap-2">
                        <input type="checkbox" name={group.param} value={option.value} checked={selectedIn(group.param, option.value)} onChange={submitNow} className="mt-0.5 h-4 w-4 shrink-0" />
                        <span>{t("search.option", { label: labels.value(group.param, option.value), count: option.count })}</span>
                      </label>
                    ))}
                  </FacetFieldset>
                );
              })}
              {booleanFacets.length > 0 ? (
                <FacetFieldset legend={t("search.facet.flags")}>
                  {booleanFacets.map((group) => (
                    <label key={group.param} className="flex items-start gap-2">
                      <input type="checkbox" name={group.param} value="1" checked={selectedIn(group.param, "1")} onChange={submitNow} className="mt-0.5 h-4 w-4 shrink-0" />
                      <span>{t("search.option", { label: labels.value(group.param, "1"), count: group.options[0]!.count })}</span>
                    </label>
                  ))}
                </FacetFieldset>
              ) : null}
              {data.deadlineCounts ? (
                <AppliedRadioGroup
                  legend={t("search.facet.deadline")}
                  name="deadline"
                  value={view.deadline ?? ""}
                  options={[
                    { value: "", label: t("search.deadline.any") },
                    ...DEADLINE_BUCKETS.filter((bucket) => data.deadlineCounts![bucket] > 0 || view.deadline === bucket).map((bucket) => ({
                      value: bucket as string,
                      label: t("search.option", { label: t(`search.deadline.${bucket}`), count: data.deadlineCounts![bucket] }),
                    })),
                  ]}
                />
              ) : null}
              {config.trlMin ? (
                <div className="border-t border-slate-200 pt-3">
                  <label htmlFor="browse-trlMin" className="block text-sm font-semibold text-slate-900">{t("search.trlMin")}</label>
                  <AppliedSelect
                    id="browse-trlMin"
                    name="trlMin"
                    value={view.trlMin === null ? "" : String(view.trlMin)}
                    options={[{ value: "", label: t("search.trlAny") }, ...TRL_LEVELS.map((trl) => ({ value: String(trl), label: t("search.trlOption", { trl }) }))]}
                    className={`${controlClass} mt-1`}
                  />
                </div>
              ) : null}
              <FacetFieldset legend={t(kind === "scenarios" ? "search.range.budget" : "search.range.price")}>
                <div className="grid grid-cols-2 gap-2">
                  {(["from", "to"] as const).map((end) => (
                    <div key={end}>
                      <label htmlFor={`browse-${end}`} className="block text-xs text-slate-700">{t(`search.range.${end}`)}</label>
                      <input
                        ref={rangeInputs[end]}
                        id={`browse-${end}`}
                        name={amountsInMillions ? (end === "from" ? config.range.fromMillion : config.range.toMillion) : end === "from" ? config.range.from : config.range.to}
                        // Text, not "number": the page checks the amount and says what is wrong in its own language
                        // (a number box sends nothing for "abc" and answers 0.001 with the browser's bubble).
                        type="text"
                        inputMode={amountsInMillions ? "decimal" : "numeric"}
                        autoComplete="off"
                        defaultValue={amountBox[end]}
                        aria-invalid={unusable[end] ? true : undefined}
                        aria-describedby={[unusable[end] ? `browse-${end}-error` : "", data.amountInput?.swapped ? "browse-range-swapped" : "", "browse-range-hint"].filter(Boolean).join(" ")}
                        className={controlClass}
                      />
                    </div>
                  ))}
                </div>
                {(["from", "to"] as const).map((end) => {
                  const amount = unusable[end];
                  return amount ? (
                    <p key={end} id={`browse-${end}-error`} className="text-xs font-medium text-red-800 [overflow-wrap:anywhere]">
                      <MixedText text={amountMessage(end, amount)} />
                    </p>
                  ) : null;
                })}
                {data.amountInput?.swapped ? (
                  <p id="browse-range-swapped" className="text-xs font-medium text-slate-800">{t("search.range.swapped")}</p>
                ) : null}
                <p id="browse-range-hint" className="text-xs text-slate-600">{t("search.range.hint")}</p>
              </FacetFieldset>
              <Button type="submit" variant="secondary" className="w-full">{t("search.apply")}</Button>
              {/* On a phone the open filters fill the screen and hide the results a tick changes: the count stays in
                  view at the bottom, and takes the reader to the results (only with JavaScript, which applies ticks). */}
              {scripted ? (
                <div className="sticky bottom-0 -mx-4 -mb-4 border-t border-slate-200 bg-white p-3 md:hidden">
                  <button
                    type="button"
                    onClick={() => {
                      // Folded first, at once (flushSync): focusing while the open filters still pushed the results
                      // down scrolled to where the heading was then, and the folding left the screen below the first
                      // results, the count and the sort (a QA review on a phone). The results' column is brought to
                      // the top, and the focus put on its heading without scrolling again.
                      flushSync(() => setFiltersOpen(false));
                      resultsColumn.current?.scrollIntoView({ block: "start" });
                      resultsHeading.current?.focus({ preventScroll: true });
                    }}
                    className="w-full rounded-md bg-brand-700 px-4 py-2 text-sm font-medium text-white hover:bg-brand-800"
                  >
                    {pending ? t("search.loading") : t("search.showResults", { count: data.total })}
                  </button>
                </div>
              ) : null}
            </div>
          </details>

          <div ref={resultsColumn} className="min-w-0 space-y-4">
            {chips.length > 0 ? (
              <nav aria-label={t("search.active")} className="flex flex-wrap items-center gap-2">
                <ul className="flex flex-wrap gap-2">
                  {chips.map((chip) => {
                    const label = labels.chip(chip);
                    return (
                      <li key={`${chip.type}-${"param" in chip ? chip.param : ""}-${chip.value}`}>
                        <Link
                          to={chip.href}
                          preventScrollReset
                          aria-label={t("search.remove", { label })}
                          className="inline-flex max-w-full items-center gap-1 rounded-full border border-brand-700 bg-brand-50 px-3 py-1 text-sm text-brand-800 hover:bg-brand-100"
                        >
                          {/* A long query is cut with "…" here; the link's label says it whole. */}
                          <span className="max-w-[16rem] truncate sm:max-w-md"><MixedText text={label} /></span>
                          <span aria-hidden="true">×</span>
                        </Link>
                      </li>
                    );
                  })}
                </ul>
                {hasFilters(state) ? (
                  <Link to={clearFiltersHref(kind, state)} preventScrollReset className="text-sm text-brand-700 underline">{t("search.clearAll")}</Link>
                ) : null}
              </nav>
            ) : null}

            <QueryNotes q={state.q} shortened={Boolean(data.queryShortened)} />
            {data.searchedInsteadOf && !pending ? (
              <SearchedInstead typed={data.searchedInsteadOf} typedCount={data.typedCount ?? null} q={state.q} asTypedHref={searchAsTyped(kind, state, data.searchedInsteadOf)} />
            ) : null}
            {data.ignoredFilters?.length ? <IgnoredFilters ignored={data.ignoredFilters} legend={labels.legend} /> : null}
            {data.suggestion ? <DidYouMean suggestion={data.suggestion} to={browseHref(kind, { ...state, q: data.suggestion, page: 1 })} /> : null}
            {/* Above the results; when there are none, the "nothing found" box leads with them instead (NoResults). */}
            {data.namedFilters.length > 0 && data.itemCount > 0 ? (
              <nav aria-labelledby="browse-named-filters" className="flex flex-wrap items-baseline gap-x-3 gap-y-1 text-sm text-slate-800">
                <h2 id="browse-named-filters" className="font-medium">{t("search.namedFilters")}</h2>
                <QueryLinks links={namedFilterLinks} />
              </nav>
            ) : null}
            {data.relatedSearches.length > 0 ? (
              <nav aria-labelledby="browse-related" className="flex flex-wrap items-baseline gap-x-3 gap-y-1 text-sm text-slate-800">
                <h2 id="browse-related" className="font-medium">{t("search.related")}</h2>
                <QueryLinks links={data.relatedSearches.map((related) => ({ key: related.q, to: browseHref(kind, { ...state, q: related.q, page: 1 }), label: t("search.relatedQuery", { q: related.q, count: related.count }) }))} />
              </nav>
            ) : null}
            <div className="flex flex-wrap items-end justify-between gap-3">
              <p role="status" className="text-sm text-slate-700">
                {/* With the engine unavailable there is no count to tell: "0 results" would say nothing was found. */}
                {pending ? t("search.loading") : data.error === "unavailable" ? null : t("search.resultCount", { count: data.total })}
                {/* The suggestion shown above is news too: the status line says it to screen readers with the count. */}
                {!pending && data.suggestion ? <span className="sr-only">{` ${t("search.didYouMean")}`}<MixedText text={data.suggestion} /></span> : null}
                {!pending && data.searchedInsteadOf ? (
                  <span className="sr-only">
                    {" "}
                    <SearchedInsteadText typed={data.searchedInsteadOf} typedCount={data.typedCount ?? null} q={state.q} />
                  </span>
                ) : null}
              </p>
              <div className="flex items-center gap-2">
                <label htmlFor="browse-sort" className="shrink-0 whitespace-nowrap text-sm text-slate-800">{t("search.sortLabel")}</label>
                <AppliedSelect id="browse-sort" name="sort" value={view.sort ?? ""} options={sortOptions} className={`${controlClass} w-auto`} />
                {/* Without JavaScript a changed order needs a button beside it (the form's others are far above). */}
                {scripted ? null : <Button type="submit" variant="secondary">{t("search.applySort")}</Button>}
              </div>
            </div>

            <div aria-busy={pending || undefined} className={pending ? "opacity-60 transition-opacity" : "transition-opacity"}>
              {/* Hidden until focused from the keyboard, when it shows (with the focus outline) where focus went. */}
              <h2 id="browse-results" ref={resultsHeading} tabIndex={-1} className="sr-only focus-visible:not-sr-only focus-visible:mb-3 focus-visible:inline-block focus-visible:rounded focus-visible:px-1 focus-visible:text-sm focus-visible:font-semibold focus-visible:text-slate-900">
                {t("search.results")}
              </h2>
              {data.itemCount > 0 ? children : data.error === "unavailable" ? null : <NoResults kind={kind} data={data} chips={chips} chipLabel={labels.chip} namedFilterLinks={namedFilterLinks} />}
            </div>
            {data.itemCount > 0 ? (
              <Pagination page={state.page} pageCount={data.pageCount} hrefFor={(page) => withAsTyped(pageHref(kind, state, page), data.asTyped ? state.q : null)} />
            ) : null}
          </div>
        </div>
      </form>
    </section>
  );
}

/**
 * Radio buttons that apply the search when the choice changes (the deadline). As with AppliedSelect: a click
 * applies at once; the arrow keys, which move the choice from button to button, only move it, and Enter or
 * leaving the group applies the one reached.
 */
function AppliedRadioGroup({ legend, name, value, options }: { legend: string; name: string; value: string; options: { value: string; label: string }[] }) {
  const [choice, setChoice] = useState(value);
  useEffect(() => setChoice(value), [value]);
  const byKeyboard = useRef(false);
  const apply = (form: HTMLFormElement | null) => {
    const checked = form?.querySelector<HTMLInputElement>(`input[name="${name}"]:checked`);
    if (form && checked && checked.value !== value) form.requestSubmit();
  };
  return (
    <FacetFieldset
      legend={legend}
      onKeyDown={(event) => {
        if (event.key === "Enter") {
          event.preventDefault();
          apply(event.currentTarget.form);
        } else if (event.key.startsWith("Arrow")) byKeyboard.current = true;
      }}
      onBlur={(event) => {
        // Leaving the group, not moving within it.
        if (event.currentTarget.contains(event.relatedTarget as Node | null)) return;
        if (byKeyboard.current) apply(event.currentTarget.form);
        byKeyboard.current = false;
      }}
    >
      {options.map((option) => (
        <label key={option.value} className="flex items-start gap-2">
          <input
            type="radio"
            name={name}
            value={option.value}
            checked={choice === option.value}
            onPointerDown={() => (byKeyboard.current = false)}
            onChange={(event) => {
              setChoice(option.value);
              if (!byKeyboard.current) apply(event.currentTarget.form);
            }}
            className="mt-0.5 h-4 w-4 shrink-0"
          />
          <span>{option.label}</span>
        </label>
      ))}
    </FacetFieldset>
  );
}

/**
 * A select that applies the search when its value changes (the sort order, the minimum TRL). Chosen with the
 * mouse or by touch it applies at once. With the keyboard the arrow keys only move through the options —
 * applying each would load a page per key press, and a screen reader could not read the options out before
 * the page changed — and Enter, or leaving the box, applies the one reached.
 */
function AppliedSelect({ id, name, value, options, className }: { id: string; name: string; value: string; options: { value: string; label: string }[]; className: string }) {
  const [choice, setChoice] = useState(value);
  useEffect(() => setChoice(value), [value]);
  const byKeyboard = useRef(false);
  const apply = (select: HTMLSelectElement) => {
    if (select.value !== value) select.form?.requestSubmit();
  };
  return (
    <select
      id={id}
      name={name}
      value={choice}
      onPointerDown={() => (byKeyboard.current = false)}
      onKeyDown={(event) => {
        if (event.key === "Enter") {
          event.preventDefault();
          apply(event.currentTarget);
        } else if (event.key !== "Tab") byKeyboard.current = true;
      }}
      onChange={(event) => {
        setChoice(event.currentTarget.value);
        if (!byKeyboard.current) apply(event.currentTarget);
      }}
      onBlur={(event) => {
        if (byKeyboard.current) apply(event.currentTarget);
        byKeyboard.current = false;
      }}
      className={className}
    >
      {options.map((option) => (
        <option key={option.value} value={option.value}>{option.label}</option>
      ))}
    </select>
  );
}

/**
 * What the search made of the typed query, where it differs from what was typed: cut to MAX_QUERY_LENGTH (cleanQuery),
 * or nothing to search for in it (的, "the", emoji: every record is listed). The search pages and the invite page.
 */
export function QueryNotes({ q, shortened }: { q: string; shortened: boolean }) {
  const { t } = useTranslation();
  return (
    <>
      {shortened ? <p className="text-slate-900">{t("search.queryShortened", { max: MAX_QUERY_LENGTH })}</p> : null}
      {q && !searchesWords({ q }) ? <p className="text-slate-900"><MixedText text={t("search.noWords", { q: queryAsQuoted(q) })} /></p> : null}
    </>
  );
}

/** How many ignored filter values are named; the rest are counted. */
const IGNORED_FILTERS_NAMED = 5;

/** "链接中的这些筛选条件无法识别，已忽略：领域“BIOMEDICINE”、截止时间“zzz”。" (ignoredFilterValues). */
function IgnoredFilters({ ignored, legend }: { ignored: IgnoredFilterValue[]; legend: (param: string) => string }) {
  const { t } = useTranslation();
  const named = ignored
    .slice(0, IGNORED_FILTERS_NAMED)
    .map(({ param, value }) => t("search.ignoredFilter", { filter: legend(param), value }))
    .join(t("listSeparator"));
  const more = ignored.length - IGNORED_FILTERS_NAMED;
  return (
    <p className="text-slate-900 [overflow-wrap:anywhere]">
      <MixedText text={more > 0 ? t("search.ignoredFiltersMore", { list: named, count: more }) : t("search.ignoredFilters", { list: named })} />
    </p>
  );
}

/** "没有找到与“inspect”相关的结果，已为您显示“inspection”的结果。" */
function SearchedInsteadText({ typed, typedCount, q }: { typed: string; typedCount: number | null; q: string }) {
  const { t } = useTranslation();
  const sentence =
    typedCount === 0 ? t("search.searchedInstead", { typed, q })
    : typedCount === null ? t("search.searchedInsteadUncounted", { typed, q })
    : t("search.searchedInsteadOfFew", { typed, q, count: typedCount });
  return <MixedText text={sentence} />;
}

/**
 * Above the results of a suggestion the page searched because the words typed found nothing, or fewer. The sentence
 * is hidden from screen readers: the status line with the result count says it too (it is shown whenever this is),
 * and a reader going through the page heard it twice. Where the words found something, a link leads to their own
 * results (searchAsTyped), which are then not replaced again.
 */
function SearchedInstead({ typed, typedCount, q, asTypedHref }: { typed: string; typedCount: number | null; q: string; asTypedHref: string }) {
  const { t } = useTranslation();
  return (
    <p className="font-medium text-slate-900 [overflow-wrap:anywhere]">
      <span aria-hidden="true">
        <SearchedInsteadText typed={typed} typedCount={typedCount} q={q} />
      </span>
      {typedCount !== 0 ? (
        <>
          {" "}
          <Link to={asTypedHref} className="font-normal text-brand-700 underline">
            <MixedText text={t("search.searchAsTyped", { typed })} />
          </Link>
        </>
      ) : null}
    </p>
  );
}

/**
 * "去掉一个关键词：去掉“X”（3 个结果）…": for a query of several words that found nothing, which word is in the way.
 * The search pages and the invite page say it alike; `hrefFor` is the page searching for what is left.
 */
export function WordsToLeaveOut({ words, hrefFor }: { words: { word: string; q: string; count: number }[]; hrefFor: (q: string) => string }) {
  const { t } = useTranslation();
  return (
    <>
      {t("search.empty.leaveOut")}
      <QueryLinks className="mt-1" links={words.map((variant) => ({ key: variant.word, to: hrefFor(variant.q), label: t("search.empty.without", { word: variant.word, count: variant.count }) }))} />
    </>
  );
}

/** Other searches to try, as a row of links (related searches; the query with a word left out). */
function QueryLinks({ links, className = "" }: { links: { key: string; to: string; label: string }[]; className?: string }) {
  return (
    <ul className={`${className} flex flex-wrap gap-x-4 gap-y-1`}>
      {links.map((link) => (
        <li key={link.key}>
          <Link to={link.to} className="break-words text-brand-700 underline [overflow-wrap:anywhere]"><MixedText text={link.label} /></Link>
        </li>
      ))}
    </ul>
  );
}

/** `filters` grouped by their parameter, in the order each parameter first appears. */
function groupedByParam<Filter extends { param: string }>(filters: readonly Filter[]): Filter[][] {
  const groups = new Map<string, Filter[]>();
  for (const filter of filters) groups.set(filter.param, [...(groups.get(filter.param) ?? []), filter]);
  return [...groups.values()];
}

function NoResults({
  kind,
  data,
  chips,
  chipLabel,
  namedFilterLinks,
}: {
  kind: BrowseKind;
  data: BrowseData;
  chips: ActiveFilter[];
  chipLabel: (chip: ActiveFilter) => string;
  /** The filters the query's words name (首台套, 低空应用), with their counts: what the user most likely wants. */
  namedFilterLinks: { key: string; to: string; label: string }[];
}) {
  const { t } = useTranslation();
  const { state } = data;
  // "东港区（去掉后 3 个结果）": what removing the filter would list, where the server counted it.
  const removalCount = (chip: ActiveFilter) => data.filterRemovals.find((removal) => removal.href === chip.href)?.count;
  const removalText = (chip: ActiveFilter) => {
    const count = removalCount(chip);
    return count === undefined ? chipLabel(chip) : t("search.empty.removal", { label: chipLabel(chip), count });
  };
  const removalLabel = (chip: ActiveFilter) => t("search.remove", { label: removalText(chip) });
  // A filter the words name that is applied already is offered as the page without those words — the page that
  // removing the words, or leaving that word out, also opens: each page is offered once, as the named filter.
  const namedPages = new Set(namedFilterLinks.map((link) => link.to));
  const leaveOutHref = (q: string) => browseHref(kind, { ...state, q, page: 1 });
  // A removal that would find nothing either is not offered: it only leads to another empty page (a QA review found
  // every line of the help reading "0 results without it" for filters that exclude each other).
  const removable = chips.filter((chip) => !namedPages.has(chip.href) && removalCount(chip) !== 0);
  const wordsToLeaveOut = data.wordsToLeaveOut.filter((variant) => !namedPages.has(leaveOutHref(variant.q)));
  // The words find records, the filters leave none: the advice is about the filters, not the spelling.
  const { wordsAlone } = data;
  if (isPastLastPage({ page: state.page, pageCount: data.pageCount, total: data.total })) {
    // Past the last page (an old link, or ?page=999).
    return <PageOutOfRange total={data.total} pageCount={data.pageCount} hrefFor={(page) => browseHref(kind, { ...state, page })} />;
  }
  return (
    // The query is quoted in the heading and the links: a long word without spaces must wrap, not widen the page.
    <div className="rounded-lg bg-white p-6 shadow [overflow-wrap:anywhere]">
      <h3 className="text-lg font-semibold">
        {wordsAlone ? (
          <MixedText text={t("search.empty.titleFiltered", { q: queryAsQuoted(state.q), count: wordsAlone.count })} />
        ) : state.q && namedFilterLinks.length > 0 ? (
          // The words are spelt right — they name a filter, which records hold as a field, not in their text.
          <MixedText text={t("search.empty.titleNamesFilter", { q: queryAsQuoted(state.q) })} />
        ) : state.q ? (
          <MixedText text={t("search.empty.titleFor", { q: queryAsQuoted(state.q) })} />
        ) : (
          t("search.empty.title")
        )}
      </h3>
      <p className="mt-2 text-slate-800">{t("search.empty.help")}</p>
      <ul className="mt-1 list-disc space-y-1 pl-6 text-slate-800">
        {namedFilterLinks.length > 0 ? (
          <li>
            {t("search.empty.namedFilters")}
            <QueryLinks className="mt-1" links={namedFilterLinks} />
          </li>
        ) : null}
        {data.withoutQuotes ? (
          <li>
            {t("search.empty.withoutQuotes")}
            <Link to={browseHref(kind, { ...state, q: data.withoutQuotes.q, page: 1 })} className="break-words text-brand-700 underline [overflow-wrap:anywhere]">
              <MixedText text={t("search.empty.withoutQuotesQuery", { q: data.withoutQuotes.q, count: data.withoutQuotes.count })} />
            </Link>
          </li>
        ) : null}
        {wordsToLeaveOut.length > 0 ? (
          <li>
            <WordsToLeaveOut words={wordsToLeaveOut} hrefFor={leaveOutHref} />
          </li>
        ) : null}
        {state.q && !wordsAlone && namedFilterLinks.length === 0 ? (
          <>
            <li>{t("search.empty.spelling")}</li>
            <li>{t("search.empty.fewerWords")}</li>
          </>
        ) : null}
        {wordsAlone?.linked ? (
          <li>
            <Link to={wordsAlone.href} className="text-brand-700 underline">
              <MixedText text={t("search.empty.keywordsOnly", { q: queryAsQuoted(state.q), count: wordsAlone.count })} />
            </Link>
          </li>
        ) : null}
        {removable.length > 0 ? (
          <li>
            {t("search.empty.removeFilters")}
            <ul className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
              {removable.map((chip) => (
                <li key={`${chip.type}-${"param" in chip ? chip.param : ""}-${chip.value}`}>
                  <Link to={chip.href} className="text-brand-700 underline" aria-label={removalLabel(chip)}>
                    {removalText(chip)}
                  </Link>
                </li>
              ))}
            </ul>
          </li>
        ) : null}
        <li>
          <Link to={BROWSE_CONFIG[kind].pathname} className="text-brand-700 underline">{t(`search.${kind}.browseAll`)}</Link>
        </li>
      </ul>
    </div>
  );
}
