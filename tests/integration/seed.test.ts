// The demo seed against real PostgreSQL: a newcomer's first `npm start` must show a living marketplace whose
// records obey the same rules the application enforces (one bid per firm, one winner, cases from awards…).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyCredentials } from "~/modules/auth/auth.server";
import { DISTRICTS } from "~/modules/orgs/districts";
import { isValidUscc } from "~/modules/orgs/uscc";
import { INVESTMENT_STAGES } from "~/modules/solutions/solutions.schema";
import { en } from "~/locales/en";
import { zh } from "~/locales/zh";
import { BidStatus, ScenarioStatus } from "~/generated/prisma/enums.ts";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemoData } from "../../prisma/seed";
import { useTestSchema } from "../setup/test-database";

let db: Awaited<ReturnType<typeof useTestSchema>>;
let seedMilliseconds = 0;
beforeAll(async () => {
  db = await useTestSchema();
  const started = Date.now();
  await seedDemoData(db.prisma);
  seedMilliseconds = Date.now() - started;
});
afterAll(async () => {
  await db.drop();
});

/** The text a notification type shows in a language, as the notification centre looks it up. */
function notificationText(messages: unknown, type: string): unknown {
  const key = type.includes(".") ? type : `notifications.types.${type}`;
  return key.split(".").reduce<unknown>((node, part) => (node && typeof node === "object" ? (node as Record<string, unknown>)[part] : undefined), messages);
}

