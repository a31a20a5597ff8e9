// Keeping the search index true through the outbox: rows written in the same transaction as the change,
// the worker making changes findable within a second, hidden/archived records leaving the index, drafts
// never entering it, retries with back-off, coalescing, a worker killed mid-way losing nothing, and full
// rebuilds that keep changes made meanwhile.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { createInterface } from "node:readline";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { decideReport, fileReport } from "~/modules/moderation/moderation.server";
import { decideVerification } from "~/modules/orgs/orgs.server";
import { archiveScenario, closeScenario, decideScenario, transitionScenario } from "~/modules/scenarios/scenarios.server";
import { countPublicRecords } from "~/modules/search/documents.server";
import { EmbeddedSearchEngine } from "~/modules/search/embedded-engine.server";
import { SCENARIO_INDEX, SCENARIO_INDEX_SETTINGS, SOLUTION_INDEX, type IndexName } from "~/modules/search/indexes";
import { createMeilisearchEngine } from "~/modules/search/meilisearch-engine.server";
import { SearchEngineUnavailableError, type IndexSettings, type SearchDocument, type SearchEngine } from "~/modules/search/search-engine";
import { SEARCH_SYNC_JOB } from "~/modules/search/search-jobs.server";
import { requestReindex, runRequestedReindex } from "~/modules/search/search-reindex.server";
import { SEARCH_JOBS, SEARCH_PREPARE_JOB } from "~/modules/search/search-jobs.server";
import { ensureSearchIndexes, getSearchEngine, prepareSearch, searchIndexesPrepared, searchIndexesReadyForRequest, searchPreparation, prepareSearchAtStart, prepareSearchIfAvailable, prepareSearchUntilReady, reindexAll, syncSearchRecords } from "~/modules/search/search-service.server";
import { drainSearchOutbox, processSearchOutbox, SEARCH_RETRY_CAP_MS } from "~/modules/search/search-worker.server";
import { changeSolutionStatus, createSolution, updateSolution } from "~/modules/solutions/solutions.server";
import { startBackgroundJobs } from "~/utils/background-jobs.server";
import { freePort } from "~/utils/process.server";
import { createUser, editOrganization } from "../setup/factories";
import { createReviewer, createScenarioAt, createSoe } from "../setup/scenario-factories";
import { syncSearchIndex } from "../setup/search";
import { startMeilisearchStandin } from "../setup/meilisearch-standin";
import { SlowWritesEngine } from "../setup/slow-writes-engine";
import { createFirm, solutionInput } from "../setup/solution-factories";
import { useTestSchema } from "../setup/test-database";

let db: Awaited<ReturnType<typeof useTestSchema>>;
let reviewer: Awaited<ReturnType<typeof createReviewer>>;
let soe: Awaited<ReturnType<typeof createSoe>>;
let firm: Awaited<ReturnType<typeof createFirm>>;

beforeAll(async () => {
  db = await useTestSchema();
  reviewer = await createReviewer();
  soe = await createSoe(reviewer);
  firm = await createFirm({ verifier: reviewer });
});
afterAll(async () => {
  await db?.drop();
});

/** A word no other record contains, so a search for it finds exactly the record under test. */
const token = () => `zq${randomBytes(4).toString("hex")}`;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const outboxRows = (recordId: string) => db.prisma.searchOutbox.findMany({ where: { recordId }, orderBy: { createdAt: "asc" } });

async function foundIds(index: IndexName, q: string, engine: SearchEngine = getSearchEngine()) {
  return (await engine.search(index, { q })).hits.map((hit) => hit.id);
}

/** Milliseconds from `since` until a search for `q` finds (or no longer finds) `id`; fails after 5 s. */
async function msUntil(since: number, index: IndexName, q: string, id: string, present: boolean): Promise<number> {
  for (;;) {
    if ((await foundIds(index, q)).includes(id) === present) return performance.now() - since;
    if (performance.now() - since > 5_000) throw new Error(`${id} was ${present ? "not found" : "still found"} for "${q}" after 5 s`);
    await sleep(5);
  }
}

const firmActor = () => ({ id: firm.owner.id });

async function publishSolution(title: string) {
  const { id } = await createSolution(firmActor(), firm.firm, solutionInput({ title }));
  await changeSolutionStatus(firmActor(), firm.firm, id, "publish");
  return id;
}

describe("the outbox row is part of the change", () => {
  it("is written in the publishing transaction, and a rolled-back publication leaves none", async () => {
    const scenario = await createScenarioAt("PENDING_REVIEW", soe.user, soe.org.id, reviewer, { title: `港区巡检 ${token()}` });
    // Drafts and submissions cannot change what the index holds.
    expect(await outboxRows(scenario.id)).toHaveLength(0);

    await expect(
      db.prisma.$transaction(async (tx) => {
        await transitionScenario(tx, { scenarioId: scenario.id, action: "approve", actor: { id: reviewer.id, kind: "reviewer" } });
        expect(await tx.searchOutbox.count({ where: { recordId: scenario.id } })).toBe(1);
        throw new Error("rolled back on purpose");
      }),
    ).rejects.toThrow("rolled back on purpose");
    expect(await outboxRows(scenario.id)).toHaveLength(0);
    expect((await db.prisma.scenario.findUniqueOrThrow({ where: { id: scenario.id } })).status).toBe("PENDING_REVIEW");

    await decideScenario({ id: reviewer.id }, scenario.id, { decision: "approve", reason: "", batch: "" });
    const rows = await outboxRows(scenario.id);
    expect(rows.map((row) => [row.indexName, row.processedAt, row.attempts])).toEqual([[SCENARIO_INDEX, null, 0]]);
  });
});

