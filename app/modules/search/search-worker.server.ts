// The search outbox, reading side: a background job in every app process claims due SearchOutbox rows,
// syncs their records into the search engine and marks the rows processed once the engine confirmed.
//
// - Claiming is a conditional update (only rows still due can be claimed, so two workers never claim the
//   same row) that stamps the rows with this run's token and pushes `availableAt` forward by a lease: if the
//   worker dies, its rows become due again when the lease runs out, and the next worker syncs them.
// - All due rows of a record are claimed together and synced once (coalescing).
// - A failed sync keeps the rows: attempts + 1, lastError, retried after an exponential back-off (capped).
import { randomUUID } from "node:crypto";
import { prisma } from "~/utils/db.server";
import { errorFields, logger } from "~/utils/logger.server";
import { SCENARIO_INDEX, SOLUTION_INDEX, type IndexName } from "./indexes";
import type { SearchEngine } from "./search-engine";
import { getSearchEngine, syncSearchRecords } from "./search-service.server";

export const SEARCH_BATCH_SIZE = 100;
/** Longer than a sync of one batch can take (the engine's write is awaited), so a live worker keeps its claim. */
export const SEARCH_LEASE_MS = 30_000;
export const SEARCH_RETRY_BASE_MS = 1_000;
export const SEARCH_RETRY_CAP_MS = 5 * 60_000;
/** Processed rows are kept this long (the reviewers' page shows recent activity; a reindex replays from them). */
export const SEARCH_OUTBOX_RETENTION_MS = 7 * 24 * 60 * 60_000;

/** Wait before the next try after `attempts` failed ones: 1 s, 2 s, 4 s … capped at 5 minutes. */
export function searchRetryDelayMs(attempts: number): number {
  return Math.min(SEARCH_RETRY_CAP_MS, SEARCH_RETRY_BASE_MS * 2 ** Math.max(0, attempts - 1));
}

const INDEXES = new Set<string>([SCENARIO_INDEX, SOLUTION_INDEX]);

export type OutboxReport = { claimed: number; records: number; synced: number; failed: number };

type ClaimedRow = { id: string; indexName: string; recordId: string; attempts: number };

/** Claims due rows (all due rows of up to `batchSize` records' worth), syncs them, and records the outcome. */
export async function processSearchOutbox(
  options: { batchSize?: number; engine?: SearchEngine; leaseMs?: number; now?: Date } = {},
): Promise<OutboxReport> {
  const report: OutboxReport = { claimed: 0, records: 0, synced: 0, failed: 0 };
  const now = options.now ?? new Date();
  // The poll: one indexed query, and nothing more when there is nothing to do.
  const due = await prisma.searchOutbox.findMany({
    where: { processedAt: null, availableAt: { lte: now } },
    orderBy: { availableAt: "asc" },
    take: options.batchSize ?? SEARCH_BATCH_SIZE,
    select: { indexName: true, recordId: true },
  });
  if (due.length === 0) return report;

  const token = randomUUID();
  const records = [...new Map(due.map((row) => [`${row.indexName}\u0000${row.recordId}`, row])).values()];
  await prisma.searchOutbox.updateMany({
    where: { processedAt: null, availableAt: { lte: now }, OR: records.map(({ indexName, recordId }) => ({ indexName, recordId })) },
    data: { claimedBy: token, availableAt: new Date(now.getTime() + (options.leaseMs ?? SEARCH_LEASE_MS)) },
  });
  const claimed: ClaimedRow[] = await prisma.searchOutbox.findMany({
    where: { claimedBy: token, processedAt: null },
    select: { id: true, indexName: true, recordId: true, attempts: true },
  });
  report.claimed = claimed.length;
  if (claimed.length === 0) return report; // another worker got there first

  const engine = options.engine ?? getSearchEngine();
  for (const [indexName, rows] of groupBy(claimed, (row) => row.indexName)) {
    if (!INDEXES.has(indexName)) {
      await markFailed(token, rows, new Error(`unknown search index "${indexName}"`));
      report.failed += rows.length;
      continue;
    }
    const index = indexName as IndexName;
    const byRecord = groupBy(rows, (row) => row.recordId);
    report.records += byRecord.size;
    try {
      await syncSearchRecords(index, [...byRecord.keys()], engine);
      await markProcessed(token, rows);
      report.synced += byRecord.size;
    } catch (error) {
      if (byRecord.size === 1) {
        await markFailed(token, rows, error);
        report.failed += 1;
        continue;
      }
      // One record the engine refuses must not hold back the others: try them one by one.
      for (const [recordId, recordRows] of byRecord) {
        try {
          await syncSearchRecords(index, [recordId], engine);
          await markProcessed(token, recordRows);
          report.synced += 1;
        } catch (recordError) {
          await markFailed(token, recordRows, recordError);
          report.failed += 1;
        }
      }
    }
  }
  return report;
}

// Guarded by the claim token: a worker whose lease ran out (and whose rows another worker claimed) cannot
// overwrite the later outcome.
async function markProcessed(token: string, rows: ClaimedRow[]) {
  await prisma.searchOutbox.updateMany({
    where: { id: { in: rows.map((row) => row.id) }, claimedBy: token, processedAt: null },
    data: { processedAt: new Date(), claimedBy: null, lastError: null },
  });
}

async function markFailed(token: string, rows: ClaimedRow[], error: unknown) {
  const lastError = (error instanceof Error ? error.message : String(error)).slice(0, 1000);
  // Rows of one record may have different attempt counts; each waits according to its own.
  for (const [attempts, sameAttempts] of groupBy(rows, (row) => row.attempts)) {
    const retryAt = new Date(Date.now() + searchRetryDelayMs(attempts + 1));
    await prisma.searchOutbox.updateMany({
      where: { id: { in: sameAttempts.map((row) => row.id) }, claimedBy: token, processedAt: null },
      data: { attempts: attempts + 1, availableAt: retryAt, lastError, claimedBy: null },
    });
    logger.warn("search sync failed, will retry", {
      index: sameAttempts[0].indexName,
      records: [...new Set(sameAttempts.map((row) => row.recordId))].slice(0, 20),
      attempt: attempts + 1,
      retryAt: retryAt.toISOString(),
      ...errorFields(error),
    });
  }
}

function groupBy<T, K>(items: T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/** Deletes processed rows older than the retention period; unprocessed rows are never deleted. */
export async function deleteProcessedSearchOutbox(now: Date = new Date()): Promise<number> {
  const { count } = await prisma.searchOutbox.deleteMany({ where: { processedAt: { lt: new Date(now.getTime() - SEARCH_OUTBOX_RETENTION_MS) } } });
  return count;
}

/** Processes the outbox until nothing is due (tests, and the CLI after a rebuild). */
export async function drainSearchOutbox(options: { engine?: SearchEngine } = {}): Promise<OutboxReport> {
  const total: OutboxReport = { claimed: 0, records: 0, synced: 0, failed: 0 };
  for (;;) {
    const report = await processSearchOutbox(options);
    total.claimed += report.claimed;
    total.records += report.records;
    total.synced += report.synced;
    total.failed += report.failed;
    if (report.claimed === 0 || report.failed > 0) return total;
  }
}
