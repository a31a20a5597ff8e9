// Whether a scenario accepts bids. The rule (DESIGN §2: only while PUBLISHED, not hidden, before the
// deadline) lives in the scenario module; bids only ask.
import type { ScenarioStatus } from "~/generated/prisma/enums.ts";
import { isOpenForBids } from "~/modules/scenarios/scenario-transitions";

export type BiddableScenario = { status: ScenarioStatus; hidden: boolean; deadline: Date };

export function acceptsBids(scenario: BiddableScenario, now: Date = new Date()): boolean {
  return isOpenForBids(scenario, now);
}
