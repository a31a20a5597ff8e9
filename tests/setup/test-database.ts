// One PostgreSQL schema per test file: created and migrated before the file's tests, dropped after.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { inject } from "vitest";
import { disconnectPrisma, getPrisma } from "~/utils/db.server";
import { deployMigrations } from "~/utils/migrations.server";

export function testDatabaseUrl(): string {
  return process.env.TEST_DATABASE_URL || inject("testDatabaseUrl");
}

export async function useTestSchema() {
  const databaseUrl = testDatabaseUrl();
  const schema = `test_${process.env.VITEST_POOL_ID ?? "0"}_${randomBytes(4).toString("hex")}`;
  await deployMigrations({ databaseUrl, schema });
  // The app's Prisma client reads these lazily on first use.
  await disconnectPrisma();
  process.env.DATABASE_URL = databaseUrl;
  process.env.DATABASE_SCHEMA = schema;
  // One connection against the embedded PostgreSQL (see server.ts: PGlite interleaves concurrent connections).
  process.env.DATABASE_POOL_SIZE = process.env.TEST_DATABASE_EMBEDDED === "1" || !process.env.TEST_DATABASE_URL ? "1" : "4";
  return {
    databaseUrl,
    schema,
    prisma: getPrisma(),
    async drop() {
      await disconnectPrisma();
      const client = new pg.Client({ connectionString: databaseUrl });
      await client.connect();
      try {
        await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      } finally {
        await client.end();
      }
    },
  };
}
