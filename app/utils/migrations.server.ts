// Database migrations driven by Prisma's WebAssembly schema engine.
//
// Why not `prisma migrate deploy`: the Prisma CLI needs a native schema-engine binary that it downloads
// from Prisma's servers, which our machines cannot reach (docs/decisions/0003-migrations-with-wasm-schema-engine.md).
// `@prisma/schema-engine-wasm` is the same engine compiled to WebAssembly and published on npm; it talks
// to the database through a driver adapter instead of its own network code. We run it here with
// `@prisma/adapter-pg`, so migrations use the same `pg` path as the app, against a real server or the
// embedded PGlite one. The engine itself writes `_prisma_migrations` (same table, checksums and
// semantics as `prisma migrate deploy`), so the two tools can take turns on one database.
//
// Migrations live in prisma/migrations in Prisma's layout (`<timestamp>_<name>/migration.sql` and
// `migration_lock.toml`). Every function takes an optional PostgreSQL schema (default `public`, or the
// `?schema=` parameter of the URL); tables, enums and `_prisma_migrations` all go into it. Tests use one
// schema per worker.
//
// Workarounds for the engine/adapter pair, each explained where it is implemented:
//  1. the wasm module is instantiated by hand (Node 20 cannot import the package's default entry);
//  2. each connection gets `SET search_path TO "<schema>", public` (migration SQL is unqualified);
//  3. migration scripts are sent whole, as one simple query, instead of adapter-pg's split on ";";
//  4. catalog columns of PostgreSQL's internal `"char"` type are passed to the engine as characters;
//  5. the "shadow database" is a temporary schema, and for `diff` the main connection uses the same name;
//  6. on PGlite (one session shared by all connections) engine sessions run one at a time.
import { isProcessAlive } from "./process.server";
import { randomBytes } from "node:crypto";
import { existsSync, statSync } from "node:fs";
import { mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import {
  bindMigrationAwareSqlAdapterFactory,
  ColumnTypeEnum,
  DriverAdapterError,
  type IsolationLevel,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
  type SqlQuery,
  type SqlResultSet,
  type Transaction,
} from "@prisma/driver-adapter-utils";
import * as wasmBindings from "@prisma/schema-engine-wasm/schema_engine_bg";
import type { MigrationList, SchemaContainer, SchemaEngine } from "@prisma/schema-engine-wasm/schema_engine_bg";

// ---------------------------------------------------------------------------------------------------------
// Public API

export interface MigrationOptions {
  /** postgresql://… of a real server or of the embedded one (app/utils/embedded-postgres.server.ts). */
  databaseUrl: string;
  /** PostgreSQL schema to migrate. Default: the URL's `?schema=` parameter, else `public`. */
  schema?: string;
  /** Progress messages. Silent when omitted. */
  log?: (message: string) => void;
  /** Default: prisma/migrations of the project (found upwards from the working directory). */
  migrationsDir?: string;
  /** Prisma schema file (or folder of .prisma files). Default: prisma/schema.prisma of the project. */
  schemaPath?: string;
}

export interface MigrationStatus {
  schema: string;
  migrationsDir: string;
  /** Migration directories on disk, in the order they apply. */
  local: string[];
  /** Applied successfully (and not rolled back), in the order they were applied. */
  applied: string[];
  /** On disk but not applied yet. */
  pending: string[];
  /** Started but failed; `deployMigrations` refuses to run until they are resolved. */
  failed: string[];
  /** Applied, but their migration.sql has changed on disk since (checksum mismatch). */
  edited: string[];
  /** Recorded as applied in the database but missing from the migrations directory. */
  missingLocally: string[];
  hasMigrationsTable: boolean;
  /** No pending, failed, edited or missing migrations. Says nothing about drift. */
  upToDate: boolean;
  /** Whether the database differs from prisma/schema.prisma (checked only when it is up to date). */
  drift: DriftReport;
}

export type DriftReport =
  | { checked: true; detected: boolean; summary: string }
  | { checked: false; reason: string };

export interface CreatedMigration {
  created: boolean;
  /** Directory name, e.g. 20260101120000_add_scenarios (when created). */
  migrationName?: string;
  /** Absolute path of the new migration.sql (when created). */
  path?: string;
  sql?: string;
}

/** Every failure of this module; the message is one line, names the migration and the SQL error. */
export class MigrationError extends Error {
  readonly migrationName?: string;
  /** PostgreSQL SQLSTATE (e.g. 42P01) or Prisma error code (e.g. P3009) when known. */
  readonly code?: string;

  constructor(message: string, details: { migrationName?: string; code?: string; cause?: unknown } = {}) {
    super(message, { cause: details.cause });
    this.name = "MigrationError";
    this.migrationName = details.migrationName;
    this.code = details.code;
  }
}

/** Applies every pending migration, in order. Running it again applies nothing. */
export async function deployMigrations(options: MigrationOptions): Promise<{ applied: string[] }> {
  const ctx = resolveContext(options);
  const migrationsList = await loadMigrations(ctx.migrationsDir);
  if (migrationsList.migrationDirectories.length === 0) {
    ctx.log(`No migrations in ${ctx.migrationsDir}; nothing to apply.`);
    return { applied: [] };
  }
  // The schema must exist before the engine connects: with search_path "<schema>", public and a missing
  // schema, PostgreSQL would silently create everything in public.
  await withAdminClient(ctx, (client) => ensureSchema(client, ctx.schema));
  ctx.log(`Applying migrations from ${relative(ctx.migrationsDir)} to schema "${ctx.schema}"…`);

  return withEngine(ctx, {}, async (engine, factory) => {
    let appliedMigrationNames: string[];
    try {
      ({ appliedMigrationNames } = await engine.applyMigrations({ migrationsList, filters: NO_FILTERS }));
    } catch (error) {
      throw explainApplyFailure(error, factory, ctx);
    }
    if (appliedMigrationNames.length === 0) ctx.log("No pending migrations; the database is up to date.");
    for (const name of appliedMigrationNames) ctx.log(`Applied ${name}`);
    return { applied: appliedMigrationNames };
  });
}

/** Which migrations are applied, pending or failed, and whether the database drifts from schema.prisma. */
export async function migrationStatus(options: MigrationOptions): Promise<MigrationStatus> {
  const ctx = resolveContext(options);
  const migrationsList = await loadMigrations(ctx.migrationsDir);
  const local = migrationsList.migrationDirectories.map((directory) => directory.path);

  // Read `_prisma_migrations` ourselves: the engine's diagnosis only reports problems, not the full list.
  // Status must not create anything, so a missing schema or table simply means "nothing applied".
  const rows = await withAdminClient(ctx, async (client) => {
    const table = await client.query<{ exists: boolean }>(
      `SELECT to_regclass($1) IS NOT NULL AS "exists"`,
      [`${quoteIdent(ctx.schema)}."_prisma_migrations"`],
    );
    if (!table.rows[0]?.exists) return undefined;
    const result = await client.query<MigrationRow>(
      `SELECT migration_name, finished_at, rolled_back_at FROM ${quoteIdent(ctx.schema)}."_prisma_migrations"
       ORDER BY started_at, migration_name`,
    );
    return result.rows;
  });

  const live = (rows ?? []).filter((row) => row.rolled_back_at === null);
  const applied = live.filter((row) => row.finished_at !== null).map((row) => row.migration_name);
  const failed = live.filter((row) => row.finished_at === null).map((row) => row.migration_name);
  const known = new Set(live.map((row) => row.migration_name));
  const pending = local.filter((name) => !known.has(name));
  const localSet = new Set(local);
  const missingLocally = applied.filter((name) => !localSet.has(name));

  let edited: string[] = [];
  let drift: DriftReport = { checked: false, reason: "no migrations have been applied to this schema yet" };
  if (rows) {
    ({ edited, drift } = await withEngine(ctx, {}, async (engine) => {
      // Checksums are compared by the engine, exactly as `prisma migrate status` compares them.
      const diagnosis = await engine.diagnoseMigrationHistory({
        migrationsList,
        optInToShadowDatabase: false,
        filters: NO_FILTERS,
      });
      if (pending.length > 0 || failed.length > 0) {
        const reason = `${pending.length} pending and ${failed.length} failed migration(s); deploy them first`;
        return { edited: diagnosis.editedMigrationNames, drift: { checked: false, reason } as DriftReport };
      }
      return { edited: diagnosis.editedMigrationNames, drift: await checkDrift(engine, ctx) };
    }));
  }

  return {
    schema: ctx.schema,
    migrationsDir: ctx.migrationsDir,
    local,
    applied,
    pending,
    failed,
    edited,
    missingLocally,
    hasMigrationsTable: rows !== undefined,
    upToDate: pending.length === 0 && failed.length === 0 && edited.length === 0 && missingLocally.length === 0,
    drift,
  };
}

/**
 * Writes prisma/migrations/<UTC yyyymmddHHMMSS>_<snake_name>/migration.sql with the SQL that takes a
 * database from "all current migrations applied" to prisma/schema.prisma. Writes nothing when they agree.
 * Needs a database only for a temporary shadow schema (created and dropped here); the schema being
 * migrated is not read or changed.
 */
export async function createMigration(options: MigrationOptions & { name: string }): Promise<CreatedMigration> {
  const ctx = resolveContext(options);
  const snakeName = toMigrationName(options.name);
  const migrationsList = await loadMigrations(ctx.migrationsDir);
  const lockfileExists = migrationsList.lockfile.content !== null;
  // The engine refuses to read a migrations directory without a lock file; hand it the one we would write.
  migrationsList.lockfile.content ??= MIGRATION_LOCK;
  const datamodel = await readSchemaFiles(ctx.schemaPath);

  // The engine replays the migrations in the shadow and compares the result with the datamodel, which it
  // places in the namespace of its main connection. If the two schema names differed, every table would
  // look new and a `CREATE SCHEMA "<name>"` would appear in the script. So the main connection and the
  // shadow both use one fresh temporary schema name; the main connection only needs it for naming.
  const shadow = `_prisma_shadow_${randomBytes(6).toString("hex")}`;
  const script = await withEngine({ ...ctx, schema: shadow }, { shadowSchema: shadow }, async (engine, factory) => {
    try {
      const result = await engine.diff({
        from: { tag: "migrations", ...migrationsList },
        to: { tag: "schemaDatamodel", files: datamodel },
        script: true,
        exitCode: true,
        filters: NO_FILTERS,
      });
      const sql = result.stdout ?? "";
      return result.exitCode === 2 && !EMPTY_MIGRATION.test(sql) ? sql : null;
    } catch (error) {
      throw explainShadowFailure(error, factory);
    }
  });

  if (script === null) {
    ctx.log(`No changes: ${relative(ctx.schemaPath)} matches the migrations in ${relative(ctx.migrationsDir)}; nothing written.`);
    return { created: false };
  }

  const migrationName = await uniqueMigrationName(ctx.migrationsDir, snakeName);
  const file = path.join(ctx.migrationsDir, migrationName, "migration.sql");
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, script.endsWith("\n") ? script : `${script}\n`);
  if (!lockfileExists) await writeFile(path.join(ctx.migrationsDir, "migration_lock.toml"), MIGRATION_LOCK);
  ctx.log(`Created ${relative(file)}. Review it, then apply it with deploy.`);
  return { created: true, migrationName, path: file, sql: script };
}

