// Reports and moderation over real HTTP: the report form (signed-in only, honeypot, hostile input), the
// reviewer's queue and decision page (reviewers only), and hiding taking a solution off the public pages.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createOrgFor, createUser } from "../setup/factories";
import { startHttpApp } from "../setup/http-app";
import { syncSearchIndex } from "../setup/search";
import { createFirm, createPublishedSolution } from "../setup/solution-factories";
import { useTestSchema } from "../setup/test-database";

const HOSTILE = ["", "   ", "x".repeat(10_000), "<script>alert('xss')</script>", "😀", "\u0000\u0001", "﷽".repeat(500)];

let db: Awaited<ReturnType<typeof useTestSchema>>;
let http: Awaited<ReturnType<typeof startHttpApp>>;
let reviewer: Awaited<ReturnType<typeof createUser>>;
let reporter: Awaited<ReturnType<typeof createUser>>;
let stranger: Awaited<ReturnType<typeof createUser>>;
let firm: Awaited<ReturnType<typeof createFirm>>;
let solutionId: string;
const TITLE = "被举报的海上风电运维方案";
const REPORT_REASON = "举报人提供的具体线索：证书号 SD-404";

beforeAll(async () => {
  db = await useTestSchema();
  http = await startHttpApp();
  reviewer = await createUser({ roles: ["REVIEWER"] });
  reporter = await createUser({ name: "热心市民" });
  stranger = await createUser();
  await createOrgFor(stranger.id, { kind: "SOE" });
  firm = await createFirm({ verifier: reviewer });
  solutionId = await createPublishedSolution(firm, { title: TITLE });
  // The public list is the search page: index the solution as the app's background job would.
  await syncSearchIndex();
});
afterAll(async () => {
  await http?.close();
  await db?.drop();
});

const reportForm = (overrides: Record<string, string> = {}) => ({ entityType: "SOLUTION", entityId: solutionId, reason: REPORT_REASON, redirectTo: `/solutions/${solutionId}`, ...overrides });
const reportsOn = () => db.prisma.report.findMany({ where: { entityId: solutionId }, orderBy: { createdAt: "asc" } });

describe("the report form", () => {
  it("sends anonymous visitors to sign in and files nothing", async () => {
    const response = await http.request("/reports", { form: reportForm() });
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toMatch(/^\/signin/);
    expect(await reportsOn()).toHaveLength(0);
  });

  it("files a report for a signed-in user and returns them to the page with a thank-you", async () => {
    const response = await http.request("/reports", { cookie: reporter.cookie, form: reportForm() });
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe(`/solutions/${solutionId}`);
    const reports = await reportsOn();
    expect(reports.map((r) => [r.reason, r.reporterId, r.status])).toEqual([[REPORT_REASON, reporter.id, "OPEN"]]);
    const page = await http.request(`/solutions/${solutionId}`, { cookie: `${reporter.cookie}; ${response.headers.get("set-cookie")!.split(";")[0]}` });
    expect(await page.text()).toContain("举报已提交");
  });

  it("never redirects to another site", async () => {
    const other = await createUser();
    const response = await http.request("/reports", { cookie: other.cookie, form: reportForm({ redirectTo: "//evil.example.com/x" }) });
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe("/");
  });

  it("answers hostile reasons with 400, a message and the typed text, and files nothing", async () => {
    const before = (await reportsOn()).length;
    for (const value of HOSTILE) {
      const response = await http.request("/reports", { cookie: stranger.cookie, form: reportForm({ reason: value, entityType: value.trim() ? "SOLUTION" : value }) });
      const body = await response.text();
      if (value.trim().length >= 5 && value.length <= 1000 && !value.includes("\u0000")) {
        // A well-formed reason is accepted; only the first one per person is stored.
        expect(response.status, JSON.stringify(value.slice(0, 20))).toBe(302);
        continue;
      }
      expect(response.status, JSON.stringify(value.slice(0, 20))).toBe(400);
      expect(body).toMatch(/此项为必填项|不能超过|至少需要|请从列表中选择/);
      expect(body).not.toContain("<script>alert('xss')</script>");
    }
    expect((await reportsOn()).length).toBeLessThanOrEqual(before + 1);
  });

  it("keeps the typed reason when it is too short, escaped", async () => {
    const response = await http.request("/reports", { cookie: stranger.cookie, form: reportForm({ reason: "<b>" }) });
    expect(response.status).toBe(400);
    const body = await response.text();
    expect(body).toContain("&lt;b&gt;");
    expect(body).toContain("至少需要 5 个字符");
  });

  it("rejects the honeypot and unknown or private records", async () => {
    const bot = await createUser();
    const honeypot = await http.request("/reports", { cookie: bot.cookie, form: reportForm({ website_url: "http://spam.example" }) });
    expect(honeypot.status).toBe(400);
    const unknown = await http.request("/reports", { cookie: bot.cookie, form: reportForm({ entityId: "nope" }) });
    expect(unknown.status).toBe(404);
    expect(await unknown.text()).toContain("找不到该内容");
    const badType = await http.request("/reports", { cookie: bot.cookie, form: reportForm({ entityType: "USER" }) });
    expect(badType.status).toBe(400);
    expect(await db.prisma.report.count({ where: { reporterId: bot.id } })).toBe(0);
  });
});

