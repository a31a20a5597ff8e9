// Integration tests for the migration tool (migrations.server.ts) and the embedded PostgreSQL
// (embedded-postgres.server.ts). They run against the PostgreSQL server in TEST_DATABASE_URL (default: the
// local one) in throw-away schemas, and against a PGlite server started in a temporary directory.
import { createHash, randomBytes } from "node:crypto";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { EmbeddedPostgresError, startEmbeddedPostgres } from "./embedded-postgres.server";
import { createMigration, deployMigrations, migrationStatus, MigrationError, resetDatabase } from "./migrations.server";

const databaseUrl = process.env.TEST_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const root = fileURLToPath(new URL("../..", import.meta.url));
const migrationsDir = path.join(root, "prisma", "migrations");
const schemaPath = path.join(root, "prisma", "schema.prisma");

const localMigrations = readdirSync(migrationsDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

function uniqueSchema(purpose: string): string {
  return `test_${purpose}_${randomBytes(4).toString("hex")}`;
}

async function withPg<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

const query = <R extends pg.QueryResultRow>(sql: string, params: unknown[] = [], url = databaseUrl) =>
  withPg(url, async (client) => (await client.query<R>(sql, params)).rows);

async function tablesIn(schema: string, url = databaseUrl): Promise<string[]> {
  const rows = await query<{ table_name: string }>(
    "SELECT table_name FROM information_schema.tables WHERE table_schema = $1 ORDER BY table_name",
    [schema],
    url,
  );
  return rows.map((row) => row.table_name);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address() as net.AddressInfo;
      server.close(() => resolve(address.port));
    });
  });
}

function sha256(file: string): string {
  return createHash("sha256").update(readFileSync(file)).digest("hex");
}

/** A copy of prisma/migrations in a temporary directory, for tests that add migrations. */
function copyOfMigrations(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "scenebridge-migrations-test-"));
  cpSync(migrationsDir, dir, { recursive: true });
  return dir;
}

