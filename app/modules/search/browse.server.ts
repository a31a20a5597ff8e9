/**
 * The faceted browse pages on the server: one multiSearch answers the results and every facet's counts
 * (disjunctive: a facet's counts use every filter but its own — see `planBrowse` in browse.ts), then the
 * page's records are read again from the database by id, with the public-visibility rule of their module,
 * and shown in the engine's order. The index may lag behind the database (by a moment, or for as long as the
 * engine is down); a record the database no longer shows publicly is dropped, so a draft or hidden record can
 * never be shown, and the withdrawn records whose sync is still pending in the outbox are left out of the
 * engine's queries, so no count includes them either (documents.server.ts, `withdrawnAwaitingSync`).
 */
import { daysUntil, isOpenForBids } from "~/modules/scenarios/scenario-transitions";
import { listCategoryNames, publicScenariosByIds } from "~/modules/scenarios/scenarios.server";
import { publicSolutionsByIds } from "~/modules/solutions/solutions.server";
import {
  activeFilters,
  amountInputRefused,
  BROWSE_CONFIG,
  canonicalFormHref,
  BROWSE_PAGE_SIZE,
  browseHref,
  DEADLINE_BUCKETS,
  MAX_PAGE,
  filtersNamedInQuery,
  ignoredFilterValues,
  offeredNamedFilters,
  planBrowse,
  ranksByRelevance,
  readBrowseRequest,
  searchInsteadHref,
  searchesWords,
  trustedHighlight,
  trustedListHighlight,
  withdrawnFilter,
  withoutFilters,
  type BrowseKind,
  type CategoryName,
  type BrowseState,
  type DeadlineBucket,
  type IgnoredFilterValue,
  type NamedFilter,
} from "./browse";
import { queueRepairOfStrayHits, withdrawnAwaitingSync } from "./documents.server";
import { segmentChinese } from "./chinese-words.server";
import { simplifiedChinese } from "./simplified-chinese.server";
import { suggestFromPinyin } from "./pinyin-suggestion.server";
import { completeGlossaryWords, relatedGlossaryQueries, suggestGlossarySpelling } from "./query-suggestion";
import { hasQueryOperators, queryUnits, readQuerySyntax, withoutPhraseQuotes } from "./query-syntax";
import { INDEX_SETTINGS, SHORT_FORMS, SOLUTION_INDEX } from "./indexes";
import { normalizeSynonymTerm, stopWordSet } from "./synonyms";
import { SearchEngineUnavailableError, SearchInputError, type FilterTree, type SearchHit, type SearchResult } from "./search-engine";
import { cutChineseRun, normalizedWholeWords, wholeWords, withoutCompoundModifiers } from "./tokenizer";
import { getSearchEngine, logSearchFailure, searchIndexesReadyForRequest } from "./search-service.server";
import { errorFields, logger } from "~/utils/logger.server";

export type FacetOption = { value: string; count: number; selected: boolean };
export type FacetGroup = { param: string; options: FacetOption[] };

type EngineAnswer = {
  total: number;
  hits: SearchHit[];
  facets: FacetGroup[];
  deadlineCounts: Record<DeadlineBucket, number> | null;
  /**
   * Set when the engine refused the query (the user's input): the page says so and answers 400; or when it could not
   * answer at all (a search server down or too slow): the page says search is unavailable for now and answers 503.
   */
  error: "invalid" | "unavailable" | null;
  /** When several words found nothing: each left out, with what the others find (see queriesWithAWordLeftOut). */
  wordsToLeaveOut: WordLeftOut[];
  /** On a query's first page: the query with a Chinese glossary word swapped for a sibling (see RelatedSearch). */
  relatedSearches: RelatedSearch[];
  /** On an empty page: what the page without each filter finds (the first MAX_COUNTED_REMOVALS filters). */
  filterRemovals: FilterRemoval[];
  /** On a query's first page: the filters its words name (首台套 → the first-unit facet), with their counts. */
  namedFilters: CountedNamedFilter[];
  /** "Did you mean …" (see suggestionCandidate), only when it finds something on this page; or null. */
  suggestion: string | null;
  /** Whether the page may show the suggestion's results instead of the words' (suggestionFor, searchInsteadHref). */
  suggestionSearchedInstead: boolean;
  /** What the suggestion finds on this page (0 without one). */
  suggestionCount: number;
  /**
   * On an empty page with words and filters: the words without any filter, when they find something — the page
   * then says it is the filters that leave it empty. `linked` with two filters or more: the page links to the
   * words alone (with one, the filter's removal link is that page).
   */
  wordsAlone: { href: string; count: number; linked: boolean } | null;
  /** On an empty page whose query has phrases in quotes: the query without those quotes, when it finds something. */
  withoutQuotes: { q: string; count: number } | null;
};

