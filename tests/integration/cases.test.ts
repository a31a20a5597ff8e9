// Typical application cases: drafted from an awarded bid by the scenario's organisation, reviewed and
// published to the public showcase — over real HTTP, with the authorization matrix and hostile input.
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { awardBid, placeBid } from "~/modules/bids/bids.server";
import { CaseTransitionError } from "~/modules/cases/case-transitions";
import { BidNotAwardedError, CaseExistsError, CaseNotFoundError, createCase, decideCase, submitCase } from "~/modules/cases/cases.server";
import { decideReport, fileReport } from "~/modules/moderation/moderation.server";
import { changeSolutionStatus } from "~/modules/solutions/solutions.server";
import { addMember, bidInput, createPublishedScenario, createPublishedSolution, createVerifiedOrgUser } from "../setup/bid-factories";
import { createUser } from "../setup/factories";
import { startHttpApp } from "../setup/http-app";
import { useTestSchema } from "../setup/test-database";

process.env.ATTACHMENTS_DIR = mkdtempSync(path.join(tmpdir(), "sb-cases-"));

const naughtyStrings: string[] = JSON.parse(readFileSync(path.resolve(import.meta.dirname, "../fixtures/blns.json"), "utf8"));
const HOSTILE = ["", "   ", "x".repeat(10_000), "<script>alert('xss')</script>", "'; DROP TABLE \"Case\"; --", "😀🚁🏗️", "\u0000\u0001 control"];
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
const PDF = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x34, 0x0a]);
const SECRET_OUTCOME = "尚未公开的成效：巡检覆盖率达到百分之九十八 draft-outcome-51c2";

let db: Awaited<ReturnType<typeof useTestSchema>>;
let http: Awaited<ReturnType<typeof startHttpApp>>;
let reviewer: Awaited<ReturnType<typeof createUser>>;
let owner: Awaited<ReturnType<typeof createVerifiedOrgUser>>;
let firm: Awaited<ReturnType<typeof createVerifiedOrgUser>>;
let otherFirm: Awaited<ReturnType<typeof createVerifiedOrgUser>>;
let otherSoe: Awaited<ReturnType<typeof createVerifiedOrgUser>>;

beforeAll(async () => {
  db = await useTestSchema();
  http = await startHttpApp();
  reviewer = await createUser({ roles: ["REVIEWER"] });
  owner = await createVerifiedOrgUser("SOE", reviewer.id, { orgName: "日照港集团有限公司" });
  firm = await createVerifiedOrgUser("TECH_FIRM", reviewer.id, { orgName: "山东海之翼无人机科技有限公司" });
  otherFirm = await createVerifiedOrgUser("TECH_FIRM", reviewer.id);
  otherSoe = await createVerifiedOrgUser("SOE", reviewer.id);
});
afterAll(async () => {
  await http?.close();
  await db?.drop();
});

async function awardedBid(options: { categoryId?: string } = {}) {
  const scenario = await createPublishedScenario(owner.orgId, { categoryId: options.categoryId });
  const solution = await createPublishedSolution(firm.orgId, { title: "系留无人机港区巡检系统" });
  const bid = await placeBid({ id: firm.id }, firm.orgId, scenario.id, bidInput({ solutionId: solution.id }));
  await awardBid({ id: owner.id }, bid.id);
  return { scenario, solution, bid };
}

/** A reviewer hides a record through a report, as moderation does, or restores it. */
async function moderate(entityType: "SCENARIO" | "SOLUTION", entityId: string, decision: "hide" | "restore") {
  if (decision === "hide") await fileReport({ id: otherSoe.id }, { entityType, entityId, reason: "内容不实，请核查" });
  const report = await db.prisma.report.findFirstOrThrow({ where: { entityId }, orderBy: { createdAt: "desc" } });
  await decideReport({ id: reviewer.id }, report.id, decision, "核查结论");
}