describe("migrations on PostgreSQL (schema per test run)", () => {
  const schema = uniqueSchema("migrations");
  const schemasToDrop = [schema];
  const dirsToRemove: string[] = [];

  afterAll(async () => {
    for (const name of schemasToDrop) await query(`DROP SCHEMA IF EXISTS "${name}" CASCADE`);
    for (const dir of dirsToRemove) rmSync(dir, { recursive: true, force: true });
  });

  it("has migrations to test with", () => {
    expect(localMigrations.length).toBeGreaterThan(0);
    expect(localMigrations[0]).toMatch(/^\d{14}_init$/);
  });

  it("deploys every migration into a fresh schema, recording them as Prisma does", async () => {
    const { applied } = await deployMigrations({ databaseUrl, schema });
    expect(applied).toEqual(localMigrations);

    const tables = await tablesIn(schema);
    expect(tables).toEqual(expect.arrayContaining(["User", "Organization", "Membership", "_prisma_migrations"]));
    const enums = await query<{ typname: string }>(
      `SELECT t.typname FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
       WHERE n.nspname = $1 AND t.typtype = 'e' ORDER BY 1`,
      [schema],
    );
    expect(enums.map((row) => row.typname)).toContain("Locale");

    const rows = await query<{
      migration_name: string;
      checksum: string;
      finished_at: Date | null;
      rolled_back_at: Date | null;
      applied_steps_count: number;
    }>(`SELECT * FROM "${schema}"."_prisma_migrations" ORDER BY started_at`);
    expect(rows.map((row) => row.migration_name)).toEqual(localMigrations);
    for (const row of rows) {
      // Same checksum as `prisma migrate deploy` writes: SHA-256 of migration.sql.
      expect(row.checksum).toBe(sha256(path.join(migrationsDir, row.migration_name, "migration.sql")));
      expect(row.finished_at).not.toBeNull();
      expect(row.rolled_back_at).toBeNull();
      expect(row.applied_steps_count).toBe(1);
    }
  });

  it("applies nothing on a second deploy", async () => {
    const { applied } = await deployMigrations({ databaseUrl, schema });
    expect(applied).toEqual([]);
    const [{ count }] = await query<{ count: string }>(`SELECT count(*) FROM "${schema}"."_prisma_migrations"`);
    expect(Number(count)).toBe(localMigrations.length);
  });

  it("reports the schema as up to date and without drift", async () => {
    const status = await migrationStatus({ databaseUrl, schema });
    expect(status).toMatchObject({
      schema,
      applied: localMigrations,
      pending: [],
      failed: [],
      edited: [],
      missingLocally: [],
      hasMigrationsTable: true,
      upToDate: true,
      drift: { checked: true, detected: false },
    });
  });

  it("reports drift when the database no longer matches schema.prisma", async () => {
    await query(`ALTER TABLE "${schema}"."User" ADD COLUMN "junk" integer`);
    try {
      const status = await migrationStatus({ databaseUrl, schema });
      expect(status.upToDate).toBe(true);
      expect(status.drift).toMatchObject({ checked: true, detected: true });
      expect(status.drift.checked && status.drift.summary).toContain("junk");
    } finally {
      await query(`ALTER TABLE "${schema}"."User" DROP COLUMN "junk"`);
    }
  });

  it("reports pending migrations of a schema that has none applied, without creating it", async () => {
    const untouched = uniqueSchema("status");
    const status = await migrationStatus({ databaseUrl, schema: untouched });
    expect(status).toMatchObject({ applied: [], pending: localMigrations, hasMigrationsTable: false, upToDate: false });
    expect(await query("SELECT 1 FROM pg_namespace WHERE nspname = $1", [untouched])).toHaveLength(0);
  });

  it("resets the schema: data gone, every migration applied again", async () => {
    await query(
      `INSERT INTO "${schema}"."Organization"
         (id, kind, name, uscc, district, "contactName", "contactPhone", "contactEmail", "updatedAt")
       VALUES ('org1', 'SOE', '测试集团', '91310000MA1FL8XQ30', '浦东新区', '张三', '13800000000', 'a@b.cn', now())`,
    );
    const { applied } = await resetDatabase({ databaseUrl, schema });
    expect(applied).toEqual(localMigrations);
    expect(await query(`SELECT id FROM "${schema}"."Organization"`)).toEqual([]);
    expect((await migrationStatus({ databaseUrl, schema })).upToDate).toBe(true);
  });

  it("names the failed migration and the SQL error, keeps nothing of it, and blocks later deploys", async () => {
    const dir = copyOfMigrations();
    dirsToRemove.push(dir);
    const broken = "29991231235959_broken";
    mkdirSync(path.join(dir, broken));
    writeFileSync(
      path.join(dir, broken, "migration.sql"),
      `CREATE TABLE "Fine" ("id" integer);\nINSERT INTO "does_not_exist" ("x") VALUES (1);\n`,
    );
    const failing = uniqueSchema("failing");
    schemasToDrop.push(failing);

    const error = await deployMigrations({ databaseUrl, schema: failing, migrationsDir: dir }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MigrationError);
    expect((error as MigrationError).migrationName).toBe(broken);
    expect((error as Error).message).toMatch(/29991231235959_broken failed: relation "does_not_exist" does not exist/);
    expect((error as Error).message).toMatch(/line 2/);
    expect((error as Error).message).not.toContain("\n");

    const tables = await tablesIn(failing);
    expect(tables).toContain("User"); // earlier migrations applied
    expect(tables).not.toContain("Fine"); // the failed script ran as one transaction

    const status = await migrationStatus({ databaseUrl, schema: failing, migrationsDir: dir });
    expect(status.failed).toEqual([broken]);
    expect(status.upToDate).toBe(false);

    await expect(deployMigrations({ databaseUrl, schema: failing, migrationsDir: dir })).rejects.toThrow(
      /29991231235959_broken failed in an earlier run/,
    );
  });

  it("creates no migration when schema.prisma matches, and the SQL diff when it changed", async () => {
    const dir = copyOfMigrations();
    dirsToRemove.push(dir);
    rmSync(path.join(dir, "migration_lock.toml"));
    const shadowSchemas = async () =>
      (await query<{ nspname: string }>("SELECT nspname FROM pg_namespace WHERE nspname LIKE '\\_prisma\\_shadow\\_%'"))
        .map((row) => row.nspname)
        .sort();
    const shadowsBefore = await shadowSchemas();

    const unchanged = await createMigration({ databaseUrl, name: "nothing", migrationsDir: dir, schemaPath });
    expect(unchanged).toEqual({ created: false });
    expect(readdirSync(dir).sort()).toEqual(localMigrations); // nothing written, not even the lock file

    const changedSchema = path.join(dir, "..", `${path.basename(dir)}.prisma`);
    dirsToRemove.push(changedSchema);
    writeFileSync(
      changedSchema,
      `${readFileSync(schemaPath, "utf8")}\nmodel Widget {\n  id    String @id\n  label String\n}\n`,
    );
    const created = await createMigration({ databaseUrl, name: "Add widgets", migrationsDir: dir, schemaPath: changedSchema });
    expect(created.created).toBe(true);
    expect(created.migrationName).toMatch(/^\d{14}_add_widgets$/);
    expect(created.sql).toContain(`CREATE TABLE "Widget"`);
    expect(readFileSync(created.path!, "utf8")).toBe(created.sql!.endsWith("\n") ? created.sql : `${created.sql}\n`);
    expect(readFileSync(path.join(dir, "migration_lock.toml"), "utf8")).toContain('provider = "postgresql"');
    expect(await shadowSchemas()).toEqual(shadowsBefore);

    // The new migration applies, and the result matches the changed schema.prisma.
    const target = uniqueSchema("created");
    schemasToDrop.push(target);
    const { applied } = await deployMigrations({ databaseUrl, schema: target, migrationsDir: dir });
    expect(applied).toEqual([...localMigrations, created.migrationName]);
    const status = await migrationStatus({ databaseUrl, schema: target, migrationsDir: dir, schemaPath: changedSchema });
    expect(status).toMatchObject({ upToDate: true, drift: { checked: true, detected: false } });
  });
});

