// Matching in the workspace over real HTTP: an SOE sees solutions recommended for its scenario (with a line
// saying why) and invites from there; a firm sees open scenarios recommended for its solutions. Nobody else
// sees an organisation's recommendations, no draft, archived, hidden, closed or past-deadline record is ever
// recommended — also while the search index still holds it — and a failing search engine costs the panel,
// never the page.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FIRM_SOLUTIONS_MATCHED } from "~/modules/matching/recommendations.server";
import { decideVerification } from "~/modules/orgs/orgs.server";
import { closeScenario } from "~/modules/scenarios/scenarios.server";
import { SCENARIO_INDEX, SOLUTION_INDEX } from "~/modules/search/indexes";
import { getSearchEngine } from "~/modules/search/search-service.server";
import { drainSearchOutbox } from "~/modules/search/search-worker.server";
import { changeSolutionStatus, createSolution } from "~/modules/solutions/solutions.server";
import { addMember } from "../setup/bid-factories";
import { createUser, editOrganization } from "../setup/factories";
import { startHttpApp } from "../setup/http-app";
import { createReviewer, createScenarioAt, createSoe } from "../setup/scenario-factories";
import { syncSearchIndex } from "../setup/search";
import { createFirm, createPublishedSolution, solutionInput } from "../setup/solution-factories";
import { useTestSchema } from "../setup/test-database";

let db: Awaited<ReturnType<typeof useTestSchema>>;
let http: Awaited<ReturnType<typeof startHttpApp>>;
let reviewer: Awaited<ReturnType<typeof createReviewer>>;
let owner: Awaited<ReturnType<typeof createSoe>>;
let otherSoe: Awaited<ReturnType<typeof createSoe>>;
let droneFirm: Awaited<ReturnType<typeof createFirm>>;
let soeMember: Awaited<ReturnType<typeof createUser>>;
let soeMemberEn: Awaited<ReturnType<typeof createUser>>;
let firmMember: Awaited<ReturnType<typeof createUser>>;

const DAY = 86_400_000;
/** Every record that must never be recommended carries it in its title. */
const SECRET = "不应推荐";
const DRONE_SOLUTION = "港口无人机智能巡检系统";
const ROBOT_SOLUTION = "岸桥钢结构爬壁巡检机器人";
const WATER_SOLUTION = "海洋牧场水质在线监测浮标";
const DRONE_SCENARIO = "日照港集装箱码头无人机智能巡检";
/** The heading id of the recommended scenarios on a firm's own solution page. */
const SOLUTION_PAGE_PANEL = "solution-scenarios-title";
const ids: Record<string, string> = {};

beforeAll(async () => {
  db = await useTestSchema();
  http = await startHttpApp();
  reviewer = await createReviewer();
  owner = await createSoe(reviewer);
  otherSoe = await createSoe(reviewer);
  soeMember = await addMember(owner.org.id);
  soeMemberEn = await addMember(owner.org.id);
  await db.prisma.user.update({ where: { id: soeMemberEn.id }, data: { locale: "en" } });

  // The owner's open drone inspection scenario, and a draft one (owners see recommendations while writing).
  ids.scenario = (await createScenarioAt("PUBLISHED", owner.user, owner.org.id, reviewer, { title: DRONE_SCENARIO })).id;
  ids.draftScenario = (await createScenarioAt("DRAFT", owner.user, owner.org.id, reviewer, { title: "港区无人机巡检需求（草稿）" })).id;

  // Published solutions: the drone one fits best; a crane-climbing inspection robot is related (the same job,
  // another kind of machine); water monitoring is not.
  droneFirm = await createFirm({ verifier: reviewer });
  firmMember = await addMember(droneFirm.orgId);
  ids.drone = await createPublishedSolution(droneFirm, { title: DRONE_SOLUTION, firstUnitType: "FIRST_SET", firstUnitStatus: "RECOGNISED", firstUnitCertificate: "SD-2025-001", firstUnitYear: 2025 });
  const robotFirm = await createFirm({ verifier: reviewer });
  ids.robot = await createPublishedSolution(robotFirm, {
    title: ROBOT_SOLUTION,
    summary: "磁吸附爬壁机器人，对码头岸桥和门机的钢结构开展近距离巡检。",
    description: "机器人沿岸桥钢结构自动爬行，搭载高清摄像头识别焊缝裂纹和锈蚀缺陷，替代人工高空作业。",
    categoryId: "cat_smart_manufacturing",
    tags: ["机器人", "巡检", "岸桥"],
    industryChain: ["智能制造"],
    trl: 6,
  });
  const waterFirm = await createFirm({ verifier: reviewer });
  ids.water = await createPublishedSolution(waterFirm, {
    title: WATER_SOLUTION,
    summary: "对海洋牧场水温、溶解氧和盐度开展在线监测。",
    description: "浮标实时采集水质数据，异常时向养殖户推送预警。",
    categoryId: "cat_marine",
    tags: ["水质", "海洋牧场"],
    industryChain: ["海洋经济"],
  });

  // Drone solutions nobody may be recommended: a draft, an archived one, and two the index still holds.
  const secretFirm = await createFirm({ verifier: reviewer });
  const secret = (label: string) => ({ title: `${SECRET}${label}港口无人机智能巡检系统` });
  ids.draftSolution = (await createSolution({ id: secretFirm.owner.id }, secretFirm.firm, solutionInput(secret("草稿")))).id;
  ids.archivedSolution = await createPublishedSolution(secretFirm, secret("已归档"));
  await changeSolutionStatus({ id: secretFirm.owner.id }, secretFirm.firm, ids.archivedSolution, "archive");
  ids.staleHiddenSolution = await createPublishedSolution(secretFirm, secret("已隐藏"));
  ids.staleArchivedSolution = await createPublishedSolution(secretFirm, secret("刚归档"));

  // Drone scenarios of another SOE that a firm may never be recommended: a draft, one pending review, a
  // closed one, and two the index still holds as open (hidden a moment ago; deadline just passed).
  const otherScenario = (label: string) => ({ title: `${SECRET}${label}码头无人机智能巡检` });
  ids.draftOther = (await createScenarioAt("DRAFT", otherSoe.user, otherSoe.org.id, reviewer, otherScenario("草稿"))).id;
  ids.pendingOther = (await createScenarioAt("PENDING_REVIEW", otherSoe.user, otherSoe.org.id, reviewer, otherScenario("待审"))).id;
  ids.closedOther = (await createScenarioAt("PUBLISHED", otherSoe.user, otherSoe.org.id, reviewer, otherScenario("已截止"))).id;
  await closeScenario({ id: otherSoe.user.id }, ids.closedOther);
  ids.staleHiddenOther = (await createScenarioAt("PUBLISHED", otherSoe.user, otherSoe.org.id, reviewer, otherScenario("已隐藏"))).id;
  ids.stalePastOther = (await createScenarioAt("PUBLISHED", otherSoe.user, otherSoe.org.id, reviewer, otherScenario("已过期"))).id;

  await syncSearchIndex();
  // Now change records behind the index's back, as a lagging outbox (or a deadline passing) would.
  await db.prisma.solution.update({ where: { id: ids.staleHiddenSolution }, data: { hidden: true, hiddenReason: "举报核实" } });
  await db.prisma.solution.update({ where: { id: ids.staleArchivedSolution }, data: { status: "ARCHIVED" } });
  await db.prisma.scenario.update({ where: { id: ids.staleHiddenOther }, data: { hidden: true, hiddenReason: "举报核实" } });
  await db.prisma.scenario.update({ where: { id: ids.stalePastOther }, data: { deadline: new Date(Date.now() - DAY) } });
});
afterAll(async () => {
  await http?.close();
  await db?.drop();
});

async function page(pathname: string, cookie?: string) {
  const response = await http.request(pathname, { cookie });
  const body = response.status >= 300 && response.status < 400 ? "" : await response.text();
  return { status: response.status, location: response.headers.get("location"), body };
}

/** The recommendations panel of a scenario page or invite page, and the solutions it links to, in order. */
function solutionPanel(body: string) {
  const start = body.indexOf('id="recommended-solutions"');
  if (start === -1) return { html: "", solutionIds: [] as string[], rows: 0 };
  const html = body.slice(start, body.indexOf("</section>", start));
  // rows: one per firm (a firm's other solutions are linked in its row).
  return { html, solutionIds: [...html.matchAll(/href="\/solutions\/([\w-]+)"/g)].map((match) => match[1]!), rows: [...html.matchAll(/<li /g)].length };
}

