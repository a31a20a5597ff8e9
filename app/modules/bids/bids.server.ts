// Bids (揭榜 / 响应) and invitations to bid. Every status change follows bid-transitions.ts inside a
// transaction, is audited, and tells the other side. A bid is visible only to the bidding firm, the
// scenario's organisation and reviewers: every query here filters by that, not just the routes.
import { Prisma, type BidStatus, type ScenarioMode, type ScenarioStatus } from "~/generated/prisma/client.ts";
import { PUBLIC_SCENARIO_WHERE } from "~/modules/scenarios/scenario-transitions";
import { PUBLIC_SOLUTION_WHERE } from "~/modules/solutions/solution-transitions";
import { saveAttachments, type CheckedFile } from "~/modules/attachments/attachments.server";
import { writeAudit } from "~/modules/audit/audit.server";
import { notify } from "~/modules/notifications/notifications.server";
import { queueStrayRepair, searchSolutionIds } from "~/modules/search/browse.server";
import { logSearchFailure } from "~/modules/search/search-service.server";
import { searchesWords } from "~/modules/search/browse";
import { isUniqueViolation, lockUntilCommit, prisma } from "~/utils/db.server";
import { stripControlCharacters } from "~/utils/validation";
import { BidTransitionError, OPEN_BID_STATES, nextBidStatus, type BidAction } from "./bid-transitions";
import { priceQuestion, type BidInput } from "./bids.schema";
import { priceFarFromBudget } from "./price-plausibility";
import { invitationPath } from "./invite-source";
import { isBiddingSuspended, isOpenForBids, isPublicScenario, ScenarioTransitionError } from "~/modules/scenarios/scenario-transitions";
import { transitionScenario } from "~/modules/scenarios/scenarios.server";

export type BidActor = { id: string; requestId?: string | null };
/** Who is looking: the user and whether they are a reviewer (reviewers read every bid). */
export type BidViewer = { id: string; reviewer: boolean };

/**
 * Why someone may not bid on a scenario; the bid page explains each one. A firm bids once per scenario (DESIGN.md:
 * one bid per scenario and firm), so a firm that withdrew its bid may not bid again: "withdrawn", not "alreadyBid".
 */
export type BidBlocker = "signIn" | "noOrganization" | "notTechFirm" | "notVerified" | "closed" | "notInvited" | "ownScenario" | "alreadyBid" | "withdrawn";

export class BidNotFoundError extends Error {}
export class BidNotAllowedError extends Error {
  constructor(readonly blocker: BidBlocker) {
    super(`Cannot bid: ${blocker}`);
  }
}
export class SolutionNotUsableError extends Error {}
/** The price is far outside the scenario's budget and the firm has not confirmed it: `messages` ask about it (priceQuestion). */
export class PriceNotConfirmedError extends Error {
  constructor(readonly messages: string[]) {
    super("The quoted price is far outside the budget and was not confirmed");
  }
}
/**
 * Why a scenario's organisation may not invite now, the first that applies: a reviewer hid the scenario; bidding is
 * not open; the organisation is not verified (any more). An invitation is the bureau-vouched SOE reaching out in the
 * platform's name, by notification and email: an SOE whose verification was revoked may follow its bids, not
 * solicit new ones (ADR 0013).
 */
export type InviteBlocker = "hidden" | "closed" | "ownerNotVerified";

/** The one rule of who may invite now, for inviteSolution and every page that offers it (null: it may). */
export function inviteBlocker(
  scenario: { status: ScenarioStatus; hidden: boolean; deadline: Date | string },
  ownerVerificationStatus: string,
  now: Date = new Date(),
): InviteBlocker | null {
  if (scenario.hidden) return "hidden";
  if (!isOpenForBids(scenario, now)) return "closed";
  if (ownerVerificationStatus !== "VERIFIED") return "ownerNotVerified";
  return null;
}

export class InviteNotAllowedError extends Error {
  constructor(readonly reason: InviteBlocker) {
    super(`Cannot invite: ${reason}`);
  }
}
/** The scenario no longer takes an award (another award won the race, or it was archived). */
export class ScenarioNotAwardableError extends Error {}
export class AlreadyInvitedError extends Error {}
/** The firm has already bid on the scenario: an invitation would only tell it what it has done. */
export class AlreadyBidError extends Error {}

/** Stored as the decision note of bids that lose when another bid is awarded; translated where shown. */
export const AUTO_REJECT_REASON = "bid.autoRejectReason";

