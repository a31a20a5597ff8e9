// Database migrations from the command line; `npm run db:migrate -- <command>` runs the same.
//
//   tsx scripts/migrate.ts deploy                       apply pending migrations
//   tsx scripts/migrate.ts create <name>                write prisma/migrations/<timestamp>_<name>/migration.sql
//                                                       from the changes in prisma/schema.prisma
//   tsx scripts/migrate.ts status                       applied / pending / failed migrations and drift;
//                                                       exits 1 unless everything is applied and in sync
//   tsx scripts/migrate.ts reset [--force]              drop everything in the schema, re-apply all migrations
//                                                       (refused when NODE_ENV=production unless --force)
//   tsx scripts/migrate.ts resolve --rolled-back <name> mark a failed migration as rolled back
//
//   --schema <name>   PostgreSQL schema (default: DATABASE_SCHEMA, else ?schema= of the URL, else public)
//
// The database is DATABASE_URL. Without it, the embedded PostgreSQL (PGlite) in EMBEDDED_DB_DIR
// (default .data/pglite) is started on EMBEDDED_DB_PORT (default 54329) for the command, or — if the app
// is already running it — the command connects to that one. Works with no PostgreSQL server installed.
//
// Exit codes: 0 success, 1 failure (one line on stderr says why), 2 wrong usage.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { EmbeddedPostgresError, startEmbeddedPostgres } from "../app/utils/embedded-postgres.server";
import {
  createMigration,
  deployMigrations,
  markMigrationRolledBack,
  migrationStatus,
  resetDatabase,
  type MigrationOptions,
  type MigrationStatus,
} from "../app/utils/migrations.server";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const USAGE =
  "usage: tsx scripts/migrate.ts deploy | create <name> | status | reset [--force] | resolve --rolled-back <name>  [--schema <name>]";

class UsageError extends Error {}

/** Set while a command runs, so that Ctrl-C still closes the embedded database cleanly. */
let stopDatabase: (() => Promise<void>) | undefined;

async function main(): Promise<number> {
  const { command, name, schema, force, rolledBack } = parseCommandLine(process.argv.slice(2));

  if (command === "reset" && process.env.NODE_ENV === "production" && !force) {
    throw new UsageError("reset deletes all data and is refused when NODE_ENV=production; add --force if you mean it");
  }

  const databaseUrl = await connectDatabase();
  const options: MigrationOptions = {
    databaseUrl,
    schema,
    log: (message) => console.log(message),
    migrationsDir: path.join(root, "prisma", "migrations"),
    schemaPath: path.join(root, "prisma", "schema.prisma"),
  };

  switch (command) {
    case "deploy": {
      const { applied } = await deployMigrations(options);
      console.log(applied.length > 0 ? `✓ Applied ${applied.length} migration(s).` : "✓ Nothing to apply.");
      return 0;
    }
    case "create": {
      const result = await createMigration({ ...options, name: name! });
      if (!result.created) console.log("✓ No migration needed.");
      return 0;
    }
    case "status":
      return printStatus(await migrationStatus(options), databaseUrl);
    case "reset": {
      const { applied } = await resetDatabase(options);
      console.log(`✓ Schema reset; applied ${applied.length} migration(s).`);
      return 0;
    }
    case "resolve":
      await markMigrationRolledBack({ ...options, migrationName: rolledBack! });
      console.log(`✓ ${rolledBack} is marked as rolled back; fix it and run deploy.`);
      return 0;
  }
}

function parseCommandLine(args: string[]) {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        schema: { type: "string" },
        force: { type: "boolean", default: false },
        "rolled-back": { type: "string" },
        help: { type: "boolean", short: "h", default: false },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const [command, ...rest] = positionals;
  const schema = values.schema ?? (process.env.DATABASE_SCHEMA || undefined);
  switch (command) {
    case "deploy":
    case "status":
    case "reset":
      if (rest.length > 0) throw new UsageError(`${command} takes no arguments (got "${rest.join(" ")}")`);
      return { command, schema, force: values.force };
    case "create":
      // `create add scenarios` and `create add_scenarios` mean the same.
      if (rest.length === 0) throw new UsageError("create needs a name, e.g. create add_scenarios");
      return { command, name: rest.join(" "), schema, force: values.force };
    case "resolve":
      if (!values["rolled-back"]) throw new UsageError("resolve needs --rolled-back <migration name>");
      return { command, rolledBack: values["rolled-back"], schema, force: values.force };
    default:
      throw new UsageError(command ? `unknown command "${command}"` : "no command given");
  }
}

