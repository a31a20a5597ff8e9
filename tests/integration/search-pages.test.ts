// The faceted search pages (/scenarios, /solutions) over real HTTP with the search engine of the process:
// Chinese and English queries with highlights, each facet and its (disjunctive) counts, sorting, pages,
// hostile URLs, and above all that no draft, pending, archived or hidden record shows up — in hits or in a
// count — for anyone, even when the index has not caught up with the database yet.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { archiveScenario, closeScenario, decideScenario } from "~/modules/scenarios/scenarios.server";
import { MAX_WITHDRAWN_EXCLUDED, queueRepairOfStrayHits, withdrawnAwaitingSync } from "~/modules/search/documents.server";
import { SCENARIO_INDEX, SOLUTION_INDEX } from "~/modules/search/indexes";
import { enqueueSearchSync } from "~/modules/search/search-outbox.server";
import { getSearchEngine, prepareSearch, prepareSearchAtStart } from "~/modules/search/search-service.server";
import { solutionRecommendationsPanel } from "~/modules/matching/recommendation-panels.server";
import { drainSearchOutbox } from "~/modules/search/search-worker.server";
import { changeSolutionStatus, createSolution } from "~/modules/solutions/solutions.server";
import { serializeLocaleCookie } from "~/utils/locale.server";
import { createUser } from "../setup/factories";
import { startHttpApp } from "../setup/http-app";
import { startMeilisearchStandin, unreachableUrl, type MeilisearchStandin } from "../setup/meilisearch-standin";
import { createReviewer, createScenarioAt, createSoe } from "../setup/scenario-factories";
import { syncSearchIndex } from "../setup/search";
import { createFirm, createPublishedSolution, solutionInput } from "../setup/solution-factories";
import { useTestSchema } from "../setup/test-database";

let db: Awaited<ReturnType<typeof useTestSchema>>;
let http: Awaited<ReturnType<typeof startHttpApp>>;
let reviewer: Awaited<ReturnType<typeof createReviewer>>;
let owner: Awaited<ReturnType<typeof createSoe>>;
let otherSoe: Awaited<ReturnType<typeof createSoe>>;
let secretFirm: Awaited<ReturnType<typeof createFirm>>;
let enCookie: string;

const DAY = 86_400_000;
const inDays = (days: number) => new Date(Date.now() + days * DAY);
/** Every secret record's title carries it: a search for it must find nothing. */
const SECRET = "保密标记";
const ids: Record<string, string> = {};
const secretScenarioIds: string[] = [];
const secretSolutionIds: string[] = [];

beforeAll(async () => {
  db = await useTestSchema();
  http = await startHttpApp();
  enCookie = (await serializeLocaleCookie("en")).split(";")[0]!;
  reviewer = await createReviewer();
  owner = await createSoe(reviewer);
  otherSoe = await createSoe(reviewer);
  const publish = (overrides: Parameters<typeof createScenarioAt>[4]) => createScenarioAt("PUBLISHED", owner.user, owner.org.id, reviewer, overrides);

  // Public scenarios.
  ids.s1 = (await publish({ title: "日照港集装箱码头无人机智能巡检", deadline: inDays(20), district: "DONGGANG", mode: "CHALLENGE", categoryId: "cat_low_altitude", budgetMin: 50, budgetMax: 200, expectedFirstUnitTypes: ["FIRST_SET"] })).id;
  ids.s2 = (
    await publish({
      title: "Port crane inspection with computer vision",
      summary: "Automated inspection of quay cranes using cameras and AI models.",
      description: "Cameras on the quay cranes feed a model that finds cracks and corrosion during night shifts.",
      tags: ["vision"],
      industryChain: ["ports"],
      deadline: inDays(60),
      district: "LANSHAN",
      mode: "OPEN_CALL",
      categoryId: "cat_digital",
      budgetMin: 300,
      budgetMax: 800,
      expectedFirstUnitTypes: ["FIRST_VERSION"],
    })
  ).id;
  ids.s3 = (await publish({ title: "海洋牧场水质在线监测", summary: "对海洋牧场的水温、溶解氧和盐度开展在线监测与预警。", description: "在三个海洋牧场布设浮标，实时采集水质数据，异常时向养殖户推送预警。", tags: ["水质"], industryChain: ["海洋经济"], deadline: inDays(120), district: "JUXIAN", mode: "INVITATION", categoryId: "cat_marine", budgetMin: 10, budgetMax: 40, expectedFirstUnitTypes: [] })).id;
  ids.s4 = (
    await publish({
      title: "钢铁厂料场无人机盘库",
      summary: "料场<script>alert(1)</script>无人机盘库 & 测温，替代人工测量。",
      deadline: inDays(10),
      district: "LANSHAN",
      mode: "CHALLENGE",
      categoryId: "cat_low_altitude",
      budgetMin: 1000,
      budgetMax: 2000,
      expectedFirstUnitTypes: ["FIRST_SET", "FIRST_BATCH"],
    })
  ).id;
  await closeScenario({ id: owner.user.id }, ids.s4);

  // Scenarios nobody may find on the public pages: all in 五莲县 and 生物医药与健康, so a count would give them away.
  const secret = { district: "WULIAN" as const, categoryId: "cat_health", mode: "INVITATION" as const };
  secretScenarioIds.push((await createScenarioAt("DRAFT", owner.user, owner.org.id, reviewer, { ...secret, title: `${SECRET}草稿无人机需求` })).id);
  secretScenarioIds.push((await createScenarioAt("PENDING_REVIEW", owner.user, owner.org.id, reviewer, { ...secret, title: `${SECRET}待审无人机需求` })).id);
  const changes = await createScenarioAt("PENDING_REVIEW", owner.user, owner.org.id, reviewer, { ...secret, title: `${SECRET}退回修改无人机需求` });
  await decideScenario({ id: reviewer.id }, changes.id, { decision: "requestChanges", reason: "请补充技术指标", batch: "" });
  secretScenarioIds.push(changes.id);
  const archived = await publish({ ...secret, title: `${SECRET}已归档无人机需求` });
  await archiveScenario({ id: owner.user.id, kind: "owner" }, archived.id);
  secretScenarioIds.push(archived.id);
  const hidden = await publish({ ...secret, title: `${SECRET}已隐藏无人机需求` });
  await db.prisma.scenario.update({ where: { id: hidden.id }, data: { hidden: true, hiddenReason: "举报核实" } });
  secretScenarioIds.push(hidden.id);

  // Public solutions of three firms in three districts and tiers.
  const sme = await createFirm({ verifier: reviewer, tier: "TECH_SME" });
  const highTech = await createFirm({ verifier: reviewer, tier: "HIGH_TECH" });
  await db.prisma.organization.update({ where: { id: highTech.orgId }, data: { district: "LANSHAN", flags: ["SPECIALIZED", "LITTLE_GIANT"] } });
  const leader = await createFirm({ verifier: reviewer, tier: "TECH_LEADER" });
  await db.prisma.organization.update({ where: { id: leader.orgId }, data: { district: "JUXIAN" } });
  ids.p1 = await createPublishedSolution(sme, { title: "港口无人机智能巡检系统", trl: 7, priceMin: 50, priceMax: 120, firstUnitStatus: "RECOGNISED", firstUnitType: "FIRST_SET", firstUnitCertificate: "SD-2025-001", firstUnitYear: 2025 });
  ids.p2 = await createPublishedSolution(highTech, {
    title: "Drone inspection analytics platform",
    summary: "Computer vision inspection for wind turbines and cranes.",
    description: "Flight planning, image capture and defect detection for large steel structures.",
    tags: ["vision"],
    industryChain: ["energy"],
    categoryId: "cat_digital",
    trl: 9,
    priceMin: 300,
    priceMax: 600,
  });
  ids.p3 = await createPublishedSolution(leader, {
    title: "海水淡化反渗透膜材料",
    summary: "自主研发的高通量反渗透膜，用于海岛供水。",
    description: "膜通量比进口产品高两成，已在海岛水厂连续运行一年。",
    tags: ["膜材料"],
    industryChain: ["海洋经济"],
    categoryId: "cat_marine",
    trl: 4,
    priceMin: 10,
    priceMax: 30,
    independentInnovation: true,
    seekingInvestment: true,
    investmentStage: "SERIES_A",
    investmentAmount: 500,
    firstUnitStatus: "APPLYING",
    firstUnitType: "FIRST_BATCH",
  });

  // Solutions nobody may find: a startup in 五莲县, in 生物医药与健康.
  secretFirm = await createFirm({ verifier: reviewer, tier: "STARTUP" });
  await db.prisma.organization.update({ where: { id: secretFirm.orgId }, data: { district: "WULIAN", flags: ["SPECIALIZED"] } });
  const secretSolution = { categoryId: "cat_health", trl: 2, priceMin: 5000, priceMax: 9000 };
  secretSolutionIds.push((await createSolution({ id: secretFirm.owner.id }, secretFirm.firm, solutionInput({ ...secretSolution, title: `${SECRET}草稿无人机方案` }))).id);
  const archivedSolution = await createPublishedSolution(secretFirm, { ...secretSolution, title: `${SECRET}已归档无人机方案` });
  await changeSolutionStatus({ id: secretFirm.owner.id }, secretFirm.firm, archivedSolution, "archive");
  secretSolutionIds.push(archivedSolution);
  const hiddenSolution = await createPublishedSolution(secretFirm, { ...secretSolution, title: `${SECRET}已隐藏无人机方案` });
  await db.prisma.solution.update({ where: { id: hiddenSolution }, data: { hidden: true, hiddenReason: "举报核实" } });
  secretSolutionIds.push(hiddenSolution);

  await syncSearchIndex();
});
afterAll(async () => {
  await http?.close();
  await db?.drop();
});

type Page = { status: number; body: string; hits: string[]; count: number | null };

async function get(pathname: string, cookie?: string): Promise<Page> {
  const response = await http.request(pathname, { cookie });
  const bytes = Buffer.from(await response.arrayBuffer());
  // React 18 pads streamed chunks with NUL bytes around Chinese text; entry.server strips them.
  expect(bytes.includes(0), `NUL byte in ${pathname}`).toBe(false);
  const body = bytes.toString("utf8");
  const kind = pathname.startsWith("/solutions") ? "solutions" : "scenarios";
  const hits = [...body.matchAll(new RegExp(`href="/${kind}/([A-Za-z0-9_-]+)"`, "g"))].map((match) => match[1]!);
  const count = body.match(/<p role="status"[^>]*>(?:共 (\d+) 个结果|(\d+) results?)</);
  return { status: response.status, body, hits, count: count ? Number(count[1] ?? count[2]) : null };
}

/**
 * The tag lists of a results page's cards (`<ul aria-label="标签">`), each chip as its text with the engine's
 * <mark>s kept and every other tag dropped.
 */
function tagLists(body: string, label: string): string[][] {
  return [...body.matchAll(new RegExp(`<ul aria-label="${label}"[^>]*>(.*?)</ul>`, "g"))].map((list) =>
    [...list[1]!.matchAll(/<li[^>]*>(.*?)<\/li>/g)].map((item) => item[1]!.replace(/<(?!\/?mark>)[^>]*>/g, "")),
  );
}

/**
 * Tags matched by a search are highlighted one by one, each a chip of its own (the engines answer an array
 * field with an array of highlights), on Chinese and English pages alike; on the English page the Chinese tags
 * are marked zh-CN. s1 holds the factories' tags 无人机 and 巡检, p2 the tag "vision".
 */
async function expectHighlightedTagChips() {
  const zh = await get(`/scenarios?q=${q("无人机")}`);
  expect(zh.hits).toContain(ids.s1);
  expect(tagLists(zh.body, "标签")).toContainEqual(["<mark>无人机</mark>", "巡检"]);
  const en = await get(`/scenarios?q=${q("无人机")}`, enCookie);
  expect(tagLists(en.body, "Tags")).toContainEqual(["<mark>无人机</mark>", "巡检"]);
  expect(en.body).toMatch(/<li[^>]*><span lang="zh-CN"[^>]*><mark>无人机<\/mark><\/span><\/li><li[^>]*><span lang="zh-CN">巡检<\/span><\/li>/);
  const solutions = await get("/solutions?q=vision", enCookie);
  expect(solutions.hits).toContain(ids.p2);
  expect(tagLists(solutions.body, "Tags")).toContainEqual(["<mark>vision</mark>"]);
}

/**
 * The default (relevance) order of /scenarios: s4, closed early, is the most relevant record for 盘库 无人机 (both
 * words in its title and summary) but comes after s1, which takes bids and has only 无人机; an explicit sort is
 * not changed by it (by budget, s4's 2000 万元 leads).
 */
async function expectOpenScenariosFirst() {
  // In the districts of s1 (东港区) and s4 (岚山区): the pagination tests add open scenarios elsewhere.
  const districts = "district=DONGGANG&district=LANSHAN";
  for (const search of [`q=${q("无人机 盘库")}`, `q=${q("盘库")}`]) expect((await get(`/scenarios?${search}&${districts}`)).hits, search).toEqual([ids.s4]);
  for (const search of [`q=${q("无人机")}`, `q=${q("无人机")}&sort=relevance`]) {
    expect((await get(`/scenarios?${search}&${districts}`)).hits, search).toEqual([ids.s1, ids.s4]);
  }
  expect((await get(`/scenarios?q=${q("无人机")}&${districts}&sort=budget`)).hits).toEqual([ids.s4, ids.s1]);
}

/** The page without the lang="en" marks a Chinese page puts on the Latin words of its own sentences (MixedText). */
/** The <input> tag of the named field (its attributes in whatever order React writes them). */
const inputTag = (html: string, name: string) => html.match(new RegExp(`<input[^>]*name="${name}"[^>]*>`))?.[0] ?? "";
/**
 * Where a search page whose words found nothing went to search its suggestion instead (the redirect's address),
 * or null when it answered with its own page.
 */
async function searchedInstead(pathname: string, cookie?: string): Promise<string | null> {
  const response = await http.request(pathname, { cookie });
  if (response.status !== 302) {
    expect(response.status, pathname).toBe(200);
    return null;
  }
  return response.headers.get("location");
}

const withoutEnMarks = (html: string) => html.replace(/<span lang="en">([^<]*)<\/span>/g, "$1");

