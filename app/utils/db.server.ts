// The one Prisma client of the process, talking to PostgreSQL through the `pg` driver adapter.
// The server (server.ts, run by tsx) and the Remix build each load this module; the client is kept on
// globalThis so both share one connection pool.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "~/generated/prisma/client.ts";

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

function connectFromEnvironment(): PrismaClient {
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) {
    throw new Error("DATABASE_URL is not set: start the app through server.ts, which provides a database.");
  }
  return createPrismaClient({
    databaseUrl,
    schema: process.env.DATABASE_SCHEMA || "public",
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

export type { PrismaClient };
