// The scenario module against real PostgreSQL: the life cycle with its notifications and audit trail, the
// deadline job, the hand-over to the bids module, and what the public can and cannot see.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ScenarioTransitionError } from "~/modules/scenarios/scenario-transitions";
import {
  applyScenarioAction,
  closeExpiredScenarios,
  createDraft,
  decideScenario,
  getScenarioDetail,
  listOrgScenarios,
  listReviewQueue,
  recognisedFirstUnitBidders,
  submitForReview,
  transitionScenario,
  updateDraft,
  UnknownCategoryError,
} from "~/modules/scenarios/scenarios.server";
import { parseBrowseState } from "~/modules/search/browse";
import { browseScenarios } from "~/modules/search/browse.server";
import { createReviewer, createScenarioAt, createSoe, scenarioInput } from "../setup/scenario-factories";
import { syncSearchIndex } from "../setup/search";
import { useTestSchema } from "../setup/test-database";

let db: Awaited<ReturnType<typeof useTestSchema>>;
let reviewer: Awaited<ReturnType<typeof createReviewer>>;
let soe: Awaited<ReturnType<typeof createSoe>>;

beforeAll(async () => {
  db = await useTestSchema();
  reviewer = await createReviewer();
  soe = await createSoe(reviewer);
});
afterAll(async () => {
  await db?.drop();
});

const STRANGER = { orgIds: [], reviewer: false, inVerifiedOrg: false };

/** The public list (the search page's data) for a query string, after the index caught up. */
async function publicList(search = "") {
  await syncSearchIndex();
  return browseScenarios(parseBrowseState("scenarios", new URLSearchParams(search)));
}

async function notificationsOf(userId: string) {
  return db.prisma.notification.findMany({ where: { userId }, orderBy: { createdAt: "asc" }, select: { type: true, params: true, link: true } });
}

