import { describe, expect, it } from "vitest";
import type { ScoredId } from "./bm25-baseline";
import { evaluateDataset, rankAll, retrievalMisses, type Ranker } from "./evaluate";
import { dataset, scenario, solution } from "./fixtures.test-helpers";

const data = dataset({
  scenarios: [scenario({ id: "S1", firstUnitTypes: ["FIRST_SET"] }), scenario({ id: "S2" })],
  solutions: [
    solution({ id: "P1" }),
    solution({ id: "P2", firstUnit: { type: "FIRST_SET", status: "RECOGNISED" } }),
    solution({ id: "P3" }),
  ],
  qrels: [
    { scenario: "S1", solution: "P2", grade: 3 },
    { scenario: "S1", solution: "P3", grade: 1 },
    { scenario: "S2", solution: "P1", grade: 2 },
  ],
});

// A ranker that returns fixed scores, in the order given (already best first).
const fixed = (forScenario: Record<string, ScoredId[]>, forSolution: Record<string, ScoredId[]>): Ranker => ({
  solutionsFor: (s) => forScenario[s.id] ?? [],
  scenariosFor: async (p) => forSolution[p.id] ?? [],
});

describe("rankAll and evaluateDataset", () => {
  it("ranks every record of both sides, with sync or async rankers", async () => {
    const ranker = fixed(
      { S1: [{ id: "P2", score: 2 }, { id: "P1", score: 1 }], S2: [{ id: "P1", score: 1 }] },
      { P1: [{ id: "S2", score: 1 }], P2: [{ id: "S1", score: 1 }], P3: [] },
    );
    const rankings = await rankAll(data, ranker);
    expect([...rankings.scenarioToSolution.keys()]).toEqual(["S1", "S2"]);
    expect([...rankings.solutionToScenario.keys()]).toEqual(["P1", "P2", "P3"]);
    expect(rankings.scenarioToSolution.get("S1")).toEqual(["P2", "P1"]);

    const metrics = await evaluateDataset(data, ranker);
    // scenario → solution: S1 (P2 first) and S2 (P1 first) both perfect for MRR and R@10.
    expect(metrics.scenarioToSolution.mrr).toBe(1);
    expect(metrics.scenarioToSolution["r@10"]).toBe(1);
    // S1's ideal includes P3 (grade 1) which the ranking never lists: nDCG = 7 / (7 + 1/log2 3) for S1, 1 for S2.
    expect(metrics.scenarioToSolution["ndcg@10"]).toBeCloseTo((7 / (7 + 1 / Math.log2(3)) + 1) / 2, 12);
    // solution → scenario: P1 and P2 count (P3 only has grade 1), both perfect.
    expect(metrics.solutionToScenario).toEqual({ "p@5": 0.2, "r@10": 1, "ndcg@10": 1, mrr: 1 });
  });
});

describe("retrievalMisses", () => {
  it("counts the judged pairs (grade ≥ 1) retrieval never found, and the relevant ones among them", () => {
    const misses = retrievalMisses(data.qrels, {
      // S1's P2 (grade 3) found, P3 (grade 1) not; S2's P1 (grade 2) not; S2 asked, nothing found.
      scenarioToSolution: new Map([["S1", new Set(["P2", "P1"])], ["S2", new Set<string>()]]),
      // Only P2 was asked: P1's and P3's judgements are not counted.
      solutionToScenario: new Map([["P2", new Set(["S1"])]]),
    });
    expect(misses.scenarioToSolution).toEqual({ judged: 3, missed: 2, relevantMissed: 1 });
    expect(misses.solutionToScenario).toEqual({ judged: 1, missed: 0, relevantMissed: 0 });
  });
});
