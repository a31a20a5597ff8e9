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
import { enqueueSearchSyncMany } from "./search-outbox.server";
import { SearchEngineUnavailableError, type FilterTree, type SearchDocument, type SearchEngine } from "./search-engine";

export const INDEX_NAMES: readonly IndexName[] = [SCENARIO_INDEX, SOLUTION_INDEX];
/** `SearchEngine.name` of the embedded engine, whose indexes live in this process's memory. */
export const EMBEDDED_ENGINE_NAME = "embedded";

declare global {
  // The Remix build and server.ts load this module separately; the engine must be one per process.
  // eslint-disable-next-line no-var
  var __sceneBridgeSearch: { key: string; engine: SearchEngine } | undefined;
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

function createEngine(): SearchEngine {
  const env = parseEnv(process.env);
  if (env.MEILI_URL) {
    return createMeilisearchEngine({ url: env.MEILI_URL, apiKey: env.MEILI_MASTER_KEY!, indexPrefix: env.MEILI_INDEX_PREFIX, searchTimeoutMs: env.MEILI_SEARCH_TIMEOUT_MS });
  }
  warmChineseSegmenter(); // its dictionary is built at start, not during the first Chinese search
  return createEmbeddedSearchEngine();
}

/** The process-wide search engine: Meilisearch when MEILI_URL is set, otherwise the embedded engine. */
export function getSearchEngine(): SearchEngine {
  const key = engineKey();
  if (globalThis.__sceneBridgeSearch?.key !== key) globalThis.__sceneBridgeSearch = { key, engine: createEngine() };
  return globalThis.__sceneBridgeSearch.engine;
}

type SearchReadiness = {
  /** ensureSearchIndexes per engine, under way or done (a failed one is forgotten, to be tried again). */
  ensuring: WeakMap<SearchEngine, Promise<void>>;
  /** A prepareSearch under way (start-up's, or its retry's), and since when: one at a time per engine. */
  preparing: WeakMap<SearchEngine, { promise: Promise<PrepareReport | null>; startedAt: number }>;
  /**
   * Search servers whose indexes this process has checked (prepareSearch): settings applied, no index empty. Requests
   * search them only then (searchIndexesReadyForRequest). Set before an outdated index is rebuilt: it is complete,
   * only its counts by the new field are wrong until the swap.
   */
  readable: WeakSet<SearchEngine>;
  /** The engines prepareSearch has made ready: the start-up retry (SEARCH_PREPARE_JOB) leaves them be. */
  prepared: WeakSet<SearchEngine>;
  /** Why the engine's last preparation failed for good (shown on the status page; cleared when it is tried again). */
  failed: WeakMap<SearchEngine, Error>;
};

function readiness(): SearchReadiness {
  globalThis.__sceneBridgeSearchReadiness ??= { ensuring: new WeakMap(), preparing: new WeakMap(), readable: new WeakSet(), prepared: new WeakSet(), failed: new WeakMap() };
  return globalThis.__sceneBridgeSearchReadiness;
}

/** Whether the engine's indexes live in this process (and so start empty with it). */
export function keepsIndexesInProcess(engine: SearchEngine): boolean {
  return engine.name === EMBEDDED_ENGINE_NAME;
}

/**
 * Creates both indexes with their settings, once per engine in the process (idempotent anyway). On a search server
 * that has other work queued, a settings update can wait there for minutes (up to the task limit): requests do not
 * call it, they use searchIndexesReadyForRequest.
 */
export function ensureSearchIndexes(engine: SearchEngine = getSearchEngine()): Promise<void> {
  const { ensuring } = readiness();
  let pending = ensuring.get(engine);
  if (!pending) {
    pending = (async () => {
      for (const index of INDEX_NAMES) await engine.ensureIndex(index, INDEX_SETTINGS[index]);
    })();
    pending.catch(() => ensuring.delete(engine));
    ensuring.set(engine, pending);
  }
  return pending;
}

/** `work`'s outcome, or `instead` once `ms` have passed (the work goes on; a rejection after that is the caller's). */
async function settledWithin<T>(work: Promise<T>, ms: number, instead: T): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<T>((resolve) => {
    timer = setTimeout(() => resolve(instead), ms);
  });
  try {
    return await Promise.race([work, late]);
  } finally {
    clearTimeout(timer);
  }
}

