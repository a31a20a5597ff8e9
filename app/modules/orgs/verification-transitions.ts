// The life cycle of an organisation's verification, written down once. Every change of
// `verificationStatus` goes through `nextVerificationStatus`, on the server, and is audited.
import type { VerificationStatus } from "~/generated/prisma/enums.ts";

export type VerificationAction =
  | "verify" // reviewer accepts the organisation's identity
  | "reject" // reviewer refuses, with a reason
  | "revoke" // reviewer withdraws an earlier verification, with a reason
  | "resubmit" // owner edits a rejected organisation and sends it back
  | "changeLegalDetails"; // owner changes name, USCC or kind of a verified organisation

export type VerificationActor = "reviewer" | "owner";

type Transition = { to: VerificationStatus; actor: VerificationActor; reasonRequired: boolean };

export const VERIFICATION_TRANSITIONS: Record<VerificationStatus, Partial<Record<VerificationAction, Transition>>> = {
  PENDING: {
    verify: { to: "VERIFIED", actor: "reviewer", reasonRequired: false },
    reject: { to: "REJECTED", actor: "reviewer", reasonRequired: true },
  },
  VERIFIED: {
    revoke: { to: "REJECTED", actor: "reviewer", reasonRequired: true },
    changeLegalDetails: { to: "PENDING", actor: "owner", reasonRequired: false },
  },
  REJECTED: {
    resubmit: { to: "PENDING", actor: "owner", reasonRequired: false },
  },
};

export const VERIFICATION_STATES = Object.keys(VERIFICATION_TRANSITIONS) as VerificationStatus[];
export const VERIFICATION_ACTIONS: VerificationAction[] = ["verify", "reject", "revoke", "resubmit", "changeLegalDetails"];

export class TransitionError extends Error {
  constructor(
    readonly code: "not-allowed" | "wrong-actor" | "reason-required",
    message: string,
  ) {
    super(message);
  }
}

/** The status after `action`, or a TransitionError saying why it may not happen. */
export function nextVerificationStatus(
  from: VerificationStatus,
  action: VerificationAction,
  actor: VerificationActor,
  reason?: string | null,
): VerificationStatus {
  const transition = VERIFICATION_TRANSITIONS[from][action];
  if (!transition) throw new TransitionError("not-allowed", `Cannot ${action} an organisation that is ${from}`);
  if (transition.actor !== actor) throw new TransitionError("wrong-actor", `Only a ${transition.actor} may ${action}`);
  if (transition.reasonRequired && !reason?.trim()) throw new TransitionError("reason-required", `${action} needs a reason`);
  return transition.to;
}

export function allowedVerificationActions(from: VerificationStatus, actor: VerificationActor): VerificationAction[] {
  return VERIFICATION_ACTIONS.filter((action) => VERIFICATION_TRANSITIONS[from][action]?.actor === actor);
}
