/**
 * Ranking quality measures exactly as issue 4 defines them.
 *
 *   judgementsFor(qrels, direction)          — query id → (candidate id → grade), transposed for solution → scenario
 *   evaluateQuery(ranking, grades)           — one query's P@5, R@10, nDCG@10, RR; null when it has no relevant record
 *   evaluateRun(rankings, judgements)        — the averages over the queries that count
 *
 * relevant = grade ≥ 2 for P@5, R@10 and MRR; nDCG@10 uses gain 2^grade − 1 with discount log2(rank + 1)
 * and the ideal DCG built from ALL judged records of the query (grade-1 ones included). A query without any
 * grade ≥ 2 record is left out of all four, so averages never mix in undefined ratios.
 */
import type { Qrel } from "./dataset";

export type Direction = "scenarioToSolution" | "solutionToScenario";
export const DIRECTIONS: readonly Direction[] = ["scenarioToSolution", "solutionToScenario"];
export const RELEVANT_GRADE = 2;

export type Judgements = ReadonlyMap<string, ReadonlyMap<string, number>>;

export interface QueryMetrics {
  precisionAt5: number;
  recallAt10: number;
  ndcgAt10: number;
  reciprocalRank: number;
}

export interface RunMetrics {
  "p@5": number;
  "r@10": number;
  "ndcg@10": number;
  mrr: number;
}

export function judgementsFor(qrels: readonly Qrel[], direction: Direction): Map<string, Map<string, number>> {
  const byQuery = new Map<string, Map<string, number>>();
  for (const { scenario, solution, grade } of qrels) {
    const [query, candidate] = direction === "scenarioToSolution" ? [scenario, solution] : [solution, scenario];
    let grades = byQuery.get(query);
    if (!grades) byQuery.set(query, (grades = new Map()));
    grades.set(candidate, grade);
  }
  return byQuery;
}

const gain = (grade: number) => 2 ** grade - 1;
const discount = (rank: number) => Math.log2(rank + 1);

/** A ranker that lists a record twice must not be paid twice for it: later copies are dropped. */
function distinct(ranking: readonly string[]): string[] {
  return [...new Set(ranking)];
}

export function evaluateQuery(ranking: readonly string[], grades: ReadonlyMap<string, number>): QueryMetrics | null {
  const relevantTotal = [...grades.values()].filter((g) => g >= RELEVANT_GRADE).length;
  if (relevantTotal === 0) return null;
  const ranked = distinct(ranking);
  const gradeAt = (index: number) => grades.get(ranked[index]) ?? 0;

  let relevantIn5 = 0;
  let relevantIn10 = 0;
  let dcg = 0;
  for (let i = 0; i < Math.min(10, ranked.length); i++) {
    const grade = gradeAt(i);
    if (grade >= RELEVANT_GRADE) {
      relevantIn10++;
      if (i < 5) relevantIn5++;
    }
    dcg += gain(grade) / discount(i + 1);
  }
  const ideal = [...grades.values()].sort((a, b) => b - a).slice(0, 10);
  const idcg = ideal.reduce((sum, grade, i) => sum + gain(grade) / discount(i + 1), 0);
  const firstRelevant = ranked.findIndex((id) => (grades.get(id) ?? 0) >= RELEVANT_GRADE);

  return {
    precisionAt5: relevantIn5 / 5,
    recallAt10: relevantIn10 / relevantTotal,
    ndcgAt10: dcg / idcg,
    reciprocalRank: firstRelevant === -1 ? 0 : 1 / (firstRelevant + 1),
  };
}

/** Queries judged but missing from `rankings` count as an empty ranking (all zero), not as absent. */
export function evaluateRun(
  rankings: ReadonlyMap<string, readonly string[]>,
  judgements: Judgements,
): RunMetrics & { queries: number } {
  const perQuery: QueryMetrics[] = [];
  for (const [query, grades] of judgements) {
    const metrics = evaluateQuery(rankings.get(query) ?? [], grades);
    if (metrics) perQuery.push(metrics);
  }
  const mean = (pick: (m: QueryMetrics) => number) =>
    perQuery.length === 0 ? 0 : perQuery.reduce((sum, m) => sum + pick(m), 0) / perQuery.length;
  return {
    "p@5": mean((m) => m.precisionAt5),
    "r@10": mean((m) => m.recallAt10),
    "ndcg@10": mean((m) => m.ndcgAt10),
    mrr: mean((m) => m.reciprocalRank),
    queries: perQuery.length,
  };
}
