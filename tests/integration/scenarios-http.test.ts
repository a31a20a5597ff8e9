// Scenario pages over real HTTP: who may read and change what (anonymous, a tech firm, another SOE, a
// member of the owning SOE, a reviewer), and hostile input on every scenario form.
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { decideScenario } from "~/modules/scenarios/scenarios.server";
import { createUser } from "../setup/factories";
import { startHttpApp } from "../setup/http-app";
import { createReviewer, createScenarioAt, createSoe } from "../setup/scenario-factories";
import { syncSearchIndex } from "../setup/search";
import { useTestSchema } from "../setup/test-database";

let db: Awaited<ReturnType<typeof useTestSchema>>;
let http: Awaited<ReturnType<typeof startHttpApp>>;
let reviewer: Awaited<ReturnType<typeof createReviewer>>;
let owner: Awaited<ReturnType<typeof createSoe>>;
let member: Awaited<ReturnType<typeof createUser>>;
let otherSoe: Awaited<ReturnType<typeof createSoe>>;
let firm: Awaited<ReturnType<typeof createSoe>>;
let draftId: string;
let pendingId: string;
let publishedId: string;

const SECRET_PHONE = "13911112222";
const DRAFT_TITLE = "草稿需求不可外泄标题";

beforeAll(async () => {
  db = await useTestSchema();
  http = await startHttpApp();
  reviewer = await createReviewer();
  owner = await createSoe(reviewer);
  otherSoe = await createSoe(reviewer);
  firm = await createSoe(reviewer, { kind: "TECH_FIRM" });
  member = await createUser({ name: "发榜方成员" });
  await db.prisma.membership.create({ data: { orgId: owner.org.id, userId: member.id, role: "MEMBER" } });
  await db.prisma.user.update({ where: { id: member.id }, data: { activeOrgId: owner.org.id } });
  draftId = (await createScenarioAt("DRAFT", owner.user, owner.org.id, reviewer, { title: DRAFT_TITLE })).id;
  pendingId = (await createScenarioAt("PENDING_REVIEW", owner.user, owner.org.id, reviewer, { title: "待审核需求标题" })).id;
  publishedId = (await createScenarioAt("PUBLISHED", owner.user, owner.org.id, reviewer, { title: "已发布的港口巡检需求" })).id;
  await syncSearchIndex();
});
afterAll(async () => {
  await http?.close();
  await db?.drop();
});

type Who = "anonymous" | "firm" | "otherSoe" | "member" | "reviewer";
const WHO: Who[] = ["anonymous", "firm", "otherSoe", "member", "reviewer"];
const cookieOf = (who: Who) => ({ anonymous: undefined, firm: firm.user.cookie, otherSoe: otherSoe.user.cookie, member: member.cookie, reviewer: reviewer.cookie })[who];

async function get(pathname: string, who: Who) {
  const response = await http.request(pathname, { cookie: cookieOf(who) });
  return { status: response.status, location: response.headers.get("location"), body: await response.text() };
}

function expectSignIn(result: { status: number; location: string | null }) {
  expect(result.status).toBe(302);
  expect(result.location).toMatch(/^\/signin\?redirectTo=/);
}

