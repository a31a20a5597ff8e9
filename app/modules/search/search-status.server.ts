// What the reviewers' search page shows: the engine and its health, each index against the database, the
// outbox backlog and its failures, and the latest rebuild — plus the audited "rebuild now" request.
import { writeAudit } from "~/modules/audit/audit.server";
import { prisma } from "~/utils/db.server";
import { errorFields, logger } from "~/utils/logger.server";
import { CONTENT_DIGEST_FIELD, countPublicRecords, currentContentDigests } from "./documents.server";
import { enqueueSearchSyncMany } from "./search-outbox.server";
import { SCENARIO_INDEX, SOLUTION_INDEX, type IndexName } from "./indexes";
import { latestReindexRequest, requestReindex } from "./search-reindex.server";
import { SearchEngineUnavailableError } from "./search-engine";
import { getSearchEngine, INDEX_NAMES, preparationUnderWay, searchIndexesPrepared, searchPreparation } from "./search-service.server";

const FAILURES_SHOWN = 20;

function errorText(error: unknown) {
  return (error instanceof Error ? error.message : String(error)).slice(0, 300);
}

export type IndexStatus = {
  index: IndexName;
  inIndex: number | null;
  indexError: string | null;
  inDatabase: number;
  pending: number;
  failing: number;
  oldestPendingAt: Date | null;
  lastProcessedAt: Date | null;
};

async function indexStatus(index: IndexName): Promise<IndexStatus> {
  const engine = getSearchEngine();
  let inIndex: number | null = null;
  let indexError: string | null = null;
  try {
    inIndex = await engine.count(index);
  } catch (error) {
    indexError = errorText(error);
  }
  const unprocessed = { indexName: index, processedAt: null };
  const [inDatabase, pending, failing, oldest, last] = await Promise.all([
    countPublicRecords(index),
    prisma.searchOutbox.count({ where: unprocessed }),
    prisma.searchOutbox.count({ where: { ...unprocessed, attempts: { gt: 0 } } }),
    prisma.searchOutbox.aggregate({ where: unprocessed, _min: { createdAt: true } }),
    prisma.searchOutbox.aggregate({ where: { indexName: index, processedAt: { not: null } }, _max: { processedAt: true } }),
  ]);
  return { index, inIndex, indexError, inDatabase, pending, failing, oldestPendingAt: oldest._min.createdAt, lastProcessedAt: last._max.processedAt };
}

export async function searchStatus() {
  const engine = getSearchEngine();
  const health = await engine.health().catch((error: unknown) => ({ ok: false, engine: engine.name, indexes: {}, message: errorText(error) }));
  const indexes: IndexStatus[] = [];
  for (const index of INDEX_NAMES) indexes.push(await indexStatus(index));
  const [failures, reindex, lastCheck] = await Promise.all([
    prisma.searchOutbox.findMany({
      where: { processedAt: null, attempts: { gt: 0 } },
      orderBy: [{ attempts: "desc" }, { createdAt: "asc" }],
      take: FAILURES_SHOWN,
      select: { id: true, indexName: true, recordId: true, attempts: true, availableAt: true, lastError: true },
    }),
    latestReindexRequest(),
    lastIndexCheck(),
  ]);
  // Who asked for the latest rebuild: a reviewer (by name) on this page, or an operator with the command.
  const requester = reindex?.requestedById ? await prisma.user.findUnique({ where: { id: reindex.requestedById }, select: { name: true } }) : null;
  return {
    engine: engine.name,
    health: { ok: health.ok, message: health.message ?? null },
    // Start-up (or its retry) may still be applying the settings or filling an index in the background, or have failed
    // (ADR 0019): counts that disagree meanwhile are expected, and the page says why.
    preparation: searchPreparation(engine),
    indexes,
    failures: await withRecordTitles(failures),
    reindex: reindex ? { ...reindex, requestedById: undefined, requestedBy: requester?.name ?? null } : null,
    lastCheck,
  };
}

