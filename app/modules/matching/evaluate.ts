/**
 * The evaluation pipeline, independent of how records are ranked: the BM25 baseline (bm25-baseline.ts)
 * and the app's matching (engine-ranker.ts) are both Rankers.
 *
 *   rankAll(dataset, ranker)          — every record ranked against all records of the other side
 *   evaluateDataset(dataset, ranker)  — { scenarioToSolution: RunMetrics, solutionToScenario: RunMetrics }
 *   retrievalMisses(qrels, retrieved) — per direction, how many judged pairs candidate retrieval never found
 */
import type { MatchScenario, MatchSolution, MatchingDataset, Qrel } from "./dataset";
import type { ScoredId } from "./bm25-baseline";
import { DIRECTIONS, RELEVANT_GRADE, evaluateRun, judgementsFor, type Direction, type RunMetrics } from "./metrics";

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

/** Per direction and query record, the candidates a ranker's retrieval found (the rest it ranked last, unscored). */
export type Retrieved = Record<Direction, Map<string, ReadonlySet<string>>>;

export type RetrievalMisses = { judged: number; missed: number; relevantMissed: number };

/**
 * How many judged pairs (grade ≥ 1) the retrieval never found, and how many of those were relevant (grade ≥ 2):
 * a record that is not retrieved cannot be ranked, however well it would score. Only queries the ranker was
 * asked are counted.
 */
export function retrievalMisses(qrels: readonly Qrel[], retrieved: Retrieved): Record<Direction, RetrievalMisses> {
  const result = {} as Record<Direction, RetrievalMisses>;
  for (const direction of DIRECTIONS) {
    const counts: RetrievalMisses = { judged: 0, missed: 0, relevantMissed: 0 };
    for (const [query, grades] of judgementsFor(qrels, direction)) {
      const found = retrieved[direction].get(query);
      if (!found) continue;
      for (const [candidate, grade] of grades) {
        if (grade < 1) continue;
        counts.judged += 1;
        if (found.has(candidate)) continue;
        counts.missed += 1;
        if (grade >= RELEVANT_GRADE) counts.relevantMissed += 1;
      }
    }
    result[direction] = counts;
  }
  return result;
}