describe("public pages", () => {
  it("lists and finds only published scenarios, for everyone", async () => {
    for (const who of WHO) {
      for (const pathname of ["/scenarios", `/scenarios?q=${encodeURIComponent("需求")}`, "/scenarios?district=DONGGANG&mode=CHALLENGE"]) {
        const page = await get(pathname, who);
        expect(page.status, `${who} ${pathname}`).toBe(200);
        expect(page.body, `${who} ${pathname}`).toMatch(/已发布的港口巡检(<mark>)?需求/);
        expect(page.body).not.toContain(DRAFT_TITLE);
        expect(page.body).not.toContain("待审核需求标题");
        expect(page.body).toContain("共 1 个结果");
      }
    }
    expect((await get(`/scenarios?q=${encodeURIComponent("港口巡检")}`, "anonymous")).body).toContain("已发布的<mark>港口巡检</mark>需求");
  });

  it("keeps malformed filters harmless and shows the empty state", async () => {
    const page = await get("/scenarios?budgetFrom=abc&deadlineAfter=%3Cscript%3E&mode=NOPE&category=%27%3B--&page=-3", "anonymous");
    // The amount is bad input (400, said by its box); the rest is ignored, and the page is shown.
    expect(page.status).toBe(400);
    expect(page.body).toContain("不是有效金额");
    // A category no category has is ignored (search-pages.test.ts); words nothing has give the empty state.
    expect((await get("/scenarios?category=NO_SUCH_CATEGORY", "anonymous")).status).toBe(200);
    const empty = await get("/scenarios?q=zzzzqqqxxyy", "anonymous");
    expect(empty.status).toBe(200);
    expect(empty.body).toContain("没有找到");
    expect(empty.body).toContain("浏览全部应用场景");
  });

  it("shows a published scenario to all, its contact only to verified organisations and reviewers", async () => {
    for (const who of WHO) {
      const page = await get(`/scenarios/${publishedId}`, who);
      expect(page.status, who).toBe(200);
      if (who === "anonymous") {
        expect(page.body).not.toContain(SECRET_PHONE);
        expect(page.body).toContain("仅对已认证组织可见");
        // Not followed by "no attachments": the notice says there may be some.
        expect(page.body).not.toContain("暂无附件");
      } else {
        expect(page.body, who).toContain(SECRET_PHONE);
      }
    }
  });

  it("lists bidders with a recognised first-unit product to the scenario's organisation and reviewers, where the scenario expects one", async () => {
    // The factory's scenario expects a 首台（套） product: the section says none of its bidders holds one yet.
    // Who bid is not public: a competing firm, another SOE and visitors get no section at all.
    for (const who of WHO) {
      const body = (await get(`/scenarios/${publishedId}`, who)).body;
      expect(body.includes("暂无持有匹配认定产品的揭榜单位。"), who).toBe(who === "member" || who === "reviewer");
      expect(body.includes('id="first-unit-title"'), who).toBe(who === "member" || who === "reviewer");
      // Nor do they get the list in the page's data.
      if (who !== "member" && who !== "reviewer") expect(body, who).toContain('"firstUnitBidders":null');
    }
    const expectsNone = await createScenarioAt("PUBLISHED", owner.user, owner.org.id, reviewer, { title: "不需要首台套的需求", expectedFirstUnitTypes: [] });
    const page = await get(`/scenarios/${expectsNone.id}`, "member");
    expect(page.status).toBe(200);
    expect(page.body).not.toContain('id="first-unit-title"');
    expect(page.body).not.toContain("暂无持有匹配认定产品的揭榜单位");
  });

  it("offers the bid link only to a verified tech firm", async () => {
    for (const who of WHO) {
      const page = await get(`/scenarios/${publishedId}`, who);
      expect(page.body.includes(`/scenarios/${publishedId}/bid"`), who).toBe(who === "firm");
    }
  });

  it("hides drafts and pending scenarios from everyone but the owner organisation and reviewers", async () => {
    for (const id of [draftId, pendingId]) {
      for (const who of WHO) {
        const page = await get(`/scenarios/${id}`, who);
        if (who === "member" || who === "reviewer") {
          expect(page.status, who).toBe(200);
          // Not published yet is not closed: its days are counted (it said "已截止", a QA review).
          expect(page.body.replaceAll("<!-- -->", ""), who).toMatch(/\d{4}\/\d{2}\/\d{2} · 还剩 \d+ 天/);
        } else {
          expect(page.status, who).toBe(404);
          expect(page.body).not.toContain(DRAFT_TITLE);
          expect(page.body).not.toContain(SECRET_PHONE);
        }
      }
    }
  });

  it("says a draft's deadline has passed as such, not that the draft is closed", async () => {
    const { deadline } = await db.prisma.scenario.findUniqueOrThrow({ where: { id: draftId } });
    await db.prisma.scenario.update({ where: { id: draftId }, data: { deadline: new Date(Date.now() - 3 * 86_400_000) } });
    try {
      const page = await get(`/scenarios/${draftId}`, "member");
      const text = page.body.replaceAll("<!-- -->", "");
      expect(text).toMatch(/\d{4}\/\d{2}\/\d{2} · 已过期/);
      expect(text).not.toContain(" · 已截止");
      // The owner's list says it too, on the draft's row only.
      const list = (await get("/workspace/scenarios", "member")).body.replaceAll("<!-- -->", "");
      expect(list.match(/ · 已过期/g)).toHaveLength(1);
      expect(list).toMatch(new RegExp(`${DRAFT_TITLE}[\\s\\S]*?· 已过期`));
    } finally {
      await db.prisma.scenario.update({ where: { id: draftId }, data: { deadline } });
    }
  });
});

