/**
 * Recommendations as the workspace pages show them (recommendations.server.ts does the matching):
 *
 *   solutionRecommendationsPanel(scenarioId, ownerOrgId, limit, requestId) — the scenario and invite pages
 *   scenarioRecommendationsPanel(orgId, requestId)                         — a firm's dashboard
 *
 * A recommendation is a convenience next to the page's real work, so a failing search engine costs the panel,
 * never the page: the error is logged with the request id and the panel says it is unavailable.
 */
import { daysUntil } from "~/modules/scenarios/scenario-transitions";
import { errorFields, logger } from "~/utils/logger.server";
import { recommendScenariosForFirm, recommendSolutionsForScenario, type RecommendedSolution } from "./recommendations.server";

export type RecommendationPanel<T> = { available: boolean; items: T[] };

async function orUnavailable<T>(what: string, fields: Record<string, unknown>, load: () => Promise<T[]>): Promise<RecommendationPanel<T>> {
  try {
    return { available: true, items: await load() };
  } catch (error) {
    logger.error(`${what} could not be loaded; the page is shown without them`, { ...fields, ...errorFields(error) });
    return { available: false, items: [] };
  }
}

/** The panel of a scenario nobody can be invited to any more. */
export const noRecommendations: RecommendationPanel<RecommendedSolution> = { available: true, items: [] };

/** For the scenario's own organisation (the caller has checked that): the best `limit` solutions. */
export function solutionRecommendationsPanel(scenarioId: string, ownerOrgId: string, limit: number, requestId?: string) {
  return orUnavailable("solution recommendations", { scenarioId, requestId }, async () => {
    return (await recommendSolutionsForScenario(scenarioId, ownerOrgId, limit)) ?? [];
  });
}

/** For a technology firm: open scenarios matching its solutions, with the days left to bid. */
export function scenarioRecommendationsPanel(orgId: string, requestId?: string, now: Date = new Date()) {
  return orUnavailable("scenario recommendations", { orgId, requestId }, async () => {
    return (await recommendScenariosForFirm(orgId, undefined, now)).map((scenario) => ({ ...scenario, daysLeft: daysUntil(scenario.deadline, now) }));
  });
}
