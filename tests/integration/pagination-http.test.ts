// Lists asked for a page past their end (an old link, ?page=3 of 2, ?page=99999) say so, with the total and a way
// back, in the visitor's language — as the search pages do — instead of "nothing found" or silently page 1.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fileReport } from "~/modules/moderation/moderation.server";
import { PUBLIC_SOLUTION_WHERE } from "~/modules/solutions/solution-transitions";
import { placeBid } from "~/modules/bids/bids.server";
import { bidInput, createPublishedScenario, createPublishedSolution, createVerifiedOrgUser } from "../setup/bid-factories";
import { createUser } from "../setup/factories";
import { startHttpApp } from "../setup/http-app";
import { useTestSchema } from "../setup/test-database";

let db: Awaited<ReturnType<typeof useTestSchema>>;
let http: Awaited<ReturnType<typeof startHttpApp>>;

beforeAll(async () => {
  db = await useTestSchema();
  http = await startHttpApp();
});
afterAll(async () => {
  await http?.close();
  await db?.drop();
});

const PAST_END = { zh: (count: number) => `这一页没有结果，结果共 ${count} 个。`, en: (count: number) => `This page has no results; there are ${count} in all.` };
const FIRST_PAGE = { zh: "回到第一页", en: "Go to the first page" };
const LAST_PAGE = { zh: (page: number) => `去最后一页（第 ${page} 页）`, en: (page: number) => `Go to the last page (page ${page})` };
const STATUS = { zh: (page: number, pageCount: number) => `第 ${page} 页，共 ${pageCount} 页`, en: (page: number, pageCount: number) => `Page ${page} of ${pageCount}` };

describe("a page past the end of a list", () => {
  it.each(["zh", "en"] as const)("the invite page says so, with the total and links to the first and last pages (%s)", async (locale) => {
    const reviewer = await createUser({ roles: ["REVIEWER"] });
    const owner = await createVerifiedOrgUser("SOE", reviewer.id, { locale });
    const firm = await createVerifiedOrgUser("TECH_FIRM", reviewer.id);
    const scenario = await createPublishedScenario(owner.orgId);
    for (let i = 0; i < 12; i++) await createPublishedSolution(firm.orgId);
    const invitable = await db.prisma.solution.count({ where: { AND: [PUBLIC_SOLUTION_WHERE, { orgId: { not: owner.orgId } }] } });
    expect(invitable).toBeGreaterThan(10);
    const pageCount = Math.ceil(invitable / 10);
    const page = `/workspace/scenarios/${scenario.id}/invite`;
    for (const past of [String(pageCount + 1), "99999", "99999999999"]) {
      const response = await http.request(`${page}?page=${past}`, { cookie: owner.cookie });
      expect(response.status).toBe(200);
      const html = await response.text();
      expect(html, past).toContain(PAST_END[locale](invitable));
      expect(html).toContain(`href="${page}?page=1"`);
      expect(html).toContain(FIRST_PAGE[locale]);
      expect(html).toContain(`href="${page}?page=${pageCount}"`);
      expect(html).toContain(LAST_PAGE[locale](pageCount));
      expect(html).not.toContain(locale === "zh" ? "没有找到符合条件的已发布解决方案。" : "No published solutions match");
      expect(html).not.toContain(locale === "zh" ? `页，共 ${pageCount} 页` : ` of ${pageCount}`);
    }
    // The last page itself is an ordinary page.
    const last = await (await http.request(`${page}?page=${pageCount}`, { cookie: owner.cookie })).text();
    expect(last).not.toContain(PAST_END[locale](invitable));
    expect(last).toContain(STATUS[locale](pageCount, pageCount));
  });

  it.each(["zh", "en"] as const)("the scenario review queue says so too (%s)", async (locale) => {
    const reviewer = await createUser({ roles: ["REVIEWER"], locale });
    const soe = await createVerifiedOrgUser("SOE", reviewer.id);
    for (let i = 0; i < 21; i++) await createPublishedScenario(soe.orgId);
    const published = await db.prisma.scenario.count({ where: { status: "PUBLISHED" } });
    expect(published).toBeGreaterThan(20);
    const pageCount = Math.ceil(published / 20);
    for (const past of [String(pageCount + 1), "10001", "99999999999"]) {
      const response = await http.request(`/review/scenarios?status=PUBLISHED&page=${past}`, { cookie: reviewer.cookie });
      expect(response.status).toBe(200);
      const html = await response.text();
      expect(html, past).toContain(PAST_END[locale](published));
      expect(html).toContain('href="/review/scenarios?status=PUBLISHED&amp;page=1"');
      expect(html).toContain(FIRST_PAGE[locale]);
      expect(html).toContain(LAST_PAGE[locale](pageCount));
      expect(html).not.toContain(locale === "zh" ? "该状态下没有需求。" : "No scenarios in this status.");
      expect(html).not.toContain(locale === "zh" ? `页，共 ${pageCount} 页` : ` of ${pageCount}`);
    }
    // Not a page number at all: the first page.
    const odd = await (await http.request("/review/scenarios?status=PUBLISHED&page=abc", { cookie: reviewer.cookie })).text();
    expect(odd).toContain(STATUS[locale](1, pageCount));
  });

  it.each(["zh", "en"] as const)("so do the workspace lists, notifications and the review queues (%s)", async (locale) => {
    const reviewer = await createUser({ roles: ["REVIEWER"], locale });
    const owner = await createVerifiedOrgUser("SOE", reviewer.id, { locale });
    const firm = await createVerifiedOrgUser("TECH_FIRM", reviewer.id, { locale });
    const scenario = await createPublishedScenario(owner.orgId);
    const solution = await createPublishedSolution(firm.orgId);
    await placeBid({ id: firm.id }, firm.orgId, scenario.id, bidInput({ solutionId: solution.id }));
    await fileReport({ id: owner.id }, { entityType: "SOLUTION", entityId: solution.id, reason: "宣传内容与实际不符，请核实。" });
    // Each list holds at least one item for its reader (an empty list says it is empty instead).
    const lists: [path: string, cookie: string][] = [
      ["/workspace/scenarios", owner.cookie],
      ["/workspace/solutions", firm.cookie],
      ["/workspace/bids", firm.cookie],
      ["/notifications", owner.cookie], // "verified" was said to the owner
      ["/review/organizations?status=VERIFIED", reviewer.cookie],
      ["/review/reports", reviewer.cookie],
    ];
    for (const [path, cookie] of lists) {
      const response = await http.request(`${path}${path.includes("?") ? "&" : "?"}page=10001`, { cookie });
      expect(response.status, path).toBe(200);
      const html = await response.text();
      const pastEnd = locale === "zh" ? /这一页没有结果，结果共 [1-9]\d* 个。/ : /This page has no results; there (is 1|are [1-9]\d*) in all\./;
      expect(html, path).toMatch(pastEnd);
      expect(html, path).toContain(FIRST_PAGE[locale]);
      // Its first page is an ordinary page.
      expect(await (await http.request(path, { cookie })).text(), path).not.toMatch(pastEnd);
    }
  });
});
