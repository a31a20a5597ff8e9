// The app's search service: the one engine of the process (Meilisearch when MEILI_URL is set, else the
// embedded engine), preparing the indexes at start-up, syncing records, and full rebuilds.
// docs/decisions/0009-search-index-outbox.md explains how the indexes are kept true.
import { prisma } from "~/utils/db.server";
import { parseEnv } from "~/utils/env.server";
import { errorFields, logger, logThrottle } from "~/utils/logger.server";
import { warmChineseSegmenter } from "./chinese-words.server";
import { allSearchDocs, countPublicRecords, loadSearchDocs } from "./documents.server";
import { createEmbeddedSearchEngine } from "./embedded-engine.server";
import { FIELDS_ON_EVERY_DOCUMENT, INDEX_SETTINGS, SCENARIO_INDEX, SOLUTION_INDEX, type IndexName } from "./indexes";
import { createMeilisearchEngine } from "./meilisearch-engine.server";
import { SEARCH_REQUEST_TIMEOUT_MS, SearchEngineUnavailableError, type FilterTree, type SearchDocument, type SearchEngine } from "./search-engine";

export const INDEX_NAMES: readonly IndexName[] = [SCENARIO_INDEX, SOLUTION_INDEX];
/** `SearchEngine.name` of the embedded engine, whose indexes live in this process's memory. */
export const EMBEDDED_ENGINE_NAME = "embedded";

declare global {
  // The Remix build and server.ts load this module separately; the engine must be one per process.
  // eslint-disable-next-line no-var
  var __sceneBridgeSearch: { key: string; engine: SearchEngine; requestWaitMs: number } | undefined;
  // What has been done to make each engine ready, shared by both module graphs like the engine itself: a settings
  // update started by start-up must not be sent again by the first page the build's graph serves.
  // eslint-disable-next-line no-var
  var __sceneBridgeSearchReadiness: SearchReadiness | undefined;
  // eslint-disable-next-line no-var
  var __sceneBridgeSearchRebuilds: Promise<unknown> | undefined;
}

function engineKey() {
  const { MEILI_URL, MEILI_MASTER_KEY, MEILI_INDEX_PREFIX, MEILI_SEARCH_TIMEOUT_MS } = process.env;
  return MEILI_URL ? `meili|${MEILI_URL}|${MEILI_MASTER_KEY ?? ""}|${MEILI_INDEX_PREFIX ?? ""}|${MEILI_SEARCH_TIMEOUT_MS ?? ""}` : EMBEDDED_ENGINE_NAME;
}

function createEngine(): { engine: SearchEngine; requestWaitMs: number } {
  const env = parseEnv(process.env);
  if (env.MEILI_URL) {
    const engine = createMeilisearchEngine({ url: env.MEILI_URL, apiKey: env.MEILI_MASTER_KEY!, indexPrefix: env.MEILI_INDEX_PREFIX, searchTimeoutMs: env.MEILI_SEARCH_TIMEOUT_MS });
    return { engine, requestWaitMs: env.MEILI_SEARCH_TIMEOUT_MS };
  }
  warmChineseSegmenter(); // its dictionary is built at start, not during the first Chinese search
  return { engine: createEmbeddedSearchEngine(), requestWaitMs: SEARCH_REQUEST_TIMEOUT_MS };
}

/** The process-wide search engine: Meilisearch when MEILI_URL is set, otherwise the embedded engine. */
export function getSearchEngine(): SearchEngine {
  const key = engineKey();
  if (globalThis.__sceneBridgeSearch?.key !== key) globalThis.__sceneBridgeSearch = { key, ...createEngine() };
  return globalThis.__sceneBridgeSearch.engine;
}

/** How long a page may wait for the engine (MEILI_SEARCH_TIMEOUT_MS for the process's Meilisearch). */
function requestWaitMs(engine: SearchEngine): number {
  const current = globalThis.__sceneBridgeSearch;
  return current?.engine === engine ? current.requestWaitMs : SEARCH_REQUEST_TIMEOUT_MS;
}

