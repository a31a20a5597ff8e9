// The life cycle of a typical application case (典型应用案例), written down once. Every change of
// `Case.status` goes through `nextCaseStatus`, on the server, and is audited.
import type { CaseStatus } from "~/generated/prisma/enums.ts";

export type CaseAction =
  | "submit" // the scenario's organisation sends the draft to the bureau
  | "publish" // a reviewer puts the case on the public showcase
  | "return"; // a reviewer sends it back to draft, with a reason

export type CaseActor = "scenarioOwner" | "reviewer";

type Transition = { to: CaseStatus; actor: CaseActor; reasonRequired: boolean };

export const CASE_TRANSITIONS: Record<CaseStatus, Partial<Record<CaseAction, Transition>>> = {
  DRAFT: {
    submit: { to: "PENDING_REVIEW", actor: "scenarioOwner", reasonRequired: false },
  },
  PENDING_REVIEW: {
    publish: { to: "PUBLISHED", actor: "reviewer", reasonRequired: false },
    return: { to: "DRAFT", actor: "reviewer", reasonRequired: true },
  },
  PUBLISHED: {},
};

export const CASE_STATES = Object.keys(CASE_TRANSITIONS) as CaseStatus[];
export const CASE_ACTIONS: CaseAction[] = ["submit", "publish", "return"];

export class CaseTransitionError extends Error {
  constructor(
    readonly code: "not-allowed" | "wrong-actor" | "reason-required",
    message: string,
  ) {
    super(message);
  }
}

export function nextCaseStatus(from: CaseStatus, action: CaseAction, actor: CaseActor, reason?: string | null): CaseStatus {
  const transition = CASE_TRANSITIONS[from][action];
  if (!transition) throw new CaseTransitionError("not-allowed", `Cannot ${action} a case that is ${from}`);
  if (transition.actor !== actor) throw new CaseTransitionError("wrong-actor", `Only a ${transition.actor} may ${action}`);
  if (transition.reasonRequired && !reason?.trim()) throw new CaseTransitionError("reason-required", `${action} needs a reason`);
  return transition.to;
}

export function allowedCaseActions(from: CaseStatus, actor: CaseActor): CaseAction[] {
  return CASE_ACTIONS.filter((action) => CASE_TRANSITIONS[from][action]?.actor === actor);
}
