/**
 * The faceted browse pages (/scenarios, /solutions) as data: what the URL says, what the engine is asked,
 * and the links that change one thing. Pure and shared by server and browser, so every state of a page is
 * a plain link (shareable, back/forward works) and the browser can show a pending state before the server
 * answers.
 *
 * - Within a facet, several values mean OR (`district=LANSHAN&district=JUXIAN`); different facets mean AND.
 * - Facet counts are disjunctive: a facet's counts use every filter except its own, so a user sees how many
 *   results each other value would add (browse.server.ts runs these queries in one multiSearch).
 * - Parsing never throws: unknown parameters and bad values are dropped, `q` is cleaned and capped, `page`
 *   is clamped — any URL renders a page. An amount the page cannot use is dropped too, but the page says so
 *   next to its box and keeps it there as typed (readAmounts).
 */
import { z } from "zod";
import { en } from "~/locales/en";
import { zh } from "~/locales/zh";
import { DISTRICTS, ENTERPRISE_TIERS, FIRM_QUALIFICATIONS } from "~/modules/orgs/districts";
import { PUBLIC_SCENARIO_STATUSES } from "~/modules/scenarios/scenario-transitions";
import { FIRST_UNIT_TYPES, SCENARIO_MODES } from "~/modules/scenarios/scenarios.schema";
import { ENGLISH_STOP_WORDS, MATURITY_STAGES, MONEY_BANDS, SCENARIO_INDEX, SOLUTION_INDEX, type IndexName, type ScenarioSortField, type SolutionSortField } from "./indexes";
import type { FilterTree, Highlight, SearchQuery, SortClause } from "./search-engine";
import { findWord, hasSearchableWords, withoutFormatCharacters, wordBoundaries, type ChineseSegmenter } from "./tokenizer";
import { excludedSpans, readQuerySyntax } from "./query-syntax";
import { ungroupDigits, ungroupWan } from "~/utils/validation";

export type BrowseKind = "scenarios" | "solutions";

/** Longer queries are cut (Meilisearch reads only the first 10 words anyway). */
export const MAX_QUERY_LENGTH = 100;
/**
 * What a search box takes: five times what is searched, so a longer query (a pasted paragraph) reaches the server,
 * which cuts it at a word and says so (cleanQuery, queryWasShortened), instead of the browser cutting it silently.
 * The cap only keeps a pasted page of text out of the URL.
 */
export const QUERY_BOX_MAX_LENGTH = MAX_QUERY_LENGTH * 5;
export const BROWSE_PAGE_SIZE = 20;
/** 50 pages × 20 = 1,000 hits, Meilisearch's default `maxTotalHits`; deeper pages are empty. */
export const MAX_PAGE = 50;
/** More selected values than this in one facet is not a person clicking. */
const MAX_VALUES_PER_FACET = 20;
/**
 * The largest amount the boxes take, in 万元 (100 billion CNY, 100,000 million): the scenario form's own
 * maximum; the solution form's is lower (1,000,000), so no record lies above it.
 */
export const MAX_AMOUNT = 10_000_000;
/** 1 million CNY is 100 万元. */
export const WAN_PER_MILLION = 100;
const DAY = 24 * 60 * 60 * 1000;

/** Public statuses past bidding (the "finished" deadline bucket). */
export const FINISHED_SCENARIO_STATES = PUBLIC_SCENARIO_STATUSES.filter((status) => status !== "PUBLISHED");
export const DEADLINE_BUCKETS = ["open", "30d", "90d", "finished"] as const;
export type DeadlineBucket = (typeof DEADLINE_BUCKETS)[number];
export const FIRST_UNIT_STATES = ["RECOGNISED", "APPLYING"] as const;
export const TRL_LEVELS = [1, 2, 3, 4, 5, 6, 7, 8, 9] as const;
const MONEY_BAND_CODES = MONEY_BANDS.map((band) => band.code);
const MATURITY_CODES = MATURITY_STAGES.map((stage) => stage.code);
/** Category codes as the category form allows them. */
const CATEGORY_CODE = /^[A-Z][A-Z0-9_]{1,29}$/;
const STOP_WORDS: ReadonlySet<string> = new Set(ENGLISH_STOP_WORDS);

export type FacetSpec = {
  /** The URL parameter, also the facet's name on the page. */
  param: string;
  /** The index field it filters and counts. */
  field: string;
  /** Values it may take, in display order; `null`: codes from the database (categories). */
  values: readonly string[] | null;
  /** A boolean field shown as one "yes" checkbox. */
  boolean?: true;
  /**
   * Values that nest: every “小巨人” firm is 专精特新 as well, so ticking both lists the 专精特新 ones. A value named in
   * the query replaces the facet's selection instead of joining it, and two are never offered together.
   */
  nested?: true;
};

export const SORTS = {
  scenarios: ["relevance", "newest", "deadline", "budget"],
  solutions: ["relevance", "newest", "trl", "price"],
} as const;
export type SortKey = (typeof SORTS)[BrowseKind][number];

/**
 * Each page's sorts as sort clauses on the fields its index may sort by (indexes.ts), so a typo does not compile.
 * The engines rank by the clauses first and by relevance within equal values (search-engine.ts).
 */
const SORT_CLAUSES: {
  scenarios: Record<(typeof SORTS)["scenarios"][number], readonly (SortClause & { field: ScenarioSortField })[]>;
  solutions: Record<(typeof SORTS)["solutions"][number], readonly (SortClause & { field: SolutionSortField })[]>;
} = {
  scenarios: {
    // Scenarios still taking bids first, the most relevant first among them; then the ended ones, by relevance
    // too: a firm looking for work wants what it can still bid on (QA review).
    relevance: [{ field: "openForBids", direction: "desc" }],
    newest: [{ field: "publishedAt", direction: "desc" }],
    // Soonest first among the scenarios still open for bids, then the finished ones (whose deadlines are
    // past, so by the deadline alone they would all come first).
    deadline: [
      { field: "openForBids", direction: "desc" },
      { field: "deadline", direction: "asc" },
    ],
    budget: [{ field: "budgetMax", direction: "desc" }],
  },
  solutions: {
    relevance: [],
    newest: [{ field: "publishedAt", direction: "desc" }],
    trl: [{ field: "trl", direction: "desc" }],
    price: [{ field: "priceMin", direction: "asc" }],
  },
};

/** The sort clauses of a page's sort (none for a sort the page does not offer). */
export function sortClauses(kind: BrowseKind, sort: SortKey): SortClause[] {
  const clauses: Partial<Record<SortKey, readonly SortClause[]>> = SORT_CLAUSES[kind];
  return [...(clauses[sort] ?? [])];
}

type BrowseConfig = {
  kind: BrowseKind;
  index: IndexName;
  pathname: string;
  facets: FacetSpec[];
  /**
   * The from–to amount filter (万元): overlaps the record's own min–max range. `from`/`to` are the URL's
   * parameters, in 万元; `fromMillion`/`toMillion` are what the English page's boxes send, in millions of CNY
   * (the unit its cards and bands read in), turned into 万元 when parsed and never written into a link.
   */
  range: { from: string; to: string; fromMillion: string; toMillion: string; minField: string; maxField: string };
  /** Scenarios: the deadline buckets. */
  deadline: boolean;
  /** Solutions: the minimum TRL. */
  trlMin: boolean;
  /**
   * Old parameter names (of the database-backed pages) that still work in shared links: may add facet
   * values to `facets`; returns other parameters to add.
   */
  legacy: (params: URLSearchParams, facets: Record<string, string[]>) => Record<string, string[]>;
};

