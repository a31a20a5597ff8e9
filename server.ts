// SceneBridge's process entry: validates the environment, provides a database (the configured server, or
// an embedded PostgreSQL when DATABASE_URL is unset), migrates it, seeds demo data on first run, builds the
// app if its sources changed, then serves it.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { ServerBuild } from "@remix-run/node";
import { DEMO_ACCOUNTS, DEMO_PASSWORD_NOTICE, seedDemoData } from "./prisma/seed";
import { disconnectPrisma, getPrisma } from "./app/utils/db.server";
import { startEmbeddedPostgres } from "./app/utils/embedded-postgres.server";
import { EnvError, environmentWarnings, parseEnv, type Env } from "./app/utils/env.server";
import { startBackgroundJobs } from "./app/utils/background-jobs.server";
import { createExpressApp, listenHttp } from "./app/utils/express-app.server";
import { errorFields, logger } from "./app/utils/logger.server";
import { deployMigrations } from "./app/utils/migrations.server";
import { prepareSearchAtStart } from "./app/modules/search/search-service.server";

const root = path.dirname(fileURLToPath(import.meta.url));
const buildEntry = path.join(root, "build/index.js");

function loadEnvOrExit(): Env {
  try {
    return parseEnv(process.env);
  } catch (error) {
    if (error instanceof EnvError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
}

function newestMtime(target: string): number {
  if (!existsSync(target)) return 0;
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(target)) {
    if (entry === "build" || entry === "generated" || entry.startsWith(".")) continue;
    newest = Math.max(newest, newestMtime(path.join(target, entry)));
  }
  return newest;
}

/** Builds with the Remix compiler when there is no build or a source file is newer than it. */
function buildIfNeeded(env: Env) {
  const builtAt = existsSync(buildEntry) ? statSync(buildEntry).mtimeMs : 0;
  if (builtAt && env.NODE_ENV === "production") return;
  const sourcesAt = Math.max(
    ...["app", "public", "remix.config.js", "postcss.config.js", "package.json"].map((p) => newestMtime(path.join(root, p))),
  );
  if (builtAt >= sourcesAt) return;
  console.log(builtAt ? "Sources changed — rebuilding the app…" : "Building the app (first start)…");
  const remixCli = path.join(root, "node_modules/@remix-run/dev/dist/cli.js");
  const result = spawnSync(process.execPath, [remixCli, "build"], { cwd: root, stdio: "inherit", env: { ...process.env, NODE_ENV: "production" } });
  if (result.status !== 0) {
    console.error("The build failed; see the messages above.");
    process.exit(1);
  }
}

async function main() {
  const env = loadEnvOrExit();
  for (const warning of environmentWarnings(env)) console.warn(`Warning: ${warning}`);

  let stopEmbedded: (() => Promise<void>) | undefined;
  let databaseUrl = env.DATABASE_URL;
  let databaseLabel = "PostgreSQL from DATABASE_URL";
  if (!databaseUrl) {
    const dataDir = path.resolve(root, env.EMBEDDED_DB_DIR);
    const embedded = await startEmbeddedPostgres({ dataDir, port: env.EMBEDDED_DB_PORT });
    stopEmbedded = embedded.stop;
    databaseUrl = embedded.url;
    const shownDir = dataDir.startsWith(root + path.sep) ? path.relative(root, dataDir) : dataDir;
    databaseLabel = `embedded PostgreSQL (PGlite) in ${shownDir}`;
    // PGlite has ONE session and its socket server interleaves the protocol messages of concurrent
    // connections, so two queries in flight on two connections can corrupt each other's unnamed prepared
    // statements. One connection serialises every query; PGlite runs them one at a time anyway.
    process.env.DATABASE_POOL_SIZE = "1";
  }
  process.env.DATABASE_URL = databaseUrl;
  process.env.DATABASE_SCHEMA = env.DATABASE_SCHEMA;

  const { applied } = await deployMigrations({ databaseUrl, schema: env.DATABASE_SCHEMA });
  if (applied.length > 0) console.log(`Applied ${applied.length} migration(s): ${applied.join(", ")}`);

  const prisma = getPrisma();
  const seedWanted = env.SEED_DEMO_DATA ?? !env.DATABASE_URL;
  let seeded = false;
  if (seedWanted && (await prisma.user.count()) === 0) {
    console.log("Seeding demo data…");
    await seedDemoData(prisma);
    seeded = true;
  }

  buildIfNeeded(env);
  const build = (await import(pathToFileURL(buildEntry).href)) as ServerBuild;
  const app = createExpressApp({
    build,
    env,
    publicDir: path.join(root, "public"),
    checkDatabase: async () => {
      await prisma.$queryRaw`SELECT 1`;
    },
  });

  // Before listening: the embedded search engine keeps its indexes in memory and fills them from the database
  // here; with Meilisearch this checks the settings (and fills an empty index) — for at most START_UP_SEARCH_WAIT_MS,
  // then it goes on in the background — or, where the server cannot answer, starts without search (a background job
  // asks again, SEARCH_PREPARE_JOB).
  const search = await prepareSearchAtStart();
  const searchLine =
    "ready" in search
      ? `Search: ${search.ready.engine} engine — ${search.ready.indexes.scenarios.documents} scenarios and ${search.ready.indexes.solutions.documents} solutions ` +
        `${Object.values(search.ready.indexes).some((index) => index.rebuilt) ? "indexed" : "in the index"} in ${search.ready.ms} ms`
      : "stillPreparing" in search
        ? `Search: the search server is still preparing its indexes; this goes on in the background (the log says when it is done)`
        : `Search: UNAVAILABLE — the search server does not answer; search pages say so until it does (see the log)`;

  const stopJobs = startBackgroundJobs();
  const server = listenHttp(app, env.PORT, env.HOST, () => {
    const url = `http://localhost:${env.PORT}`;
    const lines = [
      "",
      `SceneBridge 场景桥 is running on ${url}`,
      `Database: ${databaseLabel}${seeded ? " (demo data seeded just now)" : ""}`,
      searchLine,
    ];
    if (seedWanted || seeded) {
      lines.push("", DEMO_PASSWORD_NOTICE, ...DEMO_ACCOUNTS.map((a) => `  ${a.email.padEnd(30)} ${a.description}`));
    }
    console.log(lines.join("\n") + "\n");
  });
  server.on("error", (error: NodeJS.ErrnoException) => {
    console.error(
      error.code === "EADDRINUSE"
        ? `Port ${env.PORT} is already in use. Stop the other program or set PORT to a free port.`
        : `The web server could not start: ${error.message}`,
    );
    void shutdown(1);
  });

  let shuttingDown = false;
  async function shutdown(code = 0) {
    if (shuttingDown) return;
    shuttingDown = true;
    server.close();
    await stopJobs().catch(() => undefined);
    await disconnectPrisma().catch(() => undefined);
    await stopEmbedded?.().catch(() => undefined);
    process.exit(code);
  }
  process.on("SIGINT", () => void shutdown());
  process.on("SIGTERM", () => void shutdown());
}

main().catch((error) => {
  logger.error("SceneBridge failed to start", errorFields(error));
  console.error(`\nSceneBridge could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