/**
 * Drops everything in the schema (DROP SCHEMA … CASCADE; CREATE SCHEMA) and re-applies all migrations.
 * Careful with `public`: pg_trgm lives there, and dropping it cascades to trigram indexes in other schemas
 * of the same database. Resetting a worker schema leaves public alone.
 */
export async function resetDatabase(options: MigrationOptions): Promise<{ applied: string[] }> {
  const ctx = resolveContext(options);
  await withAdminClient(ctx, async (client) => {
    const schema = quoteIdent(ctx.schema);
    await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await client.query(`CREATE SCHEMA ${schema}`);
    // A fresh `public` belongs to us instead of pg_database_owner; give other roles back their default access.
    if (ctx.schema === "public") await client.query(`GRANT USAGE ON SCHEMA public TO PUBLIC`);
  });
  ctx.log(`Dropped and re-created schema "${ctx.schema}".`);
  return deployMigrations(options);
}

/**
 * Marks a failed migration as rolled back (like `prisma migrate resolve --rolled-back`), after you have
 * undone whatever part of it took effect. The next deploy then applies the (fixed) migration again.
 */
export async function markMigrationRolledBack(options: MigrationOptions & { migrationName: string }): Promise<void> {
  const ctx = resolveContext(options);
  await withEngine(ctx, {}, async (engine) => {
    try {
      await engine.markMigrationRolledBack({ migrationName: options.migrationName });
    } catch (error) {
      throw new MigrationError(`Cannot mark "${options.migrationName}" as rolled back: ${engineMessage(error)}`, {
        migrationName: options.migrationName,
        code: engineCode(error),
        cause: error,
      });
    }
  });
  ctx.log(`Marked ${options.migrationName} as rolled back in schema "${ctx.schema}".`);
}