describe("the SOE workspace", () => {
  it("sends anonymous visitors to sign in", async () => {
    for (const pathname of ["/workspace/scenarios", "/workspace/scenarios/new", `/workspace/scenarios/${draftId}`]) expectSignIn(await get(pathname, "anonymous"));
    const post = await http.request(`/workspace/scenarios/${draftId}`, { form: { intent: "archive" } });
    expect(post.status).toBe(302);
    expect(post.headers.get("location")).toMatch(/^\/signin/);
  });

  it("is only for SOE organisations, and each sees only its own scenarios", async () => {
    for (const who of ["firm", "reviewer"] as const) {
      const page = await get("/workspace/scenarios", who);
      expect(page.status, who).toBe(403);
      expect(page.body).toContain("国有企业");
    }
    const other = await get("/workspace/scenarios", "otherSoe");
    expect(other.status).toBe(200);
    expect(other.body).not.toContain(DRAFT_TITLE);
    const mine = await get("/workspace/scenarios", "member");
    expect(mine.status).toBe(200);
    expect(mine.body).toContain(DRAFT_TITLE);
    expect((await get("/workspace/scenarios?status=DRAFT", "member")).body).toContain(DRAFT_TITLE);
    expect((await get("/workspace/scenarios?status=PUBLISHED", "member")).body).not.toContain(DRAFT_TITLE);
  });

  it("opens the manage page only to members of the owning organisation", async () => {
    for (const who of ["firm", "otherSoe", "reviewer"] as const) {
      const page = await get(`/workspace/scenarios/${draftId}`, who);
      expect(page.status, who).toBe(404);
      expect(page.body).not.toContain(DRAFT_TITLE);
      expect(page.body).not.toContain(SECRET_PHONE);
      const post = await http.request(`/workspace/scenarios/${draftId}`, { cookie: cookieOf(who), form: { intent: "archive" } });
      expect(post.status, who).toBe(404);
    }
    const page = await get(`/workspace/scenarios/${draftId}`, "member");
    expect(page.status).toBe(200);
    expect(page.body).toContain(SECRET_PHONE);
    expect(page.body).toContain(`/workspace/scenarios/${draftId}/bids`);
    // Archiving cannot be undone: the only archive button is inside a disclosure that says so first.
    const archiveButtons = [...page.body.matchAll(/<button[^>]*name="intent"[^>]*value="archive"[^>]*>([^<]*)<\/button>/g)];
    expect(archiveButtons.map((match) => match[1])).toEqual(["确认归档"]);
    expect(page.body).toMatch(/<details[^>]*><summary[^>]*>归档(<!-- -->)?…<\/summary><form[^>]*><p[^>]*>归档后不可恢复：需求不能再修改、发布或揭榜。确定要归档吗？<\/p><button[^>]*value="archive"/);
    expect((await db.prisma.scenario.findUniqueOrThrow({ where: { id: draftId } })).status).toBe("DRAFT");
    // A published scenario's page says why it cannot be edited, and what to do instead.
    expect((await get(`/workspace/scenarios/${publishedId}`, "member")).body).toContain("已发布的需求不能修改，以保证所有揭榜方看到的是同一份需求。如需更正，请联系审核员，或关闭本需求后重新发起。");
  });

  it("lets the owner close a published scenario, and refuses actions the status does not allow", async () => {
    const refused = await http.request(`/workspace/scenarios/${draftId}`, { cookie: member.cookie, form: { intent: "close" } });
    expect(refused.status).toBe(409);
    expect(await refused.text()).toContain("当前状态下不能执行此操作");
    const scenario = await createScenarioAt("PUBLISHED", owner.user, owner.org.id, reviewer);
    const closed = await http.request(`/workspace/scenarios/${scenario.id}`, { cookie: member.cookie, form: { intent: "close" } });
    expect(closed.status).toBe(302);
    expect((await db.prisma.scenario.findUniqueOrThrow({ where: { id: scenario.id } })).status).toBe("CLOSED");
  });

  it("lets an unverified SOE draft but not submit, and says why", async () => {
    const unverified = await createSoe(reviewer, { verified: false });
    const page = await http.request("/workspace/scenarios/new", { cookie: unverified.user.cookie });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("尚未通过认证");
    const submit = await http.request("/workspace/scenarios/new", { cookie: unverified.user.cookie, form: validForm({ intent: "submit" }) });
    expect(submit.status).toBe(403);
    expect(await submit.text()).toContain("认证通过后才能提交审核");
    const save = await http.request("/workspace/scenarios/new", { cookie: unverified.user.cookie, form: validForm({ intent: "save", title: "未认证组织的草稿" }) });
    expect(save.status).toBe(302);
    expect(await db.prisma.scenario.count({ where: { title: "未认证组织的草稿", status: "DRAFT" } })).toBe(1);
  });

  it("creates and submits a scenario from the form", async () => {
    const response = await http.request("/workspace/scenarios/new", { cookie: member.cookie, form: validForm({ intent: "submit", title: "从表单提交的需求", tags: "无人机、巡检，无人机, AI" }) });
    expect(response.status).toBe(302);
    const row = await db.prisma.scenario.findFirstOrThrow({ where: { title: "从表单提交的需求" } });
    expect(row.status).toBe("PENDING_REVIEW");
    expect(row.tags).toEqual(["无人机", "巡检", "AI"]);
    expect(row.expectedFirstUnitTypes).toEqual(["FIRST_SET", "FIRST_VERSION"]);
    expect(row.allowMultipleWinners).toBe(true);
    expect(response.headers.get("location")).toBe(`/workspace/scenarios/${row.id}`);
  });
});