function caseForm(bidId: string, overrides: Record<string, string> = {}) {
  const form = new FormData();
  const values: Record<string, string> = {
    bidId,
    title: "港区无人机自动巡检",
    outcome: SECRET_OUTCOME,
    "figures[0].label": "巡检效率",
    "figures[0].value": "提升60%",
    "figures[1].label": "",
    "figures[1].value": "",
    ...overrides,
  };
  for (const [key, value] of Object.entries(values)) form.set(key, value);
  return form;
}

type Who = "anonymous" | "otherFirm" | "otherSoe" | "firm" | "owner" | "reviewer";
const WHO: Who[] = ["anonymous", "otherFirm", "otherSoe", "firm", "owner", "reviewer"];
const cookieOf = (who: Who) => ({ anonymous: undefined, otherFirm: otherFirm.cookie, otherSoe: otherSoe.cookie, firm: firm.cookie, owner: owner.cookie, reviewer: reviewer.cookie })[who];

describe("the case life cycle", () => {
  it("drafts with figures and photos, is returned with a reason, resubmitted, published and shown on the showcase", async () => {
    const { scenario, bid } = await awardedBid();
    const form = caseForm(bid.id);
    form.append("attachments", new Blob([PNG], { type: "image/png" }), "现场.png");
    const created = await http.request("/workspace/cases/new", { method: "POST", cookie: owner.cookie, body: form });
    expect(created.status).toBe(302);
    const caseStudy = await db.prisma.case.findUniqueOrThrow({ where: { bidId: bid.id } });
    expect(created.headers.get("location")).toBe(`/workspace/cases/${caseStudy.id}`);
    expect(caseStudy).toMatchObject({ status: "DRAFT", scenarioId: scenario.id, figures: [{ label: "巡检效率", value: "提升60%" }] });
    const photo = await db.prisma.attachment.findFirstOrThrow({ where: { ownerType: "CASE", ownerId: caseStudy.id } });

    // Not public yet: the showcase, the page and the photo are hidden.
    expect((await http.request(`/cases/${caseStudy.id}`)).status).toBe(404);
    expect(await (await http.request("/cases")).text()).not.toContain("draft-outcome-51c2");
    expect((await http.request(`/attachments/${photo.id}`, { cookie: otherFirm.cookie })).status).toBe(404);

    expect((await http.request(`/workspace/cases/${caseStudy.id}`, { cookie: owner.cookie, form: { intent: "submit" } })).status).toBe(302);
    expect(await db.prisma.notification.count({ where: { userId: reviewer.id, type: "caseStudy.notify.submitted" } })).toBe(1);
    const queue = await (await http.request("/review/cases", { cookie: reviewer.cookie })).text();
    expect(queue).toContain("港区无人机自动巡检");
    expect(queue).toMatch(/待审核 \(1\)|待审核<!-- --> \(<!-- -->1<!-- -->\)/);

    // Return needs a reason.
    const noReason = await http.request(`/review/cases/${caseStudy.id}`, { cookie: reviewer.cookie, form: { decision: "return", reason: "" } });
    expect(noReason.status).toBe(400);
    expect(await noReason.text()).toContain("退回修改时必须填写理由");
    expect((await http.request(`/review/cases/${caseStudy.id}`, { cookie: reviewer.cookie, form: { decision: "return", reason: "请补充量化数据" } })).status).toBe(302);
    expect(await db.prisma.notification.count({ where: { userId: owner.id, type: "caseStudy.notify.returned" } })).toBe(1);
    const editPage = await (await http.request(`/workspace/cases/${caseStudy.id}`, { cookie: owner.cookie })).text();
    expect(editPage).toContain("请补充量化数据");

    const edit = caseForm(bid.id, { "figures[1].label": "人工成本", "figures[1].value": "降低35%" });
    edit.delete("bidId");
    expect((await http.request(`/workspace/cases/${caseStudy.id}`, { method: "POST", cookie: owner.cookie, body: edit })).status).toBe(302);
    await submitCase({ id: owner.id }, caseStudy.id);
    expect((await http.request(`/review/cases/${caseStudy.id}`, { cookie: reviewer.cookie, form: { decision: "publish", reason: "" } })).status).toBe(302);

    const showcase = await (await http.request("/cases")).text();
    expect(showcase).toContain("港区无人机自动巡检");
    const detail = await http.request(`/cases/${caseStudy.id}`);
    expect(detail.status).toBe(200);
    const body = await detail.text();
    for (const text of ["巡检效率", "提升60%", "人工成本", "降低35%", "山东海之翼无人机科技有限公司", "系留无人机港区巡检系统", "首台套", "已认定", scenario.title, photo.id]) {
      expect(body).toContain(text);
    }
    expect((await http.request(`/attachments/${photo.id}`)).status).toBe(200);
    const audit = (await db.prisma.auditLog.findMany({ where: { entityType: "Case", entityId: caseStudy.id }, orderBy: { createdAt: "asc" }, select: { action: true } })).map((a) => a.action);
    expect(audit).toEqual(["case.created", "case.submit", "case.return", "case.updated", "case.submit", "case.publish"]);
    // Published cases are final.
    await expect(decideCase({ id: reviewer.id }, caseStudy.id, "return", "再改")).rejects.toBeInstanceOf(CaseTransitionError);
  });

  it("only from an awarded bid, only by the scenario's organisation, one case per bid", async () => {
    const scenario = await createPublishedScenario(owner.orgId);
    const open = await placeBid({ id: firm.id }, firm.orgId, scenario.id, bidInput());
    const input = { title: "案例标题", outcome: "足够长的应用成效描述，超过二十个字符。", figures: [] };
    await expect(createCase({ id: owner.id }, open.id, input)).rejects.toBeInstanceOf(BidNotAwardedError);
    const { bid } = await awardedBid();
    await expect(createCase({ id: firm.id }, bid.id, input)).rejects.toBeInstanceOf(CaseNotFoundError);
    await expect(createCase({ id: otherSoe.id }, bid.id, input)).rejects.toBeInstanceOf(CaseNotFoundError);
    const colleague = await addMember(owner.orgId);
    await createCase({ id: colleague.id }, bid.id, input);
    await expect(createCase({ id: owner.id }, bid.id, input)).rejects.toBeInstanceOf(CaseExistsError);
  });

  it("withholds a case while its scenario or winning solution is hidden by moderation, and links only to public pages", async () => {
    const { scenario, solution, bid } = await awardedBid();
    const published = await createCase({ id: owner.id }, bid.id, { title: "港区巡检成效案例", outcome: "足够长的应用成效描述，超过二十个字符。", figures: [] });
    await submitCase({ id: owner.id }, published.id);
    await decideCase({ id: reviewer.id }, published.id, "publish", "");
    const shows = async () => {
      const page = await http.request(`/cases/${published.id}`);
      const showcase = await (await http.request("/cases")).text();
      expect(showcase.includes("港区巡检成效案例")).toBe(page.status === 200);
      return page.status === 200 ? await page.text() : null;
    };
    const before = await shows();
    expect(before).toContain(`href="/scenarios/${scenario.id}"`);
    expect(before).toContain(`href="/solutions/${solution.id}"`);

    for (const [type, id, title] of [["SCENARIO", scenario.id, scenario.title], ["SOLUTION", solution.id, "系留无人机港区巡检系统"]] as const) {
      await moderate(type, id, "hide");
      expect(await shows(), type).toBeNull();
      expect(await (await http.request(`/cases/${published.id}?_data=routes%2Fcases.%24caseId`)).text()).not.toContain(title);
      await moderate(type, id, "restore");
      expect(await shows(), type).not.toBeNull();
    }

    // The firm's verification is revoked: its solution is not public (ADR 0015); the case still names it, unlinked.
    await db.prisma.organization.update({ where: { id: firm.orgId }, data: { verificationStatus: "REJECTED" } });
    const revoked = await shows();
    expect(revoked).toContain("系留无人机港区巡检系统");
    expect(revoked).not.toContain(`href="/solutions/${solution.id}"`);
    await db.prisma.organization.update({ where: { id: firm.orgId }, data: { verificationStatus: "VERIFIED" } });
    expect(await shows()).toContain(`href="/solutions/${solution.id}"`);

    // The firm archives its solution: the case still names it, without a link to a page that is gone.
    await changeSolutionStatus({ id: firm.id }, { orgId: firm.orgId, verifiedTechFirm: true }, solution.id, "archive");
    const archived = await shows();
    expect(archived).toContain("系留无人机港区巡检系统");
    expect(archived).not.toContain(`href="/solutions/${solution.id}"`);
  });

  it("the showcase, the review queue and the owner's list each say when a page lies past their end", async () => {
    const { bid } = await awardedBid();
    const published = await createCase({ id: owner.id }, bid.id, { title: "翻页测试案例", outcome: "足够长的应用成效描述，超过二十个字符。", figures: [] });
    await submitCase({ id: owner.id }, published.id);
    await decideCase({ id: reviewer.id }, published.id, "publish", "");
    for (const [path, cookie] of [["/cases", undefined], ["/review/cases?status=PUBLISHED", reviewer.cookie], ["/workspace/cases", owner.cookie]] as const) {
      const past = await http.request(`${path}${path.includes("?") ? "&" : "?"}page=10001`, { cookie });
      expect(past.status, path).toBe(200);
      const html = await past.text();
      expect(html, path).toMatch(/这一页没有结果，结果共 [1-9]\d* 个。/);
      expect(html, path).toContain("回到第一页");
      expect(html, path).not.toContain("翻页测试案例");
      expect(await (await http.request(path, { cookie })).text(), path).toContain("翻页测试案例");
    }
  });

  it("the showcase filters by category, newest first", async () => {
    const digital = await awardedBid({ categoryId: "cat_digital" });
    const input = (title: string) => ({ title, outcome: "足够长的应用成效描述，超过二十个字符。", figures: [] });
    const c1 = await createCase({ id: owner.id }, digital.bid.id, input("数字孪生港口案例"));
    await submitCase({ id: owner.id }, c1.id);
    await decideCase({ id: reviewer.id }, c1.id, "publish", "");
    const low = await awardedBid();
    const c2 = await createCase({ id: owner.id }, low.bid.id, input("无人机物流配送案例"));
    await submitCase({ id: owner.id }, c2.id);
    await decideCase({ id: reviewer.id }, c2.id, "publish", "");
    const onlyDigital = await (await http.request("/cases?category=DIGITAL")).text();
    expect(onlyDigital).toContain("数字孪生港口案例");
    expect(onlyDigital).not.toContain("无人机物流配送案例");
    const all = await (await http.request("/cases?category=<script>")).text();
    expect(all.indexOf("无人机物流配送案例")).toBeLessThan(all.indexOf("数字孪生港口案例"));
  });
});

