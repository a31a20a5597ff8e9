// The reviewers' search index page over real HTTP: who may see it, what it shows (index against database,
// the outbox backlog and its failures), and the audited "rebuild now" request with the usual form rules.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { countPublicRecords } from "~/modules/search/documents.server";
import { SCENARIO_INDEX, SOLUTION_INDEX } from "~/modules/search/indexes";
import { checkIndexesOnSchedule } from "~/modules/search/search-status.server";
import { createPublishedScenario } from "../setup/bid-factories";
import { createOrgFor, createUser } from "../setup/factories";
import { startHttpApp } from "../setup/http-app";
import { getSearchEngine, searchPreparation, prepareSearchAtStart } from "~/modules/search/search-service.server";
import { drainSearchOutbox } from "~/modules/search/search-worker.server";
import { SEARCH_CHECK_JOB, SEARCH_JOBS } from "~/modules/search/search-jobs.server";
import { syncSearchIndex } from "../setup/search";
import { createFirm, createPublishedSolution } from "../setup/solution-factories";
import { startMeilisearchStandin, unreachableUrl } from "../setup/meilisearch-standin";
import { useTestSchema } from "../setup/test-database";

let db: Awaited<ReturnType<typeof useTestSchema>>;
let http: Awaited<ReturnType<typeof startHttpApp>>;
let reviewer: Awaited<ReturnType<typeof createUser>>;
let firm: Awaited<ReturnType<typeof createFirm>>;
let soeOrgId: string;

beforeAll(async () => {
  db = await useTestSchema();
  http = await startHttpApp();
  reviewer = await createUser({ roles: ["REVIEWER"] });
  firm = await createFirm({ verifier: reviewer });
  const soeOwner = await createUser();
  soeOrgId = (await createOrgFor(soeOwner.id, { kind: "SOE" })).id;
  // Seeded directly (plain Prisma, no outbox rows), then indexed the way other tests do it.
  await createPublishedScenario(soeOrgId, { title: "港区无人机巡检" });
  await createPublishedScenario(soeOrgId, { title: "草稿场景", status: "DRAFT" });
  await createPublishedSolution(firm, { title: "系留无人机巡检系统" });
  await syncSearchIndex();
});
afterAll(async () => {
  await http?.close();
  await db?.drop();
});

const cell = (html: string, testId: string) => new RegExp(`data-testid="${testId}"[^>]*>([^<]*)<`).exec(html)?.[1];

describe("who may see /review/search", () => {
  it("sends anonymous visitors to sign in", async () => {
    const response = await http.request("/review/search");
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe("/signin?redirectTo=%2Freview%2Fsearch");
  });

  it("refuses members of organisations who are not reviewers, and shows them nothing", async () => {
    const response = await http.request("/review/search", { cookie: firm.owner.cookie });
    expect(response.status).toBe(403);
    const body = await response.text();
    expect(body).not.toContain('data-testid="in-index-scenarios"');
  });

  it("shows reviewers the engine, and each index against the public records of the database", async () => {
    const response = await http.request("/review/search", { cookie: reviewer.cookie });
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain("<title>搜索索引状态 · SceneBridge 场景桥</title>");
    expect(html).toContain("内置搜索引擎");
    expect(html).toContain("运行正常");
    expect(await countPublicRecords(SCENARIO_INDEX)).toBe(1);
    expect(cell(html, "in-index-scenarios")).toBe("1");
    expect(cell(html, "in-database-scenarios")).toBe("1");
    expect(cell(html, "in-index-solutions")).toBe("1");
    expect(cell(html, "in-database-solutions")).toBe("1");
    expect(cell(html, "pending-solutions")).toBe("0");
    expect(html).not.toContain("如果待同步队列已清空仍不一致");
  });

  it("warns when the index and the database disagree, and lists failing syncs with their last error", async () => {
    // A record published behind the outbox's back (plain Prisma), and a row that keeps failing.
    await createPublishedScenario(soeOrgId, { title: "未进入索引的场景" });
    await db.prisma.searchOutbox.create({ data: { indexName: SOLUTION_INDEX, recordId: "sol_missing", attempts: 3, lastError: "Meilisearch refused the document: bad field", availableAt: new Date(Date.now() + 60_000) } });
    // As if nothing had been synced through the outbox yet (an index server down since the app started).
    await db.prisma.searchOutbox.deleteMany({ where: { processedAt: { not: null } } });
    const html = await (await http.request("/review/search", { cookie: reviewer.cookie })).text();
    expect(cell(html, "in-index-scenarios")).toBe("1");
    expect(cell(html, "in-database-scenarios")).toBe("2");
    expect(html).toContain("“应用场景”索引中有 1 条文档，而数据库中有 2 条公开记录");
    expect(cell(html, "pending-solutions")).toBe("1");
    expect(cell(html, "failing-solutions")).toBe("1");
    // Nothing synced yet while a change waits is not "nothing to sync" (a QA review: the column said so).
    expect(cell(html, "last-processed-solutions")).toBe("尚无成功的同步");
    expect(cell(html, "last-processed-scenarios")).toBe("尚无（还没有需要同步的改动）");
    expect(html).toContain("Meilisearch refused the document: bad field");
    expect(html).toContain("sol_missing");
    expect(html).toContain("记录已不存在"); // no record has that id
    // A record that exists is named by its title, linked to its page, so a reviewer can tell what fails.
    const failing = await createPublishedScenario(soeOrgId, { title: "同步一直失败的场景" });
    await db.prisma.searchOutbox.create({ data: { indexName: SCENARIO_INDEX, recordId: failing.id, attempts: 2, lastError: "timeout", availableAt: new Date(Date.now() + 60_000) } });
    const named = await (await http.request("/review/search", { cookie: reviewer.cookie })).text();
    expect(named).toMatch(new RegExp(`<a[^>]*href="/scenarios/${failing.id}"[^>]*>同步一直失败的场景</a>`));
  });

  it("speaks English to English readers", async () => {
    const english = await createUser({ roles: ["ADMIN"], locale: "en" });
    const html = await (await http.request("/review/search", { cookie: english.cookie })).text();
    expect(html).toContain("<title>Search index status · SceneBridge</title>");
    expect(html).toContain("Rebuild the indexes now");
  });

  it("is linked from the reviewers' overview", async () => {
    const html = await (await http.request("/review", { cookie: reviewer.cookie })).text();
    expect(html).toContain('href="/review/search"');
  });
});

