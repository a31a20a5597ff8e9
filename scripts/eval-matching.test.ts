// `npm run eval:matching` as a user runs it: a child process, one JSON line last on stdout.
import { execFile } from "node:child_process";
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { DEV_QRELS, DEV_SCENARIOS, DEV_SOLUTIONS } from "../prisma/seed-data/matching-dev";

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, "..");
const tsx = path.join(root, "node_modules/.bin/tsx");

async function evaluate(...datasets: string[]) {
  const { stdout } = await run(tsx, [path.join(root, "scripts/eval-matching.ts"), ...datasets], { cwd: root, timeout: 120_000 });
  const lines = stdout.trim().split("\n");
  return JSON.parse(lines.at(-1)!) as Record<string, Record<string, number> & { scenarioToSolution?: Record<string, number>; solutionToScenario?: Record<string, number> }>;
}

const METRICS = ["p@5", "r@10", "ndcg@10", "mrr"];

describe("npm run eval:matching", () => {
  it("prints the issue's JSON line for the development set, meeting the quality bar and not below the baseline", async () => {
    // The repository's copy of ../shared/data/matching-dev.json (the seed uses it too), so the test needs
    // nothing outside the clone.
    const dir = await mkdtemp(path.join(tmpdir(), "eval-dev-"));
    const dev = path.join(dir, "matching-dev.json");
    await writeFile(dev, JSON.stringify({ version: 1, name: "dev", scenarios: DEV_SCENARIOS, solutions: DEV_SOLUTIONS, qrels: DEV_QRELS }));
    const result = await evaluate(dev);
    for (const direction of ["scenarioToSolution", "solutionToScenario"] as const) {
      const metrics = result[direction]!;
      expect(Object.keys(metrics).sort()).toEqual([...METRICS].sort());
      expect(metrics["ndcg@10"]).toBeGreaterThanOrEqual(0.93);
      expect(metrics.mrr).toBeGreaterThanOrEqual(0.93);
      expect(metrics["r@10"]).toBeGreaterThanOrEqual(0.95);
      const baseline = result.baseline![direction] as unknown as Record<string, number>;
      expect(Object.keys(baseline).sort()).toEqual([...METRICS].sort());
      expect(metrics["ndcg@10"]).toBeGreaterThanOrEqual(baseline["ndcg@10"]!);
      expect(metrics.mrr).toBeGreaterThanOrEqual(baseline.mrr!);
      expect(metrics["r@10"]).toBeGreaterThanOrEqual(baseline["r@10"]!);
    }
  }, 120_000);

  // Sets written by colleagues who never saw the method (tests/fixtures): the quality bar holds on them too.
  // The method as it is (with the latent space) was chosen with the first ten in view (ADR 0011), so they
  // are not clean held-out sets; the later ones were written after the choice and only measure it. Against
  // the baseline the method is above on most of them but within a rank's swap of it on a few (down to
  // 0.0013 below in one direction, nearly always solution → scenario, where both rank the relevant scenario
  // first and differ only in where a related one lands), so "not below the baseline" is asserted on the
  // development set only; ADR 0011 has the figures.
  it.each([
    "matching-holdout.json",
    "matching-holdout-2.json",
    "matching-holdout-3.json",
    "matching-holdout-4.json",
    "matching-holdout-5.json",
    "matching-holdout-6.json",
    "matching-holdout-7.json",
    "matching-holdout-8.json",
    "matching-holdout-9.json",
    "matching-holdout-10.json",
    "matching-holdout-11.json",
    "matching-holdout-12.json",
    "matching-holdout-13.json",
    "matching-holdout-14.json",
    "matching-holdout-15.json",
    "matching-holdout-16.json",
    "matching-holdout-17.json",
    "matching-holdout-18.json",
    "matching-holdout-19.json",
    "matching-holdout-20.json",
    "matching-holdout-21.json",
    "matching-holdout-22.json",
    "matching-holdout-23.json",
    "matching-holdout-24.json",
    "matching-holdout-25.json",
    "matching-holdout-26.json",
    "matching-holdout-27.json",
  ])("meets the quality bar on %s", async (file) => {
    const result = await evaluate(path.join(root, "tests/fixtures", file));
    for (const direction of ["scenarioToSolution", "solutionToScenario"] as const) {
      const metrics = result[direction]!;
      expect(metrics["ndcg@10"]).toBeGreaterThanOrEqual(0.93);
      expect(metrics.mrr).toBeGreaterThanOrEqual(0.93);
      expect(metrics["r@10"]).toBeGreaterThanOrEqual(0.95);
    }
  }, 120_000);

  it("works on any data set of the format and fails clearly on a broken one", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "eval-"));
    const tiny = path.join(dir, "tiny.json");
    await writeFile(
      tiny,
      JSON.stringify({
        version: 1,
        scenarios: [{ id: "a", title: "港口无人机巡检", summary: "", description: "门机巡检", category: "LOW_ALTITUDE", industryChain: [], tags: ["巡检"], district: "", budgetMin: null, budgetMax: null, firstUnitTypes: [] }],
        solutions: [
          { id: "x", title: "无人机巡检服务", summary: "", description: "", category: "LOW_ALTITUDE", industryChain: [], tags: [], trl: 8, priceMin: null, priceMax: null, district: "", firstUnit: null },
          { id: "y", title: "光伏清洗", summary: "", description: "", category: "GREEN_LOW_CARBON", industryChain: [], tags: [], trl: 8, priceMin: null, priceMax: null, district: "", firstUnit: null },
        ],
        qrels: [{ scenario: "a", solution: "x", grade: 3 }],
      }),
    );
    const result = await evaluate(tiny);
    expect(result.scenarioToSolution!.mrr).toBe(1);
    expect(result.solutionToScenario!.mrr).toBe(1);

    // Several files are one marketplace: a copy of the set in a second file puts an identical, unjudged drone
    // inspection service beside each scenario's own. The twins tie and go by id ("other/x" before "tiny/x"),
    // so one of the two scenarios finds its judged service second: MRR (1 + 1/2) / 2 in both directions.
    const other = path.join(dir, "other.json");
    await writeFile(other, await readFile(tiny, "utf8"));
    const merged = await evaluate(tiny, other);
    expect(merged.scenarioToSolution!.mrr).toBe(0.75);
    expect(merged.solutionToScenario!.mrr).toBe(0.75);
    expect(merged.scenarioToSolution!["r@10"]).toBe(1);
    await expect(evaluate(tiny, tiny)).rejects.toMatchObject({ stderr: expect.stringContaining("the same data set is given twice") });
    // A set written a little differently (a null list, a code in lower case, one pair judged twice) is evaluated,
    // and what was read differently is said on stderr.
    const loose = path.join(dir, "loose.json");
    const looseSet = JSON.parse(await readFile(tiny, "utf8"));
    looseSet.scenarios[0].industryChain = null;
    looseSet.scenarios[0].firstUnitTypes = ["first_set"];
    looseSet.solutions[0].firstUnit = { type: "FIRST_SET", status: "CERTIFIED" };
    looseSet.qrels.push({ scenario: "a", solution: "x", grade: 2 });
    await writeFile(loose, JSON.stringify(looseSet));
    const { stdout, stderr } = await run(tsx, [path.join(root, "scripts/eval-matching.ts"), loose], { cwd: root, timeout: 120_000 });
    expect(JSON.parse(stdout.trim().split("\n").at(-1)!).scenarioToSolution.mrr).toBe(1);
    expect(stderr).toContain('loose: warning: solutions[0] (id x).firstUnit: unknown status "CERTIFIED" — read as no first-unit record');
    expect(stderr).toContain("loose: warning: qrels[1] (a → x): the pair is judged twice (3 and 2); the higher grade is kept");
    expect(stderr).not.toContain("firstUnitTypes");
    const broken = path.join(dir, "broken.json");
    await writeFile(broken, JSON.stringify({ version: 1, scenarios: [{ id: "a" }], solutions: [], qrels: [] }));
    await expect(evaluate(broken)).rejects.toMatchObject({ stderr: expect.stringContaining("scenarios[0] (id a).title") });
  }, 120_000);
});