describe("with the worker running", () => {
  let stopJobs: () => Promise<void>;
  const measured: Record<string, number> = {};

  beforeAll(async () => {
    await syncSearchIndex();
    // As server.ts does: the same job, through the same runner.
    stopJobs = startBackgroundJobs([SEARCH_SYNC_JOB]);
  });
  afterAll(async () => {
    await stopJobs?.();
    console.info(`publish → findable, ms: ${JSON.stringify(measured)}`);
  });

  it("makes a published scenario findable within a second", async () => {
    const word = token();
    const scenario = await createScenarioAt("PENDING_REVIEW", soe.user, soe.org.id, reviewer, { title: `集装箱码头无人机巡检 ${word}` });
    expect(await foundIds(SCENARIO_INDEX, word)).toEqual([]);
    const started = performance.now();
    await decideScenario({ id: reviewer.id }, scenario.id, { decision: "approve", reason: "", batch: "" });
    measured.scenario = Math.round(await msUntil(started, SCENARIO_INDEX, word, scenario.id, true));
    expect(measured.scenario).toBeLessThan(1000);
    const doc = await getSearchEngine().get(SCENARIO_INDEX, scenario.id);
    expect(doc).toMatchObject({ status: "PUBLISHED", category: "LOW_ALTITUDE", orgName: soe.org.name, budgetBands: ["50-200"] });
  });

  it("makes a published solution findable within a second, and its edits too", async () => {
    const word = token();
    const { id } = await createSolution(firmActor(), firm.firm, solutionInput({ title: `系留无人机 ${word}` }));
    const started = performance.now();
    await changeSolutionStatus(firmActor(), firm.firm, id, "publish");
    measured.solution = Math.round(await msUntil(started, SOLUTION_INDEX, word, id, true));
    expect(measured.solution).toBeLessThan(1000);

    const edited = token();
    const editStarted = performance.now();
    await updateSolution(firmActor(), firm.firm, id, solutionInput({ title: `系留无人机 ${edited}`, trl: 9, firstUnitStatus: "RECOGNISED", firstUnitType: "FIRST_SET" }));
    measured.edit = Math.round(await msUntil(editStarted, SOLUTION_INDEX, edited, id, true));
    expect(measured.edit).toBeLessThan(1000);
    expect(await foundIds(SOLUTION_INDEX, word)).toEqual([]);
    expect(await getSearchEngine().get(SOLUTION_INDEX, id)).toMatchObject({ trl: 9, maturity: "MASS_PRODUCTION", firstUnitType: "FIRST_SET", firstUnitStatus: "RECOGNISED", tier: "TECH_SME" });
  });

  it("removes a hidden solution within a second and brings it back when restored", async () => {
    const word = token();
    const id = await publishSolution(`海上风电运维 ${word}`);
    await msUntil(performance.now(), SOLUTION_INDEX, word, id, true);
    const reporter = await createUser();
    await fileReport({ id: reporter.id }, { entityType: "SOLUTION", entityId: id, reason: "证书编号查无此证" });
    const report = await db.prisma.report.findFirstOrThrow({ where: { entityId: id } });

    let started = performance.now();
    await decideReport({ id: reviewer.id }, report.id, "hide", "证书造假");
    measured.hide = Math.round(await msUntil(started, SOLUTION_INDEX, word, id, false));
    expect(measured.hide).toBeLessThan(1000);

    started = performance.now();
    await decideReport({ id: reviewer.id }, report.id, "restore", "证书已核实");
    expect(await msUntil(started, SOLUTION_INDEX, word, id, true)).toBeLessThan(1000);
  });

  it("keeps a closed scenario (with its new status) and removes an archived one within a second", async () => {
    const word = token();
    const scenario = await createScenarioAt("PUBLISHED", soe.user, soe.org.id, reviewer, { title: `冷链仓储 ${word}` });
    await msUntil(performance.now(), SCENARIO_INDEX, word, scenario.id, true);

    await closeScenario({ id: soe.user.id }, scenario.id);
    const closedStarted = performance.now();
    for (;;) {
      if ((await getSearchEngine().get(SCENARIO_INDEX, scenario.id))?.status === "CLOSED") break;
      expect(performance.now() - closedStarted).toBeLessThan(1000);
      await sleep(5);
    }

    const started = performance.now();
    await archiveScenario({ id: soe.user.id, kind: "owner" }, scenario.id);
    measured.archive = Math.round(await msUntil(started, SCENARIO_INDEX, word, scenario.id, false));
    expect(measured.archive).toBeLessThan(1000);
  });

  it("carries an organisation's new name into its records' documents, a firm's once a reviewer has verified it", async () => {
    const word = token();
    const titleWord = token();
    const id = await publishSolution(`港口数字孪生 ${titleWord}`);
    await msUntil(performance.now(), SOLUTION_INDEX, titleWord, id, true);
    const renamed = performance.now();
    await editOrganization(firm.owner.id, firm.orgId, { name: `日照港智科技有限公司 ${word}` });
    // A new legal name takes the firm's solutions out of public view until it is verified again (ADR 0015).
    expect(await msUntil(renamed, SOLUTION_INDEX, titleWord, id, false)).toBeLessThan(1000);
    const verified = performance.now();
    await decideVerification({ id: reviewer.id }, firm.orgId, "verify", "");
    expect(await msUntil(verified, SOLUTION_INDEX, word, id, true)).toBeLessThan(1000);
  });

  it("never lets a draft into the index", async () => {
    const word = token();
    const { id: solutionId } = await createSolution(firmActor(), firm.firm, solutionInput({ title: `草稿方案 ${word}` }));
    await updateSolution(firmActor(), firm.firm, solutionId, solutionInput({ title: `草稿方案改 ${word}` }));
    const draft = await createScenarioAt("DRAFT", soe.user, soe.org.id, reviewer, { title: `草稿场景 ${word}` });
    const submitted = await createScenarioAt("PENDING_REVIEW", soe.user, soe.org.id, reviewer, { title: `待审场景 ${word}` });
    // Give the worker several polls: nothing it does may bring them in.
    await sleep(600);
    expect(await db.prisma.searchOutbox.count({ where: { recordId: { in: [solutionId, draft.id, submitted.id] } } })).toBe(0);
    expect(await foundIds(SOLUTION_INDEX, word)).toEqual([]);
    expect(await foundIds(SCENARIO_INDEX, word)).toEqual([]);
    expect(await getSearchEngine().get(SCENARIO_INDEX, draft.id)).toBeNull();

    // Unpublishing takes a published solution back out.
    await changeSolutionStatus(firmActor(), firm.firm, solutionId, "publish");
    await msUntil(performance.now(), SOLUTION_INDEX, word, solutionId, true);
    const started = performance.now();
    await changeSolutionStatus(firmActor(), firm.firm, solutionId, "unpublish");
    expect(await msUntil(started, SOLUTION_INDEX, word, solutionId, false)).toBeLessThan(1000);
  });
});