/** A filter the query names (filtersNamedInQuery) and how many records the page filtered by it lists. */
export type CountedNamedFilter = NamedFilter & { count: number };

/** The link that removes one filter (ActiveFilter.href) and how many records the page then lists. */
export type FilterRemoval = { href: string; count: number };

function facetOptions(values: readonly string[], counts: Record<string, number>, selected: string[]): FacetOption[] {
  // Known values in their order, then selected values the list does not know (so they can be unticked);
  // values without results are left out unless selected.
  const all = [...values, ...selected.filter((value) => !values.includes(value))];
  return all.map((value) => ({ value, count: counts[value] ?? 0, selected: selected.includes(value) })).filter((option) => option.count > 0 || option.selected);
}

/** What a page shows of the engine when it has nothing to show: no hits, no counts, no help. */
function emptyAnswer(error: EngineAnswer["error"]): EngineAnswer {
  return { total: 0, hits: [], facets: [], deadlineCounts: null, error, wordsToLeaveOut: [], relatedSearches: [], filterRemovals: [], namedFilters: [], suggestion: null, suggestionSearchedInstead: false, suggestionCount: 0, wordsAlone: null, withoutQuotes: null };
}

/**
 * The engine's answer for a page, or — where a search server cannot answer now (down, too slow, failing) — an
 * empty one that says so: the page answers 503 with what was typed still in its boxes, and the failure is logged
 * for the operators (the status page shows the engine's health).
 */
async function askEngine(kind: BrowseKind, state: BrowseState, categories: CategoryName[], now: Date): Promise<EngineAnswer> {
  try {
    return await askEngineOrFail(kind, state, categories, now);
  } catch (error) {
    if (!(error instanceof SearchEngineUnavailableError)) throw error;
    logSearchFailure("search page", error, { kind });
    return emptyAnswer("unavailable");
  }
}