export const BROWSE_CONFIG: Record<BrowseKind, BrowseConfig> = {
  scenarios: {
    kind: "scenarios",
    index: SCENARIO_INDEX,
    pathname: "/scenarios",
    facets: [
      { param: "category", field: "category", values: null },
      { param: "district", field: "district", values: DISTRICTS },
      { param: "mode", field: "mode", values: SCENARIO_MODES },
      { param: "firstUnit", field: "firstUnitTypes", values: FIRST_UNIT_TYPES },
      { param: "budget", field: "budgetBands", values: MONEY_BAND_CODES },
      { param: "status", field: "status", values: PUBLIC_SCENARIO_STATUSES },
    ],
    range: { from: "budgetFrom", to: "budgetTo", fromMillion: "budgetFromMillion", toMillion: "budgetToMillion", minField: "budgetMin", maxField: "budgetMax" },
    deadline: true,
    trlMin: false,
    legacy: (params): Record<string, string[]> => (params.get("open") === "1" && !params.get("deadline") ? { deadline: ["open"] } : {}),
  },
  solutions: {
    kind: "solutions",
    index: SOLUTION_INDEX,
    pathname: "/solutions",
    facets: [
      { param: "category", field: "category", values: null },
      { param: "district", field: "district", values: DISTRICTS },
      { param: "tier", field: "tier", values: ENTERPRISE_TIERS },
      { param: "qualification", field: "firmQualifications", values: FIRM_QUALIFICATIONS, nested: true },
      { param: "maturity", field: "maturity", values: MATURITY_CODES },
      { param: "firstUnitType", field: "firstUnitType", values: FIRST_UNIT_TYPES },
      { param: "firstUnitStatus", field: "firstUnitStatus", values: FIRST_UNIT_STATES },
      { param: "price", field: "priceBands", values: MONEY_BAND_CODES },
      { param: "independentInnovation", field: "independentInnovation", values: ["1"], boolean: true },
      { param: "seekingInvestment", field: "seekingInvestment", values: ["1"], boolean: true },
    ],
    range: { from: "priceFrom", to: "priceTo", fromMillion: "priceFromMillion", toMillion: "priceToMillion", minField: "priceMin", maxField: "priceMax" },
    deadline: false,
    trlMin: true,
    legacy: (params, facets) => {
      if (params.get("recognised") === "1") facets.firstUnitStatus = [...(facets.firstUnitStatus ?? []), "RECOGNISED"];
      return {};
    },
  },
};

export type BrowseState = {
  q: string;
  /** param → selected values (only facets with a selection). */
  facets: Record<string, string[]>;
  from: number | null;
  to: number | null;
  deadline: DeadlineBucket | null;
  trlMin: number | null;
  /** The sort the user chose; null means the default (relevance with words, newest without). */
  sort: SortKey | null;
  page: number;
};

// ---------------------------------------------------------------------------------------------------------
// URL → state

/**
 * Control characters and line separators become spaces; invisible format characters (zero-width spaces and joiners,
 * the soft hyphen, direction marks, BOM) are left out, as the index leaves them out of a record's words (tokenizer.ts,
 * normalizeText): a record's own text pasted into the box finds it, and so does 无\u200B人机 typed or pasted for 无人机.
 */
function collapseQuery(value: string): string {
  // eslint-disable-next-line no-control-regex
  return withoutFormatCharacters(value).replace(/[\u0000-\u001F\u007F-\u009F\u2028\u2029]/g, " ").replace(/\s+/g, " ").trim();
}

/** How far back from the cut a space is looked for, so that a long query is not cut inside a word. */
const CUT_AT_SPACE_WITHIN = 20;

/**
 * Removes control characters and collapses white space; keeps at most MAX_QUERY_LENGTH characters, cut at
 * the last space before the limit when there is one near it ("… drone drone dron" searched for "dron").
 */
export function cleanQuery(value: string): string {
  const chars = Array.from(collapseQuery(value));
  if (chars.length <= MAX_QUERY_LENGTH) return chars.join("");
  const kept = chars.slice(0, MAX_QUERY_LENGTH);
  const space = chars[MAX_QUERY_LENGTH] === " " ? MAX_QUERY_LENGTH : kept.lastIndexOf(" ");
  return (space >= MAX_QUERY_LENGTH - CUT_AT_SPACE_WITHIN ? kept.slice(0, space) : kept).join("").trim();
}

/** Whether the URL's query was longer than a search reads (cleanQuery cut it): the page says so. */
export function queryWasShortened(params: URLSearchParams): boolean {
  return Array.from(collapseQuery(params.get("q") ?? "")).length > MAX_QUERY_LENGTH;
}

const first = z.array(z.string()).transform((values) => values[0]);

/** Why an amount box's text was not used as a filter (the page says so next to the box). */
export type AmountProblem = "notNumber" | "negative" | "tooLarge" | "tooPrecise";

/**
 * One amount as typed: 万元, whole (the Chinese page's boxes), or millions of CNY with at most two decimals
 * (the English page's: "0.5" → 50 万元; 0.01 million is 1 万元, the smallest unit). Full-width digits and
 * minus are read as such. Null when empty.
 */
export function readAmount(text: string, inMillions: boolean): { wan: number } | { problem: AmountProblem } | null {
  // "1,000" is a thousand; full-width digits and "−" as ASCII; in a 万元 box "100万" is 100 (万元).
  const value = inMillions ? ungroupDigits(text) : ungroupWan(text);
  if (!value) return null;
  const parts = /^(-?)(\d*)(?:\.(\d*))?$/.exec(value);
  if (!parts || (!parts[2] && !parts[3])) return { problem: "notNumber" };
  if (parts[1]) return { problem: "negative" };
  const decimals = (parts[3] ?? "").replace(/0+$/, "");
  if (decimals.length > (inMillions ? 2 : 0)) return { problem: "tooPrecise" };
  const whole = Number(parts[2] || "0");
  const wan = inMillions ? whole * WAN_PER_MILLION + Number(decimals.padEnd(2, "0")) : whole;
  return wan > MAX_AMOUNT ? { problem: "tooLarge" } : { wan };
}

/**
 * An amount the page could not use: the text as it came (`text`), why, and whether it was in millions of CNY
 * (the English boxes) or in 万元 (the Chinese boxes and links) — a Chinese page's link opened in English
 * brings 万元 to a page whose boxes take millions, and the message must speak of the unit the text was in.
 */
export type UnusableAmount = { text: string; problem: AmountProblem; inMillions: boolean };

/** The amount boxes' text that the page could not use, kept to show in the box (`text`) with why. */
export type AmountInput = {
  from?: UnusableAmount;
  to?: UnusableAmount;
  /** "From" was more than "to": the two were swapped (the page says so). */
  swapped: boolean;
};

/**
 * The URL's amount range in 万元. Each end comes from its 万元 parameter (links) or, without one, from the
 * millions one (the English boxes); the first non-empty value counts. An end that is not a usable amount is
 * left out (the rest of the search still applies) and reported in `input`; a reversed range is swapped.
 */
