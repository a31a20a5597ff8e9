// A search outbox worker in its own process, for the crash test (tests/integration/search-outbox.test.ts).
// Its engine is the app's own (getSearchEngine(): Meilisearch, as MEILI_URL points it at the test's
// Meilisearch stand-in), so the index outlives the process; it reports what it does as JSON lines on stdout.
//
// Environment: DATABASE_URL, DATABASE_SCHEMA (the test's schema), MEILI_URL, MEILI_MASTER_KEY, LEASE_MS,
// SLOW_WRITE_MS (each write waits this long before reaching the engine: time for the test to kill the
// process while it holds claimed rows), UNTIL_EMPTY=1 (exit once no unprocessed row is left).
import type { IndexSettings, SearchDocument, SearchEngine, SearchQuery, FilterTree } from "~/modules/search/search-engine";
import { getSearchEngine } from "~/modules/search/search-service.server";
import { processSearchOutbox } from "~/modules/search/search-worker.server";
import { prisma } from "~/utils/db.server";

const slowWriteMs = Number(process.env.SLOW_WRITE_MS ?? 0);
const leaseMs = Number(process.env.LEASE_MS ?? 30_000);
const untilEmpty = process.env.UNTIL_EMPTY === "1";

const say = (event: Record<string, unknown>) => process.stdout.write(`${JSON.stringify({ pid: process.pid, ...event })}\n`);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The engine, with writes that take their time (reads and settings go straight through). */
class SlowWrites implements SearchEngine {
  constructor(private readonly engine: SearchEngine) {}
  get name() {
    return this.engine.name;
  }
  async upsert(index: string, docs: SearchDocument[]) {
    say({ event: "writing", index, ids: docs.map((doc) => doc.id) });
    await sleep(slowWriteMs);
    return this.engine.upsert(index, docs);
  }
  async delete(index: string, ids: string[]) {
    say({ event: "writing", index, ids });
    await sleep(slowWriteMs);
    return this.engine.delete(index, ids);
  }
  ensureIndex(index: string, settings: IndexSettings) {
    return this.engine.ensureIndex(index, settings);
  }
  get(index: string, id: string) {
    return this.engine.get(index, id);
  }
  count(index: string, filter?: FilterTree) {
    return this.engine.count(index, filter);
  }
  search(index: string, query: SearchQuery) {
    return this.engine.search(index, query);
  }
  multiSearch(queries: ({ index: string } & SearchQuery)[]) {
    return this.engine.multiSearch(queries);
  }
  rebuild(index: string, settings: IndexSettings, docs: AsyncIterable<SearchDocument> | Iterable<SearchDocument>) {
    return this.engine.rebuild(index, settings, docs);
  }
  dropIndex(index: string) {
    return this.engine.dropIndex(index);
  }
  health() {
    return this.engine.health();
  }
}

async function main() {
  const engine = new SlowWrites(getSearchEngine());
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