// ---------------------------------------------------------------------------------------------------------
// Context: paths, schema name, logging

interface Context {
  databaseUrl: string;
  schema: string;
  log: (message: string) => void;
  migrationsDir: string;
  schemaPath: string;
}

const NO_FILTERS = { externalTables: [], externalEnums: [] };
const MIGRATION_LOCK =
  "# Please do not edit this file manually\n# It should be added in your version-control system (e.g., Git)\n" +
  'provider = "postgresql"\n';
const EMPTY_MIGRATION = /^\s*(--\s*This is an empty migration\.?\s*)?$/;
// Unquoted-identifier characters only: the name is interpolated into SQL (always double-quoted) and into
// search_path, and env.server.ts applies the same rule to DATABASE_SCHEMA.
const SCHEMA_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,62}$/;

function resolveContext(options: MigrationOptions): Context {
  if (!options.databaseUrl) throw new MigrationError("No database URL given (set DATABASE_URL).");
  const schema = options.schema || schemaFromUrl(options.databaseUrl) || "public";
  if (!SCHEMA_NAME.test(schema)) {
    throw new MigrationError(
      `Invalid PostgreSQL schema name "${schema}": use letters, digits and underscores, not starting with a digit.`,
    );
  }
  const root = options.migrationsDir && options.schemaPath ? undefined : findProjectRoot();
  return {
    databaseUrl: options.databaseUrl,
    schema,
    log: options.log ?? (() => {}),
    migrationsDir: path.resolve(options.migrationsDir ?? path.join(root!, "prisma", "migrations")),
    schemaPath: path.resolve(options.schemaPath ?? path.join(root!, "prisma", "schema.prisma")),
  };
}

/** Prisma URLs carry the schema as `?schema=name`; honour it so the same URL means the same thing here. */
function schemaFromUrl(databaseUrl: string): string | undefined {
  try {
    return new URL(databaseUrl).searchParams.get("schema") || undefined;
  } catch {
    return undefined;
  }
}

function findProjectRoot(): string {
  for (let dir = process.cwd(); ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, "prisma", "schema.prisma"))) return dir;
    if (path.dirname(dir) === dir) {
      throw new MigrationError(
        `Cannot find prisma/schema.prisma in ${process.cwd()} or any parent directory; run from the project ` +
          `or pass migrationsDir and schemaPath.`,
      );
    }
  }
}

/** Paths in messages: relative inside the project, absolute elsewhere (e.g. a test's temp directory). */
function relative(file: string): string {
  const result = path.relative(process.cwd(), file);
  return result.startsWith("..") || path.isAbsolute(result) ? file : result || ".";
}

function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

function toMigrationName(name: string): string {
  const snake = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/([a-z0-9])([A-Z])/g, "$1_$2")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "")
    .slice(0, 150);
  if (!snake) {
    throw new MigrationError(`Migration name "${name}" must contain latin letters or digits, e.g. "add_scenarios".`);
  }
  return snake;
}

async function uniqueMigrationName(migrationsDir: string, snakeName: string): Promise<string> {
  const existing = await readdir(migrationsDir).catch(() => [] as string[]);
  // UTC yyyymmddHHMMSS, like Prisma. Two creations within one second get consecutive seconds.
  for (let time = Date.now(); ; time += 1000) {
    const timestamp = new Date(time).toISOString().replace(/\D/g, "").slice(0, 14);
    if (!existing.some((name) => name.startsWith(`${timestamp}_`))) return `${timestamp}_${snakeName}`;
  }
}

