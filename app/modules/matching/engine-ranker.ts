/**
 * The app's matching as an evaluation Ranker: a data set loaded into a fresh embedded search engine (no
 * database), ranked with exactly the functions the app uses (engine-matching.ts). Every record of the
 * other side is ranked: candidates the retrieval did not find follow the scored ones, in id order.
 *
 *   createEngineRanker(dataset, engine?) — Promise<Ranker & { retrieved }>: `retrieved` records, per direction and
 *                                          query record, the candidates retrieval found (evaluate.ts: retrievalMisses)
 *   loadDataset(dataset, engine)         — the data set indexed, and the statistics matching reads
 */
import { createEmbeddedSearchEngine } from "../search/embedded-engine.server";
import { INDEX_SETTINGS, SCENARIO_INDEX, SOLUTION_INDEX } from "../search/indexes";
import type { SearchEngine } from "../search/search-engine";
import type { ScoredId } from "./bm25-baseline";
import type { MatchingDataset } from "./dataset";
import { matchScenarios, matchSolutions, matchStatisticsOf, scenarioDocFromMatch, solutionDocFromMatch, type MatchStatistics } from "./engine-matching";
import type { Ranker, Retrieved } from "./evaluate";
import { buildTermStatistics } from "./text-relevance";

function completeRanking(ranked: ScoredId[], allIds: readonly string[]): ScoredId[] {
  const seen = new Set(ranked.map((r) => r.id));
  const rest = allIds.filter((id) => !seen.has(id)).sort();
  const floor = Math.min(0, ...ranked.map((r) => r.score)) - 1;
  return [...ranked, ...rest.map((id) => ({ id, score: floor }))];
}

/** Indexes the data set's records in `engine` (fresh indexes) and builds the statistics matching reads. */
export async function loadDataset(dataset: Pick<MatchingDataset, "scenarios" | "solutions">, engine: SearchEngine): Promise<MatchStatistics> {
  await engine.ensureIndex(SCENARIO_INDEX, INDEX_SETTINGS[SCENARIO_INDEX]);
  await engine.ensureIndex(SOLUTION_INDEX, INDEX_SETTINGS[SOLUTION_INDEX]);
  await engine.upsert(SCENARIO_INDEX, dataset.scenarios.map(scenarioDocFromMatch));
  await engine.upsert(SOLUTION_INDEX, dataset.solutions.map(solutionDocFromMatch));
  return matchStatisticsOf(buildTermStatistics(dataset.scenarios), buildTermStatistics(dataset.solutions));
}

export async function createEngineRanker(
  dataset: Pick<MatchingDataset, "scenarios" | "solutions">,
  engine: SearchEngine = createEmbeddedSearchEngine(),
): Promise<Ranker & { retrieved: Retrieved }> {
  const statistics = await loadDataset(dataset, engine);
  const solutionIds = dataset.solutions.map((s) => s.id);
  const scenarioIds = dataset.scenarios.map((s) => s.id);
  const retrieved: Retrieved = { scenarioToSolution: new Map(), solutionToScenario: new Map() };
  return {
    retrieved,
    async solutionsFor(scenario) {
      const matches = await matchSolutions(engine, scenarioDocFromMatch(scenario), statistics, { limit: solutionIds.length });
      retrieved.scenarioToSolution.set(scenario.id, new Set(matches.map(({ id }) => id)));
      return completeRanking(matches.map(({ id, score }) => ({ id, score })), solutionIds);
    },
    async scenariosFor(solution) {
      const matches = await matchScenarios(engine, solutionDocFromMatch(solution), statistics, { limit: scenarioIds.length });
      retrieved.solutionToScenario.set(solution.id, new Set(matches.map(({ id }) => id)));
      return completeRanking(matches.map(({ id, score }) => ({ id, score })), scenarioIds);
    },
  };
}