/** The "did you mean" link after `label` ("您是不是要找："): where it leads and what it says; null when there is none. */
function didYouMeanLink(body: string, label: string) {
  const match = new RegExp(`${label}<a [^>]*href="([^"]*)"[^>]*>([^<]*)</a>`).exec(body);
  return match ? { href: match[1]!.replaceAll("&amp;", "&"), text: match[2]! } : null;
}

/**
 * Recommended scenarios, and the scenarios they link to, in order: the firm dashboard's panel, or with
 * "solution-scenarios-title" the panel on a firm's own solution page.
 */
function scenarioPanel(body: string, headingId = "recommended-scenarios-title") {
  const start = body.indexOf(`aria-labelledby="${headingId}"`);
  if (start === -1) return { html: "", scenarioIds: [] as string[] };
  const html = body.slice(start, body.indexOf("</section>", start));
  return { html, scenarioIds: [...html.matchAll(/href="\/scenarios\/([\w-]+)"/g)].map((match) => match[1]!) };
}

describe("recommended solutions on an SOE's scenario", () => {
  it("a member of the scenario's organisation sees the drone inspection solution first, with why", async () => {
    const { status, body } = await page(`/workspace/scenarios/${ids.scenario}`, soeMember.cookie);
    expect(status).toBe(200);
    const panel = solutionPanel(body);
    expect(panel.html).toContain("推荐解决方案");
    expect(panel.solutionIds[0]).toBe(ids.drone);
    // The robot does the same inspection with another machine and ranks next; water monitoring only shares
    // everyday words and, if it is recommended at all, comes last.
    expect(panel.solutionIds.indexOf(ids.robot)).toBeGreaterThan(0);
    if (panel.solutionIds.includes(ids.water)) expect(panel.solutionIds.indexOf(ids.water)).toBeGreaterThan(panel.solutionIds.indexOf(ids.robot));
    expect(panel.solutionIds.length).toBeLessThanOrEqual(5);
    // Title, firm, maturity, first-unit badge and the explanation naming the shared keywords.
    expect(panel.html).toContain(DRONE_SOLUTION);
    expect(panel.html).toContain(`提供方：${droneFirm.orgName}`);
    expect(panel.html).toContain("TRL 7");
    expect(panel.html).toContain("首台套·已认定");
    expect(panel.html).toMatch(/推荐理由：<\/span>共同关键词：[^<]*无人机/);
    expect(panel.html).toContain("首台套已认定");
    // Both are in 东港区, named as the app names districts (never the code).
    expect(panel.html).toContain("同在东港区");
    expect(panel.html).not.toContain("DONGGANG");
    // The scenario is open: each recommendation has an invite form naming its solution, posting to the invite route.
    expect(panel.html).toContain(`action="/workspace/scenarios/${ids.scenario}/invite"`);
    expect(panel.html).toContain(`aria-label="邀请：${DRONE_SOLUTION}"`);
    expect(panel.html).toContain(`href="/workspace/scenarios/${ids.scenario}/invite"`);
    // Every recommendation is shown here, so the invite page has no more of them: the link offers its search instead.
    expect(panel.solutionIds.length).toBeLessThan(5);
    expect(panel.html).toContain("搜索解决方案并邀请");
    expect(panel.html).not.toContain("查看全部推荐并邀请");
  });

  it("is in English for an English-speaking member", async () => {
    const { status, body } = await page(`/workspace/scenarios/${ids.scenario}`, soeMemberEn.cookie);
    expect(status).toBe(200);
    const panel = solutionPanel(body);
    expect(panel.html).toContain("Recommended solutions");
    // The Chinese words it quotes are marked as Chinese, for a screen reader's voice; the English around them is not.
    expect(panel.html).toMatch(/Why: <\/span>Shared keywords: (<!-- -->)?(<span lang="zh-CN">[^<]*<\/span>[^<]*(<!-- -->)?)*<span lang="zh-CN">无人机<\/span>/);
    expect(panel.html).toContain(`aria-label="Invite: ${DRONE_SOLUTION}"`);
    expect(panel.html).toContain("Search solutions to invite");
  });

  it("a draft scenario gets recommendations too, without invite forms", async () => {
    const { status, body } = await page(`/workspace/scenarios/${ids.draftScenario}`, owner.user.cookie);
    expect(status).toBe(200);
    const panel = solutionPanel(body);
    expect(panel.solutionIds).toContain(ids.drone);
    expect(panel.html).not.toContain("<form");
    expect(panel.html).toContain("场景发布并处于征集期后，才能邀请企业揭榜。");
    // Nor a link to the invite page, which could invite nobody yet.
    expect(panel.html).not.toContain(`/workspace/scenarios/${ids.draftScenario}/invite`);
  });

  it("recommends a solution published after the panel was first shown, right away", async () => {
    // A draft (so no firm is recommended it): words no published solution uses yet.
    const lidarScenario = await createScenarioAt("DRAFT", owner.user, owner.org.id, reviewer, {
      title: "散货堆场激光雷达点云测绘",
      summary: "用激光雷达扫描散货堆场，生成三维点云。",
      description: "定期对煤炭和矿石堆场做激光雷达扫描，输出三维点云并测算堆存体积。",
      categoryId: "cat_digital",
      tags: ["激光雷达", "点云"],
      industryChain: ["测绘地理"],
    });
    const before = await page(`/workspace/scenarios/${lidarScenario.id}`, owner.user.cookie);
    expect(before.status).toBe(200);
    const lidarFirm = await createFirm({ verifier: reviewer });
    const lidar = await createPublishedSolution(lidarFirm, {
      title: "激光雷达点云测绘仪",
      summary: "激光雷达点云测绘仪，输出三维点云。",
      description: "激光雷达点云测绘仪，输出三维点云。",
      categoryId: "cat_digital",
      tags: ["激光雷达", "点云"],
      industryChain: ["测绘地理"],
    });
    // Indexed as the search worker would (the stale records above stay stale).
    await drainSearchOutbox();
    const after = solutionPanel((await page(`/workspace/scenarios/${lidarScenario.id}`, owner.user.cookie)).body);
    expect(after.solutionIds[0]).toBe(lidar);
    expect(after.html).toMatch(/共同关键词：[^<]*激光雷达/);
  });

  it("gives a firm one row, under its best solution, naming its other recommended ones (it is invited once)", async () => {
    const sonarScenario = await createScenarioAt("DRAFT", owner.user, owner.org.id, reviewer, {
      title: "航道多波束声呐水下地形测量",
      summary: "用多波束声呐测量进港航道水下地形，发现淤积。",
      description: "定期对进港航道做多波束声呐扫测，输出水下地形图并测算淤积量。",
      categoryId: "cat_marine",
      tags: ["多波束声呐", "水下地形"],
      industryChain: ["海洋经济"],
    });
    const sonar = (title: string) => ({
      title,
      summary: `${title}，多波束声呐测量水下地形，输出水下地形图。`,
      description: "多波束声呐扫测航道水下地形，测算淤积量，输出水下地形图。",
      categoryId: "cat_marine",
      tags: ["多波束声呐", "水下地形"],
      industryChain: ["海洋经济"],
    });
    const sonarFirm = await createFirm({ verifier: reviewer });
    const firmSolutions = [
      await createPublishedSolution(sonarFirm, sonar("多波束声呐测深系统")),
      await createPublishedSolution(sonarFirm, sonar("便携式多波束声呐")),
      await createPublishedSolution(sonarFirm, sonar("无人船多波束声呐测量")),
    ];
    const otherSonarFirm = await createFirm({ verifier: reviewer });
    const other = await createPublishedSolution(otherSonarFirm, sonar("多波束声呐水下地形测量服务"));
    await drainSearchOutbox();
    const panel = solutionPanel((await page(`/workspace/scenarios/${sonarScenario.id}`, owner.user.cookie)).body);
    expect(panel.rows).toBe(2); // two firms, two rows
    expect(new Set(panel.solutionIds)).toEqual(new Set([...firmSolutions, other]));
    expect(panel.html).toContain("该企业的其他相关方案：");
    // The firm's row is under its best solution, and names the other two after it; the other firm has a row of its own.
    const rows = panel.html.split("<li ").slice(1);
    const firmRow = rows.find((row) => row.includes("该企业的其他相关方案："))!;
    const linked = [...firmRow.matchAll(/href="\/solutions\/([\w-]+)"/g)].map((match) => match[1]!);
    expect(new Set(linked)).toEqual(new Set(firmSolutions));
    expect(firmRow.indexOf(`/solutions/${linked[0]}"`)).toBeLessThan(firmRow.indexOf("该企业的其他相关方案："));
    expect(firmRow.indexOf(`/solutions/${linked[1]}"`)).toBeGreaterThan(firmRow.indexOf("该企业的其他相关方案："));
    expect(rows.find((row) => row !== firmRow)).toContain(`/solutions/${other}"`);
  });

  it("a scenario nothing matches says so, and its link leads to searching for solutions to invite", async () => {
    const unmatched = {
      title: "医院中药饮片煎煮流程标准化",
      summary: "为中医院规范中药饮片煎煮流程。",
      description: "统一浸泡时间、火候与煎煮次数的记录方式。",
      tags: ["中药"],
      industryChain: ["中医药"],
      categoryId: "cat_other",
    };
    const lonely = await createScenarioAt("PUBLISHED", owner.user, owner.org.id, reviewer, unmatched);
    const panel = solutionPanel((await page(`/workspace/scenarios/${lonely.id}`, owner.user.cookie)).body);
    expect(panel.solutionIds).toEqual([]);
    // Published, it cannot be changed: no advice to improve its tags (a QA review: the page said both).
    expect(panel.html).toContain("暂无可邀请的匹配方案（已参与揭榜的企业不在推荐之列）。也可以搜索解决方案，邀请合适的企业揭榜。");
    expect(panel.html).not.toContain("补充场景的标签和描述");
    expect(panel.html).toContain("搜索解决方案并邀请");
    expect(panel.html).not.toContain("查看全部推荐并邀请");
    // A draft of it can still be changed: that is the advice there.
    const draft = await createScenarioAt("DRAFT", owner.user, owner.org.id, reviewer, { ...unmatched, title: "医院中药饮片煎煮流程规范（草稿）" });
    const draftPanel = solutionPanel((await page(`/workspace/scenarios/${draft.id}`, owner.user.cookie)).body);
    expect(draftPanel.solutionIds).toEqual([]);
    expect(draftPanel.html).toContain("暂无匹配的解决方案。补充场景的标签和描述");
  });

  it("a scenario whose bidding has ended recommends nothing and says why", async () => {
    const closed = await createScenarioAt("PUBLISHED", owner.user, owner.org.id, reviewer, { title: "港区无人机巡检（已截止）" });
    await closeScenario({ id: owner.user.id }, closed.id);
    const { status, body } = await page(`/workspace/scenarios/${closed.id}`, owner.user.cookie);
    expect(status).toBe(200);
    const panel = solutionPanel(body);
    expect(panel.html).toContain("本场景的征集已结束，不再推荐解决方案。");
    expect(panel.solutionIds).toEqual([]);
    expect(panel.html).not.toContain("场景发布并处于征集期后");
    expect(panel.html).not.toContain(`/workspace/scenarios/${closed.id}/invite`);
  });

  it("a scenario a reviewer hid says so to its owner, with the reason, instead of 'not open yet'", async () => {
    const hidden = await createScenarioAt("PUBLISHED", owner.user, owner.org.id, reviewer, { title: "港区无人机巡检（被隐藏）" });
    // As the moderation decision leaves it (moderation-http tests the decision itself).
    await db.prisma.scenario.update({ where: { id: hidden.id }, data: { hidden: true, hiddenReason: "联系方式涉嫌虚假" } });
    const manage = await page(`/workspace/scenarios/${hidden.id}`, owner.user.cookie);
    expect(manage.status).toBe(200);
    expect(manage.body).toContain("此需求已被审核员隐藏：公众看不到它，企业不能揭榜，也不能邀请企业。理由：联系方式涉嫌虚假");
    const panel = solutionPanel(manage.body);
    expect(panel.html).not.toContain("场景发布并处于征集期后");
    expect(panel.solutionIds.length).toBeGreaterThan(0);
    expect(panel.html).toContain("需求被审核员隐藏期间，不能邀请企业揭榜。");
    const invite = await page(`/workspace/scenarios/${hidden.id}/invite`, owner.user.cookie);
    expect(invite.status).toBe(200);
    expect(invite.body).toContain("此需求已被审核员隐藏，隐藏期间不能邀请。理由：联系方式涉嫌虚假");
    expect(invite.body).not.toContain("该场景当前不在征集期");
    expect(invite.body).not.toContain('aria-label="邀请：');
  });

  it("the invite page lists up to ten recommendations above the title search, each with why and a form", async () => {
    const { status, body } = await page(`/workspace/scenarios/${ids.scenario}/invite`, soeMember.cookie);
    expect(status).toBe(200);
    const panel = solutionPanel(body);
    expect(panel.html).toContain("为本场景推荐");
    expect(panel.solutionIds[0]).toBe(ids.drone);
    expect(panel.solutionIds.length).toBeLessThanOrEqual(10);
    expect(panel.html).toMatch(/共同关键词：[^<]*无人机/);
    expect(panel.html).toContain(`aria-label="邀请：${DRONE_SOLUTION}"`);
    expect(panel.html).toContain('name="source" value="recommended"');
    // Above the title search, whose rows keep their own forms (with ids that do not clash).
    expect(body.indexOf('id="recommended-solutions"')).toBeLessThan(body.indexOf('id="invite-q"'));
    expect(body).toContain(`id="rec-invite-message-${ids.drone}"`);
    expect(body).toContain(`id="search-message-${ids.drone}"`);
    // A search puts its results first and leaves the recommendations out.
    const searched = await page(`/workspace/scenarios/${ids.scenario}/invite?q=${encodeURIComponent("水质")}`, soeMember.cookie);
    expect(solutionPanel(searched.body).html).toBe("");
    expect(searched.body).toContain(WATER_SOLUTION);
    // Typed words are searched as /solutions searches them: an English word finds the Chinese record (drone →
    // 无人机), best first; a solution the index still holds but nobody may invite (hidden, archived, or of a firm
    // no longer verified) is not listed.
    const rejectedFirm = await createFirm({ verifier: reviewer });
    const ofRejectedFirm = await createPublishedSolution(rejectedFirm, { title: `${SECRET}未认证企业港口无人机智能巡检系统` });
    await drainSearchOutbox();
    await db.prisma.organization.update({ where: { id: rejectedFirm.orgId }, data: { verificationStatus: "REJECTED" } });
    for (const indexed of [ofRejectedFirm, ids.staleHiddenSolution, ids.staleArchivedSolution]) expect(await getSearchEngine().get(SOLUTION_INDEX, indexed)).not.toBeNull();
    const searchedFrom = new Date();
    for (const [query, cookie] of [["drone", soeMemberEn.cookie], ["UAV inspection", soeMemberEn.cookie], ["无人机", soeMember.cookie]] as const) {
      const result = await page(`/workspace/scenarios/${ids.scenario}/invite?q=${encodeURIComponent(query)}`, cookie);
      expect(result.status, query).toBe(200);
      expect(result.body, query).toContain(DRONE_SOLUTION);
      expect(result.body, query).not.toContain(SECRET);
      expect(result.body, query).not.toContain(WATER_SOLUTION);
    }
    // What the database no longer shows publicly, changed past the outbox (the two stale ones, and the solution whose
    // firm was rejected by SQL above), is queued for repair, once each however many searches met it.
    const repairs = await db.prisma.searchOutbox.findMany({ where: { createdAt: { gte: searchedFrom }, indexName: SOLUTION_INDEX }, select: { recordId: true } });
    expect(repairs.map((row) => row.recordId).sort()).toEqual(expect.arrayContaining([ids.staleHiddenSolution, ids.staleArchivedSolution].sort()));
    expect(repairs.map((row) => row.recordId).sort()).toEqual([ofRejectedFirm, ids.staleHiddenSolution, ids.staleArchivedSolution].sort());
    // A NUL in the typed words is dropped (it was a 500).
    const withNul = await page(`/workspace/scenarios/${ids.scenario}/invite?q=${encodeURIComponent("水\u0000质")}`, soeMember.cookie);
    expect(withNul.status).toBe(200);
    expect(withNul.body).toContain(WATER_SOLUTION);
    // A wildcard alone has nothing to search for: said so, and every invitable solution listed, as /solutions
    // lists everything for punctuation (the title search, tested in bids.test.ts, is left for when the engine fails).
    for (const wildcard of ["_", "%", "\\"]) {
      const result = await page(`/workspace/scenarios/${ids.scenario}/invite?q=${encodeURIComponent(wildcard)}`, soeMember.cookie);
      expect(result.status).toBe(200);
      expect(result.body, wildcard).toContain("中没有可以搜索的词");
      expect(result.body, wildcard).toContain(WATER_SOLUTION);
      expect(result.body, wildcard).not.toContain(SECRET);
    }
  });

  it("the invite page offers the 'did you mean' of /solutions, as a link that searches the invite page for it", async () => {
    const invite = `/workspace/scenarios/${ids.scenario}/invite`;
    const cases = [
      { typed: "wurenji", suggested: "无人机", cookie: soeMember.cookie, label: "您是不是要找：" },
      { typed: "inspecton", suggested: "inspection", cookie: soeMemberEn.cookie, label: "Did you mean: " },
    ];
    for (const { typed, suggested, cookie, label } of cases) {
      // On a later page, with a parameter of someone else's (a mail's tracking tag) in the URL.
      const searched = await page(`${invite}?q=${encodeURIComponent(typed)}&page=2&utm_source=mail`, cookie);
      expect(searched.status, typed).toBe(200);
      const link = didYouMeanLink(searched.body, label);
      expect(link?.text, typed).toBe(suggested);
      // The link stays on the invite page, from its first page, with the rest of the URL kept.
      const target = new URL(link!.href, "http://localhost");
      expect(target.pathname, typed).toBe(invite);
      expect(Object.fromEntries(target.searchParams), typed).toEqual({ q: suggested, utm_source: "mail" });
      const followed = await page(link!.href, cookie);
      expect(followed.status, typed).toBe(200);
      expect(followed.body, typed).toContain(DRONE_SOLUTION);
      expect(followed.body, typed).toContain(`id="search-message-${ids.drone}"`);
    }
    // A query that finds what it means offers nothing.
    expect(didYouMeanLink((await page(`${invite}?q=${encodeURIComponent("无人机")}`, soeMember.cookie)).body, "您是不是要找：")).toBeNull();
  });

  it("the invite page says which word is in the way when several find nothing together, as /solutions does (QA)", async () => {
    const invite = `/workspace/scenarios/${ids.scenario}/invite`;
    const searched = await page(`${invite}?q=${encodeURIComponent("无人机 zzqqxx")}`, soeMember.cookie);
    expect(searched.status).toBe(200);
    expect(searched.body).not.toContain(`id="search-message-${ids.drone}"`);
    const leaveOut = [...searched.body.matchAll(/<a[^>]*href="([^"]*)"[^>]*>(?:<!-- -->)?去掉“([^”]*)”（(\d+) 个结果）/g)].map((match) => ({ href: match[1]!.replaceAll("&amp;", "&"), word: match[2], count: Number(match[3]) }));
    // Leaving out zzqqxx finds the drone solution; leaving out 无人机 finds nothing, and is not offered.
    expect(leaveOut.map(({ word }) => word)).toEqual([`<span lang="en">zzqqxx</span>`]);
    const target = new URL(leaveOut[0]!.href, "http://localhost");
    expect(target.pathname).toBe(invite);
    expect(target.searchParams.get("q")).toBe("无人机");
    const followed = await page(leaveOut[0]!.href, soeMember.cookie);
    expect(followed.body).toContain(`id="search-message-${ids.drone}"`);
    // Counted in the index, as /solutions counts (this file's index deliberately still holds records the database
    // no longer shows, which the list leaves out).
    expect(leaveOut[0]!.count).toBeGreaterThan(0);
  });

  it("a firm whose verification is revoked leaves search, its suggestions and the invite page at once, and comes back verified again", async () => {
    // 区块链 (qukuailian) is only in the solution of a firm whose verification a reviewer then revokes.
    const revokedFirm = await createFirm({ verifier: reviewer });
    const chain = await createPublishedSolution(revokedFirm, { title: "港口区块链单证平台", summary: "区块链电子提单。", description: "区块链记录港口单证流转。", tags: ["区块链"] });
    await drainSearchOutbox();
    // The invite page offers the suggestion; /solutions, where the words find nothing, searches it instead.
    const offered = async (pathname: string) => {
      const answer = await page(pathname, soeMember.cookie);
      if (answer.status === 302) return new URL(answer.location!, "http://x").searchParams.get("q");
      return didYouMeanLink(answer.body, "您是不是要找：")?.text ?? null;
    };
    const invite = `/workspace/scenarios/${ids.scenario}/invite`;
    expect(await offered("/solutions?q=qukuailian")).toBe("区块链");
    expect(await offered(`${invite}?q=qukuailian`)).toBe("区块链");

    await decideVerification({ id: reviewer.id }, revokedFirm.orgId, "revoke", "营业执照已注销");
    // At once (the queued rows keep it out while the index still holds it), and once the worker has run.
    for (const moment of ["queued", "synced"]) {
      if (moment === "synced") await drainSearchOutbox();
      const search = await page(`/solutions?q=${encodeURIComponent("区块链")}`);
      expect(search.body, moment).not.toContain("港口区块链单证平台");
      expect(await offered("/solutions?q=qukuailian"), moment).toBeNull();
      const invitePage = await page(`${invite}?q=qukuailian`, soeMember.cookie);
      expect(invitePage.status).toBe(200);
      expect(invitePage.body, moment).not.toContain("区块链");
      expect((await page(`/solutions/${chain}`)).status, moment).toBe(404);
    }
    expect(await getSearchEngine().get(SOLUTION_INDEX, chain)).toBeNull();
    // The firm still sees it, told why it is not public.
    const own = await page(`/solutions/${chain}`, revokedFirm.owner.cookie);
    expect(own.status).toBe(200);
    expect(own.body).toContain("所属企业目前未通过认证");

    // Sent back by the firm and verified again: public again, unchanged, and invitable.
    await editOrganization(revokedFirm.owner.id, revokedFirm.orgId);
    expect(await offered("/solutions?q=qukuailian")).toBeNull(); // pending is not verified
    await decideVerification({ id: reviewer.id }, revokedFirm.orgId, "verify", "");
    await drainSearchOutbox();
    expect(await getSearchEngine().get(SOLUTION_INDEX, chain)).not.toBeNull();
    expect((await page(`/solutions/${chain}`)).status).toBe(200);
    expect(await offered("/solutions?q=qukuailian")).toBe("区块链");
    expect(await offered(`${invite}?q=qukuailian`)).toBe("区块链");
  });

  it("never recommends a draft, archived or hidden solution, even while the index still holds it", async () => {
    // Two made stale here, behind the outbox's back: the invite search above met the first two and queued their repair.
    const staleFirm = await createFirm({ verifier: reviewer });
    const staleHidden = await createPublishedSolution(staleFirm, { title: `${SECRET}又一已隐藏港口无人机智能巡检系统` });
    const staleArchived = await createPublishedSolution(staleFirm, { title: `${SECRET}又一刚归档港口无人机智能巡检系统` });
    await drainSearchOutbox();
    await db.prisma.solution.update({ where: { id: staleHidden }, data: { hidden: true, hiddenReason: "举报核实" } });
    await db.prisma.solution.update({ where: { id: staleArchived }, data: { status: "ARCHIVED" } });
    // The index really is stale for them.
    expect(await getSearchEngine().get(SOLUTION_INDEX, staleHidden)).not.toBeNull();
    expect(await getSearchEngine().get(SOLUTION_INDEX, staleArchived)).not.toBeNull();
    for (const pathname of [`/workspace/scenarios/${ids.scenario}`, `/workspace/scenarios/${ids.scenario}/invite`, `/workspace/scenarios/${ids.draftScenario}`]) {
      const { status, body } = await page(pathname, owner.user.cookie);
      expect(status, pathname).toBe(200);
      expect(solutionPanel(body).solutionIds.length, pathname).toBeGreaterThan(0);
      expect(body, pathname).not.toContain(SECRET);
      for (const id of [ids.draftSolution, ids.archivedSolution, staleHidden, staleArchived]) expect(body, pathname).not.toContain(id);
    }
  });

  it("another organisation's member, a firm member and an anonymous visitor get 404 or sign-in, never the recommendations", async () => {
    const strangers = { otherSoe: otherSoe.user.cookie, firm: firmMember.cookie, anonymous: undefined };
    for (const pathname of [`/workspace/scenarios/${ids.scenario}`, `/workspace/scenarios/${ids.scenario}/invite`, `/workspace/scenarios/${ids.draftScenario}`]) {
      for (const [who, cookie] of Object.entries(strangers)) {
        const { status, location, body } = await page(pathname, cookie);
        if (who === "anonymous") {
          expect(status, `${who} ${pathname}`).toBe(302);
          expect(location).toMatch(/^\/signin\?redirectTo=/);
        } else {
          expect(status, `${who} ${pathname}`).toBe(404);
        }
        for (const text of [DRONE_SOLUTION, ROBOT_SOLUTION, "共同关键词", "推荐解决方案", "为本场景推荐"]) expect(body, `${who} ${pathname}`).not.toContain(text);
      }
    }
  });

  it("leaves out a firm that has bid already: not recommended, marked 该企业已参与揭榜 in the title search, and an invitation is refused", async () => {
    const bid = await db.prisma.bid.create({
      data: { scenarioId: ids.scenario, orgId: droneFirm.orgId, proposal: "无人机巡检方案", quotedPrice: 120, deliveryDays: 90, status: "SUBMITTED" },
    });
    try {
      expect(solutionPanel((await page(`/workspace/scenarios/${ids.scenario}`, soeMember.cookie)).body).solutionIds).not.toContain(ids.drone);
      const invitePage = await page(`/workspace/scenarios/${ids.scenario}/invite?q=${encodeURIComponent(DRONE_SOLUTION)}`, soeMember.cookie);
      expect(solutionPanel(invitePage.body).solutionIds).not.toContain(ids.drone);
      const row = invitePage.body.slice(invitePage.body.indexOf(`href="/solutions/${ids.drone}"`));
      expect(row.slice(0, row.indexOf("</tr>"))).toContain("该企业已参与揭榜");
      expect(invitePage.body).not.toContain(`aria-label="邀请：${DRONE_SOLUTION}"`);

      const invite = await http.request(`/workspace/scenarios/${ids.scenario}/invite`, { cookie: soeMember.cookie, form: { solutionId: ids.drone, message: "欢迎揭榜", source: "search" } });
      expect(invite.status).toBe(409);
      expect(await invite.text()).toContain("该企业已对本场景提交揭榜方案");
      expect(await db.prisma.bidInvitation.count({ where: { scenarioId: ids.scenario, solutionId: ids.drone } })).toBe(0);

      // Withdrawn, the bid still stands in the way (one bid per firm and scenario), and the row says so.
      await db.prisma.bid.update({ where: { id: bid.id }, data: { status: "WITHDRAWN" } });
      const afterWithdrawal = await page(`/workspace/scenarios/${ids.scenario}/invite?q=${encodeURIComponent(DRONE_SOLUTION)}`, soeMember.cookie);
      const withdrawnRow = afterWithdrawal.body.slice(afterWithdrawal.body.indexOf(`href="/solutions/${ids.drone}"`));
      expect(withdrawnRow.slice(0, withdrawnRow.indexOf("</tr>"))).toContain("该企业已撤回揭榜，不能再次揭榜");
      expect(withdrawnRow.slice(0, withdrawnRow.indexOf("</tr>"))).not.toContain("该企业已参与揭榜");

      // Invited before it bid: the row says what the firm did, as its other solutions' rows do (a QA review saw
      // "已邀请" beside "该企业已参与揭榜" for one firm).
      await db.prisma.bid.update({ where: { id: bid.id }, data: { status: "SUBMITTED" } });
      await db.prisma.bidInvitation.create({ data: { scenarioId: ids.scenario, solutionId: ids.drone, invitedById: soeMember.id } });
      const invitedThenBid = await page(`/workspace/scenarios/${ids.scenario}/invite?q=${encodeURIComponent(DRONE_SOLUTION)}`, soeMember.cookie);
      const invitedRow = invitedThenBid.body.slice(invitedThenBid.body.indexOf(`href="/solutions/${ids.drone}"`));
      expect(invitedRow.slice(0, invitedRow.indexOf("</tr>"))).toContain("该企业已参与揭榜");
      expect(invitedRow.slice(0, invitedRow.indexOf("</tr>"))).not.toContain("已邀请");
    } finally {
      await db.prisma.bidInvitation.deleteMany({ where: { scenarioId: ids.scenario, solutionId: ids.drone } });
      await db.prisma.bid.delete({ where: { id: bid.id } });
    }
    expect(solutionPanel((await page(`/workspace/scenarios/${ids.scenario}`, soeMember.cookie)).body).solutionIds[0]).toBe(ids.drone);
  });

  it("leaves out a firm no longer verified even while the index still holds its solution: not recommended, not in the title search, an invitation refused", async () => {
    // Changed behind the app's back (no outbox row), so the index really is stale: the database decides.
    await db.prisma.organization.update({ where: { id: droneFirm.orgId }, data: { verificationStatus: "REJECTED" } });
    try {
      expect(await getSearchEngine().get(SOLUTION_INDEX, ids.drone)).not.toBeNull();
      expect(solutionPanel((await page(`/workspace/scenarios/${ids.scenario}`, soeMember.cookie)).body).solutionIds).not.toContain(ids.drone);
      const invitePage = await page(`/workspace/scenarios/${ids.scenario}/invite?q=${encodeURIComponent(DRONE_SOLUTION)}`, soeMember.cookie);
      expect(invitePage.body).not.toContain(`href="/solutions/${ids.drone}"`);
      const invite = await http.request(`/workspace/scenarios/${ids.scenario}/invite`, { cookie: soeMember.cookie, form: { solutionId: ids.drone, message: "", source: "search" } });
      expect(invite.status).toBe(400);
      expect(await invite.text()).toContain("所属企业的认证已失效");
      expect(await db.prisma.bidInvitation.count({ where: { scenarioId: ids.scenario, solutionId: ids.drone } })).toBe(0);
      // Not public while its firm is not verified (ADR 0015); its members still see it.
      expect((await page(`/solutions/${ids.drone}`)).status).toBe(404);
      expect((await page(`/solutions/${ids.drone}`, firmMember.cookie)).status).toBe(200);
    } finally {
      await db.prisma.organization.update({ where: { id: droneFirm.orgId }, data: { verificationStatus: "VERIFIED" } });
    }
  });

  it("inviting from a recommendation returns to the scenario, which then says 已邀请", async () => {
    const response = await http.request(`/workspace/scenarios/${ids.scenario}/invite`, {
      cookie: soeMember.cookie,
      form: { solutionId: ids.drone, message: "欢迎揭榜", source: "scenario" },
    });
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe(`/workspace/scenarios/${ids.scenario}#recommended-solutions`);
    const invitation = await db.prisma.bidInvitation.findFirstOrThrow({ where: { scenarioId: ids.scenario, solutionId: ids.drone } });
    expect(invitation.message).toBe("欢迎揭榜");

    const scenarioPage = solutionPanel((await page(`/workspace/scenarios/${ids.scenario}`, soeMember.cookie)).body);
    expect(scenarioPage.solutionIds[0]).toBe(ids.drone);
    expect(scenarioPage.html).toContain("已邀请");
    expect(scenarioPage.html).not.toContain(`aria-label="邀请：${DRONE_SOLUTION}"`);
    // The other recommendations can still be invited.
    expect(scenarioPage.html).toContain('aria-label="邀请：');
    const invitePage = solutionPanel((await page(`/workspace/scenarios/${ids.scenario}/invite`, soeMember.cookie)).body);
    expect(invitePage.html).toContain("已邀请");
    expect(invitePage.html).not.toContain(`aria-label="邀请：${DRONE_SOLUTION}"`);
    const english = solutionPanel((await page(`/workspace/scenarios/${ids.scenario}`, soeMemberEn.cookie)).body);
    expect(english.html).toContain("Invited");

    // Inviting again (a second tab) explains itself on the invite page instead of failing.
    const twice = await http.request(`/workspace/scenarios/${ids.scenario}/invite`, { cookie: soeMember.cookie, form: { solutionId: ids.drone, message: "再次邀请", source: "scenario" } });
    expect(twice.status).toBe(409);
    const twiceBody = await twice.text();
    expect(twiceBody).toContain("这家企业已经邀请过了");
    // In the solution's row, now "已邀请", with the message that was not sent (a QA review: it was lost, and the
    // error sat at the top of the page, out of sight).
    const row = twiceBody.slice(twiceBody.indexOf(`id="rec-invite-errors-${ids.drone}"`));
    expect(row).toMatch(/^id="rec-invite-errors-[^"]+" tabindex="-1" role="alert"/);
    expect(row.slice(0, 800)).toContain("这家企业已经邀请过了");
    expect(row.slice(0, 800)).toContain("这条留言没有发出");
    expect(row.slice(0, 800)).toContain("再次邀请");
    expect(twiceBody).not.toContain(`id="invite-errors"`);
  });

  it("an invitation from the invite page's recommendations returns there; a failed one keeps the message by its form", async () => {
    const ok = await http.request(`/workspace/scenarios/${ids.scenario}/invite`, { cookie: owner.user.cookie, form: { solutionId: ids.robot, message: "", source: "recommended" } });
    expect(ok.status).toBe(302);
    expect(ok.headers.get("location")).toBe(`/workspace/scenarios/${ids.scenario}/invite#recommended-solutions`);
    // An unknown source counts as the title search: the too-long message comes back in that row's form.
    const failed = await http.request(`/workspace/scenarios/${ids.scenario}/invite`, { cookie: owner.user.cookie, form: { solutionId: ids.water, message: "长".repeat(600), source: "bogus-source" } });
    expect(failed.status).toBe(400);
    const body = await failed.text();
    expect(body).toMatch(new RegExp(`<textarea[^>]*id="search-message-${ids.water}"[^>]*>${"长".repeat(600)}</textarea>`));
    expect(body).toMatch(new RegExp(`<textarea[^>]*id="search-message-${ids.water}"[^>]*aria-invalid="true"`));
    expect(body).toMatch(/不能超过/);
    // The same invitation sent from a search's second page returns to that search and page (and nothing else of the URL).
    const fromSearch = await http.request(`/workspace/scenarios/${ids.scenario}/invite?q=${encodeURIComponent("水质")}&page=2&next=//evil.example`, {
      cookie: owner.user.cookie,
      form: { solutionId: ids.water, message: "", source: "search" },
    });
    expect(fromSearch.status).toBe(302);
    expect(fromSearch.headers.get("location")).toBe(`/workspace/scenarios/${ids.scenario}/invite?q=%E6%B0%B4%E8%B4%A8&page=2#invite-search`);
  });
});