describe("the reviewer's report pages", () => {
  it("are for reviewers only and show no report data to anyone else", async () => {
    const [report] = await reportsOn();
    for (const page of ["/review/reports", `/review/reports/${report.id}`]) {
      const anonymous = await http.request(page);
      expect(anonymous.status, page).toBe(302);
      for (const cookie of [stranger.cookie, firm.owner.cookie, reporter.cookie]) {
        const response = await http.request(page, { cookie });
        expect(response.status, page).toBe(403);
        expect(await response.text()).not.toContain(REPORT_REASON);
      }
      const reviewerView = await http.request(page, { cookie: reviewer.cookie });
      expect(reviewerView.status, page).toBe(200);
      const body = await reviewerView.text();
      expect(body).toContain(TITLE);
      expect(body).toContain(REPORT_REASON);
    }
    expect((await http.request("/review/reports/missing", { cookie: reviewer.cookie })).status).toBe(404);
    for (const [cookie, status] of [[undefined, 302], [firm.owner.cookie, 403], [reporter.cookie, 403]] as const) {
      const response = await http.request(`/review/reports/${report.id}`, { cookie, form: { decision: "hide", reason: "越权隐藏" } });
      expect(response.status).toBe(status);
    }
    expect((await db.prisma.solution.findUniqueOrThrow({ where: { id: solutionId } })).hidden).toBe(false);
  });

  it("requires a reason for every decision and answers hostile input with 400", async () => {
    const [report] = await reportsOn();
    for (const value of ["", " ", "x", "x".repeat(10_000), "\u0000"]) {
      const response = await http.request(`/review/reports/${report.id}`, { cookie: reviewer.cookie, form: { decision: "hide", reason: value } });
      expect(response.status, JSON.stringify(value.slice(0, 10))).toBe(400);
      expect(await response.text()).toMatch(/此项为必填项|不能超过|至少需要/);
    }
    const badDecision = await http.request(`/review/reports/${report.id}`, { cookie: reviewer.cookie, form: { decision: "<script>", reason: "理由充分" } });
    expect(badDecision.status).toBe(400);
    expect(await badDecision.text()).toContain("请从列表中选择");
    expect((await db.prisma.solution.findUniqueOrThrow({ where: { id: solutionId } })).hidden).toBe(false);
  });

  it("hides the solution from the public at once, then restores it", async () => {
    const [report] = await reportsOn();
    const hide = await http.request(`/review/reports/${report.id}`, { cookie: reviewer.cookie, form: { decision: "hide", reason: "证书编号查无此号" } });
    expect(hide.status).toBe(302);
    expect(await (await http.request("/solutions")).text()).not.toContain(TITLE);
    const anonymousDetail = await http.request(`/solutions/${solutionId}`);
    expect(anonymousDetail.status).toBe(404);
    expect(await anonymousDetail.text()).not.toContain(TITLE);
    const ownerDetail = await (await http.request(`/solutions/${solutionId}`, { cookie: firm.owner.cookie })).text();
    expect(ownerDetail).toContain("证书编号查无此号");
    const queue = await (await http.request("/review/reports?status=HIDDEN", { cookie: reviewer.cookie })).text();
    expect(queue).toContain(TITLE);
    // Dismissing a report that was already acted on is refused with a message.
    const dismiss = await http.request(`/review/reports/${report.id}`, { cookie: reviewer.cookie, form: { decision: "dismiss", reason: "改变主意" } });
    expect(dismiss.status).toBe(409);
    expect(await dismiss.text()).toContain("该举报已处理");

    const restore = await http.request(`/review/reports/${report.id}`, { cookie: reviewer.cookie, form: { decision: "restore", reason: "企业已补充证明材料" } });
    expect(restore.status).toBe(302);
    // Back in the public list once the search index caught up (the app's background job does it within a second).
    await syncSearchIndex();
    expect(await (await http.request("/solutions")).text()).toContain(TITLE);
    expect((await http.request(`/solutions/${solutionId}`)).status).toBe(200);
  });

  it("shows the GET /reports page without doing anything", async () => {
    const response = await http.request("/reports", { cookie: reporter.cookie });
    expect(response.status).toBe(200);
    expect(await response.text()).toContain("请在需要举报的场景、方案或案例页面上点击");
  });
});