// ---------------------------------------------------------------------------------------------------------
// Migrations directory and schema files (the engine never reads the disk: we hand it the contents)

async function loadMigrations(migrationsDir: string): Promise<MigrationList> {
  const entries = await readdir(migrationsDir, { withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT") return [];
    throw error;
  });
  // Same order as Prisma's CLI: directory names compared with localeCompare.
  const directories = entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort((a, b) => a.localeCompare(b));

  const migrationDirectories = await Promise.all(
    directories.map(async (name) => {
      const file = path.join(migrationsDir, name, "migration.sql");
      const content = await readFile(file, "utf8").catch((error: NodeJS.ErrnoException) => {
        throw new MigrationError(
          error.code === "ENOENT"
            ? `${relative(path.join(migrationsDir, name))} has no migration.sql; every directory in ` +
                `${relative(migrationsDir)} must be a migration.`
            : `Cannot read ${relative(file)}: ${error.message}`,
          { migrationName: name, cause: error },
        );
      });
      return { path: name, migrationFile: { path: "migration.sql", content: { tag: "ok" as const, value: content } } };
    }),
  );

  const lockfileContent = await readFile(path.join(migrationsDir, "migration_lock.toml"), "utf8").catch(() => null);
  return {
    baseDir: migrationsDir,
    lockfile: { path: "migration_lock.toml", content: lockfileContent },
    shadowDbInitScript: "",
    migrationDirectories,
  };
}

async function readSchemaFiles(schemaPath: string): Promise<SchemaContainer[]> {
  const stat = statSync(schemaPath, { throwIfNoEntry: false });
  if (!stat) throw new MigrationError(`Prisma schema not found at ${schemaPath}.`);
  const files = stat.isDirectory()
    ? (await readdir(schemaPath, { recursive: true }))
        .filter((name) => name.endsWith(".prisma"))
        .map((name) => path.join(schemaPath, name))
    : [schemaPath];
  return Promise.all(files.map(async (file) => ({ path: file, content: await readFile(file, "utf8") })));
}

// ---------------------------------------------------------------------------------------------------------
// The WebAssembly schema engine

type WasmBindings = typeof wasmBindings;
type PanicRegistry = { set_message(message: string): void };

let bindingsPromise: Promise<WasmBindings> | undefined;
let lastPanic: string | undefined;
let crashed = false;

/**
 * Instantiates the engine's .wasm once per process. The package's default entry does
 * `import * as wasm from "./schema_engine_bg.wasm"` (bundler-style ESM integration), which Node 20 cannot
 * load; its `schema_engine_bg` entry is the JS glue without that import, so we compile the .wasm next to it
 * ourselves and plug the glue in as the module's imports, exactly as the default entry would.
 */
function loadSchemaEngine(): Promise<WasmBindings> {
  if (crashed) {
    // A Rust panic leaves the wasm instance in an undefined state and its JS glue cannot be re-attached to
    // a new instance, so the process has to go.
    return Promise.reject(
      new MigrationError(`Prisma's schema engine crashed earlier in this process (${lastPanic ?? "panic"}); restart it.`),
    );
  }
  bindingsPromise ??= (async () => {
    // The engine reports the reason of a panic through this global before trapping; without it the
    // panic would surface as a bare "RuntimeError: unreachable". Chain to any registry Prisma Client set.
    const holder = globalThis as { PRISMA_WASM_PANIC_REGISTRY?: PanicRegistry };
    const previous = holder.PRISMA_WASM_PANIC_REGISTRY;
    holder.PRISMA_WASM_PANIC_REGISTRY = {
      set_message(message: string) {
        lastPanic = message;
        previous?.set_message(message);
      },
    };
    const require = createRequire(import.meta.url);
    const glue = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
    const wasmBytes = await readFile(path.join(path.dirname(glue), "schema_engine_bg.wasm"));
    const wasmModule = await WebAssembly.compile(new Uint8Array(wasmBytes));
    const instance = await WebAssembly.instantiate(wasmModule, {
      "./schema_engine_bg.js": wasmBindings as unknown as WebAssembly.ModuleImports,
    });
    wasmBindings.__wbg_set_wasm(instance.exports);
    (instance.exports as unknown as { __wbindgen_start(): void }).__wbindgen_start();
    return wasmBindings;
  })();
  bindingsPromise.catch(() => (bindingsPromise = undefined));
  return bindingsPromise;
}

/** Runs `fn` with an engine connected to `ctx.schema`, then frees the engine and closes every connection. */
async function withEngine<T>(
  ctx: Context,
  setup: { shadowSchema?: string },
  fn: (engine: SchemaEngine, factory: SchemaScopedAdapterFactory) => Promise<T>,
): Promise<T> {
  const bindings = await loadSchemaEngine();
  return withSearchPathLock(ctx.databaseUrl, () => runEngine(bindings, ctx, setup, fn));
}

