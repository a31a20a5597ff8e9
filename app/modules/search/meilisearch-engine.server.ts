/**
 * The production search engine: a Meilisearch server, through the official client (`meilisearch@0.62.0`).
 * `createMeilisearchEngine({ url, apiKey, indexPrefix })` implements `SearchEngine` (contract in search-engine.ts).
 *
 * How our contract maps onto Meilisearch:
 * - Every write is a task; each one is awaited and a failed or canceled task throws with Meilisearch's message
 *   and code, so a caller (the index outbox) never marks a write done that the server refused.
 * - `ensureIndex` compares the settings we manage with the server's and applies them only when they differ.
 *   Meilisearch re-indexes in the background and keeps answering with the old settings until the task is done,
 *   which gives the "readers never see a half-built index" guarantee without a shadow copy.
 * - `rebuild` fills `<index>__shadow_<time>` and swaps it in with `swap-indexes` (atomic on the server).
 * - Filters are compiled from the typed tree (meilisearch-filter.ts); raw filter strings are never accepted.
 * - `matching: "all"` → `matchingStrategy: "all"`. `matching: "any"` with two or more words → one federated
 *   multi-search (see anyRequest): Meilisearch has no strategy that keeps every document with any one word.
 * - `boost` is ignored: Meilisearch has no per-query attribute weights. Attribute importance comes from the
 *   order of `searchableAttributes`, and `attributesToSearchOn` only restricts fields, it does not reorder them.
 * - Highlights: Meilisearch marks matches with tags we choose. We use control characters that HTML cannot carry,
 *   escape the whole text, then turn the markers into `<mark>`, so the document's own HTML is always inert.
 * - Search, filtered counts and upserts need the index's settings (filter kinds, sortable fields), known once
 *   this engine has run `ensureIndex` or `rebuild` for the index — as with the embedded engine.
 */
import {
  Meilisearch,
  MeilisearchApiError,
  MeilisearchRequestError,
  MeilisearchRequestTimeOutError,
  MeilisearchTaskTimeOutError,
  type EnqueuedTaskPromise,
  type FederatedMultiSearchParams,
  type Hit,
  type IndexSwap,
  type MultiSearchQuery,
  type MultiSearchQueryWithFederation,
  type SearchParams,
  type SearchResponse,
  type Settings,
  type Task,
} from "meilisearch";
import { compileFilter, isSafeFieldName, toWellFormed, type CompiledFilter } from "./meilisearch-filter";
import { normalizeSynonymTerm, stopWordSet, synonymLookup } from "./synonyms";
import { withoutEnglishAffixes, withoutFormatCharacters, withoutStopWords } from "./tokenizer";
import {
  SEARCH_REQUEST_TIMEOUT_MS,
  SearchEngineUnavailableError,
  SearchInputError,
  resolvePaging,
  wholeCharacterWindow,
  type EngineHealth,
  type FilterTree,
  type Highlight,
  type IndexSettings,
  type SearchDocument,
  type SearchEngine,
  type SearchHit,
  type SearchQuery,
  type SearchResult,
} from "./search-engine";
import { readQuerySyntax, withPlainOperators, writtenOperators } from "./query-syntax";
import { simplifiedChinese } from "./simplified-chinese.server";

export type MeilisearchEngineOptions = {
  /** e.g. http://127.0.0.1:7700 */
  url: string;
  /** The master key, or a key allowed to manage indexes, documents, settings, tasks and search. */
  apiKey: string;
  /** Prepended to every index uid, so several apps or test runs can share one server. */
  indexPrefix?: string;
  /** How long to wait for one task (a settings change re-indexes everything). Default 5 minutes. */
  taskTimeoutMs?: number;
  /** Timeout of one HTTP request. Default 30 s. */
  requestTimeoutMs?: number;
  /** Timeout of the reads a page or start-up waits for (see `read`). Default SEARCH_REQUEST_TIMEOUT_MS. */
  searchTimeoutMs?: number;
};

export const WRITE_BATCH = 1000;
export const MAX_QUERY_LENGTH = 1000;
export const SHADOW_MARKER = "__shadow_";
export const HIGHLIGHT_PRE_TAG = "\u0001";
export const HIGHLIGHT_POST_TAG = "\u0002";
const HIGHLIGHT_WINDOW = 200;
/** Documents read per request when listing an index (listDocuments); a page of ids and a field or two is small. */
const LIST_PAGE = 1000;

/** Meilisearch reads at most 10 words of a query; "any" sends a query per word, so it stops at 10 words too. */
export const MAX_ANY_WORDS = 10;

/**
 * Meilisearch's default ranking rules with `sort` moved first: a query's sort decides, and relevance orders what
 * it leaves equal, as the contract says (search-engine.ts) and the embedded engine does. With `sort` after the
 * relevance rules, "budget, highest first" with words was mostly a relevance order, and a 0/1 sort (open for bids
 * first, then relevance) could not group. Without a sort in the query the rule does nothing.
 */
export const RANKING_RULES = ["sort", "words", "typo", "proximity", "attribute", "exactness"];
export const MAX_TOTAL_HITS = 100_000;
export const MAX_VALUES_PER_FACET = 200;
// Primary keys and index uids Meilisearch accepts; both also end up in URL paths unencoded by the client.
const DOCUMENT_ID = /^[A-Za-z0-9_-]{1,511}$/;
const INDEX_UID = /^[A-Za-z0-9_-]{1,350}$/;

