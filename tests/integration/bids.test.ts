// Bids against real PostgreSQL: placing, the award flow with its notifications and audit, two awards racing
// on a single-winner scenario, and a firm never reading or acting on a competitor's bid.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BidTransitionError } from "~/modules/bids/bid-transitions";
import {
  AUTO_REJECT_REASON,
  awardBid,
  BidNotAllowedError,
  BidNotFoundError,
  bidForViewer,
  decideBid,
  inviteSolution,
  invitableByTitle,
  AlreadyBidError,
  AlreadyInvitedError,
  listBidsOfOrg,
  listInvitationsOfOrg,
  lockFirmOnScenario,
  placeBid,
  PriceNotConfirmedError,
  ScenarioNotAwardableError,
  scenarioWithBids,
  SolutionNotUsableError,
  withdrawBid,
} from "~/modules/bids/bids.server";
import { addMember, bidInput, createPublishedScenario, createPublishedSolution, createVerifiedOrgUser } from "../setup/bid-factories";
import { createOrgFor, createUser, organizationInput } from "../setup/factories";
import { useTestSchema } from "../setup/test-database";

let db: Awaited<ReturnType<typeof useTestSchema>>;
let reviewer: Awaited<ReturnType<typeof createUser>>;
let soe: Awaited<ReturnType<typeof createVerifiedOrgUser>>;
let firmA: Awaited<ReturnType<typeof createVerifiedOrgUser>>;
let firmB: Awaited<ReturnType<typeof createVerifiedOrgUser>>;
let firmC: Awaited<ReturnType<typeof createVerifiedOrgUser>>;

beforeAll(async () => {
  db = await useTestSchema();
  reviewer = await createUser({ roles: ["REVIEWER"] });
  soe = await createVerifiedOrgUser("SOE", reviewer.id);
  firmA = await createVerifiedOrgUser("TECH_FIRM", reviewer.id, { orgName: "山东海之翼无人机科技有限公司" });
  firmB = await createVerifiedOrgUser("TECH_FIRM", reviewer.id, { orgName: "日照云帆智能科技有限公司" });
  firmC = await createVerifiedOrgUser("TECH_FIRM", reviewer.id, { orgName: "日照蓝海数字科技有限公司" });
});
afterAll(async () => {
  await db?.drop();
});

const notificationsOf = (userId: string) => db.prisma.notification.findMany({ where: { userId }, select: { type: true, params: true, link: true } });

