// Solutions over real HTTP: who may read and change what (anonymous, a stranger with an SOE, a member of
// another firm, members of the owning firm, a reviewer), and hostile input on every solution form.
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { drainSearchOutbox } from "~/modules/search/search-worker.server";
import { createSolution } from "~/modules/solutions/solutions.server";
import { createOrgFor, createUser } from "../setup/factories";
import { startHttpApp } from "../setup/http-app";
import { syncSearchIndex } from "../setup/search";
import { addMember, createFirm, createPublishedSolution, solutionForm, solutionInput } from "../setup/solution-factories";
import { useTestSchema } from "../setup/test-database";

const naughtyStrings: string[] = JSON.parse(readFileSync(path.resolve(import.meta.dirname, "../fixtures/blns.json"), "utf8"));
const HOSTILE = ["", "   ", "x".repeat(10_000), "<script>alert('xss')</script>", "'; DROP TABLE \"Solution\"; --", "😀🚁🏗️ 无人机👍", "\u0000\u0001 control", "﷽".repeat(50)];
const CHINESE_ERROR = /此项为必填项|不能超过|请输入|请从列表中选择|至少需要|请选择|内容格式不正确|提交未能通过校验|最多|不能小于|年份|价格上限|至少填写/;

let db: Awaited<ReturnType<typeof useTestSchema>>;
let http: Awaited<ReturnType<typeof startHttpApp>>;
let reviewer: Awaited<ReturnType<typeof createUser>>;
let stranger: Awaited<ReturnType<typeof createUser>>;
let firm: Awaited<ReturnType<typeof createFirm>>;
let member: Awaited<ReturnType<typeof createUser>>;
let otherFirm: Awaited<ReturnType<typeof createFirm>>;
let pendingFirm: Awaited<ReturnType<typeof createFirm>>;
let draftId: string;
let publishedId: string;
const DRAFT_TITLE = "机密草稿方案·未公开";
const SECRET_REFERENCE = "尚未公开的客户：某某港务";

beforeAll(async () => {
  db = await useTestSchema();
  http = await startHttpApp();
  reviewer = await createUser({ roles: ["REVIEWER"], name: "审核员" });
  stranger = await createUser({ name: "国企员工" });
  await createOrgFor(stranger.id, { kind: "SOE" });
  firm = await createFirm({ verifier: reviewer });
  member = await addMember(firm.orgId);
  otherFirm = await createFirm({ verifier: reviewer });
  pendingFirm = await createFirm({ verified: false });
  draftId = (await createSolution({ id: firm.owner.id }, firm.firm, solutionInput({ title: DRAFT_TITLE, references: SECRET_REFERENCE }))).id;
  publishedId = await createPublishedSolution(firm, { title: "公开的港口巡检方案", firstUnitStatus: "RECOGNISED", firstUnitType: "FIRST_SET", firstUnitCertificate: "SD-2025-001", firstUnitYear: 2025 });
  await syncSearchIndex();
});
afterAll(async () => {
  await http?.close();
  await db?.drop();
});

type Who = "anonymous" | "stranger" | "otherFirm" | "member" | "owner" | "reviewer";
const cookieOf = (who: Who) =>
  ({ anonymous: undefined, stranger: stranger.cookie, otherFirm: otherFirm.owner.cookie, member: member.cookie, owner: firm.owner.cookie, reviewer: reviewer.cookie })[who];

async function expectNoLeak(response: Response) {
  const body = await response.text();
  expect(body).not.toContain(DRAFT_TITLE);
  expect(body).not.toContain(SECRET_REFERENCE);
}

