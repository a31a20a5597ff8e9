// A spelling that finds more than the words typed is searched instead (ADR 0018 addendum, 2026-12-08): only for words
// that are in no record as written, never with a count that is not the page's, and the words' own results stay theirs.
// Written by a code review of the first version, which failed each of these.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serializeLocaleCookie } from "~/utils/locale.server";
import { startHttpApp } from "../setup/http-app";
import { createReviewer, createScenarioAt, createSoe } from "../setup/scenario-factories";
import { syncSearchIndex } from "../setup/search";
import { useTestSchema } from "../setup/test-database";

let db: Awaited<ReturnType<typeof useTestSchema>>;
let http: Awaited<ReturnType<typeof startHttpApp>>;
let enCookie: string;
const ids: Record<string, string> = {};
const DAY = 86_400_000;

beforeAll(async () => {
  db = await useTestSchema();
  http = await startHttpApp();
  enCookie = (await serializeLocaleCookie("en")).split(";")[0]!;
  const reviewer = await createReviewer();
  const owner = await createSoe(reviewer);
  const publish = (overrides: Parameters<typeof createScenarioAt>[4]) =>
    createScenarioAt("PUBLISHED", owner.user, owner.org.id, reviewer, { deadline: new Date(Date.now() + 60 * DAY), district: "LANSHAN", ...overrides });
  // An English record that writes a correctly spelled word one letter from a glossary word ("tracking" ~ "tracing").
  ids.vessel = (await publish({ title: "Vessel tracking for the port approach", summary: "AIS and radar tracking of ships waiting at anchor.", description: "Track every vessel from the anchorage to the berth." })).id;
  // Two Chinese records the glossary word (tracing → 溯源) finds.
  ids.trace1 = (await publish({ title: "冷链食品溯源平台", summary: "进口冷链食品全程溯源。", description: "扫码即可查看产品来源。" })).id;
  ids.trace2 = (await publish({ title: "钢材质量追溯系统", summary: "钢材从炼钢到出厂的质量追溯。", description: "每卷钢材一个二维码。" })).id;
  // "monitored" (two English records) against its glossary form "monitoring" (one Chinese record, 监测).
  ids.mon1 = (await publish({ title: "Pumps monitored remotely", summary: "Every pump is monitored from the control room.", description: "Alarms go to the duty engineer." })).id;
  ids.mon2 = (await publish({ title: "Tank levels monitored hourly", summary: "Fuel tanks monitored by radar gauges.", description: "Readings are stored for a year." })).id;
  ids.mon3 = (await publish({ title: "海洋牧场水质在线监测", summary: "对水温和溶解氧开展在线监测。", description: "浮标实时采集数据。" })).id;
  // A real misspelling: "inspecton" finds the English record by typo tolerance, "inspection" also the 巡检 ones.
  ids.crane = (await publish({ title: "Quay crane inspection by camera", summary: "Cameras on the cranes.", description: "Night shifts." })).id;
  ids.patrol1 = (await publish({ title: "码头皮带机智能巡检", summary: "皮带机托辊巡检。", description: "替代人工。" })).id;
  ids.patrol2 = (await publish({ title: "变电站机器人巡检", summary: "变电站巡检机器人。", description: "夜间巡检。" })).id;
  await syncSearchIndex();
});
afterAll(async () => {
  await http?.close();
  await db?.drop();
});

async function fetchPage(pathname: string, cookie?: string) {
  const response = await http.request(pathname, { cookie });
  const body = Buffer.from(await response.arrayBuffer()).toString("utf8").replace(/<!-- -->/g, "").replace(/<span lang="en">([^<]*)<\/span>/g, "$1");
  const count = body.match(/<p role="status"[^>]*>(?:共 (\d+) 个结果|(\d+) results?)/);
  return { status: response.status, location: response.headers.get("location"), body, count: count ? Number(count[1] ?? count[2]) : null };
}

describe("a correctly spelled word that records use is not replaced by a glossary word one letter away", () => {
  it("“tracking”, which an English record writes, shows that record; tracing (溯源) is only offered", async () => {
    const typed = await fetchPage("/scenarios?q=tracking&asTyped=1", enCookie);
    expect(typed.count).toBe(1); // the English record says "tracking"
    // It stays, with "Did you mean: tracing" (the first version replaced it by the two 溯源 records).
    const page = await fetchPage("/scenarios?q=tracking", enCookie);
    expect(page.location).toBeNull();
    expect(page.status).toBe(200);
    expect(page.body).toContain(`href="/scenarios/${ids.vessel}"`);
  });
});

describe("a hand-made or stale `typed=` makes the page say nothing untrue", () => {
  it("says “found only N” only where N is fewer than the results shown", async () => {
    // monitored finds 2, monitoring finds 1: the page never searches instead here, but the link can be made or kept.
    expect((await fetchPage("/scenarios?q=monitored&asTyped=1", enCookie)).count).toBe(2);
    const page = await fetchPage("/scenarios?q=monitoring&typed=monitored", enCookie);
    expect(page.count).toBe(1);
    // The first version said "“monitored” found only 2 results; showing results for “monitoring”." above one result.
    expect(page.body).not.toMatch(/found only 2 results/);
  });
});

describe("the words' own results (asTyped=1) stay theirs when the reader changes the order", () => {
  it("the sort form sent without JavaScript from the words' own page does not land on “inspection”", async () => {
    const own = await fetchPage("/scenarios?q=inspecton&asTyped=inspecton", enCookie);
    expect(own.count).toBe(1);
    // The form keeps the words as typed in a hidden field while the box holds them.
    expect(own.body).toMatch(/<input type="hidden" name="asTyped" value="inspecton"\/>/);
    // Sent without JavaScript it carries every field, empty ones too: canonicalFormHref, then searchInsteadHref.
    let pathname = "/scenarios?asTyped=inspecton&q=inspecton&deadline=&budgetFromMillion=&budgetToMillion=&sort=newest";
    for (let hops = 0; hops < 5; hops++) {
      const page = await fetchPage(pathname, enCookie);
      if (!page.location) break;
      pathname = page.location.replace(/^https?:\/\/[^/]+/, "");
    }
    // The first version sent the reader who chose "Search for “inspecton” instead" back to the correction.
    expect(new URL(pathname, "http://x").searchParams.get("q")).toBe("inspecton");
    // Its pages link on with the words kept; other words typed in the box are searched as any words are.
    expect(own.body).not.toContain("Search for “inspecton” instead");
    expect((await fetchPage("/scenarios?q=inspecton", enCookie)).location).toBe("/scenarios?q=inspection&typed=inspecton");
  });
});
