/**
 * The evaluation pipeline, independent of how records are ranked: the BM25 baseline (bm25-baseline.ts)
 * and the app's matching (engine-ranker.ts) are both Rankers.
 *
 *   rankAll(dataset, ranker)          — every record ranked against all records of the other side
 *   evaluateDataset(dataset, ranker)  — { scenarioToSolution: RunMetrics, solutionToScenario: RunMetrics }
 */
import type { MatchScenario, MatchSolution, MatchingDataset } from "./dataset";
import type { ScoredId } from "./bm25-baseline";
import { DIRECTIONS, evaluateRun, judgementsFor, type Direction, type RunMetrics } from "./metrics";

type MaybePromise<T> = T | Promise<T>;

export interface Ranker {
  solutionsFor(scenario: MatchScenario): MaybePromise<ScoredId[]>;
  scenariosFor(solution: MatchSolution): MaybePromise<ScoredId[]>;
}

export type Rankings = Record<Direction, Map<string, string[]>>;

export async function rankAll(dataset: Pick<MatchingDataset, "scenarios" | "solutions">, ranker: Ranker): Promise<Rankings> {
  const scenarioToSolution = new Map<string, string[]>();
  const solutionToScenario = new Map<string, string[]>();
  for (const scenario of dataset.scenarios) {
    scenarioToSolution.set(scenario.id, (await ranker.solutionsFor(scenario)).map((r) => r.id));
  }
  for (const solution of dataset.solutions) {
    solutionToScenario.set(solution.id, (await ranker.scenariosFor(solution)).map((r) => r.id));
  }
  return { scenarioToSolution, solutionToScenario };
}

export async function evaluateDataset(dataset: MatchingDataset, ranker: Ranker): Promise<Record<Direction, RunMetrics>> {
  const rankings = await rankAll(dataset, ranker);
  const result = {} as Record<Direction, RunMetrics>;
  for (const direction of DIRECTIONS) {
    const { queries: _queries, ...metrics } = evaluateRun(rankings[direction], judgementsFor(dataset.qrels, direction));
    result[direction] = metrics;
  }
  return result;
}