describe("the scenario's contact phone", () => {
  it("is taken as people write it and stored in one form, as an organisation's is (QA10 M4)", async () => {
    for (const [contactPhone, stored] of [["+86 (0)633 838 1234", "0633-8381234"], ["+852 2123 4567", "+852 2123 4567"]]) {
      const title = `联系电话 ${stored}`;
      const response = await http.request("/workspace/scenarios/new", { cookie: member.cookie, form: validForm({ title, contactPhone }) });
      expect(response.status, contactPhone).toBe(302);
      expect((await db.prisma.scenario.findFirstOrThrow({ where: { title } })).contactPhone).toBe(stored);
    }
    const refused = await http.request("/workspace/scenarios/new", { cookie: member.cookie, form: validForm({ title: "电话无法识别", contactPhone: "0633-8381234 或 13800138000" }) });
    expect(refused.status).toBe(400);
    const body = await refused.text();
    expect(body).toContain("电话号码只能包含数字、空格、连字符、点和括号");
    expect(body).toContain('value="0633-8381234 或 13800138000"');
  });
});

describe("scenario attachments", () => {
  const PDF = new TextEncoder().encode("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");

  it("uploads with the draft, keeps confidential files from the public, and refuses disguised files", async () => {
    const form = new FormData();
    for (const [key, value] of Object.entries(validForm({ intent: "submit", title: "带保密附件的需求" }))) {
      for (const item of Array.isArray(value) ? value : [value]) form.append(key, item);
    }
    form.append("attachments", new Blob([PDF], { type: "application/pdf" }), "技术规格书.pdf");
    form.set("attachmentsConfidential", "on");
    const created = await http.request("/workspace/scenarios/new", { method: "POST", cookie: member.cookie, body: form });
    expect(created.status).toBe(302);
    const scenario = await db.prisma.scenario.findFirstOrThrow({ where: { title: "带保密附件的需求" } });
    const attachment = await db.prisma.attachment.findFirstOrThrow({ where: { ownerType: "SCENARIO", ownerId: scenario.id } });
    expect(attachment.confidential).toBe(true);
    await http.request(`/review/scenarios/${scenario.id}`, { cookie: reviewer.cookie, form: { decision: "approve" } });

    const anonymousPage = await get(`/scenarios/${scenario.id}`, "anonymous");
    expect(anonymousPage.body).not.toContain("技术规格书.pdf");
    expect((await http.request(`/attachments/${attachment.id}`)).status).toBe(404);
    const firmPage = await get(`/scenarios/${scenario.id}`, "firm");
    expect(firmPage.body).toContain("技术规格书.pdf");

    const fake = new FormData();
    fake.set("intent", "upload");
    fake.append("attachments", new Blob(["MZ not a pdf"], { type: "application/pdf" }), "病毒.pdf");
    const draft = await createScenarioAt("DRAFT", owner.user, owner.org.id, reviewer);
    const refused = await http.request(`/workspace/scenarios/${draft.id}`, { method: "POST", cookie: member.cookie, body: fake });
    expect(refused.status).toBe(400);
    expect(await refused.text()).toContain("不是允许的文件类型");
    // Published scenarios no longer take new files.
    const late = new FormData();
    late.set("intent", "upload");
    late.append("attachments", new Blob([PDF], { type: "application/pdf" }), "补充.pdf");
    const closedToUploads = await http.request(`/workspace/scenarios/${scenario.id}`, { method: "POST", cookie: member.cookie, body: late });
    expect(closedToUploads.status).toBe(409);
  });

  it("lets only the owner delete a draft's attachment, and audits who removed which file", async () => {
    const draft = await createScenarioAt("DRAFT", owner.user, owner.org.id, reviewer);
    const upload = new FormData();
    upload.set("intent", "upload");
    upload.append("attachments", new Blob([PDF], { type: "application/pdf" }), "待删除.pdf");
    expect((await http.request(`/workspace/scenarios/${draft.id}`, { method: "POST", cookie: member.cookie, body: upload })).status).toBe(302);
    const attachment = await db.prisma.attachment.findFirstOrThrow({ where: { ownerType: "SCENARIO", ownerId: draft.id } });
    const remove = { intent: "deleteAttachment", attachmentId: attachment.id };
    for (const who of ["firm", "otherSoe", "reviewer"] as const) {
      const refused = await http.request(`/workspace/scenarios/${draft.id}`, { cookie: cookieOf(who), form: remove });
      expect([403, 404], who).toContain(refused.status);
    }
    expect(await db.prisma.attachment.count({ where: { id: attachment.id } })).toBe(1);
    expect((await http.request(`/workspace/scenarios/${draft.id}`, { cookie: member.cookie, form: remove })).status).toBe(302);
    expect(await db.prisma.attachment.count({ where: { id: attachment.id } })).toBe(0);
    const audit = await db.prisma.auditLog.findFirstOrThrow({ where: { action: "scenario.attachment_deleted", entityId: draft.id } });
    expect(audit).toMatchObject({ entityType: "Scenario", before: expect.objectContaining({ attachmentId: attachment.id, fileName: "待删除.pdf" }) });
    // The same id again: nothing left to delete.
    expect((await http.request(`/workspace/scenarios/${draft.id}`, { cookie: member.cookie, form: remove })).status).toBe(404);
  });
});