type SearchReadiness = {
  /** ensureSearchIndexes under way or done, per engine (a failed one is forgotten, to be tried again). */
  ensuring: WeakMap<SearchEngine, Promise<void>>;
  /** The engines whose indexes exist with the current settings. */
  ensured: WeakSet<SearchEngine>;
  /** A prepareSearch under way (start-up's, or its retry's): one at a time per engine. */
  preparing: WeakMap<SearchEngine, Promise<PrepareReport | null>>;
  /** The engines prepareSearch has made ready: the start-up retry (SEARCH_PREPARE_JOB) leaves them be. */
  prepared: WeakSet<SearchEngine>;
};

function readiness(): SearchReadiness {
  globalThis.__sceneBridgeSearchReadiness ??= { ensuring: new WeakMap(), ensured: new WeakSet(), preparing: new WeakMap(), prepared: new WeakSet() };
  return globalThis.__sceneBridgeSearchReadiness;
}

/** Whether the engine's indexes live in this process (and so start empty with it). */
export function keepsIndexesInProcess(engine: SearchEngine): boolean {
  return engine.name === EMBEDDED_ENGINE_NAME;
}

/**
 * Creates both indexes with their settings, once per engine in the process (idempotent anyway). On a search server
 * that has other work queued, a settings update can wait there for minutes (up to the task limit): callers that a
 * person waits for use searchIndexesReadyForRequest instead.
 */
export function ensureSearchIndexes(engine: SearchEngine = getSearchEngine()): Promise<void> {
  const { ensuring, ensured } = readiness();
  let pending = ensuring.get(engine);
  if (!pending) {
    pending = (async () => {
      for (const index of INDEX_NAMES) await engine.ensureIndex(index, INDEX_SETTINGS[index]);
      ensured.add(engine);
    })();
    pending.catch(() => ensuring.delete(engine));
    ensuring.set(engine, pending);
  }
  return pending;
}

/**
 * ensureSearchIndexes for a page: waited for no longer than one search may take. Until a search server has applied
 * the settings this version sends (a deploy that changed them, queued behind a reindex), searching would use fields it
 * does not know yet, so the page says search is unavailable for now (SearchEngineUnavailableError, a 503) instead of
 * holding the visitor for minutes; the update goes on and the next page finds it done.
 */
export async function searchIndexesReadyForRequest(engine: SearchEngine = getSearchEngine()): Promise<void> {
  if (readiness().ensured.has(engine)) return;
  const waitMs = requestWaitMs(engine);
  let timer: NodeJS.Timeout | undefined;
  const tooLong = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new SearchEngineUnavailableError(`the search indexes are still being prepared (their settings were not applied within ${waitMs} ms)`)), waitMs);
  });
  try {
    await Promise.race([ensureSearchIndexes(engine), tooLong]);
  } finally {
    clearTimeout(timer);
  }
}

// One rebuild at a time in the process (the embedded engine refuses a second rebuild of the same index).
function serialisedRebuild<T>(task: () => Promise<T>): Promise<T> {
  const run = (globalThis.__sceneBridgeSearchRebuilds ?? Promise.resolve()).catch(() => undefined).then(task);
  globalThis.__sceneBridgeSearchRebuilds = run.catch(() => undefined);
  return run;
}

export type SearchProgress = { index: IndexName; done: number; total: number };

async function rebuildIndex(engine: SearchEngine, index: IndexName, onProgress?: (progress: SearchProgress) => void): Promise<number> {
  let total = await countPublicRecords(index);
  let done = 0;
  onProgress?.({ index, done, total });
  async function* counted(): AsyncIterable<SearchDocument> {
    for await (const doc of allSearchDocs(index)) {
      yield doc;
      done += 1;
      // Records published meanwhile can make the count grow.
      total = Math.max(total, done);
      if (done % 100 === 0) onProgress?.({ index, done, total });
    }
  }
  await serialisedRebuild(() => engine.rebuild(index, INDEX_SETTINGS[index], counted()));
  onProgress?.({ index, done, total: done });
  return done;
}

