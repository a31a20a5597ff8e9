// The life cycle of a bid (揭榜 / 响应), written down once. Every change of `Bid.status` goes through
// `nextBidStatus`, on the server, and is audited.
import type { BidStatus } from "~/generated/prisma/enums.ts";

export type BidAction =
  | "shortlist" // the scenario's organisation keeps the bid for the final round
  | "reject" // the scenario's organisation declines the bid, with a reason
  | "award" // the scenario's organisation picks the bid as a winner
  | "withdraw"; // the bidder takes the bid back before a decision

/** scenarioOwner = member of the scenario's organisation; bidder = member of the bidding firm. */
export type BidActor = "scenarioOwner" | "bidder";

type Transition = { to: BidStatus; actor: BidActor; reasonRequired: boolean };

export const BID_TRANSITIONS: Record<BidStatus, Partial<Record<BidAction, Transition>>> = {
  SUBMITTED: {
    shortlist: { to: "SHORTLISTED", actor: "scenarioOwner", reasonRequired: false },
    reject: { to: "REJECTED", actor: "scenarioOwner", reasonRequired: true },
    award: { to: "AWARDED", actor: "scenarioOwner", reasonRequired: false },
    withdraw: { to: "WITHDRAWN", actor: "bidder", reasonRequired: false },
  },
  SHORTLISTED: {
    reject: { to: "REJECTED", actor: "scenarioOwner", reasonRequired: true },
    award: { to: "AWARDED", actor: "scenarioOwner", reasonRequired: false },
    withdraw: { to: "WITHDRAWN", actor: "bidder", reasonRequired: false },
  },
  AWARDED: {},
  REJECTED: {},
  WITHDRAWN: {},
};

export const BID_STATES = Object.keys(BID_TRANSITIONS) as BidStatus[];
export const BID_ACTIONS: BidAction[] = ["shortlist", "reject", "award", "withdraw"];
/** Bids still in the running: a decision has not been made on them. */
export const OPEN_BID_STATES: BidStatus[] = ["SUBMITTED", "SHORTLISTED"];

export class BidTransitionError extends Error {
  constructor(
    readonly code: "not-allowed" | "wrong-actor" | "reason-required",
    message: string,
  ) {
    super(message);
  }
}

/** The status after `action`, or a BidTransitionError saying why it may not happen. */
export function nextBidStatus(from: BidStatus, action: BidAction, actor: BidActor, reason?: string | null): BidStatus {
  const transition = BID_TRANSITIONS[from][action];
  if (!transition) throw new BidTransitionError("not-allowed", `Cannot ${action} a bid that is ${from}`);
  if (transition.actor !== actor) throw new BidTransitionError("wrong-actor", `Only the ${transition.actor} may ${action}`);
  if (transition.reasonRequired && !reason?.trim()) throw new BidTransitionError("reason-required", `${action} needs a reason`);
  return transition.to;
}

export function allowedBidActions(from: BidStatus, actor: BidActor): BidAction[] {
  return BID_ACTIONS.filter((action) => BID_TRANSITIONS[from][action]?.actor === actor);
}