export function readAmounts(kind: BrowseKind, params: URLSearchParams): { from: number | null; to: number | null; input: AmountInput } {
  const range = BROWSE_CONFIG[kind].range;
  const input: AmountInput = { swapped: false };
  const read = (end: "from" | "to") => {
    const firstOf = (name: string) => params.getAll(name).find((value) => value.trim() !== "");
    const wanText = firstOf(range[end]);
    const text = wanText ?? firstOf(end === "from" ? range.fromMillion : range.toMillion);
    if (text === undefined) return null;
    const inMillions = wanText === undefined;
    const amount = readAmount(text, inMillions);
    if (amount && "problem" in amount) {
      input[end] = { text: text.trim().slice(0, 100), problem: amount.problem, inMillions };
      return null;
    }
    return amount?.wan ?? null;
  };
  let from = read("from");
  let to = read("to");
  if (from !== null && to !== null && from > to) {
    [from, to] = [to, from];
    input.swapped = true;
  }
  return { from, to, input };
}

/** Whether an amount box sent what is no amount the page can use: bad input, which the page answers with 400. */
export function amountInputRefused(input: AmountInput): boolean {
  return Boolean(input.from || input.to);
}

/** Whether the amount boxes sent anything the page reports (a bad amount, a reversed range). */
export function amountInputReported(input: AmountInput): boolean {
  return amountInputRefused(input) || input.swapped;
}

function facetValues(spec: FacetSpec) {
  const allowed = spec.values === null ? (value: string) => CATEGORY_CODE.test(value) : (value: string) => spec.values!.includes(value);
  return z
    .array(z.string())
    .transform((values) => [...new Set(values.map((value) => value.trim()).filter(allowed))].slice(0, MAX_VALUES_PER_FACET))
    .catch([]);
}

/**
 * The zod schema of one page's URL state, but for the amount range (readAmounts). Its input is every known
 * parameter as the list of its values, the facets' under `facets` (see `parseBrowseState`).
 */
export function browseStateSchema(kind: BrowseKind) {
  const config = BROWSE_CONFIG[kind];
  const facetShape: Record<string, z.ZodType<string[] | undefined>> = Object.fromEntries(config.facets.map((spec) => [spec.param, facetValues(spec).optional()]));
  return z
    .object({
      q: first.transform((value) => cleanQuery(value ?? "")).catch(""),
      facets: z.object(facetShape).catch({}),
      deadline: first.pipe(z.enum(DEADLINE_BUCKETS)).nullable().catch(null).optional(),
      trlMin: first
        .pipe(z.string().regex(/^[1-9]$/))
        .transform(Number)
        .nullable()
        .catch(null)
        .optional(),
      sort: first.pipe(z.enum(SORTS[kind] as readonly SortKey[] as [SortKey, ...SortKey[]])).nullable().catch(null).optional(),
      page: first
        .pipe(z.string().trim().regex(/^\d{1,12}$/))
        .transform((value) => Math.min(MAX_PAGE, Math.max(1, Number(value))))
        .catch(1)
        .optional(),
    })
    .transform((raw): BrowseState => {
      const selected: Record<string, string[]> = {};
      for (const spec of config.facets) {
        const values = raw.facets[spec.param];
        if (values && values.length > 0) selected[spec.param] = values;
      }
      const q = raw.q;
      let sort = raw.sort ?? null;
      // Without words to search for (none, or only 的, "the", emoji: searchesWords) there is no relevance, and
      // newest is the default anyway.
      if ((sort === "relevance" || sort === "newest") && !ranksByRelevance({ q })) sort = null;
      return {
        q,
        facets: selected,
        // The amount range is read by readAmounts (parseBrowseState), which also says what was wrong with it.
        from: null,
        to: null,
        deadline: config.deadline ? (raw.deadline ?? null) : null,
        trlMin: config.trlMin ? (raw.trlMin ?? null) : null,
        sort,
        page: raw.page ?? 1,
      };
    });
}

/** The page's state from its URL; never throws. */
export function parseBrowseState(kind: BrowseKind, params: URLSearchParams): BrowseState {
  return readBrowseRequest(kind, params).state;
}

/**
 * A search page's URL read once: its state (parseBrowseState), what the amount boxes sent that the page reports
 * (readAmounts), and whether the typed query was cut (queryWasShortened) — what the page's loader needs.
 */
export function readBrowseRequest(
  kind: BrowseKind,
  params: URLSearchParams,
): { state: BrowseState; amountInput: AmountInput; queryShortened: boolean; searchedInsteadOf: string | null; asTyped: boolean } {
  const config = BROWSE_CONFIG[kind];
  const facetParams = new Set(config.facets.map((spec) => spec.param));
  const renamed: Record<string, string> = { q: "q", deadline: "deadline", trlMin: "trlMin", sort: "sort", page: "page" };
  // Only known names are read (a parameter called "__proto__" or "constructor" is just ignored).
  const raw: Record<string, string[]> = Object.create(null);
  const facets: Record<string, string[]> = Object.create(null);
  for (const [key, value] of params) {
    if (value === "") continue;
    const target = facetParams.has(key) ? facets : Object.hasOwn(renamed, key) ? raw : null;
    const name = facetParams.has(key) ? key : renamed[key];
    if (!target || !name) continue;
    (target[name] ??= []).push(value.slice(0, 1000));
  }
  const parsed = browseStateSchema(kind).safeParse({ ...raw, ...config.legacy(params, facets), facets });
  const { from, to, input } = readAmounts(kind, params);
  const state: BrowseState = { ...(parsed.success ? parsed.data : emptyState()), from, to };
  return {
    state,
    amountInput: input,
    queryShortened: queryWasShortened(params),
    searchedInsteadOf: readSearchedInsteadOf(params),
    asTyped: state.q !== "" && cleanQuery(params.get(AS_TYPED_PARAM) ?? "") === state.q,
  };
}

/**
 * The parameter of a page that searches a suggestion because the words typed found nothing: the words typed,
 * which the page names ("没有找到与“inspect”相关的结果，已为您显示“inspection”的结果"). Read as a claim to check,
 * not a fact: the page shows it only where those words' suggestion is what it searched and it found something
 * (answerBrowseRequest in browse.server.ts). Only ever shown as text; cut like a query.
 */
const SEARCHED_INSTEAD_OF_PARAM = "typed";
/**
 * The words as typed, never replaced by their suggestion: the link back from a page that searched instead. Its value
 * is the words, so that the search form (a hidden field) and the page links keep it while they search the same words,
 * and it means nothing once other words are searched.
 */
const AS_TYPED_PARAM = "asTyped";

/** The address of the words' own results, from a page that searched their suggestion instead. */
export function searchAsTyped(kind: BrowseKind, state: BrowseState, typed: string): string {
  return withAsTyped(browseHref(kind, { ...state, q: typed, page: 1 }), typed);
}

/** `href` kept to the words as typed (AS_TYPED_PARAM) where `asTyped` names them, as it is. */
export function withAsTyped(href: string, asTyped: string | null | undefined): string {
  return asTyped ? withParams(href, new URLSearchParams({ [AS_TYPED_PARAM]: asTyped })) : href;
}

/** The name of the search form's hidden field that keeps the words as typed (AS_TYPED_PARAM). */
export const AS_TYPED_FIELD = AS_TYPED_PARAM;

function readSearchedInsteadOf(params: URLSearchParams): string | null {
  const typed = cleanQuery(params.get(SEARCHED_INSTEAD_OF_PARAM) ?? "");
  return typed === "" ? null : typed;
}

/** `href` with `params` added after its own (a browse link has a query string, or none). */
function withParams(href: string, params: URLSearchParams): string {
  const added = params.toString();
  return added === "" ? href : `${href}${href.includes("?") ? "&" : "?"}${added}`;
}

