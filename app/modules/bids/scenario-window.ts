// Whether a scenario accepts bids. DESIGN §2: only while PUBLISHED and before the deadline; moderation
// (hidden) takes it off the market too.
// engineer A's `isOpenForBids(scenario, now)` in app/modules/scenarios states the
// same rule; once it exists, this function should delegate to it so the rule lives in one place.
export type BiddableScenario = { status: string; hidden: boolean; deadline: Date };

export function acceptsBids(scenario: BiddableScenario, now: Date = new Date()): boolean {
  return scenario.status === "PUBLISHED" && !scenario.hidden && scenario.deadline.getTime() > now.getTime();
}

/** Scenario statuses in which an award can still be made (single winner: the scenario is not yet AWARDED). */
export const AWARDABLE_SCENARIO_STATES = ["PUBLISHED", "CLOSED"] as const;
