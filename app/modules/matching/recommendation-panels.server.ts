/**
 * Recommendations as the workspace pages show them (recommendations.server.ts does the matching):
 *
 *   solutionRecommendationsPanel(scenario, ownerOrgId, limit, requestId)    — the scenario and invite pages
 *   scenarioRecommendationsPanel(orgId, requestId)                         — a firm's dashboard
 *   solutionScenariosPanel(solution, orgId, limit, requestId)               — a firm's own solution page
 *
 * A recommendation is a convenience next to the page's real work, so a failing search engine costs the panel,
 * never the page: the error is logged with the request id (logSearchFailure) and the panel says it is unavailable.
 */
import type { ScenarioStatus } from "~/generated/prisma/client.ts";
import type { RecommendationPanel } from "./recommendation-panel";
import { daysUntil, hasBiddingEnded } from "~/modules/scenarios/scenario-transitions";
import { logSearchFailure } from "~/modules/search/search-service.server";
import { recommendScenariosForFirm, recommendScenariosForSolution, recommendSolutionsForScenario, type RecommendedScenario, type RecommendedSolution } from "./recommendations.server";

export type { RecommendationPanel };

async function orUnavailable<T>(what: string, fields: Record<string, unknown>, load: () => Promise<Omit<RecommendationPanel<T>, "available">>): Promise<RecommendationPanel<T>> {
  try {
    return { available: true, ...(await load()) };
  } catch (error) {
    logSearchFailure(`${what} (left out of the page)`, error, fields);
    return { available: false, items: [] };
  }
}

const withDaysLeft = (scenarios: RecommendedScenario[], now: Date) => scenarios.map((scenario) => ({ ...scenario, daysLeft: daysUntil(scenario.deadline, now) }));

/**
 * For the scenario's own organisation (the caller has checked that): the best `limit` solutions — none once its
 * bidding is over, since nobody can be invited any more — and whether there are more (one more is matched to know).
 */
export async function solutionRecommendationsPanel(
  scenario: { id: string; status: ScenarioStatus; deadline: Date | string },
  ownerOrgId: string,
  limit: number,
  requestId?: string,
): Promise<RecommendationPanel<RecommendedSolution>> {
  if (hasBiddingEnded(scenario)) return { available: true, items: [], ended: true };
  return orUnavailable("solution recommendations", { scenarioId: scenario.id, requestId }, async () => {
    const items = (await recommendSolutionsForScenario(scenario.id, ownerOrgId, limit + 1)) ?? [];
    return { items: items.slice(0, limit), more: items.length > limit };
  });
}

/** For a technology firm: open scenarios matching its solutions, with the days left to bid. */
export function scenarioRecommendationsPanel(orgId: string, requestId?: string, now: Date = new Date()) {
  return orUnavailable("scenario recommendations", { orgId, requestId }, async () => {
    const { items, solutionsMatched, solutionsTotal } = await recommendScenariosForFirm(orgId, undefined, now);
    return { items: withDaysLeft(items, now), solutionsMatched, solutionsTotal };
  });
}

/**
 * For a member of the firm that owns the solution (the caller has checked that): open scenarios for this
 * solution alone — none for an archived one or one a reviewer has hidden, which cannot be used to bid.
 */
export function solutionScenariosPanel(solution: { id: string; status: string; hidden: boolean }, orgId: string, limit: number, requestId?: string, now: Date = new Date()) {
  if (solution.status === "ARCHIVED" || solution.hidden) return Promise.resolve(null);
  return orUnavailable("scenario recommendations for a solution", { solutionId: solution.id, requestId }, async () => {
    return { items: withDaysLeft((await recommendScenariosForSolution(orgId, solution.id, limit, now)) ?? [], now) };
  });
}