describe("placing a bid", () => {
  it("records the bid, links the firm's published solution and tells the scenario's organisation", async () => {
    const scenario = await createPublishedScenario(soe.orgId);
    const solution = await createPublishedSolution(firmA.orgId);
    const bid = await placeBid({ id: firmA.id }, firmA.orgId, scenario.id, bidInput({ solutionId: solution.id, quotedPrice: 150 }));
    const stored = await db.prisma.bid.findUniqueOrThrow({ where: { id: bid.id } });
    expect(stored).toMatchObject({ status: "SUBMITTED", quotedPrice: 150, solutionId: solution.id, orgId: firmA.orgId });
    expect(await notificationsOf(soe.id)).toContainEqual(expect.objectContaining({ type: "bid.notify.received", link: `/workspace/scenarios/${scenario.id}/bids` }));
    expect(await notificationsOf(firmA.id)).not.toContainEqual(expect.objectContaining({ type: "bid.notify.received" }));
    expect(await db.prisma.auditLog.count({ where: { entityType: "Bid", entityId: bid.id, action: "bid.submitted" } })).toBe(1);
  });

  it("allows one bid per firm and scenario, and says so on the second attempt", async () => {
    const scenario = await createPublishedScenario(soe.orgId);
    await placeBid({ id: firmA.id }, firmA.orgId, scenario.id, bidInput());
    const second = placeBid({ id: firmA.id }, firmA.orgId, scenario.id, bidInput({ quotedPrice: 99 }));
    await expect(second).rejects.toMatchObject({ blocker: "alreadyBid" });
    expect(await db.prisma.bid.count({ where: { scenarioId: scenario.id } })).toBe(1);
  });

  it("a firm that withdrew its bid is told so when it bids again, not that it has a bid", async () => {
    const otherSoe = await createVerifiedOrgUser("SOE", reviewer.id); // its notifications are no other test's
    const scenario = await createPublishedScenario(otherSoe.orgId);
    const first = await placeBid({ id: firmA.id }, firmA.orgId, scenario.id, bidInput());
    await withdrawBid({ id: firmA.id }, first.id);
    await expect(placeBid({ id: firmA.id }, firmA.orgId, scenario.id, bidInput())).rejects.toMatchObject({ blocker: "withdrawn" });
    expect(await db.prisma.bid.count({ where: { scenarioId: scenario.id } })).toBe(1);
  });

  it("takes a price far outside the budget only when the firm confirms it, whoever calls (budget 50–200 万元)", async () => {
    const scenario = await createPublishedScenario(soe.orgId);
    for (const quotedPrice of [2001, 1_200_000, 4, 1]) {
      const refused = placeBid({ id: firmB.id }, firmB.orgId, scenario.id, bidInput({ quotedPrice }));
      await expect(refused, String(quotedPrice)).rejects.toBeInstanceOf(PriceNotConfirmedError);
    }
    await expect(placeBid({ id: firmB.id }, firmB.orgId, scenario.id, bidInput({ quotedPrice: 1 }))).rejects.toMatchObject({
      messages: ['bid.errors.priceFarBelowBudget|{"price":1,"budgetMin":50}', 'bid.errors.priceMeantMillions|{"price":1,"meant":100}'],
    });
    expect(await db.prisma.bid.count({ where: { scenarioId: scenario.id } })).toBe(0);
    const bid = await placeBid({ id: firmB.id }, firmB.orgId, scenario.id, bidInput({ quotedPrice: 1_200_000, confirmPrice: true }));
    expect((await db.prisma.bid.findUniqueOrThrow({ where: { id: bid.id } })).quotedPrice).toBe(1_200_000);
  });

  it("refuses closed, hidden, draft and past-deadline scenarios", async () => {
    const scenarios = await Promise.all([
      createPublishedScenario(soe.orgId, { status: "CLOSED" }),
      createPublishedScenario(soe.orgId, { hidden: true }),
      createPublishedScenario(soe.orgId, { status: "DRAFT" }),
      createPublishedScenario(soe.orgId, { deadline: new Date(Date.now() - 60_000) }),
    ]);
    for (const scenario of scenarios) {
      await expect(placeBid({ id: firmA.id }, firmA.orgId, scenario.id, bidInput())).rejects.toMatchObject({ blocker: "closed" });
    }
  });

  it("refuses an SOE on its own scenario, an SOE in general, an unverified firm and someone else's solution", async () => {
    const scenario = await createPublishedScenario(soe.orgId);
    await expect(placeBid({ id: soe.id }, soe.orgId, scenario.id, bidInput())).rejects.toMatchObject({ blocker: "ownScenario" });
    const otherSoe = await createVerifiedOrgUser("SOE", reviewer.id);
    await expect(placeBid({ id: otherSoe.id }, otherSoe.orgId, scenario.id, bidInput())).rejects.toMatchObject({ blocker: "notTechFirm" });
    const pendingUser = await createUser();
    const pendingFirm = await createOrgFor(pendingUser.id, organizationInput({ kind: "TECH_FIRM" }));
    await expect(placeBid({ id: pendingUser.id }, pendingFirm.id, scenario.id, bidInput())).rejects.toMatchObject({ blocker: "notVerified" });
    // Not a member of the organisation it claims to bid for.
    await expect(placeBid({ id: firmB.id }, firmA.orgId, scenario.id, bidInput())).rejects.toBeInstanceOf(BidNotAllowedError);
    const competitorsSolution = await createPublishedSolution(firmB.orgId);
    await expect(placeBid({ id: firmA.id }, firmA.orgId, scenario.id, bidInput({ solutionId: competitorsSolution.id }))).rejects.toBeInstanceOf(SolutionNotUsableError);
    const draftSolution = await createPublishedSolution(firmA.orgId, { status: "DRAFT" });
    await expect(placeBid({ id: firmA.id }, firmA.orgId, scenario.id, bidInput({ solutionId: draftSolution.id }))).rejects.toBeInstanceOf(SolutionNotUsableError);
    expect(await db.prisma.bid.count({ where: { scenarioId: scenario.id } })).toBe(0);
  });
});