describe("the review pages", () => {
  const reviewPages = () => ["/review/scenarios", `/review/scenarios/${pendingId}`, "/review/categories"];

  it("are for reviewers only", async () => {
    for (const pathname of reviewPages()) {
      expectSignIn(await get(pathname, "anonymous"));
      for (const who of ["firm", "otherSoe", "member"] as const) {
        const page = await get(pathname, who);
        expect(page.status, `${who} ${pathname}`).toBe(403);
        expect(page.body).not.toContain(SECRET_PHONE);
      }
      expect((await get(pathname, "reviewer")).status, pathname).toBe(200);
    }
    const queue = await get("/review/scenarios", "reviewer");
    expect(queue.body).toContain("待审核需求标题");
    expect((await get(`/review/scenarios/${pendingId}`, "reviewer")).body).toContain(SECRET_PHONE);
    // A reviewer's archive asks first too: its only button sits in a disclosure that says it cannot be undone.
    const published = (await get(`/review/scenarios/${publishedId}`, "reviewer")).body;
    const archiveButtons = [...published.matchAll(/<button[^>]*name="decision"[^>]*value="archive"[^>]*>([^<]*)<\/button>/g)];
    expect(archiveButtons.map((match) => match[1])).toEqual(["确认归档"]);
    expect(published).toMatch(/<details><summary[^>]*>归档(<!-- -->)?…<\/summary><form[^>]*><p[^>]*>归档后不可恢复/);
  });

  it("refuses decisions and taxonomy changes from non-reviewers", async () => {
    for (const who of ["firm", "otherSoe", "member"] as const) {
      const decision = await http.request(`/review/scenarios/${pendingId}`, { cookie: cookieOf(who), form: { decision: "approve" } });
      expect(decision.status, who).toBe(403);
      const category = await http.request("/review/categories", { cookie: cookieOf(who), form: { intent: "update", categoryId: "cat_other", nameZh: "被篡改", nameEn: "Hacked", sortOrder: "1" } });
      expect(category.status, who).toBe(403);
    }
    expect((await db.prisma.scenario.findUniqueOrThrow({ where: { id: pendingId } })).status).toBe("PENDING_REVIEW");
    expect((await db.prisma.category.findUniqueOrThrow({ where: { id: "cat_other" } })).nameZh).not.toBe("被篡改");
  });

  it("lets a reviewer request changes with a reason and publish with a batch", async () => {
    const scenario = await createScenarioAt("PENDING_REVIEW", owner.user, owner.org.id, reviewer);
    const noReason = await http.request(`/review/scenarios/${scenario.id}`, { cookie: reviewer.cookie, form: { decision: "requestChanges", reason: "" } });
    expect(noReason.status).toBe(400);
    expect(await noReason.text()).toContain("必须填写理由");
    const changes = await http.request(`/review/scenarios/${scenario.id}`, { cookie: reviewer.cookie, form: { decision: "requestChanges", reason: "请补充预算依据" } });
    expect(changes.status).toBe(302);
    const ownerView = await get(`/workspace/scenarios/${scenario.id}`, "member");
    expect(ownerView.body).toContain("请补充预算依据");
    await http.request(`/workspace/scenarios/${scenario.id}`, { cookie: member.cookie, form: validForm({ intent: "submit" }) });
    const approve = await http.request(`/review/scenarios/${scenario.id}`, { cookie: reviewer.cookie, form: { decision: "approve", batch: "2026年第二批" } });
    expect(approve.status).toBe(302);
    const row = await db.prisma.scenario.findUniqueOrThrow({ where: { id: scenario.id } });
    expect(row.status).toBe("PUBLISHED");
    expect(row.batch).toBe("2026年第二批");
    const history = await get(`/review/scenarios/${scenario.id}`, "reviewer");
    expect(history.body).toContain("退回修改");
    expect(history.body).toContain("请补充预算依据");
  });

  it("lets a reviewer rename, reorder, deactivate and add categories, audited", async () => {
    const rename = await http.request("/review/categories", { cookie: reviewer.cookie, form: { intent: "update", categoryId: "cat_marine", nameZh: "海洋经济与渔业", nameEn: "Marine economy", sortOrder: "65" } });
    expect(rename.status).toBe(302);
    const marine = await db.prisma.category.findUniqueOrThrow({ where: { id: "cat_marine" } });
    expect(marine).toMatchObject({ nameZh: "海洋经济与渔业", sortOrder: 65, active: false });
    expect((await get("/workspace/scenarios/new", "member")).body).not.toContain("海洋经济与渔业");
    const add = await http.request("/review/categories", { cookie: reviewer.cookie, form: { intent: "create", code: "tea_industry", nameZh: "茶产业", nameEn: "Tea", sortOrder: "95" } });
    expect(add.status).toBe(302);
    expect(await db.prisma.category.count({ where: { code: "TEA_INDUSTRY", active: true } })).toBe(1);
    const duplicate = await http.request("/review/categories", { cookie: reviewer.cookie, form: { intent: "create", code: "TEA_INDUSTRY", nameZh: "茶", nameEn: "Tea", sortOrder: "96" } });
    expect(duplicate.status).toBe(409);
    expect(await db.prisma.auditLog.count({ where: { entityType: "Category" } })).toBe(2);
  });
});