describe("authorization matrix", () => {
  let caseId: string;
  let photoId: string;
  beforeAll(async () => {
    const { bid } = await awardedBid();
    const form = caseForm(bid.id);
    form.append("attachments", new Blob([PNG], { type: "image/png" }), "photo.png");
    await http.request("/workspace/cases/new", { method: "POST", cookie: owner.cookie, body: form });
    caseId = (await db.prisma.case.findUniqueOrThrow({ where: { bidId: bid.id } })).id;
    photoId = (await db.prisma.attachment.findFirstOrThrow({ where: { ownerType: "CASE", ownerId: caseId } })).id;
  });

  it("workspace case pages: owner only; others sign in or get 404/403 and see nothing", async () => {
    const pages: [string, Record<Who, number>][] = [
      ["/workspace/cases", { anonymous: 302, otherFirm: 200, otherSoe: 200, firm: 200, owner: 200, reviewer: 200 }],
      [`/workspace/cases/${caseId}`, { anonymous: 302, otherFirm: 404, otherSoe: 404, firm: 404, owner: 200, reviewer: 404 }],
      ["/workspace/cases/new", { anonymous: 302, otherFirm: 403, otherSoe: 200, firm: 403, owner: 200, reviewer: 403 }],
    ];
    for (const [page, expected] of pages) {
      for (const who of WHO) {
        const response = await http.request(page, { cookie: cookieOf(who) });
        expect(response.status, `${who} ${page}`).toBe(expected[who]);
        const body = response.status === 302 ? "" : await response.text();
        if (who !== "owner") expect(body, `${who} ${page}`).not.toContain("draft-outcome-51c2");
      }
    }
  });

  it("case writes: only the owner edits and submits; only reviewers decide", async () => {
    for (const who of ["otherFirm", "otherSoe", "firm", "reviewer"] as const) {
      expect((await http.request(`/workspace/cases/${caseId}`, { cookie: cookieOf(who), form: { intent: "submit" } })).status, who).toBe(404);
      expect((await http.request(`/workspace/cases/${caseId}`, { cookie: cookieOf(who), form: { title: "篡改", outcome: "篡改的内容篡改的内容篡改的内容篡改的内容" } })).status, who).toBe(404);
    }
    for (const who of ["otherFirm", "otherSoe", "firm", "owner"] as const) {
      expect((await http.request(`/review/cases/${caseId}`, { cookie: cookieOf(who), form: { decision: "publish" } })).status, who).toBe(403);
      expect((await http.request(`/review/cases/${caseId}`, { cookie: cookieOf(who) })).status, who).toBe(403);
      expect((await http.request("/review/cases", { cookie: cookieOf(who) })).status, who).toBe(403);
    }
    expect((await http.request("/review/cases")).status).toBe(302);
    expect((await http.request(`/review/cases/${caseId}`, { cookie: reviewer.cookie })).status).toBe(200);
    // A draft cannot be published: the reviewer's decision fits only a case under review.
    expect((await http.request(`/review/cases/${caseId}`, { cookie: reviewer.cookie, form: { decision: "publish" } })).status).toBe(409);
    expect((await db.prisma.case.findUniqueOrThrow({ where: { id: caseId } })).title).toBe("港区无人机自动巡检");
    expect((await db.prisma.case.findUniqueOrThrow({ where: { id: caseId } })).status).toBe("DRAFT");
  });

  it("draft photos only for the owner and reviewers; the public page of a draft is 404 for everyone", async () => {
    const expected: Record<Who, number> = { anonymous: 404, otherFirm: 404, otherSoe: 404, firm: 404, owner: 200, reviewer: 200 };
    for (const who of WHO) {
      expect((await http.request(`/attachments/${photoId}`, { cookie: cookieOf(who) })).status, who).toBe(expected[who]);
      expect((await http.request(`/cases/${caseId}`, { cookie: cookieOf(who) })).status, who).toBe(404);
    }
  });

  it("only the owner removes a photo of its draft, and the removal is audited", async () => {
    for (const who of ["otherFirm", "otherSoe", "firm", "reviewer"] as const) {
      const response = await http.request(`/workspace/cases/${caseId}`, { cookie: cookieOf(who), form: { intent: "delete-photo", attachmentId: photoId } });
      expect(response.status, who).toBe(404);
    }
    expect(await db.prisma.attachment.count({ where: { id: photoId } })).toBe(1);
    const removed = await http.request(`/workspace/cases/${caseId}`, { cookie: owner.cookie, form: { intent: "delete-photo", attachmentId: photoId } });
    expect(removed.status).toBe(302);
    expect(await db.prisma.attachment.count({ where: { id: photoId } })).toBe(0);
    const audit = await db.prisma.auditLog.findFirstOrThrow({ where: { action: "case.attachment_deleted", entityId: caseId } });
    expect(audit).toMatchObject({ actorId: owner.id, entityType: "Case", before: expect.objectContaining({ attachmentId: photoId, fileName: "photo.png" }) });
    expect((await http.request(`/attachments/${photoId}`, { cookie: owner.cookie })).status).toBe(404);
  });
});