/**
 * Where a search page goes instead of showing its words' results: the first page of its suggestion under the same
 * filters, naming the words typed — when the words found nothing and the suggestion finds something (it is offered
 * only then), or when the suggestion finds more than the words do. The search pages go there at once rather than
 * offer "did you mean" on an empty page (a QA review: "inspect", "monitored" found nothing and offered one link);
 * and the engine's typo tolerance finds a misspelt word only as written in English records, without the glossary's
 * Chinese (a QA review: once one English record said "inspection", "inspecton" showed it alone instead of the
 * fourteen the correction finds). The page then names how few the words found, with a link to them that is not
 * searched instead (searchAsTyped). Null (show the page, with the link) for a suggestion
 * that only guesses (`suggestionSearchedInstead` false: a completion, "Pre-A" → "prediction-A"), from a page that
 * already searched instead, from one the engine refused, and from one with something else to say about the
 * address (an amount it could not use, a reversed range, a query cut short, filter values it could not use),
 * which a new address would lose.
 */
export function searchInsteadHref(
  kind: BrowseKind,
  result: { state: BrowseState; total: number; error: string | null; suggestion: string | null; suggestionSearchedInstead: boolean; suggestionCount: number },
  fromAddress: { searchedInsteadOf: string | null; asTyped: boolean; amountInput: AmountInput; queryShortened: boolean; ignoredFilters: readonly IgnoredFilterValue[] },
): string | null {
  if (result.error || !result.suggestion || !result.suggestionSearchedInstead || fromAddress.searchedInsteadOf || fromAddress.asTyped) return null;
  // With results, only from the first page (a later one is the words' results, paged through) and for more.
  if (result.total > 0 && (result.state.page !== 1 || result.suggestionCount <= result.total)) return null;
  if (amountInputReported(fromAddress.amountInput) || fromAddress.queryShortened || fromAddress.ignoredFilters.length > 0) return null;
  const { state } = result;
  return withParams(browseHref(kind, { ...state, q: result.suggestion, page: 1 }), new URLSearchParams({ [SEARCHED_INSTEAD_OF_PARAM]: state.q }));
}

/** A value of an address's filter the page could not use, as the address wrote it (cut to 40 characters). */
export type IgnoredFilterValue = { param: string; value: string };
/** More than a page would name; a link with more is no one's typing. */
const MAX_IGNORED = 100;

/**
 * The filter values of an address that the page's state left out: a category a reviewer has since retired, a
 * code mistyped by hand (BIOMEDICINE, independentInnovation=true), a deadline on /solutions, which has none. The
 * page says so (a QA review found them dropped without a word, so a shared link silently showed everything).
 * `state` is the state the page searched (known categories only). Amounts are said by readAmounts. Each once, in the
 * order of the address; the page names a few and counts the rest.
 */
export function ignoredFilterValues(kind: BrowseKind, params: URLSearchParams, state: BrowseState): IgnoredFilterValue[] {
  const config = BROWSE_CONFIG[kind];
  const ignored: IgnoredFilterValue[] = [];
  const note = (param: string, value: string) => {
    const shown = Array.from(value).slice(0, 40).join("");
    if (ignored.length < MAX_IGNORED && !ignored.some((item) => item.param === param && item.value === shown)) ignored.push({ param, value: shown });
  };
  for (const spec of config.facets) {
    for (const value of params.getAll(spec.param).map((one) => one.trim())) {
      if (value !== "" && !(state.facets[spec.param] ?? []).includes(value)) note(spec.param, value);
    }
  }
  // A filter of the other list (企业层级 on /scenarios, 模式 on /solutions: a link edited by hand, or copied across)
  // is none of this page's: said, not silently dropped.
  const own = new Set(config.facets.map((spec) => spec.param));
  for (const other of Object.values(BROWSE_CONFIG)) {
    if (other === config) continue;
    for (const spec of other.facets) {
      if (own.has(spec.param)) continue;
      for (const value of params.getAll(spec.param).map((one) => one.trim())) if (value !== "") note(spec.param, value);
    }
  }
  // Read from the state, not by the parsing rules again: a value the state does not hold was left out. The order
  // is the exception: "relevance" without words to rank by is a known order the state drops on purpose.
  const used: Record<string, (value: string) => boolean> = {
    deadline: () => state.deadline !== null,
    trlMin: () => state.trlMin !== null,
    sort: (value) => (SORTS[kind] as readonly string[]).includes(value),
  };
  for (const [param, isUsed] of Object.entries(used)) {
    const value = params.get(param)?.trim();
    if (value && !isUsed(value)) note(param, value);
  }
  return ignored;
}

export function emptyState(): BrowseState {
  return { q: "", facets: {}, from: null, to: null, deadline: null, trlMin: null, sort: null, page: 1 };
}

/**
 * Whether the state's words search for something. A query of nothing but function words, punctuation or
 * emoji ("的", "the", "🙂") finds every record, like no query (hasSearchableWords): the page then lists
 * newest first, offers no "relevance" order, and says that the words were not searched for.
 */
export function searchesWords(state: Pick<BrowseState, "q">): boolean {
  return state.q !== "" && hasSearchableWords(state.q, STOP_WORDS);
}

/**
 * Whether relevance can order the results: the query has words to search for besides those after a minus
 * (query-syntax.ts). "-无人机" alone searches — it leaves records out — but ranks nothing, so it is listed newest
 * first like an empty query (a QA review found it in id order under "relevance").
 */
export function ranksByRelevance(state: Pick<BrowseState, "q">): boolean {
  return searchesWords(state) && hasSearchableWords(readQuerySyntax(state.q).text, STOP_WORDS);
}

export function effectiveSort(state: BrowseState): SortKey {
  return state.sort ?? (ranksByRelevance(state) ? "relevance" : "newest");
}

/** Whether anything narrows the results (words or filters). */
export function hasFilters(state: BrowseState): boolean {
  return Object.keys(state.facets).length > 0 || state.from !== null || state.to !== null || state.deadline !== null || state.trlMin !== null;
}

// ---------------------------------------------------------------------------------------------------------
// State → search queries

/** The deadline buckets as filters: open now, closing within 30/90 days, finished (closed or past its deadline). */
export function deadlineFilter(bucket: DeadlineBucket, now: number): FilterTree {
  const published: FilterTree = { field: "status", eq: "PUBLISHED" };
  switch (bucket) {
    case "open":
      return { and: [published, { field: "deadline", range: { gte: now + 1 } }] };
    case "30d":
      return { and: [published, { field: "deadline", range: { gte: now + 1, lte: now + 30 * DAY } }] };
    case "90d":
      return { and: [published, { field: "deadline", range: { gte: now + 1, lte: now + 90 * DAY } }] };
    case "finished":
      return { or: [{ field: "status", in: [...FINISHED_SCENARIO_STATES] }, { and: [published, { field: "deadline", range: { lte: now } }] }] };
  }
}

/**
 * Every filter of the state as one tree; `except` leaves out one facet (its param) or "deadline", for that
 * facet's disjunctive counts. Undefined when nothing filters.
 */
