// Reports and moderation through the module: filing, hiding (gone from public lists at once), restoring,
// dismissing, and who is told.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listPublishedCases, publishedCase } from "~/modules/cases/cases.server";
import { decideReport, fileReport, listReports, ModerationError } from "~/modules/moderation/moderation.server";
import { emptyState } from "~/modules/search/browse";
import { browseSolutions } from "~/modules/search/browse.server";
import { getSolutionForViewer } from "~/modules/solutions/solutions.server";
import { createOrgFor, createUser } from "../setup/factories";
import { syncSearchIndex } from "../setup/search";
import { addMember, createFirm, createPublishedSolution } from "../setup/solution-factories";
import { useTestSchema } from "../setup/test-database";

let db: Awaited<ReturnType<typeof useTestSchema>>;
let reviewer: Awaited<ReturnType<typeof createUser>>;
let reporter: Awaited<ReturnType<typeof createUser>>;

beforeAll(async () => {
  db = await useTestSchema();
  reviewer = await createUser({ roles: ["REVIEWER"] });
  reporter = await createUser({ name: "举报人" });
});
afterAll(async () => {
  await db?.drop();
});

// The public search page's list, as it is — without waiting for the index: hiding takes effect at once.
const publicTitles = async () => (await browseSolutions(emptyState())).items.map((item) => item.title);
const openReportIds = async (entityId: string) => (await db.prisma.report.findMany({ where: { entityId }, orderBy: { createdAt: "asc" } })).map((r) => r.id);

async function publishedScenario() {
  const soeOwner = await createUser();
  const org = await createOrgFor(soeOwner.id, { kind: "SOE" });
  const scenario = await db.prisma.scenario.create({
    data: {
      orgId: org.id,
      title: "港区无人机巡检场景",
      summary: "需要一套巡检方案",
      description: "详细说明",
      categoryId: "cat_low_altitude",
      district: "DONGGANG",
      budgetMin: 10,
      budgetMax: 50,
      deadline: new Date(Date.now() + 30 * 86_400_000),
      contactName: "张三",
      contactPhone: "13800000000",
      contactEmail: "a@example.com",
      status: "PUBLISHED",
      publishedAt: new Date(),
    },
  });
  return { scenario, soeOwner };
}

describe("filing reports", () => {
  it("accepts a report on a public solution and tells the reviewers", async () => {
    const firm = await createFirm({ verifier: reviewer });
    const id = await createPublishedSolution(firm, { title: "被举报的方案" });
    expect(await fileReport({ id: reporter.id }, { entityType: "SOLUTION", entityId: id, reason: "虚假宣传，证书编号不存在" })).toBe("filed");
    expect(await fileReport({ id: reporter.id }, { entityType: "SOLUTION", entityId: id, reason: "再次举报" })).toBe("duplicate");
    expect(await db.prisma.report.count({ where: { entityId: id } })).toBe(1);
    const note = await db.prisma.notification.findFirst({ where: { userId: reviewer.id, type: "moderation.notify.reported" } });
    expect(note?.params).toMatchObject({ title: "被举报的方案" });
  });

  it("refuses reports on records the public cannot see, or that do not exist", async () => {
    const firm = await createFirm({ verifier: reviewer });
    const draft = await db.prisma.solution.create({ data: { orgId: firm.orgId, title: "草稿", summary: "s", description: "d", categoryId: "cat_other", trl: 3, priceMin: 1, priceMax: 2 } });
    expect(await fileReport({ id: reporter.id }, { entityType: "SOLUTION", entityId: draft.id, reason: "看不见的草稿" })).toBeNull();
    expect(await fileReport({ id: reporter.id }, { entityType: "SCENARIO", entityId: "missing", reason: "不存在的场景" })).toBeNull();
    expect(await db.prisma.report.count({ where: { entityId: draft.id } })).toBe(0);
  });
});