describe("the award flow", () => {
  it("shortlists, awards one bid, rejects the others with the standard reason, tells everyone and audits it", async () => {
    const scenario = await createPublishedScenario(soe.orgId);
    const colleagueOfB = await addMember(firmB.orgId);
    const colleagueOfSoe = await addMember(soe.orgId);
    const bidA = await placeBid({ id: firmA.id }, firmA.orgId, scenario.id, bidInput());
    const bidB = await placeBid({ id: firmB.id }, firmB.orgId, scenario.id, bidInput({ quotedPrice: 90 }));
    const bidC = await placeBid({ id: firmC.id }, firmC.orgId, scenario.id, bidInput());
    await withdrawBid({ id: firmC.id }, bidC.id);

    await decideBid({ id: colleagueOfSoe.id }, bidA.id, "shortlist");
    expect(await notificationsOf(firmA.id)).toContainEqual(expect.objectContaining({ type: "bid.notify.shortlisted" }));

    const result = await awardBid({ id: soe.id }, bidA.id);
    expect(result).toEqual({ status: "AWARDED", rejected: 1 });

    const bids = await db.prisma.bid.findMany({ where: { scenarioId: scenario.id }, select: { id: true, status: true, decisionNote: true } });
    expect(bids).toEqual(
      expect.arrayContaining([
        { id: bidA.id, status: "AWARDED", decisionNote: null },
        { id: bidB.id, status: "REJECTED", decisionNote: AUTO_REJECT_REASON },
        { id: bidC.id, status: "WITHDRAWN", decisionNote: null },
      ]),
    );
    expect((await db.prisma.scenario.findUniqueOrThrow({ where: { id: scenario.id } })).status).toBe("AWARDED");

    expect(await notificationsOf(firmA.id)).toContainEqual(expect.objectContaining({ type: "bid.notify.awarded", params: expect.objectContaining({ scenario: scenario.title }) }));
    // Every member of the losing firm is told; the withdrawn firm is not told it lost; the awarding person is not notified.
    for (const loser of [firmB.id, colleagueOfB.id]) {
      expect(await notificationsOf(loser)).toContainEqual(expect.objectContaining({ type: "bid.notify.lost" }));
    }
    expect(await notificationsOf(firmC.id)).not.toContainEqual(expect.objectContaining({ type: "bid.notify.lost" }));
    expect((await notificationsOf(soe.id)).filter((n) => n.type === "bid.notify.withdrawn")).toHaveLength(1);

    const audit = await db.prisma.auditLog.findMany({
      where: { entityId: { in: [bidA.id, bidB.id, bidC.id, scenario.id] } },
      select: { action: true, entityId: true, actorId: true },
    });
    expect(audit).toEqual(
      expect.arrayContaining([
        { action: "bid.shortlist", entityId: bidA.id, actorId: colleagueOfSoe.id },
        { action: "bid.award", entityId: bidA.id, actorId: soe.id },
        { action: "bid.reject", entityId: bidB.id, actorId: soe.id },
        { action: "bid.withdraw", entityId: bidC.id, actorId: firmC.id },
        { action: "scenario.markAwarded", entityId: scenario.id, actorId: soe.id },
      ]),
    );

    // Decisions are final: no second award, no withdrawal after the decision.
    await expect(awardBid({ id: soe.id }, bidB.id)).rejects.toBeInstanceOf(BidTransitionError);
    await expect(withdrawBid({ id: firmA.id }, bidA.id)).rejects.toBeInstanceOf(BidTransitionError);
  });

  it("rejects with the owner's reason and tells the bidder the reason", async () => {
    const scenario = await createPublishedScenario(soe.orgId);
    const bid = await placeBid({ id: firmB.id }, firmB.orgId, scenario.id, bidInput());
    await expect(decideBid({ id: soe.id }, bid.id, "reject", "  ")).rejects.toMatchObject({ code: "reason-required" });
    await decideBid({ id: soe.id }, bid.id, "reject", "报价超出预算上限");
    expect(await db.prisma.bid.findUniqueOrThrow({ where: { id: bid.id } })).toMatchObject({ status: "REJECTED", decisionNote: "报价超出预算上限" });
    expect(await notificationsOf(firmB.id)).toContainEqual(expect.objectContaining({ type: "bid.notify.rejected", params: expect.objectContaining({ reason: "报价超出预算上限" }) }));
  });

  it("keeps the other bids as they are when several winners are allowed", async () => {
    const scenario = await createPublishedScenario(soe.orgId, { allowMultipleWinners: true });
    const bidA = await placeBid({ id: firmA.id }, firmA.orgId, scenario.id, bidInput());
    const bidB = await placeBid({ id: firmB.id }, firmB.orgId, scenario.id, bidInput());
    const bidC = await placeBid({ id: firmC.id }, firmC.orgId, scenario.id, bidInput());
    await awardBid({ id: soe.id }, bidA.id);
    expect((await db.prisma.bid.findUniqueOrThrow({ where: { id: bidB.id } })).status).toBe("SUBMITTED");
    expect((await db.prisma.scenario.findUniqueOrThrow({ where: { id: scenario.id } })).status).toBe("AWARDED");
    await awardBid({ id: soe.id }, bidB.id);
    const statuses = await db.prisma.bid.findMany({ where: { scenarioId: scenario.id }, orderBy: { createdAt: "asc" }, select: { id: true, status: true } });
    expect(statuses).toEqual([
      { id: bidA.id, status: "AWARDED" },
      { id: bidB.id, status: "AWARDED" },
      { id: bidC.id, status: "SUBMITTED" },
    ]);
    expect(await notificationsOf(firmC.id)).not.toContainEqual(expect.objectContaining({ type: "bid.notify.lost" }));
  });

  it("refuses an award on a scenario that was archived meanwhile", async () => {
    const scenario = await createPublishedScenario(soe.orgId);
    const bid = await placeBid({ id: firmA.id }, firmA.orgId, scenario.id, bidInput());
    await db.prisma.scenario.update({ where: { id: scenario.id }, data: { status: "ARCHIVED" } });
    await expect(awardBid({ id: soe.id }, bid.id)).rejects.toBeInstanceOf(ScenarioNotAwardableError);
    expect((await db.prisma.bid.findUniqueOrThrow({ where: { id: bid.id } })).status).toBe("SUBMITTED");
  });
});