describe("recommended scenarios on a firm's dashboard", () => {
  it("lists the open drone inspection scenario under the firm's solution, with why, and nothing closed, draft, hidden or past its deadline", async () => {
    expect(await getSearchEngine().get(SCENARIO_INDEX, ids.staleHiddenOther)).not.toBeNull();
    expect(await getSearchEngine().get(SCENARIO_INDEX, ids.stalePastOther)).not.toBeNull();
    const { status, body } = await page("/workspace", firmMember.cookie);
    expect(status).toBe(200);
    const panel = scenarioPanel(body);
    expect(panel.html).toContain("为您推荐的场景");
    expect(panel.scenarioIds).toEqual([ids.scenario]);
    expect(panel.html).toContain(DRONE_SCENARIO);
    expect(panel.html).toContain(`发榜单位：${owner.org.name}`);
    expect(panel.html).toContain("50–200 万元");
    expect(panel.html).toMatch(/截止 \d{4}\/\d{2}\/\d{2}/);
    expect(panel.html).toMatch(new RegExp(`匹配您的方案：</span><a [^>]*href="/workspace/solutions/${ids.drone}"[^>]*>${DRONE_SOLUTION}</a>`));
    expect(panel.html).not.toContain("（草稿，"); // it is published
    // Straight to the bid form with that solution chosen (a QA review: the form started at "不关联").
    expect(panel.html).toMatch(new RegExp(`<a [^>]*href="/scenarios/${ids.scenario}/bid\\?solution=${ids.drone}"[^>]*>用此方案揭榜</a>`));
    expect(panel.html).toMatch(/推荐理由：<\/span>共同关键词：[^<]*无人机/);
    expect(body).not.toContain(SECRET);
    expect(body).not.toContain(ids.draftScenario);
  });

  it("leaves out a scenario the firm has already bid on (it is in its bids), whatever became of the bid", async () => {
    const bid = await db.prisma.bid.create({
      data: { scenarioId: ids.scenario, orgId: droneFirm.orgId, proposal: "无人机巡检方案", quotedPrice: 120, deliveryDays: 90, status: "REJECTED" },
    });
    try {
      const panel = scenarioPanel((await page("/workspace", firmMember.cookie)).body);
      expect(panel.scenarioIds).not.toContain(ids.scenario);
    } finally {
      await db.prisma.bid.delete({ where: { id: bid.id } });
    }
    expect(scenarioPanel((await page("/workspace", firmMember.cookie)).body).scenarioIds).toEqual([ids.scenario]);
  });

  it("recommends a 定向邀请 scenario only to a firm invited to it (nobody else may bid on it)", async () => {
    const byInvitation = await createScenarioAt("PUBLISHED", otherSoe.user, otherSoe.org.id, reviewer, { title: "岚山港区无人机智能巡检（定向邀请）", mode: "INVITATION" });
    await drainSearchOutbox();
    try {
      expect(scenarioPanel((await page("/workspace", firmMember.cookie)).body).scenarioIds).toEqual([ids.scenario]);
      expect(scenarioPanel((await page(`/workspace/solutions/${ids.drone}`, firmMember.cookie)).body, SOLUTION_PAGE_PANEL).scenarioIds).toEqual([ids.scenario]);
      const invitation = await db.prisma.bidInvitation.create({ data: { scenarioId: byInvitation.id, solutionId: ids.drone, invitedById: otherSoe.user.id } });
      const dashboard = scenarioPanel((await page("/workspace", firmMember.cookie)).body);
      expect(dashboard.scenarioIds.sort()).toEqual([ids.scenario, byInvitation.id].sort());
      // The card says the firm was invited and leads to the invitation.
      const card = (id: string) => dashboard.html.slice(dashboard.html.indexOf(`href="/scenarios/${id}"`)).split("</li>")[0]!;
      expect(card(byInvitation.id)).toContain("发榜单位已邀请贵单位揭榜。");
      expect(card(byInvitation.id)).toContain(`href="/workspace/invitations/${invitation.id}"`);
      const invitedBefore = await db.prisma.bidInvitation.count({ where: { scenarioId: ids.scenario, solution: { orgId: droneFirm.orgId } } });
      expect(card(ids.scenario).includes("发榜单位已邀请贵单位揭榜。")).toBe(invitedBefore > 0);
      expect(scenarioPanel((await page(`/workspace/solutions/${ids.drone}`, firmMember.cookie)).body, SOLUTION_PAGE_PANEL).scenarioIds.sort()).toEqual([ids.scenario, byInvitation.id].sort());
    } finally {
      await db.prisma.scenario.delete({ where: { id: byInvitation.id } });
      await drainSearchOutbox();
    }
  });

  it("matches none of the firm's solutions a reviewer has hidden (they cannot go with a bid)", async () => {
    const partlyHiddenFirm = await createFirm({ verifier: reviewer });
    const hiddenDrone = await createPublishedSolution(partlyHiddenFirm, { title: "港口无人机智能巡检平台" });
    await createPublishedSolution(partlyHiddenFirm, {
      title: "近海水质在线监测浮标",
      summary: "对近海水温、溶解氧和盐度开展在线监测。",
      description: "浮标实时采集水质数据，异常时推送预警。",
      categoryId: "cat_marine",
      tags: ["水质"],
      industryChain: ["海洋经济"],
    });
    await drainSearchOutbox();
    expect(scenarioPanel((await page("/workspace", partlyHiddenFirm.owner.cookie)).body).scenarioIds).toEqual([ids.scenario]);

    await db.prisma.solution.update({ where: { id: hiddenDrone }, data: { hidden: true, hiddenReason: "举报核实" } });
    const panel = scenarioPanel((await page("/workspace", partlyHiddenFirm.owner.cookie)).body);
    expect(panel.scenarioIds).toEqual([]);
    expect(panel.html).toContain("目前没有与您的方案匹配的征集中场景");
  });

  it("tells a firm without solutions to publish one, and a firm whose solutions match nothing open that nothing matches", async () => {
    const newFirm = await createFirm({ verifier: reviewer });
    const empty = scenarioPanel((await page("/workspace", newFirm.owner.cookie)).body);
    expect(empty.html).toContain("发布解决方案后");
    expect(empty.html).toContain('href="/workspace/solutions/new"');

    const quantumFirm = await createFirm({ verifier: reviewer });
    await createPublishedSolution(quantumFirm, {
      title: "Quantum key distribution appliance",
      summary: "Fibre-based QKD for bank data centres.",
      description: "Entangled photon sources and single-photon detectors for key exchange between branches.",
      categoryId: "cat_digital",
      tags: ["quantum", "cryptography"],
      industryChain: ["finance"],
    });
    await drainSearchOutbox();
    const nothing = scenarioPanel((await page("/workspace", quantumFirm.owner.cookie)).body);
    expect(nothing.scenarioIds).toEqual([]);
    expect(nothing.html).toContain("目前没有与您的方案匹配的征集中场景");
    expect(nothing.html).toContain('href="/scenarios"');
  });

  it("SOEs see no firm recommendations on their dashboard", async () => {
    const { status, body } = await page("/workspace", owner.user.cookie);
    expect(status).toBe(200);
    expect(scenarioPanel(body).html).toBe("");
  });
});