async function askEngineOrFail(kind: BrowseKind, state: BrowseState, categories: CategoryName[], now: Date): Promise<EngineAnswer> {
  const config = BROWSE_CONFIG[kind];
  const engine = getSearchEngine();
  let plan: ReturnType<typeof planBrowse>;
  let results: SearchResult[];
  let withdrawn: string[];
  try {
    await searchIndexesReadyForRequest(engine);
    withdrawn = await withdrawnAwaitingSync(config.index);
    plan = planBrowse(kind, state, now.getTime(), { pageSize: BROWSE_PAGE_SIZE, withdrawn });
    results = await engine.multiSearch(plan.map((item) => item.query));
  } catch (error) {
    if (error instanceof SearchInputError) return emptyAnswer("invalid");
    throw error;
  }
  const main = results[0]!;
  const facets = config.facets.map((spec): FacetGroup => {
    const at = plan.findIndex((item) => item.role === "facet" && item.param === spec.param);
    const counts = (at === -1 ? main : results[at]!).facets[spec.field] ?? {};
    const selected = state.facets[spec.param] ?? [];
    if (spec.boolean) {
      const count = counts.true ?? 0;
      return { param: spec.param, options: count > 0 || selected.length > 0 ? [{ value: "1", count, selected: selected.length > 0 }] : [] };
    }
    const values = spec.values ?? categories.map((category) => category.code);
    return { param: spec.param, options: facetOptions(values, counts, selected) };
  });
  let deadlineCounts: Record<DeadlineBucket, number> | null = null;
  if (config.deadline) {
    deadlineCounts = Object.fromEntries(DEADLINE_BUCKETS.map((bucket) => [bucket, 0])) as Record<DeadlineBucket, number>;
    plan.forEach((item, at) => {
      if (item.role === "deadline") deadlineCounts![item.bucket] = results[at]!.total;
    });
  }
  // Other searches to offer, each with its count: other words under the same filters, and on an empty page
  // the page without each filter in turn. One multi-search for all of them.
  const leaveOut = main.total === 0 ? queriesWithAWordLeftOut(state.q) : [];
  // A phrase in quotes finds only its exact wording, without synonyms or translations ("port crane" finds no 门机):
  // on an empty page the same words without the quotes are offered.
  const unquoted = main.total === 0 && state.q ? withoutPhraseQuotes(state.q) : null;
  // A related search is the query with one word swapped, offered as a link: for a long query (a pasted sentence)
  // that is a line of text per link that nobody reads, so only for queries of a few words.
  // Not for a query with operators: a sibling of an excluded word (-巡检 → -巡查) is no related search, and a
  // quote would be copied into the sibling. Nor a short form of the word, which finds the same records (门机).
  const related =
    state.page === 1 && state.q && Array.from(state.q).length <= MAX_RELATED_QUERY_CHARS && !hasQueryOperators(state.q)
      ? relatedGlossaryQueries(state.q, segmentChinese).filter(({ word, related: sibling }) => !areShortForms(word, sibling))
      : [];
  const removals = main.total === 0 ? activeFilters(kind, state).slice(0, MAX_COUNTED_REMOVALS) : [];
  const named = state.page === 1 ? filtersNamedInQuery(kind, state, categories, { segmentChinese, simplify: simplifiedChinese }) : [];
  // "Did you mean" is counted with the other variants, in the same multi-search, and offered only if it finds
  // something here: a corrected word the glossary knows may still be in no record on this page.
  const suggested = suggestionFor(state.q, main.total);
  const candidate = suggested?.q ?? null;
  // Where the words found something, a spelling replaces them only if they are in no record as written, i.e. found
  // only through the engines' typo tolerance ("inspecton"): a real word one letter from a glossary word ("tracking",
  // "costs") finds its own records, and those are what was asked for (a code review).
  const asWritten = suggested?.searchedInstead && main.total > 0 && state.page === 1 ? wordsAsWritten(state.q) : null;
  // What the words find without any filter: whether it is the filters that leave the page empty, not the words
  // (and, with two filters or more, a link to those results).
  // With a single filter, the page without it is the words alone, already counted among the removals.
  const filterRemovals = removals.filter((filter) => filter.type !== "q");
  const withoutAnyFilter = state.q && filterRemovals.length >= 2 ? withoutFilters(state) : null;
  // Every variant is counted in one multi-search; the counts are then cut back into these groups, in order.
  const groups = [
    leaveOut.map((variant) => ({ ...state, q: variant.q })),
    related.map((variant) => ({ ...state, q: variant.q })),
    removals.map((filter) => filter.without),
    named.map((filter) => filter.state),
    candidate ? [{ ...state, q: candidate }] : [],
    withoutAnyFilter ? [withoutAnyFilter] : [],
    unquoted ? [{ ...state, q: unquoted }] : [],
    asWritten ? [{ ...state, q: asWritten }] : [],
  ];
  const counts = await countStates(kind, groups.flat(), now, withdrawn);
  // With no counts (the engine refused one), every group is empty: nothing counted is offered.
  const [leaveOutCounts, relatedCounts, removalCounts, namedCounts, [suggestionCount], [wordsAloneCount], [unquotedCount], [asWrittenCount]] = counts
    ? cutLike(groups, counts)
    : groups.map(() => []);
  const withCounts = <T,>(items: T[], found: number[]) => items.flatMap((item, i) => (found[i] === undefined ? [] : [{ ...item, count: found[i]! }]));
  // The words alone: counted as such with several filters; with one, the page without it is the same search.
  const [onlyFilter] = filterRemovals;
  const alone = withoutAnyFilter
    ? { state: withoutAnyFilter, count: wordsAloneCount }
    : state.q && onlyFilter && filterRemovals.length === 1
      ? { state: onlyFilter.without, count: removalCounts![removals.indexOf(onlyFilter)] }
      : null;
  return {
    total: main.total,
    hits: main.hits,
    facets,
    deadlineCounts,
    error: null,
    wordsToLeaveOut: withCounts(leaveOut, leaveOutCounts!).filter((variant) => variant.count > 0),
    relatedSearches: withCounts(related, relatedCounts!).filter((variant) => variant.count > 0).map(({ q, count }) => ({ q, count })),
    filterRemovals: withCounts(removals, removalCounts!).map(({ href, count }) => ({ href, count })),
    namedFilters: offeredNamedFilters(withCounts(named, namedCounts!)),
    suggestion: candidate && (suggestionCount ?? 0) > 0 ? candidate : null,
    suggestionSearchedInstead: (suggested?.searchedInstead ?? false) && (main.total === 0 || asWrittenCount === 0),
    suggestionCount: candidate ? (suggestionCount ?? 0) : 0,
    wordsAlone:
      // Linked whenever it is not also a filter's removal link (one filter): the heading names these results, and
      // the way to them must not depend on whether removing the words instead would find something.
      alone && (alone.count ?? 0) > 0 ? { href: browseHref(kind, alone.state), count: alone.count!, linked: withoutAnyFilter !== null } : null,
    withoutQuotes: unquoted && (unquotedCount ?? 0) > 0 ? { q: unquoted, count: unquotedCount! } : null,
  };
}

