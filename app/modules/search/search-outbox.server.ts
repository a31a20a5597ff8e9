// The search outbox, writing side: every change that can alter what a search index should hold writes a
// SearchOutbox row IN THE SAME TRANSACTION (so a rolled-back change leaves no row, and a committed one
// always has its row). The worker (search-worker.server.ts) re-reads the record and upserts or deletes it.
// This file is small on purpose: domain modules import it inside their transactions.
import type { Prisma } from "~/generated/prisma/client.ts";
// The visibility rules come from the pure transition files: scenarios.server.ts and solutions.server.ts
// import this file, so importing them here would make a cycle.
import { PUBLIC_SCENARIO_WHERE } from "~/modules/scenarios/scenario-transitions";
import { PUBLIC_SOLUTION_WHERE } from "~/modules/solutions/solution-transitions";
import { SCENARIO_INDEX, SOLUTION_INDEX, type IndexName } from "./indexes";

declare global {
  // Both module graphs of the process (server.ts and the Remix build) must reach the same listeners.
  // eslint-disable-next-line no-var
  var __sceneBridgeSearchOutboxListeners: Set<() => void> | undefined;
}

function listeners() {
  globalThis.__sceneBridgeSearchOutboxListeners ??= new Set();
  return globalThis.__sceneBridgeSearchOutboxListeners;
}

/** Queues a re-sync of one record, inside the transaction that changes it. */
export async function enqueueSearchSync(tx: Prisma.TransactionClient, index: IndexName, recordId: string): Promise<void> {
  await enqueueSearchSyncMany(tx, index, [recordId]);
}

/** Queues a re-sync of several records of one index, inside the transaction that changes them. */
export async function enqueueSearchSyncMany(tx: Prisma.TransactionClient, index: IndexName, recordIds: string[]): Promise<void> {
  const ids = [...new Set(recordIds)];
  if (ids.length === 0) return;
  await tx.searchOutbox.createMany({ data: ids.map((recordId) => ({ indexName: index, recordId })) });
  nudgeSearchWorker();
}

/**
 * The organisation's name (and a firm's district and tier) is part of its public records' documents, and a
 * firm's verification decides whether its solutions are public at all (PUBLIC_SOLUTION_WHERE): queues every
 * public scenario of the organisation and every published solution, public or not — the worker reads each
 * again and indexes it or takes it out.
 */
export async function enqueueOrganizationRecords(tx: Prisma.TransactionClient, orgId: string): Promise<void> {
  const [scenarios, solutions] = await Promise.all([
    tx.scenario.findMany({ where: { AND: [PUBLIC_SCENARIO_WHERE, { orgId }] }, select: { id: true } }),
    tx.solution.findMany({ where: { orgId, status: PUBLIC_SOLUTION_WHERE.status }, select: { id: true } }),
  ]);
  await enqueueSearchSyncMany(tx, SCENARIO_INDEX, scenarios.map((row) => row.id));
  await enqueueSearchSyncMany(tx, SOLUTION_INDEX, solutions.map((row) => row.id));
}

/**
 * Calls `listener` soon after rows were queued in this process (the search job uses it to run without
 * waiting for its next poll). Returns a function that unsubscribes.
 */
export function onSearchOutboxWrite(listener: () => void): () => void {
  listeners().add(listener);
  return () => listeners().delete(listener);
}

// The row becomes visible only when the caller's transaction commits, a few statements later, and Prisma
// offers no after-commit hook: wake the worker a little later, twice. The regular poll remains the guarantee.
const NUDGE_DELAYS_MS = [20, 120];
let nudgeScheduled = false;

function nudgeSearchWorker() {
  if (nudgeScheduled || listeners().size === 0) return;
  nudgeScheduled = true;
  NUDGE_DELAYS_MS.forEach((delay, position) => {
    setTimeout(() => {
      if (position === NUDGE_DELAYS_MS.length - 1) nudgeScheduled = false;
      for (const listener of listeners()) listener();
    }, delay).unref();
  });
}