describe("the scenario life cycle", () => {
  it("goes draft → review → changes requested → review → published, notifying and auditing each step", async () => {
    const { id } = await createDraft({ id: soe.user.id }, soe.org.id, scenarioInput({ title: "钢铁厂高炉数字孪生" }), { files: [], confidential: false });
    expect((await db.prisma.scenario.findUniqueOrThrow({ where: { id } })).status).toBe("DRAFT");

    await submitForReview({ id: soe.user.id }, id);
    const reviewerInbox = await notificationsOf(reviewer.id);
    expect(reviewerInbox.some((n) => n.type === "scenario.notify.submitted" && n.link === `/review/scenarios/${id}`)).toBe(true);
    const queue = await listReviewQueue("PENDING_REVIEW", 1);
    expect(queue.items.map((item) => item.id)).toContain(id);
    expect(queue.countByStatus.PENDING_REVIEW).toBeGreaterThanOrEqual(1);

    await expect(decideScenario({ id: reviewer.id }, id, { decision: "requestChanges", reason: "  ", batch: "" })).rejects.toThrow(ScenarioTransitionError);
    await decideScenario({ id: reviewer.id }, id, { decision: "requestChanges", reason: "请补充验收指标", batch: "" });
    let row = await db.prisma.scenario.findUniqueOrThrow({ where: { id } });
    expect(row.status).toBe("CHANGES_REQUESTED");
    expect(row.reviewNote).toBe("请补充验收指标");
    const ownerInbox = await notificationsOf(soe.user.id);
    expect(ownerInbox.find((n) => n.type === "scenario.notify.changesRequested")?.params).toMatchObject({ reason: "请补充验收指标" });

    await updateDraft({ id: soe.user.id }, id, scenarioInput({ title: "钢铁厂高炉数字孪生（修订）", intent: "submit" }));
    row = await db.prisma.scenario.findUniqueOrThrow({ where: { id } });
    expect(row.status).toBe("PENDING_REVIEW");
    expect(row.title).toBe("钢铁厂高炉数字孪生（修订）");

    await decideScenario({ id: reviewer.id }, id, { decision: "approve", reason: "", batch: "2026年第3批" });
    row = await db.prisma.scenario.findUniqueOrThrow({ where: { id } });
    expect(row.status).toBe("PUBLISHED");
    expect(row.batch).toBe("2026年第3批");
    expect(row.publishedAt).not.toBeNull();
    expect((await notificationsOf(soe.user.id)).some((n) => n.type === "scenario.notify.published")).toBe(true);

    const audit = await db.prisma.auditLog.findMany({ where: { entityType: "Scenario", entityId: id }, orderBy: { createdAt: "asc" }, select: { action: true, actorId: true } });
    expect(audit.map((entry) => entry.action)).toEqual([
      "scenario.created",
      "scenario.submit",
      "scenario.requestChanges",
      "scenario.updated",
      "scenario.submit",
      "scenario.approve",
    ]);
    // Nobody is told about their own actions.
    expect((await notificationsOf(soe.user.id)).some((n) => n.type === "scenario.notify.submitted")).toBe(false);
  });

  it("assigns the default half-year batch when the reviewer leaves it empty", async () => {
    const { id } = await createScenarioAt("PUBLISHED", soe.user, soe.org.id, reviewer);
    const row = await db.prisma.scenario.findUniqueOrThrow({ where: { id } });
    expect(row.batch).toMatch(/^20\d\d年第[一二]批$/);
  });

  it("refuses edits outside draft / changes requested, and unknown or inactive categories", async () => {
    const { id } = await createScenarioAt("PENDING_REVIEW", soe.user, soe.org.id, reviewer);
    await expect(updateDraft({ id: soe.user.id }, id, scenarioInput())).rejects.toThrow(ScenarioTransitionError);
    await expect(createDraft({ id: soe.user.id }, soe.org.id, scenarioInput({ categoryId: "cat_nope" }), { files: [], confidential: false })).rejects.toThrow(UnknownCategoryError);
  });

  it("lets only a verified organisation submit, and only with a future deadline", async () => {
    const unverified = await createSoe(reviewer, { verified: false });
    const draft = await createDraft({ id: unverified.user.id }, unverified.org.id, scenarioInput(), { files: [], confidential: false });
    await expect(submitForReview({ id: unverified.user.id }, draft.id)).rejects.toMatchObject({ code: "org-not-verified" });
    const late = await createDraft({ id: soe.user.id }, soe.org.id, scenarioInput({ deadline: new Date(Date.now() - 1000) }), { files: [], confidential: false });
    await expect(submitForReview({ id: soe.user.id }, late.id)).rejects.toMatchObject({ code: "deadline-passed" });
  });

  it("does not let members of another organisation or non-reviewers act", async () => {
    const other = await createSoe(reviewer);
    const { id } = await createScenarioAt("DRAFT", soe.user, soe.org.id, reviewer);
    await expect(submitForReview({ id: other.user.id }, id)).rejects.toMatchObject({ code: "wrong-actor" });
    const pending = await createScenarioAt("PENDING_REVIEW", soe.user, soe.org.id, reviewer);
    await expect(decideScenario({ id: soe.user.id }, pending.id, { decision: "approve", reason: "", batch: "" })).rejects.toMatchObject({ code: "wrong-actor" });
  });

  it("rejects with a reason into the archive and tells the organisation", async () => {
    const { id } = await createScenarioAt("PENDING_REVIEW", soe.user, soe.org.id, reviewer, { title: "被驳回的需求" });
    await decideScenario({ id: reviewer.id }, id, { decision: "reject", reason: "与平台定位不符", batch: "" });
    const row = await db.prisma.scenario.findUniqueOrThrow({ where: { id } });
    expect(row.status).toBe("ARCHIVED");
    expect(row.reviewNote).toBe("与平台定位不符");
    expect((await notificationsOf(soe.user.id)).some((n) => n.type === "scenario.notify.rejected" && (n.params as { title: string }).title === "被驳回的需求")).toBe(true);
  });

  it("counts the organisation's scenarios by status", async () => {
    const list = await listOrgScenarios(soe.org.id, "ARCHIVED", 1);
    expect(list.items.every((item) => item.status === "ARCHIVED")).toBe(true);
    expect(list.countByStatus.ARCHIVED).toBe(list.total);
    expect(list.countByStatus.PUBLISHED).toBeGreaterThanOrEqual(2);
  });

  it("lets only one of two simultaneous decisions apply", async () => {
    const { id } = await createScenarioAt("PENDING_REVIEW", soe.user, soe.org.id, reviewer);
    const results = await Promise.allSettled([
      decideScenario({ id: reviewer.id }, id, { decision: "approve", reason: "", batch: "" }),
      decideScenario({ id: reviewer.id }, id, { decision: "reject", reason: "重复", batch: "" }),
    ]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
  });
});

describe("closing and awarding", () => {
  it("closes published scenarios past their deadline as the system and tells the organisation", async () => {
    const { id } = await createScenarioAt("PUBLISHED", soe.user, soe.org.id, reviewer, { title: "到期的需求" });
    const future = await createScenarioAt("PUBLISHED", soe.user, soe.org.id, reviewer);
    await db.prisma.scenario.update({ where: { id }, data: { deadline: new Date(Date.now() - 60_000) } });

    expect(await closeExpiredScenarios()).toBeGreaterThanOrEqual(1);
    const row = await db.prisma.scenario.findUniqueOrThrow({ where: { id } });
    expect(row.status).toBe("CLOSED");
    expect(row.closedAt).not.toBeNull();
    expect((await db.prisma.scenario.findUniqueOrThrow({ where: { id: future.id } })).status).toBe("PUBLISHED");
    const audit = await db.prisma.auditLog.findFirstOrThrow({ where: { entityId: id, action: "scenario.close" } });
    expect(audit.actorId).toBeNull();
    expect((await notificationsOf(soe.user.id)).some((n) => n.type === "scenario.notify.closedByDeadline" && (n.params as { title: string }).title === "到期的需求")).toBe(true);
    // Running again finds nothing more to do for this scenario.
    await closeExpiredScenarios();
    expect(await db.prisma.auditLog.count({ where: { entityId: id, action: "scenario.close" } })).toBe(1);
  });

  it("marks awarded from PUBLISHED (closing it) and from CLOSED, and stays AWARDED for further winners", async () => {
    const open = await createScenarioAt("PUBLISHED", soe.user, soe.org.id, reviewer);
    const status = await db.prisma.$transaction((tx) => transitionScenario(tx, { scenarioId: open.id, action: "markAwarded", actor: { id: soe.user.id, kind: "system" } }));
    expect(status).toBe("AWARDED");
    expect((await db.prisma.scenario.findUniqueOrThrow({ where: { id: open.id } })).closedAt).not.toBeNull();
    expect(await db.prisma.$transaction((tx) => transitionScenario(tx, { scenarioId: open.id, action: "markAwarded", actor: { id: soe.user.id, kind: "system" } }))).toBe("AWARDED");

    const closed = await createScenarioAt("PUBLISHED", soe.user, soe.org.id, reviewer);
    await applyScenarioAction({ scenarioId: closed.id, action: "close", actor: { id: soe.user.id, kind: "owner" } });
    expect(await db.prisma.$transaction((tx) => transitionScenario(tx, { scenarioId: closed.id, action: "markAwarded", actor: { id: null, kind: "system" } }))).toBe("AWARDED");

    const noWinner = await createScenarioAt("PUBLISHED", soe.user, soe.org.id, reviewer);
    await applyScenarioAction({ scenarioId: noWinner.id, action: "close", actor: { id: soe.user.id, kind: "owner" } });
    await applyScenarioAction({ scenarioId: noWinner.id, action: "markUnawarded", actor: { id: soe.user.id, kind: "owner" } });
    expect((await db.prisma.scenario.findUniqueOrThrow({ where: { id: noWinner.id } })).status).toBe("UNAWARDED");
  });
});

describe("concurrent awards", () => {
  it("marks a several-winner scenario awarded once when two awards race", async () => {
    const { id } = await createScenarioAt("PUBLISHED", soe.user, soe.org.id, reviewer, { allowMultipleWinners: true });
    const award = () => db.prisma.$transaction((tx) => transitionScenario(tx, { scenarioId: id, action: "markAwarded", actor: { id: soe.user.id, kind: "system" } }));
    const results = await Promise.all([award(), award()]);
    expect(results).toEqual(["AWARDED", "AWARDED"]);
    expect(await db.prisma.auditLog.count({ where: { entityId: id, action: "scenario.markAwarded" } })).toBe(1);
  });
});

describe("public visibility", () => {
  it("never shows drafts, pending or hidden scenarios to strangers", async () => {
    const marker = `可见性测试${Date.now()}`;
    const draft = await createScenarioAt("DRAFT", soe.user, soe.org.id, reviewer, { title: `${marker} 草稿` });
    const pending = await createScenarioAt("PENDING_REVIEW", soe.user, soe.org.id, reviewer, { title: `${marker} 待审` });
    const hidden = await createScenarioAt("PUBLISHED", soe.user, soe.org.id, reviewer, { title: `${marker} 隐藏` });
    await db.prisma.scenario.update({ where: { id: hidden.id }, data: { hidden: true, hiddenReason: "举报核实" } });
    const visible = await createScenarioAt("PUBLISHED", soe.user, soe.org.id, reviewer, { title: `${marker} 公开` });

    const all = await publicList();
    const ids = all.items.map((item) => item.id);
    expect(ids).toContain(visible.id);
    for (const secret of [draft, pending, hidden]) {
      expect(ids).not.toContain(secret.id);
      expect(await getScenarioDetail(secret.id, STRANGER)).toBeNull();
      expect(await getScenarioDetail(secret.id, { orgIds: [soe.org.id], reviewer: false, inVerifiedOrg: true })).not.toBeNull();
      expect(await getScenarioDetail(secret.id, { orgIds: [], reviewer: true, inVerifiedOrg: false })).not.toBeNull();
    }
    const publicView = await getScenarioDetail(visible.id, STRANGER);
    expect(publicView?.contact).toBeNull();
    expect((await getScenarioDetail(visible.id, { orgIds: [], reviewer: false, inVerifiedOrg: true }))?.contact?.contactPhone).toBe("13911112222");
  });

  it("filters by category, district, mode, first-unit type, budget overlap and openness", async () => {
    const target = await createScenarioAt("PUBLISHED", soe.user, soe.org.id, reviewer, {
      categoryId: "cat_marine",
      district: "LANSHAN",
      mode: "INVITATION",
      expectedFirstUnitTypes: ["FIRST_VERSION"],
      budgetMin: 300,
      budgetMax: 500,
      deadline: new Date("2030-06-30T15:59:59Z"),
    });
    const ids = async (search: string) => (await publicList(search)).items.map((item) => item.id);
    expect(await ids("category=MARINE")).toContain(target.id);
    expect(await ids("category=DIGITAL")).not.toContain(target.id);
    expect(await ids("district=LANSHAN&mode=INVITATION&firstUnit=FIRST_VERSION")).toEqual([target.id]);
    expect(await ids("firstUnit=FIRST_SET&category=MARINE")).toEqual([]);
    expect(await ids("budgetFrom=450&budgetTo=1000&category=MARINE")).toEqual([target.id]);
    expect(await ids("budgetFrom=501&category=MARINE")).toEqual([]);
    expect(await ids("budgetTo=299&category=MARINE")).toEqual([]);
    expect(await ids("deadline=open&category=MARINE")).toEqual([target.id]);
    expect(await ids("deadline=90d&category=MARINE")).toEqual([]);
    await applyScenarioAction({ scenarioId: target.id, action: "close", actor: { id: soe.user.id, kind: "owner" } });
    expect(await ids("deadline=open&category=MARINE")).toEqual([]);
    expect(await ids("deadline=finished&category=MARINE")).toEqual([target.id]);
    expect(await ids("category=MARINE")).toEqual([target.id]);
  });

  it("paginates by 20", async () => {
    const other = await createSoe(reviewer);
    for (let i = 0; i < 21; i += 1) await createScenarioAt("PUBLISHED", other.user, other.org.id, reviewer, { categoryId: "cat_health" });
    const first = await publicList("category=HEALTH");
    const second = await publicList("category=HEALTH&page=2");
    expect(first.items).toHaveLength(20);
    expect(second.items).toHaveLength(1);
    expect(first.pageCount).toBe(2);
  });
});

describe("recognised first-unit bidders", () => {
  it("lists bidders whose linked, recognised first-unit solution matches an expected type", async () => {
    const scenario = await createScenarioAt("PUBLISHED", soe.user, soe.org.id, reviewer, { expectedFirstUnitTypes: ["FIRST_SET", "FIRST_VERSION"] });
    const firm = async (name: string, solution: { firstUnitType: "FIRST_SET" | "FIRST_BATCH" | "FIRST_VERSION"; firstUnitStatus: "RECOGNISED" | "APPLYING" }, bidStatus: "SUBMITTED" | "WITHDRAWN" = "SUBMITTED", verificationStatus: "VERIFIED" | "REJECTED" = "VERIFIED") => {
      const org = await db.prisma.organization.create({ data: { kind: "TECH_FIRM", name, uscc: `TEST${Math.random().toString(36).slice(2, 16)}`.slice(0, 18), district: "DONGGANG", contactName: "x", contactPhone: "13800000000", contactEmail: "x@example.com", verificationStatus } });
      const created = await db.prisma.solution.create({
        data: { orgId: org.id, title: `${name}的产品`, summary: "s", description: "d", categoryId: "cat_digital", trl: 7, priceMin: 1, priceMax: 2, status: "PUBLISHED", firstUnitCertificate: "鲁首台套-2025-018", firstUnitYear: 2025, ...solution },
      });
      await db.prisma.bid.create({ data: { scenarioId: scenario.id, orgId: org.id, solutionId: created.id, proposal: "p", quotedPrice: 100, deliveryDays: 90, status: bidStatus } });
    };
    await firm("认定匹配公司", { firstUnitType: "FIRST_SET", firstUnitStatus: "RECOGNISED" });
    await firm("申请中公司", { firstUnitType: "FIRST_SET", firstUnitStatus: "APPLYING" });
    await firm("类型不符公司", { firstUnitType: "FIRST_BATCH", firstUnitStatus: "RECOGNISED" });
    await firm("已撤回公司", { firstUnitType: "FIRST_VERSION", firstUnitStatus: "RECOGNISED" }, "WITHDRAWN");
    // Its solution is not public while its verification is revoked (ADR 0015): no claim to vouch for.
    await firm("认证已撤销公司", { firstUnitType: "FIRST_SET", firstUnitStatus: "RECOGNISED" }, "SUBMITTED", "REJECTED");
    const rows = await recognisedFirstUnitBidders(scenario.id);
    expect(rows.map((row) => row.orgName)).toEqual(["认定匹配公司"]);
    expect(rows[0]).toMatchObject({ solutionTitle: "认定匹配公司的产品", type: "FIRST_SET", certificate: "鲁首台套-2025-018" });
  });
});