/** `flat` cut into consecutive pieces as long as each of `groups`. */
function cutLike<T>(groups: readonly (readonly unknown[])[], flat: readonly T[]): T[][] {
  let at = 0;
  return groups.map((group) => flat.slice(at, (at += group.length)));
}

/** An empty page counts what removing each of its filters would find, up to this many filters (one query each). */
const MAX_COUNTED_REMOVALS = 8;

/** The longest query (characters) for which related searches are offered. */
const MAX_RELATED_QUERY_CHARS = 24;

/**
 * How many records each of `states` finds, in one multi-search (the first query of a page's plan is its
 * results query; pageSize 0 asks for the count alone). Null when the engine refuses one.
 */
async function countStates(kind: BrowseKind, states: readonly BrowseState[], now: Date, withdrawn: readonly string[]): Promise<number[] | null> {
  if (states.length === 0) return [];
  const plans = states.map((state) => planBrowse(kind, { ...state, page: 1 }, now.getTime(), { pageSize: 0, withdrawn })[0]!.query);
  try {
    return (await getSearchEngine().multiSearch(plans)).map((result) => result.total);
  } catch (error) {
    if (error instanceof SearchInputError) return null;
    throw error;
  }
}

/** A query with one typed word left out, and how many records it finds. */
export type WordLeftOut = { word: string; q: string; count: number };

const ALL_HAN = /^\p{Script=Han}+$/u;

/**
 * The words the engines keep whole in a query (the same for both indexes): 无人驾驶航空器 is one word to leave
 * out, as the engine searches it (a synonym of 无人机), not 无人驾驶 and 航空器.
 */
const QUERY_WHOLE_WORDS = normalizedWholeWords(wholeWords(INDEX_SETTINGS[SOLUTION_INDEX]));
/** The stop words the engines drop from a query (the same for both indexes). */
const QUERY_STOP_WORDS = stopWordSet(INDEX_SETTINGS[SOLUTION_INDEX]);

/** A hyphenated Latin word ("drone-delivered"): each half is a word the engines look for (tokenizer.ts). */
const HYPHENATED_LATIN = /^[\p{Script=Latin}\p{N}]+(?:[-‐‑][\p{Script=Latin}\p{N}]+)+$/u;

/**
 * For a query of several words that found nothing (every word must match): each word left out in turn —
 * counted, "没有结果" then says which word is in the way. Chinese written without spaces is cut into its words
 * as the engines cut it (无人机区块链 → 无人机, 区块链; 多旋翼无人驾驶航空器 → 多旋翼, 无人驾驶航空器), and so is a
 * hyphenated Latin word (drone-delivered → drone, delivered; a modifier half such as "-based" is no word to leave
 * out: withoutCompoundModifiers). A hyphenated word among other words is also left out whole: in "multi-rotor
 * drone" neither half alone is in the way, the compound is (a QA review found no help offered). At most six
 * words (one counting query each, and one more per such compound), stop words not counted.
 */
