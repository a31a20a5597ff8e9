// The search outbox, reading side: a background job in every app process claims due SearchOutbox rows,
// syncs their records into the search engine and marks the rows processed once the engine confirmed.
//
// - Claiming is a conditional update (only rows still due can be claimed, so two workers never claim the
//   same row) that stamps the rows with this run's token and pushes `availableAt` forward by a lease: if the
//   worker dies, its rows become due again when the lease runs out, and the next worker syncs them.
// - While its syncs run, the worker renews the lease (a heartbeat every third of it): a sync may take minutes
//   (Meilisearch tasks are awaited up to 5 minutes, a sync has up to three rounds, a failed batch is retried
//   record by record), and a live worker must keep its rows. If a renewal finds rows no longer held (this
//   process stalled past its lease and another worker took them), the run starts no further sync.
// - All due rows of a record are claimed together and synced once (coalescing).
// - A failed sync keeps the rows: attempts + 1, lastError, retried after an exponential back-off (capped).
import { randomUUID } from "node:crypto";
import { prisma } from "~/utils/db.server";
import { errorFields, logger } from "~/utils/logger.server";
import { SCENARIO_INDEX, SOLUTION_INDEX, type IndexName } from "./indexes";
import { SearchEngineUnavailableError, type SearchEngine } from "./search-engine";
import { getSearchEngine, syncSearchRecords } from "./search-service.server";

export const SEARCH_BATCH_SIZE = 100;
/**
 * How long claimed rows stay out of other workers' reach without a renewal. The worker renews it every third
 * of it while it syncs, so only a dead (or stalled) worker's rows become due again, after at most this long.
 */
export const SEARCH_LEASE_MS = 30_000;
export const SEARCH_RETRY_BASE_MS = 1_000;
export const SEARCH_RETRY_CAP_MS = 5 * 60_000;
/**
 * Processed rows are kept this long, as a week of history: what was synced and when (the reviewers' page shows
 * each index's latest processed row). Nothing depends on the retention for correctness: a rebuild's replay
 * reads only rows still unprocessed or processed since the rebuild started (search-service.server.ts).
 */
export const SEARCH_OUTBOX_RETENTION_MS = 7 * 24 * 60 * 60_000;

/** Wait before the next try after `attempts` failed ones: 1 s, 2 s, 4 s … capped at 5 minutes. */
export function searchRetryDelayMs(attempts: number): number {
  return Math.min(SEARCH_RETRY_CAP_MS, SEARCH_RETRY_BASE_MS * 2 ** Math.max(0, attempts - 1));
}

const INDEXES = new Set<string>([SCENARIO_INDEX, SOLUTION_INDEX]);

export type OutboxReport = { claimed: number; records: number; synced: number; failed: number };

type ClaimedRow = { id: string; indexName: string; recordId: string; attempts: number };

/**
 * Claims due rows (all due rows of up to `batchSize` records' worth), syncs them, and records the outcome.
 * `leaseMs` and `now` are for tests (a short lease, a clock moved forward).
 */
export async function processSearchOutbox(
  options: { batchSize?: number; engine?: SearchEngine; leaseMs?: number; now?: Date } = {},
): Promise<OutboxReport> {
  const report: OutboxReport = { claimed: 0, records: 0, synced: 0, failed: 0 };
  const now = options.now ?? new Date();
  const leaseMs = options.leaseMs ?? SEARCH_LEASE_MS;
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
    data: { claimedBy: token, availableAt: new Date(now.getTime() + leaseMs) },
  });
  const claimed: ClaimedRow[] = await prisma.searchOutbox.findMany({
    where: { claimedBy: token, processedAt: null },
    select: { id: true, indexName: true, recordId: true, attempts: true },
  });
  report.claimed = claimed.length;
  if (claimed.length === 0) return report; // another worker got there first

  const engine = options.engine ?? getSearchEngine();
  const claim = holdClaim(token, claimed, leaseMs, now.getTime() - Date.now());
  try {
    for (const [indexName, rows] of groupBy(claimed, (row) => row.indexName)) {
      if (claim.lost()) break;
      if (!INDEXES.has(indexName)) {
        await markFailed(claim, rows, new Error(`unknown search index "${indexName}"`));
        report.failed += rows.length;
        continue;
      }
      const index = indexName as IndexName;
      const byRecord = groupBy(rows, (row) => row.recordId);
      report.records += byRecord.size;
      try {
        await syncSearchRecords(index, [...byRecord.keys()], engine);
        await markProcessed(claim, rows);
        report.synced += byRecord.size;
      } catch (error) {
        if (claim.lost()) break; // the rows are another worker's now: it retries them
        // A search server that cannot answer fails every record alike: trying them one by one would only wait for it
        // once per record (a review: 30 s each against a hung server). All wait for the retry together.
        if (byRecord.size === 1 || error instanceof SearchEngineUnavailableError) {
          await markFailed(claim, rows, error);
          report.failed += byRecord.size;
          continue;
        }
        // One record the engine refuses must not hold back the others: try them one by one.
        for (const [recordId, recordRows] of byRecord) {
          if (claim.lost()) break;
          try {
            await syncSearchRecords(index, [recordId], engine);
            await markProcessed(claim, recordRows);
            report.synced += 1;
          } catch (recordError) {
            await markFailed(claim, recordRows, recordError);
            report.failed += 1;
          }
        }
      }
    }
  } finally {
    await claim.release();
  }
  return report;
}