describe("two solutions of one firm invited at the same instant", () => {
  // Meets the race only on a PostgreSQL server (CI's TEST_DATABASE_URL): the embedded PGlite runs one transaction at a time.
  it("give one invitation and one notification per member, every time", async () => {
    for (let round = 0; round < 8; round++) {
      const scenario = await createPublishedScenario(soe.orgId);
      const first = await createPublishedSolution(firmA.orgId);
      const second = await createPublishedSolution(firmA.orgId);
      const colleague = await addMember(soe.orgId);
      const notified = (await notificationsOf(firmA.id)).length;
      const results = await Promise.allSettled([
        inviteSolution({ id: soe.id }, scenario.id, first.id, "请看看这个方案"),
        inviteSolution({ id: colleague.id }, scenario.id, second.id, "也请看看这个方案"),
      ]);
      expect(results.filter((r) => r.status === "fulfilled"), `round ${round}`).toHaveLength(1);
      expect((results.find((r) => r.status === "rejected") as PromiseRejectedResult).reason).toBeInstanceOf(AlreadyInvitedError);
      expect(await db.prisma.bidInvitation.count({ where: { scenarioId: scenario.id } }), `round ${round}`).toBe(1);
      expect(await notificationsOf(firmA.id), `round ${round}`).toHaveLength(notified + 1);
    }
  });
});