function queriesWithAWordLeftOut(q: string): { word: string; q: string }[] {
  // Each typed unit with the words the engines look for in it.
  // A phrase in quotes and an excluded term (query-syntax.ts) are one unit each, left out whole.
  const units = queryUnits(q).flatMap(({ typed, operator }) => {
    if (operator) return [{ typed, words: [typed] }];
    const token = withoutCompoundModifiers(typed);
    // A stop word is no word the engines search for ("the", "of"): neither one to leave out nor one of the six (a QA
    // review: "a drone inspection of the Rizhao port" got no help, while the same four words alone did).
    if (!token || QUERY_STOP_WORDS.has(normalizeSynonymTerm(token))) return [];
    return ALL_HAN.test(token)
      ? cutChineseRun(token, QUERY_WHOLE_WORDS, segmentChinese).map((word) => ({ typed: word.word, words: [word.word] }))
      : [{ typed: token, words: HYPHENATED_LATIN.test(token) ? token.split(/[-‐‑]/) : [token] }];
  });
  const wordCount = units.reduce((sum, unit) => sum + unit.words.length, 0);
  if (wordCount < 2 || wordCount > 6) return [];
  const without = (unitIndex: number, wordIndex: number | null) =>
    units.flatMap((unit, u) => (u !== unitIndex ? unit.words : wordIndex === null ? [] : unit.words.filter((_, w) => w !== wordIndex))).join(" ");
  return units
    .flatMap((unit, u) => [
      ...(unit.words.length > 1 && units.length > 1 ? [{ word: unit.typed, q: without(u, null) }] : []),
      ...unit.words.map((word, w) => ({ word, q: without(u, w) })),
    ])
    .filter(({ q: rest }) => leavesAQuery(rest));
}

/**
 * Whether what is left of a query after a word is left out is worth offering: words to search for besides those
 * after a minus (only "-无人机" lists nearly everything), and more than one Chinese character (光伏板 without 光伏
 * would search for 板 in every word).
 */
function leavesAQuery(q: string): boolean {
  return ranksByRelevance({ q }) && !/^\p{Script=Han}$/u.test(readQuerySyntax(q).text);
}

/** The short forms of one term (SHORT_FORMS, indexes.ts): as related searches they would list the same records. */
const SHORT_FORM_GROUP = new Map(SHORT_FORMS.flatMap((group, g) => group.map((term) => [term, g] as const)));
function areShortForms(a: string, b: string): boolean {
  const group = SHORT_FORM_GROUP.get(a);
  return group !== undefined && group === SHORT_FORM_GROUP.get(b);
}

/**
 * A related query (a Chinese glossary word swapped for a sibling of its entry: 巡检 → 巡查, 巡视, 检查;
 * query-suggestion.ts says why they are offered rather than searched) and how many records it finds. Only on a
 * query's first page, at most six, and only those that find something.
 */
export type RelatedSearch = { q: string; count: number };

/**
 * "Did you mean" for query `q` that found `total` records: the query with misspelt English glossary words
 * corrected (query-suggestion.ts); on a page that found nothing, else short words completed ("dron" → drone),
 * else pinyin written in Chinese (wurenji → 无人机, pinyin-suggestion.server.ts). The caller offers it only if,
 * counted under the filters of its own page, it finds something: a glossary word is in no record on many pages
 * ("survelliance" → surveillance found nothing on /scenarios, a dead end offered as help). Every suggestion is
 * made of the glossary's words, never of records' words, so it cannot reveal what a record the page may not
 * list contains. Used by the browse pages and the invite page. Where the words found nothing, the browse pages
 * search it instead and say so (searchInsteadHref); with results, and on the invite page, it is offered as a link.
 */
export function suggestionCandidate(q: string, total: number): string | null {
  return suggestionFor(q, total)?.q ?? null;
}

/** Whether `suggestion` is `q`, searched in place of the words that found nothing. */
const isSearchedInstead = (suggestion: { q: string; searchedInstead: boolean } | null, q: string) => suggestion?.searchedInstead === true && suggestion.q === q;

/**
 * The suggestion and whether the browse pages search it in place of `q` when `q` finds nothing (ADR 0018): a
 * spelling or pinyin, yes; a completion is a guess at a longer word ("Pre-A", a financing round, was searched as
 * "prediction-A"; "lid" would be lidar) and is only offered.
 */
