// An embedded PostgreSQL for machines without a PostgreSQL server: PGlite (PostgreSQL compiled to
// WebAssembly, persisted in a directory) behind a PostgreSQL wire-protocol server on a local port.
// Because it speaks the wire protocol, the app, the jobs and the migrations all use the same `pg`
// code path as against a real server; only the URL differs.
//
// Things that differ from a real server (see also docs/decisions/0003-migrations-with-wasm-schema-engine.md):
// - PGlite is ONE PostgreSQL backend. Every socket connection shares its session: a `SET` (search_path,
//   timezone, ...) on one connection is seen by all others, and the startup `options` parameter
//   (e.g. `?options=-c search_path=x`) is ignored. Use one PostgreSQL schema per embedded database.
// - Queries from all connections are serialised; while one connection is inside a transaction the
//   others wait until it commits or rolls back. A transaction that waits for another connection deadlocks.
// - It is PostgreSQL 18 (PGlite 0.5), while our servers run 15: stick to SQL that works on both.
// - Advisory locks never block (there is only one session holding them).
// - 450–800 MB of memory; first start of a new data dir takes 5–10 s, reopening ≈1.5 s.
import { isProcessAlive } from "./process.server";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";

export interface EmbeddedPostgresOptions {
  /** Directory holding the database files (created if missing). The app uses `.data/pglite`. */
  dataDir: string;
  /** TCP port to listen on; 0 picks a free one (the URL then carries the real port). */
  port: number;
  /** Interface to listen on. Keep it on loopback: there is no authentication. */
  host?: string;
  /** Progress messages (start, recovery, stop). Silent when omitted. */
  log?: (message: string) => void;
  /**
   * How many client connections the server accepts at once. pglite-socket defaults to 1, which makes a
   * second pool connection hang; the app pool (DATABASE_POOL_SIZE, 10 by default) + jobs + a migration
   * run need more.
   */
  maxConnections?: number;
}

export interface EmbeddedPostgres {
  /** Connection string for `pg` / `@prisma/adapter-pg` (user postgres, database postgres, no password). */
  url: string;
  /** Closes the server and then the database cleanly. Safe to call more than once. */
  stop(): Promise<void>;
  /** True when the data directory was new and PostgreSQL ran initdb in it. */
  firstStart: boolean;
}

export type EmbeddedPostgresErrorCode = "PORT_IN_USE" | "DATA_DIR_IN_USE" | "OPEN_FAILED";

export class EmbeddedPostgresError extends Error {
  readonly code: EmbeddedPostgresErrorCode;
  /** For DATA_DIR_IN_USE: who holds the data directory, so a caller can connect to it instead. */
  readonly owner?: LockInfo;

  constructor(code: EmbeddedPostgresErrorCode, message: string, owner?: LockInfo) {
    super(message);
    this.name = "EmbeddedPostgresError";
    this.code = code;
    this.owner = owner;
  }
}

interface LockInfo {
  pid: number;
  hostname: string;
  host: string;
  port: number;
  startedAt: string;
}

const DEFAULT_MAX_CONNECTIONS = 32;

export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgres> {
  const host = options.host ?? "127.0.0.1";
  const log = options.log ?? (() => {});
  const dataDir = path.resolve(options.dataDir);
  const lockPath = lockPathFor(dataDir);

  // Order matters: the lock and the port are checked before PGlite starts, because opening PGlite costs
  // seconds and hundreds of MB, and two processes opening one data dir would corrupt it.
  acquireLock(lockPath, dataDir, log);
  // If the process exits without stop() (process.exit, Ctrl-C during start-up), the lock goes with it.
  const releaseOnExit = () => removeLock(lockPath);
  process.once("exit", releaseOnExit);
  let db: PGlite | undefined;
  try {
    await assertPortFree(options.port, host);

    // PGlite's NodeFS creates only the last path segment; create the parents (e.g. `.data/`) ourselves.
    mkdirSync(dataDir, { recursive: true });
    const firstStart = !existsSync(path.join(dataDir, "PG_VERSION"));
    if (!firstStart && existsSync(path.join(dataDir, "postmaster.pid"))) {
      // PGlite removes its postmaster.pid on a clean close; finding one means the previous run was killed.
      // PostgreSQL replays its write-ahead log on open, so committed data is kept.
      log(`Embedded PostgreSQL in ${dataDir} was not shut down cleanly last time; recovering from its WAL.`);
    }
    log(
      firstStart
        ? `Creating a new embedded PostgreSQL in ${dataDir} (first start takes 5–10 s)…`
        : `Opening embedded PostgreSQL in ${dataDir}…`,
    );

    try {
      // pg_trgm must be registered here for `CREATE EXTENSION pg_trgm` (see prisma/migrations) to work.
      db = await PGlite.create({ dataDir, extensions: { pg_trgm } });
    } catch (error) {
      throw new EmbeddedPostgresError(
        "OPEN_FAILED",
        `Could not open the embedded PostgreSQL in ${dataDir}: ${errorMessage(error)}. ` +
          `If the directory is damaged and its data is expendable, delete it to start with an empty database.`,
      );
    }

    const server = new PGLiteSocketServer({
      db,
      port: options.port,
      host,
      maxConnections: options.maxConnections ?? DEFAULT_MAX_CONNECTIONS,
    });
    try {
      await server.start();
    } catch (error) {
      // Another process may have taken the port between our probe and now.
      if (isAddressInUse(error)) throw portInUseError(options.port, host);
      throw error;
    }

    // getServerConn() is "host:port" with the port the OS assigned when we asked for 0.
    const port = Number(server.getServerConn().split(":").pop());
    writeLock(lockPath, { pid: process.pid, hostname: os.hostname(), host, port, startedAt: new Date().toISOString() });
    const url = `postgresql://postgres@${host.includes(":") ? `[${host}]` : host}:${port}/postgres`;
    log(`Embedded PostgreSQL listening on ${host}:${port}.`);

    const openDb = db;

    let stopping: Promise<void> | undefined;
    const stop = () => {
      stopping ??= (async () => {
        try {
          await server.stop();
          await settle(openDb);
          await openDb.close();
          log(`Embedded PostgreSQL in ${dataDir} stopped.`);
        } finally {
          process.removeListener("exit", releaseOnExit);
          removeLock(lockPath);
        }
      })();
      return stopping;
    };

    return { url, stop, firstStart };
  } catch (error) {
    if (db && !db.closed) await db.close().catch(() => {});
    process.removeListener("exit", releaseOnExit);
    removeLock(lockPath);
    throw error;
  }
}