// A second transaction holds the lock here, which PGlite cannot do: it runs one transaction at a time, for every connection.
const onEmbeddedDatabase = !process.env.TEST_DATABASE_URL || process.env.TEST_DATABASE_EMBEDDED === "1";
describe.skipIf(onEmbeddedDatabase)("a firm bidding while it is being invited (needs a PostgreSQL server: TEST_DATABASE_URL)", () => {
  /**
   * Holds the firm's lock on the scenario in another transaction (as a slow invitation of another of its solutions
   * would), starts `first` and then `second` behind it, and lets them go in that order (PostgreSQL grants the lock in
   * the order it was asked for).
   */
  async function oneAfterTheOther<A, B>(scenarioId: string, firmOrgId: string, first: () => Promise<A>, second: () => Promise<B>) {
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    let taken!: () => void;
    const lockTaken = new Promise<void>((resolve) => (taken = resolve));
    const holder = db.prisma.$transaction(
      async (tx) => {
        await lockFirmOnScenario(tx, scenarioId, firmOrgId);
        taken();
        await released;
      },
      { timeout: 30_000 },
    );
    await lockTaken;
    const settled = { first: false };
    const firstDone = first();
    void firstDone.finally(() => (settled.first = true)).catch(() => {});
    await new Promise((resolve) => setTimeout(resolve, 300));
    const secondDone = second();
    await new Promise((resolve) => setTimeout(resolve, 300));
    const settledWhileHeld = settled.first;
    release();
    await holder;
    return { settledWhileHeld, first: firstDone, second: secondDone };
  }

  it("an invitation asked first is written, and the bid placed after it (before, the bid went ahead of the lock)", async () => {
    const scenario = await createPublishedScenario(soe.orgId);
    const solution = await createPublishedSolution(firmB.orgId);
    const run = await oneAfterTheOther(
      scenario.id,
      firmB.orgId,
      () => inviteSolution({ id: soe.id }, scenario.id, solution.id, "欢迎参与"),
      () => placeBid({ id: firmB.id }, firmB.orgId, scenario.id, bidInput({ solutionId: solution.id })),
    );
    expect(run.settledWhileHeld).toBe(false);
    await expect(run.first).resolves.toMatchObject({ firm: expect.any(String) });
    await expect(run.second).resolves.toMatchObject({ id: expect.any(String) });
    expect(await db.prisma.bidInvitation.count({ where: { scenarioId: scenario.id } })).toBe(1);
  });

  it("a bid asked first is placed, and the invitation after it refused (before, it was written beside the bid and the firm told)", async () => {
    const scenario = await createPublishedScenario(soe.orgId);
    const solution = await createPublishedSolution(firmB.orgId);
    const run = await oneAfterTheOther(
      scenario.id,
      firmB.orgId,
      () => placeBid({ id: firmB.id }, firmB.orgId, scenario.id, bidInput({ solutionId: solution.id })),
      () => inviteSolution({ id: soe.id }, scenario.id, solution.id, "欢迎参与"),
    );
    expect(run.settledWhileHeld).toBe(false);
    await expect(run.first).resolves.toMatchObject({ id: expect.any(String) });
    await expect(run.second).rejects.toBeInstanceOf(AlreadyBidError);
    expect(await db.prisma.bidInvitation.count({ where: { scenarioId: scenario.id } })).toBe(0);
  });
});