/** The failing rows with their record's title (null when the record is gone), so a reviewer sees what fails. */
async function withRecordTitles<T extends { indexName: string; recordId: string }>(rows: T[]): Promise<(T & { title: string | null })[]> {
  const idsOf = (index: IndexName) => rows.filter((row) => row.indexName === index).map((row) => row.recordId);
  const [scenarios, solutions] = await Promise.all([
    prisma.scenario.findMany({ where: { id: { in: idsOf(SCENARIO_INDEX) } }, select: { id: true, title: true } }),
    prisma.solution.findMany({ where: { id: { in: idsOf(SOLUTION_INDEX) } }, select: { id: true, title: true } }),
  ]);
  const titles: Record<string, Map<string, string>> = {
    [SCENARIO_INDEX]: new Map(scenarios.map((record) => [record.id, record.title])),
    [SOLUTION_INDEX]: new Map(solutions.map((record) => [record.id, record.title])),
  };
  return rows.map((row) => ({ ...row, title: titles[row.indexName]?.get(row.recordId) ?? null }));
}

/** What a check found in one index: public records it lacks, and documents of records that are not public. */
export type IndexDrift = { index: IndexName; missing: number; extra: number; stale: number };

/** Who asked for a check: a reviewer on the status page, or the schedule (SEARCH_CHECK_JOB). */
export type IndexCheckSource = "review" | "schedule";

/** The audit trail's name for the indexes, as every check records them. */
const CHECKED_ENTITY = { entityType: "SearchIndex", entityId: INDEX_NAMES.join("+") };
const CHECKED_ACTION = "search.indexes_checked";

/**
 * A reviewer's check (the status page's "check now"): what it found, or — where the search server cannot answer —
 * why it could not run (nothing is compared, so nothing is recorded or queued).
 */
export async function checkIndexesAsReviewer(
  actor: { id: string; requestId?: string | null },
): Promise<{ checked: IndexDrift[]; checkId: string } | { unavailable: string } | { preparing: true }> {
  try {
    const { drift, checkId } = await checkIndexes({ actorId: actor.id, requestId: actor.requestId ?? null, source: "review" });
    return { checked: drift, checkId };
  } catch (error) {
    if (error instanceof IndexesStillPreparingError) return { preparing: true };
    if (!(error instanceof SearchEngineUnavailableError)) throw error;
    logger.error("search status: the index check could not reach the search engine", errorFields(error));
    return { unavailable: error.message };
  }
}

/**
 * The same check, run by every app process on a schedule (search-jobs.server.ts): a change made past the outbox —
 * a restore from a backup, a hand-made UPDATE — is repaired within hours even when no reviewer looks.
 */
export async function checkIndexesOnSchedule(): Promise<IndexDrift[] | null> {
  // A preparation under way (a large index filled at start takes longer than the 15 minutes to the first check) is
  // waited for: skipped, the check would come back only at its next turn, hours later (a review).
  await preparationUnderWay(getSearchEngine());
  try {
    return (await checkIndexes({ actorId: null, requestId: null, source: "schedule" })).drift;
  } catch (error) {
    if (!(error instanceof IndexesStillPreparingError)) throw error;
    logger.info("search consistency check: skipped, the search indexes are not prepared yet (the server has not answered); it runs at its next turn");
    return null;
  }
}

/**
 * A search server's index this process has not prepared yet may not exist (the listing answers index_not_found) or
 * may still be filling (shadow + swap: the live index is empty, and every public record would be reported, audited
 * and queued as missing). The check waits until the preparation is done (a review found both).
 */
class IndexesStillPreparingError extends Error {
  constructor() {
    super("the search indexes are still being prepared by this process");
  }
}

/**
 * Compares every index with the database record by record: public records the index lacks (missing), documents
 * of records that are not public (extra), and documents built from another version of their record than the
 * database holds now (stale: their content digests differ, see CONTENT_DIGEST_FIELD). Every difference is queued
 * for the worker, which re-reads the record and repairs the index; audited, with who or what asked.
 */