describe("recommended scenarios on a firm's own solution page", () => {
  it("lists the open drone inspection scenario for the drone solution, with why, and nothing closed, draft, hidden or past its deadline", async () => {
    const { status, body } = await page(`/workspace/solutions/${ids.drone}`, firmMember.cookie);
    expect(status).toBe(200);
    const panel = scenarioPanel(body, SOLUTION_PAGE_PANEL);
    expect(panel.html).toContain("适合此方案的场景");
    expect(panel.scenarioIds).toEqual([ids.scenario]);
    expect(panel.html).toContain(`发榜单位：${owner.org.name}`);
    expect(panel.html).toMatch(/推荐理由：<\/span>共同关键词：[^<]*无人机/);
    // The page is the solution's own: no "matches your solution" line under each scenario.
    expect(panel.html).not.toContain("匹配您的方案");
    expect(panel.html).not.toContain("草稿：发布后");
    expect(body).not.toContain(SECRET);
  });

  it("leaves out a scenario the firm has bid on; a draft solution is matched with a note that bidding needs it published", async () => {
    const draft = await createSolution({ id: droneFirm.owner.id }, droneFirm.firm, solutionInput({ title: "港口无人机巡检草稿方案" }));
    const draftPanel = scenarioPanel((await page(`/workspace/solutions/${draft.id}`, firmMember.cookie)).body, SOLUTION_PAGE_PANEL);
    expect(draftPanel.scenarioIds).toEqual([ids.scenario]);
    expect(draftPanel.html).toContain("此方案还是草稿：发布后才能用它投标这些场景。");
    expect(draftPanel.html).not.toContain("用此方案揭榜"); // a draft cannot go with a bid
    // On the dashboard, where the draft fits as well as the published solution, the bid link takes the published one.
    const withDraft = scenarioPanel((await page("/workspace", firmMember.cookie)).body);
    expect(withDraft.html).toContain(`/scenarios/${ids.scenario}/bid?solution=${ids.drone}"`);
    expect(withDraft.html).not.toContain(`/bid?solution=${draft.id}`);
    // On the dashboard of a firm with only a draft, the scenario is listed under it, which the line says (a QA
    // review took the draft's recommendations for published ones).
    const draftOnlyFirm = await createFirm({ verifier: reviewer });
    const draftOnlyMember = await addMember(draftOnlyFirm.orgId);
    const onlyDraft = await createSolution({ id: draftOnlyFirm.owner.id }, draftOnlyFirm.firm, solutionInput({ title: "港口无人机巡检唯一草稿" }));
    const dashboard = scenarioPanel((await page("/workspace", draftOnlyMember.cookie)).body);
    expect(dashboard.scenarioIds).toEqual([ids.scenario]);
    expect(dashboard.html).toMatch(new RegExp(`href="/workspace/solutions/${onlyDraft.id}"[^>]*>港口无人机巡检唯一草稿</a><span[^>]*>（草稿，发布后才能用它投标）</span>`));
    expect(dashboard.html).not.toContain("/bid?solution=");
    await db.prisma.solution.delete({ where: { id: onlyDraft.id } });
    // A firm not yet verified is told what comes first, and offered no "publish" it cannot do yet (a QA review:
    // "publish it to bid", then a 403). A draft's note stands only above scenarios.
    const unverifiedFirm = await createFirm({ verified: false });
    const unverifiedMember = await addMember(unverifiedFirm.orgId);
    const unverifiedDraft = await createSolution({ id: unverifiedFirm.owner.id }, unverifiedFirm.firm, solutionInput({ title: "港口无人机巡检待认证草稿" }));
    const unverifiedDashboard = scenarioPanel((await page("/workspace", unverifiedMember.cookie)).body).html;
    expect(unverifiedDashboard).toContain("（草稿：贵单位通过认证后才能发布它并投标）");
    expect(unverifiedDashboard).not.toContain("用此方案揭榜");
    const unverifiedPage = (await page(`/workspace/solutions/${unverifiedDraft.id}`, unverifiedMember.cookie)).body;
    expect(scenarioPanel(unverifiedPage, SOLUTION_PAGE_PANEL).html).toContain("此方案还是草稿：贵单位通过认证后才能发布它，并用它投标这些场景。");
    expect(unverifiedPage).not.toContain(`name="intent" value="publish"`);
    expect(unverifiedPage).toContain(`name="intent" value="archive"`);
    const unmatched = await createSolution({ id: unverifiedFirm.owner.id }, unverifiedFirm.firm, solutionInput({ title: "茶叶自动包装机", summary: "茶叶称重装袋封口", description: "茶叶自动称重、装袋、封口一体机。", tags: ["茶叶"], industryChain: [] }));
    const unmatchedPanel = scenarioPanel((await page(`/workspace/solutions/${unmatched.id}`, unverifiedMember.cookie)).body, SOLUTION_PAGE_PANEL);
    expect(unmatchedPanel.scenarioIds).toEqual([]);
    expect(unmatchedPanel.html).not.toContain("此方案还是草稿");

    const bid = await db.prisma.bid.create({
      data: { scenarioId: ids.scenario, orgId: droneFirm.orgId, proposal: "无人机巡检方案", quotedPrice: 120, deliveryDays: 90, status: "SUBMITTED" },
    });
    try {
      const panel = scenarioPanel((await page(`/workspace/solutions/${ids.drone}`, firmMember.cookie)).body, SOLUTION_PAGE_PANEL);
      expect(panel.scenarioIds).toEqual([]);
      expect(panel.html).toContain("目前没有与此方案匹配的征集中场景");
    } finally {
      await db.prisma.bid.delete({ where: { id: bid.id } });
      await db.prisma.solution.delete({ where: { id: draft.id } });
    }
  });

  it("an archived solution recommends nothing; another firm's member and an anonymous visitor never see the panel", async () => {
    const archived = await createPublishedSolution(droneFirm, { title: "港口无人机巡检旧版方案" });
    await changeSolutionStatus({ id: droneFirm.owner.id }, droneFirm.firm, archived, "archive");
    const archivedPage = await page(`/workspace/solutions/${archived}`, firmMember.cookie);
    expect(archivedPage.status).toBe(200);
    expect(scenarioPanel(archivedPage.body, SOLUTION_PAGE_PANEL).html).toBe("");
    // Hidden by a reviewer: no scenarios to bid on, and no "changes are public at once" beside the hidden notice.
    await db.prisma.solution.update({ where: { id: ids.drone }, data: { hidden: true, hiddenReason: "举报核实" } });
    try {
      const hiddenPage = await page(`/workspace/solutions/${ids.drone}`, firmMember.cookie);
      expect(hiddenPage.status).toBe(200);
      expect(scenarioPanel(hiddenPage.body, SOLUTION_PAGE_PANEL).html).toBe("");
      expect(hiddenPage.body).toContain("举报核实");
      expect(hiddenPage.body).not.toContain("保存后修改立即对外可见");
    } finally {
      await db.prisma.solution.update({ where: { id: ids.drone }, data: { hidden: false, hiddenReason: null } });
    }

    const stranger = await createFirm({ verifier: reviewer });
    const foreign = await page(`/workspace/solutions/${ids.drone}`, stranger.owner.cookie);
    expect(foreign.status).toBe(404);
    expect(foreign.body).not.toContain(DRONE_SCENARIO);
    const anonymous = await page(`/workspace/solutions/${ids.drone}`);
    expect(anonymous.status).toBe(302);
    expect(anonymous.location).toMatch(/^\/signin\?redirectTo=/);
  });

  it("the dashboard says when it matched only the most recently edited solutions, and links to all of them", async () => {
    const busyFirm = await createFirm({ verifier: reviewer });
    await createPublishedSolution(busyFirm, { title: "港口无人机智能巡检平台" });
    const one = scenarioPanel((await page("/workspace", busyFirm.owner.cookie)).body);
    expect(one.scenarioIds).toEqual([ids.scenario]);
    expect(one.html).not.toContain("最近编辑的");

    for (let n = 0; n < FIRM_SOLUTIONS_MATCHED; n++) {
      await createSolution({ id: busyFirm.owner.id }, busyFirm.firm, solutionInput({ title: `草稿方案 ${n + 1}` }));
    }
    const many = scenarioPanel((await page("/workspace", busyFirm.owner.cookie)).body);
    expect(many.html).toContain(`以上推荐来自您最近编辑的 ${FIRM_SOLUTIONS_MATCHED} 个方案（共 ${FIRM_SOLUTIONS_MATCHED + 1} 个）`);
    expect(many.html).toContain('href="/workspace/solutions"');
  });
});