export type PrepareReport = { engine: string; ms: number; indexes: Record<IndexName, { documents: number; rebuilt: boolean }> };

/** Whether the index holds a document written before one of FIELDS_ON_EVERY_DOCUMENT existed. */
async function holdsOutdatedDocuments(engine: SearchEngine, index: IndexName): Promise<boolean> {
  const fields = FIELDS_ON_EVERY_DOCUMENT[index];
  if (fields.length === 0) return false;
  const lacking: FilterTree = { or: fields.map((field): FilterTree => ({ not: { field, exists: true } })) };
  return (await engine.count(index, lacking)) > 0;
}

/**
 * Makes the indexes ready: creates them with their settings; the embedded engine (in memory) is filled from
 * the database; on Meilisearch an index is rebuilt from the database when it is empty while the database
 * has public records, or when it holds documents written before a field every document now has existed
 * (new settings alone re-index the documents the server holds, which lack the new field).
 */
export async function prepareSearch(options: { engine?: SearchEngine } = {}): Promise<PrepareReport> {
  const engine = options.engine ?? getSearchEngine();
  const started = performance.now();
  await ensureSearchIndexes(engine);
  const indexes = {} as PrepareReport["indexes"];
  for (const index of INDEX_NAMES) {
    if (keepsIndexesInProcess(engine)) {
      indexes[index] = { documents: await rebuildIndex(engine, index), rebuilt: true };
      continue;
    }
    const [inIndex, inDatabase] = await Promise.all([engine.count(index), countPublicRecords(index)]);
    if ((inIndex === 0 && inDatabase > 0) || (inIndex > 0 && (await holdsOutdatedDocuments(engine, index)))) {
      indexes[index] = { documents: await rebuildIndex(engine, index), rebuilt: true };
    } else {
      if (inIndex !== inDatabase) {
        logger.warn("search index and database disagree; the outbox may still be catching up, otherwise run npm run search:reindex", { index, inIndex, inDatabase });
      }
      indexes[index] = { documents: inIndex, rebuilt: false };
    }
  }
  readiness().prepared.add(engine);
  return { engine: engine.name, ms: Math.round(performance.now() - started), indexes };
}

/** One throttle for every page: a search server's outage is one fact, however many pages meet it. */
const unavailableLogs = logThrottle(60_000);

/**
 * Logs a search that failed where the page goes on without it: a search page answering 503, a recommendation panel
 * left out, the invite list falling back to titles. A search server that cannot answer (ADR 0019) fails every
 * visitor's and crawler's request alike while it lasts, so that is logged the first time and then at most once a
 * minute, saying how many were not; any other error is a fault of ours and is logged every time.
 */
export function logSearchFailure(where: string, error: unknown, fields: Record<string, unknown> = {}, now = Date.now()) {
  if (!(error instanceof SearchEngineUnavailableError)) {
    logger.error(`${where}: search failed`, { ...fields, ...errorFields(error) });
    return;
  }
  const logged = unavailableLogs.shouldLog(now);
  if (logged.log) logger.error(`${where}: the search engine could not answer`, { ...fields, notLoggedSinceLast: logged.leftOut, ...errorFields(error) });
}

/**
 * prepareSearch where a search server that cannot answer must not keep the app from starting: the site works without
 * search (the search pages say it is unavailable, 503; recommendations are left out; the outbox keeps every change),
 * whereas a process that refuses to start takes the whole site down with the search server. Null, logged, when the
 * server cannot answer: SEARCH_PREPARE_JOB tries again until it does (prepareSearchUntilReady). Any other failure — a
 * key the server refuses, the embedded engine, the database — still throws: waiting will not mend it.
 * One at a time per engine: a call while one is under way answers with that one.
 */