function preparationFailed(failure: Error) {
  return new SearchEngineUnavailableError(`the search indexes could not be prepared (${failure.message}); tried again every half minute`);
}

/**
 * The indexes ready for a request's search (a search page, the invite search, a recommendation panel), or
 * SearchEngineUnavailableError — a 503 page, a panel left out — at once or within the engine's read time limit, never
 * minutes. The embedded engine is ready at once. A search server is searched only once this process has prepared its
 * indexes (prepareSearch: settings applied, empty indexes filled): before, searching would use fields the server does
 * not know yet (a 4xx, a 500 page) or find nothing (a 200 "共 0 个结果"). Requests never send the settings themselves:
 * only a preparation does — start-up's, going on in the background, or the retry job's every half minute. Only the
 * requests of a preparation's first moments wait for it, and no longer than a search may.
 */
export async function searchIndexesReadyForRequest(engine: SearchEngine = getSearchEngine()): Promise<void> {
  if (keepsIndexesInProcess(engine)) return ensureSearchIndexes(engine);
  const { readable, preparing, failed } = readiness();
  if (readable.has(engine)) return;
  const underWay = preparing.get(engine);
  const notReady = () => {
    const failure = failed.get(engine);
    if (failure) return preparationFailed(failure);
    return new SearchEngineUnavailableError(
      underWay
        ? `the search indexes are still being prepared (settings or filling, for more than ${engine.readTimeoutMs} ms)`
        : "the search indexes are not prepared yet (the search server did not answer); tried again every half minute",
    );
  };
  const waitMs = underWay ? engine.readTimeoutMs - (Date.now() - underWay.startedAt) : 0;
  if (waitMs <= 0) throw notReady();
  await settledWithin(underWay!.promise.catch(() => null), waitMs, null);
  if (!readable.has(engine)) throw notReady();
}

/**
 * Whether a search server's indexes can be read whole (the record-by-record check, search-status.server.ts): once this
 * process has prepared them. Readable is not enough: an outdated index being rebuilt still holds the previous version's
 * documents, and an empty one being filled holds none. A preparation that failed for good throws, as for a request.
 * The embedded engine's indexes are complete from start-up.
 */
export function searchIndexesPrepared(engine: SearchEngine = getSearchEngine()): boolean {
  if (keepsIndexesInProcess(engine)) return true;
  const { prepared, failed } = readiness();
  const failure = failed.get(engine);
  if (failure) throw preparationFailed(failure);
  return prepared.has(engine);
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
  const startedAt = new Date();
  await ensureSearchIndexes(engine);
  const indexes = {} as PrepareReport["indexes"];
  const outdated: IndexName[] = [];
  for (const index of INDEX_NAMES) {
    if (keepsIndexesInProcess(engine)) {
      indexes[index] = { documents: await rebuildIndex(engine, index), rebuilt: true };
      continue;
    }
    const [inIndex, inDatabase] = await Promise.all([engine.count(index), countPublicRecords(index)]);
    if (inIndex === 0 && inDatabase > 0) {
      // Requests wait for this one (they would find nothing): searchIndexesReadyForRequest says "unavailable for now".
      indexes[index] = { documents: await rebuildIndex(engine, index), rebuilt: true };
    } else if (inIndex > 0 && (await holdsOutdatedDocuments(engine, index))) {
      outdated.push(index);
    } else {
      if (inIndex !== inDatabase) {
        logger.warn("search index and database disagree; the outbox may still be catching up, otherwise run npm run search:reindex", { index, inIndex, inDatabase });
      }
      indexes[index] = { documents: inIndex, rebuilt: false };
    }
  }
  // Complete now: an outdated index lacks only a field every document now has, which its rebuild adds (shadow + swap).
  readiness().readable.add(engine);
  for (const index of outdated) indexes[index] = { documents: await rebuildIndex(engine, index), rebuilt: true };
  // The search server is shared with other app processes, whose workers kept writing to the live index while it was
  // rebuilt (a rolling deploy of a version that adds a field): the swap threw their writes away (a review found an
  // archived record back in the index, a published one missing). The embedded engine keeps its own writes meanwhile.
  if (!keepsIndexesInProcess(engine) && INDEX_NAMES.some((index) => indexes[index].rebuilt)) await replayOutboxSince(startedAt, engine);
  readiness().prepared.add(engine);
  return { engine: engine.name, ms: Math.round(performance.now() - started), indexes };
}

