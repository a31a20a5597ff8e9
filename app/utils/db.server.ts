// The one Prisma client of the process, talking to PostgreSQL through the `pg` driver adapter.
// The server (server.ts, run by tsx) and the Remix build each load this module; the client is kept on
// globalThis so both share one connection pool.
import { PrismaPg } from "@prisma/adapter-pg";
import { Prisma, PrismaClient } from "~/generated/prisma/client.ts";

declare global {
  // eslint-disable-next-line no-var
  var __sceneBridgePrisma: PrismaClient | undefined;
}

export function createPrismaClient(options: {
  databaseUrl: string;
  schema?: string;
  poolSize?: number;
}): PrismaClient {
  const adapter = new PrismaPg(
    { connectionString: options.databaseUrl, max: options.poolSize ?? 10 },
    options.schema && options.schema !== "public" ? { schema: options.schema } : undefined,
  );
  return new PrismaClient({ adapter });
}

/** The schema this process works in: the test workers' own, else "public". */
function databaseSchema(): string {
  return process.env.DATABASE_SCHEMA || "public";
}

function connectFromEnvironment(): PrismaClient {
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) {
    throw new Error("DATABASE_URL is not set: start the app through server.ts, which provides a database.");
  }
  return createPrismaClient({
    databaseUrl,
    schema: databaseSchema(),
    poolSize: Number(process.env.DATABASE_POOL_SIZE) || 10,
  });
}

export function getPrisma(): PrismaClient {
  globalThis.__sceneBridgePrisma ??= connectFromEnvironment();
  return globalThis.__sceneBridgePrisma;
}

/** Lazily connected client: importing this module never opens a connection by itself. */
export const prisma = new Proxy({} as PrismaClient, {
  get(_target, property) {
    const client = getPrisma();
    const value = Reflect.get(client, property, client);
    return typeof value === "function" ? value.bind(client) : value;
  },
});

export async function disconnectPrisma() {
  const client = globalThis.__sceneBridgePrisma;
  globalThis.__sceneBridgePrisma = undefined;
  await client?.$disconnect();
}

/**
 * A table of this process's schema in a raw query (for what Prisma cannot express): the driver adapter qualifies the
 * tables of Prisma's own queries with DATABASE_SCHEMA, and a raw query's names would otherwise resolve in "public".
 */
export function rawTable(name: string): Prisma.Sql {
  const quote = (identifier: string) => `"${identifier.replaceAll('"', '""')}"`;
  return Prisma.raw(`${quote(databaseSchema())}.${quote(name)}`);
}

/** A write refused by a unique key (Prisma's P2002): the row it would create exists already. */
export function isUniqueViolation(error: unknown) {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

/**
 * Holds a lock named by `key` until the transaction ends (PostgreSQL's transaction-level advisory lock). A rule
 * that a unique key cannot state — "one invitation per firm and scenario" spans two tables — holds under concurrency
 * when every transaction that checks it takes the lock first: the second waits, then reads what the first committed.
 * Keys are hashed to 64 bits; two keys sharing a hash only wait for each other, which costs time, never correctness.
 * On the embedded PGlite the lock never waits (one session holds them all), and need not: it runs one transaction at
 * a time.
 */
export async function lockUntilCommit(tx: Prisma.TransactionClient, key: string) {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${key}, 0))`;
}

export type { PrismaClient };
