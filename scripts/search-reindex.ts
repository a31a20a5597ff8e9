// Rebuilds every search index from the database; `npm run search:reindex` runs the same.
//
//   tsx scripts/search-reindex.ts [--timeout <seconds>]
//
// With Meilisearch (MEILI_URL set) this command rebuilds each index into a shadow index, showing progress,
// and swaps it in atomically; changes committed meanwhile are replayed from the search outbox.
// With the embedded search engine the index lives inside the running app process, so the command asks that
// process to rebuild (a SearchReindex row its background job carries out) and follows its progress; it
// gives up after --timeout seconds (default 30) when no app picks the request up.
//
// The database is DATABASE_URL, else the embedded PostgreSQL in EMBEDDED_DB_DIR (the running app's, when
// it runs). Exit codes: 0 success, 1 failure (a message on stderr says why), 2 wrong usage.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { disconnectPrisma, getPrisma } from "../app/utils/db.server";
import { EmbeddedPostgresError, startEmbeddedPostgres } from "../app/utils/embedded-postgres.server";
import { EnvError, parseEnv, type Env } from "../app/utils/env.server";
import { connectionFailure, deployMigrations } from "../app/utils/migrations.server";
import pg from "pg";
import type { IndexName } from "../app/modules/search/indexes";
import { abandonReindexRequest, getReindexRequest, REINDEX_STALE_MS, requestReindex, type ReindexProgress } from "../app/modules/search/search-reindex.server";
import { getSearchEngine, INDEX_NAMES, keepsIndexesInProcess, reindexAll } from "../app/modules/search/search-service.server";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const USAGE = "usage: npm run search:reindex [-- --timeout <seconds>]";
const POLL_MS = 250;

class Failure extends Error {}
class UsageError extends Error {}

let stopDatabase: (() => Promise<void>) | undefined;

// ---------------------------------------------------------------------------------------------------------
// Progress on stderr: a bar redrawn in place on a terminal, plain lines otherwise (logs, CI).

class ProgressDisplay {
  private readonly tty = process.stderr.isTTY === true;
  private open: IndexName | null = null;
  private readonly plainStep = new Map<IndexName, number>();
  private readonly completed = new Set<IndexName>();
  private readonly lastShown = new Map<IndexName, string>();

  show(index: IndexName, done: number, total: number) {
    if (this.completed.has(index) || this.lastShown.get(index) === `${done}/${total}`) return;
    this.lastShown.set(index, `${done}/${total}`);
    if (this.open !== index) this.endLine();
    this.open = index;
    if (this.tty) {
      process.stderr.write(`\r${bar(done, total)} ${index}\x1b[K`);
      return;
    }
    // A line at the start, then one every 10 %.
    const step = total > 0 ? Math.floor((Math.min(done, total) / total) * 10) : 10;
    if (this.plainStep.get(index) !== step) {
      this.plainStep.set(index, step);
      process.stderr.write(`${done}/${total} ${index}\n`);
    }
  }

  complete(index: IndexName, total: number) {
    if (this.completed.has(index)) return;
    this.show(index, total, total);
    if (this.open === index) this.endLine();
    this.completed.add(index);
  }

  endLine() {
    if (this.tty && this.open) process.stderr.write("\n");
    this.open = null;
  }
}

function bar(done: number, total: number, width = 30): string {
  const ratio = total > 0 ? Math.min(1, done / total) : 1;
  const filled = Math.round(ratio * width);
  return `[${"█".repeat(filled)}${"░".repeat(width - filled)}] ${done}/${total}`;
}

// ---------------------------------------------------------------------------------------------------------