async function runEngine<T>(
  bindings: WasmBindings,
  ctx: Context,
  setup: { shadowSchema?: string },
  fn: (engine: SchemaEngine, factory: SchemaScopedAdapterFactory) => Promise<T>,
): Promise<T> {
  const factory = new SchemaScopedAdapterFactory(ctx.databaseUrl, ctx.schema, setup.shadowSchema);
  let engine: SchemaEngine | undefined;
  try {
    try {
      engine = await bindings.SchemaEngine.new(
        { datamodels: undefined },
        (line: string) => forwardEngineLog(line, ctx.log),
        bindMigrationAwareSqlAdapterFactory(factory),
      );
    } catch (error) {
      throw factory.connectionError ?? new MigrationError(`Prisma's schema engine could not start: ${engineMessage(error)}`, { cause: error });
    }
    return await fn(engine, factory);
  } catch (error) {
    if (error instanceof WebAssembly.RuntimeError) {
      crashed = true;
      throw new MigrationError(`Prisma's schema engine crashed: ${lastPanic ?? error.message}`, { cause: error });
    }
    throw error;
  } finally {
    if (!crashed) engine?.free();
    await factory.close();
  }
}

/** The engine logs JSON lines through `tracing`; pass on warnings and errors, the rest is noise. */
function forwardEngineLog(line: string, log: (message: string) => void): void {
  try {
    const event = JSON.parse(line) as { level?: string; fields?: { message?: string } };
    if (event.level === "WARN" || event.level === "ERROR") {
      log(`schema engine ${event.level.toLowerCase()}: ${event.fields?.message ?? line}`);
    }
  } catch {
    // not JSON: ignore
  }
}

/** Drift = the live schema differs from prisma/schema.prisma. One introspection, no shadow schema. */
async function checkDrift(engine: SchemaEngine, ctx: Context): Promise<DriftReport> {
  try {
    const result = await engine.diff({
      // "schemaDatasource" = the database behind the engine's adapter, i.e. ctx.schema.
      from: { tag: "schemaDatasource", files: await readSchemaFiles(ctx.schemaPath), configDir: path.dirname(ctx.schemaPath) },
      to: { tag: "schemaDatamodel", files: await readSchemaFiles(ctx.schemaPath) },
      script: false,
      exitCode: true,
      filters: NO_FILTERS,
    });
    const detected = result.exitCode === 2;
    return { checked: true, detected, summary: detected ? (result.stdout ?? "").trim() : "" };
  } catch (error) {
    if (error instanceof WebAssembly.RuntimeError) throw error;
    return { checked: false, reason: `drift check failed: ${engineMessage(error)}` };
  }
}

// ---------------------------------------------------------------------------------------------------------
// One engine session at a time on PGlite
//
// The engine depends on the session's search_path: `_prisma_migrations` is read and written unqualified,
// migration SQL is unqualified, and the describer's rendering of enum defaults changes when the schema is
// not on the path. On a real server every connection has its own session. PGlite (the embedded server)
// has ONE session shared by all connections, so two processes migrating different schemas at once (test
// workers, one schema each) would overwrite each other's search_path between queries and write into the
// wrong schema. Against PGlite we therefore run engine sessions one at a time, across processes, with a
// lock file next to the server's address (the embedded server is always on this machine).

const embeddedServerCache = new Map<string, Promise<boolean>>();

async function withSearchPathLock<T>(databaseUrl: string, fn: () => Promise<T>): Promise<T> {
  let embedded = embeddedServerCache.get(databaseUrl);
  if (!embedded) {
    embedded = withClient(databaseUrl, async (client) => {
      const { rows } = await client.query<{ version: string }>("SELECT version() AS version");
      return /PGlite/i.test(rows[0]?.version ?? "");
    });
    embeddedServerCache.set(databaseUrl, embedded);
    embedded.catch(() => embeddedServerCache.delete(databaseUrl));
  }
  if (!(await embedded)) return fn();

  const url = new URL(databaseUrl);
  const name = `${url.hostname}-${url.port || "5432"}`.replace(/[^A-Za-z0-9.-]/g, "_");
  const lockPath = path.join(os.tmpdir(), `scenebridge-migrations-${name}.lock`);
  await acquireFileLock(lockPath);
  try {
    return await fn();
  } finally {
    await rm(lockPath, { force: true });
  }
}