describe("demo seed", () => {
  it("fills an empty schema quickly", async () => {
    expect(seedMilliseconds).toBeLessThan(30_000);
    expect(await db.prisma.user.count()).toBeGreaterThan(40);
  });

  it("creates a marketplace of the promised size across the categories", async () => {
    const scenarios = await db.prisma.scenario.findMany({ select: { categoryId: true, status: true } });
    expect(scenarios.length).toBeGreaterThanOrEqual(40);
    expect(await db.prisma.solution.count()).toBeGreaterThanOrEqual(120);
    expect(new Set(scenarios.map((s) => s.categoryId)).size).toBeGreaterThanOrEqual(8);
    expect(new Set(scenarios.map((s) => s.status))).toEqual(new Set(Object.values(ScenarioStatus)));
    const bidStatuses = await db.prisma.bid.findMany({ select: { status: true }, distinct: ["status"] });
    expect(new Set(bidStatuses.map((b) => b.status))).toEqual(new Set(Object.values(BidStatus)));
    expect(await db.prisma.case.count({ where: { status: "PUBLISHED", publishedAt: { not: null } } })).toBeGreaterThanOrEqual(3);
    expect(await db.prisma.case.count({ where: { status: "PENDING_REVIEW" } })).toBeGreaterThanOrEqual(1);
    expect(await db.prisma.case.count({ where: { status: "DRAFT" } })).toBeGreaterThanOrEqual(1);
    expect(await db.prisma.bidInvitation.count()).toBeGreaterThanOrEqual(3);
    expect(await db.prisma.organization.count({ where: { kind: "SOE" } })).toBeGreaterThanOrEqual(8);
    expect(await db.prisma.organization.count({ where: { kind: "TECH_FIRM" } })).toBeGreaterThanOrEqual(20);
    expect(await db.prisma.organization.count({ where: { kind: "TECH_FIRM", verificationStatus: { not: "VERIFIED" } } })).toBeGreaterThanOrEqual(2);
  });

  it("gives every organisation a valid USCC and every verified SOE and firm a member who can sign in", async () => {
    const orgs = await db.prisma.organization.findMany({
      include: { memberships: { include: { user: { select: { email: true, password: { select: { userId: true } } } } } } },
    });
    for (const org of orgs) expect(isValidUscc(org.uscc), `${org.name} ${org.uscc}`).toBe(true);
    expect(new Set(orgs.map((org) => org.uscc)).size).toBe(orgs.length);
    for (const org of orgs.filter((o) => o.verificationStatus === "VERIFIED" && (o.kind === "SOE" || o.kind === "TECH_FIRM"))) {
      const members = org.memberships.filter((m) => m.user.password && m.user.email.endsWith("@demo.scenebridge.cn") && !m.user.email.startsWith("admin@"));
      expect(members.length, org.name).toBeGreaterThan(0);
    }
    const member = await db.prisma.user.findUniqueOrThrow({ where: { email: "zhou.qiang@demo.scenebridge.cn" } });
    expect(await verifyCredentials(member.email, DEMO_PASSWORD)).toBe(member.id);
  });

  it("keeps the demo accounts working with their organisations", async () => {
    for (const { email } of DEMO_ACCOUNTS) {
      expect(await verifyCredentials(email, DEMO_PASSWORD), email).not.toBeNull();
    }
    expect(await verifyCredentials("soe@demo.scenebridge.cn", "wrong-password")).toBeNull();
    const soe = await db.prisma.user.findUniqueOrThrow({ where: { email: "soe@demo.scenebridge.cn" }, include: { activeOrg: true } });
    expect(soe.activeOrg?.name).toBe("日照海港集团有限公司");
    const firm = await db.prisma.user.findUniqueOrThrow({ where: { email: "firm@demo.scenebridge.cn" }, include: { activeOrg: true } });
    expect(firm.activeOrg?.name).toBe("山东海之翼无人机科技有限公司");
    const pending = await db.prisma.user.findUniqueOrThrow({ where: { email: "pending@demo.scenebridge.cn" }, include: { activeOrg: true } });
    expect(pending.activeOrg?.verificationStatus).toBe("PENDING");

    // The port's workspace and the drone firm's have something in every column to try.
    const portScenarios = await db.prisma.scenario.findMany({ where: { orgId: soe.activeOrgId! }, select: { status: true } });
    expect(portScenarios.length).toBeGreaterThanOrEqual(8);
    expect(new Set(portScenarios.map((s) => s.status)).size).toBeGreaterThanOrEqual(5);
    const droneSolutions = await db.prisma.solution.findMany({ where: { orgId: firm.activeOrgId! } });
    expect(droneSolutions.filter((s) => s.categoryId === "cat_low_altitude").length).toBeGreaterThanOrEqual(5);
    const droneBids = await db.prisma.bid.findMany({ where: { orgId: firm.activeOrgId! }, select: { status: true } });
    expect(new Set(droneBids.map((b) => b.status))).toEqual(new Set(["SUBMITTED", "SHORTLISTED", "AWARDED", "REJECTED"]));
  });

  it("has every scenario, solution and bid written by a member of its organisation", async () => {
    const memberships = new Set((await db.prisma.membership.findMany()).map((m) => `${m.userId}/${m.orgId}`));
    const records = [
      ...(await db.prisma.scenario.findMany({ select: { title: true, orgId: true, createdById: true } })),
      ...(await db.prisma.solution.findMany({ select: { title: true, orgId: true, createdById: true } })),
      ...(await db.prisma.bid.findMany({ select: { proposal: true, orgId: true, createdById: true } })).map((b) => ({ ...b, title: b.proposal.slice(0, 30) })),
    ];
    for (const record of records) expect(memberships.has(`${record.createdById}/${record.orgId}`), record.title).toBe(true);
    const admin = await db.prisma.user.findUniqueOrThrow({ where: { email: "admin@demo.scenebridge.cn" } });
    expect(await db.prisma.scenario.count({ where: { createdById: admin.id } })).toBe(0);
  });

  it("keeps scenarios consistent with their life cycle", async () => {
    const now = new Date();
    const scenarios = await db.prisma.scenario.findMany({ include: { org: true } });
    for (const s of scenarios) {
      expect(DISTRICTS as readonly string[], s.title).toContain(s.district);
      expect(s.budgetMin, s.title).toBeLessThanOrEqual(s.budgetMax);
      expect(s.org.kind, s.title).toBe("SOE");
      expect(s.org.verificationStatus, s.title).toBe("VERIFIED");
      expect(s.contactName && s.contactPhone && s.contactEmail, s.title).toBeTruthy();
      if (s.status === "PUBLISHED") {
        expect(s.batch, s.title).toMatch(/^2026年第[一二]批$/);
        expect(s.publishedAt!.getTime(), s.title).toBeLessThan(now.getTime());
        expect(s.deadline.getUTCFullYear(), s.title).toBe(2027);
      }
      if (["CLOSED", "AWARDED", "UNAWARDED"].includes(s.status)) {
        expect(s.publishedAt, s.title).not.toBeNull();
        expect(s.closedAt, s.title).not.toBeNull();
      }
      if (["DRAFT", "PENDING_REVIEW", "CHANGES_REQUESTED"].includes(s.status)) expect(s.publishedAt, s.title).toBeNull();
      if (s.status === "CHANGES_REQUESTED") expect(s.reviewNote?.length, s.title).toBeGreaterThan(10);
      if (s.status === "DRAFT") expect(s.submittedAt, s.title).toBeNull();
    }
    expect(new Set(scenarios.map((s) => s.mode))).toEqual(new Set(["OPEN_CALL", "CHALLENGE", "INVITATION"]));
  });

  it("follows the bid rules: one per firm, only on published scenarios, one winner, reasons for rejections, one invitation per firm", async () => {
    const bids = await db.prisma.bid.findMany({ include: { scenario: true, solution: true, org: true } });
    expect(bids.length).toBeGreaterThanOrEqual(60);
    expect(new Set(bids.map((b) => `${b.scenarioId}/${b.orgId}`)).size).toBe(bids.length);
    for (const bid of bids) {
      expect(["PUBLISHED", "CLOSED", "AWARDED", "UNAWARDED"], bid.scenario.title).toContain(bid.scenario.status);
      expect(bid.org.kind).toBe("TECH_FIRM");
      expect(bid.org.verificationStatus).toBe("VERIFIED");
      expect(bid.solution?.orgId, bid.scenario.title).toBe(bid.orgId);
      expect(bid.solution?.status).not.toBe("DRAFT");
      expect(bid.createdAt.getTime()).toBeGreaterThan(bid.scenario.publishedAt!.getTime());
      expect(bid.quotedPrice).toBeGreaterThanOrEqual(bid.scenario.budgetMin);
      expect(bid.quotedPrice).toBeLessThanOrEqual(bid.scenario.budgetMax);
      expect(bid.deliveryDays).toBeGreaterThan(0);
      expect(bid.proposal.length).toBeGreaterThan(100);
      if (bid.status === "REJECTED") expect(bid.decisionNote?.length, bid.scenario.title).toBeGreaterThan(5);
      if (bid.status === "AWARDED" || bid.status === "REJECTED") expect(bid.decidedAt).not.toBeNull();
    }
    const scenarios = await db.prisma.scenario.findMany({ where: { status: { in: ["AWARDED", "UNAWARDED"] } }, include: { bids: true } });
    for (const scenario of scenarios) {
      const winners = scenario.bids.filter((b) => b.status === "AWARDED");
      if (scenario.status === "UNAWARDED") expect(winners, scenario.title).toHaveLength(0);
      else if (scenario.allowMultipleWinners) expect(winners.length, scenario.title).toBeGreaterThanOrEqual(1);
      else expect(winners, scenario.title).toHaveLength(1);
      if (scenario.status === "AWARDED") {
        for (const other of scenario.bids.filter((b) => b.status !== "AWARDED")) expect(other.status, scenario.title).toBe("REJECTED");
      }
    }
    // An SOE invites a firm once per scenario, whichever of its solutions it names (a QA review found one invited twice).
    const invitations = await db.prisma.bidInvitation.findMany({ select: { scenarioId: true, solution: { select: { orgId: true } } } });
    expect(invitations.length).toBeGreaterThanOrEqual(4);
    expect(new Set(invitations.map((invitation) => `${invitation.scenarioId}/${invitation.solution.orgId}`)).size).toBe(invitations.length);
    const elsewhere = await db.prisma.bid.count({ where: { status: "AWARDED", scenario: { status: { not: "AWARDED" } } } });
    expect(elsewhere).toBe(0);
    expect(await db.prisma.scenario.count({ where: { status: "AWARDED", allowMultipleWinners: true } })).toBeGreaterThanOrEqual(1);
  });

  it("makes every case from an awarded bid of the same scenario", async () => {
    const cases = await db.prisma.case.findMany({ include: { bid: true } });
    expect(cases.length).toBeGreaterThanOrEqual(5);
    for (const item of cases) {
      expect(item.bid.status, item.title).toBe("AWARDED");
      expect(item.bid.scenarioId, item.title).toBe(item.scenarioId);
      const figures = item.figures as { label: string; value: string }[];
      expect(figures.length, item.title).toBeGreaterThan(0);
      for (const figure of figures) expect(figure.label && figure.value).toBeTruthy();
      if (item.status === "PUBLISHED") expect(item.publishedAt, item.title).not.toBeNull();
      else expect(item.publishedAt, item.title).toBeNull();
    }
  });

  it("records first-unit products, investment needs and moderation like the application does", async () => {
    const recognised = await db.prisma.solution.findMany({ where: { firstUnitStatus: "RECOGNISED" } });
    expect(recognised.length).toBeGreaterThanOrEqual(10);
    expect(new Set(recognised.map((s) => s.firstUnitType))).toEqual(new Set(["FIRST_SET", "FIRST_BATCH", "FIRST_VERSION"]));
    for (const s of recognised) {
      expect(s.firstUnitType, s.title).not.toBeNull();
      expect(s.firstUnitCertificate, s.title).toBeTruthy();
      expect(s.firstUnitYear, s.title).toBeGreaterThanOrEqual(2020);
    }
    expect(await db.prisma.solution.count({ where: { firstUnitStatus: "APPLYING", firstUnitCertificate: null, firstUnitType: { not: null } } })).toBeGreaterThanOrEqual(5);
    expect(await db.prisma.solution.count({ where: { firstUnitStatus: "NONE", OR: [{ firstUnitType: { not: null } }, { firstUnitCertificate: { not: null } }] } })).toBe(0);
    const investors = await db.prisma.solution.findMany({ where: { seekingInvestment: true } });
    expect(investors.length).toBeGreaterThanOrEqual(3);
    for (const s of investors) expect(s.investmentStage && s.investmentAmount, s.title).toBeTruthy();
    // Stored as the form stores them, so pages say the round in the reader's language (it read "Pre-A轮" in English).
    for (const s of investors) expect(INVESTMENT_STAGES, s.title).toContain(s.investmentStage);
    expect(await db.prisma.solution.count({ where: { independentInnovation: true } })).toBeGreaterThanOrEqual(3);
    const solutionStatuses = await db.prisma.solution.groupBy({ by: ["status"], _count: { _all: true } });
    expect(Object.fromEntries(solutionStatuses.map((g) => [g.status, g._count._all]))).toMatchObject({ DRAFT: expect.any(Number), ARCHIVED: expect.any(Number) });
    expect(await db.prisma.solution.count({ where: { status: "PUBLISHED" } })).toBeGreaterThanOrEqual(100);
    // A public solution can only belong to a verified firm.
    expect(await db.prisma.solution.count({ where: { status: { not: "DRAFT" }, org: { verificationStatus: { not: "VERIFIED" } } } })).toBe(0);

    const hidden = await db.prisma.solution.findMany({ where: { hidden: true } });
    expect(hidden).toHaveLength(1);
    expect(hidden[0].hiddenReason).toBeTruthy();
    const hiddenReport = await db.prisma.report.findFirstOrThrow({ where: { entityId: hidden[0].id } });
    expect(hiddenReport).toMatchObject({ status: "HIDDEN", entityType: "SOLUTION" });
    expect(hiddenReport.resolvedAt && hiddenReport.resolvedById && hiddenReport.resolution).toBeTruthy();
    expect(await db.prisma.report.count({ where: { status: "OPEN", resolvedAt: null } })).toBeGreaterThanOrEqual(2);
  });

  it("tells the people involved, in texts that exist in both languages", async () => {
    const notifications = await db.prisma.notification.findMany({ select: { type: true } });
    for (const type of new Set(notifications.map((n) => n.type))) {
      expect(typeof notificationText(zh, type), type).toBe("string");
      expect(typeof notificationText(en, type), type).toBe("string");
    }
    const awarded = await db.prisma.bid.findMany({ where: { status: "AWARDED" }, include: { org: { include: { memberships: true } }, scenario: true } });
    for (const bid of awarded) {
      for (const { userId } of bid.org.memberships) {
        const told = await db.prisma.notification.count({ where: { userId, type: "bid.notify.awarded", params: { path: ["scenario"], equals: bid.scenario.title } } });
        expect(told, bid.scenario.title).toBe(1);
      }
    }
  });

  it("writes the audit trail of the main transitions", async () => {
    const count = (action: string) => db.prisma.auditLog.count({ where: { action } });
    expect(await count("scenario.created")).toBe(await db.prisma.scenario.count());
    expect(await count("scenario.approve")).toBe(await db.prisma.scenario.count({ where: { publishedAt: { not: null } } }));
    expect(await count("bid.submitted")).toBe(await db.prisma.bid.count());
    expect(await count("bid.award")).toBe(await db.prisma.bid.count({ where: { status: "AWARDED" } }));
    expect(await count("solution.publish")).toBe(await db.prisma.solution.count({ where: { publishedAt: { not: null } } }));
    expect(await count("case.publish")).toBe(await db.prisma.case.count({ where: { status: "PUBLISHED" } }));
    const scenario = await db.prisma.scenario.findFirstOrThrow({ where: { status: "AWARDED" } });
    const trail = await db.prisma.auditLog.findMany({ where: { entityId: scenario.id }, orderBy: { createdAt: "asc" } });
    expect(trail.map((entry) => entry.action)).toEqual(["scenario.created", "scenario.submit", "scenario.approve", "scenario.close", "scenario.markAwarded"]);
  });
});