describe("hiding and restoring a solution", () => {
  it("removes it from the public list and page at once, resolves every open report on it and tells the firm", async () => {
    const firm = await createFirm({ verifier: reviewer });
    const colleague = await addMember(firm.orgId);
    const id = await createPublishedSolution(firm, { title: "将被隐藏的方案" });
    const second = await createUser();
    await fileReport({ id: reporter.id }, { entityType: "SOLUTION", entityId: id, reason: "侵犯他人知识产权" });
    await fileReport({ id: second.id }, { entityType: "SOLUTION", entityId: id, reason: "内容抄袭" });
    const [first, other] = await openReportIds(id);
    await syncSearchIndex();
    expect(await publicTitles()).toContain("将被隐藏的方案");

    await decideReport({ id: reviewer.id }, first, "hide", "经核实存在侵权内容");
    expect(await publicTitles()).not.toContain("将被隐藏的方案");
    expect(await getSolutionForViewer(id, { memberOrgIds: [], reviewer: false })).toBeNull();
    expect((await getSolutionForViewer(id, { memberOrgIds: [firm.orgId], reviewer: false }))?.solution.hiddenReason).toBe("经核实存在侵权内容");
    const reports = await db.prisma.report.findMany({ where: { id: { in: [first, other] } } });
    expect(reports.map((r) => r.status)).toEqual(["HIDDEN", "HIDDEN"]);
    for (const userId of [firm.owner.id, colleague.id]) {
      const note = await db.prisma.notification.findFirst({ where: { userId, type: "moderation.notify.hidden" } });
      expect(note?.params).toMatchObject({ title: "将被隐藏的方案", reason: "经核实存在侵权内容" });
    }
    expect(await db.prisma.notification.count({ where: { userId: reviewer.id, type: "moderation.notify.hidden" } })).toBe(0);
    expect(await db.prisma.notification.count({ where: { userId: reporter.id, type: "moderation.notify.reportHandled" } })).toBeGreaterThan(0);
    await expect(decideReport({ id: reviewer.id }, other, "hide", "再次隐藏")).rejects.toMatchObject({ code: "already-hidden" });

    await decideReport({ id: reviewer.id }, first, "restore", "企业已提交授权证明");
    expect(await publicTitles()).toContain("将被隐藏的方案");
    const row = await db.prisma.solution.findUniqueOrThrow({ where: { id } });
    expect([row.hidden, row.hiddenReason]).toEqual([false, null]);
    expect(await db.prisma.notification.count({ where: { userId: firm.owner.id, type: "moderation.notify.restored" } })).toBe(1);
    await expect(decideReport({ id: reviewer.id }, first, "restore", "再恢复一次")).rejects.toBeInstanceOf(ModerationError);
    const audit = await db.prisma.auditLog.findMany({ where: { entityType: "Solution", entityId: id, action: { in: ["solution.hidden", "solution.restored"] } } });
    expect(audit).toHaveLength(2);
  });

  it("dismisses an open report without touching the record, only once", async () => {
    const firm = await createFirm({ verifier: reviewer });
    const id = await createPublishedSolution(firm, { title: "被误报的方案" });
    await fileReport({ id: reporter.id }, { entityType: "SOLUTION", entityId: id, reason: "我不喜欢这个方案" });
    const [reportId] = await openReportIds(id);
    await decideReport({ id: reviewer.id }, reportId, "dismiss", "未发现违规");
    await syncSearchIndex();
    expect(await publicTitles()).toContain("被误报的方案");
    const report = await db.prisma.report.findUniqueOrThrow({ where: { id: reportId } });
    expect([report.status, report.resolution, report.resolvedById]).toEqual(["DISMISSED", "未发现违规", reviewer.id]);
    await expect(decideReport({ id: reviewer.id }, reportId, "dismiss", "again")).rejects.toMatchObject({ code: "already-resolved" });
    // A reviewer may still change their mind and hide it from the resolved report.
    await decideReport({ id: reviewer.id }, reportId, "hide", "复查后确认违规");
    expect(await publicTitles()).not.toContain("被误报的方案");
  });

  it("lists the queue by status with counts and the reported record", async () => {
    const queue = await listReports("OPEN", 1);
    const hidden = await listReports("HIDDEN", 1);
    expect(hidden.items.length).toBeGreaterThan(0);
    expect(hidden.items[0].record?.title).toBeTruthy();
    expect(queue.countByStatus.HIDDEN).toBeGreaterThanOrEqual(2);
  });
});

describe("hiding a scenario", () => {
  it("sets the scenario's hidden flag and reason and tells the SOE", async () => {
    const { scenario, soeOwner } = await publishedScenario();
    expect(await fileReport({ id: reporter.id }, { entityType: "SCENARIO", entityId: scenario.id, reason: "联系方式是诈骗电话" })).toBe("filed");
    const [reportId] = await openReportIds(scenario.id);
    await decideReport({ id: reviewer.id }, reportId, "hide", "联系方式存疑");
    const row = await db.prisma.scenario.findUniqueOrThrow({ where: { id: scenario.id } });
    expect([row.hidden, row.hiddenReason]).toEqual([true, "联系方式存疑"]);
    expect(await db.prisma.notification.count({ where: { userId: soeOwner.id, type: "moderation.notify.hidden" } })).toBe(1);
    // Hidden records cannot be reported again.
    expect(await fileReport({ id: (await createUser()).id }, { entityType: "SCENARIO", entityId: scenario.id, reason: "还是有问题" })).toBeNull();
  });
});

describe("reported cases", () => {
  it("can be hidden from the showcase and restored, or dismissed", async () => {
    const { scenario } = await publishedScenario();
    const firm = await createFirm({ verifier: reviewer });
    const bid = await db.prisma.bid.create({ data: { scenarioId: scenario.id, orgId: firm.orgId, proposal: "方案", quotedPrice: 30, deliveryDays: 60, status: "AWARDED" } });
    const published = await db.prisma.case.create({ data: { bidId: bid.id, scenarioId: scenario.id, title: "港区巡检典型案例", outcome: "效率提升", status: "PUBLISHED", publishedAt: new Date() } });
    const showcase = async () => (await listPublishedCases(1, null)).items.map((item) => item.id);
    expect(await showcase()).toContain(published.id);

    expect(await fileReport({ id: reporter.id }, { entityType: "CASE", entityId: published.id, reason: "数据夸大" })).toBe("filed");
    const [reportId] = await openReportIds(published.id);
    await decideReport({ id: reviewer.id }, reportId, "hide", "数据需要核实");
    const hidden = await db.prisma.case.findUniqueOrThrow({ where: { id: published.id } });
    expect(hidden).toMatchObject({ hidden: true, hiddenReason: "数据需要核实" });
    expect(await showcase()).not.toContain(published.id);
    expect(await publishedCase(published.id)).toBeNull();

    await decideReport({ id: reviewer.id }, reportId, "restore", "数据已核实");
    expect(await showcase()).toContain(published.id);

    expect(await fileReport({ id: reporter.id }, { entityType: "CASE", entityId: published.id, reason: "再次举报" })).toBe("filed");
    const second = (await db.prisma.report.findFirstOrThrow({ where: { entityId: published.id, status: "OPEN" } })).id;
    await decideReport({ id: reviewer.id }, second, "dismiss", "数据有第三方报告支持");
    expect((await db.prisma.report.findUniqueOrThrow({ where: { id: second } })).status).toBe("DISMISSED");
  });
});
