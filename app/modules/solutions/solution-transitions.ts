// The life cycle of a solution, written down once. Every change of `Solution.status` goes through
// `nextSolutionStatus`, on the server, and is audited. Only members of the owning firm act on it;
// moderation (hidden/restore) is separate and does not change the status.
import type { Prisma } from "~/generated/prisma/client.ts";
import type { SolutionStatus } from "~/generated/prisma/enums.ts";
import { TransitionError } from "~/modules/orgs/verification-transitions";

export type SolutionAction =
  | "publish" // DRAFT → PUBLISHED; the firm must be a verified technology firm
  | "unpublish" // PUBLISHED → DRAFT, to rework it out of public view
  | "archive" // DRAFT | PUBLISHED → ARCHIVED
  | "restore" // ARCHIVED → DRAFT
  | "edit"; // changes the content; keeps the status

type Transition = { to: SolutionStatus; requiresVerifiedFirm: boolean };

export const SOLUTION_TRANSITIONS: Record<SolutionStatus, Partial<Record<SolutionAction, Transition>>> = {
  DRAFT: {
    publish: { to: "PUBLISHED", requiresVerifiedFirm: true },
    archive: { to: "ARCHIVED", requiresVerifiedFirm: false },
    edit: { to: "DRAFT", requiresVerifiedFirm: false },
  },
  PUBLISHED: {
    unpublish: { to: "DRAFT", requiresVerifiedFirm: false },
    archive: { to: "ARCHIVED", requiresVerifiedFirm: false },
    // Editing a published solution keeps it public: the firm stays responsible for it (it is audited).
    edit: { to: "PUBLISHED", requiresVerifiedFirm: true },
  },
  ARCHIVED: {
    restore: { to: "DRAFT", requiresVerifiedFirm: false },
  },
};

export const SOLUTION_STATES = Object.keys(SOLUTION_TRANSITIONS) as SolutionStatus[];
export const SOLUTION_ACTIONS: SolutionAction[] = ["publish", "unpublish", "archive", "restore", "edit"];
/** The actions shown as buttons (editing has its own form). */
export const SOLUTION_STATUS_ACTIONS = ["publish", "unpublish", "archive", "restore"] as const;
export type SolutionStatusAction = (typeof SOLUTION_STATUS_ACTIONS)[number];

/**
 * Public means: published, not hidden by a moderator, and offered by a verified firm (as a Prisma filter). A
 * firm publishes without review once verified, so its verification is what vouches for its solutions: when a
 * reviewer revokes it, or the firm changes its legal details and waits to be verified again, they leave public
 * view (search, matching, their pages) and come back with the verification, unchanged (ADR 0015). Defined
 * here, beside the life cycle, so the search outbox (which solutions.server.ts imports) can use it too.
 */
export const PUBLIC_SOLUTION_WHERE = {
  status: "PUBLISHED",
  hidden: false,
  org: { verificationStatus: "VERIFIED" },
} satisfies Prisma.SolutionWhereInput;

/** PUBLIC_SOLUTION_WHERE for a row already read. */
export function isPublicSolution(row: { status: string; hidden: boolean; org: { verificationStatus: string } }): boolean {
  return row.status === PUBLIC_SOLUTION_WHERE.status && !row.hidden && row.org.verificationStatus === PUBLIC_SOLUTION_WHERE.org.verificationStatus;
}

export { TransitionError };

/** The status after `action`, or a TransitionError saying why it may not happen. */
export function nextSolutionStatus(from: SolutionStatus, action: SolutionAction, firm: { verifiedTechFirm: boolean }): SolutionStatus {
  const transition = SOLUTION_TRANSITIONS[from][action];
  if (!transition) throw new TransitionError("not-allowed", `Cannot ${action} a solution that is ${from}`);
  if (transition.requiresVerifiedFirm && !firm.verifiedTechFirm) {
    throw new TransitionError("wrong-actor", `Only a verified technology firm may ${action} a ${from} solution`);
  }
  return transition.to;
}

/**
 * The status actions a firm may take on a solution in `from`: not those that need a verified firm while it is not
 * one (an unverified firm was offered "publish" and got a 403; its page says why it cannot publish yet).
 */
export function allowedSolutionActions(from: SolutionStatus, firm: { verifiedTechFirm: boolean }): SolutionStatusAction[] {
  return SOLUTION_STATUS_ACTIONS.filter((action) => {
    const transition = SOLUTION_TRANSITIONS[from][action];
    return transition && (firm.verifiedTechFirm || !transition.requiresVerifiedFirm);
  });
}

export function canEditSolution(from: SolutionStatus): boolean {
  return !!SOLUTION_TRANSITIONS[from].edit;
}