describe("the worker's rules", () => {
  beforeAll(async () => {
    await drainSearchOutbox();
  });

  it("coalesces the rows of one record into one sync of its latest state", async () => {
    const word = token();
    const { id } = await createSolution(firmActor(), firm.firm, solutionInput({ title: `初稿 ${word}` }));
    await changeSolutionStatus(firmActor(), firm.firm, id, "publish");
    await updateSolution(firmActor(), firm.firm, id, solutionInput({ title: `二稿 ${word}` }));
    await updateSolution(firmActor(), firm.firm, id, solutionInput({ title: `终稿 ${word}` }));
    expect(await outboxRows(id)).toHaveLength(3);

    const report = await processSearchOutbox();
    expect(report).toEqual({ claimed: 3, records: 1, synced: 1, failed: 0 });
    expect((await outboxRows(id)).every((row) => row.processedAt !== null && row.claimedBy === null)).toBe(true);
    expect((await getSearchEngine().get(SOLUTION_INDEX, id))?.title).toBe(`终稿 ${word}`);
  });

  it("retries failed writes with a growing, capped back-off, records the error, and never drops the row", async () => {
    // A real Meilisearch client pointed at a port where nothing listens: every write fails for real.
    const unreachable = createMeilisearchEngine({ url: `http://127.0.0.1:${await freePort()}`, apiKey: "test-key", requestTimeoutMs: 2_000 });
    const word = token();
    const id = await publishSolution(`氢能重卡 ${word}`);

    const firstFailure = Date.now();
    expect(await processSearchOutbox({ engine: unreachable })).toMatchObject({ claimed: 1, failed: 1, synced: 0 });
    let [row] = await outboxRows(id);
    expect(row).toMatchObject({ attempts: 1, processedAt: null, claimedBy: null });
    expect(row.lastError).toBeTruthy();
    const firstDelay = row.availableAt.getTime() - firstFailure;
    expect(firstDelay).toBeGreaterThanOrEqual(900);
    expect(firstDelay).toBeLessThan(1_500);

    // Not due yet: nothing to claim.
    expect((await processSearchOutbox({ engine: unreachable })).claimed).toBe(0);

    const secondFailure = Date.now();
    await processSearchOutbox({ engine: unreachable, now: new Date(row.availableAt.getTime() + 1) });
    [row] = await outboxRows(id);
    expect(row.attempts).toBe(2);
    const secondDelay = row.availableAt.getTime() - secondFailure;
    expect(secondDelay).toBeGreaterThanOrEqual(1_900);
    expect(secondDelay).toBeLessThan(2_500);

    // After many failures the wait stops growing at the cap, and the row is still there.
    await db.prisma.searchOutbox.update({ where: { id: row.id }, data: { attempts: 30 } });
    const manyFailures = Date.now();
    await processSearchOutbox({ engine: unreachable, now: new Date(row.availableAt.getTime() + 1) });
    [row] = await outboxRows(id);
    expect(row).toMatchObject({ attempts: 31, processedAt: null });
    expect(row.availableAt.getTime() - manyFailures).toBeLessThanOrEqual(SEARCH_RETRY_CAP_MS + 500);
    expect(row.availableAt.getTime() - manyFailures).toBeGreaterThanOrEqual(SEARCH_RETRY_CAP_MS - 500);
    expect(await foundIds(SOLUTION_INDEX, word)).toEqual([]);

    // The engine is back: the row goes through and its error is cleared.
    expect(await processSearchOutbox({ now: new Date(row.availableAt.getTime() + 1) })).toMatchObject({ synced: 1, failed: 0 });
    [row] = await outboxRows(id);
    expect(row).toMatchObject({ attempts: 31, lastError: null, claimedBy: null });
    expect(row.processedAt).not.toBeNull();
    expect(await foundIds(SOLUTION_INDEX, word)).toEqual([id]);
  });
});

describe("a sync slower than the lease", () => {
  const LEASE_MS = 600;

  beforeAll(async () => {
    await drainSearchOutbox();
  });

  it("keeps its rows: the lease is renewed while the sync runs, so a second worker leaves them alone", async () => {
    const word = token();
    const ids = [await publishSolution(`慢同步甲 ${word}`), await publishSolution(`慢同步乙 ${word}`)].sort();
    const rowIds = (await db.prisma.searchOutbox.findMany({ where: { recordId: { in: ids } } })).map((row) => row.id);
    expect(rowIds).toHaveLength(2);

    // The process's (embedded) engine, each write held back for four leases.
    const writes: string[][] = [];
    let writing!: () => void;
    const firstWriteStarted = new Promise<void>((resolve) => (writing = resolve));
    const slow = new SlowWritesEngine(getSearchEngine(), {
      delayMs: 4 * LEASE_MS,
      onWrite: (_index, written) => {
        writes.push([...written].sort());
        writing();
      },
    });
    const secondWrites: string[][] = [];
    const secondEngine = new SlowWritesEngine(getSearchEngine(), { delayMs: 0, onWrite: (_index, written) => secondWrites.push(written) });

    const started = performance.now();
    let finished = false;
    const first = processSearchOutbox({ engine: slow, leaseMs: LEASE_MS }).finally(() => (finished = true));
    await firstWriteStarted;
    // Once the first worker holds the rows and writes, another app process's worker polls all the while.
    const secondClaims: number[] = [];
    while (!finished) {
      secondClaims.push((await processSearchOutbox({ engine: secondEngine, leaseMs: LEASE_MS })).claimed);
      await sleep(50);
    }
    const report = await first;
    expect(performance.now() - started).toBeGreaterThan(3 * LEASE_MS);
    expect(secondClaims.length).toBeGreaterThan(10);
    expect(secondClaims.filter((claimed) => claimed > 0), "rows the second worker claimed, poll by poll").toEqual([]);
    expect(secondWrites).toEqual([]);

    // One sync, by the first worker, and its rows end processed.
    expect(report).toEqual({ claimed: 2, records: 2, synced: 2, failed: 0 });
    expect(writes).toEqual([ids]);
    const rows = await db.prisma.searchOutbox.findMany({ where: { id: { in: rowIds } } });
    expect(rows.map((row) => ({ processed: row.processedAt !== null, claimedBy: row.claimedBy, attempts: row.attempts }))).toEqual([
      { processed: true, claimedBy: null, attempts: 0 },
      { processed: true, claimedBy: null, attempts: 0 },
    ]);
    expect((await foundIds(SOLUTION_INDEX, word)).sort()).toEqual(ids);
  });

  it("starts no one-by-one retries once another worker has taken its rows", async () => {
    const word = token();
    const ids = [await publishSolution(`失去租约甲 ${word}`), await publishSolution(`失去租约乙 ${word}`)].sort();
    const writes: string[][] = [];
    const stalling = new SlowWritesEngine(getSearchEngine(), {
      delayMs: 0,
      onWrite: async (_index, written) => {
        writes.push(written);
        // This process stalls past its lease; another worker claims the rows meanwhile; then the batch fails.
        await db.prisma.searchOutbox.updateMany({ where: { recordId: { in: ids }, processedAt: null }, data: { claimedBy: "another-worker" } });
        await sleep(LEASE_MS);
        throw new Error("timeout of 300000ms has exceeded");
      },
    });

    const report = await processSearchOutbox({ engine: stalling, leaseMs: LEASE_MS });
    // The batch write only: retrying each record would write again what the other worker now syncs.
    expect(writes).toHaveLength(1);
    expect(report).toMatchObject({ claimed: 2, synced: 0, failed: 0 });
    // The rows are the other worker's: neither a failure nor a retry time of this one was written into them.
    const rows = await db.prisma.searchOutbox.findMany({ where: { recordId: { in: ids } } });
    expect(rows.map((row) => [row.claimedBy, row.attempts, row.lastError, row.processedAt])).toEqual([
      ["another-worker", 0, null, null],
      ["another-worker", 0, null, null],
    ]);

    // The other worker "dies": its lease runs out, and the rows go through.
    await db.prisma.searchOutbox.updateMany({ where: { recordId: { in: ids } }, data: { availableAt: new Date(Date.now() - 1) } });
    expect(await drainSearchOutbox()).toMatchObject({ synced: 2, failed: 0 });
    expect((await foundIds(SOLUTION_INDEX, word)).sort()).toEqual(ids);
  });
});