export function browseFilter(kind: BrowseKind, state: BrowseState, now: number, except?: string): FilterTree | undefined {
  const config = BROWSE_CONFIG[kind];
  const clauses: FilterTree[] = [];
  // The index holds only public scenarios; the filter says so once more.
  if (kind === "scenarios") clauses.push({ field: "status", in: [...PUBLIC_SCENARIO_STATUSES] });
  for (const spec of config.facets) {
    const values = state.facets[spec.param];
    if (!values?.length || spec.param === except) continue;
    if (spec.boolean) clauses.push({ field: spec.field, eq: true });
    else clauses.push(values.length === 1 ? { field: spec.field, eq: values[0]! } : { field: spec.field, in: values });
  }
  // A wanted amount range matches records whose own range overlaps it.
  if (state.from !== null) clauses.push({ field: config.range.maxField, range: { gte: state.from } });
  if (state.to !== null) clauses.push({ field: config.range.minField, range: { lte: state.to } });
  if (config.trlMin && state.trlMin !== null) clauses.push({ field: "trl", range: { gte: state.trlMin } });
  if (config.deadline && state.deadline && except !== "deadline") clauses.push(deadlineFilter(state.deadline, now));
  if (clauses.length === 0) return undefined;
  return clauses.length === 1 ? clauses[0] : { and: clauses };
}

/** The results query: words, every filter, sort, page, highlighted title and summary. */
export function browseQuery(kind: BrowseKind, state: BrowseState, now: number, pageSize = BROWSE_PAGE_SIZE): SearchQuery {
  const sort = effectiveSort(state);
  const filter = browseFilter(kind, state, now);
  return {
    // Words with nothing to search for are not sent: the embedded engine would look for 的 in every record
    // and Meilisearch drop it, so both list everything, as the page says (searchesWords).
    ...(searchesWords(state) ? { q: state.q } : {}),
    ...(filter ? { filter } : {}),
    ...(sortClauses(kind, sort).length > 0 ? { sort: sortClauses(kind, sort) } : {}),
    page: state.page,
    pageSize,
    highlight: ["title", "summary", "tags"],
  };
}

export type PlannedQuery =
  | { role: "results"; query: { index: IndexName } & SearchQuery }
  | { role: "facet"; param: string; query: { index: IndexName } & SearchQuery }
  | { role: "deadline"; bucket: DeadlineBucket; query: { index: IndexName } & SearchQuery };

/** A filter that leaves out withdrawn records the index may still hold (their sync is still pending). */
export function withdrawnFilter(ids: readonly string[]): FilterTree | undefined {
  return ids.length === 0 ? undefined : { not: { field: "id", in: [...ids] } };
}

/**
 * The queries of one page view, for one multiSearch: the results (with the counts of every facet nobody
 * selected a value of — for those, "all filters" and "all but its own" are the same), one query per facet
 * with a selection (all filters but its own), and for scenarios one count per deadline bucket. `withdrawn`
 * records (ids) are left out of every query, so neither hits nor counts include them.
 */
export function planBrowse(kind: BrowseKind, state: BrowseState, now: number, options: { pageSize?: number; withdrawn?: readonly string[] } = {}): PlannedQuery[] {
  const config = BROWSE_CONFIG[kind];
  const index = config.index;
  const q = searchesWords(state) ? { q: state.q } : {};
  const exclusion = withdrawnFilter(options.withdrawn ?? []);
  const filtered = (filter: FilterTree | undefined) => {
    const combined = filter && exclusion ? { and: [filter, exclusion] } : (filter ?? exclusion);
    return combined ? { filter: combined } : {};
  };
  const counting = { page: 1, pageSize: 0 }; // counts only: no hits are ranked or sent
  const results = browseQuery(kind, state, now, options.pageSize ?? BROWSE_PAGE_SIZE);
  const plan: PlannedQuery[] = [
    {
      role: "results",
      query: { index, ...results, ...filtered(results.filter), facets: config.facets.filter((spec) => !state.facets[spec.param]?.length).map((spec) => spec.field) },
    },
  ];
  for (const spec of config.facets) {
    if (!state.facets[spec.param]?.length) continue;
    plan.push({ role: "facet", param: spec.param, query: { index, ...q, ...filtered(browseFilter(kind, state, now, spec.param)), facets: [spec.field], ...counting } });
  }
  if (config.deadline) {
    const others = browseFilter(kind, state, now, "deadline");
    for (const bucket of DEADLINE_BUCKETS) {
      const filter: FilterTree = others ? { and: [others, deadlineFilter(bucket, now)] } : deadlineFilter(bucket, now);
      plan.push({ role: "deadline", bucket, query: { index, ...q, ...filtered(filter), ...counting } });
    }
  }
  return plan;
}

// ---------------------------------------------------------------------------------------------------------
// State → URL

/** The query string of a state ("" or "?…"), parameters in a stable order, defaults left out. */
export function browseSearch(kind: BrowseKind, state: BrowseState): string {
  const config = BROWSE_CONFIG[kind];
  const params = new URLSearchParams();
  if (state.q) params.set("q", state.q);
  for (const spec of config.facets) for (const value of state.facets[spec.param] ?? []) params.append(spec.param, value);
  if (state.from !== null) params.set(config.range.from, String(state.from));
  if (state.to !== null) params.set(config.range.to, String(state.to));
  if (config.deadline && state.deadline) params.set("deadline", state.deadline);
  if (config.trlMin && state.trlMin !== null) params.set("trlMin", String(state.trlMin));
  if (state.sort && !(!ranksByRelevance(state) && (state.sort === "relevance" || state.sort === "newest"))) params.set("sort", state.sort);
  if (state.page > 1) params.set("page", String(state.page));
  const search = params.toString();
  return search ? `?${search}` : "";
}

/**
 * What an amount box shows for an amount of the state (万元): the English page's boxes are in millions of CNY
 * ("0.5" for 50 万元), the Chinese page's in 万元. Empty without an amount.
 */
export function amountBoxValue(wan: number | null, inMillions: boolean): string {
  if (wan === null) return "";
  return inMillions ? String(wan / WAN_PER_MILLION) : String(wan);
}

export function browseHref(kind: BrowseKind, state: BrowseState): string {
  return `${BROWSE_CONFIG[kind].pathname}${browseSearch(kind, state)}`;
}

/**
 * The link the search form leads to: the canonical link of its state (browseHref), except that amounts the
 * page reports (readAmounts: not usable, or a reversed range) stay as typed, under the boxes' own names, so
 * that the page says what is wrong and keeps them in the boxes, with or without JavaScript alike.
 */
export function formHref(kind: BrowseKind, params: URLSearchParams): string {
  const { state, amountInput, asTyped } = readBrowseRequest(kind, params);
  // The words' own results stay theirs while the same words are searched (a code review: choosing an order sent the
  // reader back to the correction).
  const keep = asTyped ? state.q : null;
  if (!amountInputReported(amountInput)) return withAsTyped(browseHref(kind, state), keep);
  const range = BROWSE_CONFIG[kind].range;
  const href = browseHref(kind, { ...state, from: null, to: null });
  const typed = new URLSearchParams();
  for (const name of [range.from, range.to, range.fromMillion, range.toMillion]) {
    const value = params.getAll(name).find((one) => one.trim() !== "");
    if (value !== undefined) typed.set(name, value.trim().slice(0, 100));
  }
  return withAsTyped(withParams(href, typed), keep);
}

/**
 * The canonical link of a search page's address that holds empty parameters ("deadline=&budgetFrom=&sort=budget"),
 * or null. A form sent without JavaScript carries every field, empty or not; the page answers with a redirect to
 * the link the scripted page would have gone to (formHref), so the address a reader shares is as short.
 */
export function canonicalFormHref(kind: BrowseKind, params: URLSearchParams): string | null {
  for (const value of params.values()) if (value === "") return formHref(kind, params);
  return null;
}