type WriteOp = { kind: "upsert"; docs: SearchDocument[] } | { kind: "delete"; ids: string[] };
type PreparedQuery = {
  uid: string;
  query: SearchQuery;
  /** The plain search request; null when the filter cannot match anything or the query is federated. */
  params: SearchParams | null;
  /** The federated request of an "any" query with two or more words. */
  federated: FederatedMultiSearchParams | null;
  page: number;
  pageSize: number;
  facets: string[];
};

/**
 * The words of an "any" query: split on whitespace, keeping only words with a letter or a digit (a word of
 * separators alone, such as "&", would make its own query a placeholder search that matches every document),
 * without case-insensitive repeats, at most MAX_ANY_WORDS.
 */
export function anyWords(q: string): string[] {
  const seen = new Set<string>();
  const words: string[] = [];
  for (const word of q.split(/\s+/u)) {
    if (!/[\p{L}\p{N}]/u.test(word)) continue;
    const key = word.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    words.push(word);
    if (words.length === MAX_ANY_WORDS) break;
  }
  return words;
}

/**
 * The negatives that leave out what excluded words find through synonyms (query-syntax.ts: -inspection leaves out
 * 巡检): each synonym of each word, a phrase in quotes, without repeats or the words themselves.
 */
export function excludedSynonymsOf(excluded: readonly string[], synonyms: ReadonlyMap<string, readonly string[]>): string[] {
  const written = new Set(excluded.map(normalizeSynonymTerm));
  const others = new Set(excluded.flatMap((word) => synonyms.get(normalizeSynonymTerm(word)) ?? []).filter((synonym) => !written.has(synonym)));
  const isPhrase = (term: string) => /\s/u.test(term);
  return writtenOperators({ phrases: [], excluded: [...others].filter((term) => !isPhrase(term)), excludedPhrases: [...others].filter(isPhrase) });
}

/**
 * `matching: "any"` as one federated multi-search on the index (Meilisearch ≥ 1.11 for the facets), for 2 to 10 words.
 *
 * Queries, each with the same filter, sort, highlight settings, `showRankingScore` and `locales`:
 *   0.   all the words, `matchingStrategy: "last"`, `federationOptions.weight` = the number of words (n);
 *   1…n. one word each, `matchingStrategy: "all"`, weight 1.
 * `operators` (phrases in quotes, excluded terms after a minus: query-syntax.ts) follow the words in every query,
 * so they bind every document found, as on the embedded engine; in query 0 they come first, because "last" drops
 * terms from the end and would drop a phrase there.
 * Queries 1…n are what makes it "any": every document holding at least one word is found by one of them.
 * Query 0 only ranks: it finds the documents with the first word and, through its `words` rule, scores a
 * document holding the first k words in (k−1)/n … k/n; times n that is (k−1, k]. A single-word query's score is
 * at most 1 (its `words` rule is a constant 1/1 under "all"), so every document holding at least the first two
 * words outranks every document found only through one word.
 *
 * How federation merges (Meilisearch's federated search): each hit weighs `_rankingScore × weight`
 * (`_federation.weightedRankingScore`), the hits of all queries are merged highest first, ties going to the
 * earlier query, and a document found by several queries is returned once, where it weighs most: its weighted
 * scores do NOT add up (the best one counts, the others are dropped). Resulting order:
 *   1. documents holding the first k ≥ 2 query words, by k, then by Meilisearch's relevance within k;
 *   2. then every other document by its best weighted score: the best single-word relevance among the words it
 *      holds (or, holding the first word, query 0's score for k = 1 if that is higher).
 * So "more words first" holds for leading words; a document with words 2 and 3 but not word 1 ranks as a
 * one-word match — callers put the most important words first. The tiers assume each of our words is one
 * Meilisearch term; a word Meilisearch segments into several terms (some Chinese words) makes n smaller than its
 * term count, and the lower tiers then mix with the single-word matches. With `sort` (the first ranking rule),
 * federation compares the sort values first, then the weighted relevance, as in a plain search with a query.
 *
 * Paging: `federation.offset/limit` (queries may not carry pagination). `total` is the response's
 * `estimatedTotalHits`: the distinct documents matching any of the queries. Facets: `facetsByIndex` for our
 * index with `mergeFacets`, counted over those same documents, i.e. over every document matching the query and
 * the filter.
 */
function anyRequest(
  uid: string,
  words: string[],
  operators: string[],
  shared: SearchParams,
  page: number,
  pageSize: number,
  facets: string[],
): FederatedMultiSearchParams {
  const queries: MultiSearchQueryWithFederation[] = [
    { indexUid: uid, q: [...operators, ...words].join(" "), matchingStrategy: "last", ...shared, federationOptions: { weight: words.length } },
    ...words.map((word): MultiSearchQueryWithFederation => ({ indexUid: uid, q: [word, ...operators].join(" "), matchingStrategy: "all", ...shared, federationOptions: { weight: 1 } })),
  ];
  return {
    federation: {
      offset: (page - 1) * pageSize,
      limit: pageSize,
      ...(facets.length > 0 ? { facetsByIndex: { [uid]: facets }, mergeFacets: { maxValuesPerFacet: MAX_VALUES_PER_FACET } } : {}),
    },
    queries,
  };
}