describe("the rebuild button", () => {
  const requests = () => db.prisma.searchReindex.findMany({ orderBy: { createdAt: "asc" } });
  const form = { intent: "reindex" };

  it("does nothing for anonymous visitors, non-reviewers or cross-site posts", async () => {
    const anonymous = await http.request("/review/search", { form });
    expect(anonymous.status).toBe(302);
    expect(anonymous.headers.get("location")).toMatch(/^\/signin/);
    expect((await http.request("/review/search", { form, cookie: firm.owner.cookie })).status).toBe(403);
    const crossSite = await http.request("/review/search", { form, cookie: reviewer.cookie, headers: { Origin: "https://evil.example" } });
    expect(crossSite.status).toBe(403);
    expect(await requests()).toHaveLength(0);
  });

  it("refuses a form it does not know, saying so on the page in the reader's language", async () => {
    const refused = await http.request("/review/search", { form: { intent: "dropEverything" }, cookie: reviewer.cookie });
    expect(refused.status).toBe(400);
    expect(await refused.text()).toMatch(/role="alert"[^>]*>(?:(?!<\/div>).)*无法识别这次提交的操作/s);
    const english = await createUser({ roles: ["REVIEWER"], locale: "en" });
    const inEnglish = await http.request("/review/search", { form: { intent: "dropEverything" }, cookie: english.cookie });
    expect(inEnglish.status).toBe(400);
    expect(await inEnglish.text()).toContain("This request is not one this page makes");
    expect(await requests()).toHaveLength(0);
  });

  it("requests one rebuild for the app to carry out, audited, and says so", async () => {
    const response = await http.request("/review/search", { form, cookie: reviewer.cookie });
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe("/review/search");
    const flash = response.headers.get("set-cookie")!.split(";")[0];
    const page = await (await http.request("/review/search", { cookie: `${reviewer.cookie}; ${flash}` })).text();
    expect(page).toContain("已请求重建搜索索引");
    expect(page).toContain("等待平台开始重建");
    // Who asked, and when to the second (rebuilds minutes apart must be told apart).
    const { name } = await db.prisma.user.findUniqueOrThrow({ where: { id: reviewer.id } });
    expect(page).toContain(`由审核员${name}在本页发起`);
    expect(page).toMatch(/请求时间(<!-- -->)? (<!-- -->)?\d{4}\/\d{2}\/\d{2} \d{2}:\d{2}:\d{2}/);

    const [request] = await requests();
    expect(request).toMatchObject({ status: "PENDING", source: "review", requestedById: reviewer.id });
    const audit = await db.prisma.auditLog.findMany({ where: { entityType: "SearchReindex", entityId: request.id } });
    expect(audit.map((entry) => [entry.action, entry.actorId])).toEqual([["search.reindex_requested", reviewer.id]]);

    // A second click while it waits queues nothing more.
    const again = await http.request("/review/search", { form, cookie: reviewer.cookie });
    expect(again.status).toBe(302);
    expect(await requests()).toHaveLength(1);
  });
});