function suggestionFor(q: string, total: number): { q: string; searchedInstead: boolean } | null {
  if (!q) return null;
  const spelling = suggestGlossarySpelling(q);
  if (spelling) return { q: spelling, searchedInstead: true };
  if (total > 0) return null;
  const completion = completeGlossaryWords(q);
  if (completion) return { q: completion, searchedInstead: false };
  const pinyin = suggestFromPinyin(q);
  return pinyin ? { q: pinyin, searchedInstead: true } : null;
}

/**
 * The state without category codes no category has (a typo, an edited link): such a code would find nothing
 * and show as a raw chip ("FOO"). The codes are checked here, not when the URL is parsed, because the taxonomy
 * is data that reviewers edit.
 */
function withKnownCategories(state: BrowseState, categories: readonly CategoryName[]): BrowseState {
  const selected = state.facets.category;
  if (!selected) return state;
  const known = selected.filter((code) => categories.some((category) => category.code === code));
  if (known.length === selected.length) return state;
  const { category: _unknown, ...facets } = state.facets;
  return { ...state, facets: known.length > 0 ? { ...facets, category: known } : facets };
}

function pageCountOf(total: number) {
  return Math.min(MAX_PAGE, Math.max(1, Math.ceil(total / BROWSE_PAGE_SIZE)));
}

/**
 * The engine's answer and the page's records, read again from the database with the visibility rule. A hit the
 * database does not show publicly, with no sync waiting for it (the index drifted), would still be counted in the
 * total and the facets of a page that leaves it out: "共 0 个结果" beside "东港区（1）" tells that a record exists, and
 * where. Such hits are queued for repair, which makes withdrawnAwaitingSync leave them out of every count, and the
 * page is asked once more. (Strays that are counted but not on this page are found by the page that shows them, or
 * by the scheduled check.)
 */
async function answerWithPublicRows<Row extends { id: string }>(
  kind: BrowseKind,
  state: BrowseState,
  categories: CategoryName[],
  now: Date,
  publicRowsByIds: (ids: string[]) => Promise<Row[]>,
): Promise<{ answer: EngineAnswer; rows: Row[] }> {
  const answer = await askEngine(kind, state, categories, now);
  const rows = await publicRowsByIds(answer.hits.map((hit) => hit.id));
  if (rows.length === answer.hits.length) return { answer, rows };
  const shown = new Set(rows.map((row) => row.id));
  if ((await queueStrayRepair(kind, answer.hits.map((hit) => hit.id).filter((id) => !shown.has(id)))) === 0) {
    return { answer, rows }; // withdrawn a moment ago, or past the cap of left-out records: counted this once more
  }
  const again = await askEngine(kind, state, categories, now);
  if (again.error) return { answer, rows }; // the engine failed the second time: the first answer, its rows re-read, stands
  return { answer: again, rows: await publicRowsByIds(again.hits.map((hit) => hit.id)) };
}

/**
 * queueRepairOfStrayHits for a page that has its answer already: a failure to queue (the database) is logged and
 * costs the repair, not the page. How many were queued.
 */
export async function queueStrayRepair(kind: BrowseKind, ids: string[]): Promise<number> {
  try {
    return await queueRepairOfStrayHits(BROWSE_CONFIG[kind].index, ids);
  } catch (error) {
    logger.error("could not queue the repair of search documents the database does not show", { kind, ids, ...errorFields(error) });
    return 0;
  }
}

/** /scenarios: the hits of this page (public records only, with safe highlights) and the facets. */
export async function browseScenarios(requested: BrowseState, now: Date = new Date()) {
  const categories = await listCategoryNames();
  const state = withKnownCategories(requested, categories);
  const { answer, rows } = await answerWithPublicRows("scenarios", state, categories, now, publicScenariosByIds);
  const highlights = new Map(answer.hits.map((hit) => [hit.id, hit.highlights]));
  const items = rows.map((row) => ({
    ...row,
    daysLeft: daysUntil(row.deadline, now),
    open: isOpenForBids({ ...row, hidden: false }, now),
    titleHtml: trustedHighlight(highlights.get(row.id)?.title, row.title),
    summaryHtml: trustedHighlight(highlights.get(row.id)?.summary, row.summary),
    tagsHtml: trustedListHighlight(highlights.get(row.id)?.tags, row.tags),
  }));
  // A hit the database no longer shows (withdrawn just now, or past the cap of left-out records) is not counted.
  const total = Math.max(0, answer.total - (answer.hits.length - rows.length));
  const { total: _found, hits: _hits, ...offers } = answer; // facets, counts and the help an empty page offers
  return { kind: "scenarios" as const, state, categories, items, total, pageCount: pageCountOf(total), ...offers };
}