async function acquireFileLock(lockPath: string): Promise<void> {
  const deadline = Date.now() + 5 * 60_000;
  for (;;) {
    try {
      await writeFile(lockPath, String(process.pid), { flag: "wx" }); // atomic create-if-absent
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
    // Held by someone. If the holder died without releasing it, take it over. (Two waiters may both see
    // the dead holder; the window is tiny and only follows a crash.)
    const holder = Number(await readFile(lockPath, "utf8").catch(() => ""));
    const age = Date.now() - (statSync(lockPath, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
    if ((holder > 0 && holder !== process.pid && !isProcessAlive(holder)) || (!holder && age > 5_000)) {
      await rm(lockPath, { force: true });
      continue;
    }
    if (Date.now() > deadline) {
      throw new MigrationError(
        `Waited 5 minutes for another migration run on the embedded PostgreSQL (lock ${lockPath}, process ${holder}); ` +
          `if no such run exists, delete the lock file.`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 50 + Math.random() * 50));
  }
}


// ---------------------------------------------------------------------------------------------------------
// Driver adapter: @prisma/adapter-pg, scoped to one PostgreSQL schema, with the fixes the engine needs

/** pg-pool (3.14) runs `onConnect` on every new connection before handing it out; @types/pg lacks it. */
type PoolConfigWithHook = pg.PoolConfig & { onConnect?: (client: pg.PoolClient) => Promise<void> };

class SchemaScopedAdapterFactory implements SqlMigrationAwareDriverAdapterFactory {
  readonly provider = "postgres";
  readonly adapterName = "@prisma/adapter-pg";
  /** The last failed migration script, kept to report the real PostgreSQL error and line. */
  lastScriptError?: { error: unknown; script: string };
  /** A connection failure, reported in place of the engine's less specific message. */
  connectionError?: MigrationError;
  private readonly pools = new Set<pg.Pool>();

  constructor(
    private readonly databaseUrl: string,
    private readonly schema: string,
    private readonly shadowSchema: string | undefined,
  ) {}

  connect(): Promise<SqlDriverAdapter> {
    return this.adapterFor(this.schema);
  }

  /**
   * adapter-pg's own shadow database is a `CREATE DATABASE` on the same server, which PGlite cannot serve
   * (one database per instance) and which, given a connection string, even reconnects to the main
   * database. A temporary schema works everywhere; it is emptied first and dropped on dispose.
   */
  async connectToShadowDb(): Promise<SqlDriverAdapter> {
    const shadow = this.shadowSchema;
    if (!shadow) throw new Error("This operation needs a shadow database, but none was set up for it.");
    this.extensionsBefore ??= await this.listExtensions();
    await this.admin(`DROP SCHEMA IF EXISTS ${quoteIdent(shadow)} CASCADE; CREATE SCHEMA ${quoteIdent(shadow)}`);
    return this.adapterFor(shadow, () => this.admin(`DROP SCHEMA IF EXISTS ${quoteIdent(shadow)} CASCADE`));
  }

  /** Ends every pool this factory opened and drops the shadow schema, whatever the engine left behind. */
  async close(): Promise<void> {
    await Promise.all([...this.pools].map((pool) => this.endPool(pool)));
    if (!this.shadowSchema) return;
    await this.admin(`DROP SCHEMA IF EXISTS ${quoteIdent(this.shadowSchema)} CASCADE`).catch(() => {});
    // Extensions are per database, not per schema: replaying `CREATE EXTENSION` in the shadow installs
    // it for real. Remove what the replay added so that computing a migration changes nothing. Without
    // CASCADE, so an extension that something else already uses stays.
    if (this.extensionsBefore) {
      const before = this.extensionsBefore;
      for (const name of (await this.listExtensions().catch(() => [])).filter((name) => !before.includes(name))) {
        await this.admin(`DROP EXTENSION IF EXISTS ${quoteIdent(name)}`).catch(() => {});
      }
    }
  }

  private extensionsBefore?: string[];

  private listExtensions(): Promise<string[]> {
    return withClient(this.databaseUrl, async (client) =>
      (await client.query<{ extname: string }>("SELECT extname FROM pg_extension")).rows.map((row) => row.extname),
    );
  }

  private async adapterFor(schema: string, onDispose?: () => Promise<void>): Promise<SqlDriverAdapter> {
    const config: PoolConfigWithHook = {
      connectionString: this.databaseUrl,
      // One connection, kept open: the engine's session state (search_path, its advisory lock that
      // serialises concurrent deploys) must live on the connection that runs the migrations, as with
      // the native engine.
      max: 1,
      idleTimeoutMillis: 0,
      application_name: "scenebridge-migrations",
      onConnect: async (client) => {
        patchCatalogCharColumns(client);
        // Migration SQL and the engine's own `_prisma_migrations` queries name no schema, so the schema
        // comes from search_path. `public` stays on it so that extensions installed there (pg_trgm)
        // resolve in every schema. A startup `options=-c search_path=…` would be cleaner, but PGlite
        // ignores startup options (and shares this setting between connections: see withSearchPathLock).
        await client.query(`SET search_path TO ${searchPathFor(schema)}`);
      },
    };
    const pool = new pg.Pool(config);
    // An idle connection dying (server restart) must not crash the process; the next query reports it.
    pool.on("error", () => {});
    this.pools.add(pool);

    // Fail early with a readable message instead of the engine's generic "database not reachable".
    await pool.query("SELECT 1").catch((error: unknown) => {
      this.connectionError = connectionFailure(this.databaseUrl, error);
      throw error;
    });

    // The cast only bridges two copies of @types/pg (adapter-pg ships a newer one); at runtime there is one
    // `pg`, so adapter-pg recognises the pool as external and leaves its lifecycle to us.
    const inner = await new PrismaPg(pool as unknown as ConstructorParameters<typeof PrismaPg>[0], { schema }).connect();
    return {
      provider: inner.provider,
      adapterName: inner.adapterName,
      queryRaw: async (query: SqlQuery) => withCharColumns(await inner.queryRaw(query)),
      executeRaw: (query: SqlQuery) => inner.executeRaw(query),
      startTransaction: async (isolationLevel?: IsolationLevel) =>
        wrapTransaction(await inner.startTransaction(isolationLevel)),
      executeScript: (script: string) => this.executeScript(pool, script),
      getConnectionInfo: () => ({ schemaName: schema, supportsRelationJoins: true }),
      dispose: async () => {
        await inner.dispose();
        await this.endPool(pool);
        await onDispose?.();
      },
    };
  }

  /**
   * adapter-pg's executeScript splits the script on ";" (breaking semicolons in strings, comments and
   * function bodies) and runs the pieces through the pool one by one. We send the whole migration as ONE
   * simple-protocol query on one connection, like the native engine: PostgreSQL then runs it as a single
   * implicit transaction, so a failing migration leaves nothing half-applied (unless the script contains
   * its own COMMIT or statements that cannot run in a transaction, e.g. CREATE INDEX CONCURRENTLY).
   */
  private async executeScript(pool: pg.Pool, script: string): Promise<void> {
    const client = await pool.connect();
    try {
      await client.query(script);
    } catch (error) {
      this.lastScriptError = { error, script };
      // A script with its own BEGIN leaves the session in an aborted transaction, in which the engine
      // could not even record the failure. (Outside a transaction this is a no-op with a warning.)
      await client.query("ROLLBACK").catch(() => {});
      throw toDriverAdapterError(error);
    } finally {
      client.release();
    }
  }

  private async endPool(pool: pg.Pool): Promise<void> {
    if (!this.pools.delete(pool)) return;
    // PGlite shares ONE session between all connections, so our SET search_path would outlive this
    // pool and affect other connections. On a real server this only touches a closing connection.
    if (pool.totalCount > 0) await pool.query("RESET search_path").catch(() => {});
    await pool.end().catch(() => {});
  }

  private async admin(sql: string): Promise<void> {
    await withClient(this.databaseUrl, (client) => client.query(sql));
  }
}

function searchPathFor(schema: string): string {
  return schema === "public" ? "public" : `${quoteIdent(schema)}, public`;
}

function wrapTransaction(tx: Transaction): Transaction {
  return {
    provider: tx.provider,
    adapterName: tx.adapterName,
    options: tx.options,
    queryRaw: async (query: SqlQuery) => withCharColumns(await tx.queryRaw(query)),
    executeRaw: (query: SqlQuery) => tx.executeRaw(query),
    commit: () => tx.commit(),
    rollback: () => tx.rollback(),
    createSavepoint: tx.createSavepoint && ((name: string) => tx.createSavepoint!(name)),
    rollbackToSavepoint: tx.rollbackToSavepoint && ((name: string) => tx.rollbackToSavepoint!(name)),
    releaseSavepoint: tx.releaseSavepoint && ((name: string) => tx.releaseSavepoint!(name)),
  };
}

function toDriverAdapterError(error: unknown): unknown {
  if (!(error instanceof pg.DatabaseError)) return error;
  return new DriverAdapterError({
    kind: "postgres",
    code: error.code ?? "N/A",
    severity: error.severity ?? "N/A",
    message: error.message,
    detail: error.detail,
    column: error.column,
    hint: error.hint,
  });
}

// The schema describer reads catalog columns of PostgreSQL's internal one-byte `"char"` type (OID 18:
// pg_constraint.contype, confdeltype, …). adapter-pg has no mapping for it and fails the whole query with
// "Column type 'char' could not be deserialized"; mapping it to text is not enough either, because the
// engine then panics expecting a character (PostgreSQL 18 / PGlite lists NOT NULL constraints there).
// So, per connection: the field is relabelled as text for adapter-pg, the position remembered by the
// identity of the rows array (adapter-pg returns pg's array as is), and the column type set to Character
// before the engine sees the result. Other internal types that only ever arrive as text are relabelled too.
const CHAR_OID = 18;
const TEXT_OID = 25;
const TEXT_LIKE_INTERNAL_OIDS = new Set([22, 24, 30, 194, 1033, 2202, 2203, 2204, 2205, 2206, 3220, 3734, 3769, 4089, 4096]);
const charColumns = new WeakMap<unknown[], number[]>();

function patchCatalogCharColumns(client: pg.PoolClient): void {
  const original = client.query.bind(client) as (...args: unknown[]) => unknown;
  const patched = (...args: unknown[]): unknown => {
    const callback = args[args.length - 1];
    if (typeof callback === "function") {
      // pg-pool's own pool.query() uses the callback form.
      args[args.length - 1] = (error: unknown, result: unknown) => callback(error, error ? result : relabel(result));
      return original(...args);
    }
    const returned = original(...args);
    return returned instanceof Promise ? returned.then(relabel) : returned;
  };
  (client as unknown as { query: typeof patched }).query = patched;
}

function relabel(result: unknown): unknown {
  for (const one of Array.isArray(result) ? result : [result]) {
    const { fields, rows } = (one ?? {}) as { fields?: { dataTypeID: number }[]; rows?: unknown[] };
    if (!fields || !rows) continue;
    const chars: number[] = [];
    fields.forEach((field, index) => {
      if (field.dataTypeID === CHAR_OID) chars.push(index);
      if (field.dataTypeID === CHAR_OID || TEXT_LIKE_INTERNAL_OIDS.has(field.dataTypeID)) field.dataTypeID = TEXT_OID;
    });
    if (chars.length > 0) charColumns.set(rows, chars);
  }
  return result;
}

function withCharColumns(resultSet: SqlResultSet): SqlResultSet {
  for (const index of charColumns.get(resultSet.rows) ?? []) resultSet.columnTypes[index] = ColumnTypeEnum.Character;
  return resultSet;
}

// ---------------------------------------------------------------------------------------------------------
// Plain connections (schema creation, status reads, shadow schema management)

interface MigrationRow {
  migration_name: string;
  finished_at: Date | null;
  rolled_back_at: Date | null;
}

async function withClient<T>(databaseUrl: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: databaseUrl, application_name: "scenebridge-migrations" });
  client.on("error", () => {}); // reported by the pending query instead
  try {
    await client.connect();
  } catch (error) {
    throw connectionFailure(databaseUrl, error);
  }
  try {
    return await fn(client);
  } finally {
    await client.end().catch(() => {});
  }
}

async function withAdminClient<T>(ctx: Context, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  try {
    return await withClient(ctx.databaseUrl, fn);
  } catch (error) {
    if (error instanceof MigrationError) throw error;
    throw new MigrationError(`Database error on schema "${ctx.schema}": ${describePgError(error)}`, {
      code: (error as { code?: string }).code,
      cause: error,
    });
  }
}

async function ensureSchema(client: pg.Client, schema: string): Promise<void> {
  // Check first: CREATE SCHEMA IF NOT EXISTS demands the CREATE privilege on the database even when the
  // schema exists, which an application role deploying into `public` may not have.
  const found = await client.query(`SELECT 1 FROM pg_namespace WHERE nspname = $1`, [schema]);
  if (found.rowCount === 0) await client.query(`CREATE SCHEMA IF NOT EXISTS ${quoteIdent(schema)}`);
}

/** "Cannot connect to PostgreSQL at <url without password>: <reason>. Is the server running and DATABASE_URL right?" */
export function connectionFailure(databaseUrl: string, error: unknown): MigrationError {
  return new MigrationError(
    `Cannot connect to PostgreSQL at ${redactUrl(databaseUrl)}: ${describePgError(error)}. Is the server running ` +
      `and DATABASE_URL right?`,
    { code: (error as { code?: string }).code, cause: error },
  );
}

function redactUrl(databaseUrl: string): string {
  try {
    const url = new URL(databaseUrl);
    if (url.password) url.password = "***";
    url.search = "";
    return url.toString();
  } catch {
    return "(unparseable DATABASE_URL)";
  }
}

// ---------------------------------------------------------------------------------------------------------
// Error messages

function explainApplyFailure(error: unknown, factory: SchemaScopedAdapterFactory, ctx: Context): Error {
  if (error instanceof WebAssembly.RuntimeError || error instanceof MigrationError) return error;
  const message = engineMessage(error);
  const code = engineCode(error);

  if (code === "P3009") {
    // A migration failed in an earlier run; the engine refuses to continue until it is resolved.
    const names = [...message.matchAll(/The `([^`]+)` migration/g)].map((match) => match[1]);
    const list = names.join(", ") || "(see _prisma_migrations)";
    return new MigrationError(
      `Migration ${list} failed in an earlier run and is still marked as failed in ${ctx.schema}._prisma_migrations, ` +
        `so no migrations are applied. Fix its SQL, undo whatever part of it took effect, then run ` +
        `\`migrate resolve --rolled-back ${names[0] ?? "<name>"}\` and deploy again (in development: \`migrate reset\`).`,
      { migrationName: names[0], code, cause: error },
    );
  }

  // The failing migration's name is only in the span trace that engineMessage() strips.
  const migrationName = migrationNameIn(error);
  const failure = factory.lastScriptError;
  if (migrationName && failure) {
    const sqlError = describePgError(failure.error);
    const where = lineOf(failure.script, (failure.error as { position?: string }).position);
    const file = relative(path.join(ctx.migrationsDir, migrationName, "migration.sql"));
    return new MigrationError(
      `Migration ${migrationName} failed: ${sqlError}${where ? ` (${file}, line ${where})` : ` (${file})`}. ` +
        `It ran as one transaction, so none of it was kept; it is recorded as failed in ` +
        `${ctx.schema}._prisma_migrations.`,
      { migrationName, code: (failure.error as { code?: string }).code, cause: error },
    );
  }

  return new MigrationError(
    `Applying migrations to schema "${ctx.schema}" failed${migrationName ? ` in ${migrationName}` : ""}: ${message}`,
    { migrationName, code, cause: error },
  );
}

