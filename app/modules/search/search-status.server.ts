// What the reviewers' search page shows: the engine and its health, each index against the database, the
// outbox backlog and its failures, and the latest rebuild — plus the audited "rebuild now" request.
import { writeAudit } from "~/modules/audit/audit.server";
import { prisma } from "~/utils/db.server";
import { countPublicRecords } from "./documents.server";
import type { IndexName } from "./indexes";
import { latestReindexRequest, requestReindex } from "./search-reindex.server";
import { getSearchEngine, INDEX_NAMES } from "./search-service.server";

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
  const [failures, reindex] = await Promise.all([
    prisma.searchOutbox.findMany({
      where: { processedAt: null, attempts: { gt: 0 } },
      orderBy: [{ attempts: "desc" }, { createdAt: "asc" }],
      take: FAILURES_SHOWN,
      select: { id: true, indexName: true, recordId: true, attempts: true, availableAt: true, lastError: true },
    }),
    latestReindexRequest(),
  ]);
  return { engine: engine.name, health: { ok: health.ok, message: health.message ?? null }, indexes, failures: await withRecordTitles(failures), reindex };
}

/** The failing rows with their record's title (null when the record is gone), so a reviewer sees what fails. */
async function withRecordTitles<T extends { indexName: string; recordId: string }>(rows: T[]): Promise<(T & { title: string | null })[]> {
  const idsOf = (index: IndexName) => rows.filter((row) => row.indexName === index).map((row) => row.recordId);
  const [scenarios, solutions] = await Promise.all([
    prisma.scenario.findMany({ where: { id: { in: idsOf("scenarios") } }, select: { id: true, title: true } }),
    prisma.solution.findMany({ where: { id: { in: idsOf("solutions") } }, select: { id: true, title: true } }),
  ]);
  const titles: Record<string, Map<string, string>> = {
    scenarios: new Map(scenarios.map((record) => [record.id, record.title])),
    solutions: new Map(solutions.map((record) => [record.id, record.title])),
  };
  return rows.map((row) => ({ ...row, title: titles[row.indexName]?.get(row.recordId) ?? null }));
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