describe("two simultaneous awards on a single-winner scenario", () => {
  it("leave exactly one winner, every time", async () => {
    for (let round = 0; round < 8; round++) {
      const scenario = await createPublishedScenario(soe.orgId);
      const bidA = await placeBid({ id: firmA.id }, firmA.orgId, scenario.id, bidInput());
      const bidB = await placeBid({ id: firmB.id }, firmB.orgId, scenario.id, bidInput());
      const colleague = await addMember(soe.orgId);
      const results = await Promise.allSettled([awardBid({ id: soe.id }, bidA.id), awardBid({ id: colleague.id }, bidB.id)]);
      expect(results.filter((r) => r.status === "fulfilled"), `round ${round}`).toHaveLength(1);
      const failure = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
      expect(failure.reason instanceof ScenarioNotAwardableError || failure.reason instanceof BidTransitionError, String(failure.reason)).toBe(true);
      const statuses = (await db.prisma.bid.findMany({ where: { scenarioId: scenario.id }, select: { status: true } })).map((b) => b.status).sort();
      expect(statuses, `round ${round}`).toEqual(["AWARDED", "REJECTED"]);
      expect(await db.prisma.auditLog.count({ where: { entityId: scenario.id, action: "scenario.markAwarded" } })).toBe(1);
    }
  });
});

describe("visibility", () => {
  it("a firm cannot read or act on a competitor's bid", async () => {
    const scenario = await createPublishedScenario(soe.orgId);
    const bidA = await placeBid({ id: firmA.id }, firmA.orgId, scenario.id, bidInput({ quotedPrice: 777 }));
    const bidB = await placeBid({ id: firmB.id }, firmB.orgId, scenario.id, bidInput({ quotedPrice: 555 }));
    expect(await bidForViewer({ id: firmB.id, reviewer: false }, bidA.id)).toBeNull();
    expect(await bidForViewer({ id: firmA.id, reviewer: false }, bidA.id)).toMatchObject({ quotedPrice: 777 });
    expect(await bidForViewer({ id: soe.id, reviewer: false }, bidA.id)).toMatchObject({ quotedPrice: 777 });
    expect(await bidForViewer({ id: reviewer.id, reviewer: true }, bidA.id)).toMatchObject({ quotedPrice: 777 });
    // Listing another firm's bids through its org id shows nothing.
    expect((await listBidsOfOrg(firmA.orgId, { id: firmB.id, reviewer: false }, 1)).items).toEqual([]);
    // The scenario's bid table is the owner's only.
    expect(await scenarioWithBids({ id: firmB.id, reviewer: false }, scenario.id)).toBeNull();
    expect((await scenarioWithBids({ id: soe.id, reviewer: false }, scenario.id))?.bids.map((b) => b.quotedPrice).sort()).toEqual([555, 777]);
    // Acting on someone else's bid: the competitor learns nothing; the scenario owner may not withdraw.
    await expect(withdrawBid({ id: firmB.id }, bidA.id)).rejects.toBeInstanceOf(BidNotFoundError);
    await expect(decideBid({ id: firmB.id }, bidA.id, "shortlist")).rejects.toBeInstanceOf(BidNotFoundError);
    await expect(awardBid({ id: firmB.id }, bidB.id)).rejects.toBeInstanceOf(BidTransitionError);
    await expect(awardBid({ id: firmC.id }, bidA.id)).rejects.toBeInstanceOf(BidNotFoundError);
    await expect(withdrawBid({ id: soe.id }, bidA.id)).rejects.toMatchObject({ code: "wrong-actor" });
    expect((await db.prisma.bid.findUniqueOrThrow({ where: { id: bidA.id } })).status).toBe("SUBMITTED");
  });
});