/**
 * Waits until PGlite has finished what the socket server left behind. `PGLiteSocketServer.stop()` detaches
 * its connections without awaiting them, and a detach may still issue a ROLLBACK for a connection that
 * was inside a transaction; closing the database under it would reject that query with nobody listening.
 */
async function settle(db: PGlite): Promise<void> {
  for (let attempt = 0; attempt < 100 && db.isInTransaction(); attempt++) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  await new Promise((resolve) => setImmediate(resolve));
  // The socket server runs every query inside runExclusive; taking it ourselves waits for the last one.
  await db.runExclusive(async () => {});
}

// ---------------------------------------------------------------------------------------------------------
// Data-directory lock. PGlite has none of its own (its postmaster.pid holds a fake pid and is ignored), so
// two processes could open one directory and corrupt it. The lock sits next to the data dir, not inside it,
// so PostgreSQL's own files stay untouched.

function lockPathFor(dataDir: string): string {
  return `${dataDir}.lock`;
}

function acquireLock(lockPath: string, dataDir: string, log: (message: string) => void): void {
  const existing = readLock(lockPath);
  if (existing) {
    const sameHost = existing.hostname === os.hostname();
    if (!sameHost || existing.pid === process.pid || isProcessAlive(existing.pid)) {
      const who =
        existing.pid === process.pid
          ? "this process"
          : `process ${existing.pid}${sameHost ? "" : ` on ${existing.hostname}`}`;
      const where = existing.port
        ? `listening on ${existing.host}:${existing.port}; connect to it with ` +
          `DATABASE_URL=postgresql://postgres@${existing.host}:${existing.port}/postgres`
        : "still starting";
      throw new EmbeddedPostgresError(
        "DATA_DIR_IN_USE",
        `The embedded PostgreSQL data directory ${dataDir} is in use by ${who} (${where}). ` +
          `Stop that process first, or — if it no longer exists — delete ${lockPath}.`,
        existing,
      );
    }
    log(`Removing the stale lock of process ${existing.pid}, which ended without stopping the embedded PostgreSQL.`);
    rmSync(lockPath, { force: true }); // not removeLock(): that one only removes our own
  }
  mkdirSync(path.dirname(lockPath), { recursive: true });
  try {
    // "wx": fail if another process created the lock between our read and now.
    writeFileSync(lockPath, JSON.stringify({ pid: process.pid, hostname: os.hostname(), host: "", port: 0 }), {
      flag: "wx",
    });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") {
      throw new EmbeddedPostgresError(
        "DATA_DIR_IN_USE",
        `Another process is starting the embedded PostgreSQL in ${dataDir} right now (lock ${lockPath}).`,
        readLock(lockPath),
      );
    }
    throw error;
  }
}

function readLock(lockPath: string): LockInfo | undefined {
  try {
    const parsed = JSON.parse(readFileSync(lockPath, "utf8")) as Partial<LockInfo>;
    if (typeof parsed.pid !== "number") return undefined;
    return {
      pid: parsed.pid,
      hostname: parsed.hostname ?? os.hostname(),
      host: parsed.host || "127.0.0.1",
      port: parsed.port ?? 0,
      startedAt: parsed.startedAt ?? "",
    };
  } catch {
    // Missing, or half-written by a process killed mid-write: either way nobody can be using it.
    return undefined;
  }
}

function writeLock(lockPath: string, info: LockInfo): void {
  writeFileSync(lockPath, JSON.stringify(info, null, 2));
}

function removeLock(lockPath: string): void {
  // Only remove our own lock: after a failed start the file may already belong to someone else.
  const current = readLock(lockPath);
  if (!current || current.pid === process.pid) rmSync(lockPath, { force: true });
}


// ---------------------------------------------------------------------------------------------------------

function assertPortFree(port: number, host: string): Promise<void> {
  if (port === 0) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", (error) => reject(isAddressInUse(error) ? portInUseError(port, host) : error));
    probe.listen({ port, host, exclusive: true }, () => probe.close(() => resolve()));
  });
}

function isAddressInUse(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return code === "EADDRINUSE" || code === "EACCES";
}

function portInUseError(port: number, host: string): EmbeddedPostgresError {
  return new EmbeddedPostgresError(
    "PORT_IN_USE",
    `Port ${port} on ${host} is already in use, so the embedded PostgreSQL cannot listen on it. ` +
      `Stop whatever uses it, or pick another port with EMBEDDED_DB_PORT=<port>.`,
  );
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