describe("a worker killed while it holds claimed rows", () => {
  const LEASE_MS = 1_500;
  // The index lives in a Meilisearch (stand-in) server, so it outlives the worker processes writing to it.
  let meili: Awaited<ReturnType<typeof startMeilisearchStandin>>;
  let sharedIndex: SearchEngine;
  const children: ChildProcess[] = [];

  beforeAll(async () => {
    meili = await startMeilisearchStandin();
    sharedIndex = createMeilisearchEngine({ url: meili.url, apiKey: meili.masterKey });
    await prepareSearch({ engine: sharedIndex });
    await drainSearchOutbox({ engine: sharedIndex });
  });
  afterAll(async () => {
    for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
    await meili?.close();
  });

  function startWorker(env: Record<string, string>) {
    const child = spawn(process.execPath, ["--import", "tsx", path.resolve(import.meta.dirname, "../setup/search-worker-child.ts")], {
      cwd: path.resolve(import.meta.dirname, "../.."),
      env: {
        ...process.env,
        DATABASE_URL: db.databaseUrl,
        DATABASE_SCHEMA: db.schema,
        DATABASE_POOL_SIZE: "2",
        MEILI_URL: meili.url,
        MEILI_MASTER_KEY: meili.masterKey,
        LEASE_MS: String(LEASE_MS),
        LOG_LEVEL: "error",
        ...env,
      },
      stdio: ["ignore", "pipe", "inherit"],
    });
    children.push(child);
    const events: Record<string, unknown>[] = [];
    const waiters: { test: (event: Record<string, unknown>) => boolean; resolve: (event: Record<string, unknown>) => void }[] = [];
    createInterface({ input: child.stdout! }).on("line", (line) => {
      const event = JSON.parse(line) as Record<string, unknown>;
      events.push(event);
      for (const waiter of [...waiters]) {
        if (waiter.test(event)) {
          waiters.splice(waiters.indexOf(waiter), 1);
          waiter.resolve(event);
        }
      }
    });
    const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
    const next = (name: string, timeoutMs = 20_000) =>
      new Promise<Record<string, unknown>>((resolve, reject) => {
        const seen = events.find((event) => event.event === name);
        if (seen) return resolve(seen);
        const timer = setTimeout(() => reject(new Error(`worker did not report "${name}" within ${timeoutMs} ms; saw ${JSON.stringify(events)}`)), timeoutMs);
        waiters.push({ test: (event) => event.event === name, resolve: (event) => (clearTimeout(timer), resolve(event)) });
      });
    return { child, events, exited, next };
  }

  it("loses no update: the next worker syncs the dead one's rows once its lease ran out", async () => {
    const word = token();
    const edited = await publishSolution(`原标题 ${token()}`);
    const toHide = await publishSolution(`将被隐藏 ${word}`);
    await drainSearchOutbox({ engine: sharedIndex });
    expect((await sharedIndex.search(SOLUTION_INDEX, { q: word })).hits.map((hit) => hit.id)).toEqual([toHide]);
    // Changes waiting in the outbox: four publications, an edit and a hidden solution.
    const scenarios = await Promise.all([1, 2, 3, 4].map((n) => createScenarioAt("PUBLISHED", soe.user, soe.org.id, reviewer, { title: `港口场景${n} ${word}` })));
    await updateSolution(firmActor(), firm.firm, edited, solutionInput({ title: `新标题 ${word}` }));
    const reporter = await createUser();
    await fileReport({ id: reporter.id }, { entityType: "SOLUTION", entityId: toHide, reason: "内容与实际不符" });
    const report = await db.prisma.report.findFirstOrThrow({ where: { entityId: toHide } });
    await decideReport({ id: reviewer.id }, report.id, "hide", "核实不符");
    const pendingBefore = await db.prisma.searchOutbox.count({ where: { processedAt: null } });
    expect(pendingBefore).toBe(6);

    // A worker whose writes hang: it claims the rows, starts writing, and is killed.
    const slow = startWorker({ SLOW_WRITE_MS: "120000" });
    await slow.next("writing");
    slow.child.kill("SIGKILL");
    expect(await slow.exited).toBeNull();
    const held = await db.prisma.searchOutbox.findMany({ where: { processedAt: null } });
    expect(held.length).toBe(pendingBefore);
    expect(held.every((row) => row.claimedBy !== null)).toBe(true);
    const leaseEnds = Math.min(...held.map((row) => row.availableAt.getTime()));
    // Nothing reached the sharedIndex.
    for (const scenario of scenarios) expect(await sharedIndex.get(SCENARIO_INDEX, scenario.id)).toBeNull();

    // Another change while no worker runs.
    const lateWord = token();
    const late = await publishSolution(`迟到的方案 ${lateWord}`);

    // A new worker, started at once: it can take the dead worker's rows only after their lease.
    const fresh = startWorker({ SLOW_WRITE_MS: "0", UNTIL_EMPTY: "1" });
    expect(await fresh.exited).toBe(0);

    for (const scenario of scenarios) expect((await sharedIndex.get(SCENARIO_INDEX, scenario.id))?.status).toBe("PUBLISHED");
    expect((await sharedIndex.get(SOLUTION_INDEX, edited))?.title).toBe(`新标题 ${word}`);
    expect(await sharedIndex.get(SOLUTION_INDEX, toHide)).toBeNull();
    expect((await sharedIndex.search(SOLUTION_INDEX, { q: lateWord })).hits.map((hit) => hit.id)).toEqual([late]);
    const rows = await db.prisma.searchOutbox.findMany({ where: { id: { in: held.map((row) => row.id) } } });
    expect(rows.every((row) => row.processedAt !== null && row.claimedBy === null)).toBe(true);
    expect(Math.min(...rows.map((row) => row.processedAt!.getTime()))).toBeGreaterThanOrEqual(leaseEnds);
    expect(await db.prisma.searchOutbox.count({ where: { processedAt: null } })).toBe(0);
    // The sharedIndex holds exactly the public records.
    expect(await sharedIndex.count(SCENARIO_INDEX)).toBe(await countPublicRecords(SCENARIO_INDEX));
    expect(await sharedIndex.count(SOLUTION_INDEX)).toBe(await countPublicRecords(SOLUTION_INDEX));
  }, 60_000);
});