describe("invitations", () => {
  it("invites a published solution's firm once, tells its members and shows it in their list", async () => {
    const scenario = await createPublishedScenario(soe.orgId);
    const solution = await createPublishedSolution(firmC.orgId);
    const invitation = await inviteSolution({ id: soe.id }, scenario.id, solution.id, "欢迎参与揭榜");
    // The firm's name, for the SOE's confirmation; the notification leads to the invitation's own page.
    expect(invitation.firm).toBe(firmC.orgName);
    expect(await notificationsOf(firmC.id)).toContainEqual(expect.objectContaining({ type: "bid.notify.invited", link: `/workspace/invitations/${invitation.id}` }));
    await expect(inviteSolution({ id: soe.id }, scenario.id, solution.id, "")).rejects.toBeInstanceOf(AlreadyInvitedError);
    // The same invitation sent again (a form submitted twice) is the one sent: no second notification.
    const notified = (await notificationsOf(firmC.id)).length;
    await expect(inviteSolution({ id: soe.id }, scenario.id, solution.id, "欢迎参与揭榜")).resolves.toEqual({ id: invitation.id, firm: firmC.orgName });
    expect(await notificationsOf(firmC.id)).toHaveLength(notified);
    // Another solution of the same firm: the firm is invited already (an invitation goes to the firm, once).
    const sibling = await createPublishedSolution(firmC.orgId);
    await expect(inviteSolution({ id: soe.id }, scenario.id, sibling.id, "也请看看这个方案")).rejects.toBeInstanceOf(AlreadyInvitedError);
    expect(await notificationsOf(firmC.id)).toHaveLength(notified);
    // Two at once, as two quick presses of Enter send them: both succeed, one invitation, one notification.
    const other = await createPublishedSolution(firmB.orgId);
    const notifiedB = (await notificationsOf(firmB.id)).length;
    const both = await Promise.all([0, 1].map(() => inviteSolution({ id: soe.id }, scenario.id, other.id, "")));
    expect(both[0]).toEqual(both[1]);
    expect(await db.prisma.bidInvitation.count({ where: { scenarioId: scenario.id, solutionId: other.id } })).toBe(1);
    expect(await notificationsOf(firmB.id)).toHaveLength(notifiedB + 1);
    const invitations = await listInvitationsOfOrg(firmC.orgId);
    expect(invitations[0]).toMatchObject({ scenario: { id: scenario.id }, open: true, alreadyBid: false });
    const hidden = await createPublishedSolution(firmC.orgId, { hidden: true });
    await expect(inviteSolution({ id: soe.id }, scenario.id, hidden.id, "")).rejects.toBeInstanceOf(SolutionNotUsableError);
    await expect(inviteSolution({ id: firmA.id }, scenario.id, solution.id, "")).rejects.toBeInstanceOf(BidNotFoundError);
  });
});

describe("the invite list's title search (used when the search engine fails)", () => {
  it("finds typed text literally: LIKE's wildcards and escape character are characters, a NUL is dropped", async () => {
    const stamp = Date.now().toString(36);
    const percent = await createPublishedSolution(firmB.orgId, { title: `${stamp} 节能率 30% 的照明改造` });
    const underscore = await createPublishedSolution(firmB.orgId, { title: `${stamp} 接口 api_v2 网关` });
    const backslash = await createPublishedSolution(firmB.orgId, { title: `${stamp} 路径 C:\\data 采集` });
    const plain = await createPublishedSolution(firmB.orgId, { title: `${stamp} 3000 台设备 apiXv2` });
    const titlesFor = async (typed: string) => (await invitableByTitle(soe.orgId, typed, 1)).items.map((item) => item.id).sort();
    // Unescaped, "30%" would also match "3000", "api_v2" would match "apiXv2", and "\\d" would be an escape.
    expect(await titlesFor(`${stamp} 节能率 30%`)).toEqual([percent.id]);
    expect(await titlesFor("30%")).toEqual([percent.id]);
    expect(await titlesFor("api_v2")).toEqual([underscore.id]);
    expect(await titlesFor("C:\\data")).toEqual([backslash.id]);
    expect(await titlesFor("\u0000api_v2")).toEqual([underscore.id]);
    expect(await titlesFor(`${stamp} 3000`)).toEqual([plain.id]);
    // The page's total counts the same rows.
    expect((await invitableByTitle(soe.orgId, "%", 1)).total).toBe(1);
  });
});
