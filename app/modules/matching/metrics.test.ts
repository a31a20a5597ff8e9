import { describe, expect, it } from "vitest";
import { evaluateQuery, evaluateRun, judgementsFor } from "./metrics";

const grades = (entries: Record<string, number>) => new Map(Object.entries(entries));

describe("evaluateQuery", () => {
  // Judged: A=3, B=2, D=2 (relevant) and C=1 (judged, not relevant). X and Y are unjudged (grade 0).
  const judged = grades({ A: 3, B: 2, C: 1, D: 2 });

  it("computes P@5, R@10, nDCG@10 and RR by the issue's definitions", () => {
    const result = evaluateQuery(["C", "A", "X", "B", "Y", "D"], judged)!;
    // P@5: A and B among the first five → 2 / 5.
    expect(result.precisionAt5).toBe(0.4);
    // R@10: A, B, D all within ten, 3 relevant in total → 3 / 3.
    expect(result.recallAt10).toBe(1);
    // RR: the first relevant record (A) is at rank 2 → 1 / 2; C (grade 1) does not count.
    expect(result.reciprocalRank).toBe(0.5);
    // DCG = (2^1−1)/log2 2 + (2^3−1)/log2 3 + (2^2−1)/log2 5 + (2^2−1)/log2 7
    //     = 1 + 4.41650 + 1.29203 + 1.06862 = 7.77716
    // IDCG from all judged, sorted 3,2,2,1: 7/log2 2 + 3/log2 3 + 3/log2 4 + 1/log2 5
    //     = 7 + 1.89279 + 1.5 + 0.43068 = 10.82347 → nDCG = 0.71855
    const dcg = 1 + 7 / Math.log2(3) + 3 / Math.log2(5) + 3 / Math.log2(7);
    const idcg = 7 + 3 / Math.log2(3) + 3 / 2 + 1 / Math.log2(5);
    expect(result.ndcgAt10).toBeCloseTo(dcg / idcg, 12);
    expect(result.ndcgAt10).toBeCloseTo(0.71855, 4);
  });

  it("gives 1 for nDCG and RR on the ideal order, and P@5 is still out of five", () => {
    const result = evaluateQuery(["A", "B", "D", "C"], judged)!;
    expect(result.ndcgAt10).toBeCloseTo(1, 12);
    expect(result.reciprocalRank).toBe(1);
    // Only 3 relevant records exist, so the best possible P@5 is 3 / 5.
    expect(result.precisionAt5).toBe(0.6);
  });

  it("scores ties in grade the same whichever of the tied records comes first", () => {
    const first = evaluateQuery(["A", "B", "D"], judged)!;
    const swapped = evaluateQuery(["A", "D", "B"], judged)!;
    expect(swapped).toEqual(first);
  });

  it("counts a record listed twice only once", () => {
    // Without de-duplication A would be paid twice and nDCG could exceed 1.
    const result = evaluateQuery(["A", "A", "B", "D", "C"], judged)!;
    expect(result).toEqual(evaluateQuery(["A", "B", "D", "C"], judged));
  });

  it("only looks at the first ten for recall and nDCG", () => {
    const padding = Array.from({ length: 10 }, (_, i) => `N${i}`);
    const result = evaluateQuery([...padding, "A", "B", "D"], judged)!;
    expect(result.recallAt10).toBe(0);
    expect(result.ndcgAt10).toBe(0);
    // MRR is not cut off: A is at rank 11.
    expect(result.reciprocalRank).toBeCloseTo(1 / 11, 12);
  });

  it("gives zeros for an empty ranking", () => {
    expect(evaluateQuery([], judged)).toEqual({ precisionAt5: 0, recallAt10: 0, ndcgAt10: 0, reciprocalRank: 0 });
  });

  it("leaves out a query whose judgements are all grade 1", () => {
    expect(evaluateQuery(["C"], grades({ C: 1, E: 1 }))).toBeNull();
  });
});

describe("evaluateRun", () => {
  it("averages over the queries that have a relevant record; missing rankings count as empty", () => {
    const judgements = new Map([
      ["q1", grades({ A: 3 })],
      ["q2", grades({ B: 1 })], // left out: no grade ≥ 2
      ["q3", grades({ C: 2, D: 2 })], // never ranked
    ]);
    const run = evaluateRun(new Map([["q1", ["A", "Z"]], ["q2", ["B"]]]), judgements);
    expect(run.queries).toBe(2);
    // q1: P@5 = 1/5, R@10 = 1, nDCG = 1, RR = 1; q3: all 0 → means over 2 queries.
    expect(run["p@5"]).toBeCloseTo(0.1, 12);
    expect(run["r@10"]).toBe(0.5);
    expect(run["ndcg@10"]).toBe(0.5);
    expect(run.mrr).toBe(0.5);
  });

  it("returns zeros, not NaN, when no query counts", () => {
    expect(evaluateRun(new Map(), new Map([["q", grades({ A: 1 })]]))).toEqual({
      "p@5": 0,
      "r@10": 0,
      "ndcg@10": 0,
      mrr: 0,
      queries: 0,
    });
  });
});

describe("judgementsFor", () => {
  const qrels = [
    { scenario: "S1", solution: "P1", grade: 3 },
    { scenario: "S1", solution: "P2", grade: 1 },
    { scenario: "S2", solution: "P1", grade: 2 },
  ];

  it("groups by scenario for scenario → solution", () => {
    const j = judgementsFor(qrels, "scenarioToSolution");
    expect([...j.get("S1")!]).toEqual([["P1", 3], ["P2", 1]]);
    expect([...j.get("S2")!]).toEqual([["P1", 2]]);
  });

  it("transposes the same qrels for solution → scenario", () => {
    const j = judgementsFor(qrels, "solutionToScenario");
    expect([...j.get("P1")!]).toEqual([["S1", 3], ["S2", 2]]);
    expect([...j.get("P2")!]).toEqual([["S1", 1]]);
  });
});