/** Any change of what is shown starts again at page 1. */
function changed(state: BrowseState, change: Partial<BrowseState>): BrowseState {
  return { ...state, page: 1, ...change };
}

export function toggleFacetValue(state: BrowseState, param: string, value: string): BrowseState {
  const current = state.facets[param] ?? [];
  const values = current.includes(value) ? current.filter((item) => item !== value) : [...current, value];
  const facets = { ...state.facets };
  if (values.length > 0) facets[param] = values;
  else delete facets[param];
  return changed(state, { facets });
}

export function toggleFacetHref(kind: BrowseKind, state: BrowseState, param: string, value: string): string {
  return browseHref(kind, toggleFacetValue(state, param, value));
}

export function sortHref(kind: BrowseKind, state: BrowseState, sort: SortKey): string {
  return browseHref(kind, changed(state, { sort }));
}

export function pageHref(kind: BrowseKind, state: BrowseState, page: number): string {
  return browseHref(kind, { ...state, page: Math.min(MAX_PAGE, Math.max(1, Math.trunc(page))) });
}

/** The state without any filter; the words and the sort stay. */
export function withoutFilters(state: BrowseState): BrowseState {
  return changed(state, { facets: {}, from: null, to: null, deadline: null, trlMin: null });
}

/** Removes every filter; the words and the sort stay. */
export function clearFiltersHref(kind: BrowseKind, state: BrowseState): string {
  return browseHref(kind, withoutFilters(state));
}

/** An active filter, the state without it (`without`) and the link to that state. */
export type ActiveFilter = (
  | { type: "q"; value: string }
  | { type: "facet"; param: string; value: string }
  | { type: "from" | "to"; value: number }
  | { type: "deadline"; value: DeadlineBucket }
  | { type: "trlMin"; value: number }
) & { without: BrowseState; href: string };

/** Every active filter (words included) with the link that removes just it, in the page's order. */
export function activeFilters(kind: BrowseKind, state: BrowseState): ActiveFilter[] {
  const config = BROWSE_CONFIG[kind];
  const list: ActiveFilter[] = [];
  const removing = (without: BrowseState) => ({ without, href: browseHref(kind, without) });
  if (state.q) list.push({ type: "q", value: state.q, ...removing(changed(state, { q: "", sort: state.sort === "relevance" ? null : state.sort })) });
  for (const spec of config.facets) {
    for (const value of state.facets[spec.param] ?? []) list.push({ type: "facet", param: spec.param, value, ...removing(toggleFacetValue(state, spec.param, value)) });
  }
  if (state.from !== null) list.push({ type: "from", value: state.from, ...removing(changed(state, { from: null })) });
  if (state.to !== null) list.push({ type: "to", value: state.to, ...removing(changed(state, { to: null })) });
  if (state.deadline) list.push({ type: "deadline", value: state.deadline, ...removing(changed(state, { deadline: null })) });
  if (state.trlMin !== null) list.push({ type: "trlMin", value: state.trlMin, ...removing(changed(state, { trlMin: null })) });
  return list;
}

// ---------------------------------------------------------------------------------------------------------
// Filters named in the query

/** A category of the taxonomy with its names (reviewers edit them, so they come from the database). */
export type CategoryName = { code: string; nameZh: string; nameEn: string };

/** The words that name one facet value, as queries are compared with them (`comparable`), longest first. */
type ValueNames = { param: string; value: string; words: string[] };

// A precomposed Latin letter with a diacritic (NFKC composes them), read without it as the words are (normalizeText),
// one for one: "Lánshān" names the district as "Lanshan" does.
const LATIN_WITH_DIACRITIC = /[\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u1E00-\u1EFF]/g;

function withoutDiacritic(letter: string): string {
  const plain = letter.normalize("NFD").replace(/\p{Mn}+/gu, "");
  return plain.length === 1 ? plain : letter;
}

function valueNames(param: string, value: string, words: readonly string[]): ValueNames {
  return { param, value, words: [...new Set(words.map((word) => comparable(word.normalize("NFKC"))))].sort((a, b) => b.length - a.length) };
}

/**
 * Words that name a facet value rather than describe a record, which records' texts seldom contain: the policy's
 * own terms (a scenario expecting a 首台套 product says so in a field, not in its description), the names of
 * districts, tiers and qualifications as the pages show them in both languages, and the short forms people type
 * ("岚山 港口", "东港区": records seldom say where they are, so such a query found nothing while the facet listed
 * 13 records). 东港 alone is not one: it is inside 山东港口. Longest first within a value, so 首台（套） is taken
 * whole, not as 首台. Compiled once; the categories' names come with each request (categoryNames).
 */
const FACET_VALUE_NAMES: Record<BrowseKind, ValueNames[]> = (() => {
  const firstUnit = {
    FIRST_SET: ["首台（套）", "首台套", "首台 套", "首台", "first sets", "first set"],
    FIRST_BATCH: ["首批次", "first batches", "first batch"],
    FIRST_VERSION: ["首版次", "first versions", "first version"],
  };
  const shortForms: Partial<Record<string, readonly string[]>> = {
    LANSHAN: ["岚山", "lanshan"],
    WULIAN: ["五莲", "wulian"],
    // Only where the segmenter cuts the query at its edges: not inside 山东港口 (山东 | 港口).
    DONGGANG: ["东港", "donggang"],
    JUXIAN: ["juxian"],
    ECONOMIC_DEVELOPMENT_ZONE: ["经济技术开发区", "经开区", "economic and technological development zone", "economic development zone"],
    HIGH_TECH_ZONE: ["高新技术产业开发区", "高新区", "high tech industrial development zone", "high tech zone", "hi tech zone"],
    SHANHAITIAN: ["山海天", "shanhaitian"],
    OCEAN_CITY: ["海洋城", "ocean city"],
  };
  // The tiers' short forms: 高企 is the common abbreviation of 高新技术企业; "SME" and "startup" are how English
  // speakers write the other two.
  const tierShortForms: Record<string, readonly string[]> = {
    STARTUP: ["初创公司", "初创", "startups", "startup", "start ups", "start up"],
    TECH_SME: ["科技中小企业", "tech smes", "tech sme", "smes", "sme"],
    HIGH_TECH: ["高企", "high tech enterprises", "high tech firms", "high tech firm", "high tech companies", "high tech company"],
    TECH_LEADER: ["领军企业", "technology leaders", "tech leaders", "tech leader"],
  };
  const districts = DISTRICTS.filter((district) => district !== "OUTSIDE_CITY").map((district) =>
    valueNames("district", district, [zh.districts[district], en.districts[district], ...(shortForms[district] ?? [])]),
  );
  const of = (param: string, values: Record<string, readonly string[]>) => Object.entries(values).map(([value, words]) => valueNames(param, value, words));
  return {
    scenarios: [
      ...of("firstUnit", firstUnit),
      ...of("mode", { CHALLENGE: ["揭榜挂帅", "challenge"], INVITATION: ["定向邀请", "by invitation", "invitation only", "invitation"], OPEN_CALL: ["公开征集", "open calls", "open call"] }),
      ...districts,
    ],
    solutions: [
      ...of("firstUnitType", firstUnit),
      ...districts,
      ...ENTERPRISE_TIERS.map((tier) => valueNames("tier", tier, [zh.tier[tier], en.tier[tier], ...(tierShortForms[tier] ?? [])])),
      // “小巨人” firms are on the 专精特新 list too; 专精特新小巨人 names the giants, 专精特新 alone the list. The
      // facet's own label (专精特新“小巨人”, its quotes straight or curly) names the giants as well.
      ...of("qualification", {
        LITTLE_GIANT: ["专精特新“小巨人”", '专精特新"小巨人"', "专精特新 小巨人", "专精特新小巨人", "小巨人", "little giant"],
        SPECIALIZED: ["专精特新", "specialised and innovative", "specialized and innovative", "specialised & innovative", "specialized & innovative"],
      }),
    ],
  };
})();