/** One throttle for every page (every caller is in the Remix build's module graph): an outage is one fact, however many pages meet it. */
const unavailableLogs = logThrottle(60_000);

/**
 * Logs a search that failed where the page goes on without it: a search page answering 503, a recommendation panel
 * left out, the invite list falling back to titles. A search server that cannot answer (ADR 0019) fails every
 * visitor's and crawler's request alike while it lasts, so that is logged the first time and then at most once a
 * minute, saying how many were not; any other error is a fault of ours and is logged every time.
 */
export function logSearchFailure(where: string, error: unknown, fields: Record<string, unknown> = {}, now = Date.now()) {
  if (!(error instanceof SearchEngineUnavailableError)) {
    logger.error(`${where}: failed`, { ...fields, ...errorFields(error) });
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
  const { preparing, failed } = readiness();
  const underWay = preparing.get(engine);
  if (underWay) return underWay.promise;
  failed.delete(engine);
  const attempt = (async () => {
    try {
      return await prepareSearch({ engine });
    } catch (error) {
      if (!(error instanceof SearchEngineUnavailableError)) {
        failed.set(engine, error instanceof Error ? error : new Error(String(error)));
        throw error;
      }
      logger.error("the search engine did not answer, or not in time; search is unavailable until it does (tried again every half minute)", errorFields(error));
      return null;
    }
  })();
  preparing.set(engine, { promise: attempt, startedAt: Date.now() });
  attempt.then(
    () => preparing.delete(engine),
    () => preparing.delete(engine),
  );
  return attempt;
}

/** Settles when this process's preparation of `engine` under way, if any, has ended (however it ended). */
export async function preparationUnderWay(engine: SearchEngine): Promise<void> {
  await readiness().preparing.get(engine)?.promise.catch(() => undefined);
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
  if (report) logReady(report);
  return report;
}

function logReady(report: PrepareReport) {
  logger.info("search engine ready", { engine: report.engine, ms: report.ms, indexes: report.indexes });
}

/**
 * Where the engine's preparation stands in this process: done; under way (prepareSearch, an index being filled, or
 * settings being applied); failed for good, with why (tried again every half minute); or not done, because the
 * search server has not answered yet.
 */
export function searchPreparation(engine: SearchEngine = getSearchEngine()): "ready" | "preparing" | { failed: string } | "waitingForServer" {
  const { prepared, preparing, failed } = readiness();
  const failure = failed.get(engine);
  if (failure) return { failed: failure.message };
  if (preparing.has(engine)) return "preparing";
  return prepared.has(engine) ? "ready" : "waitingForServer";
}

/**
 * For the outbox worker: a search server whose preparation failed for good before its indexes were readable is not
 * written to (each write would first send the settings again, as every page did); the batch waits, as in an outage,
 * until the retry job has prepared it.
 */
function searchWritable(engine: SearchEngine): void {
  const { failed, readable } = readiness();
  const failure = readable.has(engine) ? undefined : failed.get(engine);
  if (failure) throw preparationFailed(failure);
}

/** How long start-up waits for a search server's indexes to be prepared before the app listens anyway. */
export const START_UP_SEARCH_WAIT_MS = 15_000;

export type SearchAtStart = { ready: PrepareReport } | { unavailable: true } | { stillPreparing: true };

/**
 * Start-up's preparation. The embedded engine is filled before the app listens: its indexes live in this process, and
 * the pages would find nothing meanwhile. A search server keeps its indexes itself, and preparing them can take long —
 * a settings update queued behind the server's other work (up to the task limit, minutes), or a rebuild from the
 * database — which must not keep the site from answering: after `waitAtMostMs` the app listens, and the preparation
 * goes on and is logged when it ends (pages say search is unavailable until it is done, searchIndexesReadyForRequest).
 * What fails for good before then (a key the server refuses) still stops start-up; after then, it is logged, pages say
 * search is unavailable, and the retry job tries again.
 */
export async function prepareSearchAtStart(options: { engine?: SearchEngine; waitAtMostMs?: number } = {}): Promise<SearchAtStart> {
  const engine = options.engine ?? getSearchEngine();
  const attempt: Promise<SearchAtStart> = prepareSearchIfAvailable({ engine }).then((report) => (report ? { ready: report } : { unavailable: true }));
  if (keepsIndexesInProcess(engine)) return attempt;
  const outcome = await settledWithin(attempt, options.waitAtMostMs ?? START_UP_SEARCH_WAIT_MS, { stillPreparing: true });
  if ("stillPreparing" in outcome) {
    attempt.then(
      (done) => {
        if ("ready" in done) logReady(done.ready);
      },
      // Listening already: search pages answer 503 (searchIndexesReadyForRequest), the rest of the site works, and the
      // retry job tries again — stopping a process that serves would take the whole site down for search's sake.
      (error) => logger.error("preparing the search indexes failed; search is unavailable, tried again every half minute", errorFields(error)),
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
  searchWritable(engine);
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

/**
 * After a rebuild's swap: the records changed while it ran are synced again into the new index. Their changes may
 * have gone to the old index only — written there by a worker (of this process or another one sharing the search
 * server) that has marked its rows processed — and the swap threw the old index away. Should a sync fail here (a
 * server that blinks after the swap), the records not yet replayed are queued again for the workers and their
 * retries, instead of the changes staying lost until a check finds them.
 */
async function replayOutboxSince(startedAt: Date, engine: SearchEngine) {
  const since = new Date(startedAt.getTime() - REPLAY_MARGIN_MS);
  const rows = await prisma.searchOutbox.findMany({
    where: { OR: [{ processedAt: null }, { processedAt: { gte: since } }] },
    select: { id: true, indexName: true, recordId: true, processedAt: true },
  });
  const batches = INDEX_NAMES.flatMap((index) => {
    const ids = [...new Set(rows.filter((row) => row.indexName === index).map((row) => row.recordId))];
    return Array.from({ length: Math.ceil(ids.length / REPLAY_BATCH) }, (_, i) => ({ index, ids: ids.slice(i * REPLAY_BATCH, (i + 1) * REPLAY_BATCH) }));
  });
  for (const [position, { index, ids }] of batches.entries()) {
    try {
      await syncSearchRecords(index, ids, engine);
    } catch (error) {
      for (const left of batches.slice(position)) await enqueueSearchSyncMany(prisma, left.index, left.ids);
      throw error;
    }
    // The rows waiting for these records are done: they were committed before the sync read the records (the query
    // above saw them), so what they announced is in the index now. Without this a row that kept failing stayed listed
    // as failing on the status page until its next retry, over an index that was right. Not a row a worker holds: it
    // finishes that itself, and one whose claim is marked under it takes it for another worker's and stops its run,
    // leaving the rest of what it claimed for the lease to run out (a review).
    const inBatch = new Set(ids);
    const done = rows.filter((row) => row.indexName === index && row.processedAt === null && inBatch.has(row.recordId)).map((row) => row.id);
    if (done.length > 0) await prisma.searchOutbox.updateMany({ where: { id: { in: done }, processedAt: null, claimedBy: null }, data: { processedAt: new Date() } });
  }
}
