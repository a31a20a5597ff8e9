/**
 * The search engine contract shared by the embedded in-process engine (the default, ADR 0010) and Meilisearch.
 *
 * - `ensureIndex(name, settings)` creates an index or, when its settings changed, re-indexes the
 *   documents it holds under the new settings (a shadow copy swapped in, as `rebuild` does).
 * - Documents are flat objects with a string `id`; searchable fields are strings or string arrays,
 *   filterable fields hold values of their declared kind.
 * - `search` takes a typed `FilterTree` (never a raw filter string, so user input cannot change the
 *   filter's meaning), facets, sort, 1-based page/pageSize and attributes to highlight.
 *   `q` matches documents containing every query word (`matching: "all"`, the default — Meilisearch
 *   `matchingStrategy: "all"`); `matching: "any"` returns documents containing at least one word,
 *   the ones with more words ranked higher, which suits long "find similar" queries.
 *   Latin words match whole words; Chinese words match as sub-strings (two-character pieces), so 巡检 finds
 *   无人机巡检. A query of one Chinese character finds the words starting with it on both engines (港 → 港口;
 *   Meilisearch reads the last query word as a prefix), and on the embedded engine also those ending with it.
 *   Latin words the index does not know match known words a typo away; Chinese is exact.
 * - `score` is relative: higher is better, comparable only within one result list.
 * - `sort` decides the order first; relevance orders the documents its clauses leave equal (then the id). So a
 *   sort on a 0/1 field with a query groups the hits and ranks each group by relevance: /scenarios' default order,
 *   scenarios taking bids first (browse.ts). On Meilisearch the `sort` ranking rule comes first (RANKING_RULES).
 * - `highlights[field]` is HTML: the field's text, escaped, with `<mark>` around matches; long
 *   texts are cut to a window around the first match with "…". An array field (tags) is highlighted element
 *   by element: an array of such HTML strings, one per element in the document's order (as Meilisearch's
 *   `_formatted` gives it), so a page can show each as a tag of its own rather than one joined string.
 * - `rebuild` fills a shadow index and swaps it in atomically: readers see the old index until the
 *   new one is complete, never a half-built one.
 */

export type FilterKind = "keyword" | "keyword[]" | "number" | "boolean";
export type FilterValue = string | number | boolean;

export type FilterTree =
  | { and: FilterTree[] }
  | { or: FilterTree[] }
  | { not: FilterTree }
  | { field: string; eq: FilterValue }
  | { field: string; in: FilterValue[] }
  | { field: string; range: { gte?: number; lte?: number } }
  | { field: string; exists: true };

export type SearchableAttribute = { field: string; weight?: number };

export type IndexSettings = {
  /** Fields searched by `q`, in order of importance; `weight` defaults to decreasing from the first. */
  searchable: SearchableAttribute[];
  filterable: Record<string, FilterKind>;
  /** Fields `sort` may use; each must also be filterable (number, keyword or boolean). */
  sortable: string[];
  /** Groups of equivalent terms: ["无人机", "UAV", "无人驾驶航空器"]; each finds all the others. */
  synonyms?: string[][];
  /**
   * One-way synonyms: a query for the key also finds the listed terms, not the reverse (the bilingual
   * glossary: "inspection" → 巡检, 巡查; 巡检 → "inspection" only). See synonyms.ts.
   */
  oneWaySynonyms?: Record<string, string[]>;
  /**
   * Latin words a query ignores ("inspection of the cranes" asks for inspection and cranes), as Meilisearch's
   * `stopWords`: without them a query finds only records containing every word, "of" and "the" included.
   */
  stopWords?: string[];
  /** Domain words kept whole: 首台套, 低空经济, 数字孪生 … */
  dictionary?: string[];
};

export type SearchDocument = { id: string } & Record<string, unknown>;

export type SortClause = { field: string; direction: "asc" | "desc" };

export type SearchQuery = {
  q?: string;
  matching?: "all" | "any";
  filter?: FilterTree;
  facets?: string[];
  sort?: SortClause[];
  /** 1-based. */
  page?: number;
  /** 0 asks for counts only (total and facets, no hits): what a search page's facet and bucket counts need. */
  pageSize?: number;
  highlight?: string[];
  /** Per-query attribute weights, overriding the index settings. */
  boost?: Record<string, number>;
  /**
   * false: the caller reads only the hits (matching's candidate retrieval), so an engine may stop scoring
   * documents that cannot reach the requested page. The hits are the same; `total` is then only a lower
   * bound (at least the hits returned). Ignored when facets or a sort are asked for. Default true.
   */
  exactTotal?: boolean;
};

/** One highlighted field: HTML for a text field, one HTML string per element for an array field. */
export type Highlight = string | string[];

export type SearchHit<Doc extends SearchDocument = SearchDocument> = {
  id: string;
  score: number;
  doc: Doc;
  highlights: Record<string, Highlight>;
};

export type SearchResult<Doc extends SearchDocument = SearchDocument> = {
  hits: SearchHit<Doc>[];
  total: number;
  /** field → value → count, over every document matching `q` and `filter`. */
  facets: Record<string, Record<string, number>>;
  page: number;
  pageSize: number;
};