function explainShadowFailure(error: unknown, factory: SchemaScopedAdapterFactory): Error {
  if (error instanceof WebAssembly.RuntimeError || error instanceof MigrationError) return error;
  const failure = factory.lastScriptError;
  const migrationName = migrationNameIn(error);
  if (failure) {
    return new MigrationError(
      `Replaying the existing migrations in a temporary schema failed${migrationName ? ` at ${migrationName}` : ""}: ` +
        `${describePgError(failure.error)}. The migrations must apply cleanly to an empty schema.`,
      { migrationName, cause: error },
    );
  }
  return new MigrationError(`Computing the migration failed: ${engineMessage(error)}`, {
    code: engineCode(error),
    cause: error,
  });
}

/** The engine's message without its Rust span trace ("   0: sql_schema_connector::… at …"), on one line. */
function engineMessage(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  const lines: string[] = [];
  for (const line of text.split("\n")) {
    if (/^\s*\d+: /.test(line)) break;
    if (line.trim()) lines.push(line.trim());
  }
  return lines.join(" ") || text.trim();
}

function migrationNameIn(error: unknown): string | undefined {
  return /migration_name="([^"]+)"/.exec(error instanceof Error ? error.message : String(error))?.[1];
}

function engineCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | undefined)?.code;
  return typeof code === "string" ? code : undefined;
}

function describePgError(error: unknown): string {
  if (error instanceof pg.DatabaseError) {
    const extra = [error.detail, error.hint && `hint: ${error.hint}`].filter(Boolean).join("; ");
    return `${error.message} (SQLSTATE ${error.code}${extra ? `; ${extra}` : ""})`;
  }
  if (error instanceof AggregateError && error.errors.length > 0) return describePgError(error.errors[0]);
  return error instanceof Error ? error.message : String(error);
}

/**
 * PostgreSQL reports the error position as a 1-based character offset into the query, but only for errors
 * found while parsing/analysing a statement (syntax, unknown column or relation in DML); e.g. a missing
 * table in ALTER TABLE comes without one, and the message then names only the file.
 */
function lineOf(script: string, position: string | undefined): number | undefined {
  const offset = Number(position);
  if (!Number.isInteger(offset) || offset < 1) return undefined;
  return script.slice(0, offset - 1).split("\n").length;
}