/** The values of the ticked checkboxes called `name`. */
function checked(body: string, name: string): string[] {
  return [...body.matchAll(/<input [^>]*>/g)]
    .map((match) => match[0])
    .filter((tag) => tag.includes('type="checkbox"') && tag.includes(`name="${name}"`) && / checked=""/.test(tag))
    .map((tag) => tag.match(/value="([^"]*)"/)![1]!);
}

const q = (text: string) => new URLSearchParams({ q: text }).toString().slice(2);

describe("full-text search", () => {
  it("shows a record's tags as chips, each matched one highlighted on its own", async () => {
    await expectHighlightedTagChips();
  });

  it("finds Chinese words and highlights them", async () => {
    const page = await get(`/scenarios?q=${q("无人机")}`);
    expect(page.status).toBe(200);
    expect(page.hits.sort()).toEqual([ids.s1, ids.s4].sort());
    expect(page.count).toBe(2);
    expect(page.body).toContain("日照港集装箱码头<mark>无人机</mark>智能巡检");
    expect(page.body).toContain("共 2 个结果");
    // The title of the page and the box say what was searched.
    expect(page.body).toMatch(/<title>“无人机”的应用场景需求/);
    expect(page.body).toMatch(/<input[^>]*name="q"[^>]*value="无人机"/);

    // The bilingual glossary: 巡检 also finds the English record that says "inspection".
    const solutions = await get(`/solutions?q=${q("巡检")}`);
    expect(solutions.hits.sort()).toEqual([ids.p1, ids.p2].sort());
    expect(solutions.body).toContain("港口无人机智能<mark>巡检</mark>系统");
    expect(solutions.body).toContain("Drone <mark>inspection</mark> analytics platform");
  });

  it("finds English words on the English page, in English records and, through the glossary, in Chinese ones", async () => {
    // s1 says 巡检 in its title, s4 in the factory's description (人工巡检); s3 is about water quality.
    const page = await get("/scenarios?q=inspection", enCookie);
    expect(page.hits.sort()).toEqual([ids.s1, ids.s2, ids.s4].sort());
    expect(page.body).toContain("Port crane <mark>inspection</mark> with computer vision");
    expect(page.body).toContain("Automated <mark>inspection</mark> of quay cranes");
    expect(page.body).toContain("日照港集装箱码头无人机智能<mark>巡检</mark>");
    expect(page.body).toContain("3 results");
    // Amounts and dates as an English reader reads them: s1's budget of 50–200 万元, s2's 300–800 万元.
    expect(page.body).toContain("500k–2M CNY");
    expect(page.body).toContain("3M–8M CNY");
    expect(page.body).not.toContain("× 10k CNY");
    // A solution's investment sought likewise: p3 seeks 500 万元 in a Series A round.
    expect((await get(`/solutions/${ids.p3}`, enCookie)).body).toContain("Series A, 5M CNY");
    expect((await get(`/solutions/${ids.p3}`)).body).toMatch(/A 轮，500 万元/);
    // Records' own text says its language where the page's differs, so a screen reader switches voice.
    expect(page.body).toMatch(/<span lang="zh-CN"[^>]*>日照港集装箱码头无人机智能<mark>巡检<\/mark><\/span>/);
    expect(page.body).toMatch(/<span lang="zh-CN">日照测试集团有限公司/);
    expect(page.body).toMatch(/<span class="[^"]*">Port crane <mark>inspection<\/mark>/);
    expect((await get("/solutions?q=drone", enCookie)).body).toMatch(/Published by <span lang="zh-CN">[^<]+<\/span>/);
    const chinese = await get("/scenarios?q=inspection");
    expect(chinese.body).toMatch(/<span lang="en"[^>]*>Port crane <mark>inspection<\/mark> with computer vision<\/span>/);
    expect(page.body).toMatch(/Deadline \d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec) 20\d\d/);

    // A sentence: stop words are left out, plurals count ("cranes" → 岸桥 in the factory description of s1 and s4).
    const sentence = await get(`/scenarios?q=${q("inspection of the port cranes")}`, enCookie);
    expect(sentence.hits.sort()).toEqual([ids.s1, ids.s2, ids.s4].sort());

    // Several English words: each may be found in either language ("ocean" → 海洋, "monitoring" → 监测).
    const marine = await get(`/scenarios?q=${q("ocean ranch monitoring")}`, enCookie);
    expect(marine.hits).toEqual([ids.s3]);
    expect(marine.body).toContain("<mark>海洋牧场</mark>水质在线<mark>监测</mark>");
    expect(page.body).toContain("Search scenarios");

    const solutions = await get("/solutions?q=Inspection+PLATFORM", enCookie);
    expect(solutions.hits).toEqual([ids.p2]);
    expect(solutions.body).toContain("Drone <mark>inspection</mark> analytics <mark>platform</mark>");

    // 无人机 ↔ drone are synonyms in the index settings.
    const drone = await get("/scenarios?q=drone", enCookie);
    expect(drone.hits.sort()).toEqual([ids.s1, ids.s4].sort());
  });

  it("reads an English possessive as its word, and offers the glossary's form of an inflected word", async () => {
    const drone = await get(`/scenarios?q=${q("drone")}`);
    expect(drone.hits.length).toBeGreaterThan(0);
    for (const words of ["drone's", "Drone’s"]) expect((await get(`/scenarios?q=${q(words)}`)).hits, words).toEqual(drone.hits);
    // "inspected" is in no record: the page searches the glossary's form instead, and says so.
    expect(await searchedInstead("/scenarios?q=inspected")).toBe("/scenarios?q=inspection&typed=inspected");
    expect(await searchedInstead("/scenarios?q=inspect")).toBe("/scenarios?q=inspection&typed=inspect");
    const instead = await get("/scenarios?q=inspection&typed=inspected");
    expect(instead.hits.length).toBeGreaterThan(0);
    expect(withoutEnMarks(instead.body)).toContain("没有找到与“inspected”相关的结果，已为您显示“inspection”的结果。");
    expect(instead.body).toMatch(/<input[^>]*name="q"[^>]*value="inspection"/);
    const insteadEn = await get("/scenarios?q=inspection&typed=inspected", enCookie);
    expect(insteadEn.body).toContain("No results for “inspected”; showing results for “inspection”.");
    // Its result count says it to screen readers too; the links of the page no longer carry the words typed.
    expect(insteadEn.body).toMatch(/<p role="status"[^>]*>[^<]*<span class="sr-only"> (<!-- -->)?No results for “inspected”/);
    // …and only there: the line above the results is the same sentence, hidden from them (it was read twice).
    expect(insteadEn.body).toMatch(/<span aria-hidden="true">(<!-- -->)?No results for “inspected”/);
    // Words that found nothing get no link back to them.
    expect(insteadEn.body).not.toContain("asTyped=");
    expect(insteadEn.body).not.toMatch(/href="[^"]*typed=/);
    // A hand-made `typed` puts no words in the page's sentence: only the words whose suggestion this page searched.
    for (const made of ["/scenarios?q=wrj&typed=wrj", "/scenarios?typed=foo", `/scenarios?q=${q("无人机")}&typed=${q("官方通知：请联系")}`, "/scenarios?q=inspection&typed=drone"]) {
      expect(await searchedInstead(made), made).toBeNull();
      expect((await get(made)).body, made).not.toContain("已为您显示");
    }
    // An amount the page cannot use would be lost on a new address: the page stays, with the link.
    const withAmount = await get("/scenarios?q=inspected&budgetFrom=abc");
    expect(withAmount.status).toBe(400);
    expect(withoutEnMarks(withAmount.body)).toMatch(/您是不是要找：<a[^>]*href="\/scenarios\?q=inspection"/);
    // A language link first switches the language (the root's redirect), then the words are searched instead.
    const english = await http.request("/scenarios?q=inspected&lang=en");
    expect(english.status).toBe(302);
    expect(english.headers.get("location")).toBe("/scenarios?q=inspected");
  });

  it("finds one Chinese character inside longer words and marks just the character", async () => {
    // s1 has it in its title (日照港), s4 in its industry chain (港口物流); s2 says "port" only in English.
    const page = await get(`/scenarios?q=${q("港")}`);
    expect(page.status).toBe(200);
    expect(page.hits.sort()).toEqual([ids.s1, ids.s4].sort());
    expect(page.body).toContain("日照<mark>港</mark>集装箱码头无人机智能巡检");
    const solutions = await get(`/solutions?q=${q("机")}`);
    expect(solutions.hits).toContain(ids.p1);
    expect(solutions.body).toContain("港口无人<mark>机</mark>智能巡检系统");
  });

  it("escapes what records say: only the engine's <mark> is HTML", async () => {
    const page = await get(`/scenarios?q=${q("盘库")}`);
    expect(page.hits).toEqual([ids.s4]);
    expect(page.body).not.toContain("<script>alert(1)</script>");
    expect(page.body).toContain("料场&lt;script&gt;alert(1)&lt;/script&gt;无人机<mark>盘库</mark> &amp; 测温");
  });

  it("offers the corrected spelling of a misspelt English glossary word as a link that keeps the filters", async () => {
    // (The correction finds more here, so the page would search it instead: the words' own page, as its link back.)
    expect(await searchedInstead(`/scenarios?q=${q("port inspecton")}&district=LANSHAN`, enCookie)).toBe("/scenarios?q=port+inspection&district=LANSHAN&typed=port+inspecton");
    const page = await get(`/scenarios?q=${q("port inspecton")}&district=LANSHAN&asTyped=${q("port inspecton")}`, enCookie);
    expect(page.status).toBe(200);
    expect(page.body).toMatch(/Did you mean: <a[^>]*href="\/scenarios\?q=port\+inspection&amp;district=LANSHAN"[^>]*>port inspection<\/a>/);
    const zh = await get(`/solutions?q=${q("drnoe 平台")}`);
    expect(zh.body).toMatch(/您是不是要找：<a[^>]*href="\/solutions\?q=drone\+%E5%B9%B3%E5%8F%B0"[^>]*><span lang="en">drone<\/span> 平台<\/a>/);
    // Following it searches the glossary word: 巡检 in Chinese records, "inspection" in English ones.
    const corrected = await get("/scenarios?q=inspection", enCookie);
    expect(corrected.hits.sort()).toEqual([ids.s1, ids.s2, ids.s4].sort());
    expect(corrected.body).not.toContain("Did you mean");
    // Nothing to correct: a Chinese query, a word no glossary word is close to.
    for (const text of ["无人机", "zzzzqqq"]) expect((await get(`/scenarios?q=${q(text)}`)).body).not.toContain("您是不是要找");
    // A short word is no typo (tolerance starts at five letters), but when it finds nothing, the glossary word it
    // begins is offered — the suggested search finds the drone scenarios (Meilisearch reads the last word as a prefix).
    // Offered, not searched instead: a completion is a guess at a longer word ("Pre-A", a financing round, was searched
    // as "prediction-A": a QA review), so the page stays on the words typed, and a hand-made claim that it searched the
    // guess instead is not believed.
    expect(await searchedInstead("/scenarios?q=dron", enCookie)).toBeNull();
    expect((await get("/scenarios?q=dron", enCookie)).body).toMatch(/Did you mean: <a[^>]*href="\/scenarios\?q=drone"[^>]*>drone<\/a>/);
    expect((await get("/scenarios?q=drone", enCookie)).count).toBeGreaterThan(0);
    expect(await searchedInstead("/scenarios?q=Pre-A", enCookie)).toBeNull();
    expect(await searchedInstead("/scenarios?q=insp", enCookie)).toBeNull();
    const guessed = await get("/scenarios?q=insp", enCookie);
    expect(guessed.count).toBe(0);
    expect(guessed.body).toMatch(/Did you mean: <a[^>]*href="\/scenarios\?q=inspection"[^>]*>inspection<\/a>/);
    expect((await get("/scenarios?q=inspection&typed=insp", enCookie)).body).not.toContain("showing results for");
    // On an English page the Chinese words of a suggestion are marked as Chinese, for a screen reader's voice.
    expect(await searchedInstead(`/scenarios?q=${q("wurenji")}`, enCookie)).toBe(`/scenarios?q=${q("无人机")}&typed=wurenji`);
    expect((await get(`/scenarios?q=${q("无人机")}&typed=wurenji`, enCookie)).body).toMatch(/showing results for “(<!-- -->)?<span lang="zh-CN">无人机<\/span>/);
    // Pinyin typed without an input method finds nothing; the glossary words it spells are offered, when they find something.
    expect(await searchedInstead(`/scenarios?q=${q("wurenji xunjian")}&district=DONGGANG`)).toBe(`/scenarios?q=${q("无人机巡检")}&district=DONGGANG&typed=wurenji+xunjian`);
    expect((await get(`/scenarios?q=${q("无人机巡检")}&district=DONGGANG`)).hits).toEqual([ids.s1]);
    // Initials (wrj xj would be ambiguous: xj is more than one glossary word; wrj is only 无人机).
    expect(await searchedInstead("/scenarios?q=wrj")).toBe(`/scenarios?q=${q("无人机")}&typed=wrj`);
    // A page that already searched instead does not search again (nor loop): it shows what it found.
    expect(await searchedInstead(`/scenarios?q=wrj&typed=wrj`)).toBeNull();
    // Words the domain dictionary keeps whole are left out whole (jieba alone cut 视觉大模型 as 视觉 | 大 | 模型).
    const model = await get(`/scenarios?q=${q("无人机巡检大模型")}`);
    expect(model.count).toBe(0);
    expect(model.body).toContain("去掉“大模型”");
    expect(model.body).not.toMatch(/去掉“[^”]*大”/);
    // On an English page the Chinese a query quotes is marked as Chinese: the heading and the words to leave out.
    const modelEn = await get(`/scenarios?q=${q("无人机巡检大模型")}`, enCookie);
    expect(modelEn.body).toMatch(/No results for “(<!-- -->)?<span lang="zh-CN">无人机巡检大模型<\/span>/);
    expect(modelEn.body).toMatch(/without “(<!-- -->)?<span lang="zh-CN">大模型<\/span>/);
    // Two filters that exclude each other: no single removal helps, the words alone do, and the page says so.
    const excluding = await get(`/scenarios?q=${q("无人机")}&district=JUXIAN&mode=OPEN_CALL`);
    expect(excluding.count).toBe(0);
    const wordsAlone = (await get(`/scenarios?q=${q("无人机")}`)).count;
    expect(excluding.body).toContain(`只保留关键词“无人机”，去掉全部筛选（${wordsAlone} 个结果）`);
    expect(excluding.body).toContain(`href="/scenarios?q=%E6%97%A0%E4%BA%BA%E6%9C%BA"`);
    // The words find records, the filters none: the heading says so, and there is no advice on spelling.
    expect(excluding.body).toContain(`“无人机”有 ${wordsAlone} 个结果，但没有一个符合所选的筛选条件`);
    expect(excluding.body).not.toContain("没有找到与“无人机”相关的结果");
    expect(excluding.body).not.toContain("检查关键词是否有错别字");
    // Removing the words would find something (s3 is 莒县 and 定向邀请), removing either filter nothing: the heading's
    // results are still a link away (a QA review found the heading's 10 results with no way to them).
    const wordsInTheWay = await get(`/scenarios?q=${q("无人机")}&district=JUXIAN&mode=INVITATION`);
    expect(wordsInTheWay.count).toBe(0);
    expect(wordsInTheWay.body).toContain(`“无人机”有 ${wordsAlone} 个结果，但没有一个符合所选的筛选条件`);
    expect(wordsInTheWay.body).toContain(`只保留关键词“无人机”，去掉全部筛选（${wordsAlone} 个结果）`);
    // And where removing one filter helps, both ways are offered.
    const oneInTheWay = await get(`/scenarios?q=${q("无人机")}&district=DONGGANG&mode=OPEN_CALL`);
    expect(oneInTheWay.count).toBe(0);
    expect(oneInTheWay.body).toContain(`只保留关键词“无人机”，去掉全部筛选（${wordsAlone} 个结果）`);
    expect(oneInTheWay.body).toContain("征集方式：公开征集（去掉后 1 个结果）");
    // One filter in the way: removing it is the advice, and there is no "keep only the words".
    const oneFilter = await get(`/scenarios?q=${q("无人机")}&district=JUXIAN`);
    expect(oneFilter.count).toBe(0);
    expect(oneFilter.body).not.toContain("只保留关键词");
    expect(oneFilter.body).toContain(`“无人机”有 ${wordsAlone} 个结果，但没有一个符合所选的筛选条件`);
    expect((await get(`/scenarios?q=${q("无人机")}&district=JUXIAN`, enCookie)).body).toMatch(
      new RegExp(`“(<!-- -->)?<span lang="zh-CN">无人机</span>(<!-- -->)?” has (<!-- -->)?${wordsAlone}(<!-- -->)? results, but none of them match the filters you chose`),
    );
    // 冷链 (lenglian) is a glossary word no record here has: nothing to offer.
    expect((await get("/scenarios?q=lenglian")).body).not.toContain("您是不是要找");
    // Nor is a correct spelling of it offered: "cold chain" would find nothing either, a dead end offered as help
    // (a QA review found 44 such suggestions on /scenarios). The same misspelling of a word records have is offered.
    expect((await get(`/scenarios?q=${q("cold chian")}`, enCookie)).body).not.toContain("Did you mean");
    expect((await get("/scenarios?q=cold+chain", enCookie)).count).toBe(0);
    expect((await get(`/scenarios?q=${q("inspecton")}&asTyped=inspecton`, enCookie)).body).toContain("Did you mean");
    // A query longer than a search reads is cut at a space, and the page says so.
    const long = await get(`/scenarios?q=${q("drone ".repeat(400))}`, enCookie);
    expect(long.status).toBe(200);
    expect(long.body).toContain("Your keywords were too long; only the first 100 characters were searched.");
    expect(long.hits.length).toBeGreaterThan(0);
    expect((await get(`/scenarios?q=${q("无人机".repeat(40))}`)).body).toContain("关键词太长，只搜索了前 100 个字符。");
    // The box lets a longer query reach the server, which says it was cut (the browser would cut it silently).
    expect((await get("/scenarios")).body).toMatch(/<input[^>]*name="q"[^>]*maxLength="500"/);
    expect((await get("/scenarios?q=drone", enCookie)).body).not.toContain("too long");
    // Only on an empty page: "port" finds records and is offered nothing.
    expect((await get("/scenarios?q=port", enCookie)).body).not.toContain("Did you mean");
  });

  it("searches the correction instead where the misspelt word finds fewer, says how few, and links back to them", async () => {
    // The engine's typo tolerance finds "inspecton" in the English record alone; the correction also finds the Chinese
    // ones (巡检). A QA review: once one English record said "inspection", the misspelling showed it alone.
    expect((await get("/scenarios?q=inspecton&asTyped=inspecton", enCookie)).hits).toEqual([ids.s2]);
    const corrected = await get("/scenarios?q=inspection", enCookie);
    expect(corrected.hits.length).toBeGreaterThan(1);
    expect(await searchedInstead("/scenarios?q=inspecton", enCookie)).toBe("/scenarios?q=inspection&typed=inspecton");
    for (const [cookie, sentence, back] of [
      [enCookie, "“inspecton” found only 1 result; showing results for “inspection”.", "Search for “inspecton” instead"],
      [undefined, "“inspecton”只找到 1 个结果，已为您显示“inspection”的结果。", "仍然搜索“inspecton”"],
    ] as const) {
      const page = await get("/scenarios?q=inspection&typed=inspecton", cookie);
      const body = withoutEnMarks(page.body).replace(/<!-- -->/g, "");
      expect(page.hits.sort()).toEqual(corrected.hits.sort());
      // Above the results, hidden from screen readers, whose status line says it with the count.
      expect(body).toContain(`<span aria-hidden="true">${sentence}</span>`);
      expect(body).toMatch(new RegExp(`<p role="status"[^>]*>[^<]*<span class="sr-only"> ${sentence.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}</span></p>`));
      // The way back to the words typed, which are then not replaced again.
      expect(body).toContain(`<a class="font-normal text-brand-700 underline" data-discover="true" href="/scenarios?q=inspecton&amp;asTyped=inspecton">${back}</a>`);
    }
    expect(await searchedInstead("/scenarios?q=inspecton&asTyped=inspecton", enCookie)).toBeNull();
    // Found as many as the correction: the words' own page, which offers it.
    const same = await get("/scenarios?q=inspection", enCookie);
    expect(same.body).not.toMatch(/Did you mean|您是不是要找/);
    // A later page of the words' results is theirs.
    expect(await searchedInstead("/scenarios?q=inspecton&page=2", enCookie)).toBeNull();
  });

  it("offers the filter a policy term names (首台套 → expected first-unit type, 揭榜挂帅 → mode), with its count", async () => {
    // Records seldom write these words in their text: they are fields, shown as facets. Searching for them
    // alone found nothing on /scenarios (QA review, 2026-12-05).
    const firstSet = await get("/scenarios?firstUnit=FIRST_SET");
    expect(firstSet.hits).toEqual(expect.arrayContaining([ids.s1, ids.s4]));
    for (const word of ["首台套", "首台（套）", "首台(套)"]) {
      const page = await get(`/scenarios?q=${q(word)}`);
      // No record writes it, so the "nothing found" box leads with the filter, not with advice on spelling (QA review:
      // a bare "no results" read as a dead end).
      expect(page.count, word).toBe(0);
      expect(page.body, word).toContain(`没有记录的文字写有“${word}”，但其中有筛选条件的名称`);
      expect(page.body, word).toContain("按条件筛选：");
      expect(page.body, word).not.toContain("检查关键词是否有错别字");
      expect(page.body, word).toMatch(new RegExp(`<a[^>]*href="/scenarios\\?firstUnit=FIRST_SET"[^>]*>期望首台套类型：首台（套）（${firstSet.count} 个结果）</a>`));
    }
    // The other words stay the query; the count is the filtered search's and leaves out every non-public record.
    const challengeDrones = await get(`/scenarios?q=${q("无人机")}&mode=CHALLENGE`);
    expect(challengeDrones.count).toBeGreaterThan(0);
    const mixed = await get(`/scenarios?q=${q("揭榜挂帅 无人机")}`, enCookie);
    expect(mixed.body).toContain("Filter by");
    expect(mixed.body).toMatch(new RegExp(`<a[^>]*href="/scenarios\\?q=${q("无人机")}&amp;mode=CHALLENGE"[^>]*>Mode: Challenge – (<!-- -->)?<span lang="zh-CN">揭榜挂帅</span>(<!-- -->)? \\(${challengeDrones.count} results?\\)</a>`));
    const invitation = await get("/scenarios?mode=INVITATION");
    expect(invitation.hits).toEqual([ids.s3]);
    expect((await get(`/scenarios?q=${q("定向邀请")}`)).body).toMatch(/mode=INVITATION"[^>]*>征集方式：定向邀请（1 个结果）</);
    // A value already selected is offered as the page without its naming words (they find only records that say
    // them); nothing is offered on later pages or for ordinary words.
    const selected = await get(`/scenarios?q=${q("首台套")}&firstUnit=FIRST_SET`);
    expect(selected.body).toMatch(
      new RegExp(`<a[^>]*href="/scenarios\\?firstUnit=FIRST_SET"[^>]*>期望首台套类型：首台（套）（${firstSet.count} 个结果）</a>`),
    );
    // That page is offered once in the "nothing found" box, as the named filter, not also as "remove the words"
    // (the bar of applied filters above it removes the words as on every page).
    expect(selected.body.split(`href="/scenarios?firstUnit=FIRST_SET"`)).toHaveLength(3);
    // Nor, with another word, as "leave out 首台套" (no record writes 首台套, so the page is empty).
    expect((await get(`/scenarios?q=${q("无人机")}&firstUnit=FIRST_SET`)).count).toBeGreaterThan(0);
    const selectedWithWords = await get(`/scenarios?q=${q("无人机 首台套")}&firstUnit=FIRST_SET`);
    expect(selectedWithWords.count).toBe(0);
    expect(selectedWithWords.body).toMatch(new RegExp(`href="/scenarios\\?q=${q("无人机")}&amp;firstUnit=FIRST_SET"[^>]*>期望首台套类型`));
    expect(selectedWithWords.body).not.toContain("去掉“首台套”");
    expect((await get(`/scenarios?q=${q("首台套")}&page=2`)).body).not.toContain("按条件筛选");
    expect((await get(`/scenarios?q=${q("无人机")}`)).body).not.toContain("按条件筛选");
    // /solutions: the first-unit type of a recognised or applying product.
    const recognised = await get("/solutions?firstUnitType=FIRST_SET");
    expect(recognised.hits).toContain(ids.p1);
    expect((await get(`/solutions?q=${q("首台套")}`)).body).toMatch(new RegExp(`href="/solutions\\?firstUnitType=FIRST_SET"[^>]*>首台套类型：首台套（${recognised.count} 个结果）</a>`));
  });

  it("filters solutions by the firm's qualifications (专精特新, “小巨人”), counted over public records only", async () => {
    const giants = await get("/solutions?qualification=LITTLE_GIANT");
    expect(giants.hits).toEqual([ids.p2]);
    expect((await get("/solutions?qualification=SPECIALIZED")).hits).toEqual([ids.p2]);
    const all = await get("/solutions");
    // The secret firm is 专精特新 too, but none of its solutions is public: the count is 1.
    expect(all.body).toMatch(/<legend[^>]*>企业资质<\/legend>/);
    expect(all.body).toMatch(/name="qualification"[^>]*value="SPECIALIZED"\/><span>专精特新（1）<\/span>/);
    expect(all.body).toMatch(/name="qualification"[^>]*value="LITTLE_GIANT"\/><span>专精特新“小巨人”（1）<\/span>/);
    // Named in a query: 专精特新小巨人 is the giants only, not also the 专精特新 list.
    const named = await get(`/solutions?q=${q("专精特新小巨人")}`);
    expect(named.body).toMatch(/href="\/solutions\?qualification=LITTLE_GIANT"[^>]*>[^<]*（1 个结果）<\/a>/);
    expect(named.body).not.toContain("qualification=SPECIALIZED");
    // The solution's page says it.
    expect((await get(`/solutions/${ids.p2}`)).body).toContain("专精特新、专精特新“小巨人”");
  });

  it("offers the category, district or tier a query names (a QA review: 低空应用 and 东港区 found nothing)", async () => {
    const lowAltitude = await get("/scenarios?category=LOW_ALTITUDE");
    expect(lowAltitude.count).toBeGreaterThan(0);
    expect((await get(`/scenarios?q=${q("低空应用")}`)).body).toMatch(new RegExp(`href="/scenarios\\?category=LOW_ALTITUDE"[^>]*>[^<]*低空应用（${lowAltitude.count} 个结果）</a>`));
    const donggang = await get("/scenarios?district=DONGGANG");
    const page = await get(`/scenarios?q=${q("东港区 巡检")}`);
    // Above the results when the words find some, in the "nothing found" box when they find none.
    expect(page.body).toMatch(page.count ? /<h2[^>]*>按条件筛选<\/h2>/ : /按条件筛选：/);
    const donggangInspection = await get(`/scenarios?q=${q("巡检")}&district=DONGGANG`);
    expect(page.body).toMatch(new RegExp(`href="/scenarios\\?q=${q("巡检")}&amp;district=DONGGANG"[^>]*>[^<]*东港区（${donggangInspection.count} 个结果）</a>`));
    expect(donggang.count!).toBeGreaterThanOrEqual(donggangInspection.count!);
    // In English too, by the English name.
    expect((await get("/scenarios?q=Donggang+District", enCookie)).body).toMatch(new RegExp(`href="/scenarios\\?district=DONGGANG"[^>]*>[^<]*Donggang District \\(${donggang.count} results?\\)</a>`));
    // Two names of two facets: the page filtered by both, the words gone (a QA review: neither was offered).
    const both = await get("/scenarios?category=LOW_ALTITUDE&district=DONGGANG");
    expect(both.count).toBeGreaterThan(0);
    const twoNames = await get(`/scenarios?q=${q("（低空应用）东港区的")}`);
    expect(twoNames.body).toMatch(new RegExp(`href="/scenarios\\?category=LOW_ALTITUDE&amp;district=DONGGANG"[^>]*>[^<]*低空应用 \\+ [^<]*东港区（${both.count} 个结果）</a>`));
    // Two values of one facet are alternatives (either type), and read so — not "+", which said both (a QA review).
    const eitherType = await get("/scenarios?firstUnit=FIRST_SET&firstUnit=FIRST_BATCH");
    const twoTypes = await get(`/scenarios?q=${q("首台套 首批次")}`);
    expect(twoTypes.body).toMatch(new RegExp(`href="/scenarios\\?firstUnit=FIRST_SET&amp;firstUnit=FIRST_BATCH"[^>]*>期望首台套类型：首台（套）或首批次（${eitherType.count} 个结果）</a>`));
    expect((await get(`/scenarios?q=${q("首台套 首批次")}`, enCookie)).body).toMatch(/firstUnit=FIRST_BATCH"[^>]*>Expected first-unit type: [^<:+]* or [^<:+]* \(\d+ results?\)<\/a>/);
    // Wulian has only a record the public may not see: its count is 0, so nothing is offered.
    expect((await get("/scenarios?district=WULIAN")).count).toBe(0);
    expect((await get(`/scenarios?q=${q("五莲县")}`)).body).not.toContain("按条件筛选");
    // /solutions: the firm's tier.
    const highTech = await get("/solutions?tier=HIGH_TECH");
    expect(highTech.count).toBeGreaterThan(0);
    expect((await get(`/solutions?q=${q("高新技术企业")}`)).body).toMatch(new RegExp(`href="/solutions\\?tier=HIGH_TECH"[^>]*>[^<]*高新技术企业（${highTech.count} 个结果）</a>`));
  });

  it("reads Traditional Chinese as Simplified: 無人機巡檢 finds what 无人机巡检 finds", async () => {
    const simplified = await get(`/scenarios?q=${q("无人机巡检")}`);
    expect(simplified.hits).toContain(ids.s1);
    const traditional = await get(`/scenarios?q=${q("無人機巡檢")}`);
    expect(traditional.hits).toEqual(simplified.hits);
    expect(traditional.body).toContain("<mark>");
  });

  it("offers related searches for a Chinese glossary word, with counts under the same filters", async () => {
    // 港口 (harbour: 港口, 港区, 码头): the Chinese word finds only itself (and English "port" records); the
    // siblings are offered as searches of their own, each with the count its link finds.
    const page = await get(`/scenarios?q=${q("港口")}`);
    expect(page.hits).toContain(ids.s2);
    expect(page.body).toMatch(/<h2[^>]*>相关搜索<\/h2>/);
    const wharf = await get(`/scenarios?q=${q("码头")}`);
    expect(wharf.hits).toContain(ids.s1);
    expect(page.body).toMatch(new RegExp(`<a[^>]*href="/scenarios\\?q=${q("码头")}"[^>]*>码头（${wharf.count} 个结果）</a>`));
    const portArea = await get(`/scenarios?q=${q("港区")}`);
    expect(page.body).toMatch(new RegExp(`<a[^>]*href="/scenarios\\?q=${q("港区")}"[^>]*>港区（${portArea.count} 个结果）</a>`));
    // Under a filter the counts are the filter's, the links keep it, and a related query finding nothing is left out.
    const filtered = await get(`/scenarios?q=${q("港口")}&district=DONGGANG&mode=CHALLENGE`, enCookie);
    const wharfFiltered = await get(`/scenarios?q=${q("码头")}&district=DONGGANG&mode=CHALLENGE`);
    expect(wharfFiltered.count).toBeGreaterThan(0);
    expect(wharfFiltered.count).toBeLessThan(wharf.count!);
    expect(filtered.body).toContain("Related searches");
    expect(filtered.body).toMatch(new RegExp(`<a[^>]*href="/scenarios\\?q=${q("码头")}&amp;district=DONGGANG&amp;mode=CHALLENGE"[^>]*>(<!-- -->)?<span lang="zh-CN">码头</span>(<!-- -->)? \\(${wharfFiltered.count} results?\\)</a>`));
    expect((await get(`/scenarios?q=${q("港区")}&district=DONGGANG&mode=CHALLENGE`)).count).toBe(0);
    expect(filtered.body).not.toContain(`q=${q("港区")}`);
    // Only on a query's first page, and not for English words (they already find every Chinese word of the entry).
    expect((await get(`/scenarios?q=${q("港口")}&page=2`)).body).not.toContain("相关搜索");
    expect((await get("/scenarios?q=port")).body).not.toContain("相关搜索");
    // Nor for a long query, whose every related search would be a line of text (QA).
    const long = `港口 ${"port ".repeat(5)}港口 港口`; // finds what 港口 finds, but is 33 characters long
    expect((await get(`/scenarios?q=${q(long)}`)).hits).toEqual(page.hits);
    expect((await get(`/scenarios?q=${q(long)}`)).body).not.toContain("相关搜索");
  });

  it("reads hyphenated English compounds as a reader means them: drone-based finds the drone records", async () => {
    const drone = (await get("/scenarios?q=drone", enCookie)).hits.sort();
    expect(drone).toEqual([ids.s1, ids.s4].sort());
    for (const words of ["drone-based", "Drone-Based", "drone‑based"]) {
      const page = await get(`/scenarios?q=${q(words)}`, enCookie);
      expect(page.hits.sort(), words).toEqual(drone);
      expect(page.body, words).toContain("<mark>无人机</mark>");
      expect(page.body, words).not.toContain("Did you mean");
    }
    // With other words, and in English records too; a modifier is never "corrected" (AI-powered is not AI-powers).
    expect((await get(`/solutions?q=${q("drone-based inspection")}`, enCookie)).hits.sort()).toEqual([ids.p1, ids.p2].sort());
    expect((await get(`/solutions?q=${q("vision-based inspection")}`, enCookie)).hits).toEqual([ids.p2]);
    expect((await get(`/scenarios?q=${q("AI-powered")}`, enCookie)).body).not.toContain("Did you mean");
    // A hyphenated word whose halves are both meant still needs both; when one finds nothing, the help offers
    // to leave out that half.
    const delivered = await get(`/scenarios?q=${q("drone-delivered")}`, enCookie);
    expect(delivered.hits).toEqual([]);
    expect(delivered.body).toMatch(new RegExp(`<a[^>]*href="/scenarios\\?q=drone"[^>]*>without “delivered” \\(2 results\\)</a>`));
    // Beside other words, a hyphenated word neither half of which is in the way alone is offered to leave out whole
    // ("multi-rotor drone": a QA review saw no help).
    const compound = await get(`/scenarios?q=${q("zzzz-qqqq drone")}`, enCookie);
    expect(compound.hits).toEqual([]);
    expect(compound.body).toMatch(new RegExp(`<a[^>]*href="/scenarios\\?q=drone"[^>]*>without “zzzz-qqqq” \\(2 results\\)</a>`));
    expect(compound.body).not.toContain("without “zzzz”");
    // A hyphenated word the glossary knows as a phrase is that phrase: "real-time" finds 实时 (QA review: nothing).
    for (const words of ["real-time monitoring", "Real-Time monitoring", "realtime monitoring", "real time monitoring", "real-time"]) {
      expect((await get(`/scenarios?q=${q(words)}`, enCookie)).hits, words).toEqual([ids.s3]);
    }
  });

  it("reads a minus as leaving records out and quotes as a phrase, and still lists no record a visitor may not see", async () => {
    const drones = await get(`/scenarios?q=${q("无人机")}`);
    expect(drones.hits.sort()).toEqual([ids.s1, ids.s4].sort());
    expect((await get(`/scenarios?q=${q("无人机 -盘库")}`)).hits).toEqual([ids.s1]);
    // A minus alone: every public record but those with the word (the secret drafts all say 无人机, and are unlisted anyway).
    const all = await get("/scenarios");
    const notDrones = await get(`/scenarios?q=${q("-无人机")}`);
    expect(notDrones.count).toBe(all.count! - drones.count!);
    expect(notDrones.hits).not.toContain(ids.s1);
    expect(notDrones.hits).toContain(ids.s3);
    const notPorts = await get(`/scenarios?q=${q("-港口")}`);
    expect(notPorts.body).not.toContain(SECRET);
    // A phrase must be written so in the record; Chinese input methods type curly quotes.
    for (const phrase of ['"无人机智能巡检"', "“无人机智能巡检”"]) expect((await get(`/scenarios?q=${q(phrase)}`)).hits, phrase).toEqual([ids.s1]);
    expect((await get(`/scenarios?q=${q('"智能无人机"')}`)).count).toBe(0);
    expect((await get(`/solutions?q=${q("无人机 -港口")}`)).hits).not.toContain(ids.p1);
    // When nothing matches, a phrase is one unit to leave out, quotes and all.
    const none = await get(`/scenarios?q=${q('海洋 "智能无人机"')}`);
    expect(none.hits).toEqual([]);
    expect(none.body).toMatch(new RegExp(`<a[^>]*href="/scenarios\\?q=${q("海洋")}"[^>]*>去掉“(&quot;|")智能无人机(&quot;|")”（1 个结果）</a>`));
    // A phrase finds only its wording: the box offers the words without the quotes, counted.
    const unquoted = await get(`/scenarios?q=${q("智能无人机")}`);
    expect(unquoted.count).toBeGreaterThan(0);
    expect((await get(`/scenarios?q=${q('"智能无人机"')}`)).body).toMatch(
      new RegExp(`引号只找一字不差的写法，不加引号搜索：<a[^>]*href="/scenarios\\?q=${q("智能无人机")}"[^>]*>智能无人机（${unquoted.count} 个结果）</a>`),
    );
    // A minus alone ranks nothing: newest first, as the page without words (not in id order under "relevance").
    expect(notDrones.hits).toEqual(all.hits.filter((id) => !drones.hits.includes(id)));
    expect(notDrones.body).toMatch(/<option value="" selected="">最新发布<\/option>/);
    // A filter's name after a minus is no filter to offer: the query leaves it out.
    expect((await get(`/scenarios?q=${q("-首台套")}`)).body).not.toContain("按条件筛选");
    // Leaving out a word offers no query of excluded words alone (-海洋 would list nearly everything).
    const onlyExcluded = await get(`/scenarios?q=${q("区块链 -海洋")}`);
    expect(onlyExcluded.hits).toEqual([]);
    expect(onlyExcluded.body).not.toContain("去掉“区块链”");
    expect((await get(`/scenarios?q=${q("无人机 区块链 -海洋")}`)).body).toContain("去掉“区块链”");
    // The sibling of an excluded glossary word is no related search (巡检 → 巡查 is one for 巡检 itself).
    expect((await get(`/scenarios?q=${q("巡检")}`)).body).toContain(`q=${q("巡查")}`);
    expect((await get(`/scenarios?q=${q("无人机 -巡检")}`)).body).not.toContain(`q=${q("无人机 -巡查")}`);
  });

  it("marks English words quoted on the Chinese page lang=\"en\", as it marks English tags and titles there", async () => {
    const page = await get(`/scenarios?q=${q("drone zzzzqqq")}`);
    expect(page.body).toContain(`没有找到与“<span lang="en">drone zzzzqqq</span>”相关的结果`);
    expect(page.body).toMatch(/<span class="[^"]*truncate[^"]*">关键词：<span lang="en">drone zzzzqqq<\/span><\/span>/);
    expect(page.body).toMatch(/去掉“<span lang="en">zzzzqqq<\/span>”（2 个结果）/);
    // As a Latin tag is (ContentText), on the same kind of page.
    expect((await get("/solutions?q=vision")).body).toMatch(/<span lang="en"[^>]*><mark>vision<\/mark><\/span>/);
  });

  it("needs every word, and shows help with links when nothing matches", async () => {
    const page = await get(`/scenarios?q=${q("无人机 海洋")}&district=LANSHAN&mode=CHALLENGE`);
    expect(page.status).toBe(200);
    expect(page.hits).toEqual([]);
    expect(page.body).toContain("没有找到与“无人机 海洋”相关的结果");
    // A query that is one quoted phrase is not quoted twice (“"无人机 海洋"”); its own quotes are kept in the box.
    const phrase = await get(`/scenarios?q=${q('"无人机 海洋"')}`);
    expect(phrase.body).toContain("没有找到与“无人机 海洋”相关的结果");
    expect(phrase.body).toMatch(/<title>“无人机 海洋”的应用场景需求/);
    expect(phrase.body).toMatch(/<input[^>]*name="q"[^>]*value="&quot;无人机 海洋&quot;"/);
    expect(page.body).toContain("检查关键词是否有错别字");
    expect(page.body).toContain("减少关键词");
    // One link removes each filter (here: the words, the district, the mode), one browses everything.
    expect(page.body).toContain(`href="/scenarios?district=LANSHAN&amp;mode=CHALLENGE"`);
    expect(page.body).toContain(`href="/scenarios?q=${q("无人机 海洋")}&amp;mode=CHALLENGE"`);
    expect(page.body).toContain(`href="/scenarios?q=${q("无人机 海洋")}&amp;district=LANSHAN"`);
    expect(page.body).toMatch(/<a[^>]*href="\/scenarios"[^>]*>浏览全部应用场景<\/a>/);
    // Each says how many records the page lists without that filter — what the link then finds. A filter whose
    // removal finds nothing either (the words find nothing under any filter) is not offered: it leads to another
    // empty page.
    const removals = [...page.body.matchAll(/<a [^>]*href="(\/scenarios\?[^"]*)">([^<]*)（去掉后 (\d+) 个结果）<\/a>/g)];
    expect(removals.map((match) => match[2])).toEqual(["关键词：无人机 海洋"]);
    expect(page.body).not.toContain("（去掉后 0 个结果）");
    for (const [, href, label, count] of removals) expect((await get(href!.replaceAll("&amp;", "&"))).count, label).toBe(Number(count));
    // Which word is in the way: each one left out, with what the rest finds under the same filters.
    const leaveOut = await get(`/scenarios?q=${q("无人机 海洋")}`);
    expect(leaveOut.hits).toEqual([]);
    expect(leaveOut.body).toContain("去掉一个关键词：");
    expect(leaveOut.body).toMatch(new RegExp(`<a[^>]*href="/scenarios\\?q=${q("海洋")}"[^>]*>去掉“无人机”（1 个结果）</a>`));
    expect(leaveOut.body).toMatch(new RegExp(`<a[^>]*href="/scenarios\\?q=${q("无人机")}"[^>]*>去掉“海洋”（2 个结果）</a>`));
    // Chinese written without spaces is cut into its words as the engines cut it.
    const joined = await get(`/scenarios?q=${q("无人机海洋")}`);
    expect(joined.hits).toEqual([]);
    expect(joined.body).toMatch(new RegExp(`<a[^>]*href="/scenarios\\?q=${q("海洋")}"[^>]*>去掉“无人机”（1 个结果）</a>`));
    expect(joined.body).toMatch(new RegExp(`<a[^>]*href="/scenarios\\?q=${q("无人机")}"[^>]*>去掉“海洋”（2 个结果）</a>`));
    // A word the engines keep whole — a synonym of 无人机 — is one word to leave out, written apart or not.
    const drones = (await get(`/scenarios?q=${q("无人驾驶航空器")}`)).count;
    expect(drones).toBe((await get(`/scenarios?q=${q("无人机")}`)).count);
    for (const query of ["多旋翼 无人驾驶航空器", "多旋翼无人驾驶航空器"]) {
      const page = await get(`/scenarios?q=${q(query)}`);
      expect(page.count, query).toBe(0);
      expect(page.body, query).toMatch(new RegExp(`<a[^>]*href="/scenarios\\?q=${q("无人驾驶航空器")}"[^>]*>去掉“多旋翼”（${drones} 个结果）</a>`));
    }
    // Stop words are no words to leave out, and not among the six a query may have (QA: a natural English sentence
    // of four words and four stop words got no help).
    const sentence = await get(`/scenarios?q=${q("a drone inspection of the ocean at the port")}`, enCookie);
    expect(sentence.count).toBe(0);
    expect(sentence.body).toMatch(new RegExp(`<a[^>]*href="/scenarios\\?q=drone\\+inspection\\+port"[^>]*>without “ocean”`));
    expect(sentence.body).not.toMatch(/without “(a|of|the|at)”/);
    // One word, or words that find nothing even alone: no such line.
    expect((await get(`/scenarios?q=${q("zzzzqqq")}`)).body).not.toContain("去掉一个关键词");
    expect((await get(`/scenarios?q=${q("zzzzqqq yyyyxxx")}`)).body).not.toContain("去掉一个关键词");

    const en = await get("/solutions?q=zzzzqqq", enCookie);
    expect(en.body).toContain("No results for “zzzzqqq”");
    expect(en.body).toContain("Browse all solutions");
  });
});