/**
 * The categories' names as ValueNames; "其他" (other) names no kind of record. A name of two parts also goes by its
 * first, where that says enough alone — four Chinese characters or two English words: 公共安全 for 公共安全与民生,
 * "public safety" for "Public safety and livelihoods" (a QA review: 公共安全 东港区 found nothing). Not the second
 * (健康 is in 设备健康监测, 物流 in every port record), nor a lone English word ("green").
 */
function categoryNames(categories: readonly CategoryName[]): ValueNames[] {
  return categories
    .filter((category) => category.code !== "OTHER")
    .map((category) => {
      const [headZh] = category.nameZh.split(/[与和及]/);
      const [headEn] = category.nameEn.split(/\s+(?:and|&)\s+/i);
      const heads = [
        headZh !== category.nameZh && Array.from(headZh!.trim()).length >= 4 ? headZh!.trim() : null,
        headEn !== category.nameEn && headEn!.trim().split(/\s+/).length >= 2 ? headEn!.trim() : null,
      ].filter((head): head is string => head !== null);
      return valueNames("category", category.code, [category.nameZh, category.nameEn, ...heads]);
    });
}

/**
 * A query or a name as they are compared: lower case, hyphens as spaces ("Low-altitude" is "low altitude"), Latin
 * letters without diacritics, of the NFKC form — steps that keep its length, so a position in it is one in the NFKC form (queries and names come
 * with single spaces already).
 */
function comparable(nfkc: string): string {
  const compared = nfkc.toLowerCase().replace(/[-‐‑–]/g, " ").replace(LATIN_WITH_DIACRITIC, withoutDiacritic);
  return compared.length === nfkc.length ? compared : nfkc;
}

/** One facet value a query names. */
export type FacetValueNamed = { param: string; value: string };

/**
 * Filters the query names and the state that applies them, with the naming words taken out of the query: one
 * filter or several at once ("低空应用 东港区": the category and the district, no words left).
 */
export type NamedFilter = { filters: FacetValueNamed[]; state: BrowseState };

/** How the server reads a query's Chinese: its segmenter (jieba) and Traditional → Simplified. */
export type QueryReading = { segmentChinese: ChineseSegmenter; simplify?: (text: string) => string };

/** The most names of unselected values whose every combination is offered; beyond it, all of them and each alone. */
const MAX_COMBINED_NAMES = 3;

/**
 * The facet values the query names — 首台套, 揭榜挂帅, a category (低空应用, "Smart manufacturing"), a district
 * (东港区, 岚山), a solution's tier (高新技术企业) — as the page filtered by them, with the words that named them
 * taken out of the query: "首台套 港口" → firstUnit=FIRST_SET and q=港口. Every combination of the values named
 * (up to MAX_COMBINED_NAMES), the most filters first, each without any of the names; offeredNamedFilters then
 * keeps the ones worth a link. A
 * value named twice ("岚山区 Lanshan") loses both names. A value already selected is offered as the same page
 * without its naming words ("东港区 无人机" under district=DONGGANG finds only records that say 东港区).
 * `categories`: the taxonomy's names (reviewers edit it). A Chinese name is one only where the segmenter cuts
 * the query at its edges as a search reads it: 五莲山 is a mountain (one word), not 五莲 and 山. Traditional
 * characters are read as Simplified (東港區).
 */
export function filtersNamedInQuery(kind: BrowseKind, state: BrowseState, categories: readonly CategoryName[], reading: QueryReading): NamedFilter[] {
  if (!state.q) return [];
  const typed = state.q.normalize("NFKC");
  // Positions in the compared form are positions in what was typed: a conversion that changes the length is not used.
  const simplified = reading.simplify?.(typed) ?? typed;
  const query = comparable(simplified.length === typed.length ? simplified : typed);
  // Names are whole words as a search reads the query (wordBoundaries: 五莲山 is one word, so 五莲 is no name in
  // it); a name may begin or end with a mark (首台(套), 专精特新“小巨人”), which is an edge too.
  const boundaries = wordBoundaries(query, reading.segmentChinese);
  const isWordEdge = (offset: number) => boundaries.has(offset) || !WORD_CHARACTER.test(query[offset - 1] ?? " ") || !WORD_CHARACTER.test(query[offset] ?? " ");
  // A name in a term the query leaves out (-岚山, -无人机岚山, -"无人机 岚山"), which asks for records without it.
  // (Read on what was typed: `query` has its hyphens as spaces. Offsets agree, see above.)
  const excluded = excludedSpans(typed);
  const isExcluded = (offset: number) => excluded.some(([start, end]) => start <= offset && offset < end);
  // Every place each value's names stand, each name at most once where names overlap: the longest wins (专精特新小巨人
  // names the giants, not also the 专精特新 list; 日照高新技术产业开发区 is not also 高新区).
  const places: (FacetValueNamed & NameSpan & { order: number })[] = [];
  [...categoryNames(categories), ...FACET_VALUE_NAMES[kind]].forEach(({ param, value, words }, order) => {
    for (const word of words) {
      for (let at = findWord(query, word, 0); at !== -1; at = findWord(query, word, at + 1)) {
        if (isExcluded(at)) continue; // -首台套 asks for records without it, not for the filter (query-syntax.ts)
        if (isWordEdge(at) && isWordEdge(at + word.length)) places.push({ order, param, value, at, end: at + word.length });
      }
    }
  });
  const claimed: typeof places = [];
  for (const place of [...places].sort((a, b) => b.end - b.at - (a.end - a.at) || a.at - b.at)) {
    if (!claimed.some((other) => place.at < other.end && other.at < place.end)) claimed.push(place);
  }
  if (claimed.length === 0) return [];
  // Every name goes from every offer, also those of values an offer leaves out: they name filters, not words a
  // record says, and an offer of fewer filters is linked only where more of them together find nothing
  // (offeredNamedFilters) — 低空应用 岚山 首台套 offered 低空应用 + 岚山 searching for the words 首台套, which found
  // nothing either.
  const rest = queryWithoutNames(typed, claimed);
  const named: (FacetValueNamed & { order: number; selected: boolean })[] = [];
  for (const { order, param, value } of claimed.sort((a, b) => a.order - b.order || a.at - b.at)) {
    if (!named.some((known) => known.param === param && known.value === value)) named.push({ order, param, value, selected: (state.facets[param] ?? []).includes(value) });
  }
  const nested = new Set(BROWSE_CONFIG[kind].facets.filter((spec) => spec.nested).map((spec) => spec.param));
  const isNamed = (param: string, value: string) => named.some((one) => one.param === param && one.value === value);
  const applying = (values: typeof named): NamedFilter => {
    let withFilters = state;
    for (const { param, value } of values.filter((one) => !one.selected)) {
      // The offer is the page filtered by what the query names: a value of the facet selected but not named gives
      // way (岚山区 named under district=东港区 is 岚山区, not both, which the link's label "区县：岚山区" would not
      // say: a QA review found 4 of its 5 results in 东港区). A nested facet keeps none (专精特新 ⊃ 小巨人).
      const kept = nested.has(param) ? [] : (withFilters.facets[param] ?? []).filter((selected) => isNamed(param, selected));
      withFilters = changed(withFilters, { facets: { ...withFilters.facets, [param]: kept } });
      withFilters = toggleFacetValue(withFilters, param, value);
    }
    // Without words left, a relevance order has nothing to rank by (as when the words chip is removed).
    const sort = !rest && withFilters.sort === "relevance" ? null : withFilters.sort;
    return { filters: values.map(({ param, value }) => ({ param, value })), state: { ...withFilters, q: rest, sort, page: 1 } };
  };
  const unselected = named.filter((value) => !value.selected);
  // All named values already selected: the same page without their words.
  if (unselected.length === 0) return [applying(named)];
  const combinations = unselected.length <= MAX_COMBINED_NAMES ? nonEmptySubsets(unselected) : [unselected, ...unselected.map((value) => [value])];
  return combinations
    .filter((values) => !values.some((one, i) => nested.has(one.param) && values.findIndex((other) => other.param === one.param) !== i))
    .sort((a, b) => b.length - a.length)
    .map(applying);
}