export function prepareSearchIfAvailable(options: { engine?: SearchEngine } = {}): Promise<PrepareReport | null> {
  const engine = options.engine ?? getSearchEngine();
  const { preparing } = readiness();
  const underWay = preparing.get(engine);
  if (underWay) return underWay;
  const attempt = (async () => {
    try {
      return await prepareSearch({ engine });
    } catch (error) {
      if (!(error instanceof SearchEngineUnavailableError)) throw error;
      logger.error("the search engine could not answer; search is unavailable until it does (tried again every half minute)", errorFields(error));
      return null;
    }
  })();
  preparing.set(engine, attempt);
  attempt.then(
    () => preparing.delete(engine),
    () => preparing.delete(engine),
  );
  return attempt;
}

/**
 * The start-up retry (SEARCH_PREPARE_JOB): prepares the process's engine unless that is done or under way (start-up's
 * own, still going on in the background), and says so once it is. Null when there was nothing to do or the server
 * still cannot answer.
 */
export async function prepareSearchUntilReady(options: { engine?: SearchEngine } = {}): Promise<PrepareReport | null> {
  const engine = options.engine ?? getSearchEngine();
  const { prepared, preparing } = readiness();
  if (prepared.has(engine) || preparing.has(engine)) return null;
  const report = await prepareSearchIfAvailable({ engine });
  if (report) logger.info("search engine ready", { engine: report.engine, ms: report.ms, indexes: report.indexes });
  return report;
}

/** Whether prepareSearch has made the engine ready in this process (and the start-up retry has nothing left to do). */
export function isSearchPrepared(engine: SearchEngine = getSearchEngine()): boolean {
  return readiness().prepared.has(engine);
}

/** Whether a preparation of the engine (start-up's, or its retry's) is under way in this process. */
export function isSearchBeingPrepared(engine: SearchEngine = getSearchEngine()): boolean {
  return readiness().preparing.has(engine);
}

/** How long start-up waits for a search server's indexes to be prepared before the app listens anyway. */
export const START_UP_SEARCH_WAIT_MS = 15_000;

export type SearchAtStart = { ready: PrepareReport } | { unavailable: true } | { stillPreparing: true };

/**
 * Start-up's preparation. The embedded engine is filled before the app listens: its indexes live in this process, and
 * the pages would find nothing meanwhile. A search server keeps its indexes itself, and preparing them can take long —
 * a settings update queued behind the server's other work (up to the task limit, minutes), or a rebuild from the
 * database — which must not keep the site from answering: after `waitAtMostMs` the app listens, and the preparation
 * goes on and is logged when it ends (pages say search is unavailable until the settings are applied,
 * searchIndexesReadyForRequest). What fails before then for good (a key the server refuses) still stops start-up.
 */
export async function prepareSearchAtStart(options: { engine?: SearchEngine; waitAtMostMs?: number } = {}): Promise<SearchAtStart> {
  const engine = options.engine ?? getSearchEngine();
  const attempt: Promise<SearchAtStart> = prepareSearchIfAvailable({ engine }).then((report) => (report ? { ready: report } : { unavailable: true }));
  if (keepsIndexesInProcess(engine)) return attempt;
  let timer: NodeJS.Timeout | undefined;
  const waited = new Promise<SearchAtStart>((resolve) => {
    timer = setTimeout(() => resolve({ stillPreparing: true }), options.waitAtMostMs ?? START_UP_SEARCH_WAIT_MS);
  });
  let outcome: SearchAtStart;
  try {
    outcome = await Promise.race([attempt, waited]);
  } finally {
    clearTimeout(timer);
  }
  if ("stillPreparing" in outcome) {
    attempt.then(
      (done) => {
        if ("ready" in done) logger.info("search engine ready", { engine: done.ready.engine, ms: done.ready.ms, indexes: done.ready.indexes });
      },
      (error) => logger.error("preparing the search indexes failed; tried again every half minute", errorFields(error)),
    );
  }
  return outcome;
}

