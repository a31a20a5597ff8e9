// The life cycle of a scenario (应用场景需求), written down once. Every change of `Scenario.status` goes
// through `nextScenarioStatus` (via `transitionScenario` in scenarios.server.ts), on the server, and is audited.
import type { Prisma } from "~/generated/prisma/client.ts";
import type { ScenarioStatus } from "~/generated/prisma/enums.ts";

export type ScenarioAction =
  | "submit" // owner sends a draft (or a scenario with requested changes) to review
  | "approve" // reviewer publishes it and assigns a batch
  | "requestChanges" // reviewer sends it back with a reason
  | "reject" // reviewer refuses it with a reason; it is archived
  | "close" // bidding ends: the owner closes early, or the deadline passes (system)
  | "markAwarded" // a bid was awarded (system, called by the bids module)
  | "markUnawarded" // the owner declares there is no winner, or the system does
  | "archive"; // owner or reviewer takes it off the platform

export type ScenarioActorKind = "owner" | "reviewer" | "system";

type Transition = { to: ScenarioStatus; actors: readonly ScenarioActorKind[]; reasonRequired: boolean };

const OWNER_OR_REVIEWER = ["owner", "reviewer"] as const;
const archive: Transition = { to: "ARCHIVED", actors: OWNER_OR_REVIEWER, reasonRequired: false };

export const SCENARIO_TRANSITIONS: Record<ScenarioStatus, Partial<Record<ScenarioAction, Transition>>> = {
  DRAFT: {
    submit: { to: "PENDING_REVIEW", actors: ["owner"], reasonRequired: false },
    archive,
  },
  PENDING_REVIEW: {
    approve: { to: "PUBLISHED", actors: ["reviewer"], reasonRequired: false },
    requestChanges: { to: "CHANGES_REQUESTED", actors: ["reviewer"], reasonRequired: true },
    reject: { to: "ARCHIVED", actors: ["reviewer"], reasonRequired: true },
    archive,
  },
  CHANGES_REQUESTED: {
    submit: { to: "PENDING_REVIEW", actors: ["owner"], reasonRequired: false },
    archive,
  },
  PUBLISHED: {
    close: { to: "CLOSED", actors: ["owner", "system"], reasonRequired: false },
    // Awarding before the deadline closes bidding and records the award in one step.
    markAwarded: { to: "AWARDED", actors: ["system"], reasonRequired: false },
    archive,
  },
  CLOSED: {
    markAwarded: { to: "AWARDED", actors: ["system"], reasonRequired: false },
    markUnawarded: { to: "UNAWARDED", actors: ["owner", "system"], reasonRequired: false },
    archive,
  },
  AWARDED: { archive },
  UNAWARDED: { archive },
  ARCHIVED: {},
};

export const SCENARIO_STATES = Object.keys(SCENARIO_TRANSITIONS) as ScenarioStatus[];
export const SCENARIO_ACTIONS: ScenarioAction[] = ["submit", "approve", "requestChanges", "reject", "close", "markAwarded", "markUnawarded", "archive"];
export const SCENARIO_ACTOR_KINDS: ScenarioActorKind[] = ["owner", "reviewer", "system"];

/** Statuses the public may see (when the scenario is not hidden by moderation). */
export const PUBLIC_SCENARIO_STATUSES: ScenarioStatus[] = ["PUBLISHED", "CLOSED", "AWARDED", "UNAWARDED"];
/**
 * The same rule as a Prisma filter: in a public status (published or finished) and not hidden by a moderator.
 * Defined here, beside the statuses, so the search outbox (which scenarios.server.ts imports) can use it too.
 */
export const PUBLIC_SCENARIO_WHERE = { status: { in: PUBLIC_SCENARIO_STATUSES }, hidden: false } satisfies Prisma.ScenarioWhereInput;
/** PUBLIC_SCENARIO_WHERE for a row already read: whether its public page shows it. */
export function isPublicScenario(row: { status: ScenarioStatus; hidden: boolean }): boolean {
  return PUBLIC_SCENARIO_STATUSES.includes(row.status) && !row.hidden;
}
/**
 * Not published yet: written, in review or sent back. Its bidding has not begun, so it is not over either, even
 * with a deadline already past (submitting then refuses it): hasBiddingEnded, and the deadline badges.
 */
export const NOT_YET_PUBLISHED_SCENARIO_STATUSES: ScenarioStatus[] = ["DRAFT", "PENDING_REVIEW", "CHANGES_REQUESTED"];
/** Only these may be edited by the owner. */
export const EDITABLE_SCENARIO_STATUSES: ScenarioStatus[] = ["DRAFT", "CHANGES_REQUESTED"];

export class ScenarioTransitionError extends Error {
  constructor(
    readonly code: "not-allowed" | "wrong-actor" | "reason-required" | "deadline-passed" | "org-not-verified" | "changed-meanwhile",
    message: string,
  ) {
    super(message);
  }
}

/** The status after `action`, or a ScenarioTransitionError saying why it may not happen. */
export function nextScenarioStatus(from: ScenarioStatus, action: ScenarioAction, actor: ScenarioActorKind, reason?: string | null): ScenarioStatus {
  const transition = SCENARIO_TRANSITIONS[from][action];
  if (!transition) throw new ScenarioTransitionError("not-allowed", `Cannot ${action} a scenario that is ${from}`);
  if (!transition.actors.includes(actor)) throw new ScenarioTransitionError("wrong-actor", `Only ${transition.actors.join(" or ")} may ${action}`);
  if (transition.reasonRequired && !reason?.trim()) throw new ScenarioTransitionError("reason-required", `${action} needs a reason`);
  return transition.to;
}

