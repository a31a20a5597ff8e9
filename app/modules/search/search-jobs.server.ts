// The background jobs of the search domain, registered in utils/background-jobs.server.ts.
import type { BackgroundJob } from "~/utils/background-jobs.server";
import { onSearchOutboxWrite } from "./search-outbox.server";
import { runRequestedReindex } from "./search-reindex.server";
import { prepareSearchUntilReady } from "./search-service.server";
import { checkIndexesOnSchedule } from "./search-status.server";
import { deleteProcessedSearchOutbox, processSearchOutbox } from "./search-worker.server";

/** A published record must be findable within a second: poll often (one cheap indexed query), and run at once when this process queued rows. */
export const SEARCH_SYNC_EVERY_MS = 250;
const CLEANUP_EVERY_MS = 10 * 60_000;

declare global {
  // eslint-disable-next-line no-var
  var __sceneBridgeSearchCleanupAt: number | undefined;
}

async function syncAndTidy() {
  const report = await processSearchOutbox();
  const now = Date.now();
  if (now - (globalThis.__sceneBridgeSearchCleanupAt ?? 0) >= CLEANUP_EVERY_MS) {
    globalThis.__sceneBridgeSearchCleanupAt = now;
    await deleteProcessedSearchOutbox();
  }
  return report;
}

export const SEARCH_SYNC_JOB: BackgroundJob = {
  name: "search-sync",
  everyMs: SEARCH_SYNC_EVERY_MS,
  firstRunAfterMs: 0,
  wakeOn: onSearchOutboxWrite,
  run: syncAndTidy,
};

/**
 * Every six hours, and once a quarter of an hour after start (the embedded engine has just been filled from the
 * database; a Meilisearch index may be days old), each index is compared with the database record by record and
 * every difference queued for repair: what reaches the database past the outbox is found without a reviewer.
 */
export const SEARCH_CHECK_EVERY_MS = 6 * 3600_000;
export const SEARCH_CHECK_JOB: BackgroundJob = {
  name: "search-consistency-check",
  everyMs: SEARCH_CHECK_EVERY_MS,
  firstRunAfterMs: 15 * 60_000,
  run: () => checkIndexesOnSchedule(),
};

/** When the scheduled check runs, in the units the status page says it in (its sentences must not drift from the job). */
export const SEARCH_CHECK_SCHEDULE = { minutes: (SEARCH_CHECK_JOB.firstRunAfterMs ?? 0) / 60_000, hours: SEARCH_CHECK_EVERY_MS / 3_600_000 };

/**
 * A search server that could not answer at start-up (prepareSearchIfAvailable) is asked again every half minute until
 * it does; then its indexes are made ready as a start would (ADR 0019). A no-op once they are.
 */
export const SEARCH_PREPARE_EVERY_MS = 30_000;
export const SEARCH_PREPARE_JOB: BackgroundJob = {
  name: "search-prepare",
  everyMs: SEARCH_PREPARE_EVERY_MS,
  // Not at the interval's own first tick, which would run it twice at once (the runner's first run and interval).
  firstRunAfterMs: SEARCH_PREPARE_EVERY_MS / 2,
  run: () => prepareSearchUntilReady(),
};

export const SEARCH_JOBS: BackgroundJob[] = [
  SEARCH_PREPARE_JOB,
  SEARCH_SYNC_JOB,
  SEARCH_CHECK_JOB,
  { name: "search-reindex-requests", everyMs: 1_000, run: () => runRequestedReindex() },
];