describe("scenario facets", () => {
  it("lists every public scenario with the counts of each facet", async () => {
    const page = await get("/scenarios");
    expect(page.hits.sort()).toEqual([ids.s1, ids.s2, ids.s3, ids.s4].sort());
    expect(page.count).toBe(4);
    for (const label of ["东港区（1）", "岚山区（2）", "莒县（1）", "揭榜挂帅（2）", "公开征集（1）", "定向邀请（1）", "低空应用（2）", "数字应用（1）", "海洋经济（1）", "首台（套）（2）", "首批次（1）", "首版次（1）", "征集中（3）", "已截止（1）", "截止日期未到（3）", "30 天内截止（1）", "90 天内截止（2）", "征集已结束（1）", "50 万元以下（1）", "50–200 万元（1）", "200–500 万元（1）", "500–1000 万元（1）", "1000 万元以上（1）"]) {
      expect(page.body, label).toContain(label);
    }
    // Values without results are not offered.
    expect(page.body).not.toContain("五莲县（");
    expect(page.body).not.toContain("智能制造（");
  });

  it("filters by each facet", async () => {
    const cases: [string, string[]][] = [
      ["category=MARINE", [ids.s3!]],
      ["district=JUXIAN", [ids.s3!]],
      ["mode=OPEN_CALL", [ids.s2!]],
      ["firstUnit=FIRST_BATCH", [ids.s4!]],
      ["budget=500-1000", [ids.s2!]],
      ["budget=0-50", [ids.s3!]],
      ["status=CLOSED", [ids.s4!]],
      ["deadline=open", [ids.s1!, ids.s2!, ids.s3!]],
      ["deadline=30d", [ids.s1!]],
      ["deadline=90d", [ids.s1!, ids.s2!]],
      ["deadline=finished", [ids.s4!]],
      ["open=1", [ids.s1!, ids.s2!, ids.s3!]],
      ["budgetFrom=900", [ids.s4!]],
      ["budgetTo=45", [ids.s3!]],
      ["budgetFrom=100&budgetTo=250", [ids.s1!]],
      ["budgetFrom=100&budgetTo=300", [ids.s1!, ids.s2!]],
      // s1 (50–200 万元) ends where 200–500 begins: not in it (a QA review).
      ["budget=200-500", [ids.s2!]],
      ["category=LOW_ALTITUDE&status=PUBLISHED", [ids.s1!]],
    ];
    for (const [search, expected] of cases) {
      const page = await get(`/scenarios?${search}`);
      expect(page.status, search).toBe(200);
      expect(page.hits.sort(), search).toEqual([...expected].sort());
      expect(page.count, search).toBe(expected.length);
    }
  });

  it("ORs values within a facet and ANDs facets; a facet's counts ignore its own selection", async () => {
    const page = await get("/scenarios?district=LANSHAN&district=JUXIAN");
    expect(page.hits.sort()).toEqual([ids.s2, ids.s3, ids.s4].sort());
    // District counts as if no district were chosen, so 东港区 can still be added.
    for (const label of ["东港区（1）", "岚山区（2）", "莒县（1）"]) expect(page.body, label).toContain(label);
    // Other facets count within the chosen districts.
    for (const label of ["揭榜挂帅（1）", "公开征集（1）", "定向邀请（1）", "低空应用（1）"]) expect(page.body, label).toContain(label);
    expect(checked(page.body, "district")).toEqual(["LANSHAN", "JUXIAN"]);

    const narrowed = await get("/scenarios?district=LANSHAN&district=JUXIAN&mode=CHALLENGE");
    expect(narrowed.hits).toEqual([ids.s4]);
    // 莒县 has nothing left once 揭榜挂帅 is chosen, but stays on offer (ticked, with 0) so it can be unticked.
    for (const label of ["东港区（1）", "岚山区（1）", "莒县（0）", "揭榜挂帅（1）", "公开征集（1）", "定向邀请（1）", "征集已结束（1）"]) expect(narrowed.body, label).toContain(label);

    // The deadline buckets count without the chosen bucket.
    const finished = await get("/scenarios?deadline=finished");
    for (const label of ["截止日期未到（3）", "征集已结束（1）", "30 天内截止（1）"]) expect(finished.body, label).toContain(label);
  });

  it("shows active filters as chips that remove one filter each, and a clear-all link", async () => {
    const page = await get(`/scenarios?q=${q("巡检")}&district=DONGGANG&budgetFrom=10&deadline=open&sort=deadline`);
    expect(page.hits).toEqual([ids.s1]);
    expect(page.body).toContain(`aria-label="移除筛选：区县：东港区"`);
    expect(page.body).toContain(`aria-label="移除筛选：关键词：巡检"`);
    expect(page.body).toContain(`aria-label="移除筛选：不低于 10 万元"`);
    expect(page.body).toContain(`aria-label="移除筛选：截止时间：截止日期未到"`);
    expect(page.body).toContain(`href="/scenarios?q=${q("巡检")}&amp;budgetFrom=10&amp;deadline=open&amp;sort=deadline"`);
    expect(page.body).toMatch(new RegExp(`href="/scenarios\\?q=${q("巡检")}&amp;sort=deadline"[^>]*>清除全部筛选`));
  });

  it("speaks of amounts in one unit per language: 万元 in Chinese, CNY (and boxes in millions) in English", async () => {
    // s1's budget is 50–200 万元, s2's 300–800, s3's 10–40, s4's 1000–2000: from 2.5 million CNY on, s2 and s4 overlap.
    const en = await get("/scenarios?budgetFromMillion=2.5&budgetToMillion=12", enCookie);
    expect(en.hits.sort()).toEqual([ids.s2, ids.s4].sort());
    expect(en.hits.sort()).toEqual((await get("/scenarios?budgetFrom=250&budgetTo=1200")).hits.sort());
    // The boxes keep what was typed, in millions, under their own names; the chips and cards say CNY as the bands do.
    expect(en.body).toMatch(/<label for="browse-from"[^>]*>From \(million CNY\)<\/label><input[^>]*name="budgetFromMillion"[^>]*value="2.5"/);
    expect(en.body).toMatch(/name="budgetToMillion"[^>]*value="12"/);
    expect(en.body).toContain(`aria-label="Remove filter: At least 2.5M CNY"`);
    expect(en.body).toContain(`aria-label="Remove filter: At most 12M CNY"`);
    expect(en.body).toContain("3M–8M CNY");
    expect(en.body).toContain("0.5 for 500k CNY");
    expect(en.body).not.toContain("10k CNY");
    // Links carry 万元, whatever the language: a shared link means the same to both readers.
    expect(en.body).toContain(`href="/scenarios?budgetTo=1200"`);
    const zh = await get("/scenarios?budgetFrom=250&budgetTo=1200");
    expect(zh.body).toMatch(/<label for="browse-from"[^>]*>最低（万元）<\/label><input[^>]*name="budgetFrom"[^>]*value="250"/);
    expect(zh.body).toContain(`aria-label="移除筛选：不低于 250 万元"`);
    expect(zh.body).toContain("300–800 万元");
    expect(zh.body).not.toMatch(/million|CNY/);
  });

  it("says next to its box why an amount is not used, keeps it there and applies the rest (QA: bad amounts were dropped silently)", async () => {
    // What a plain GET form sends (no JavaScript): the boxes' own names, as typed.
    const en = await get("/scenarios?budgetFromMillion=99999999&budgetToMillion=12", enCookie);
    // Bad input: 400, and still the whole page, the amount in its box and the rest of the search applied.
    expect(en.status).toBe(400);
    expect(en.hits.sort()).toEqual((await get("/scenarios?budgetTo=1200")).hits.sort());
    const fromBox = inputTag(en.body, "budgetFromMillion");
    for (const attribute of ['type="text"', 'value="99999999"', 'aria-invalid="true"', 'aria-describedby="browse-from-error browse-range-hint"']) expect(fromBox).toContain(attribute);
    expect(fromBox).not.toMatch(/\bmin=|\bstep=/);
    const toBox = inputTag(en.body, "budgetToMillion");
    for (const attribute of ['value="12"', 'aria-describedby="browse-range-hint"']) expect(toBox).toContain(attribute);
    expect(toBox).not.toContain("aria-invalid");
    expect(en.body).toContain(`<p id="browse-from-error" class="text-xs font-medium text-red-800 [overflow-wrap:anywhere]">From (million CNY): at most 100,000 million CNY. The results are shown without this limit.</p>`);
    expect(en.body).toContain(`aria-label="Remove filter: At most 12M CNY"`);
    // Every kind of bad amount, both ends, in English.
    for (const [search, message] of [
      ["budgetFromMillion=abc", "From (million CNY): not an amount. Use digits only, e.g. 2.5."],
      ["budgetFromMillion=1e3", "From (million CNY): not an amount."],
      ["budgetToMillion=-1", "To (million CNY): an amount cannot be negative."],
      ["budgetToMillion=0.001", "To (million CNY): at most two decimals"],
    ] as const) {
      const page = await get(`/scenarios?q=${q("无人机")}&${search}`, enCookie);
      expect(page.status, search).toBe(400);
      expect(withoutEnMarks(page.body), search).toContain(message);
      expect(page.body, search).toContain(`value="${search.split("=")[1]}"`);
      expect(page.hits.sort(), search).toEqual((await get(`/scenarios?q=${q("无人机")}`)).hits.sort());
    }
    // In Chinese, in 万元; on /solutions too.
    const zh = await get("/scenarios?budgetFrom=abc&budgetTo=1.5");
    expect(zh.status).toBe(400);
    expect(zh.hits.length).toBe((await get("/scenarios")).hits.length);
    expect(zh.body).toContain("最低（万元）：不是有效金额，请只填数字，例如 50。当前结果未按此金额筛选。");
    expect(zh.body).toContain("最高（万元）：请填整数万元（最小单位为 1 万元）。");
    for (const attribute of ['value="abc"', 'aria-invalid="true"', 'aria-describedby="browse-from-error browse-range-hint"']) expect(inputTag(zh.body, "budgetFrom")).toContain(attribute);
    for (const attribute of ['value="1.5"', 'aria-invalid="true"', 'aria-describedby="browse-to-error browse-range-hint"']) expect(inputTag(zh.body, "budgetTo")).toContain(attribute);
    const price = await get("/solutions?priceFrom=-5&priceTo=99999999");
    expect(price.status).toBe(400);
    expect(price.body).toContain("最低（万元）：金额不能为负数。");
    expect(price.body).toContain("最高（万元）：金额最多 10,000,000 万元。");
    const priceEn = await get("/solutions?priceFromMillion=0.001", enCookie);
    expect(priceEn.status).toBe(400);
    expect(priceEn.body).toContain("From (million CNY): at most two decimals");
    // A shared link's amount in the other language's unit is quoted with its unit, not put in a box of another
    // unit: 0.5 万元 in the English millions box read as 0.5 million, with "at most two decimals" under it.
    const withoutMarks = (html: string) => html.replace(/<span lang="[^"]+">([^<]*)<\/span>/g, "$1");
    const wanInEnglish = await get(`/scenarios?q=${q("无人机")}&budgetFrom=0.5`, enCookie);
    expect(wanInEnglish.status).toBe(400);
    expect(withoutMarks(wanInEnglish.body)).toContain("From (million CNY): the link&#x27;s amount, 0.5 万元, is not a whole number of 万元");
    expect(wanInEnglish.body).not.toContain("at most two decimals");
    for (const attribute of ['value=""', 'aria-invalid="true"', 'aria-describedby="browse-from-error browse-range-hint"']) expect(inputTag(wanInEnglish.body, "budgetFromMillion")).toContain(attribute);
    expect(wanInEnglish.hits.sort()).toEqual((await get(`/scenarios?q=${q("无人机")}`)).hits.sort());
    const millionInChinese = await get("/solutions?priceToMillion=0.001");
    expect(millionInChinese.status).toBe(400);
    expect(withoutMarks(millionInChinese.body)).toContain("最高（万元）：链接中的金额 0.001 百万元超过两位小数");
    expect(inputTag(millionInChinese.body, "priceTo")).toContain('value=""');
    // A reversed range is swapped, and the page says so.
    const reversed = await get("/scenarios?budgetFrom=1200&budgetTo=250");
    expect(reversed.status).toBe(200);
    expect(reversed.hits.sort()).toEqual((await get("/scenarios?budgetFrom=250&budgetTo=1200")).hits.sort());
    expect(reversed.body).toContain("最低金额大于最高金额，已将两者对调。");
    for (const attribute of ['value="250"', 'aria-describedby="browse-range-swapped browse-range-hint"']) expect(inputTag(reversed.body, "budgetFrom")).toContain(attribute);
    expect(inputTag(reversed.body, "budgetTo")).toContain('value="1200"');
    // Good amounts: no message, no aria-invalid.
    const good = await get("/scenarios?budgetFromMillion=2.5", enCookie);
    expect(good.body).not.toContain("browse-from-error");
    expect(good.body).not.toContain("aria-invalid");
  });

  it("tells the deadline facet's options from the status facet's, and why the budget bands' counts overlap", async () => {
    const en = await get("/scenarios", enCookie);
    // One "open" each: the status (as the cards' badges say it) and the deadline, in words of its own.
    expect(en.body).toContain("Open for bids (3)");
    expect(en.body).toContain("Deadline not passed yet (3)");
    expect(en.body).toContain("Bidding ended (1)");
    expect(en.body.match(/Open for bids \(/g)).toHaveLength(1);
    // s2 (300–800 万元) counts in two bands: the note says so, tied to the group. s1 (50–200) is in one.
    expect(en.body).toContain("2M–5M CNY (1)");
    expect(en.body).toContain("5M–10M CNY (1)");
    expect(en.body).toMatch(/<fieldset[^>]*aria-describedby="browse-budget-note"[^>]*><legend[^>]*>Budget<\/legend>/);
    expect(en.body).toMatch(/<p id="browse-budget-note"[^>]*>A record whose range spans several bands is counted in each of them/);
    const zh = await get("/solutions");
    expect(zh.body).toMatch(/<fieldset[^>]*aria-describedby="browse-price-note"[^>]*><legend[^>]*>价格区间<\/legend>/);
    expect(zh.body).toContain("在每个档位都计入");
  });
});

describe("solution facets", () => {
  it("counts and filters by category, firm district, tier, maturity, first unit, price and flags", async () => {
    const page = await get("/solutions");
    expect(page.hits.sort()).toEqual([ids.p1, ids.p2, ids.p3].sort());
    for (const label of ["东港区（1）", "岚山区（1）", "莒县（1）", "科技型中小企业（1）", "高新技术企业（1）", "科技领军企业（1）", "中试（TRL 7）（1）", "量产（TRL 8–9）（1）", "样机（TRL 4–6）（1）", "首台套（1）", "首批次（1）", "已认定（1）", "申报中（1）", "自主创新产品（1）", "寻求投资（1）", "50 万元以下（1）"]) {
      expect(page.body, label).toContain(label);
    }
    expect(page.body).toContain("首台套·已认定");
    expect(page.body).not.toContain("五莲县（");
    expect(page.body).not.toContain("初创企业（");
    expect(page.body).not.toContain("概念（TRL 1–3）（");

    const cases: [string, string[]][] = [
      ["category=DIGITAL", [ids.p2!]],
      ["district=LANSHAN", [ids.p2!]],
      ["tier=TECH_LEADER", [ids.p3!]],
      ["maturity=PILOT&maturity=MASS_PRODUCTION", [ids.p1!, ids.p2!]],
      ["firstUnitType=FIRST_BATCH", [ids.p3!]],
      ["firstUnitStatus=RECOGNISED", [ids.p1!]],
      ["recognised=1", [ids.p1!]],
      ["price=200-500", [ids.p2!]],
      ["priceFrom=100&priceTo=200", [ids.p1!]],
      ["independentInnovation=1", [ids.p3!]],
      ["seekingInvestment=1&tier=TECH_LEADER", [ids.p3!]],
      ["trlMin=7", [ids.p1!, ids.p2!]],
      ["trlMin=9", [ids.p2!]],
      ["tier=STARTUP", []],
    ];
    for (const [search, expected] of cases) {
      const result = await get(`/solutions?${search}`);
      expect(result.status, search).toBe(200);
      expect(result.hits.sort(), search).toEqual([...expected].sort());
    }

    const disjunctive = await get("/solutions?tier=TECH_SME");
    expect(disjunctive.hits).toEqual([ids.p1]);
    for (const label of ["科技型中小企业（1）", "高新技术企业（1）", "科技领军企业（1）", "中试（TRL 7）（1）"]) expect(disjunctive.body, label).toContain(label);
    expect(disjunctive.body).not.toContain("量产（TRL 8–9）（");
  });
});

describe("sorting", () => {
  it("orders scenarios by deadline, budget and publication", async () => {
    // Open for bids first, soonest deadline first; then s4, closed early (its deadline, in 10 days, is the soonest).
    expect((await get("/scenarios?sort=deadline")).hits).toEqual([ids.s1, ids.s2, ids.s3, ids.s4]);
    expect((await get("/scenarios?sort=budget")).hits).toEqual([ids.s4, ids.s2, ids.s1, ids.s3]);
    expect((await get("/scenarios")).hits).toEqual([ids.s4, ids.s3, ids.s2, ids.s1]);
    const relevance = await get(`/scenarios?q=${q("无人机")}`);
    expect(relevance.body).toMatch(/<option value="" selected="">相关度<\/option>/);
  });

  it("by relevance, lists the scenarios taking bids before the ended ones, each group by relevance", async () => {
    await expectOpenScenariosFirst();
  });

  it("ignores a category code no category has, instead of showing it as a raw chip that finds nothing", async () => {
    const all = await get("/scenarios");
    const unknown = await get("/scenarios?category=FOO");
    expect(unknown.status).toBe(200);
    expect(unknown.hits).toEqual(all.hits);
    expect(unknown.body).not.toMatch(/移除筛选：[^"]*FOO|value="FOO"/); // no chip, no box (the language form keeps the URL as it came)
    expect(withoutEnMarks(unknown.body.replaceAll("<!-- -->", ""))).toContain("已忽略：领域“FOO”。");
    const mixed = await get("/scenarios?category=FOO&category=LOW_ALTITUDE");
    expect(mixed.count).toBe(2);
    expect(mixed.body).not.toMatch(/移除筛选：[^"]*FOO|value="FOO"/);
    expect(checked(mixed.body, "category")).toEqual(["LOW_ALTITUDE"]);
  });

  it("says when the words have nothing to search for (的, the, emoji), lists everything newest first and keeps the words", async () => {
    const newest = (await get("/scenarios")).hits;
    for (const words of ["的", "the of", "🙂🚀", "？！", "和 的"]) {
      const page = await get(`/scenarios?q=${q(words)}`);
      expect(page.status, words).toBe(200);
      expect(page.hits, words).toEqual(newest);
      expect(withoutEnMarks(page.body), words).toContain(`“${words}”中没有可以搜索的词`);
      expect(page.body, words).toMatch(/<option value="" selected="">最新发布<\/option>/);
      expect(page.body, words).not.toContain(">相关度<");
      expect(page.body, words).toContain(`value="${words}"`); // the box keeps what was typed
      // Choosing "relevance" by hand changes nothing: there is none.
      expect((await get(`/scenarios?q=${q(words)}&sort=relevance`)).hits, words).toEqual(newest);
    }
    const en = await get(`/scenarios?q=${q("the")}`, enCookie);
    expect(en.body).toContain("“the” has no words to search for");
    // A real word beside them is searched for, with no such notice.
    const drone = await get(`/scenarios?q=${q("的 无人机")}`);
    expect(drone.body).not.toContain("没有可以搜索的词");
    expect(drone.body).toMatch(/<option value="" selected="">相关度<\/option>/);
    // … and the function word beside it is not: the same records as the word alone.
    const droneAlone = await get(`/scenarios?q=${q("无人机")}`);
    expect(droneAlone.count).toBeGreaterThan(0);
    expect(drone.hits).toEqual(droneAlone.hits);
    expect((await get(`/scenarios?q=${q("无人机 的")}`)).hits).toEqual(droneAlone.hits);
  });

  it("orders solutions by maturity and price", async () => {
    expect((await get("/solutions?sort=trl")).hits).toEqual([ids.p2, ids.p1, ids.p3]);
    expect((await get("/solutions?sort=price")).hits).toEqual([ids.p3, ids.p1, ids.p2]);
    expect((await get("/solutions")).hits).toEqual([ids.p3, ids.p2, ids.p1]);
  });
});

describe("hostile and odd URLs", () => {
  it("answer with a page, never 500: 200, or 400 where an amount box holds what is no amount", async () => {
    const urls = [
      "/scenarios?page=999",
      "/scenarios?page=-3&sort=DROP&budgetFrom=abc&budgetTo=%3Cscript%3E&deadline=%27%3B--",
      `/scenarios?q=${"无".repeat(1000)}`,
      "/scenarios?q=%00%01%02&category=%27%3B--&district[]=x&__proto__=1&constructor=x",
      `/scenarios?q=${q("<script>alert('xss')</script>")}`,
      "/scenarios?q=%F0%9F%98%80%F0%9F%9A%81&mode=OPEN_CALL&mode=OPEN_CALL&mode=NOPE",
      `/scenarios?q=${q("a OR b AND NOT c \" ( ) [ ] ' = != > < TO EXISTS")}`,
      "/solutions?page=999",
      "/solutions?trlMin=abc&firstUnitType=%3Cscript%3E&priceFrom=-5&category=%27%3B--&page=1e9",
      `/solutions?q=${q("﷽".repeat(60))}&independentInnovation=yes&seekingInvestment=0`,
    ];
    for (const url of urls) {
      const page = await get(url);
      expect(page.status, url).toBe(/budgetFrom=abc|priceFrom=-5/.test(url) ? 400 : 200);
      expect(page.body, url).not.toContain("<script>alert('xss')</script>");
    }
    const deep = await get("/scenarios?page=999");
    expect(deep.hits).toEqual([]);
    expect(deep.body).toContain("这一页没有结果，结果共 4 个。");
    expect(deep.body).toContain(`href="/scenarios">回到第一页`);
    const xss = await get(`/scenarios?q=${q("<script>alert('xss')</script>")}`);
    expect(withoutEnMarks(xss.body)).toContain("没有找到与“&lt;script&gt;alert(&#x27;xss&#x27;)&lt;/script&gt;”相关的结果");
  });

  it("say which filter values of a link they could not use, instead of dropping them silently", async () => {
    // A retired or mistyped category, an unknown deadline and order: the page says so and applies the rest.
    const page = await get(`/scenarios?q=${q("无人机")}&category=BIOMEDICINE&district=DONGGANG&deadline=zzz&sort=NOPE`);
    expect(page.status).toBe(200);
    expect(page.hits).toEqual([ids.s1]);
    expect(withoutEnMarks(page.body.replaceAll("<!-- -->", ""))).toContain("链接中的这些筛选条件无法识别，已忽略：领域“BIOMEDICINE”、截止时间“zzz”、排序“NOPE”。");
    // /solutions has no deadline filter; its flags take 1.
    const solutions = await get("/solutions?independentInnovation=true&deadline=open&trlMin=12", enCookie);
    expect(solutions.body.replaceAll("<!-- -->", "")).toMatch(/These filters in the link were not recognised and were left out: [^<]*“true”, Deadline “open”, [^<]*“12”\./);
    // The other list's filters are named too (a link copied across): 企业层级 is a solution's.
    const across = await get(`/scenarios?q=${q("无人机")}&district=DONGGANG&tier=STARTUP`);
    expect(across.hits).toEqual([ids.s1]);
    expect(withoutEnMarks(across.body.replaceAll("<!-- -->", ""))).toContain("链接中的这些筛选条件无法识别，已忽略：企业层级“STARTUP”。");
    // Five are named, the rest counted.
    const many = await get(`/scenarios?${Array.from({ length: 8 }, (_, i) => `district=NOWHERE${i}`).join("&")}`);
    expect(withoutEnMarks(many.body.replaceAll("<!-- -->", ""))).toMatch(/已忽略：(区县“NOWHERE\d”、){4}区县“NOWHERE4”，另有 3 项。/);
    // Words that find nothing, with a suggestion, keep the page that names them rather than search instead.
    const withBadCode = await get("/scenarios?q=inspect&category=BIOMEDICINE");
    expect(withBadCode.status).toBe(200);
    expect(withoutEnMarks(withBadCode.body.replaceAll("<!-- -->", ""))).toContain("已忽略：领域“BIOMEDICINE”。");
    expect(withoutEnMarks(withBadCode.body)).toMatch(/您是不是要找：<a[^>]*href="\/scenarios\?q=inspection"/);
    // A link the page can use says nothing of the kind; nor do legacy names it still reads (open=1).
    for (const good of [`/scenarios?q=${q("无人机")}&district=DONGGANG&deadline=open&sort=deadline`, "/scenarios?open=1", "/solutions?independentInnovation=1&trlMin=4&sort=trl"]) {
      const body = (await get(good)).body;
      expect(body, good).not.toContain("无法识别，已忽略");
    }
  });

  it("lead a record's page back to the search it was opened from (its Referer), and only to a search of that list", async () => {
    const backLink = async (pathname: string, label: string, referer?: string) => {
      const response = await http.request(pathname, { headers: referer ? { Referer: referer } : {} });
      const html = (await response.text()).replaceAll("&amp;", "&");
      return new RegExp(`<a[^>]*href="([^"]*)"[^>]*>${label}</a>`).exec(html)?.[1];
    };
    const search = `/scenarios?q=${q("无人机")}&district=DONGGANG&page=2`;
    expect(await backLink(`/scenarios/${ids.s1}`, "← 返回需求列表", `${http.baseUrl}${search}`)).toBe(search);
    expect(await backLink(`/solutions/${ids.p1}`, "← 返回解决方案列表", `${http.baseUrl}/solutions?sort=price`)).toBe("/solutions?sort=price");
    // Another site, another page of ours, another list, nothing, or nonsense: the list itself.
    for (const referer of ["https://evil.example/scenarios?q=x", `${http.baseUrl}/cases`, `${http.baseUrl}/solutions?q=x`, undefined, "not a url", `${http.baseUrl}/scenarios?q=${"x".repeat(3000)}`]) {
      expect(await backLink(`/scenarios/${ids.s1}`, "← 返回需求列表", referer), String(referer).slice(0, 60)).toBe("/scenarios");
    }
  });

  it("answer a form sent without JavaScript with the short link the scripted page would have gone to", async () => {
    // Every field is sent, empty or not (a QA review: shared links read "…&deadline=&budgetFrom=&budgetTo=&sort=deadline").
    const sent = await http.request(`/scenarios?q=${q("无人机")}&district=DONGGANG&deadline=&budgetFrom=&budgetTo=&sort=deadline`);
    expect(sent.status).toBe(302);
    expect(sent.headers.get("location")).toBe(`/scenarios?q=${q("无人机")}&district=DONGGANG&sort=deadline`);
    // An amount the page cannot use stays in the link, to be said next to its box.
    const amount = await http.request("/solutions?q=&priceFrom=abc&priceTo=&trlMin=");
    expect(amount.headers.get("location")).toBe("/solutions?priceFrom=abc");
    expect((await get("/solutions?priceFrom=abc")).status).toBe(400);
    // Without JavaScript the order has its own button; with it, the list applies it at once.
    expect((await get("/scenarios")).body).toMatch(/<select id="browse-sort"[\s\S]*?<\/select><button type="submit"[^>]*>应用排序<\/button>/);
  });
});

describe("visibility", () => {
  const probes = [`?q=${q(SECRET)}`, `?q=${q("无人机")}`, "?district=WULIAN", "?category=HEALTH", "?district=WULIAN&category=HEALTH&status=PUBLISHED&status=CLOSED&deadline=finished", "", "?page=2"];

  it("never shows a draft, pending, changes-requested, archived or hidden record, nor counts it, for anyone", async () => {
    const member = await createUser({ name: "秘书" });
    await db.prisma.membership.create({ data: { orgId: owner.org.id, userId: member.id, role: "MEMBER" } });
    await db.prisma.user.update({ where: { id: member.id }, data: { activeOrgId: owner.org.id } });
    const viewers: [string, string | undefined][] = [
      ["anonymous", undefined],
      ["another SOE", otherSoe.user.cookie],
      ["the owning SOE", owner.user.cookie],
      ["a member of the owner", member.cookie],
      ["the firm that owns the solutions", secretFirm.owner.cookie],
      ["a reviewer", reviewer.cookie],
    ];
    for (const [who, cookie] of viewers) {
      for (const kind of ["scenarios", "solutions"] as const) {
        for (const probe of probes) {
          const page = await get(`/${kind}${probe}`, cookie);
          const label = `${who} ${kind}${probe}`;
          expect(page.status, label).toBe(200);
          expect(page.body, label).not.toContain(`${SECRET}草稿`);
          expect(page.body, label).not.toMatch(new RegExp(`${SECRET}[^"<]*无人机`));
          for (const id of [...secretScenarioIds, ...secretSolutionIds]) expect(page.hits, label).not.toContain(id);
          // No count anywhere betrays them: their district, category, tier and maturity have no results.
          expect(page.body, label).not.toMatch(/五莲县（[1-9]/);
          expect(page.body, label).not.toMatch(/生物医药与健康（[1-9]/);
          expect(page.body, label).not.toMatch(/初创企业（[1-9]/);
          expect(page.body, label).not.toMatch(/概念（TRL 1–3）（[1-9]/);
          // Only the secret solutions cost over 10M; one public scenario has a budget over 10M.
          expect(page.body, label).not.toMatch(kind === "solutions" ? /1000 万元以上（[1-9]/ : /1000 万元以上（[2-9]/);
          if (probe.includes(SECRET) || probe.includes("WULIAN") || probe.includes("HEALTH")) expect(page.count, label).toBe(0);
        }
      }
    }
  });

  it("leaves a withdrawn record out of hits and counts while its sync is pending, however long that takes", async () => {
    const fresh = await createScenarioAt("PUBLISHED", owner.user, owner.org.id, reviewer, { title: "索引滞后测试需求甲", district: "HIGH_TECH_ZONE" });
    const freshSolution = await createPublishedSolution(secretFirm, { title: "索引滞后测试方案乙", trl: 2, priceMin: 1, priceMax: 2 });
    await syncSearchIndex();
    expect((await get(`/scenarios?q=${q("索引滞后测试")}`)).hits).toEqual([fresh.id]);
    expect((await get(`/solutions?q=${q("索引滞后测试")}`)).hits).toEqual([freshSolution]);

    // Hidden and archived two hours ago, each with its outbox row (as the modules write it, in the same
    // transaction), and no worker has synced them since (say Meilisearch has been down): the index still holds both.
    const twoHoursAgo = new Date(Date.now() - 2 * 60 * 60_000);
    await db.prisma.$transaction(async (tx) => {
      await tx.scenario.update({ where: { id: fresh.id }, data: { hidden: true, hiddenReason: "举报核实", updatedAt: twoHoursAgo } });
      await enqueueSearchSync(tx, SCENARIO_INDEX, fresh.id);
      await tx.solution.update({ where: { id: freshSolution }, data: { status: "ARCHIVED", updatedAt: twoHoursAgo } });
      await enqueueSearchSync(tx, SOLUTION_INDEX, freshSolution);
    });
    await db.prisma.searchOutbox.updateMany({ where: { recordId: { in: [fresh.id, freshSolution] } }, data: { createdAt: twoHoursAgo, availableAt: twoHoursAgo } });
    expect(await getSearchEngine().get(SCENARIO_INDEX, fresh.id)).not.toBeNull();
    expect(await getSearchEngine().get(SOLUTION_INDEX, freshSolution)).not.toBeNull();

    const assertWithdrawn = async () => {
      for (const cookie of [undefined, owner.user.cookie, secretFirm.owner.cookie]) {
        for (const url of [`/scenarios?q=${q("索引滞后测试")}`, "/scenarios?district=HIGH_TECH_ZONE", "/scenarios", `/solutions?q=${q("索引滞后测试")}`, "/solutions"]) {
          const page = await get(url, cookie);
          expect(page.status, url).toBe(200);
          expect(page.body, url).not.toContain("索引滞后测试需求甲");
          expect(page.body, url).not.toContain("索引滞后测试方案乙");
          // Nor is it counted: no result, and the district it alone was in offers nothing.
          if (url.includes("q=") || url.includes("HIGH_TECH_ZONE")) expect(page.count, url).toBe(0);
          expect(page.body, url).not.toMatch(/日照高新技术产业开发区（[1-9]/);
          expect(page.body, url).not.toMatch(/概念（TRL 1–3）（[1-9]/);
          expect(page.body, url).not.toMatch(/五莲县（[1-9]/);
          expect(page.body, url).not.toMatch(/初创企业（[1-9]/);
          expect(page.hits, url).not.toContain(fresh.id);
          expect(page.hits, url).not.toContain(freshSolution);
        }
      }
    };
    await assertWithdrawn();

    // Once the worker has run, the index itself is right, and so are the pages.
    expect(await drainSearchOutbox()).toMatchObject({ synced: 2, failed: 0 });
    expect(await getSearchEngine().get(SCENARIO_INDEX, fresh.id)).toBeNull();
    expect(await getSearchEngine().get(SOLUTION_INDEX, freshSolution)).toBeNull();
    await assertWithdrawn();
  });

  it("caps the records it leaves out when the backlog is huge, oldest first, and still answers", async () => {
    const stuck = await createPublishedSolution(secretFirm, { title: "积压测试方案丙", trl: 2, priceMin: 1, priceMax: 2 });
    await syncSearchIndex();
    const longAgo = new Date(Date.now() - 3 * 60 * 60_000);
    await db.prisma.$transaction(async (tx) => {
      await tx.solution.update({ where: { id: stuck }, data: { status: "ARCHIVED" } });
      await enqueueSearchSync(tx, SOLUTION_INDEX, stuck);
    });
    await db.prisma.searchOutbox.updateMany({ where: { recordId: stuck }, data: { availableAt: longAgo } });
    // Behind it, more waiting records (deleted ones, say) than the pages leave out.
    const backlog = Array.from({ length: MAX_WITHDRAWN_EXCLUDED + 200 }, (_, n) => ({ indexName: SOLUTION_INDEX, recordId: `gone${String(n).padStart(5, "0")}` }));
    await db.prisma.searchOutbox.createMany({ data: backlog });
    try {
      const excluded = await withdrawnAwaitingSync(SOLUTION_INDEX);
      expect(excluded).toHaveLength(MAX_WITHDRAWN_EXCLUDED);
      expect(excluded[0]).toBe(stuck);
      const page = await get(`/solutions?q=${q("积压测试")}`);
      expect(page.status).toBe(200);
      expect(page.count).toBe(0);
      expect(page.body).not.toContain("积压测试方案丙");
    } finally {
      await db.prisma.searchOutbox.deleteMany({ where: { recordId: { in: backlog.map((row) => row.recordId) } } });
      await syncSearchIndex();
    }
  });

  it("queues a stray's repair once when many requests meet it at the same moment", async () => {
    const stray = await createScenarioAt("PUBLISHED", owner.user, owner.org.id, reviewer, { title: "并发修复测试需求" });
    await syncSearchIndex();
    await db.prisma.scenario.update({ where: { id: stray.id }, data: { status: "ARCHIVED" } });
    for (let round = 0; round < 3; round++) {
      const queued = await Promise.all(Array.from({ length: 6 }, () => queueRepairOfStrayHits(SCENARIO_INDEX, [stray.id])));
      expect(queued.reduce((sum, count) => sum + count, 0), `round ${round}`).toBe(round === 0 ? 1 : 0);
      expect(await db.prisma.searchOutbox.count({ where: { recordId: stray.id, processedAt: null } }), `round ${round}`).toBe(1);
    }
    await drainSearchOutbox();
  });

  it("never shows nor counts a record changed behind the outbox's back (SQL by hand), and queues its repair", async () => {
    const stray = await createScenarioAt("PUBLISHED", owner.user, owner.org.id, reviewer, { title: "绕过发件箱测试需求" });
    await syncSearchIndex();
    expect((await get(`/scenarios?q=${q("绕过发件箱测试")}`)).hits).toEqual([stray.id]);
    await db.prisma.scenario.update({ where: { id: stray.id }, data: { status: "ARCHIVED" } });
    const waitingRows = () => db.prisma.searchOutbox.count({ where: { recordId: stray.id, processedAt: null } });
    expect(await waitingRows()).toBe(0);
    const publicCount = await db.prisma.scenario.count({ where: { status: { in: ["PUBLISHED", "CLOSED"] }, hidden: false } });
    for (const url of ["/scenarios", `/scenarios?q=${q("绕过发件箱测试")}`]) {
      const page = await get(url, owner.user.cookie);
      expect(page.status, url).toBe(200);
      expect(page.hits, url).not.toContain(stray.id);
      expect(page.body, url).not.toContain("绕过发件箱测试需求");
      // Nor counted: the total is the database's, and the words it alone had offer no filter with a count (a QA review
      // saw "共 0 个结果" beside 东港区（1）: the index still counted it).
      if (url === "/scenarios") expect(page.count, url).toBe(publicCount);
      else {
        expect(page.count, url).toBe(0);
        expect(page.body, url).not.toMatch(/（[1-9]\d*）/);
      }
      // Its repair is queued once, however many pages meet it.
      expect(await waitingRows(), url).toBe(1);
    }
    await drainSearchOutbox();
    expect(await getSearchEngine().get(SCENARIO_INDEX, stray.id)).toBeNull();
    expect((await get(`/scenarios?q=${q("绕过发件箱测试")}`)).count).toBe(0);
  });
});

describe("pagination", () => {
  it("pages by 20 and keeps the search in the page links", async () => {
    const other = await createSoe(reviewer);
    for (let i = 0; i < 23; i += 1) {
      await createScenarioAt("PUBLISHED", other.user, other.org.id, reviewer, { title: `分页测试需求${String(i).padStart(2, "0")}`, categoryId: "cat_smart_manufacturing", district: "OCEAN_CITY" });
    }
    await syncSearchIndex();
    const first = await get(`/scenarios?q=${q("分页测试")}&category=SMART_MANUFACTURING`);
    expect(first.hits).toHaveLength(20);
    expect(first.count).toBe(23);
    expect(first.body).toContain("第 1 页，共 2 页");
    const next = first.body.match(/<a[^>]*href="([^"]*page=2[^"]*)"[^>]*>下一页/)?.[1]?.replaceAll("&amp;", "&");
    expect(next).toBe(`/scenarios?q=${q("分页测试")}&category=SMART_MANUFACTURING&page=2`);
    const second = await get(next!);
    expect(second.hits).toHaveLength(3);
    expect(second.body).toContain("第 2 页，共 2 页");
    // The title names the page past the first, for history entries and screen readers.
    expect(first.body).toMatch(/<title>“分页测试”的应用场景需求 · SceneBridge/);
    expect(second.body).toMatch(/<title>“分页测试”的应用场景需求 · 第 2 页 · SceneBridge/);
    expect((await get(next!, enCookie)).body).toMatch(/<title>Scenarios for “分页测试” · Page 2 · SceneBridge/);
    expect((await get("/solutions?page=999", enCookie)).body).toMatch(/<title>Solutions · SceneBridge/); // past the last: no results of its own
    expect(new Set([...first.hits, ...second.hits]).size).toBe(23);
    expect(checked(second.body, "category")).toEqual(["SMART_MANUFACTURING"]);
    // Numbered pages: each a link with the whole search (page 1 without a page parameter), the current one marked.
    const pageLinks = (body: string) =>
      [...(body.match(/<nav aria-label="(?:分页|Pagination)"[^>]*>(.*?)<\/nav>/s)?.[1] ?? "").matchAll(/<a ([^>]*)>([^<]*)<\/a>/g)].map(([, attributes, text]) => ({
        text,
        href: attributes!.match(/href="([^"]*)"/)?.[1]?.replaceAll("&amp;", "&"),
        label: attributes!.match(/aria-label="([^"]*)"/)?.[1],
        current: attributes!.includes('aria-current="page"'),
      }));
    const base = `/scenarios?q=${q("分页测试")}&category=SMART_MANUFACTURING`;
    expect(pageLinks(first.body)).toEqual([
      { text: "1", href: base, label: "第 1 页", current: true },
      { text: "2", href: `${base}&page=2`, label: "第 2 页", current: false },
      { text: "下一页", href: `${base}&page=2`, label: undefined, current: false },
    ]);
    expect(pageLinks(second.body).map((link) => [link.text, link.current])).toEqual([["上一页", false], ["1", false], ["2", true]]);
    const en = await get(`${base}&page=2`, enCookie);
    expect(pageLinks(en.body).map((link) => link.label ?? link.text)).toEqual(["Previous", "Page 1", "Page 2"]);
  });

  it("has a skip link to the results, on both pages and in both languages", async () => {
    for (const [path, cookie, text] of [["/scenarios", undefined, "跳到搜索结果"], ["/solutions", enCookie, "Skip to results"]] as const) {
      const page = await get(path, cookie);
      expect(page.body, path).toMatch(new RegExp(`<a href="#browse-results"[^>]*>${text}</a>`));
      expect(page.body, path).toMatch(/<h2 id="browse-results" tabindex="-1"/);
    }
    // Also when nothing is found (the results area then holds the help).
    expect((await get(`/scenarios?q=${q("不存在的词组合")}`)).body).toMatch(/<h2 id="browse-results" tabindex="-1"/);
  });
});

describe("on Meilisearch (the stand-in that speaks its HTTP API)", () => {
  let standin: MeilisearchStandin;
  const saved = { url: process.env.MEILI_URL, key: process.env.MEILI_MASTER_KEY, prefix: process.env.MEILI_INDEX_PREFIX };
  beforeAll(async () => {
    standin = await startMeilisearchStandin();
    // The engine of the process follows MEILI_URL: the pages below run every query through Meilisearch's filters.
    process.env.MEILI_URL = standin.url;
    process.env.MEILI_MASTER_KEY = standin.masterKey;
    process.env.MEILI_INDEX_PREFIX = "pages_";
    await syncSearchIndex();
  });
  afterAll(async () => {
    for (const [name, value] of [["MEILI_URL", saved.url], ["MEILI_MASTER_KEY", saved.key], ["MEILI_INDEX_PREFIX", saved.prefix]] as const) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
    await standin?.close();
  });

  it("filters, counts disjunctively, sorts and leaves out withdrawn records with the filters it builds", async () => {
    // Open for bids first (the documents' openForBids, a sortable field in the settings sent), then s4, closed early.
    const byDeadline = await get("/scenarios?district=DONGGANG&district=LANSHAN&district=JUXIAN&sort=deadline");
    expect(byDeadline.hits).toEqual([ids.s1, ids.s2, ids.s3, ids.s4]);
    // (The pagination scenarios above have 港口物流 in their industry chain: they match too.)
    // (Only in the districts of s1–s4: open ones come first, and the pagination scenarios are open.)
    const character = await get(`/scenarios?q=${q("港")}&district=DONGGANG&district=LANSHAN&district=JUXIAN`);
    expect(character.hits).toEqual(expect.arrayContaining([ids.s1, ids.s4]));
    expect(character.hits).not.toContain(ids.s2);
    expect(character.hits).not.toContain(ids.s3);

    const page = await get("/scenarios?district=LANSHAN&district=JUXIAN&deadline=open&sort=budget");
    expect(page.status).toBe(200);
    expect(page.hits).toEqual([ids.s2, ids.s3]);
    for (const label of ["东港区（1）", "岚山区（1）", "莒县（1）", "征集已结束（1）", "截止日期未到（2）"]) expect(page.body, label).toContain(label);

    const solutions = await get("/solutions?maturity=PILOT&maturity=MASS_PRODUCTION&trlMin=7&priceTo=1000&sort=price");
    expect(solutions.hits).toEqual([ids.p1, ids.p2]);
    for (const label of ["科技型中小企业（1）", "高新技术企业（1）", "中试（TRL 7）（1）", "量产（TRL 8–9）（1）"]) expect(solutions.body, label).toContain(label);
    expect(solutions.body).not.toContain("科技领军企业（");
    expect(solutions.body).not.toMatch(/五莲县（[1-9]/);

    // The glossary reaches Meilisearch as one-way synonyms: "inspection" finds 巡检 there too.
    // (The pagination tests above added open scenarios whose factory description says 人工巡检: they match too, and
    // rank before s4, closed; so only the districts of s1–s4.)
    const words = await get(`/scenarios?q=${q("inspection")}&district=DONGGANG&district=LANSHAN&district=JUXIAN`);
    expect(words.hits).toEqual(expect.arrayContaining([ids.s1, ids.s2, ids.s4]));
    expect(words.hits).not.toContain(ids.s3);
    expect(words.body).toContain("<mark>inspection</mark>");

    // Withdrawn, its sync still waiting in the outbox: gone from hits and counts on this engine too.
    await db.prisma.$transaction(async (tx) => {
      await tx.scenario.update({ where: { id: ids.s3! }, data: { hidden: true } });
      await enqueueSearchSync(tx, SCENARIO_INDEX, ids.s3!);
    });
    expect(await getSearchEngine().get(SCENARIO_INDEX, ids.s3!)).not.toBeNull();
    const after = await get("/scenarios?district=LANSHAN&district=JUXIAN&deadline=open&sort=budget");
    expect(after.hits).toEqual([ids.s2]);
    expect(after.body).not.toMatch(/莒县（[1-9]/);
    expect(after.body).not.toMatch(/海洋经济（[1-9]/);
    await db.prisma.scenario.update({ where: { id: ids.s3! }, data: { hidden: false } });
    await drainSearchOutbox();
  });

  it("lists the scenarios taking bids first by relevance, through the ranking rules it sets", async () => {
    await expectOpenScenariosFirst();
    // What reaches Meilisearch: `sort` as the first ranking rule, and the relevance page's results query sorted
    // by openForBids (the stand-in scores s1 and s4 alike, so the order above alone would not tell).
    const settings = standin.requests.filter((request) => request.method === "PATCH" && request.path === "/indexes/pages_scenarios/settings").at(-1);
    expect((settings?.body as { rankingRules: string[] }).rankingRules[0]).toBe("sort");
    const from = standin.requests.length;
    await get(`/scenarios?q=${q("无人机")}`);
    const results = standin.requests.slice(from).flatMap((request) => (request.path === "/multi-search" ? ((request.body as { queries?: { q?: string; hitsPerPage?: number; sort?: string[] }[] }).queries ?? []) : []));
    expect(results.find((query) => query.q === "无人机" && query.hitsPerPage === 20)?.sort).toEqual(["openForBids:desc"]);
  });

  it("highlights matched tags one by one, as the embedded engine does", async () => {
    await expectHighlightedTagChips();
  });

  it("searches the same spelling correction instead, decided before the engine is asked", async () => {
    // The words find nothing: the page searches the correction, which finds the Chinese record through the
    // glossary on Meilisearch too.
    expect(await searchedInstead(`/scenarios?q=${q("inspecton")}&district=DONGGANG`, enCookie)).toBe("/scenarios?q=inspection&district=DONGGANG&typed=inspecton");
    expect((await get(`/scenarios?q=inspection&district=DONGGANG&typed=inspecton`, enCookie)).hits).toContain(ids.s1);
  });

  it("offers related searches with the counts Meilisearch gives", async () => {
    const page = await get(`/scenarios?q=${q("港口")}`);
    const wharf = await get(`/scenarios?q=${q("码头")}`);
    expect(wharf.count).toBeGreaterThan(0);
    expect(page.body).toMatch(new RegExp(`<a[^>]*href="/scenarios\\?q=${q("码头")}"[^>]*>码头（${wharf.count} 个结果）</a>`));
  });

  it("says search is unavailable for now (503) when Meilisearch does not answer in time, keeping what was typed", async () => {
    process.env.MEILI_SEARCH_TIMEOUT_MS = "300"; // a new engine for the process, with a short wait
    await prepareSearch(); // as start-up does: the pages search only an engine whose indexes were checked
    standin.state.stallSearches = true;
    try {
      const address = `/scenarios?q=${q("无人机")}&district=DONGGANG`;
      const started = Date.now();
      const response = await http.request(address);
      const body = await response.text();
      expect(response.status).toBe(503);
      expect(response.headers.get("retry-after")).toBe("30");
      expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
      // Not much longer than the wait for the page's one multi-search (the engine's indexes were ensured before).
      expect(Date.now() - started).toBeLessThan(3_000);
      expect(body).toContain("搜索服务暂时无法响应，请稍后重试。您输入的关键词和筛选条件已保留。");
      expect(body).toMatch(new RegExp(`<a[^>]*href="/scenarios\\?q=${q("无人机")}&amp;district=DONGGANG"[^>]*>重试</a>`));
      // What was typed stays in the box and as a chip; nothing claims that nothing was found.
      expect(body).toMatch(/<input[^>]*id="browse-q"[^>]*value="无人机"/);
      expect(body).toContain("东港区");
      expect(body).not.toMatch(/共 0 个结果|没有找到/);
      const english = await get(`/solutions?q=vision`, enCookie);
      expect(english.status).toBe(503);
      expect(english.body).toContain("Search is not responding at the moment. Please try again shortly; your keywords and filters are kept.");
      expect(english.count).toBeNull();
    } finally {
      standin.state.stallSearches = false;
      delete process.env.MEILI_SEARCH_TIMEOUT_MS;
    }
    await prepareSearch(); // the process's engine follows the environment: back to the first one's settings, a new engine
    // Answering again, the same address searches again.
    expect((await get(`/scenarios?q=${q("无人机")}&district=DONGGANG`)).status).toBe(200);
  });

  it("answers a hanging server's 503 within the time limit, the engine made outside the Remix build as at start-up", async () => {
    process.env.MEILI_SEARCH_TIMEOUT_MS = "300";
    // server.ts makes the process's engine in its own module graph, not the build's: the route must still know the
    // engine's errors for what they are (a plain instanceof did not, and the page was a 500).
    await prepareSearch({ engine: getSearchEngine() });
    standin.state.stallEverything = true; // even the index settings read before searching gets no answer
    try {
      const started = Date.now();
      const page = await get(`/solutions?q=vision`);
      expect(page.status).toBe(503);
      expect(Date.now() - started).toBeLessThan(2_500);
      expect(page.body).toContain("搜索服务暂时无法响应");
    } finally {
      standin.state.stallEverything = false;
      delete process.env.MEILI_SEARCH_TIMEOUT_MS;
    }
    await prepareSearch();
  });

  it("answers 503 within the time limit, not the task limit, while Meilisearch is still applying this version's settings", async () => {
    process.env.MEILI_SEARCH_TIMEOUT_MS = "300";
    // A new engine whose indexes do not exist yet: they are created and configured by tasks, which stay "processing"
    // as behind a long reindex on the server (a deploy with new settings meets the same).
    process.env.MEILI_INDEX_PREFIX = "pending_settings_";
    standin.state.processingPolls = Number.MAX_SAFE_INTEGER;
    try {
      expect(await prepareSearchAtStart({ waitAtMostMs: 100 })).toEqual({ stillPreparing: true }); // listening meanwhile
      const started = Date.now();
      const page = await get(`/scenarios?q=${q("无人机")}`);
      expect(page.status).toBe(503);
      expect(Date.now() - started).toBeLessThan(2_500);
      expect(page.body).toContain("搜索服务暂时无法响应");
      // The scenario page's recommendations are left out the same way: "unavailable", logged as an outage (once a
      // minute), not as a fault with its stack on every view (they searched before the settings were known).
      const logged: string[] = [];
      const write = vi.spyOn(process.stderr, "write").mockImplementation((chunk: string | Uint8Array) => (logged.push(String(chunk)), true));
      try {
        for (let view = 0; view < 3; view++) {
          const panel = await solutionRecommendationsPanel({ id: ids.s1!, status: "PUBLISHED", deadline: inDays(30) }, owner.org.id, 5);
          expect(panel).toEqual({ available: false, items: [] });
        }
      } finally {
        write.mockRestore();
      }
      expect(logged.filter((line) => line.includes("recommendations"))).toEqual([
        ...logged.filter((line) => line.includes("recommendations") && line.includes("could not answer")),
      ]);
      expect(logged.filter((line) => line.includes("recommendations")).length).toBeLessThanOrEqual(1);
      // The update goes on meanwhile; once the server has applied it, the page searches.
      standin.state.processingPolls = 0;
      await vi.waitFor(async () => expect((await get(`/scenarios?q=${q("无人机")}`)).status).toBe(200), { timeout: 10_000, interval: 200 });
    } finally {
      standin.state.processingPolls = 0;
      process.env.MEILI_INDEX_PREFIX = "pages_";
      delete process.env.MEILI_SEARCH_TIMEOUT_MS;
    }
    await prepareSearch();
  });

  it("says search is unavailable for now (503) when Meilisearch cannot be reached", async () => {
    const unreachable = await unreachableUrl();
    const url = process.env.MEILI_URL;
    process.env.MEILI_URL = unreachable;
    try {
      const page = await get(`/solutions?q=vision&tier=TECH_SME`);
      expect(page.status).toBe(503);
      expect(page.body).toContain("搜索服务暂时无法响应");
      expect(page.body).toMatch(/<input[^>]*id="browse-q"[^>]*value="vision"/);
      expect(page.hits).toEqual([]);
    } finally {
      process.env.MEILI_URL = url;
    }
    await prepareSearch();
    expect((await get(`/solutions?q=vision`)).status).toBe(200);
  });
});