// ---------------------------------------------------------------------------------------------------------

function validForm(overrides: Record<string, string | string[]> = {}): Record<string, string | string[]> {
  return {
    intent: "save",
    title: "港区智能巡检需求",
    summary: "用无人机替代人工完成岸桥高空巡检作业。",
    description: "码头岸桥 24 台，人工巡检每周一次，存在高空作业风险，需要自动巡检与缺陷识别。",
    categoryId: "cat_low_altitude",
    industryChain: "港口物流",
    tags: "无人机",
    district: "DONGGANG",
    budgetMin: "50",
    budgetMax: "200",
    deadline: new Date(Date.now() + 40 * 86_400_000).toISOString().slice(0, 10),
    mode: "CHALLENGE",
    expectedFirstUnitTypes: ["FIRST_SET", "FIRST_VERSION"],
    allowMultipleWinners: "on",
    contactName: "王保密",
    contactPhone: SECRET_PHONE,
    contactEmail: "contact@port.example.cn",
    ...overrides,
  };
}

const naughtyStrings: string[] = JSON.parse(readFileSync(path.resolve(import.meta.dirname, "../fixtures/blns.json"), "utf8"));
const HOSTILE = ["", "   ", "x".repeat(10_000), "<script>alert('xss')</script>", "'; DROP TABLE \"Scenario\"; --", "😀🚁🏗️ 无人机👍", "\u0000\u0001 control", "﷽".repeat(50), "-5", "1e9", "12.5"];
const ERROR_TEXT = /此项为必填项|不能超过|请输入|请从列表中选择|至少需要|格式|整数|不能小于|必须|最多|截止日期/;