describe("public pages", () => {
  it("list and find published solutions with their first-unit badge, never drafts, for everyone", async () => {
    for (const who of ["anonymous", "stranger", "otherFirm", "member", "owner", "reviewer"] as const) {
      for (const pathname of ["/solutions", `/solutions?q=${encodeURIComponent("巡检")}`, "/solutions?firstUnitStatus=RECOGNISED&tier=TECH_SME"]) {
        const response = await http.request(pathname, { cookie: cookieOf(who) });
        expect(response.status, `${who} ${pathname}`).toBe(200);
        const body = await response.text();
        expect(body, `${who} ${pathname}`).toMatch(/公开的港口(<mark>)?巡检(<\/mark>)?方案/);
        expect(body).toContain("首台套·已认定");
        expect(body).toContain("共 1 个结果");
        expect(body).not.toContain(DRAFT_TITLE);
        expect(body).not.toContain(SECRET_REFERENCE);
      }
    }
  });

  it("show an empty state when nothing matches and survive nonsense filters", async () => {
    // A category no category has is ignored (search-pages.test.ts), so nonsense alone lists everything; an amount that
    // is no amount is bad input (400, said by its box), and the page is still shown.
    const nonsense = await http.request("/solutions?category=NOTHING_HERE&trlMin=abc&page=-3");
    expect(nonsense.status).toBe(200);
    const withAmount = await http.request("/solutions?category=NOTHING_HERE&trlMin=abc&priceFrom=%3Cscript%3E&page=-3");
    expect(withAmount.status).toBe(400);
    expect(await withAmount.text()).toContain("不是有效金额");
    const response = await http.request("/solutions?q=zzzzqqqxxyy&trlMin=abc&priceFrom=%3Cscript%3E&page=-3");
    expect(response.status).toBe(400);
    const body = await response.text();
    expect(body).toContain("没有找到");
    expect(body).toContain("浏览全部解决方案");
  });

  it("show a published solution to everyone, with a report control for signed-in outsiders", async () => {
    const anonymous = await http.request(`/solutions/${publishedId}`);
    expect(anonymous.status).toBe(200);
    const anonymousBody = await anonymous.text();
    expect(anonymousBody).toContain("SD-2025-001");
    expect(anonymousBody).toContain("登录后举报");
    const strangerBody = await (await http.request(`/solutions/${publishedId}`, { cookie: stranger.cookie })).text();
    expect(strangerBody).toContain("举报理由");
  });

  it("answer 404 for drafts to anyone outside the firm, and show them with a banner to members and reviewers", async () => {
    for (const who of ["anonymous", "stranger", "otherFirm"] as const) {
      const response = await http.request(`/solutions/${draftId}`, { cookie: cookieOf(who) });
      expect(response.status, who).toBe(404);
      await expectNoLeak(response);
    }
    for (const who of ["member", "reviewer"] as const) {
      const response = await http.request(`/solutions/${draftId}`, { cookie: cookieOf(who) });
      expect(response.status, who).toBe(200);
      const body = await response.text();
      expect(body).toContain(DRAFT_TITLE);
      expect(body).toContain("此方案当前不公开");
    }
    expect((await http.request("/solutions/does-not-exist")).status).toBe(404);
  });

  it("show the first-unit checklists in the reader's language and 404 for unknown types", async () => {
    const zh = await http.request("/first-unit/FIRST_VERSION");
    expect(zh.status).toBe(200);
    expect(await zh.text()).toContain("软件著作权登记证书");
    const english = await createUser({ locale: "en" });
    const en = await http.request("/first-unit/FIRST_VERSION", { cookie: english.cookie });
    expect(await en.text()).toContain("Software copyright registration certificate");
    expect((await http.request("/first-unit/SECOND_SET")).status).toBe(404);
  });
});