/** DATABASE_URL, else the embedded PostgreSQL (started here, or already running in the app). */
async function connectDatabase(): Promise<string> {
  if (process.env.DATABASE_URL) return process.env.DATABASE_URL;

  const dataDir = path.resolve(root, process.env.EMBEDDED_DB_DIR || ".data/pglite");
  const port = Number(process.env.EMBEDDED_DB_PORT || 54329);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new UsageError(`EMBEDDED_DB_PORT must be a port number (1–65535), not "${process.env.EMBEDDED_DB_PORT}"`);
  }
  console.log(`DATABASE_URL is not set: using the embedded PostgreSQL in ${path.relative(root, dataDir) || dataDir}.`);
  try {
    const embedded = await startEmbeddedPostgres({ dataDir, port, log: (message) => console.log(message) });
    stopDatabase = embedded.stop;
    return embedded.url;
  } catch (error) {
    // The dev server holds the data directory: talk to its server instead of opening the files twice.
    const owner = error instanceof EmbeddedPostgresError && error.code === "DATA_DIR_IN_USE" ? error.owner : undefined;
    if (owner?.port && owner.pid !== process.pid) {
      console.log(`The embedded PostgreSQL is already running (process ${owner.pid}); connecting to ${owner.host}:${owner.port}.`);
      return `postgresql://postgres@${owner.host}:${owner.port}/postgres`;
    }
    throw error;
  }
}

function printStatus(status: MigrationStatus, databaseUrl: string): number {
  const target = `schema "${status.schema}" of ${redact(databaseUrl)}`;
  console.log(
    `${status.local.length} migration(s) in ${path.relative(root, status.migrationsDir)}; ${status.applied.length} applied to ${target}.`,
  );
  const list = (label: string, names: string[]) => {
    if (names.length > 0) console.log(`${label}:\n${names.map((name) => `  - ${name}`).join("\n")}`);
  };
  list("Pending", status.pending);
  list("Failed (resolve before deploying)", status.failed);
  list("Edited after being applied (checksum differs)", status.edited);
  list("Applied but missing from the migrations directory", status.missingLocally);

  if (status.drift.checked) {
    console.log(
      status.drift.detected
        ? `Drift: the database differs from prisma/schema.prisma:\n${status.drift.summary.replace(/^/gm, "  ")}`
        : "Drift: none, the database matches prisma/schema.prisma.",
    );
  } else {
    console.log(`Drift: not checked (${status.drift.reason}).`);
  }

  if (status.upToDate && !(status.drift.checked && status.drift.detected)) {
    console.log("✓ Database is up to date.");
    return 0;
  }
  const problems = [
    status.pending.length && `${status.pending.length} pending`,
    status.failed.length && `${status.failed.length} failed`,
    status.edited.length && `${status.edited.length} edited`,
    status.missingLocally.length && `${status.missingLocally.length} missing locally`,
    status.drift.checked && status.drift.detected && "drift detected",
  ].filter(Boolean);
  console.error(`migrate status: not up to date (${problems.join(", ")}).`);
  return 1;
}

function redact(databaseUrl: string): string {
  try {
    const url = new URL(databaseUrl);
    if (url.password) url.password = "***";
    return `${url.host}${url.pathname}`;
  } catch {
    return "DATABASE_URL";
  }
}

function oneLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/\s*\n\s*/g, " ").trim();
}

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    console.error(`migrate: interrupted (${signal}).`);
    void (stopDatabase?.() ?? Promise.resolve()).finally(() => process.exit(130));
  });
}

let exitCode: number;
try {
  exitCode = await main();
} catch (error) {
  const command = process.argv[2] ?? "";
  if (error instanceof UsageError) {
    console.error(`migrate: ${error.message}\n${USAGE}`);
    exitCode = 2;
  } else {
    console.error(`migrate ${command}: ${oneLine(error)}`.replace(/ :/, ":"));
    if (process.env.DEBUG && error instanceof Error) console.error(error.stack);
    exitCode = 1;
  }
}
await stopDatabase?.().catch((error: unknown) => {
  console.error(`migrate: could not stop the embedded PostgreSQL cleanly: ${oneLine(error)}`);
  exitCode ||= 1;
});
process.exit(exitCode);