function validateSettings(settings: IndexSettings) {
  if (settings.searchable.length === 0) throw new SearchInputError("settings.searchable must list at least one field");
  for (const field of Object.keys(settings.filterable)) {
    if (!isSafeFieldName(field)) throw new SearchInputError(`filterable field "${field}" must be a plain identifier (letters, digits, _)`);
  }
  for (const field of settings.sortable) {
    if (!settings.filterable[field]) throw new SearchInputError(`sortable field "${field}" must also be filterable`);
  }
}

/**
 * Meilisearch's synonym map is one-way per key, so it takes our lookup as it is: each group of equivalent
 * terms becomes a mapping from every term to all the others, and one-way synonyms stay one-way.
 */
export function synonymsToMeilisearch(settings: Pick<IndexSettings, "synonyms" | "oneWaySynonyms">): Record<string, string[]> {
  return Object.fromEntries([...synonymLookup(settings)].map(([term, others]) => [term, [...others]]));
}

/** The Meilisearch settings for our index settings: only the fields this engine manages. */
export function toMeilisearchSettings(settings: IndexSettings): Settings {
  const searchable = [...new Set(settings.searchable.map((attribute) => attribute.field))];
  const exactFields = Object.entries(settings.filterable)
    .filter(([, kind]) => kind !== "boolean")
    .map(([field]) => field);
  return {
    searchableAttributes: searchable,
    filterableAttributes: Object.keys(settings.filterable),
    sortableAttributes: [...settings.sortable],
    rankingRules: RANKING_RULES,
    synonyms: synonymsToMeilisearch(settings),
    stopWords: [...stopWordSet(settings)],
    dictionary: [...new Set(settings.dictionary ?? [])],
    localizedAttributes: [{ attributePatterns: searchable, locales: ["cmn"] }],
    // Codes, tags and numbers are matched exactly, as in the embedded engine: a typo must not turn one code into another.
    typoTolerance: { disableOnAttributes: exactFields },
    pagination: { maxTotalHits: MAX_TOTAL_HITS },
    faceting: { maxValuesPerFacet: MAX_VALUES_PER_FACET },
  };
}

function sorted(values: readonly string[] | null | undefined): string[] {
  return [...(values ?? [])].sort();
}

/** The managed settings in a form where the server's ordering of sets does not count as a change. */
function comparableSettings(settings: Settings): string {
  const synonyms = Object.entries(settings.synonyms ?? {})
    .map(([term, others]) => [term, sorted(others)] as const)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return JSON.stringify({
    searchableAttributes: settings.searchableAttributes ?? [],
    filterableAttributes: sorted((settings.filterableAttributes ?? []).map((entry) => (typeof entry === "string" ? entry : JSON.stringify(entry)))),
    sortableAttributes: sorted(settings.sortableAttributes),
    rankingRules: settings.rankingRules ?? [],
    synonyms,
    stopWords: sorted(settings.stopWords),
    dictionary: sorted(settings.dictionary),
    localizedAttributes: (settings.localizedAttributes ?? []).map((rule) => ({ attributePatterns: rule.attributePatterns, locales: sorted(rule.locales) })),
    disableOnAttributes: sorted(settings.typoTolerance?.disableOnAttributes),
    maxTotalHits: settings.pagination?.maxTotalHits ?? null,
    maxValuesPerFacet: settings.faceting?.maxValuesPerFacet ?? null,
  });
}

const HTML_ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => HTML_ENTITIES[char]!);
}

type Segment = { text: string; marked: boolean };

function segmentsOf(formatted: string): Segment[] {
  const segments: Segment[] = [];
  let marked = false;
  let text = "";
  for (const char of formatted) {
    if (char === HIGHLIGHT_PRE_TAG || char === HIGHLIGHT_POST_TAG) {
      const nowMarked = char === HIGHLIGHT_PRE_TAG;
      if (nowMarked !== marked) {
        if (text) segments.push({ text, marked });
        text = "";
        marked = nowMarked;
      }
      continue; // a stray marker (one the document itself contained) is dropped
    }
    text += char;
  }
  if (text) segments.push({ text, marked });
  return segments;
}

/**
 * Meilisearch's highlighted text → our contract: escaped HTML with <mark> around matches, cut to a window
 * around the first match with "…" when long (Meilisearch's own cropping counts words, which Chinese lacks).
 */
export function formattedToHtml(formatted: string, window = HIGHLIGHT_WINDOW): string {
  const segments = segmentsOf(formatted);
  const length = segments.reduce((sum, segment) => sum + segment.text.length, 0);
  let start = 0;
  let end = length;
  if (length > window) {
    let firstMark = 0;
    let offset = 0;
    for (const segment of segments) {
      if (segment.marked) {
        firstMark = offset;
        break;
      }
      offset += segment.text.length;
    }
    start = Math.max(0, firstMark - Math.floor(window / 5));
    [start, end] = wholeCharacterWindow(segments.map((segment) => segment.text).join(""), start, Math.min(length, start + window));
  }
  let html = start > 0 ? "…" : "";
  let offset = 0;
  for (const segment of segments) {
    const from = Math.max(start, offset);
    const to = Math.min(end, offset + segment.text.length);
    if (from < to) {
      const piece = escapeHtml(segment.text.slice(from - offset, to - offset));
      html += segment.marked ? `<mark>${piece}</mark>` : piece;
    }
    offset += segment.text.length;
  }
  if (end < length) html += "…";
  return html;
}