describe("the firm's workspace", () => {
  it("sends anonymous visitors to sign in", async () => {
    for (const page of ["/workspace/solutions", "/workspace/solutions/new", `/workspace/solutions/${draftId}`]) {
      const response = await http.request(page);
      expect(response.status, page).toBe(302);
      expect(response.headers.get("location")).toMatch(/^\/signin\?redirectTo=/);
    }
  });

  it("refuses people whose active organisation is not a technology firm", async () => {
    for (const who of ["stranger", "reviewer"] as const) {
      for (const page of ["/workspace/solutions", "/workspace/solutions/new"]) {
        const response = await http.request(page, { cookie: cookieOf(who) });
        expect(response.status, `${who} ${page}`).toBe(403);
        await expectNoLeak(response);
      }
    }
  });

  it("lists only the active firm's own solutions", async () => {
    const other = await http.request("/workspace/solutions?status=DRAFT", { cookie: otherFirm.owner.cookie });
    expect(other.status).toBe(200);
    await expectNoLeak(other);
    const mine = await http.request("/workspace/solutions?status=DRAFT", { cookie: member.cookie });
    expect(mine.status).toBe(200);
    const body = await mine.text();
    expect(body).toContain(DRAFT_TITLE);
    expect(body).toMatch(/aria-current="page"[^>]*>草稿(<!-- -->)? \((<!-- -->)?1(<!-- -->)?\)/);
  });

  it("opens on the first tab that has solutions, and says which tab is empty", async () => {
    const onlyPublished = await createFirm({ verifier: reviewer });
    const id = await createPublishedSolution(onlyPublished, { title: "只有已发布的方案" });
    const opened = await (await http.request("/workspace/solutions", { cookie: onlyPublished.owner.cookie })).text();
    expect(opened).toContain(`href="/workspace/solutions/${id}"`);
    const drafts = await (await http.request("/workspace/solutions?status=DRAFT", { cookie: onlyPublished.owner.cookie })).text();
    expect(drafts).not.toContain(`href="/workspace/solutions/${id}"`);
    expect(drafts).toContain("没有处于“草稿”状态的方案。");
    const none = await createFirm({ verifier: reviewer });
    expect(await (await http.request("/workspace/solutions", { cookie: none.owner.cookie })).text()).toContain("这里还没有解决方案。");
  });

  it("answers 404 on another firm's solution, to strangers and to reviewers", async () => {
    for (const who of ["stranger", "otherFirm", "reviewer"] as const) {
      const read = await http.request(`/workspace/solutions/${draftId}`, { cookie: cookieOf(who) });
      expect(read.status, who).toBe(404);
      await expectNoLeak(read);
      const write = await http.request(`/workspace/solutions/${draftId}`, { cookie: cookieOf(who), form: solutionForm({ title: "被篡改的标题" }) });
      expect(write.status, who).toBe(404);
      const publish = await http.request(`/workspace/solutions/${draftId}`, { cookie: cookieOf(who), form: { intent: "archive" } });
      expect(publish.status, who).toBe(404);
    }
    const row = await db.prisma.solution.findUniqueOrThrow({ where: { id: draftId } });
    expect([row.title, row.status]).toEqual([DRAFT_TITLE, "DRAFT"]);
  });

  it("lets members of the firm create, edit and publish", async () => {
    const created = await http.request("/workspace/solutions/new", { cookie: member.cookie, form: solutionForm({ title: "成员新建的方案" }) });
    expect(created.status).toBe(302);
    const id = created.headers.get("location")!.split("/").pop()!;
    const row = await db.prisma.solution.findUniqueOrThrow({ where: { id } });
    expect([row.orgId, row.status, row.tags.join("|")]).toEqual([firm.orgId, "DRAFT", "数字孪生|风电|运维"]);
    const edited = await http.request(`/workspace/solutions/${id}`, { cookie: firm.owner.cookie, form: solutionForm({ title: "成员新建的方案（修订）" }) });
    expect(edited.status).toBe(302);
    const published = await http.request(`/workspace/solutions/${id}`, { cookie: member.cookie, form: { intent: "publish" } });
    expect(published.status).toBe(302);
    expect((await db.prisma.solution.findUniqueOrThrow({ where: { id } })).status).toBe("PUBLISHED");
    // Publishing queued the record for the search index; the worker (here: a drain) brings it to the list.
    await drainSearchOutbox();
    expect(await (await http.request("/solutions")).text()).toContain("成员新建的方案（修订）");
    // An impossible transition is refused with a message, not a crash.
    const again = await http.request(`/workspace/solutions/${id}`, { cookie: member.cookie, form: { intent: "restore" } });
    expect(again.status).toBe(409);
  });

  it("lets an unverified firm keep drafts but not publish", async () => {
    const created = await http.request("/workspace/solutions/new", { cookie: pendingFirm.owner.cookie, form: solutionForm({ title: "待认证企业草稿" }) });
    expect(created.status).toBe(302);
    const id = created.headers.get("location")!.split("/").pop()!;
    const publish = await http.request(`/workspace/solutions/${id}`, { cookie: pendingFirm.owner.cookie, form: { intent: "publish" } });
    expect(publish.status).toBe(403);
    expect(await publish.text()).toContain("只有通过认证的科技企业才能发布");
    expect((await db.prisma.solution.findUniqueOrThrow({ where: { id } })).status).toBe("DRAFT");
  });
});