export type EngineHealth = { ok: boolean; engine: string; indexes: Record<string, number>; message?: string };

export interface SearchEngine {
  readonly name: string;
  /** How long a reader's request waits for this engine before search is taken as unavailable for now. */
  readonly readTimeoutMs: number;
  ensureIndex(index: string, settings: IndexSettings): Promise<void>;
  upsert(index: string, docs: SearchDocument[]): Promise<void>;
  delete(index: string, ids: string[]): Promise<void>;
  get(index: string, id: string): Promise<SearchDocument | null>;
  count(index: string, filter?: FilterTree): Promise<number>;
  /**
   * Every document in the index, in no particular order, with only its id and the named `fields` (a field a
   * document lacks is absent): what a consistency check compares with the database, without reading whole
   * documents.
   */
  listDocuments(index: string, fields: string[]): Promise<SearchDocument[]>;
  search(index: string, query: SearchQuery): Promise<SearchResult>;
  multiSearch(queries: ({ index: string } & SearchQuery)[]): Promise<SearchResult[]>;
  rebuild(index: string, settings: IndexSettings, docs: AsyncIterable<SearchDocument> | Iterable<SearchDocument>): Promise<void>;
  /** Removes an index and its documents; a no-op when it does not exist. */
  dropIndex(index: string): Promise<void>;
  health(): Promise<EngineHealth>;
}

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 1000;

/**
 * `instanceof` for the engine's errors that holds across the process's two module graphs: server.ts and the Remix
 * build each load this module, and the engine, shared through globalThis (search-service.server.ts), throws the
 * classes of the graph that created it — at start-up, server.ts's. A plain `instanceof` in a route of the build
 * then failed, and a search server that did not answer was a 500. The brand is a registered symbol, the same in
 * both graphs; a subclass is still checked by its prototype chain.
 */
function brandedInstanceCheck(owner: () => abstract new (...args: never[]) => unknown, tag: string) {
  return function (this: abstract new (...args: never[]) => unknown, value: unknown): boolean {
    // Error is one class in both graphs (one realm): a plain copy of an error ({ ...error }) carries the brand, not this.
    if (!(value instanceof Error)) return false;
    if (Function.prototype[Symbol.hasInstance].call(this, value)) return true;
    // The brand stands for the class that set it, not for its subclasses (MeilisearchEngineError).
    return this === owner() && (value as unknown as Record<symbol, unknown>)[SEARCH_ERROR_BRAND] === tag;
  };
}

const SEARCH_ERROR_BRAND = Symbol.for("scenebridge.search.error");

/** A query or document the engine refuses; `message` is for developers, the route shows its own text. */
export class SearchInputError extends Error {
  override name = "SearchInputError";
  readonly [SEARCH_ERROR_BRAND] = "SearchInputError";
  static [Symbol.hasInstance] = brandedInstanceCheck(() => SearchInputError, "SearchInputError");
}

/**
 * The engine could not answer — a search server that is unreachable, too slow (SEARCH_REQUEST_TIMEOUT_MS) or failing
 * — as opposed to a query it refuses (SearchInputError). Nothing the reader typed is wrong: a page says the search is
 * unavailable for the moment (503) instead of failing, and keeps what was typed. Only an engine behind a network
 * throws it; the embedded engine's failures are bugs and stay errors.
 */
export class SearchEngineUnavailableError extends Error {
  override name = "SearchEngineUnavailableError";
  readonly [SEARCH_ERROR_BRAND] = "SearchEngineUnavailableError";
  static [Symbol.hasInstance] = brandedInstanceCheck(() => SearchEngineUnavailableError, "SearchEngineUnavailableError");
}

/**
 * How long a reader's search may wait for a search server before its page says search is unavailable: a page, not a
 * batch job, is waiting (writes and tasks have their own, longer limits).
 */
export const SEARCH_REQUEST_TIMEOUT_MS = 5_000;

export function resolvePaging(query: SearchQuery): { page: number; pageSize: number } {
  const page = query.page ?? 1;
  const pageSize = query.pageSize ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(page) || page < 1) throw new SearchInputError(`page must be an integer ≥ 1, got ${page}`);
  if (!Number.isInteger(pageSize) || pageSize < 0 || pageSize > MAX_PAGE_SIZE) {
    throw new SearchInputError(`pageSize must be an integer from 0 to ${MAX_PAGE_SIZE}, got ${pageSize}`);
  }
  return { page, pageSize };
}

/**
 * The window of a long field a highlight shows, from `start` to `end` (UTF-16 offsets), moved off the middle of a
 * character written with two code units (CJK Extension B, emoji): cut there, half a character would be shown as
 * "�". Both engines cut their highlights with it.
 */
export function wholeCharacterWindow(text: string, start: number, end: number): [number, number] {
  const isLowSurrogate = (at: number) => at > 0 && at < text.length && (text.charCodeAt(at) & 0xfc00) === 0xdc00 && (text.charCodeAt(at - 1) & 0xfc00) === 0xd800;
  return [isLowSurrogate(start) ? start - 1 : start, isLowSurrogate(end) ? end + 1 : end];
}