function parseCommandLine(args: string[]): { timeoutMs: number } {
  let parsed;
  try {
    parsed = parseArgs({ args, options: { timeout: { type: "string" }, help: { type: "boolean", short: "h", default: false } } });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  if (parsed.values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const seconds = Number(parsed.values.timeout ?? 30);
  if (!Number.isFinite(seconds) || seconds <= 0) throw new UsageError(`--timeout must be a number of seconds, not "${parsed.values.timeout}"`);
  return { timeoutMs: seconds * 1000 };
}

/** One connection to DATABASE_URL, so that a server that is down or a wrong URL is said in one line, not a stack. */
async function checkReachable(databaseUrl: string): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl, connectionTimeoutMillis: 10_000 });
  try {
    await client.connect();
  } catch (error) {
    throw new Failure(connectionFailure(databaseUrl, error).message);
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** DATABASE_URL, else the embedded PostgreSQL: the running app's (appRunning) or one started for this command. */
async function connectDatabase(env: Env): Promise<{ appRunning: boolean | null; embedded: boolean }> {
  if (env.DATABASE_URL) {
    await checkReachable(env.DATABASE_URL);
    process.env.DATABASE_POOL_SIZE = "2";
    return { appRunning: null, embedded: false };
  }
  const dataDir = path.resolve(root, env.EMBEDDED_DB_DIR);
  // One connection against the embedded PostgreSQL (see server.ts).
  process.env.DATABASE_POOL_SIZE = "1";
  try {
    const embedded = await startEmbeddedPostgres({ dataDir, port: env.EMBEDDED_DB_PORT });
    stopDatabase = embedded.stop;
    process.env.DATABASE_URL = embedded.url;
    await deployMigrations({ databaseUrl: embedded.url, schema: env.DATABASE_SCHEMA });
    return { appRunning: false, embedded: true };
  } catch (error) {
    // The app holds the data directory: talk to its database server.
    const owner = error instanceof EmbeddedPostgresError && error.code === "DATA_DIR_IN_USE" ? error.owner : undefined;
    if (owner?.port && owner.pid !== process.pid) {
      process.env.DATABASE_URL = `postgresql://postgres@${owner.host}:${owner.port}/postgres`;
      return { appRunning: true, embedded: true };
    }
    throw error;
  }
}

async function rebuildHere(): Promise<void> {
  const engine = getSearchEngine();
  console.error(`Rebuilding the search indexes on ${engine.name} (shadow indexes, then an atomic swap)…`);
  const started = Date.now();
  const display = new ProgressDisplay();
  const counts = await reindexAll((progress) => display.show(progress.index, progress.done, progress.total));
  for (const index of INDEX_NAMES) display.complete(index, counts[index]);
  console.error(`✓ Rebuilt ${INDEX_NAMES.map((index) => `${counts[index]} ${index}`).join(" and ")} in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
}

async function rebuildInRunningApp(timeoutMs: number, appRunning: boolean | null): Promise<void> {
  if (appRunning === false) {
    throw new Failure(
      "No SceneBridge app is running on this embedded database. The embedded search index lives inside the app process " +
        "and is rebuilt from the database every time the app starts: start it with `npm start` (that rebuilds the index), " +
        "or run this command while the app runs.",
    );
  }
  const prisma = getPrisma();
  const { request, created } = await requestReindex(prisma, { source: "cli" });
  console.error(
    created
      ? "Asked the running app to rebuild its search indexes (the embedded engine keeps them in the app's memory)…"
      : "A rebuild was already requested; following it…",
  );
  const display = new ProgressDisplay();
  const shown: ReindexProgress = {};
  const waitingSince = Date.now();
  for (;;) {
    const current = await getReindexRequest(request.id);
    if (!current) throw new Failure("The reindex request disappeared from the database.");
    for (const index of INDEX_NAMES) {
      const progress = current.progress[index];
      if (progress && (shown[index]?.done !== progress.done || shown[index]?.total !== progress.total)) {
        shown[index] = progress;
        display.show(index, progress.done, progress.total);
      }
    }
    if (current.status === "DONE") {
      for (const index of INDEX_NAMES) display.complete(index, current.progress[index]?.total ?? 0);
      const seconds = current.startedAt && current.finishedAt ? ((current.finishedAt.getTime() - current.startedAt.getTime()) / 1000).toFixed(1) : "?";
      console.error(`✓ Rebuilt ${INDEX_NAMES.map((index) => `${current.progress[index]?.total ?? 0} ${index}`).join(" and ")} in ${seconds} s.`);
      return;
    }
    if (current.status === "FAILED") {
      display.endLine();
      throw new Failure(`The rebuild failed in the app: ${current.error ?? "unknown error"}`);
    }
    if (current.status === "PENDING" && Date.now() - waitingSince > timeoutMs) {
      if (await abandonReindexRequest(request.id, `no app process picked the request up within ${timeoutMs / 1000} s`)) {
        throw new Failure(
          `No running app picked up the request within ${timeoutMs / 1000} s. Is SceneBridge running (npm start) against this database? ` +
            "With the embedded search engine only a running app can rebuild its index.",
        );
      }
    }
    if (current.status === "RUNNING" && current.heartbeatAt && Date.now() - current.heartbeatAt.getTime() > REINDEX_STALE_MS) {
      throw new Failure("The app process carrying out the rebuild stopped responding (it may have been stopped); run the command again.");
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

async function main(): Promise<number> {
  const { timeoutMs } = parseCommandLine(process.argv.slice(2));
  const env = parseEnv(process.env);
  const { appRunning } = await connectDatabase(env);
  process.env.DATABASE_SCHEMA = env.DATABASE_SCHEMA;
  if (keepsIndexesInProcess(getSearchEngine())) await rebuildInRunningApp(timeoutMs, appRunning);
  else await rebuildHere();
  return 0;
}

async function cleanUp() {
  await disconnectPrisma().catch(() => undefined);
  await stopDatabase?.().catch(() => undefined);
}

process.on("SIGINT", () => {
  void cleanUp().finally(() => process.exit(130));
});

main()
  .then(async (code) => {
    await cleanUp();
    process.exit(code);
  })
  .catch(async (error) => {
    if (process.stderr.isTTY) process.stderr.write("\n");
    await cleanUp();
    if (error instanceof UsageError) {
      console.error(`search:reindex: ${error.message}\n${USAGE}`);
      process.exit(2);
    }
    if (error instanceof EnvError || error instanceof Failure) {
      console.error(error.message);
      process.exit(1);
    }
    console.error(`search:reindex failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