describe("the record-by-record check", () => {
  const form = { intent: "check" };

  it("is for reviewers only", async () => {
    expect((await http.request("/review/search", { form })).status).toBe(302);
    expect((await http.request("/review/search", { form, cookie: firm.owner.cookie })).status).toBe(403);
    expect(await db.prisma.auditLog.count({ where: { action: "search.indexes_checked" } })).toBe(0);
  });

  it("finds what equal counts hide, queues both records for repair, and then finds the indexes agree", async () => {
    await syncSearchIndex();
    // The rows an earlier test left failing on purpose would keep the queue from ever being empty here.
    await db.prisma.searchOutbox.deleteMany({ where: { processedAt: null } });
    // Behind the outbox's back (a restored backup, a hand-made change): one record published, one archived.
    const published = await createPublishedScenario(soeOrgId, { title: "恢复备份后出现的场景" });
    const indexed = await db.prisma.scenario.findFirstOrThrow({ where: { status: "PUBLISHED", id: { not: published.id } } });
    await db.prisma.scenario.update({ where: { id: indexed.id }, data: { status: "ARCHIVED" } });
    // …and one solution's title changed: the same ids on both sides, another content.
    const edited = await db.prisma.solution.findFirstOrThrow({ where: { status: "PUBLISHED" }, select: { id: true } });
    await db.prisma.solution.update({ where: { id: edited.id }, data: { title: "直接改库后的方案标题" } });
    expect((await getSearchEngine().search(SOLUTION_INDEX, { q: "直接改库后的方案标题" })).total).toBe(0);
    const before = await (await http.request("/review/search", { cookie: reviewer.cookie })).text();
    expect(cell(before, "in-index-scenarios")).toBe(cell(before, "in-database-scenarios")); // the counts agree
    expect(before).toContain("还没有核对过。每个应用进程启动 15 分钟后会自动核对一次，此后每 6 小时一次。");

    const checkedAt = new Date();
    const response = await http.request("/review/search", { form, cookie: reviewer.cookie });
    // Redirected to the page that shows the last check: reloading it reads the result again, it does not check again.
    expect(response.status).toBe(302);
    const checkId = (await db.prisma.auditLog.findFirstOrThrow({ where: { action: "search.indexes_checked" }, select: { id: true } })).id;
    expect(response.headers.get("location")).toBe(`/review/search?checked=${checkId}#index-check-result`);
    const page = await (await http.request(`/review/search?checked=${checkId}`, { cookie: reviewer.cookie })).text();
    expect(page).toContain('id="index-check-result"');
    expect(page).toContain("“应用场景”索引缺少 1 条公开记录");
    expect(page).toContain("“应用场景”索引多出 1 条不应公开的记录");
    expect(page).toContain("“解决方案”索引中有 1 条记录的内容与数据库不一致");
    expect(page).toContain("已安排重新同步这 3 条记录");
    const queued = await db.prisma.searchOutbox.findMany({ where: { createdAt: { gte: checkedAt } }, select: { indexName: true, recordId: true } });
    expect(queued.sort((a, b) => a.recordId.localeCompare(b.recordId))).toEqual(
      [
        ...[published.id, indexed.id].map((recordId) => ({ indexName: SCENARIO_INDEX, recordId })),
        { indexName: SOLUTION_INDEX, recordId: edited.id },
      ].sort((a, b) => a.recordId.localeCompare(b.recordId)),
    );
    const [audit] = await db.prisma.auditLog.findMany({ where: { action: "search.indexes_checked" } });
    expect(audit).toMatchObject({
      actorId: reviewer.id,
      after: { source: "review", scenarios: { missing: 1, extra: 1, stale: 0 }, solutions: { missing: 0, extra: 0, stale: 1 } },
    });
    // The page says when the last check ran, who asked, and what it found.
    const reloaded = (await (await http.request("/review/search", { cookie: reviewer.cookie })).text()).replaceAll("<!-- -->", "");
    expect(reloaded).toMatch(/上次核对：<\/span>[^<]*· 由测试用户核对 · 发现 3 处不一致，当时已交给同步队列修复：/);
    // What it found stays on the page, with whether the queue has synced it since ("已安排" alone read as undone).
    expect(reloaded).toContain("<li>“应用场景”索引缺少 1 条公开记录</li>");
    expect(reloaded).toContain("<li>“解决方案”索引中有 1 条记录的内容与数据库不一致</li>");
    const waiting = await db.prisma.searchOutbox.count({ where: { processedAt: null } });
    expect(waiting).toBeGreaterThanOrEqual(3);
    expect(reloaded).toContain(`同步队列中还有 ${waiting} 条待同步。`);

    await drainSearchOutbox();
    const synced = await (await http.request("/review/search", { cookie: reviewer.cookie })).text();
    expect(synced).toContain("同步队列现已清空；可再次核对以确认已修复。");
    expect(synced).toContain("本页时间均为北京时间（UTC+8）。");
    expect((await getSearchEngine().search(SOLUTION_INDEX, { q: "直接改库后的方案标题" })).hits.map((hit) => hit.id)).toEqual([edited.id]);
    const again = await http.request("/review/search", { form, cookie: reviewer.cookie });
    expect(again.status).toBe(302);
    expect(await db.prisma.auditLog.count({ where: { action: "search.indexes_checked" } })).toBe(2);
    const secondPage = again.headers.get("location")!.replace(/#.*/, "");
    expect(await (await http.request(secondPage, { cookie: reviewer.cookie })).text()).toContain("核对完成：索引与数据库中的公开记录逐条一致。");
    // Without the parameter (the page as anyone opens it), or with an earlier check's, the result is the summary line,
    // not an announcement of "your check".
    expect(await (await http.request("/review/search", { cookie: reviewer.cookie })).text()).not.toContain("核对完成：");
    expect(await (await http.request(`/review/search?checked=${checkId}`, { cookie: reviewer.cookie })).text()).not.toContain("核对完成：");
    // A check the schedule ran since is not "your check" either (a review: reloading announced it as the reviewer's).
    await checkIndexesOnSchedule();
    const afterSchedule = await (await http.request(secondPage, { cookie: reviewer.cookie })).text();
    expect(afterSchedule).not.toContain('id="index-check-result"');
    expect(afterSchedule).toContain("自动核对（启动");
  });

  it("says a check could not run while the search server cannot be reached, and the page shows the engine down", async () => {
    const unreachable = await unreachableUrl();
    const audits = await db.prisma.auditLog.count({ where: { action: "search.indexes_checked" } });
    const saved = { url: process.env.MEILI_URL, key: process.env.MEILI_MASTER_KEY };
    process.env.MEILI_URL = unreachable;
    process.env.MEILI_MASTER_KEY = "any-key";
    try {
      // Sent from the page of an earlier check that found everything in order: the failure is what it says (a review:
      // that earlier result was shown instead, focused).
      const earlier = await db.prisma.auditLog.findFirstOrThrow({ where: { action: "search.indexes_checked" }, orderBy: { createdAt: "desc" }, select: { id: true } });
      const response = await http.request(`/review/search?checked=${earlier.id}`, { form, cookie: reviewer.cookie });
      expect(response.status).toBe(503);
      const page = await response.text();
      expect(page).not.toContain("核对完成：");
      expect(page).toContain("无法核对：搜索引擎没有应答（");
      expect(page).toContain(`cannot reach ${unreachable}`);
      expect(page).not.toContain("any-key");
      // Nothing was compared, so nothing is recorded as checked.
      expect(await db.prisma.auditLog.count({ where: { action: "search.indexes_checked" } })).toBe(audits);
      const status = await (await http.request("/review/search", { cookie: reviewer.cookie })).text();
      expect(status).toContain("不可用：");
    } finally {
      for (const [name, value] of [["MEILI_URL", saved.url], ["MEILI_MASTER_KEY", saved.key]] as const) {
        if (value === undefined) delete process.env[name];
        else process.env[name] = value;
      }
    }
    // The process's engine follows the environment: back to an embedded one, new and empty, filled as at start.
    await syncSearchIndex();
  });

  it("says the indexes are still being prepared while start-up's preparation goes on in the background", async () => {
    const meili = await startMeilisearchStandin();
    const saved = { url: process.env.MEILI_URL, key: process.env.MEILI_MASTER_KEY, prefix: process.env.MEILI_INDEX_PREFIX };
    process.env.MEILI_URL = meili.url;
    process.env.MEILI_MASTER_KEY = meili.masterKey;
    process.env.MEILI_INDEX_PREFIX = "status_";
    try {
      meili.state.processingPolls = Number.MAX_SAFE_INTEGER; // the settings wait behind the server's other work
      expect(await prepareSearchAtStart({ waitAtMostMs: 100 })).toEqual({ stillPreparing: true });
      const preparing = await (await http.request("/review/search", { cookie: reviewer.cookie })).text();
      expect(preparing).toContain("运行正常，本进程仍在准备索引");
      // A check now would list an index that does not exist yet (a 500, a review found) or one still filling (every
      // record reported and queued as missing): it waits, audits and queues nothing; the scheduled check waits for the
      // preparation (skipped, it would come back only hours later).
      const audits = await db.prisma.auditLog.count({ where: { action: "search.indexes_checked" } });
      const queued = await db.prisma.searchOutbox.count();
      const check = await http.request("/review/search", { form, cookie: reviewer.cookie });
      expect(check.status).toBe(503);
      const checkPage = await check.text();
      expect(checkPage).toContain("暂时无法核对：本进程仍在准备索引");
      expect(checkPage).toContain('id="index-check-result"');
      let scheduledDone = false;
      const scheduled = checkIndexesOnSchedule().finally(() => (scheduledDone = true));
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(scheduledDone).toBe(false);
      expect(await db.prisma.auditLog.count({ where: { action: "search.indexes_checked" } })).toBe(audits);
      expect(await db.prisma.searchOutbox.count()).toBe(queued);
      meili.state.processingPolls = 0;
      await vi.waitFor(() => expect(searchPreparation()).toBe("ready"), { timeout: 10_000, interval: 50 });
      expect(await scheduled).not.toBeNull();
      expect(await db.prisma.auditLog.count({ where: { action: "search.indexes_checked" } })).toBe(audits + 1);
      const ready = await (await http.request("/review/search", { cookie: reviewer.cookie })).text();
      expect(ready).toContain("运行正常");
      expect(ready).not.toContain("仍在准备索引");
    } finally {
      for (const [name, value] of [["MEILI_URL", saved.url], ["MEILI_MASTER_KEY", saved.key], ["MEILI_INDEX_PREFIX", saved.prefix]] as const) {
        if (value === undefined) delete process.env[name];
        else process.env[name] = value;
      }
      await meili.close();
    }
    await syncSearchIndex();
  });

  it("checks on its own schedule too, queues what it finds, and the page says the last check was automatic", async () => {
    expect(SEARCH_JOBS).toContain(SEARCH_CHECK_JOB);
    expect(SEARCH_CHECK_JOB.everyMs).toBe(6 * 3600_000);
    await drainSearchOutbox();
    const edited = await db.prisma.scenario.findFirstOrThrow({ where: { status: "PUBLISHED" }, select: { id: true } });
    await db.prisma.scenario.update({ where: { id: edited.id }, data: { title: "定时核对发现的改库标题" } });
    const checkedAt = new Date();
    const drift = await SEARCH_CHECK_JOB.run();
    expect(drift).toEqual([
      { index: SCENARIO_INDEX, missing: 0, extra: 0, stale: 1 },
      { index: SOLUTION_INDEX, missing: 0, extra: 0, stale: 0 },
    ]);
    expect(await db.prisma.searchOutbox.findMany({ where: { createdAt: { gte: checkedAt } }, select: { recordId: true } })).toEqual([{ recordId: edited.id }]);
    const audit = await db.prisma.auditLog.findFirstOrThrow({ where: { action: "search.indexes_checked" }, orderBy: { createdAt: "desc" } });
    expect(audit).toMatchObject({ actorId: null, after: { source: "schedule", scenarios: { stale: 1 } } });
    const page = await (await http.request("/review/search", { cookie: reviewer.cookie })).text();
    expect(page.replaceAll("<!-- -->", "")).toMatch(/上次核对：<\/span>[^<]*· 自动核对（启动 15 分钟后一次，此后每 6 小时一次） · 发现 1 处不一致，当时已交给同步队列修复：/);
    const englishReviewer = await createUser({ roles: ["REVIEWER"], locale: "en" });
    const english = await (await http.request("/review/search", { cookie: englishReviewer.cookie })).text();
    expect(english.replaceAll("<!-- -->", "")).toMatch(/Last check: <\/span>[^<]*· automatic \(15 minutes after start-up, then every 6 hours\) · found 1 difference, then queued for repair:/);
    const waiting = await db.prisma.searchOutbox.count({ where: { processedAt: null } });
    expect(waiting).toBeGreaterThanOrEqual(1);
    expect(english).toContain(waiting === 1 ? "1 change is still waiting in the sync queue." : `${waiting} changes are still waiting in the sync queue.`);
    await drainSearchOutbox();
    expect((await getSearchEngine().search(SCENARIO_INDEX, { q: "定时核对发现的改库标题" })).hits.map((hit) => hit.id)).toEqual([edited.id]);
  });
});