export function allowedScenarioActions(from: ScenarioStatus, actor: ScenarioActorKind): ScenarioAction[] {
  return SCENARIO_ACTIONS.filter((action) => SCENARIO_TRANSITIONS[from][action]?.actors.includes(actor));
}

export function isScenarioEditable(status: ScenarioStatus): boolean {
  return EDITABLE_SCENARIO_STATUSES.includes(status);
}

/** isOpenForBids as a Prisma filter (for lists read from the database). */
export function openForBidsWhere(now: Date = new Date()) {
  return { status: "PUBLISHED", hidden: false, deadline: { gt: now } } satisfies Prisma.ScenarioWhereInput;
}

/** Bids are accepted only while the scenario is published, visible, and before its deadline. */
export function isOpenForBids(scenario: { status: ScenarioStatus; hidden: boolean; deadline: Date | string }, now: Date = new Date()): boolean {
  return scenario.status === "PUBLISHED" && !scenario.hidden && new Date(scenario.deadline).getTime() > now.getTime();
}

/**
 * Published and before its deadline, but hidden by a reviewer (moderation): not open for bids now, yet not closed
 * either — it may be restored before the deadline. An invited firm is told "not open at the moment", not "closed"
 * (a QA review: 已截止 under a deadline eleven months ahead). The reason stays between the owner and the reviewers.
 */
export function isBiddingSuspended(scenario: { status: ScenarioStatus; hidden: boolean; deadline: Date | string }, now: Date = new Date()): boolean {
  return scenario.hidden && isOpenForBids({ ...scenario, hidden: false }, now);
}

/**
 * Not published yet, with its deadline already past: submitting refuses it until the owner moves the date. The
 * submit check and the owner's list ("· 已过期") ask the same question.
 */
export function needsNewDeadline(scenario: { status: ScenarioStatus; deadline: Date | string }, now: Date = new Date()): boolean {
  return NOT_YET_PUBLISHED_SCENARIO_STATUSES.includes(scenario.status) && new Date(scenario.deadline).getTime() <= now.getTime();
}

/**
 * Whether bidding for a published scenario is over: closed, decided or archived, or past its deadline while
 * still published (the deadline job closes it shortly). Drafts and scenarios under review are not over yet.
 */
export function hasBiddingEnded(scenario: { status: ScenarioStatus; deadline: Date | string }, now: Date = new Date()): boolean {
  if (scenario.status === "PUBLISHED") return new Date(scenario.deadline).getTime() <= now.getTime();
  // Closed, decided or archived; not one that has yet to be published.
  return !NOT_YET_PUBLISHED_SCENARIO_STATUSES.includes(scenario.status);
}

const CHINESE_ORDINALS = ["一", "二"];

/** The default batch for a publication date: first half-year → 第一批, second → 第二批 (China time). */
export function defaultBatchLabel(now: Date = new Date()): string {
  const chinaTime = new Date(now.getTime() + 8 * 60 * 60 * 1000);
  const half = chinaTime.getUTCMonth() < 6 ? 0 : 1;
  return `${chinaTime.getUTCFullYear()}年第${CHINESE_ORDINALS[half]}批`;
}

/** "2026年第一批", "2026年第3批", "2026年第十二批". */
export const BATCH_PATTERN = /^20\d{2}年第(?:[一二三四五六七八九十]{1,3}|\d{1,2})批$/;

const CHINESE_DIGITS = "一二三四五六七八九";

/** 一 → 1, 十二 → 12, 二十 → 20, 二十三 → 23; digits as they are; null for anything else. */
function batchNumber(text: string): number | null {
  if (/^\d{1,2}$/.test(text)) return Number(text);
  const match = /^(?:([一二三四五六七八九])|([二三四五六七八九])?十([一二三四五六七八九])?)$/.exec(text);
  if (!match) return null;
  const digit = (character: string | undefined) => (character ? CHINESE_DIGITS.indexOf(character) + 1 : 0);
  return match[1] ? digit(match[1]) : (match[2] ? digit(match[2]) : 1) * 10 + digit(match[3]);
}

/**
 * A batch label for the reader: stored as the bureau writes it ("2026年第二批", BATCH_PATTERN); in English ("en")
 * "Batch 2, 2026". Anything that is not a batch label is shown as it is.
 */
export function batchLabel(batch: string, language: string | undefined): string {
  if (language !== "en") return batch;
  const match = /^(20\d{2})年第(.+)批$/.exec(batch);
  const number = match ? batchNumber(match[2]!) : null;
  return match && number ? `Batch ${number}, ${match[1]}` : batch;
}

const DAY_MS = 24 * 60 * 60 * 1000;
/** China Standard Time, UTC+8 all year (no daylight saving): the calendar the platform's deadlines are set in. */
const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000;
const chinaCalendarDay = (time: number) => Math.floor((time + CHINA_OFFSET_MS) / DAY_MS);

/**
 * Calendar days left until the deadline, in China time: 0 on its last day, 1 the day before, negative once it has
 * passed. (Whole 24-hour periods said "closes today" at 18:00 the day before a 17:00 deadline: QA review.)
 */
export function daysUntil(deadline: Date | string, now: Date = new Date()): number {
  const end = new Date(deadline).getTime();
  if (end < now.getTime()) return Math.min(-1, chinaCalendarDay(end) - chinaCalendarDay(now.getTime()));
  return chinaCalendarDay(end) - chinaCalendarDay(now.getTime());
}
