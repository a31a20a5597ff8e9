/**
 * The evaluation pipeline, independent of how candidates are found, so the search-engine retrieval can
 * replace BM25 by passing another Ranker.
 *
 *   rankAll(dataset, ranker)          — every record ranked against all records of the other side
 *   evaluateDataset(dataset, ranker)  — { scenarioToSolution: RunMetrics, solutionToScenario: RunMetrics }
 *   createRerankRanker(dataset, base, { candidates }) — base top-N re-scored by scoreMatch
 */
import type { MatchScenario, MatchSolution, MatchingDataset } from "./dataset";
import { byScoreThenId, type ScoredId } from "./bm25-baseline";
import { DIRECTIONS, evaluateRun, judgementsFor, type Direction, type RunMetrics } from "./metrics";
import { scoreMatch } from "./score";

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

/** Text relevance as scoreMatch expects it: the best candidate of this query is 1, the others relative to it. */
export function normaliseTextScores(results: readonly ScoredId[]): Map<string, number> {
  const top = Math.max(0, ...results.map((r) => r.score));
  return new Map(results.map((r) => [r.id, top > 0 ? r.score / top : 0]));
}

/**
 * Re-scores the base ranker's first `candidates` results with scoreMatch; the rest keep the base order
 * behind them, so every record is still ranked.
 */
export function createRerankRanker(
  dataset: Pick<MatchingDataset, "scenarios" | "solutions">,
  base: Ranker,
  options: { candidates: number } = { candidates: 50 },
): Ranker {
  const scenarios = new Map(dataset.scenarios.map((s) => [s.id, s]));
  const solutions = new Map(dataset.solutions.map((s) => [s.id, s]));
  const rerank = (results: ScoredId[], score: (id: string, textScore: number) => number): ScoredId[] => {
    const head = results.slice(0, options.candidates);
    const textScores = normaliseTextScores(head);
    const rescored = head.map((r) => ({ id: r.id, score: score(r.id, textScores.get(r.id) ?? 0) })).sort(byScoreThenId);
    return [...rescored, ...results.slice(options.candidates)];
  };
  return {
    async solutionsFor(scenario) {
      return rerank(await base.solutionsFor(scenario), (id, textScore) => {
        const solution = solutions.get(id);
        return solution ? scoreMatch({ textScore, scenario, solution }).score : 0;
      });
    },
    async scenariosFor(solution) {
      return rerank(await base.scenariosFor(solution), (id, textScore) => {
        const scenario = scenarios.get(id);
        return scenario ? scoreMatch({ textScore, scenario, solution }).score : 0;
      });
    },
  };
}
