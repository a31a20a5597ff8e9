// The matching statistics of a large marketplace (more public records than SYNCHRONOUS_REBUILD_LIMIT): a change is
// picked up in the background, at most once a minute, and the version is read (in the background too) at most every
// few seconds — a rebuild
// reads every public record, and a marketplace edited every few seconds would otherwise rebuild back to back (a
// code review). Time is passed in (termStatistics' `now`), so nothing here waits.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  MIN_BACKGROUND_REBUILD_INTERVAL_MS,
  STATISTICS_TTL_MS,
  SYNCHRONOUS_REBUILD_LIMIT,
  termStatistics,
  VERSION_READ_INTERVAL_MS,
} from "~/modules/matching/recommendations.server";
import { SCENARIO_INDEX } from "~/modules/search/indexes";
import { createReviewer, createScenarioAt, createSoe } from "../setup/scenario-factories";
import { useTestSchema } from "../setup/test-database";

let db: Awaited<ReturnType<typeof useTestSchema>>;
let template: { id: string };
beforeAll(async () => {
  db = await useTestSchema();
  const reviewer = await createReviewer();
  const soe = await createSoe(reviewer);
  template = await createScenarioAt("PUBLISHED", soe.user, soe.org.id, reviewer, { title: "港区无人机巡检" });
  // More public scenarios than are rebuilt before answering, copies of one (their words do not matter here).
  const row = await db.prisma.scenario.findUniqueOrThrow({ where: { id: template.id } });
  const { id: _id, createdAt: _createdAt, updatedAt: _updatedAt, ...fields } = row;
  await db.prisma.scenario.createMany({ data: Array.from({ length: SYNCHRONOUS_REBUILD_LIMIT }, () => ({ ...fields })) });
}, 120_000);
afterAll(async () => {
  await db?.drop();
});

/**
 * The statistics a request at `at` is answered with, and the ones being built meanwhile (if any), once the version
 * comparison the request may have started in the background has ended.
 */
async function statisticsAt(at: number) {
  const served = await termStatistics(SCENARIO_INDEX, at);
  await globalThis.__sceneBridgeTermStatistics?.get(SCENARIO_INDEX)?.versionCheck;
  const refreshing = globalThis.__sceneBridgeTermStatistics?.get(SCENARIO_INDEX)?.refreshing;
  return { served, refreshing };
}

describe("the statistics of a large marketplace", () => {
  it("follow an edit in the background, at most once a minute, reading the version at most every few seconds", async () => {
    const start = Date.now();
    const first = await statisticsAt(start);
    expect(first.served.documents).toBe(SYNCHRONOUS_REBUILD_LIMIT + 1);
    expect(first.refreshing).toBeUndefined();

    // An edit right after the build: read (the version was never read since), but too soon to rebuild.
    await db.prisma.scenario.update({ where: { id: template.id }, data: { title: "港区无人机巡检（修订）" } });
    const soon = await statisticsAt(start + 1_000);
    expect(soon.served).toBe(first.served);
    expect(soon.refreshing).toBeUndefined();

    // A minute after the build began: rebuilt in the background, the old statistics answering meanwhile.
    const later = start + MIN_BACKGROUND_REBUILD_INTERVAL_MS;
    const due = await statisticsAt(later);
    expect(due.served).toBe(first.served);
    expect(due.refreshing).toBeDefined();
    const rebuilt = await due.refreshing!;
    expect(rebuilt).not.toBe(first.served);
    // Read again a minute later (nothing changed), when a change would be rebuilt at once…
    const read = later + MIN_BACKGROUND_REBUILD_INTERVAL_MS;
    expect((await statisticsAt(read)).served).toBe(rebuilt);
    // …and another edit: the version is next read a few seconds after that read; until then nothing is asked.
    await db.prisma.scenario.update({ where: { id: template.id }, data: { title: "港区无人机巡检（再次修订）" } });
    const unread = await statisticsAt(read + VERSION_READ_INTERVAL_MS - 1_000);
    expect(unread.served).toBe(rebuilt);
    expect(unread.refreshing).toBeUndefined();
    const reread = await statisticsAt(read + VERSION_READ_INTERVAL_MS);
    expect(reread.refreshing).toBeDefined();
    await reread.refreshing;

    // Whatever happened, statistics past their lifetime are rebuilt.
    const expired = await statisticsAt(read + VERSION_READ_INTERVAL_MS + STATISTICS_TTL_MS);
    expect(expired.refreshing).toBeDefined();
    await expired.refreshing;
  }, 120_000);
});