async function memberIds(tx: Prisma.TransactionClient, orgId: string) {
  const rows = await tx.membership.findMany({ where: { orgId }, select: { userId: true } });
  return rows.map((row) => row.userId);
}

async function isMember(tx: Prisma.TransactionClient | typeof prisma, userId: string, orgId: string) {
  return (await tx.membership.count({ where: { userId, orgId } })) > 0;
}

/** Where-clause: bids the viewer may see. */
function visibleBidsWhere(viewer: BidViewer): Prisma.BidWhereInput {
  if (viewer.reviewer) return {};
  return {
    OR: [{ org: { memberships: { some: { userId: viewer.id } } } }, { scenario: { org: { memberships: { some: { userId: viewer.id } } } } }],
  };
}

/** A publicly visible scenario's headline, for the bid page; null when it is not public. */
export async function scenarioForBidPage(scenarioId: string) {
  return prisma.scenario.findFirst({
    where: { AND: [PUBLIC_SCENARIO_WHERE, { id: scenarioId }] },
    select: { id: true, title: true, orgId: true, status: true, hidden: true, deadline: true, mode: true, budgetMin: true, budgetMax: true, org: { select: { name: true } } },
  });
}

/**
 * Whether the firm may bid on a scenario of this mode: on a 定向邀请 (INVITATION) scenario only a firm the SOE
 * invited (one of its solutions) may bid — that is what the mode means to the people who publish it; open
 * calls and challenges take every verified firm (ADR 0013).
 */
export async function mayBidInMode(scenario: { id: string; mode: ScenarioMode }, orgId: string, db: Prisma.TransactionClient = prisma): Promise<boolean> {
  if (scenario.mode !== "INVITATION") return true;
  return (await db.bidInvitation.count({ where: { scenarioId: scenario.id, solution: { orgId } } })) > 0;
}

/** mayBidInMode as a Prisma filter: the scenarios whose mode lets the firm `orgId` bid. */
export function mayBidInModeWhere(orgId: string) {
  return { OR: [{ mode: { not: "INVITATION" } }, { invitations: { some: { solution: { orgId } } } }] } satisfies Prisma.ScenarioWhereInput;
}

type ActiveOrg = { id: string; kind: string; verificationStatus: string } | null;

/** The first reason, if any, why this user (null = visitor) with this active organisation cannot bid. */
export async function bidBlocker(
  userId: string | null,
  activeOrg: ActiveOrg,
  scenario: { id: string; orgId: string; status: ScenarioStatus; hidden: boolean; deadline: Date; mode: ScenarioMode },
  now = new Date(),
): Promise<BidBlocker | null> {
  if (!userId) return "signIn";
  if (!activeOrg) return "noOrganization";
  if (activeOrg.id === scenario.orgId) return "ownScenario";
  if (activeOrg.kind !== "TECH_FIRM") return "notTechFirm";
  if (activeOrg.verificationStatus !== "VERIFIED") return "notVerified";
  if (!isOpenForBids(scenario, now)) return "closed";
  const ownBid = await prisma.bid.findFirst({ where: { scenarioId: scenario.id, orgId: activeOrg.id }, select: { status: true } });
  if (ownBid) return ownBid.status === "WITHDRAWN" ? "withdrawn" : "alreadyBid";
  if (!(await mayBidInMode(scenario, activeOrg.id))) return "notInvited";
  return null;
}

/** The firm's public solutions (published, not hidden by a reviewer), to link one to a bid. */
export function solutionsForBid(orgId: string) {
  return prisma.solution.findMany({
    where: { orgId, ...PUBLIC_SOLUTION_WHERE },
    orderBy: { title: "asc" },
    select: { id: true, title: true, firstUnitType: true, firstUnitStatus: true },
  });
}

/**
 * A verified technology firm's bid on a scenario open for bids. Everything is checked again inside the
 * transaction (organisation, scenario window, solution ownership); one bid per (scenario, firm).
 */