function formattedValueToText(value: unknown): string {
  if (value === undefined || value === null) return "";
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}

/** A `_formatted` field → our highlight: an array field (which Meilisearch highlights element by element) stays an array. */
function formattedToHighlight(value: unknown): Highlight {
  return Array.isArray(value) ? value.map((element) => formattedToHtml(formattedValueToText(element))) : formattedToHtml(formattedValueToText(value));
}

const HIT_METADATA = new Set(["_formatted", "_rankingScore", "_rankingScoreDetails", "_matchesPosition", "_federation"]);

function storedDocument(hit: Hit): SearchDocument {
  const doc: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(hit)) if (!HIT_METADATA.has(key)) doc[key] = value;
  return doc as SearchDocument;
}

function apiErrorCode(error: unknown): string | undefined {
  return error instanceof MeilisearchApiError ? error.cause?.code : undefined;
}

/** An error that says what we were doing and what Meilisearch answered, for logs and the health page. */
export class MeilisearchEngineError extends Error {
  override name = "MeilisearchEngineError";
  constructor(
    message: string,
    readonly code?: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/**
 * Meilisearch could not answer: unreachable, too slow, or failing on its side (HTTP 5xx). To a page that is "search
 * is unavailable for now" (SearchEngineUnavailableError, ADR 0019), and start-up goes on without it. What Meilisearch
 * refuses — a wrong key, a query or settings it rejects (HTTP 4xx), a failed task — and our own exceptions are not:
 * they stay MeilisearchEngineError, which stops start-up with its message and is a 500 on a page, since waiting
 * will not mend them.
 */
export class MeilisearchUnavailableError extends SearchEngineUnavailableError {
  override name = "MeilisearchUnavailableError";
}

function describeFailure(action: string, error: unknown, url: string): Error {
  if (error instanceof MeilisearchEngineError || error instanceof SearchEngineUnavailableError || error instanceof SearchInputError) return error;
  if (error instanceof MeilisearchApiError) {
    const code = error.cause?.code;
    const hint =
      code === "invalid_api_key" || code === "missing_authorization_header"
        ? " — check MEILI_MASTER_KEY: the server does not accept the configured API key"
        : "";
    const message = `Meilisearch ${action} failed: ${error.message}${code ? ` (${code}, HTTP ${error.response.status})` : ` (HTTP ${error.response.status})`}${hint}`;
    return error.response.status >= 500 ? new MeilisearchUnavailableError(message, { cause: error }) : new MeilisearchEngineError(message, code, { cause: error });
  }
  if (error instanceof MeilisearchRequestError) {
    // A read's own deadline (readDeadline) aborts with a TimeoutError; the client's timeout with its own error.
    if (error.cause instanceof Error && (error.cause.name === "TimeoutError" || error.cause instanceof MeilisearchRequestTimeOutError)) {
      return new MeilisearchUnavailableError(`Meilisearch ${action} failed: ${url} did not answer in time (${error.cause.message})`, { cause: error });
    }
    const reason = error.cause instanceof Error ? (error.cause.cause instanceof Error ? error.cause.cause.message : error.cause.message) : String(error.cause);
    return new MeilisearchUnavailableError(`Meilisearch ${action} failed: cannot reach ${url} (${reason})`, { cause: error });
  }
  // Waiting for a task longer than its limit: the server is alive but too busy to finish it.
  if (error instanceof MeilisearchTaskTimeOutError) return new MeilisearchUnavailableError(`Meilisearch ${action} failed: ${error.message}`, { cause: error });
  return new MeilisearchEngineError(`Meilisearch ${action} failed: ${error instanceof Error ? error.message : String(error)}`, undefined, { cause: error });
}

/** A task that ended: itself when it succeeded (or failed with a `tolerated` code), else MeilisearchEngineError. */
function taskOutcome(action: string, task: Task, tolerated: string[] = []): Task {
  if (task.status === "succeeded") return task;
  if (task.status === "failed" && task.error && tolerated.includes(task.error.code)) return task;
  const reason = task.error ? `${task.error.message} (${task.error.code})` : `the task ended as "${task.status}"`;
  throw new MeilisearchEngineError(`Meilisearch ${action} failed: task ${task.uid} (${task.type}) — ${reason}`, task.error?.code);
}

/** The server address for messages, without any user:password part. */
function withoutCredentials(url: string): string {
  try {
    const parsed = new URL(url);
    return parsed.username || parsed.password ? `${parsed.protocol}//${parsed.host}${parsed.pathname}` : url;
  } catch {
    return url;
  }
}

export class MeilisearchEngine implements SearchEngine {
  readonly name = "meilisearch";
  private readonly client: Meilisearch;
  private readonly prefix: string;
  private readonly taskTimeoutMs: number;
  readonly readTimeoutMs: number;
  private readonly url: string;
  /** Settings of the indexes this engine has ensured or rebuilt, for validating queries and documents. */
  private readonly settingsByIndex = new Map<string, IndexSettings>();
  /** Writes seen while an index is being rebuilt, replayed onto the shadow index before the swap. */
  private readonly writesDuringRebuild = new Map<string, WriteOp[]>();
  /** Index uid → the settings update this engine queued and has not seen end (updateSettings). */
  private readonly settingsTasks = new Map<string, number>();

  constructor(options: MeilisearchEngineOptions) {
    this.url = withoutCredentials(options.url);
    this.prefix = options.indexPrefix ?? "";
    this.taskTimeoutMs = options.taskTimeoutMs ?? 5 * 60_000;
    this.readTimeoutMs = options.searchTimeoutMs ?? SEARCH_REQUEST_TIMEOUT_MS;
    this.client = new Meilisearch({ host: options.url, apiKey: options.apiKey, timeout: options.requestTimeoutMs ?? 30_000 });
  }

  private uid(index: string): string {
    const uid = this.prefix + index;
    if (!INDEX_UID.test(uid) || index.includes(SHADOW_MARKER)) {
      throw new SearchInputError(`index name "${index}" must be letters, digits, "-" or "_" (at most 350 with the prefix)`);
    }
    return uid;
  }

  private settingsOf(index: string): IndexSettings {
    const settings = this.settingsByIndex.get(index);
    if (!settings) throw new SearchInputError(`index "${index}" is not known to this engine; call ensureIndex first`);
    return settings;
  }

  /**
   * A read a page or start-up waits for — a search, a count, an index's settings, the health check — within
   * `searchTimeoutMs` (MEILI_SEARCH_TIMEOUT_MS), not the client's 30 s meant for writes: a reader's page must not hang
   * on a server that does not answer (ADR 0019). `run` gets the signal for the client calls that take one, which then
   * abort the request; the others are given up at the deadline while the request runs out on its own. (In meilisearch
   * 0.62 a request given its own signal is not also under the client's `timeout`: the signal alone decides. An
   * upgrade could change that; the adapter test of a stalled search would say so.)
   */
  private read<T>(action: string, run: (init: { signal: AbortSignal }) => Promise<T>): Promise<T> {
    const signal = AbortSignal.timeout(this.readTimeoutMs);
    const late = new Promise<never>((_, reject) => {
      signal.addEventListener("abort", () => reject(new MeilisearchRequestError(this.url, signal.reason)), { once: true });
    });
    late.catch(() => undefined); // the deadline passes after every read, answered or not: only a race may hear it
    return this.request(action, () => Promise.race([run({ signal }), late]));
  }

  private async request<T>(action: string, run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (error) {
      throw describeFailure(action, error, this.url);
    }
  }

  /** Enqueues a write and waits for its task; a failed task throws unless its code is in `tolerated`. */
  private async runTask(action: string, enqueue: () => EnqueuedTaskPromise, tolerated: string[] = []): Promise<Task> {
    const task = await this.request(action, () => enqueue().waitTask({ timeout: this.taskTimeoutMs }));
    return taskOutcome(action, task, tolerated);
  }

  /**
   * Sends the index's settings and waits for the task. A wait past the task limit leaves the task queued on the
   * server (behind a long reindex, say) and the preparation is tried again later: that try waits for the same task
   * instead of queueing the same update once more behind it (each would re-index the whole index when it runs).
   */
  private async updateSettings(uid: string, wanted: Settings): Promise<void> {
    const action = `updating the settings of "${uid}"`;
    const taskUid = (await this.queuedSettingsTask(uid)) ?? (await this.request(action, () => this.client.index(uid).updateSettings(wanted))).taskUid;
    // Remembered until the wait ends: a wait past the task limit, or a server out of reach, leaves the task queued.
    this.settingsTasks.set(uid, taskUid);
    const task = await this.request(action, () => this.client.tasks.waitForTask(taskUid, { timeout: this.taskTimeoutMs }));
    this.settingsTasks.delete(uid);
    taskOutcome(action, task);
  }

  /**
   * The settings update this engine queued for the index and has not seen end, if the server still has it as that:
   * a server that lost its data (restarted without a volume, a new instance behind the same URL) may not know the
   * task, or may have given its number to another task since. Then it is forgotten, and the update sent again.
   */
  private async queuedSettingsTask(uid: string): Promise<number | null> {
    const remembered = this.settingsTasks.get(uid);
    if (remembered === undefined) return null;
    try {
      const task = await this.read(`looking up settings task ${remembered}`, () => this.client.tasks.getTask(remembered));
      if (task.type === "settingsUpdate" && task.indexUid === uid) return remembered;
    } catch (error) {
      if (apiErrorCode((error as Error).cause) !== "task_not_found") throw error;
    }
    this.settingsTasks.delete(uid);
    return null;
  }

  private async createIndex(uid: string) {
    // Another process may have created it between our look-up and this call: that is fine.
    await this.runTask(`creating index "${uid}"`, () => this.client.createIndex(uid, { primaryKey: "id" }), ["index_already_exists"]);
  }

  private async indexExists(uid: string): Promise<boolean> {
    try {
      await this.read(`looking up index "${uid}"`, () => this.client.getRawIndex(uid));
      return true;
    } catch (error) {
      if (apiErrorCode((error as Error).cause) === "index_not_found") return false;
      throw error;
    }
  }

  async ensureIndex(index: string, settings: IndexSettings): Promise<void> {
    validateSettings(settings);
    const uid = this.uid(index);
    const wanted = toMeilisearchSettings(settings);
    let current: Settings | null;
    try {
      // A read with the reader's deadline: pages and start-up ensure the indexes before they search.
      current = await this.read(`reading the settings of "${uid}"`, () => this.client.index(uid).getSettings());
    } catch (error) {
      if (apiErrorCode((error as Error).cause) !== "index_not_found") throw error;
      current = null;
    }
    if (current === null) await this.createIndex(uid);
    if (current === null || comparableSettings(current) !== comparableSettings(wanted)) await this.updateSettings(uid, wanted);
    this.settingsByIndex.set(index, settings);
  }

  private checkDocuments(settings: IndexSettings, docs: SearchDocument[]) {
    for (const doc of docs) {
      if (!doc || typeof doc.id !== "string" || !DOCUMENT_ID.test(doc.id)) {
        throw new SearchInputError(`every document needs a string id of letters, digits, "-" or "_" (got ${JSON.stringify(doc?.id)})`);
      }
      for (const [field, kind] of Object.entries(settings.filterable)) {
        const value = doc[field];
        if (value === undefined || value === null) continue;
        if (kind === "keyword[]" && !Array.isArray(value)) throw new SearchInputError(`document ${doc.id}: "${field}" must be an array`);
        if (kind === "number" && (typeof value !== "number" || !Number.isFinite(value))) {
          throw new SearchInputError(`document ${doc.id}: "${field}" must be a finite number`);
        }
        if (kind === "boolean" && typeof value !== "boolean") throw new SearchInputError(`document ${doc.id}: "${field}" must be true or false`);
      }
    }
  }

  private async addDocuments(uid: string, docs: SearchDocument[]) {
    for (let i = 0; i < docs.length; i += WRITE_BATCH) {
      const batch = docs.slice(i, i + WRITE_BATCH);
      // No primaryKey parameter: our indexes are created with "id", and repeating it can fail the task on some versions.
      await this.runTask(`adding ${batch.length} documents to "${uid}"`, () => this.client.index(uid).addDocuments(batch));
    }
  }

  private async deleteDocuments(uid: string, ids: string[]) {
    // An id Meilisearch could not store cannot be there to delete.
    const valid = [...new Set(ids)].filter((id) => typeof id === "string" && DOCUMENT_ID.test(id));
    if (valid.length === 0) return;
    await this.runTask(`deleting ${valid.length} documents from "${uid}"`, () => this.client.index(uid).deleteDocuments(valid));
  }

  async upsert(index: string, docs: SearchDocument[]): Promise<void> {
    const uid = this.uid(index);
    this.checkDocuments(this.settingsOf(index), docs);
    if (docs.length === 0) return;
    await this.addDocuments(uid, docs);
    this.writesDuringRebuild.get(index)?.push({ kind: "upsert", docs });
  }

  async delete(index: string, ids: string[]): Promise<void> {
    const uid = this.uid(index);
    await this.deleteDocuments(uid, ids);
    this.writesDuringRebuild.get(index)?.push({ kind: "delete", ids });
  }

  async get(index: string, id: string): Promise<SearchDocument | null> {
    const uid = this.uid(index);
    if (typeof id !== "string" || !DOCUMENT_ID.test(id)) return null;
    try {
      return (await this.client.index(uid).getDocument(id)) as SearchDocument;
    } catch (error) {
      if (apiErrorCode(error) === "document_not_found") return null;
      throw describeFailure(`reading document "${id}" of "${uid}"`, error, this.url);
    }
  }

  /** The documents route pages through the whole index (search stops at maxTotalHits), asking only for `fields`. */
  async listDocuments(index: string, fields: string[]): Promise<SearchDocument[]> {
    const uid = this.uid(index);
    const asked = ["id", ...fields.filter((field) => field !== "id")];
    const listed: SearchDocument[] = [];
    for (let offset = 0; ; offset += LIST_PAGE) {
      const page = await this.request(`listing the documents of "${uid}"`, () =>
        this.client.index(uid).getDocuments<SearchDocument>({ fields: asked, limit: LIST_PAGE, offset }),
      );
      for (const doc of page.results) listed.push({ ...doc, id: String(doc.id) });
      if (page.results.length < LIST_PAGE) return listed;
    }
  }

  /** Exact up to `pagination.maxTotalHits` (MAX_TOTAL_HITS), like every Meilisearch total. */
  async count(index: string, filter?: FilterTree): Promise<number> {
    const uid = this.uid(index);
    const compiled = filter ? compileFilter(filter, this.settingsOf(index).filterable) : ({ matches: "all" } as const);
    if (compiled.matches === "none") return 0;
    const response = await this.read(`counting documents of "${uid}"`, (init) =>
      this.client.index(uid).search(null, {
        page: 1,
        hitsPerPage: 0,
        ...(compiled.matches === "some" ? { filter: compiled.expression } : {}),
      }, init),
    );
    return response.totalHits;
  }

  /** The Meilisearch search request for one of our queries; `params` is null when the filter cannot match anything. */
  private prepare(index: string, query: SearchQuery): PreparedQuery {
    const uid = this.uid(index);
    const settings = this.settingsOf(index);
    const { page, pageSize } = resolvePaging(query);
    const facets = query.facets ?? [];
    for (const field of facets) {
      const kind = Object.hasOwn(settings.filterable, field) ? settings.filterable[field] : undefined;
      if (!kind || kind === "number") throw new SearchInputError(`"${field}" is not a keyword or boolean filterable field, so it has no facet counts`);
    }
    for (const clause of query.sort ?? []) {
      if (!settings.sortable.includes(clause.field)) throw new SearchInputError(`"${clause.field}" is not sortable`);
      if (clause.direction !== "asc" && clause.direction !== "desc") throw new SearchInputError(`sort direction must be "asc" or "desc"`);
    }
    const compiled: CompiledFilter = query.filter ? compileFilter(query.filter, settings.filterable) : { matches: "all" };
    if (compiled.matches === "none") return { uid, query, params: null, federated: null, page, pageSize, facets };
    // Meilisearch itself only uses the first 10 words; the cap keeps hostile input from costing bandwidth.
    // The cut must not leave half a surrogate pair, and lone surrogates would make the JSON body invalid for the server.
    // Stop words are taken out here rather than left to Meilisearch, which keeps the last word of a query
    // even when it is a stop word (as a prefix: "inspection of" would need a word starting "of…") and treats
    // a query of stop words alone as words: the embedded engine drops them all, so both engines answer alike.
    // Format characters (a zero-width space inside 无人机) are left out, as the embedded engine and the documents do.
    const typed = toWellFormed(withPlainOperators(simplifiedChinese(withoutFormatCharacters(query.q ?? ""))).slice(0, MAX_QUERY_LENGTH).replace(/[\uD800-\uDBFF]$/, ""));
    const plainWords = (text: string) => withoutStopWords(withoutEnglishAffixes(text), stopWordSet(settings)).trim();
    // Phrases and excluded terms (query-syntax.ts) are sent as typed — a phrase is that exact wording, stop words and
    // "-based" included, as the embedded engine reads it — and after the words, so that nothing added to the query
    // lands inside a quote the user left open (a code review found both). A word after a minus leaves out what the
    // word finds, synonyms and translations included, as on the embedded engine: Meilisearch matches a negative word
    // as written, so its synonyms are written out as negatives too.
    const syntax = readQuerySyntax(typed);
    const operators = [...writtenOperators(syntax), ...excludedSynonymsOf(syntax.excluded, synonymLookup(settings))];
    let q = [plainWords(syntax.looseText), ...operators].filter(Boolean).join(" ");
    const highlight = query.highlight ?? [];
    // What every request of this query carries besides q, the matching strategy, paging and facets.
    const shared: SearchParams = {
      ...(compiled.matches === "some" ? { filter: compiled.expression } : {}),
      ...(query.sort && query.sort.length > 0 ? { sort: query.sort.map((clause) => `${clause.field}:${clause.direction}`) } : {}),
      showRankingScore: true,
      locales: ["cmn"],
      ...(highlight.length > 0 ? { attributesToHighlight: highlight, highlightPreTag: HIGHLIGHT_PRE_TAG, highlightPostTag: HIGHLIGHT_POST_TAG } : {}),
    };
    if (q && query.matching === "any") {
      // Phrases and excluded terms bind every document found, so each query carries them all; only the plain words
      // (phrases' included) are "any", as the embedded engine reads them.
      const words = anyWords(plainWords(syntax.text));
      if (words.length >= 2) return { uid, query, params: null, federated: anyRequest(uid, words, operators, shared, page, pageSize, facets), page, pageSize, facets };
      // One word: "any" and "all" are the same search. No word with a letter or digit: q is left as it is.
      if (words.length === 1) q = [words[0]!, ...operators].join(" ");
    }
    const params: SearchParams = {
      // An empty q (or null) is Meilisearch's placeholder search: every document the filter lets through.
      q: q || null,
      ...(q ? { matchingStrategy: "all" } : {}),
      ...(facets.length > 0 ? { facets } : {}),
      // page/hitsPerPage makes Meilisearch count every match exhaustively; offset/limit gives an estimate,
      // which is all a caller that waived the exact total reads (facets are counted either way).
      ...(query.exactTotal === false ? { offset: (page - 1) * pageSize, limit: pageSize } : { page, hitsPerPage: pageSize }),
      ...shared,
    };
    return { uid, query, params, federated: null, page, pageSize, facets };
  }

  private toResult(response: SearchResponse | null, { uid, query, federated, page, pageSize, facets: facetFields }: PreparedQuery): SearchResult {
    if (!response) return { hits: [], total: 0, facets: Object.fromEntries(facetFields.map((field) => [field, {}])), page, pageSize };
    const hits: SearchHit[] = response.hits.map((hit) => {
      const highlights: Record<string, Highlight> = {};
      for (const field of query.highlight ?? []) {
        // In a federated answer, `_formatted` comes from the query that kept the hit: only that query's words are marked.
        const formatted = (hit._formatted as Record<string, unknown> | undefined)?.[field] ?? hit[field];
        highlights[field] = formattedToHighlight(formatted);
      }
      const doc = storedDocument(hit);
      // Federated hits are ordered by their weighted score, so that is the score comparable within the list.
      const score = (federated ? hit._federation?.weightedRankingScore : undefined) ?? hit._rankingScore ?? 0;
      return { id: String(doc.id), score, doc, highlights };
    });
    const facets: Record<string, Record<string, number>> = {};
    for (const field of facetFields) {
      // With mergeFacets the counts come as `facetDistribution`; without it (or from an older server) per index.
      facets[field] = { ...(response.facetDistribution?.[field] ?? response.facetsByIndex?.[uid]?.distribution?.[field] ?? {}) };
    }
    const total = federated
      ? (response.estimatedTotalHits ?? response.totalHits ?? hits.length)
      : (response.totalHits ?? response.estimatedTotalHits ?? hits.length);
    return { hits, total, facets, page, pageSize };
  }

  private federatedSearch(uid: string, request: FederatedMultiSearchParams): Promise<SearchResponse> {
    return this.read(`searching "${uid}" for any word (federated multi-search)`, (init) => this.client.multiSearch(request, init));
  }

  async search(index: string, query: SearchQuery): Promise<SearchResult> {
    const prepared = this.prepare(index, query);
    const { uid, params, federated } = prepared;
    if (federated) return this.toResult(await this.federatedSearch(uid, federated), prepared);
    const response = params && (await this.read(`searching "${uid}"`, (init) => this.client.index(uid).search(null, params, init)));
    return this.toResult(response, prepared);
  }

  /**
   * Plain queries travel together in one multi-search request; each "any" query of two or more words is a federated
   * multi-search of its own (a federated request merges all its queries into one list), sent alongside.
   */
  async multiSearch(queries: ({ index: string } & SearchQuery)[]): Promise<SearchResult[]> {
    // Every query is validated before anything is sent; those whose filter matches nothing are not sent at all.
    const prepared = queries.map(({ index, ...query }) => this.prepare(index, query));
    const sent: MultiSearchQuery[] = [];
    for (const { uid, params } of prepared) if (params) sent.push({ indexUid: uid, ...params });
    const [plain, federated] = await Promise.all([
      sent.length === 0 ? Promise.resolve([]) : this.read("multi-search", (init) => this.client.multiSearch({ queries: sent }, init)).then((answer) => answer.results),
      Promise.all(prepared.map((one) => (one.federated ? this.federatedSearch(one.uid, one.federated) : Promise.resolve(null)))),
    ]);
    if (plain.length !== sent.length) throw new MeilisearchEngineError(`Meilisearch multi-search answered ${plain.length} of ${sent.length} queries`);
    let next = 0;
    return prepared.map((one, i) => this.toResult(one.federated ? federated[i]! : one.params ? plain[next++]! : null, one));
  }

  async rebuild(index: string, settings: IndexSettings, docs: AsyncIterable<SearchDocument> | Iterable<SearchDocument>): Promise<void> {
    validateSettings(settings);
    const live = this.uid(index);
    if (this.writesDuringRebuild.has(index)) throw new SearchInputError(`index "${index}" is already being rebuilt`);
    const shadow = `${live}${SHADOW_MARKER}${Date.now()}`;
    const writes: WriteOp[] = [];
    this.writesDuringRebuild.set(index, writes);
    let swapped = false;
    try {
      // swap-indexes needs both indexes to exist.
      if (!(await this.indexExists(live))) await this.createIndex(live);
      await this.createIndex(shadow);
      await this.runTask(`updating the settings of "${shadow}"`, () => this.client.index(shadow).updateSettings(toMeilisearchSettings(settings)));
      let batch: SearchDocument[] = [];
      for await (const doc of docs) {
        batch.push(doc);
        if (batch.length >= WRITE_BATCH) {
          this.checkDocuments(settings, batch);
          await this.addDocuments(shadow, batch);
          batch = [];
        }
      }
      this.checkDocuments(settings, batch);
      await this.addDocuments(shadow, batch);
      // Writes this process made to the live index meanwhile would otherwise be lost with it.
      for (let i = 0; i < writes.length; i++) {
        const write = writes[i]!;
        if (write.kind === "upsert") await this.addDocuments(shadow, write.docs);
        else await this.deleteDocuments(shadow, write.ids);
      }
      // `rename` is left out: it defaults to false, and servers that predate it reject unknown fields.
      const swap = { indexes: [live, shadow] } as Omit<IndexSwap, "rename"> as IndexSwap;
      await this.runTask(`swapping "${shadow}" in as "${live}"`, () => this.client.swapIndexes([swap]));
      swapped = true;
      // Queries are checked against the settings of the index they reach: the new ones only from now on.
      this.settingsByIndex.set(index, settings);
    } finally {
      this.writesDuringRebuild.delete(index);
      // After the swap the shadow uid holds the old documents; before it, a half-filled copy. Either way it goes.
      await this.runTask(`deleting "${shadow}"`, () => this.client.deleteIndex(shadow), ["index_not_found"]).catch((error: unknown) => {
        if (swapped) throw error;
      });
    }
  }

  async dropIndex(index: string): Promise<void> {
    const uid = this.uid(index);
    await this.runTask(`deleting index "${uid}"`, () => this.client.deleteIndex(uid), ["index_not_found"]);
    this.settingsByIndex.delete(index);
  }

  async health(): Promise<EngineHealth> {
    try {
      await this.read("health check", () => this.client.health());
      const stats = await this.read("reading the stats", () => this.client.getStats());
      const indexes: Record<string, number> = {};
      for (const [uid, indexStats] of Object.entries(stats.indexes)) {
        if (!uid.startsWith(this.prefix) || uid.includes(SHADOW_MARKER)) continue;
        indexes[uid.slice(this.prefix.length)] = indexStats.numberOfDocuments;
      }
      return { ok: true, engine: this.name, indexes };
    } catch (error) {
      return { ok: false, engine: this.name, indexes: {}, message: describeFailure("health check", error, this.url).message };
    }
  }
}

export function createMeilisearchEngine(options: MeilisearchEngineOptions): SearchEngine {
  if (!options.url) throw new Error("createMeilisearchEngine needs the server URL (MEILI_URL)");
  return new MeilisearchEngine(options);
}