/** Every non-empty subset of `items`, each in the items' order. */
function nonEmptySubsets<T>(items: readonly T[]): T[][] {
  const subsets: T[][] = [];
  for (let mask = 1; mask < 1 << items.length; mask++) subsets.push(items.filter((_, i) => mask & (1 << i)));
  return subsets;
}

/**
 * The named filters worth a link, from filtersNamedInQuery's with how many records each finds: those that find
 * something, and of those not one whose filters are all in another kept one (after "低空应用 + 东港区", the
 * category alone, still searching for the words 东港区, is noise; when the two together find nothing, each alone
 * is offered). Most filters first, as given.
 */
export function offeredNamedFilters<Offer extends NamedFilter & { count: number }>(counted: readonly Offer[]): Offer[] {
  const key = ({ param, value }: FacetValueNamed) => `${param}=${value}`;
  const kept: Offer[] = [];
  for (const offer of counted) {
    if (offer.count === 0) continue;
    const keys = offer.filters.map(key);
    if (kept.some((larger) => larger.filters.length > keys.length && keys.every((one) => larger.filters.some((filter) => key(filter) === one)))) continue;
    kept.push(offer);
  }
  return kept;
}

/** A letter or digit: a name's edge next to anything else is a word's edge. */
const WORD_CHARACTER = /[\p{L}\p{N}]/u;

/** Where a name stands in the query (UTF-16 offsets of its NFKC form). */
type NameSpan = { at: number; end: number };

/** Marks that only separate a name from the words around it: brackets, quotes, commas, slashes. */
const NAME_SEPARATOR = /[\s\p{Ps}\p{Pe}\p{Pi}\p{Pf}"',，、;；:：/|·]/u;

/** Connectives that join a name to another (岚山和东港区): left out with a name they touch. */
const NAME_CONNECTIVES = new Set(["和", "与", "及", "或"]);

/**
 * The query (NFKC, its words as typed) without the names at `spans` and what only tied them to the other words:
 * the separators around a name ("(低空应用)", "无人机、低空应用"), a 的 after it (东港区的无人机), a connective
 * between two names (岚山和东港区) or at an edge, a Latin stop word before it
 * ("drones in Donggang"). Empty when no searchable word is left ("的 东港区"): an offered link must not search for leftovers that find
 * nothing.
 */
function queryWithoutNames(typed: string, spans: readonly NameSpan[]): string {
  const removed = new Array<boolean>(typed.length).fill(false);
  const isSeparator = (i: number) => NAME_SEPARATOR.test(typed[i]!);
  // Nothing of the query's words there: its edge, a removed character, a separator.
  const empty = (i: number) => i < 0 || i >= typed.length || removed[i]! || isSeparator(i);
  for (const { at, end } of spans) {
    removed.fill(true, at, end);
    let right = end;
    while (right < typed.length && isSeparator(right)) removed[right++] = true;
    if (typed[right] === "的") {
      removed[right++] = true;
      while (right < typed.length && isSeparator(right)) removed[right++] = true;
    }
    let left = at - 1;
    for (;;) {
      while (left >= 0 && isSeparator(left)) removed[left--] = true;
      const word = /[A-Za-z]+$/.exec(typed.slice(0, left + 1));
      if (!word || !STOP_WORDS.has(word[0].toLowerCase()) || /[A-Za-z0-9]/.test(typed[word.index - 1] ?? "")) break;
      removed.fill(true, word.index, left + 1);
      left = word.index - 1;
    }
  }
  for (let i = 0; i < typed.length; i++) {
    if (removed[i]) continue;
    // A connective touching a removed name, with another, a separator or the query's edge on its other side.
    const connective = NAME_CONNECTIVES.has(typed[i]!) && ((removed[i - 1] && empty(i + 1)) || (removed[i + 1] && empty(i - 1)));
    if (connective) removed[i] = true;
  }
  // UTF-16 units, as the offsets are; a name's surrogate pairs go or stay whole.
  const rest = cleanQuery(typed.split("").map((unit, i) => (removed[i] ? " " : unit)).join(""));
  return hasSearchableWords(rest, STOP_WORDS) ? rest : "";
}

// ---------------------------------------------------------------------------------------------------------
// Highlights

const ENTITIES: Record<string, string> = { "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#39;": "'", "&#x27;": "'" };

/**
 * The engine's highlight HTML when it is safe to render and still shows `text` (the database's current
 * value): only escaped text and <mark> tags, and — marks and "…" removed — a part of `text`. Otherwise
 * null, and the page shows the plain text (the index may lag behind an edit by a moment).
 */
export function trustedHighlight(html: Highlight | undefined, text: string): string | null {
  if (typeof html !== "string" || !html.includes("<mark>")) return null;
  const bare = html.replace(/<\/?mark>/g, "");
  if (/[<>]/.test(bare)) return null;
  if (/&(?!amp;|lt;|gt;|quot;|#39;|#x27;)/.test(bare)) return null;
  const plain = bare.replace(/&(?:amp|lt|gt|quot|#39|#x27);/g, (entity) => ENTITIES[entity]!).replace(/^…|…$/g, "");
  // The engines index the text without format characters (documents.server.ts): a title pasted with a zero-width
  // space is marked in that form, which looks the same.
  return plain.length > 0 && (text.includes(plain) || withoutFormatCharacters(text).includes(plain)) ? html : null;
}

/**
 * An array field's highlights (the engines give one HTML string an element) for the database's current list:
 * each element's trusted highlight, null where it has none. Null altogether when nothing is marked, or when the
 * list's length changed since the index was written (the highlights would no longer pair with the elements).
 */
export function trustedListHighlight(html: Highlight | undefined, items: readonly string[]): (string | null)[] | null {
  if (!Array.isArray(html) || html.length !== items.length) return null;
  const trusted = items.map((item, i) => trustedHighlight(html[i], item));
  return trusted.some((one) => one !== null) ? trusted : null;
}

/**
 * The search pages' `headers`: the Retry-After their loader sets while the search engine cannot answer (ADR 0019),
 * on the page's own response as on its data. Only that header: a loader's others (its JSON content type) are not
 * the page's.
 */
export function searchPageHeaders({ loaderHeaders }: { loaderHeaders: Headers }): HeadersInit {
  const retryAfter = loaderHeaders.get("Retry-After");
  return retryAfter ? { "Retry-After": retryAfter } : {};
}