export async function placeBid(actor: BidActor, orgId: string, scenarioId: string, input: BidInput, files: CheckedFile[] = []) {
  try {
    return await prisma.$transaction(async (tx) => {
      const org = await tx.organization.findUnique({ where: { id: orgId }, select: { id: true, name: true, kind: true, verificationStatus: true } });
      if (!org || !(await isMember(tx, actor.id, orgId))) throw new BidNotAllowedError("noOrganization");
      const scenario = await tx.scenario.findUnique({
        where: { id: scenarioId },
        select: { id: true, orgId: true, title: true, status: true, hidden: true, deadline: true, mode: true, budgetMin: true, budgetMax: true },
      });
      if (!scenario) throw new BidNotFoundError();
      if (scenario.orgId === orgId) throw new BidNotAllowedError("ownScenario");
      if (org.kind !== "TECH_FIRM") throw new BidNotAllowedError("notTechFirm");
      if (org.verificationStatus !== "VERIFIED") throw new BidNotAllowedError("notVerified");
      if (!isOpenForBids(scenario)) throw new BidNotAllowedError("closed");
      if (!(await mayBidInMode(scenario, orgId, tx))) throw new BidNotAllowedError("notInvited");
      // After an invitation being written now, or before it: never beside it (it would tell the firm, which has bid,
      // that it is invited; a code review).
      await lockFirmOnScenario(tx, scenarioId, orgId);
      // Said before the price is questioned: a firm that cannot bid here has nothing to confirm. (The unique key
      // still decides for a bid placed in the same instant by a request that did not take the lock.)
      const earlier = await tx.bid.findFirst({ where: { scenarioId, orgId }, select: { status: true } });
      if (earlier) throw new BidNotAllowedError(earlier.status === "WITHDRAWN" ? "withdrawn" : "alreadyBid");
      // The form asks this too (bidSchemaForBudget); here it holds for every caller, against the budget as it is now.
      const question = priceQuestion(input.quotedPrice, input.confirmPrice, scenario);
      if (question.length) throw new PriceNotConfirmedError(question);
      let solutionId: string | null = null;
      if (input.solutionId) {
        // A hidden solution is not public: the scenario's owner could not open what the bid points to.
        const solution = await tx.solution.findFirst({ where: { id: input.solutionId, orgId, ...PUBLIC_SOLUTION_WHERE }, select: { id: true } });
        if (!solution) throw new SolutionNotUsableError();
        solutionId = solution.id;
      }
      const data = { proposal: input.proposal, quotedPrice: input.quotedPrice, deliveryDays: input.deliveryDays, solutionId };
      const bid = await tx.bid.create({
        data: { ...data, scenarioId, orgId, createdById: actor.id, status: "SUBMITTED" },
        select: { id: true },
      });
      await saveAttachments(tx, { ownerType: "BID", ownerId: bid.id, files, uploadedById: actor.id });
      await writeAudit(tx, {
        actorId: actor.id,
        action: "bid.submitted",
        entityType: "Bid",
        entityId: bid.id,
        after: {
          ...data,
          scenarioId,
          orgId,
          status: "SUBMITTED",
          attachments: files.map((file) => file.fileName),
          // A price far outside the budget went in because the firm said it is right: that is on record.
          ...(priceFarFromBudget(input.quotedPrice, scenario) ? { priceConfirmedFarFromBudget: true } : {}),
        },
        requestId: actor.requestId,
      });
      const owners = await memberIds(tx, scenario.orgId);
      await notify(
        tx,
        owners.map((userId) => ({ userId, type: "bid.notify.received", params: { firm: org.name, scenario: scenario.title }, link: `/workspace/scenarios/${scenarioId}/bids` })),
        actor.id,
      );
      return bid;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new BidNotAllowedError("alreadyBid");
    throw error;
  }
}

/** Loads a bid for a status change; the actor must be on the side that the transition belongs to. */
async function loadBidForAction(tx: Prisma.TransactionClient, actor: BidActor, bidId: string, side: "bidder" | "scenarioOwner") {
  const bid = await tx.bid.findUnique({
    where: { id: bidId },
    select: {
      id: true,
      status: true,
      orgId: true,
      decisionNote: true,
      scenarioId: true,
      org: { select: { name: true } },
      scenario: { select: { id: true, orgId: true, title: true, status: true, allowMultipleWinners: true, org: { select: { name: true } } } },
    },
  });
  if (!bid) throw new BidNotFoundError();
  const ownOrgId = side === "bidder" ? bid.orgId : bid.scenario.orgId;
  if (!(await isMember(tx, actor.id, ownOrgId))) {
    // The other side of the same bid learns that the action is not theirs; strangers learn nothing.
    const otherOrgId = side === "bidder" ? bid.scenario.orgId : bid.orgId;
    if (await isMember(tx, actor.id, otherOrgId)) throw new BidTransitionError("wrong-actor", `Only the ${side} may do this`);
    throw new BidNotFoundError();
  }
  return bid;
}

async function applyBidStatus(
  tx: Prisma.TransactionClient,
  bid: { id: string; status: BidStatus },
  to: BidStatus,
  decisionNote: string | null,
) {
  // Optimistic concurrency: the change applies only if nobody changed the bid since we read it.
  const { count } = await tx.bid.updateMany({
    where: { id: bid.id, status: bid.status },
    data: { status: to, decisionNote, decidedAt: new Date() },
  });
  if (count !== 1) throw new BidTransitionError("not-allowed", "The bid's status changed meanwhile");
}

/** The bidder takes the bid back before a decision. */
export async function withdrawBid(actor: BidActor, bidId: string) {
  return prisma.$transaction(async (tx) => {
    const bid = await loadBidForAction(tx, actor, bidId, "bidder");
    const status = nextBidStatus(bid.status, "withdraw", "bidder");
    await applyBidStatus(tx, bid, status, null);
    await writeAudit(tx, {
      actorId: actor.id,
      action: "bid.withdraw",
      entityType: "Bid",
      entityId: bid.id,
      before: { status: bid.status },
      after: { status },
      requestId: actor.requestId,
    });
    const owners = await memberIds(tx, bid.scenario.orgId);
    await notify(
      tx,
      owners.map((userId) => ({ userId, type: "bid.notify.withdrawn", params: { firm: bid.org.name, scenario: bid.scenario.title }, link: `/workspace/scenarios/${bid.scenarioId}/bids` })),
      actor.id,
    );
    return { status };
  });
}

const DECIDABLE_SCENARIO_STATES = ["PUBLISHED", "CLOSED", "AWARDED"];

/** The scenario owner shortlists or rejects (with a reason) a bid; the bidder is told. */
export async function decideBid(actor: BidActor, bidId: string, decision: Extract<BidAction, "shortlist" | "reject">, reason = "") {
  return prisma.$transaction(async (tx) => {
    const bid = await loadBidForAction(tx, actor, bidId, "scenarioOwner");
    const status = nextBidStatus(bid.status, decision, "scenarioOwner", reason);
    if (!DECIDABLE_SCENARIO_STATES.includes(bid.scenario.status)) throw new BidTransitionError("not-allowed", "The scenario is not taking decisions");
    const note = decision === "reject" ? reason.trim() : null;
    await applyBidStatus(tx, bid, status, note);
    await writeAudit(tx, {
      actorId: actor.id,
      action: `bid.${decision}`,
      entityType: "Bid",
      entityId: bid.id,
      before: { status: bid.status, decisionNote: bid.decisionNote },
      after: { status, decisionNote: note },
      requestId: actor.requestId,
    });
    const bidders = await memberIds(tx, bid.orgId);
    await notify(
      tx,
      bidders.map((userId) => ({
        userId,
        type: decision === "reject" ? "bid.notify.rejected" : "bid.notify.shortlisted",
        params: { scenario: bid.scenario.title, owner: bid.scenario.org.name, reason: note ?? "" },
        link: `/workspace/bids`,
      })),
      actor.id,
    );
    return { status };
  });
}

/**
 * Awards a bid, atomically. The scenario row is the lock: it moves to AWARDED with a conditional update, so
 * of two simultaneous awards on a single-winner scenario exactly one succeeds and the other fails with
 * ScenarioNotAwardableError. With one winner, every other bid still in the running is rejected with the
 * standard reason; the winner and every losing firm are notified.
 */
export async function awardBid(actor: BidActor, bidId: string) {
  return prisma.$transaction(async (tx) => {
    const bid = await loadBidForAction(tx, actor, bidId, "scenarioOwner");
    const status = nextBidStatus(bid.status, "award", "scenarioOwner");
    const scenario = bid.scenario;

    // The scenario row is the lock the awards serialise on: on a single-winner scenario only the first
    // award may move it to AWARDED; a later (or simultaneous) one fails instead of creating a second winner.
    try {
      await transitionScenario(tx, {
        scenarioId: scenario.id,
        action: "markAwarded",
        actor: { id: actor.id, kind: "system", requestId: actor.requestId },
        exclusive: !scenario.allowMultipleWinners,
      });
    } catch (error) {
      if (error instanceof ScenarioTransitionError) throw new ScenarioNotAwardableError();
      throw error;
    }

    await applyBidStatus(tx, bid, status, null);
    await writeAudit(tx, {
      actorId: actor.id,
      action: "bid.award",
      entityType: "Bid",
      entityId: bid.id,
      before: { status: bid.status },
      after: { status },
      requestId: actor.requestId,
    });

    const losers = scenario.allowMultipleWinners
      ? []
      : await tx.bid.findMany({
          where: { scenarioId: scenario.id, id: { not: bid.id }, status: { in: OPEN_BID_STATES } },
          select: { id: true, orgId: true, status: true },
        });
    for (const loser of losers) {
      await applyBidStatus(tx, loser, nextBidStatus(loser.status, "reject", "scenarioOwner", AUTO_REJECT_REASON), AUTO_REJECT_REASON);
      await writeAudit(tx, {
        actorId: actor.id,
        action: "bid.reject",
        entityType: "Bid",
        entityId: loser.id,
        before: { status: loser.status },
        after: { status: "REJECTED", decisionNote: AUTO_REJECT_REASON, awardedBidId: bid.id },
        requestId: actor.requestId,
      });
    }

    const params = { scenario: scenario.title, owner: scenario.org.name };
    const winners = await memberIds(tx, bid.orgId);
    const losingMembers = (await Promise.all(losers.map((loser) => memberIds(tx, loser.orgId)))).flat();
    await notify(
      tx,
      [
        ...winners.map((userId) => ({ userId, type: "bid.notify.awarded", params, link: "/workspace/bids" })),
        ...losingMembers.map((userId) => ({ userId, type: "bid.notify.lost", params, link: "/workspace/bids" })),
      ],
      actor.id,
    );
    return { status, rejected: losers.length };
  });
}

export const BIDS_PAGE_SIZE = 20;

/** The bids of one firm (for its members). */
export async function listBidsOfOrg(orgId: string, viewer: BidViewer, page: number) {
  const where: Prisma.BidWhereInput = { AND: [{ orgId }, visibleBidsWhere(viewer)] };
  const [items, total] = await Promise.all([
    prisma.bid.findMany({
      where,
      orderBy: { createdAt: "desc" },
      skip: (page - 1) * BIDS_PAGE_SIZE,
      take: BIDS_PAGE_SIZE,
      select: {
        id: true,
        status: true,
        quotedPrice: true,
        deliveryDays: true,
        decisionNote: true,
        createdAt: true,
        scenario: { select: { id: true, title: true, deadline: true, status: true, org: { select: { name: true } } } },
      },
    }),
    prisma.bid.count({ where }),
  ]);
  return { items, total, pageCount: Math.max(1, Math.ceil(total / BIDS_PAGE_SIZE)) };
}

/** Invitations to bid that reached this firm's solutions, newest first. */
export async function listInvitationsOfOrg(orgId: string) {
  const invitations = await prisma.bidInvitation.findMany({
    where: { solution: { orgId } },
    orderBy: { createdAt: "desc" },
    take: 50,
    select: {
      id: true,
      message: true,
      createdAt: true,
      solution: { select: { id: true, title: true } },
      scenario: { select: { id: true, title: true, deadline: true, status: true, hidden: true, org: { select: { name: true } } } },
    },
  });
  const bidOn = new Set(
    (await prisma.bid.findMany({ where: { orgId, scenarioId: { in: invitations.map((i) => i.scenario.id) } }, select: { scenarioId: true } })).map((b) => b.scenarioId),
  );
  return invitations.map((invitation) => ({
    ...invitation,
    open: isOpenForBids(invitation.scenario),
    suspended: isBiddingSuspended(invitation.scenario),
    alreadyBid: bidOn.has(invitation.scenario.id),
  }));
}

/**
 * One invitation, for a member of the invited firm (the organisation of the invited solution); null for anyone
 * else, so a stranger following the notification's link is told the page does not exist.
 */
export async function invitationForFirmMember(userId: string, invitationId: string) {
  const invitation = await prisma.bidInvitation.findFirst({
    where: { id: invitationId, solution: { org: { memberships: { some: { userId } } } } },
    select: {
      id: true,
      message: true,
      createdAt: true,
      solution: { select: { id: true, title: true, orgId: true, org: { select: { name: true } } } },
      scenario: { select: { id: true, title: true, deadline: true, status: true, hidden: true, org: { select: { name: true } } } },
    },
  });
  if (!invitation) return null;
  const bid = await prisma.bid.findFirst({ where: { scenarioId: invitation.scenario.id, orgId: invitation.solution.orgId }, select: { status: true } });
  const { scenario } = invitation;
  return { ...invitation, open: isOpenForBids(scenario), suspended: isBiddingSuspended(scenario), publicScenario: isPublicScenario(scenario), bid: bidState(bid?.status) };
}

/** A scenario with its bids, for the scenario's organisation (or a reviewer); null for anyone else. */
export async function scenarioWithBids(viewer: BidViewer, scenarioId: string) {
  const scenario = await prisma.scenario.findFirst({
    where: { id: scenarioId, ...(viewer.reviewer ? {} : { org: { memberships: { some: { userId: viewer.id } } } }) },
    select: { id: true, title: true, status: true, deadline: true, allowMultipleWinners: true, orgId: true, hidden: true, org: { select: { verificationStatus: true } } },
  });
  if (!scenario) return null;
  const bids = await prisma.bid.findMany({
    where: { AND: [{ scenarioId }, visibleBidsWhere(viewer)] },
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      status: true,
      proposal: true,
      quotedPrice: true,
      deliveryDays: true,
      decisionNote: true,
      createdAt: true,
      org: { select: { id: true, name: true, tier: true } },
      solution: { select: { id: true, title: true, firstUnitType: true, firstUnitStatus: true } },
    },
  });
  const attachments = await prisma.attachment.findMany({
    where: { ownerType: "BID", ownerId: { in: bids.map((bid) => bid.id) } },
    orderBy: { createdAt: "asc" },
    select: { id: true, ownerId: true, fileName: true, mimeType: true, sizeBytes: true, confidential: true },
  });
  return {
    scenario,
    bids: bids.map((bid) => ({ ...bid, attachments: attachments.filter((a) => a.ownerId === bid.id) })),
  };
}

/** One bid, if the viewer may see it. */
export function bidForViewer(viewer: BidViewer, bidId: string) {
  return prisma.bid.findFirst({
    where: { AND: [{ id: bidId }, visibleBidsWhere(viewer)] },
    select: { id: true, status: true, orgId: true, quotedPrice: true, proposal: true, scenario: { select: { id: true, orgId: true } } },
  });
}

export const INVITE_PAGE_SIZE = 10;

/** What an invite list says of a firm's bid on the scenario: none, standing, or withdrawn. */
function bidState(status: BidStatus | undefined): "active" | "withdrawn" | null {
  return status === undefined ? null : status === "WITHDRAWN" ? "withdrawn" : "active";
}

/**
 * The solutions the organisation `ownerOrgId` may invite to bid on its scenario: public ones (whose firm is
 * verified, so it may bid) of other organisations. The invite page's search and the recommendations list only
 * these; inviteSolution checks it again inside its transaction.
 */
export function invitableSolutionWhere(ownerOrgId: string): Prisma.SolutionWhereInput {
  return { AND: [PUBLIC_SOLUTION_WHERE, { orgId: { not: ownerOrgId } }] };
}

const INVITE_LIST_SELECT = { id: true, title: true, orgId: true, firstUnitType: true, firstUnitStatus: true, org: { select: { name: true, tier: true } } } as const;

/**
 * Solutions an SOE can invite (invitableSolutionWhere), one page. Typed words are searched as /solutions
 * searches them (the search engine: Chinese and English keywords, the glossary, typos), best first; without
 * words, or when the engine cannot answer, the page lists newest first, filtered by the typed text in titles.
 */
export async function searchInvitableSolutions(scenarioId: string, ownOrgId: string, query: string, page: number) {
  // Words with nothing to search for (的, "the", emoji) ask for every solution, newest first, as on /solutions —
  // not for the titles that happen to contain 的.
  const searched = searchesWords({ q: query }) ? query : "";
  const [found, invitedFirms, bids] = await Promise.all([
    invitableByEngine(ownOrgId, searched, page).then((found) => found ?? invitableByTitle(ownOrgId, searched, page)),
    invitedFirmIds(scenarioId),
    prisma.bid.findMany({ where: { scenarioId }, select: { orgId: true, status: true } }),
  ]);
  const bidStatusByOrg = new Map(bids.map((bid) => [bid.orgId, bid.status]));
  return {
    // `bid`: the solution's firm has bid on the scenario already ("active"), so there is no one to invite — also
    // when it withdrew that bid ("withdrawn": a firm has one bid per scenario, and a withdrawn one cannot be sent again).
    items: found.items.map(({ orgId, ...item }) => ({ ...item, invited: invitedFirms.has(orgId), bid: bidState(bidStatusByOrg.get(orgId)) })),
    total: found.total,
    pageCount: Math.max(1, Math.ceil(found.total / INVITE_PAGE_SIZE)),
    /** "Did you mean" as /solutions makes it (searchSolutionIds), or null: a link here, also when nothing was found. */
    suggestion: found.suggestion,
    /** When several words found nothing: each left out, with how many solutions the others find (as on /solutions). */
    wordsToLeaveOut: found.wordsToLeaveOut,
  };
}

/** The engine's page of invitable solutions for `query`; null when it has no words to search for or the engine fails. */
async function invitableByEngine(ownOrgId: string, query: string, page: number) {
  try {
    // A firm's verification decision queues its solutions for the index like any withdrawal (ADR 0015), so
    // searchSolutionIds already leaves out those the index still holds while they wait.
    const found = await searchSolutionIds(query, { exceptOrgId: ownOrgId, page, pageSize: INVITE_PAGE_SIZE });
    if (!found) return null;
    // Read again with the rule itself: the index may lag behind the database.
    const rows = await prisma.solution.findMany({ where: { AND: [invitableSolutionWhere(ownOrgId), { id: { in: found.ids } }] }, select: INVITE_LIST_SELECT });
    const byId = new Map(rows.map((row) => [row.id, row]));
    const items = found.ids.flatMap((id) => byId.get(id) ?? []);
    // A hit the database does not show publicly, with no sync waiting, is drift: queued for repair as the search
    // pages do (queueStrayRepair re-checks which are not public; the rest were left out by the invite rule).
    if (items.length < found.ids.length) await queueStrayRepair("solutions", found.ids.filter((id) => !byId.has(id)));
    return { items, total: Math.max(0, found.total - (found.ids.length - items.length)), suggestion: found.suggestion, wordsToLeaveOut: found.wordsToLeaveOut };
  } catch (error) {
    // Search is a convenience here: the title filter below still lets the SOE find and invite a solution.
    logSearchFailure("invite page (listing by title instead)", error);
    return null;
  }
}

/**
 * Invitable solutions whose title contains `query` literally, newest first: the invite page's list when the
 * search engine cannot answer (exported for its test: the engine does not fail on demand).
 */
export async function invitableByTitle(ownOrgId: string, query: string, page: number) {
  // Typed text, found literally: control characters dropped (PostgreSQL refuses NUL: a 500), and LIKE's
  // wildcards and escape character escaped (Prisma's `contains` passes them through, so "_" listed everything).
  const literal = stripControlCharacters(query).trim().replace(/[\\%_]/g, (character) => `\\${character}`);
  const where: Prisma.SolutionWhereInput = {
    AND: [invitableSolutionWhere(ownOrgId), literal ? { title: { contains: literal, mode: "insensitive" } } : {}],
  };
  const [items, total] = await Promise.all([
    prisma.solution.findMany({ where, orderBy: [{ publishedAt: "desc" }, { id: "asc" }], skip: (page - 1) * INVITE_PAGE_SIZE, take: INVITE_PAGE_SIZE, select: INVITE_LIST_SELECT }),
    prisma.solution.count({ where }),
  ]);
  // Typed text found literally offers no "did you mean": the engine's suggestions are for its own search.
  return { items, total, suggestion: null, wordsToLeaveOut: [] };
}

/** Serialises, until the transaction ends, what touches one firm on one scenario: its invitations (one per firm) and its bid. */
export function lockFirmOnScenario(tx: Prisma.TransactionClient, scenarioId: string, firmOrgId: string) {
  return lockUntilCommit(tx, `firm-on-scenario:${scenarioId}:${firmOrgId}`);
}

/**
 * The firms invited to bid on a scenario. An invitation goes to the firm, once (inviteSolution): every solution of
 * an invited firm reads "已邀请" wherever solutions are offered for invitation.
 */
export async function invitedFirmIds(scenarioId: string): Promise<Set<string>> {
  const invitations = await prisma.bidInvitation.findMany({ where: { scenarioId }, select: { solution: { select: { orgId: true } } } });
  return new Set(invitations.map((invitation) => invitation.solution.orgId));
}

/** The scenario, if the user is a member of its organisation (the only ones who may invite). */
export function ownScenario(userId: string, scenarioId: string) {
  return prisma.scenario.findFirst({
    where: { id: scenarioId, org: { memberships: { some: { userId } } } },
    select: { id: true, title: true, orgId: true, status: true, hidden: true, hiddenReason: true, deadline: true, org: { select: { verificationStatus: true } } },
  });
}

/**
 * The invitation of `solutionId` to `scenarioId` that `actor` has already sent with exactly `message`, as
 * inviteSolution returns one; null when there is none (or it said something else).
 */
async function sameInvitation(actor: BidActor, scenarioId: string, solutionId: string, message: string) {
  const existing = await prisma.bidInvitation.findUnique({
    where: { scenarioId_solutionId: { scenarioId, solutionId } },
    select: { id: true, message: true, invitedById: true, solution: { select: { org: { select: { name: true } } } } },
  });
  return existing && existing.invitedById === actor.id && existing.message === message ? { id: existing.id, firm: existing.solution.org.name } : null;
}

/**
 * Invites a published solution's firm to bid on the actor's scenario: writes the invitation, audits it and tells
 * the firm's members; returns the invitation and the firm's name. Sending the same invitation again — the same person, solution and message, as a form
 * submitted twice does (the second request can arrive before the first has answered) — returns the invitation
 * sent, and tells nobody twice; another invitation of an invited solution is AlreadyInvitedError.
 */
export async function inviteSolution(actor: BidActor, scenarioId: string, solutionId: string, message: string) {
  try {
    return await prisma.$transaction(async (tx) => {
      const scenario = await tx.scenario.findUnique({
        where: { id: scenarioId },
        select: { id: true, orgId: true, title: true, status: true, hidden: true, deadline: true, org: { select: { name: true, verificationStatus: true } } },
      });
      if (!scenario || !(await isMember(tx, actor.id, scenario.orgId))) throw new BidNotFoundError();
      // Hidden is said as such: "only scenarios open for bids" beside a badge saying 征集中 contradicted it (a QA review).
      const blocker = inviteBlocker(scenario, scenario.org.verificationStatus);
      if (blocker) throw new InviteNotAllowedError(blocker);
      const solution = await tx.solution.findFirst({
        where: { AND: [invitableSolutionWhere(scenario.orgId), { id: solutionId }] },
        select: { id: true, orgId: true, title: true, org: { select: { name: true } } },
      });
      if (!solution) throw new SolutionNotUsableError();
      // One invitation per firm and scenario: a firm bids once, with whichever of its solutions it chooses, and was
      // told twice when two of its solutions were invited (a QA review). The same solution again goes on to the
      // insert, whose unique key says whether it is the invitation already sent (see the catch below). No key can
      // say "one per firm" (the firm is the solution's), so the checks run under a lock per scenario and firm: two
      // of the firm's solutions invited in the same instant are checked one after the other, and a bid the firm
      // places meanwhile (placeBid takes the same lock) is seen by the check for one.
      await lockFirmOnScenario(tx, scenarioId, solution.orgId);
      if (await tx.bid.findFirst({ where: { scenarioId, orgId: solution.orgId }, select: { id: true } })) throw new AlreadyBidError();
      const earlier = await tx.bidInvitation.findFirst({ where: { scenarioId, solution: { orgId: solution.orgId } }, select: { solutionId: true } });
      if (earlier && earlier.solutionId !== solutionId) throw new AlreadyInvitedError();
      const invitation = await tx.bidInvitation.create({
        data: { scenarioId, solutionId, invitedById: actor.id, message },
        select: { id: true },
      });
      await writeAudit(tx, {
        actorId: actor.id,
        action: "bid.invited",
        entityType: "Scenario",
        entityId: scenarioId,
        after: { invitationId: invitation.id, solutionId, message },
        requestId: actor.requestId,
      });
      const firm = await memberIds(tx, solution.orgId);
      await notify(
        tx,
        firm.map((userId) => ({
          userId,
          type: "bid.notify.invited",
          params: { owner: scenario.org.name, scenario: scenario.title, solution: solution.title },
          link: invitationPath(invitation.id),
        })),
        actor.id,
      );
      return { id: invitation.id, firm: solution.org.name };
    });
  } catch (error) {
    // Every check above passed before the insert found the pair taken: the same invitation again is the one sent.
    if (isUniqueViolation(error)) {
      const sent = await sameInvitation(actor, scenarioId, solutionId, message);
      if (sent) return sent;
      throw new AlreadyInvitedError();
    }
    throw error;
  }
}