describe("a failing search engine", () => {
  it("costs the panel, not the page: 200 with a friendly message, then recommendations again once the index is back", async () => {
    try {
      await getSearchEngine().dropIndex(SOLUTION_INDEX);
      await getSearchEngine().dropIndex(SCENARIO_INDEX);
      for (const [pathname, cookie] of [
        [`/workspace/scenarios/${ids.scenario}`, owner.user.cookie],
        [`/workspace/scenarios/${ids.scenario}/invite`, owner.user.cookie],
        ["/workspace", firmMember.cookie],
      ] as const) {
        const { status, body } = await page(pathname, cookie);
        expect(status, pathname).toBe(200);
        expect(body, pathname).toContain("推荐暂时无法加载，请稍后刷新重试。");
        expect(body, pathname).not.toContain("共同关键词");
      }
      // The rest of the invite page still works: the title search reads the database.
      const invite = await page(`/workspace/scenarios/${ids.scenario}/invite`, owner.user.cookie);
      expect(invite.body).toContain(WATER_SOLUTION);
    } finally {
      await syncSearchIndex();
    }
    const back = await page(`/workspace/scenarios/${ids.scenario}`, owner.user.cookie);
    expect(back.body).not.toContain("推荐暂时无法加载");
    expect(solutionPanel(back.body).solutionIds[0]).toBe(ids.drone);
  });
});