describe("bad input on scenario forms", () => {
  it("the scenario form answers 4xx with a message, keeps typed values, never 5xx", async () => {
    for (const value of HOSTILE) {
      for (const form of [
        validForm({ title: value, budgetMin: value, deadline: value }),
        validForm({ summary: value, tags: value, budgetMax: value, categoryId: value }),
        validForm({ description: value, industryChain: Array(12).fill(value).map((v, i) => `${v}${i}`).join(","), district: value, mode: value, expectedFirstUnitTypes: [value], contactPhone: value, contactEmail: value }),
      ]) {
        const response = await http.request("/workspace/scenarios/new", { cookie: member.cookie, form });
        const body = await response.text();
        expect(response.status, JSON.stringify(value.slice(0, 20))).toBeGreaterThanOrEqual(400);
        expect(response.status).toBeLessThan(500);
        expect(body).not.toContain("<script>alert('xss')</script>");
        expect(body).toMatch(ERROR_TEXT);
      }
    }
  });

  it("explains a reversed budget and a past deadline, keeping what was typed", async () => {
    const response = await http.request("/workspace/scenarios/new", { cookie: member.cookie, form: validForm({ title: "<b>预算</b> & 😀", budgetMin: "500", budgetMax: "100", deadline: "2020-01-01", intent: "submit" }) });
    expect(response.status).toBe(400);
    const body = await response.text();
    expect(body).toContain("预算上限不能小于预算下限");
    expect(body).toContain("截止日期必须晚于今天");
    expect(body).toContain('value="&lt;b&gt;预算&lt;/b&gt; &amp; 😀"');
    expect(body).toContain('value="2020-01-01"');
    // A ceiling of 0 is no budget (matching called every price "far above a ceiling of 0"), also in a draft.
    const zero = await http.request("/workspace/scenarios/new", { cookie: member.cookie, form: validForm({ budgetMin: "0", budgetMax: "0" }) });
    expect(zero.status).toBe(400);
    const zeroBody = await zero.text();
    expect(zeroBody).toContain("预算上限至少为 1 万元；预算尚未确定时，请填写预计的范围");
    expect(zeroBody).not.toContain("预算上限不能小于预算下限");
    expect((await http.request("/workspace/scenarios/new", { cookie: member.cookie, form: validForm({ budgetMin: "0", budgetMax: "1" }) })).status).toBe(302);
  });

  it("answers in English for an English-speaking user", async () => {
    const english = await createUser({ locale: "en" });
    await db.prisma.membership.create({ data: { orgId: owner.org.id, userId: english.id, role: "MEMBER" } });
    const response = await http.request("/workspace/scenarios/new", { cookie: english.cookie, form: validForm({ budgetMin: "12.5" }) });
    expect(response.status).toBe(400);
    expect(await response.text()).toContain("Enter a whole number without decimals");
    // A published scenario's batch and lists read as English: "Batch 1, 2026", items apart by commas, each
    // Chinese item marked as such for screen readers.
    const published = await createScenarioAt("PUBLISHED", owner.user, owner.org.id, reviewer, { industryChain: ["低空经济", "智慧港口"] });
    await db.prisma.scenario.update({ where: { id: published.id }, data: { batch: "2026年第一批" } });
    const page = await (await http.request(`/scenarios/${published.id}`, { cookie: english.cookie })).text();
    expect(page).toContain(">Batch 1, 2026</dd>");
    expect(page).not.toContain(">2026年第一批<");
    expect(page).toContain('><span lang="zh-CN">低空经济</span>, <span lang="zh-CN">智慧港口</span></dd>');
    const chinese = await (await http.request(`/scenarios/${published.id}`)).text();
    expect(chinese).toContain("2026年第一批");
    expect(chinese).toMatch(/>低空经济(<!-- -->)?、(<!-- -->)?智慧港口<\/dd>/);
    // A reviewer's note is labelled with an English colon, and the edit form lists tags with commas.
    const returned = await createScenarioAt("PENDING_REVIEW", owner.user, owner.org.id, reviewer, { tags: ["无人机", "巡检"] });
    await decideScenario({ id: reviewer.id }, returned.id, { decision: "requestChanges", reason: "Add the budget basis", batch: "" });
    const workspace = await (await http.request(`/workspace/scenarios/${returned.id}`, { cookie: english.cookie })).text();
    expect(workspace).toMatch(/Reviewer&#x27;s note(<!-- -->)?: <\/strong>/);
    expect(workspace).not.toContain("note：");
    expect(workspace).toContain('value="无人机, 巡检"');
    const chineseWorkspace = await (await http.request(`/workspace/scenarios/${returned.id}`, { cookie: member.cookie })).text();
    expect(chineseWorkspace).toMatch(/审核意见(<!-- -->)?：<\/strong>/);
    expect(chineseWorkspace).toContain('value="无人机、巡检"');
    // The edit form's free-text fields holding Chinese are marked as such on the English page (as the same text is
    // where it is shown); an email address is not free text; on the Chinese page nothing is marked.
    const field = (html: string, tag: "input" | "textarea", name: string) => html.match(new RegExp(`<${tag}[^>]*name="${name}"[^>]*>`))?.[0] ?? "";
    expect(field(workspace, "input", "title")).toContain('lang="zh-CN"');
    expect(field(workspace, "textarea", "description")).toContain('lang="zh-CN"');
    expect(field(workspace, "input", "contactName")).toContain('lang="zh-CN"');
    expect(field(workspace, "input", "contactEmail")).not.toContain("lang=");
    for (const [tag, name] of [["input", "title"], ["textarea", "description"], ["input", "contactName"]] as const) {
      expect(field(chineseWorkspace, tag, name), name).toMatch(/^<(input|textarea)/);
      expect(field(chineseWorkspace, tag, name), name).not.toContain("lang=");
    }
  });

  it("the edit form and owner actions survive hostile values", async () => {
    const draft = await createScenarioAt("DRAFT", owner.user, owner.org.id, reviewer);
    for (const value of HOSTILE) {
      const edit = await http.request(`/workspace/scenarios/${draft.id}`, { cookie: member.cookie, form: validForm({ title: value, budgetMax: value }) });
      expect(edit.status, JSON.stringify(value.slice(0, 20))).toBeGreaterThanOrEqual(400);
      expect(edit.status).toBeLessThan(500);
      const intent = await http.request(`/workspace/scenarios/${draft.id}`, { cookie: member.cookie, form: { intent: value } });
      expect(intent.status).toBeGreaterThanOrEqual(400);
      expect(intent.status).toBeLessThan(500);
    }
    expect((await db.prisma.scenario.findUniqueOrThrow({ where: { id: draft.id } })).status).toBe("DRAFT");
  });

  it("the review decision form answers 4xx to hostile values", async () => {
    for (const value of HOSTILE) {
      const response = await http.request(`/review/scenarios/${pendingId}`, { cookie: reviewer.cookie, form: { decision: value, reason: value, batch: value } });
      expect(response.status, JSON.stringify(value.slice(0, 20))).toBeGreaterThanOrEqual(400);
      expect(response.status).toBeLessThan(500);
      expect(await response.text()).not.toContain("<script>alert('xss')</script>");
      const badBatch = await http.request(`/review/scenarios/${pendingId}`, { cookie: reviewer.cookie, form: { decision: "approve", batch: value.trim() ? value : "第一批" } });
      expect(badBatch.status).toBe(400);
      expect(await badBatch.text()).toMatch(/批次格式应为|不能超过 20 个字符/);
    }
    expect((await db.prisma.scenario.findUniqueOrThrow({ where: { id: pendingId } })).status).toBe("PENDING_REVIEW");
  });

  it("the category form answers 4xx to hostile values", async () => {
    for (const value of HOSTILE) {
      const response = await http.request("/review/categories", { cookie: reviewer.cookie, form: { intent: "create", code: value, nameZh: value, nameEn: value, sortOrder: value } });
      expect(response.status, JSON.stringify(value.slice(0, 20))).toBeGreaterThanOrEqual(400);
      expect(response.status).toBeLessThan(500);
    }
  });

  it("survives the Big List of Naughty Strings on the scenario form", async () => {
    for (const value of naughtyStrings) {
      const response = await http.request("/workspace/scenarios/new", { cookie: member.cookie, form: validForm({ title: value, budgetMin: value, deadline: value }) });
      expect(response.status, JSON.stringify(value)).toBeGreaterThanOrEqual(400);
      expect(response.status, JSON.stringify(value)).toBeLessThan(500);
    }
  });
});