async function checkIndexes({ actorId, requestId, source }: { actorId: string | null; requestId: string | null; source: IndexCheckSource }): Promise<{ drift: IndexDrift[]; checkId: string }> {
  const engine = getSearchEngine();
  // Asked first, within the reader's time limit: listing every document of a server that does not answer would keep
  // the reviewer waiting for the client's longer limit, past a proxy's (a review: 70 s against a hung server).
  const health = await engine.health();
  if (!health.ok) throw new SearchEngineUnavailableError(health.message ?? `the ${engine.name} search engine is not available`);
  if (!searchIndexesPrepared(engine)) throw new IndexesStillPreparingError();
  const found = await Promise.all(
    INDEX_NAMES.map(async (index) => {
      const [inIndex, current] = await Promise.all([engine.listDocuments(index, [CONTENT_DIGEST_FIELD]), currentContentDigests(index)]);
      const indexed = new Set(inIndex.map((doc) => doc.id));
      const missing = [...current.keys()].filter((id) => !indexed.has(id));
      const extra = inIndex.filter((doc) => !current.has(doc.id)).map((doc) => doc.id);
      const stale = inIndex.filter((doc) => current.has(doc.id) && current.get(doc.id) !== doc[CONTENT_DIGEST_FIELD]).map((doc) => doc.id);
      return { index, missing, extra, stale };
    }),
  );
  // The audit entry is the check's record: its id names it (the status page shows "your check" only for that one).
  const checkId = await prisma.$transaction(async (tx) => {
    for (const { index, missing, extra, stale } of found) await enqueueSearchSyncMany(tx, index, [...missing, ...extra, ...stale]);
    return writeAudit(tx, {
      actorId,
      action: CHECKED_ACTION,
      ...CHECKED_ENTITY,
      after: { source, ...Object.fromEntries(found.map(({ index, missing, extra, stale }) => [index, { missing: missing.length, extra: extra.length, stale: stale.length }])) },
      requestId,
    });
  });
  return { drift: found.map(({ index, missing, extra, stale }) => ({ index, missing: missing.length, extra: extra.length, stale: stale.length })), checkId };
}

/** The latest check (by a reviewer or on schedule), for the status page: when, who, and what it found. */
export type LastIndexCheck = { id: string; at: Date; source: IndexCheckSource; by: string | null; drift: IndexDrift[] };

async function lastIndexCheck(): Promise<LastIndexCheck | null> {
  const entry = await prisma.auditLog.findFirst({
    where: { ...CHECKED_ENTITY, action: CHECKED_ACTION },
    orderBy: { createdAt: "desc" },
    select: { id: true, createdAt: true, after: true, actor: { select: { name: true } } },
  });
  if (!entry) return null;
  const after = (entry.after ?? {}) as Record<string, unknown>;
  const count = (value: unknown) => (typeof value === "number" && Number.isFinite(value) ? value : 0);
  const drift = INDEX_NAMES.map((index) => {
    const found = (after[index] ?? {}) as Record<string, unknown>;
    return { index, missing: count(found.missing), extra: count(found.extra), stale: count(found.stale) };
  });
  // Checks audited before the schedule existed had no source: a reviewer asked for them.
  return { id: entry.id, at: entry.createdAt, source: after.source === "schedule" ? "schedule" : "review", by: entry.actor?.name ?? null, drift };
}

/** A reviewer asks for a rebuild of every index (carried out by a running app process); audited. */
export async function requestReindexAsReviewer(actor: { id: string; requestId?: string | null }) {
  return prisma.$transaction(async (tx) => {
    const { request, created } = await requestReindex(tx, { source: "review", requestedById: actor.id });
    await writeAudit(tx, {
      actorId: actor.id,
      action: created ? "search.reindex_requested" : "search.reindex_requested_again",
      entityType: "SearchReindex",
      entityId: request.id,
      after: { status: request.status, source: "review" },
      requestId: actor.requestId,
    });
    return { created };
  });
}