type Claim = {
  token: string;
  /** Whether another worker took (some of) this run's rows: the run must start no further sync. */
  lost(): boolean;
  /**
   * Runs `write` (which changes the rows' claim: marks them processed or failed) without a renewal in
   * between, and stops renewing the rows; `write` returns how many rows it changed.
   */
  settle(rows: ClaimedRow[], write: () => Promise<number>): Promise<void>;
  /** Stops the renewals (and waits for one under way). Rows still held keep the lease they have. */
  release(): Promise<void>;
};

/**
 * Keeps this run's claim alive while it syncs: every third of the lease, one `updateMany` guarded by the
 * claim token pushes `availableAt` of the rows it still holds forward. A renewal, or a mark, that changes
 * fewer rows than held means another worker took some: the claim is lost.
 */
function holdClaim(token: string, rows: ClaimedRow[], leaseMs: number, clockOffsetMs: number): Claim {
  const held = new Set(rows.map((row) => row.id));
  let lost = false;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  // Renewals and marks take turns, so a renewal never counts a row a mark has just let go of as lost.
  let turn: Promise<unknown> = Promise.resolve();
  const inTurn = <T>(task: () => Promise<T>): Promise<T> => {
    const run = turn.then(task);
    turn = run.catch(() => undefined);
    return run;
  };
  const noteLost = (expected: number, changed: number) => {
    if (changed >= expected || lost) return;
    lost = true;
    logger.warn("search outbox rows were taken over by another worker; this run stops", { claim: token, expected, changed });
  };

  const renew = async () => {
    const ids = [...held];
    if (ids.length === 0 || lost) return;
    try {
      const { count } = await prisma.searchOutbox.updateMany({
        where: { id: { in: ids }, claimedBy: token, processedAt: null },
        data: { availableAt: new Date(Date.now() + clockOffsetMs + leaseMs) },
      });
      noteLost(ids.length, count);
    } catch (error) {
      // The next renewal tries again; until the lease runs out the rows are still this run's.
      logger.warn("could not renew the search outbox lease", { claim: token, ...errorFields(error) });
    }
  };
  const everyMs = Math.max(1, Math.floor(leaseMs / 3));
  const schedule = () => {
    timer = setTimeout(() => {
      void inTurn(renew).finally(() => {
        if (!stopped) schedule();
      });
    }, everyMs);
    timer.unref();
  };
  schedule();

  return {
    token,
    lost: () => lost,
    settle: (settled, write) =>
      inTurn(async () => {
        for (const row of settled) held.delete(row.id);
        noteLost(settled.length, await write());
      }),
    release: async () => {
      stopped = true;
      clearTimeout(timer);
      await turn;
    },
  };
}

// Guarded by the claim token: a worker whose lease ran out (and whose rows another worker claimed) cannot
// overwrite the later outcome.
async function markProcessed(claim: Claim, rows: ClaimedRow[]) {
  await claim.settle(rows, async () => {
    const { count } = await prisma.searchOutbox.updateMany({
      where: { id: { in: rows.map((row) => row.id) }, claimedBy: claim.token, processedAt: null },
      data: { processedAt: new Date(), claimedBy: null, lastError: null },
    });
    return count;
  });
}

async function markFailed(claim: Claim, rows: ClaimedRow[], error: unknown) {
  const lastError = (error instanceof Error ? error.message : String(error)).slice(0, 1000);
  // Rows of one record may have different attempt counts; each waits according to its own.
  for (const [attempts, sameAttempts] of groupBy(rows, (row) => row.attempts)) {
    const retryAt = new Date(Date.now() + searchRetryDelayMs(attempts + 1));
    await claim.settle(sameAttempts, async () => {
      const { count } = await prisma.searchOutbox.updateMany({
        where: { id: { in: sameAttempts.map((row) => row.id) }, claimedBy: claim.token, processedAt: null },
        data: { attempts: attempts + 1, availableAt: retryAt, lastError, claimedBy: null },
      });
      return count;
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

/**
 * Processes the outbox until nothing is due or a sync failed. Only the integration tests use it (through
 * tests/setup/search.ts, and directly), to make an index agree with the database before they look at it;
 * the app relies on the background job (search-jobs.server.ts), and a rebuild replays the outbox itself.
 */
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
