// Full rebuilds on request. With the embedded engine the index lives inside the running app process, so
// `npm run search:reindex` (another process) cannot rebuild it: it writes a SearchReindex row, the app's
// background job claims and runs it (rebuild into shadow indexes, swap, replay), and writes its progress
// into the row for the command to show. The reviewers' "rebuild now" button uses the same rows.
import { hostname } from "node:os";
import type { Prisma, SearchReindexStatus } from "~/generated/prisma/client.ts";
import { prisma } from "~/utils/db.server";
import { errorFields, logger } from "~/utils/logger.server";
import type { IndexName } from "./indexes";
import type { SearchEngine } from "./search-engine";
import { getSearchEngine, reindexAll, type SearchProgress } from "./search-service.server";

/** A RUNNING request whose heartbeat is older than this was abandoned (its process died); it runs again. */
export const REINDEX_STALE_MS = 60_000;
const HEARTBEAT_MS = 5_000;
const PROGRESS_WRITE_MS = 250;

export type ReindexProgress = Partial<Record<IndexName, { done: number; total: number }>>;

const PROCESS_ID = `${hostname()}:${process.pid}`;

export type ReindexRequest = {
  id: string;
  status: SearchReindexStatus;
  source: string;
  requestedById: string | null;
  progress: ReindexProgress;
  error: string | null;
  createdAt: Date;
  startedAt: Date | null;
  finishedAt: Date | null;
  heartbeatAt: Date | null;
};

const REQUEST_SELECT = {
  id: true,
  status: true,
  source: true,
  requestedById: true,
  progress: true,
  error: true,
  createdAt: true,
  startedAt: true,
  finishedAt: true,
  heartbeatAt: true,
} satisfies Prisma.SearchReindexSelect;

function toRequest(row: Prisma.SearchReindexGetPayload<{ select: typeof REQUEST_SELECT }>): ReindexRequest {
  return { ...row, progress: (row.progress ?? {}) as ReindexProgress };
}

type Db = Prisma.TransactionClient | typeof prisma;

/**
 * Asks a running app process to rebuild every index. A request already waiting or running (and alive) is
 * returned instead of queueing a second one.
 */
export async function requestReindex(db: Db, input: { source: "cli" | "review"; requestedById?: string | null }): Promise<{ request: ReindexRequest; created: boolean }> {
  const open = await db.searchReindex.findFirst({
    where: { OR: [{ status: "PENDING" }, { status: "RUNNING", heartbeatAt: { gte: new Date(Date.now() - REINDEX_STALE_MS) } }] },
    orderBy: { createdAt: "desc" },
    select: REQUEST_SELECT,
  });
  if (open) return { request: toRequest(open), created: false };
  const row = await db.searchReindex.create({ data: { source: input.source, requestedById: input.requestedById ?? null }, select: REQUEST_SELECT });
  return { request: toRequest(row), created: true };
}

export async function getReindexRequest(id: string): Promise<ReindexRequest | null> {
  const row = await prisma.searchReindex.findUnique({ where: { id }, select: REQUEST_SELECT });
  return row ? toRequest(row) : null;
}

export async function latestReindexRequest(): Promise<ReindexRequest | null> {
  const row = await prisma.searchReindex.findFirst({ orderBy: { createdAt: "desc" }, select: REQUEST_SELECT });
  return row ? toRequest(row) : null;
}

/** Gives up on a request nobody picked up (the command's timeout), unless a process claimed it meanwhile. */
export async function abandonReindexRequest(id: string, error: string): Promise<boolean> {
  const { count } = await prisma.searchReindex.updateMany({ where: { id, status: "PENDING" }, data: { status: "FAILED", error, finishedAt: new Date() } });
  return count === 1;
}

/** The background job: claims the oldest waiting (or abandoned) request and carries it out. */
export async function runRequestedReindex(options: { engine?: SearchEngine; workerId?: string } = {}): Promise<ReindexRequest | null> {
  const now = new Date();
  const claimable = { OR: [{ status: "PENDING" as const }, { status: "RUNNING" as const, heartbeatAt: { lt: new Date(now.getTime() - REINDEX_STALE_MS) } }] };
  const candidate = await prisma.searchReindex.findFirst({ where: claimable, orderBy: { createdAt: "asc" }, select: { id: true } });
  if (!candidate) return null;
  const workerId = `${options.workerId ?? PROCESS_ID}:${now.getTime()}`;
  const claim = await prisma.searchReindex.updateMany({
    where: { id: candidate.id, ...claimable },
    data: { status: "RUNNING", claimedBy: workerId, startedAt: now, heartbeatAt: now, progress: {}, error: null },
  });
  if (claim.count === 0) return null;
  const id = candidate.id;
  logger.info("search reindex started", { requestId: id });

  const progress: ReindexProgress = {};
  let lastWrite = 0;
  let writing: Promise<unknown> = Promise.resolve();
  const write = (data: Prisma.SearchReindexUpdateManyMutationInput) => {
    writing = writing.then(() => prisma.searchReindex.updateMany({ where: { id, claimedBy: workerId }, data })).catch(() => undefined);
    return writing;
  };
  const onProgress = (p: SearchProgress) => {
    progress[p.index] = { done: p.done, total: p.total };
    const at = Date.now();
    if (at - lastWrite >= PROGRESS_WRITE_MS || p.done === p.total) {
      lastWrite = at;
      void write({ progress: { ...progress }, heartbeatAt: new Date() });
    }
  };
  const heartbeat = setInterval(() => void write({ heartbeatAt: new Date() }), HEARTBEAT_MS);
  heartbeat.unref();
  try {
    const counts = await reindexAll(onProgress, { engine: options.engine ?? getSearchEngine() });
    clearInterval(heartbeat);
    for (const [index, total] of Object.entries(counts)) progress[index as IndexName] = { done: total, total };
    await write({ status: "DONE", progress: { ...progress }, finishedAt: new Date(), heartbeatAt: new Date() });
    logger.info("search reindex finished", { requestId: id, ...counts });
  } catch (error) {
    clearInterval(heartbeat);
    logger.error("search reindex failed", { requestId: id, ...errorFields(error) });
    await write({ status: "FAILED", error: (error instanceof Error ? error.message : String(error)).slice(0, 1000), finishedAt: new Date() });
  }
  return getReindexRequest(id);
}