describe("embedded PostgreSQL", () => {
  const tempDirs: string[] = [];
  afterAll(() => {
    for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
  });

  it("serves pg clients, runs the migrations and keeps its data across a restart", { timeout: 180_000 }, async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "scenebridge-embedded-test-"));
    tempDirs.push(dir);
    const dataDir = path.join(dir, "pglite");
    const port = await freePort();

    const first = await startEmbeddedPostgres({ dataDir, port });
    try {
      expect(first.firstStart).toBe(true);
      expect(first.url).toBe(`postgresql://postgres@127.0.0.1:${port}/postgres`);

      // A second server on the same files would corrupt them.
      const clash = await startEmbeddedPostgres({ dataDir, port: 0 }).catch((e: unknown) => e);
      expect(clash).toBeInstanceOf(EmbeddedPostgresError);
      expect((clash as EmbeddedPostgresError).code).toBe("DATA_DIR_IN_USE");

      expect((await deployMigrations({ databaseUrl: first.url })).applied).toEqual(localMigrations);
      await query(
        `INSERT INTO "User" (id, email, name, "updatedAt") VALUES ('u1', 'li.lei@example.cn', '李雷', now())`,
        [],
        first.url,
      );
      // pg_trgm is loaded and enabled by the migrations.
      const [{ score }] = await query<{ score: number }>("SELECT similarity('无人机巡检', '无人机') AS score", [], first.url);
      expect(score).toBeGreaterThan(0);
      expect(await migrationStatus({ databaseUrl: first.url })).toMatchObject({
        upToDate: true,
        drift: { checked: true, detected: false },
      });

      // Two schemas migrated at once: PGlite shares one session, the tool must keep them apart.
      const [a, b] = ["workera", "workerb"];
      const results = await Promise.all([a, b].map((schema) => deployMigrations({ databaseUrl: first.url, schema })));
      expect(results.map((result) => result.applied)).toEqual([localMigrations, localMigrations]);
      for (const schema of [a, b]) {
        expect(await tablesIn(schema, first.url)).toEqual(expect.arrayContaining(["User", "_prisma_migrations"]));
        const rows = await query(`SELECT migration_name FROM "${schema}"."_prisma_migrations"`, [], first.url);
        expect(rows).toHaveLength(localMigrations.length);
      }
    } finally {
      await first.stop();
    }
    await first.stop(); // idempotent
    expect(existsSync(`${dataDir}.lock`)).toBe(false);

    const second = await startEmbeddedPostgres({ dataDir, port });
    try {
      expect(second.firstStart).toBe(false);
      const users = await query<{ name: string }>(`SELECT name FROM "User" WHERE id = 'u1'`, [], second.url);
      expect(users).toEqual([{ name: "李雷" }]);
      expect((await deployMigrations({ databaseUrl: second.url })).applied).toEqual([]);
    } finally {
      await second.stop();
    }
  });

  it("fails clearly when the port is taken", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "scenebridge-embedded-port-"));
    tempDirs.push(dir);
    const blocker = net.createServer();
    const port = await new Promise<number>((resolve) =>
      blocker.listen(0, "127.0.0.1", () => resolve((blocker.address() as net.AddressInfo).port)),
    );
    try {
      const dataDir = path.join(dir, "pglite");
      const error = await startEmbeddedPostgres({ dataDir, port }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(EmbeddedPostgresError);
      expect((error as Error).message).toMatch(new RegExp(`Port ${port} .*EMBEDDED_DB_PORT`));
      expect(existsSync(`${dataDir}.lock`)).toBe(false);
    } finally {
      await new Promise((resolve) => blocker.close(resolve));
    }
  });
});