/** The status of a search page that could not search: refused input, or an engine that cannot answer now. */
const BROWSE_ERROR_STATUS: Record<NonNullable<EngineAnswer["error"]>, number> = { invalid: 400, unavailable: 503 };
const RETRY_UNAVAILABLE_SEARCH_AFTER_S = 30;

/**
 * What a search page's address says besides its state: amounts it could not use, a cut query, a search instead,
 * filter values it could not use.
 */
type FromAddress = Omit<ReturnType<typeof readBrowseRequest>, "state"> & { ignoredFilters: IgnoredFilterValue[] };

/**
 * A search page's answer to its address (the loaders of /scenarios and /solutions): a redirect — to the short
 * link of a form sent without JavaScript (canonicalFormHref), or to the suggestion's results when the words found
 * nothing (searchInsteadHref) — or the page's data, with what the address said. `typed` is believed only where it
 * is what the page would have searched instead: its suggestion is this page's words, and they found something. A
 * hand-made link ("?q=wrj&typed=wrj", "?typed=foo") would otherwise put any words in the page's sentence.
 */
export async function answerBrowseRequest<
  Result extends { state: BrowseState; total: number; error: EngineAnswer["error"]; suggestion: string | null; suggestionSearchedInstead: boolean; suggestionCount: number },
>(
  kind: BrowseKind,
  url: URL,
  browse: (state: BrowseState) => Promise<Result>,
): Promise<{ redirect: string } | { data: Result & FromAddress; status: number; headers: Record<string, string> }> {
  const canonical = canonicalFormHref(kind, url.searchParams);
  if (canonical) return { redirect: canonical };
  const { state, ...read } = readBrowseRequest(kind, url.searchParams);
  const result = await browse(state);
  const fromAddress = { ...read, ignoredFilters: ignoredFilterValues(kind, url.searchParams, result.state) };
  const instead = searchInsteadHref(kind, result, fromAddress);
  if (instead) return { redirect: instead };
  const typed = fromAddress.searchedInsteadOf;
  // Searching instead always lands on page 1 with results; a later page of it carries no `typed`.
  const searchedInstead =
    typed !== null && result.total > 0 && result.state.page === 1 && typed !== result.state.q && isSearchedInstead(suggestionFor(typed, 0), result.state.q);
  // What the words typed found themselves, counted here rather than taken from the address: the page says "no results
  // for …" only when that is true, and otherwise how few they found, with the way back to them (searchAsTyped).
  const counted = searchedInstead ? await countAsTyped(kind, { ...result.state, q: typed }) : null;
  // Believed only as the page would have searched instead: the words typed found fewer (a hand-made link otherwise had
  // "“monitored” found only 2 results" above one).
  const believed = searchedInstead && (counted === null || counted < result.total);
  const typedCount = believed ? counted : null;
  // An amount the page could not use is bad input: 400, with the page as it is — the amount kept in its box and said
  // why next to it, the rest of the search applied (it was 200; a QA review held it to the rule that bad input gets a
  // 4xx). A reversed range is no error: it is swapped and said so.
  const status = result.error ? BROWSE_ERROR_STATUS[result.error] : amountInputRefused(fromAddress.amountInput) ? 400 : 200;
  // An engine that cannot answer is expected back: when to ask again, for crawlers and proxies (the page says it too).
  const headers: Record<string, string> = status === 503 ? { "Retry-After": String(RETRY_UNAVAILABLE_SEARCH_AFTER_S) } : {};
  return { data: { ...result, ...fromAddress, searchedInsteadOf: believed ? typed : null, typedCount }, status, headers };
}

/**
 * The query with each Latin word as a phrase of its own ("inspecton" → "\"inspecton\""): found as written, without
 * typo tolerance or synonyms, on both engines (query-syntax.ts). Null for a query with operators of its own, or
 * without a Latin word (a spelling suggestion corrects Latin words only).
 */