/** An embedded engine whose rebuild reads its documents, then waits for the test before swapping them in. */
class PausingEngine extends EmbeddedSearchEngine {
  paused: Promise<void> | null = null;
  onSnapshot: (() => void) | null = null;
  override async rebuild(index: string, settings: IndexSettings, docs: AsyncIterable<SearchDocument> | Iterable<SearchDocument>) {
    const snapshot: SearchDocument[] = [];
    for await (const doc of docs) snapshot.push(doc);
    if (index === SOLUTION_INDEX && this.paused) {
      this.onSnapshot?.();
      await this.paused;
    }
    return super.rebuild(index, settings, snapshot);
  }
}

describe("full rebuilds", () => {
  it("rebuild into a fresh index, and changes committed meanwhile are replayed, not lost", async () => {
    const engine = new PausingEngine();
    await prepareSearch({ engine });
    await drainSearchOutbox({ engine });
    // A stray document (say, left by a bug) disappears with the rebuild.
    await engine.upsert(SOLUTION_INDEX, [{ id: "stray", title: "不该在索引里", summary: "", description: "", tags: [], industryChain: [], orgName: "" }]);

    const word = token();
    let release!: () => void;
    engine.paused = new Promise<void>((resolve) => (release = resolve));
    const snapshotRead = new Promise<void>((resolve) => (engine.onSnapshot = resolve));
    const progress: { index: IndexName; done: number; total: number }[] = [];
    const rebuilding = reindexAll((p) => progress.push(p), { engine });

    await snapshotRead;
    // Committed after the rebuild read the solutions: one change a worker syncs into the old index meanwhile,
    // one still waiting in the outbox when the new index is swapped in.
    const syncedMeanwhile = await publishSolution(`重建期间同步 ${word}`);
    await processSearchOutbox({ engine });
    const waiting = await publishSolution(`重建期间等待 ${word}`);
    release();
    await rebuilding;

    expect((await engine.search(SOLUTION_INDEX, { q: word })).hits.map((hit) => hit.id).sort()).toEqual([syncedMeanwhile, waiting].sort());
    expect(await engine.get(SOLUTION_INDEX, "stray")).toBeNull();
    expect(await engine.count(SOLUTION_INDEX)).toBe(await countPublicRecords(SOLUTION_INDEX));
    const scenarios = await countPublicRecords(SCENARIO_INDEX);
    expect(progress.filter((p) => p.index === SCENARIO_INDEX).at(-1)).toEqual({ index: SCENARIO_INDEX, done: scenarios, total: scenarios });
    expect(progress.at(-1)).toMatchObject({ index: SOLUTION_INDEX });
  });

  it("settles the rows waiting for the records it wrote, failing ones included", async () => {
    const engine = new EmbeddedSearchEngine();
    await prepareSearch({ engine });
    await drainSearchOutbox({ engine });
    const word = token();
    const id = await publishSolution(`重建前同步失败 ${word}`);
    // The sync of this publication kept failing: the row waits an hour for its next try, with the error.
    await db.prisma.searchOutbox.updateMany({ where: { recordId: id }, data: { attempts: 4, lastError: "connect ECONNREFUSED", availableAt: new Date(Date.now() + 3_600_000) } });
    expect(await foundIds(SOLUTION_INDEX, word, engine)).toEqual([]);

    await reindexAll(undefined, { engine });
    expect(await foundIds(SOLUTION_INDEX, word, engine)).toEqual([id]);
    // What the row announced is in the index: it is done, and no longer reported as failing.
    expect((await outboxRows(id)).map((row) => row.processedAt)).toEqual([expect.any(Date)]);
  });

  it("rebuilds a Meilisearch index at start when its documents predate a field every document now has", async () => {
    const meili = await startMeilisearchStandin();
    try {
      const connect = () => createMeilisearchEngine({ url: meili.url, apiKey: meili.masterKey, indexPrefix: "fields_" });
      await createScenarioAt("PUBLISHED", soe.user, soe.org.id, reviewer, { title: `字段补齐 ${token()}` });
      const engine = connect();
      expect((await prepareSearch({ engine })).indexes[SCENARIO_INDEX].rebuilt).toBe(true); // empty: filled
      // The index as the version before openForBids left it: settings and documents without the field.
      const { openForBids: _notFilterable, ...filterable } = SCENARIO_INDEX_SETTINGS.filterable;
      await engine.ensureIndex(SCENARIO_INDEX, { ...SCENARIO_INDEX_SETTINGS, filterable, sortable: SCENARIO_INDEX_SETTINGS.sortable.filter((field) => field !== "openForBids") });
      const older = (await engine.search(SCENARIO_INDEX, { pageSize: 1000 })).hits.map(({ doc }) => {
        const { openForBids: _dropped, ...rest } = doc;
        return rest as SearchDocument;
      });
      expect(older.length).toBe(await countPublicRecords(SCENARIO_INDEX));
      await engine.upsert(SCENARIO_INDEX, older);

      // This version starts: ensureIndex sends the new settings, and the documents are rebuilt from the database.
      const since = meili.requests.length;
      const restarted = connect();
      const report = await prepareSearch({ engine: restarted });
      const settingsSent = meili.requests.slice(since).filter((request) => request.method === "PATCH" && request.path.endsWith(`fields_${SCENARIO_INDEX}/settings`));
      expect(settingsSent.map((request) => (request.body as { sortableAttributes?: string[] }).sortableAttributes)).toEqual([expect.arrayContaining(["openForBids", "deadline"])]);
      expect(report.indexes[SCENARIO_INDEX]).toEqual({ documents: older.length, rebuilt: true });
      expect(report.indexes[SOLUTION_INDEX].rebuilt).toBe(false);
      expect(await restarted.count(SCENARIO_INDEX, { not: { field: "openForBids", exists: true } })).toBe(0);
      // And only once: the next start finds nothing to rebuild.
      expect((await prepareSearch({ engine: connect() })).indexes[SCENARIO_INDEX].rebuilt).toBe(false);
    } finally {
      await meili.close();
    }
  });

  it("a replay beside the worker leaves the rows the worker holds to it, and the worker's run goes on (it stopped, a publication waited 30 s)", async () => {
    const base = new EmbeddedSearchEngine();
    await prepareSearch({ engine: base });
    await drainSearchOutbox({ engine: base });
    /** `base`, whose first write waits until `open()` is called; `reached` settles when it has started waiting. */
    const heldAtFirstWrite = () => {
      let open!: () => void;
      const opened = new Promise<void>((resolve) => (open = resolve));
      let reach!: () => void;
      const reached = new Promise<void>((resolve) => (reach = resolve));
      let writes = 0;
      const engine = new SlowWritesEngine(base, {
        delayMs: 0,
        onWrite: async () => {
          if (writes++ > 0) return;
          reach();
          await opened;
        },
      });
      return { engine, open, reached };
    };
    // A change waiting in the outbox when the rebuild starts: the replay syncs it.
    const waiting = await publishSolution(`重建时等待 ${token()}`);
    const replay = heldAtFirstWrite();
    const rebuilding = reindexAll(undefined, { engine: replay.engine });
    await replay.reached;
    // Meanwhile a scenario is published, and this process's worker claims its row and the waiting solution's.
    const scenario = await createScenarioAt("PENDING_REVIEW", soe.user, soe.org.id, reviewer, { title: `重建期间发布 ${token()}` });
    await decideScenario({ id: reviewer.id }, scenario.id, { decision: "approve", reason: "", batch: "" });
    const worker = heldAtFirstWrite();
    const working = processSearchOutbox({ engine: worker.engine });
    await worker.reached;
    replay.open();
    await rebuilding;
    worker.open();
    const report = await working;
    expect(report.failed).toBe(0);
    expect(await base.get(SCENARIO_INDEX, scenario.id), "the published scenario").not.toBeNull();
    expect(await base.get(SOLUTION_INDEX, waiting)).not.toBeNull();
    expect(await db.prisma.searchOutbox.count({ where: { recordId: { in: [scenario.id, waiting] }, processedAt: null } })).toBe(0);
  });

  /**
   * Two app processes on one search server, as in a rolling deploy: process A runs the outbox worker; process B starts
   * with a version whose documents have a new field, finds the index outdated and rebuilds it (shadow + swap). Between
   * B's reading of the records and its swap, one scenario is archived and one published, and A's worker syncs both
   * into the live index that the swap then throws away.
   */
  async function rollingDeployRace(prefix: string, options: { replayWritesFail?: boolean } = {}) {
    const meili = await startMeilisearchStandin();
    const connect = () => createMeilisearchEngine({ url: meili.url, apiKey: meili.masterKey, indexPrefix: prefix });
    const word = token();
    const toArchive = await createScenarioAt("PUBLISHED", soe.user, soe.org.id, reviewer, { title: `部署期间归档 ${word}` });
    const toApprove = await createScenarioAt("PENDING_REVIEW", soe.user, soe.org.id, reviewer, { title: `部署期间发布 ${word}` });
    const processA = connect();
    await prepareSearch({ engine: processA });
    await processSearchOutbox({ engine: processA });
    const { openForBids: _notFilterable, ...filterable } = SCENARIO_INDEX_SETTINGS.filterable;
    await processA.ensureIndex(SCENARIO_INDEX, { ...SCENARIO_INDEX_SETTINGS, filterable, sortable: SCENARIO_INDEX_SETTINGS.sortable.filter((field) => field !== "openForBids") });
    const older = (await processA.search(SCENARIO_INDEX, { pageSize: 1000 })).hits.map(({ doc }) => {
      const { openForBids: _dropped, ...rest } = doc;
      return rest as SearchDocument;
    });
    await processA.upsert(SCENARIO_INDEX, older);

    let swapped = false;
    const processB = new (class extends SlowWritesEngine {
      paused: Promise<void> | null = null;
      onSnapshot: (() => void) | null = null;
      override async rebuild(index: string, settings: IndexSettings, docs: AsyncIterable<SearchDocument> | Iterable<SearchDocument>) {
        const snapshot: SearchDocument[] = [];
        for await (const doc of docs) snapshot.push(doc);
        this.onSnapshot?.();
        await this.paused;
        await super.rebuild(index, settings, snapshot);
        swapped = true;
      }
    })(connect(), {
      delayMs: 0,
      onWrite: () => {
        if (options.replayWritesFail && swapped) throw new SearchEngineUnavailableError("the search server blinked after the swap");
      },
    });
    let release!: () => void;
    processB.paused = new Promise<void>((resolve) => (release = resolve));
    const snapshotRead = new Promise<void>((resolve) => (processB.onSnapshot = resolve));
    const preparing = prepareSearch({ engine: processB });
    await snapshotRead;
    await archiveScenario({ id: soe.user.id, kind: "owner" }, toArchive.id);
    await decideScenario({ id: reviewer.id }, toApprove.id, { decision: "approve", reason: "", batch: "" });
    expect((await processSearchOutbox({ engine: processA })).synced).toBe(2);
    expect(await db.prisma.searchOutbox.count({ where: { processedAt: null } })).toBe(0);
    release();
    const indexed = async (id: string) => (await processA.get(SCENARIO_INDEX, id)) !== null;
    return { meili, processA, preparing, indexed, toArchive: toArchive.id, toApprove: toApprove.id };
  }

  it("a start-up rebuild keeps what another process's worker synced meanwhile (a rolling deploy; it was thrown away)", async () => {
    const race = await rollingDeployRace("deploy_");
    try {
      expect((await race.preparing).indexes[SCENARIO_INDEX].rebuilt).toBe(true);
      expect({ archived: await race.indexed(race.toArchive), published: await race.indexed(race.toApprove) }).toEqual({ archived: false, published: true });
      expect(await race.processA.count(SCENARIO_INDEX)).toBe(await countPublicRecords(SCENARIO_INDEX));
      // The rows queued again for the replay are settled by it: nothing is left for a worker.
      expect(await db.prisma.searchOutbox.count({ where: { processedAt: null } })).toBe(0);
    } finally {
      await race.meili.close();
    }
  });

  it("a replay that fails after the swap leaves the records queued, and a worker repairs the index", async () => {
    const race = await rollingDeployRace("blink_", { replayWritesFail: true });
    try {
      await expect(race.preparing).rejects.toThrow(SearchEngineUnavailableError);
      expect({ archived: await race.indexed(race.toArchive), published: await race.indexed(race.toApprove) }).toEqual({ archived: true, published: false });
      // (With every other record whose row was processed within the replay's margin of a minute.)
      const queued = await db.prisma.searchOutbox.findMany({ where: { processedAt: null, recordId: { in: [race.toArchive, race.toApprove] } }, select: { recordId: true } });
      expect(queued.map((row) => row.recordId).sort()).toEqual([race.toArchive, race.toApprove].sort());
      await drainSearchOutbox({ engine: race.processA });
      expect({ archived: await race.indexed(race.toArchive), published: await race.indexed(race.toApprove) }).toEqual({ archived: false, published: true });
    } finally {
      await race.meili.close();
    }
  });

  it("starts without a Meilisearch that cannot answer, and the start-up retry fills its empty index once it answers", async () => {
    const meili = await startMeilisearchStandin();
    try {
      const title = `晚到的搜索服务 ${token()}`;
      await createScenarioAt("PUBLISHED", soe.user, soe.org.id, reviewer, { title });
      const engine = createMeilisearchEngine({ url: meili.url, apiKey: meili.masterKey, indexPrefix: "late_", searchTimeoutMs: 200 });
      meili.state.stallSearches = true; // the index counts at start get no answer
      expect(await prepareSearchIfAvailable({ engine })).toBeNull();
      expect(await prepareSearchUntilReady({ engine })).toBeNull(); // still no answer: still not ready
      meili.state.stallSearches = false;
      // Answering again, but not yet checked by this process: requests do not search an index that may be empty.
      const since = meili.requests.length;
      await expect(searchIndexesReadyForRequest(engine)).rejects.toThrow(/not prepared yet/);
      expect(meili.calls(since)).toEqual([]);
      const ready = await prepareSearchUntilReady({ engine });
      expect(ready?.indexes[SCENARIO_INDEX]).toEqual({ documents: await countPublicRecords(SCENARIO_INDEX), rebuilt: true });
      expect(await foundIds(SCENARIO_INDEX, title, engine)).toHaveLength(1);
      await searchIndexesReadyForRequest(engine);
      // Ready: the job asks nothing more of the server.
      const after = meili.requests.length;
      expect(await prepareSearchUntilReady({ engine })).toBeNull();
      expect(meili.requests.length).toBe(after);
      // It is one of the app's background jobs, every half minute (the runner is tested in background-jobs).
      expect(SEARCH_JOBS).toContain(SEARCH_PREPARE_JOB);
      expect(SEARCH_PREPARE_JOB.everyMs).toBe(30_000);
    } finally {
      await meili.close();
    }
  });

  it("does not keep start-up waiting for a search server still applying its settings, and prepares once, in the background", async () => {
    const meili = await startMeilisearchStandin();
    try {
      const title = `设置排队中 ${token()}`;
      await createScenarioAt("PUBLISHED", soe.user, soe.org.id, reviewer, { title });
      const engine = createMeilisearchEngine({ url: meili.url, apiKey: meili.masterKey, indexPrefix: "busy_", searchTimeoutMs: 200 });
      // Every task stays "processing", as behind a long reindex on the server: the reads answer, the settings wait.
      meili.state.processingPolls = Number.MAX_SAFE_INTEGER;
      const started = Date.now();
      expect(await prepareSearchAtStart({ engine, waitAtMostMs: 300 })).toEqual({ stillPreparing: true });
      expect(Date.now() - started).toBeLessThan(2_000);
      expect(searchPreparation(engine)).toBe("preparing");
      // A page does not wait for it: the update has been pending longer than a search may take (200 ms), so at once.
      const asked = Date.now();
      await expect(searchIndexesReadyForRequest(engine)).rejects.toBeInstanceOf(SearchEngineUnavailableError);
      expect(Date.now() - asked).toBeLessThan(100);
      // The retry job leaves the preparation under way be: a second one would queue the same settings again.
      const since = meili.requests.length;
      expect(await prepareSearchUntilReady({ engine })).toBeNull();
      expect(await prepareSearchUntilReady({ engine })).toBeNull();
      expect(meili.calls(since)).toEqual([]);
      // The server catches up: the preparation goes on where it was and fills the new index.
      meili.state.processingPolls = 0;
      await vi.waitFor(async () => expect(await foundIds(SCENARIO_INDEX, title, engine)).toHaveLength(1), { timeout: 10_000, interval: 100 });
      const settingsSent = meili.requests.filter((request) => request.method === "PATCH" && request.path === `/indexes/busy_${SCENARIO_INDEX}/settings`);
      expect(settingsSent).toHaveLength(1);
      // Ready: the job asks nothing more.
      await vi.waitFor(() => expect(searchPreparation(engine)).toBe("ready"), { timeout: 10_000, interval: 50 });
      const after = meili.requests.length;
      expect(await prepareSearchUntilReady({ engine })).toBeNull();
      expect(meili.requests.length).toBe(after);
    } finally {
      await meili.close();
    }
  });

  it("says search is unavailable while start-up fills an empty index in the background, not that nothing is found", async () => {
    const meili = await startMeilisearchStandin();
    try {
      const title = `后台填充中 ${token()}`;
      await createScenarioAt("PUBLISHED", soe.user, soe.org.id, reviewer, { title });
      const engine = createMeilisearchEngine({ url: meili.url, apiKey: meili.masterKey, indexPrefix: "filling_", searchTimeoutMs: 200 });
      await ensureSearchIndexes(engine); // the settings are in place; the index is empty
      meili.state.processingPolls = Number.MAX_SAFE_INTEGER; // the documents' tasks wait behind other work
      expect(await prepareSearchAtStart({ engine, waitAtMostMs: 300 })).toEqual({ stillPreparing: true });
      await expect(searchIndexesReadyForRequest(engine)).rejects.toThrow(/still being prepared/);
      expect(searchPreparation(engine)).toBe("preparing");
      meili.state.processingPolls = 0;
      await vi.waitFor(() => expect(searchPreparation(engine)).toBe("ready"), { timeout: 10_000, interval: 50 });
      await searchIndexesReadyForRequest(engine);
      expect(await foundIds(SCENARIO_INDEX, title, engine)).toHaveLength(1);
    } finally {
      await meili.close();
    }
  });

  it("after a preparation fails for good in the background, pages answer unavailable without sending the settings again, and the retry job tries again", async () => {
    const meili = await startMeilisearchStandin();
    try {
      const engine = createMeilisearchEngine({ url: meili.url, apiKey: meili.masterKey, indexPrefix: "refused_", searchTimeoutMs: 200 });
      meili.state.processingPolls = Number.MAX_SAFE_INTEGER;
      meili.state.failNextTasks.push({ type: "settingsUpdate", code: "invalid_settings_ranking_rules", message: "a setting this server refuses" });
      expect(await prepareSearchAtStart({ engine, waitAtMostMs: 300 })).toEqual({ stillPreparing: true });
      // Not yet prepared: the record-by-record check waits (searchIndexesPrepared).
      expect(searchIndexesPrepared(engine)).toBe(false);
      meili.state.processingPolls = 0; // the task runs, and fails
      await vi.waitFor(() => expect(searchPreparation(engine)).toEqual({ failed: expect.stringContaining("a setting this server refuses") }), { timeout: 10_000, interval: 50 });
      // Failed for good: the check says why it cannot run, as a request does, rather than "still preparing".
      expect(() => searchIndexesPrepared(engine)).toThrow(/could not be prepared \(.*a setting this server refuses/);
      const since = meili.requests.length;
      for (let page = 0; page < 3; page++) await expect(searchIndexesReadyForRequest(engine)).rejects.toThrow(/could not be prepared/);
      // Nor does the outbox worker send them with every batch: it waits, as in an outage.
      await expect(syncSearchRecords(SCENARIO_INDEX, ["any-record"], engine)).rejects.toBeInstanceOf(SearchEngineUnavailableError);
      expect(meili.calls(since)).toEqual([]);
      // The retry job (every half minute) tries again; this time the server takes the settings.
      expect(await prepareSearchUntilReady({ engine })).not.toBeNull();
      expect(searchPreparation(engine)).toBe("ready");
      expect(searchIndexesPrepared(engine)).toBe(true);
      await searchIndexesReadyForRequest(engine);
    } finally {
      await meili.close();
    }
  });

  it("fills the embedded engine before the app listens, however long that takes", async () => {
    const engine = new EmbeddedSearchEngine();
    const outcome = await prepareSearchAtStart({ engine, waitAtMostMs: 0 });
    expect(outcome).toEqual({ ready: expect.objectContaining({ engine: "embedded" }) });
  });

  it("still refuses to start when what fails is not a search server's absence: a bug, or a key the server refuses", async () => {
    const engine = new EmbeddedSearchEngine();
    const broken = Object.assign(engine, { ensureIndex: () => Promise.reject(new Error("a bug in the engine")) });
    await expect(prepareSearchIfAvailable({ engine: broken })).rejects.toThrow("a bug in the engine");
    const meili = await startMeilisearchStandin();
    try {
      const wrongKey = createMeilisearchEngine({ url: meili.url, apiKey: "not-the-key", indexPrefix: "key_" });
      await expect(prepareSearchIfAvailable({ engine: wrongKey })).rejects.toThrow(/check MEILI_MASTER_KEY/);
    } finally {
      await meili.close();
    }
  });

  it("does not keep start-up waiting longer than the reader's time limit for a server that hangs", async () => {
    const meili = await startMeilisearchStandin();
    meili.state.stallEverything = true;
    try {
      const engine = createMeilisearchEngine({ url: meili.url, apiKey: meili.masterKey, indexPrefix: "hang_", searchTimeoutMs: 200 });
      const started = Date.now();
      expect(await prepareSearchIfAvailable({ engine })).toBeNull();
      expect(Date.now() - started).toBeLessThan(2_000);
    } finally {
      await meili.close();
    }
  });

  it("fails a batch once, not record by record, while the search server cannot answer", async () => {
    const meili = await startMeilisearchStandin();
    try {
      const engine = createMeilisearchEngine({ url: meili.url, apiKey: meili.masterKey, indexPrefix: "batch_", searchTimeoutMs: 200 });
      await prepareSearch({ engine }); // the indexes exist, then the server hangs
      await drainSearchOutbox({ engine });
      const ids = [];
      for (let i = 0; i < 4; i++) ids.push(await publishSolution(`储能集装箱 ${token()}`));
      meili.state.stallEverything = true;
      const since = meili.requests.length;
      const report = await processSearchOutbox({ engine });
      expect(report).toMatchObject({ failed: 4, synced: 0 });
      // One wait for the batch, not one more per record (each would wait for the server again).
      expect(meili.requests.length - since).toBeLessThanOrEqual(2);
      for (const id of ids) expect((await outboxRows(id)).map((row) => row.attempts)).toEqual([1]);
    } finally {
      meili.state.stallEverything = false;
      await meili.close();
    }
  });

  it("carries out a requested rebuild in the app process and records its progress", async () => {
    const engine = new EmbeddedSearchEngine();
    await prepareSearch({ engine });
    const { request, created } = await requestReindex(db.prisma, { source: "cli" });
    expect(created).toBe(true);
    expect((await requestReindex(db.prisma, { source: "review" })).created).toBe(false);

    const done = await runRequestedReindex({ engine });
    expect(done).toMatchObject({ id: request.id, status: "DONE", error: null });
    const scenarios = await countPublicRecords(SCENARIO_INDEX);
    const solutions = await countPublicRecords(SOLUTION_INDEX);
    expect(done!.progress).toEqual({ scenarios: { done: scenarios, total: scenarios }, solutions: { done: solutions, total: solutions } });
    expect(await engine.count(SCENARIO_INDEX)).toBe(scenarios);
    expect(await runRequestedReindex({ engine })).toBeNull();
  });
});