// Last in the file: it publishes more drone solutions, which would change the other tests' recommendations.
describe("the scenario page's link to the invite page", () => {
  it("says 'see all recommendations' only when the invite page recommends more than the five shown", async () => {
    // Six firms: a firm takes one row, whatever number of its solutions match.
    for (const place of ["堆场", "泊位", "航道", "港池", "闸口", "库区"]) {
      await createPublishedSolution(await createFirm({ verifier: reviewer }), {
        title: `${place}无人机智能巡检系统`,
        summary: `无人机对码头${place}开展自动巡检，识别设备缺陷。`,
        description: `无人机自动机场与巡检平台，对港口${place}和门机开展巡检，识别锈蚀与缺陷。`,
      });
    }
    await syncSearchIndex();
    const panel = solutionPanel((await page(`/workspace/scenarios/${ids.scenario}`, owner.user.cookie)).body);
    expect(panel.rows).toBe(5);
    expect(panel.html).toContain("查看全部推荐并邀请");
    const invitePanel = solutionPanel((await page(`/workspace/scenarios/${ids.scenario}/invite`, owner.user.cookie)).body);
    expect(invitePanel.rows).toBeGreaterThan(5);
  });
});

// After the rest too: it publishes drone solutions, which would push the water solution off the first page of the
// invite page's title search the failing-index test reads.
describe("a firm's dashboard, for a firm with two solutions fitting one scenario", () => {
  it("names the firm's other solutions a scenario fits beside the one it fits best", async () => {
    const twoDroneFirm = await createFirm({ verifier: reviewer });
    const first = await createPublishedSolution(twoDroneFirm, { title: "港口无人机智能巡检平台" });
    const second = await createPublishedSolution(twoDroneFirm, { title: "门机无人机自动巡检机场" });
    await drainSearchOutbox();
    const panel = scenarioPanel((await page("/workspace", twoDroneFirm.owner.cookie)).body);
    expect(panel.scenarioIds).toEqual([ids.scenario]);
    const line = panel.html.slice(panel.html.indexOf("匹配您的方案："), panel.html.indexOf("</p>", panel.html.indexOf("匹配您的方案：")));
    expect(line).toContain("；也匹配：");
    const linked = [...line.matchAll(/href="\/workspace\/solutions\/([\w-]+)"/g)].map((match) => match[1]!);
    expect(new Set(linked)).toEqual(new Set([first, second]));
    expect(line.indexOf(`/workspace/solutions/${linked[1]}"`)).toBeGreaterThan(line.indexOf("；也匹配："));
  });

  it("marks a draft among them as a draft, wherever it is named (QA: an also-matching draft was unmarked)", async () => {
    const firm = await createFirm({ verifier: reviewer });
    const published = await createPublishedSolution(firm, { title: "港口无人机智能巡检平台" });
    const draft = (await createSolution({ id: firm.owner.id }, firm.firm, solutionInput({ title: "门机无人机自动巡检机场" }))).id;
    const another = (await createSolution({ id: firm.owner.id }, firm.firm, solutionInput({ title: "堆场无人机自动盘点巡检" }))).id;
    await drainSearchOutbox();
    const panel = scenarioPanel((await page("/workspace", firm.owner.cookie)).body);
    const line = panel.html.slice(panel.html.indexOf("匹配您的方案："), panel.html.indexOf("</p>", panel.html.indexOf("匹配您的方案：")));
    const named = [...line.matchAll(/href="\/workspace\/solutions\/([\w-]+)"[^>]*>.*?<\/a>(<span[^>]*>([^<]*)<\/span>)?/g)].map((match) => [match[1], match[3] ?? null]);
    expect(new Set(named.map(([id]) => id))).toEqual(new Set([published, draft, another]));
    for (const [id, mark] of named) {
      if (id === published) expect(mark).toBeNull();
      else expect(mark, id!).toMatch(/^（草稿/);
    }
  });

  it("says whose reasons they are where the card's solution is a draft and its button bids with another (QA)", async () => {
    // The price that "fits the budget" and the shared keywords were the draft's; the button bid with the published one.
    const firm = await createFirm({ verifier: reviewer });
    const published = await createPublishedSolution(firm, { title: "园区无人机巡检服务", summary: "无人机巡检园区设施", description: "面向工业园区的无人机定期巡检服务。", tags: ["无人机"] });
    const draft = (await createSolution({ id: firm.owner.id }, firm.firm, solutionInput({ title: `${DRONE_SCENARIO}系统`, summary: "集装箱码头堆场与岸桥的无人机智能巡检" }))).id;
    await drainSearchOutbox();
    const panel = scenarioPanel((await page("/workspace", firm.owner.cookie)).body);
    const card = panel.html.slice(panel.html.indexOf(`href="/scenarios/${ids.scenario}"`));
    const cardHtml = card.slice(0, card.indexOf("</li>"));
    expect(cardHtml).toMatch(new RegExp(`匹配您的方案：</span><a[^>]*href="/workspace/solutions/${draft}"`));
    expect(cardHtml).toContain(`推荐理由（草稿“${DRONE_SCENARIO}系统”）：`);
    expect(cardHtml).toContain(`/scenarios/${ids.scenario}/bid?solution=${published}`);
    // A card whose solution is published says plain "推荐理由：".
    const other = await createFirm({ verifier: reviewer });
    await createPublishedSolution(other, { title: `${DRONE_SCENARIO}平台` });
    await drainSearchOutbox();
    const plain = scenarioPanel((await page("/workspace", other.owner.cookie)).body).html;
    expect(plain).toContain("推荐理由：");
    expect(plain).not.toContain("推荐理由（草稿");
  });
});