describe("bad input", () => {
  it("case form: hostile values give 4xx with a Chinese message and keep what was typed", async () => {
    const { bid } = await awardedBid();
    for (const value of HOSTILE) {
      const response = await http.request("/workspace/cases/new", {
        method: "POST",
        cookie: owner.cookie,
        body: caseForm(value.trim() ? bid.id : value, { title: value, outcome: value, "figures[0].label": value, "figures[0].value": "" }),
      });
      const label = JSON.stringify(value.slice(0, 20));
      expect(response.status, label).toBeGreaterThanOrEqual(400);
      expect(response.status, label).toBeLessThan(500);
      const body = await response.text();
      expect(body).not.toContain("<script>alert('xss')</script>");
      expect(body, label).toMatch(/此项为必填项|至少需要|不能超过|请填写该指标的数值/);
    }
    const kept = await http.request("/workspace/cases/new", { method: "POST", cookie: owner.cookie, body: caseForm(bid.id, { title: "<b>港口</b> 😀 案例", outcome: "太短" }) });
    expect(kept.status).toBe(400);
    const keptBody = await kept.text();
    expect(keptBody).toContain("&lt;b&gt;港口&lt;/b&gt; 😀 案例");
    expect(keptBody).toContain("至少需要 20 个字符");
    expect(keptBody).toContain("提升60%");
    // Photos must be images; a PDF is refused with its name.
    const withPdf = caseForm(bid.id);
    withPdf.append("attachments", new Blob([PDF], { type: "application/pdf" }), "报告.pdf");
    const pdfResponse = await http.request("/workspace/cases/new", { method: "POST", cookie: owner.cookie, body: withPdf });
    expect(pdfResponse.status).toBe(400);
    expect(await pdfResponse.text()).toContain("“报告.pdf”不是图片");
    // Someone else's bid.
    const foreign = await http.request("/workspace/cases/new", { method: "POST", cookie: otherSoe.cookie, body: caseForm(bid.id) });
    expect(foreign.status).toBe(400);
    expect(await foreign.text()).toContain("只能从已中标的揭榜方案创建案例");
    expect(await db.prisma.case.count({ where: { bidId: bid.id } })).toBe(0);
  });

  it("case form survives the Big List of Naughty Strings", async () => {
    const { bid } = await awardedBid();
    for (const value of naughtyStrings.slice(0, 200)) {
      const response = await http.request("/workspace/cases/new", { method: "POST", cookie: owner.cookie, body: caseForm(bid.id, { title: value, outcome: value, "figures[0].value": "" }) });
      expect(response.status, JSON.stringify(value)).toBeGreaterThanOrEqual(400);
      expect(response.status, JSON.stringify(value)).toBeLessThan(500);
    }
  });

  it("decision form: hostile values give 4xx, never 5xx", async () => {
    const { bid } = await awardedBid();
    const created = await createCase({ id: owner.id }, bid.id, { title: "案例标题", outcome: "足够长的应用成效描述，超过二十个字符。", figures: [] });
    await submitCase({ id: owner.id }, created.id);
    for (const value of HOSTILE) {
      const response = await http.request(`/review/cases/${created.id}`, { cookie: reviewer.cookie, form: { decision: value.trim() ? "return" : value, reason: value.length > 500 || !value.trim() ? value : "" } });
      expect(response.status, JSON.stringify(value.slice(0, 20))).toBeGreaterThanOrEqual(400);
      expect(response.status).toBeLessThan(500);
      expect(await response.text()).toMatch(/此项为必填项|不能超过|请从列表中选择|必须填写理由/);
    }
    expect((await db.prisma.case.findUniqueOrThrow({ where: { id: created.id } })).status).toBe("PENDING_REVIEW");
  });
});