describe("the first-unit checklist editor", () => {
  const checklistForm = (overrides: Record<string, string> = {}) => ({
    titleZh: "首台（套）重大技术装备",
    titleEn: "First-of-its-kind major equipment",
    conditionsZh: "条件甲\n条件乙",
    conditionsEn: "Condition A\nCondition B",
    materialsZh: "申请表\n检测报告",
    materialsEn: "Application form\nTest report",
    ...overrides,
  });

  it("is for reviewers only", async () => {
    for (const page of ["/review/first-unit", "/review/first-unit/FIRST_SET"]) {
      expect((await http.request(page)).status, page).toBe(302);
      for (const who of ["stranger", "member", "owner"] as const) {
        expect((await http.request(page, { cookie: cookieOf(who) })).status, `${who} ${page}`).toBe(403);
      }
      expect((await http.request(page, { cookie: reviewer.cookie })).status, page).toBe(200);
    }
    for (const who of ["anonymous", "owner"] as const) {
      const response = await http.request("/review/first-unit/FIRST_SET", { cookie: cookieOf(who), form: checklistForm({ conditionsZh: "篡改" }) });
      expect(response.status, who).toBe(who === "anonymous" ? 302 : 403);
    }
    expect((await db.prisma.firstUnitChecklist.findUniqueOrThrow({ where: { type: "FIRST_SET" } })).conditionsZh).not.toEqual(["篡改"]);
    expect((await http.request("/review/first-unit/NOPE", { cookie: reviewer.cookie })).status).toBe(404);
  });

  it("saves one item per line and shows it on the public page", async () => {
    const response = await http.request("/review/first-unit/FIRST_SET", { cookie: reviewer.cookie, form: checklistForm({ materialsZh: "申请表\n\n  检测报告  \n保单" }) });
    expect(response.status).toBe(302);
    expect((await db.prisma.firstUnitChecklist.findUniqueOrThrow({ where: { type: "FIRST_SET" } })).materialsZh).toEqual(["申请表", "检测报告", "保单"]);
    expect(await (await http.request("/first-unit/FIRST_SET")).text()).toContain("保单");
  });

  it("answers hostile input with 4xx and a message", async () => {
    for (const value of HOSTILE) {
      const response = await http.request("/review/first-unit/FIRST_BATCH", { cookie: reviewer.cookie, form: checklistForm({ titleZh: value.trim() ? value.slice(0, 500) + "x".repeat(100) : value, conditionsEn: value, materialsZh: value.trim() ? "a\n".repeat(31) : value }) });
      expect(response.status, JSON.stringify(value.slice(0, 20))).toBe(400);
      const body = await response.text();
      expect(body).toMatch(CHINESE_ERROR);
      expect(body).not.toContain("<script>alert('xss')</script>");
    }
  });
});