export type SyncReport = { upserted: number; deleted: number };

// A sync re-checks the records after the engine confirmed its write and writes again what changed
// meanwhile: a slower writer (another process, or a rebuild's replay) can then never leave an older
// version of a record in the index after a newer one.
const MAX_SYNC_ROUNDS = 3;

/** Re-reads the records and makes the index agree: upserts the public ones, deletes the others. */
export async function syncSearchRecords(index: IndexName, ids: string[], engine: SearchEngine = getSearchEngine()): Promise<SyncReport> {
  await ensureSearchIndexes(engine);
  const report: SyncReport = { upserted: 0, deleted: 0 };
  // What the index was last told about each record: its document as JSON, or "" for a deletion.
  const written = new Map<string, string>();
  let pending = [...new Set(ids)];
  for (let round = 0; round < MAX_SYNC_ROUNDS && pending.length > 0; round++) {
    const loaded = await loadSearchDocs(index, pending);
    const docs = loaded.docs.filter((doc) => written.get(doc.id) !== JSON.stringify(doc));
    const gone = loaded.missingOrPrivate.filter((id) => written.get(id) !== "");
    if (docs.length > 0) await engine.upsert(index, docs);
    if (gone.length > 0) await engine.delete(index, gone);
    report.upserted += docs.length;
    report.deleted += gone.length;
    for (const doc of docs) written.set(doc.id, JSON.stringify(doc));
    for (const id of gone) written.set(id, "");
    pending = [...docs.map((doc) => doc.id), ...gone];
  }
  return report;
}

/**
 * Rebuilds both indexes from the database into shadow indexes and swaps them in (engine.rebuild), then
 * replays the outbox rows that arrived meanwhile: a change committed after the rebuild read its record must
 * not be lost with the old index.
 */
export async function reindexAll(
  onProgress?: (progress: SearchProgress) => void,
  options: { engine?: SearchEngine } = {},
): Promise<Record<IndexName, number>> {
  const engine = options.engine ?? getSearchEngine();
  const startedAt = new Date();
  await ensureSearchIndexes(engine);
  const counts = {} as Record<IndexName, number>;
  for (const index of INDEX_NAMES) counts[index] = await rebuildIndex(engine, index, onProgress);
  await replayOutboxSince(startedAt, engine);
  return counts;
}

// Changes committed during the rebuild have outbox rows that are either still unprocessed or were processed
// after the rebuild started (a minute of margin covers clocks of other processes).
const REPLAY_MARGIN_MS = 60_000;
const REPLAY_BATCH = 500;

async function replayOutboxSince(startedAt: Date, engine: SearchEngine) {
  const since = new Date(startedAt.getTime() - REPLAY_MARGIN_MS);
  const rows = await prisma.searchOutbox.findMany({
    where: { OR: [{ processedAt: null }, { processedAt: { gte: since } }] },
    select: { id: true, indexName: true, recordId: true, processedAt: true },
  });
  for (const index of INDEX_NAMES) {
    const ofIndex = rows.filter((row) => row.indexName === index);
    const ids = [...new Set(ofIndex.map((row) => row.recordId))];
    for (let start = 0; start < ids.length; start += REPLAY_BATCH) {
      const batch = ids.slice(start, start + REPLAY_BATCH);
      await syncSearchRecords(index, batch, engine);
      // The rows waiting for these records are done: they were committed before the sync read the records (the
      // query above saw them), so what they announced is in the index now. Without this a row that kept failing
      // stayed listed as failing on the status page until its next retry, over an index that was right.
      const inBatch = new Set(batch);
      const done = ofIndex.filter((row) => row.processedAt === null && inBatch.has(row.recordId)).map((row) => row.id);
      if (done.length > 0) await prisma.searchOutbox.updateMany({ where: { id: { in: done }, processedAt: null }, data: { processedAt: new Date() } });
    }
  }
}
