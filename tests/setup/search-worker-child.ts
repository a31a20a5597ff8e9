// A search outbox worker in its own process, for the crash test (tests/integration/search-outbox.test.ts).
// Its engine is the app's own (getSearchEngine(): Meilisearch, as MEILI_URL points it at the test's
// Meilisearch stand-in), so the index outlives the process; it reports what it does as JSON lines on stdout.
//
// Environment: DATABASE_URL, DATABASE_SCHEMA (the test's schema), MEILI_URL, MEILI_MASTER_KEY, LEASE_MS,
// SLOW_WRITE_MS (each write waits this long before reaching the engine: time for the test to kill the
// process while it holds claimed rows), UNTIL_EMPTY=1 (exit once no unprocessed row is left).
import { getSearchEngine } from "~/modules/search/search-service.server";
import { processSearchOutbox } from "~/modules/search/search-worker.server";
import { prisma } from "~/utils/db.server";
import { SlowWritesEngine } from "./slow-writes-engine";

const slowWriteMs = Number(process.env.SLOW_WRITE_MS ?? 0);
const leaseMs = Number(process.env.LEASE_MS ?? 30_000);
const untilEmpty = process.env.UNTIL_EMPTY === "1";

const say = (event: Record<string, unknown>) => process.stdout.write(`${JSON.stringify({ pid: process.pid, ...event })}\n`);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function main() {
  const engine = new SlowWritesEngine(getSearchEngine(), { delayMs: slowWriteMs, onWrite: (index, ids) => say({ event: "writing", index, ids }) });
  say({ event: "started", engine: engine.name });
  for (;;) {
    const report = await processSearchOutbox({ engine, leaseMs, batchSize: 500 });
    if (report.claimed > 0) say({ event: "processed", ...report });
    if (untilEmpty && (await prisma.searchOutbox.count({ where: { processedAt: null } })) === 0) break;
    await sleep(50);
  }
  say({ event: "done" });
  await prisma.$disconnect();
}

main().catch((error) => {
  say({ event: "error", message: error instanceof Error ? error.message : String(error) });
  process.exit(1);
});
