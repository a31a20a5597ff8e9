// Runs a task against the configured database: DATABASE_URL when set, else the embedded PostgreSQL in
// EMBEDDED_DB_DIR (started for the task and stopped afterwards). Migrations are applied first.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createPrismaClient, type PrismaClient } from "../app/utils/db.server";
import { startEmbeddedPostgres } from "../app/utils/embedded-postgres.server";
import { EnvError, parseEnv } from "../app/utils/env.server";
import { deployMigrations } from "../app/utils/migrations.server";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

export async function runWithDatabase(task: (prisma: PrismaClient) => Promise<void>) {
  let env;
  try {
    env = parseEnv(process.env);
  } catch (error) {
    if (error instanceof EnvError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  const embedded = env.DATABASE_URL
    ? null
    : await startEmbeddedPostgres({ dataDir: path.resolve(root, env.EMBEDDED_DB_DIR), port: env.EMBEDDED_DB_PORT });
  const databaseUrl = env.DATABASE_URL ?? embedded!.url;
  // One connection against the embedded PostgreSQL (see server.ts), a couple against a server.
  const prisma = createPrismaClient({ databaseUrl, schema: env.DATABASE_SCHEMA, poolSize: embedded ? 1 : 2 });
  try {
    await deployMigrations({ databaseUrl, schema: env.DATABASE_SCHEMA });
    await task(prisma);
  } finally {
    await prisma.$disconnect();
    await embedded?.stop();
  }
}