function wordsAsWritten(q: string): string | null {
  if (hasQueryOperators(q) || !/\p{Script=Latin}/u.test(q)) return null;
  return q
    .split(" ")
    .map((word) => (/\p{Script=Latin}/u.test(word) ? `"${word}"` : word))
    .join(" ");
}

/**
 * How many records `state`'s words find on its page, as the page would count them; null when the engine cannot say
 * (the page then names no number).
 */
async function countAsTyped(kind: BrowseKind, state: BrowseState): Promise<number | null> {
  try {
    const counts = await countStates(kind, [state], new Date(), await withdrawnAwaitingSync(BROWSE_CONFIG[kind].index));
    return counts?.[0] ?? null;
  } catch (error) {
    if (!(error instanceof SearchEngineUnavailableError)) throw error;
    return null;
  }
}

/** /solutions: the hits of this page (public records only, with safe highlights) and the facets. */
export async function browseSolutions(requested: BrowseState, now: Date = new Date()) {
  const categories = await listCategoryNames();
  const state = withKnownCategories(requested, categories);
  const { answer, rows } = await answerWithPublicRows("solutions", state, categories, now, publicSolutionsByIds);
  const highlights = new Map(answer.hits.map((hit) => [hit.id, hit.highlights]));
  const items = rows.map((row) => ({
    ...row,
    titleHtml: trustedHighlight(highlights.get(row.id)?.title, row.title),
    summaryHtml: trustedHighlight(highlights.get(row.id)?.summary, row.summary),
    tagsHtml: trustedListHighlight(highlights.get(row.id)?.tags, row.tags),
  }));
  const total = Math.max(0, answer.total - (answer.hits.length - rows.length));
  const { total: _found, hits: _hits, ...offers } = answer; // facets (no deadline counts here), counts and the help an empty page offers
  return { kind: "solutions" as const, state, categories, items, total, pageCount: pageCountOf(total), ...offers };
}

/**
 * Public solutions whose text matches `q`, best first, one page of ids at a time: a search as /solutions runs
 * it (Chinese and English words, the glossary, typos in Latin words) for lists outside the browse pages — the
 * invite page. The records of `exceptOrgId`, and those withdrawn but not yet synced, are left
 * out of the hits and the total. The caller reads the records again by id with its own visibility rule.
 * With the "did you mean" the browse pages offer (suggestionCandidate), counted under the same exclusions, so
 * it is offered only when it finds a record this list may show.
 * Null when `q` has no words to search for (the caller lists instead) or the engine refused it.
 */
export async function searchSolutionIds(
  q: string,
  options: { exceptOrgId: string; page: number; pageSize: number },
): Promise<{ ids: string[]; total: number; suggestion: string | null; wordsToLeaveOut: WordLeftOut[] } | null> {
  if (!searchesWords({ q })) return null;
  const engine = getSearchEngine();
  await searchIndexesReadyForRequest(engine);
  const excluded = withdrawnFilter(await withdrawnAwaitingSync(SOLUTION_INDEX));
  const filter: FilterTree = { and: [{ not: { field: "orgId", eq: options.exceptOrgId } }, ...(excluded ? [excluded] : [])] };
  try {
    const result = await engine.search(SOLUTION_INDEX, { q, filter, page: options.page, pageSize: options.pageSize });
    const candidate = suggestionCandidate(q, result.total);
    const leaveOut = result.total === 0 ? queriesWithAWordLeftOut(q) : [];
    // One multi-search for the suggestion and every word left out, cut back into the two as the search pages do.
    const groups = [candidate === null ? [] : [candidate], leaveOut.map((variant) => variant.q)];
    const queries = groups.flat().map((text) => ({ index: SOLUTION_INDEX, q: text, filter, page: 1, pageSize: 0 }));
    const counts = queries.length ? (await engine.multiSearch(queries)).map((counted) => counted.total) : [];
    const [[suggestionCount], leaveOutCounts] = cutLike(groups, counts);
    return {
      ids: result.hits.map((hit) => hit.id),
      total: result.total,
      suggestion: (suggestionCount ?? 0) > 0 ? candidate : null,
      wordsToLeaveOut: leaveOut.map((variant, i) => ({ ...variant, count: leaveOutCounts![i]! })).filter((variant) => variant.count > 0),
    };
  } catch (error) {
    if (error instanceof SearchInputError) return null;
    throw error;
  }
}