describe("bad input on the solution form", () => {
  const targets = () => [
    { path: "/workspace/solutions/new", cookie: member.cookie },
    { path: `/workspace/solutions/${draftId}`, cookie: firm.owner.cookie },
  ];

  it("answers hostile values with 400 and a Chinese message, never 5xx", async () => {
    for (const target of targets()) {
      for (const value of HOSTILE) {
        const response = await http.request(target.path, {
          cookie: target.cookie,
          form: solutionForm({ title: value, summary: value, categoryId: value, trl: value, priceMin: value, tags: value, firstUnitStatus: value, firstUnitYear: value }),
        });
        const body = await response.text();
        expect(response.status, `${target.path} ${JSON.stringify(value.slice(0, 20))}`).toBe(400);
        expect(body).toMatch(CHINESE_ERROR);
        expect(body).not.toContain("<script>alert('xss')</script>");
      }
    }
    expect((await db.prisma.solution.findUniqueOrThrow({ where: { id: draftId } })).title).toBe(DRAFT_TITLE);
  });

  it("explains first-unit, price and investment mistakes and keeps what was typed", async () => {
    const typed = "<b>我的方案</b> & 😀";
    const response = await http.request("/workspace/solutions/new", {
      cookie: member.cookie,
      form: solutionForm({ title: typed, priceMin: "100", priceMax: "10", firstUnitStatus: "RECOGNISED", firstUnitType: "FIRST_SET", firstUnitYear: "1999", seekingInvestment: "on" }),
    });
    expect(response.status).toBe(400);
    const body = await response.text();
    expect(body).toContain('value="&lt;b&gt;我的方案&lt;/b&gt; &amp; 😀"');
    for (const text of ["价格上限不能低于下限", "已认定时请填写目录编号或证书编号", "年份应在 2000", "寻求投资时请选择融资轮次", "寻求投资时请填写拟融资金额"]) expect(body).toContain(text);
  });

  it("refuses a category that does not exist, in English for English readers", async () => {
    const english = await createUser({ locale: "en" });
    await db.prisma.membership.create({ data: { orgId: firm.orgId, userId: english.id, role: "MEMBER" } });
    const response = await http.request("/workspace/solutions/new", { cookie: english.cookie, form: solutionForm({ categoryId: "cat_made_up" }) });
    expect(response.status).toBe(400);
    expect(await response.text()).toContain("Please choose a valid field");
  });

  it("says on English pages what a typed amount in 10k CNY comes to, with the field; Chinese pages count in 万元 as typed", async () => {
    const english = await createUser({ locale: "en" });
    await db.prisma.membership.create({ data: { orgId: firm.orgId, userId: english.id, role: "MEMBER" } });
    // A saved solution (50–120 万元) …
    const saved = await (await http.request(`/workspace/solutions/${draftId}`, { cookie: english.cookie })).text();
    expect(saved).toMatch(/<input[^>]*aria-describedby="[^"]*-in-yuan"[^>]*name="priceMin"|<input[^>]*name="priceMin"[^>]*aria-describedby="[^"]*-in-yuan"/);
    expect(saved).toContain("= 500k CNY");
    expect(saved).toContain("= 1.2M CNY");
    // … and what was typed into a form sent back with a mistake, grouped thousands included.
    const refused = await http.request("/workspace/solutions/new", { cookie: english.cookie, form: solutionForm({ title: "", priceMin: "1,200", priceMax: "50000" }) });
    expect(refused.status).toBe(400);
    const again = await refused.text();
    expect(again).toContain("= 12M CNY");
    expect(again).toContain("= 500M CNY");
    // Nothing to say for what is not an amount, nor on Chinese pages.
    const notAmount = await (await http.request("/workspace/solutions/new", { cookie: english.cookie, form: solutionForm({ title: "", priceMin: "abc" }) })).text();
    expect(notAmount).not.toContain('priceMin-in-yuan"');
    expect(notAmount).toContain('priceMax-in-yuan"');
    const chinese = await (await http.request(`/workspace/solutions/${draftId}`, { cookie: member.cookie })).text();
    expect(chinese).not.toContain("-in-yuan");
    expect(chinese).not.toMatch(/= \S+ 元/);
  });

  it("survives the Big List of Naughty Strings", async () => {
    for (const value of naughtyStrings) {
      const response = await http.request("/workspace/solutions/new", { cookie: member.cookie, form: solutionForm({ title: value, trl: value, priceMax: value }) });
      expect(response.status, JSON.stringify(value)).toBeGreaterThanOrEqual(400);
      expect(response.status, JSON.stringify(value)).toBeLessThan(500);
    }
  });
});
