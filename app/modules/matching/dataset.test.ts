import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { MatchingDatasetError, loadMatchingDataset, mergeMatchingDatasets, parseMatchingDataset } from "./dataset";
import { dataset, scenario, solution } from "./fixtures.test-helpers";

const valid = () =>
  dataset({
    scenarios: [scenario({ id: "S1" }), scenario({ id: "S2" })],
    solutions: [solution({ id: "P1" }), solution({ id: "P2", firstUnit: { type: "FIRST_SET", status: "RECOGNISED" } })],
    qrels: [{ scenario: "S1", solution: "P2", grade: 3 }],
  });

function problemsOf(json: unknown): string[] {
  try {
    parseMatchingDataset(json);
  } catch (error) {
    expect(error).toBeInstanceOf(MatchingDatasetError);
    return (error as MatchingDatasetError).problems;
  }
  throw new Error("expected the data set to be rejected");
}

describe("parseMatchingDataset", () => {
  it("accepts a well-formed data set and keeps every record", () => {
    const parsed = parseMatchingDataset(valid());
    expect(parsed.scenarios.map((s) => s.id)).toEqual(["S1", "S2"]);
    expect(parsed.solutions[1].firstUnit).toEqual({ type: "FIRST_SET", status: "RECOGNISED" });
    expect(parsed.qrels).toHaveLength(1);
  });

  it("names the record by index and id, and the field, when a value is out of range", () => {
    const json = valid();
    (json.solutions[1] as { trl: number }).trl = 12;
    const problems = problemsOf(json);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^solutions\[1\] \(id P2\)\.trl: /);
  });

  it("reports a missing field and a wrong enum value together", () => {
    const json = JSON.parse(JSON.stringify(valid()));
    delete json.scenarios[0].title;
    json.scenarios[1].firstUnitTypes = ["FIRST_WHATEVER"];
    const problems = problemsOf(json);
    expect(problems.some((p) => p.startsWith("scenarios[0] (id S1).title:"))).toBe(true);
    expect(problems.some((p) => p.startsWith("scenarios[1] (id S2).firstUnitTypes[0]:"))).toBe(true);
  });

  it("rejects an inverted budget range", () => {
    const json = valid();
    json.scenarios[0].budgetMin = 500;
    expect(problemsOf(json)[0]).toMatch(/scenarios\[0\] \(id S1\)\.budgetMin: budgetMin must not exceed budgetMax/);
  });

  it("rejects another version, grades outside 0–3 and qrels pointing at unknown records", () => {
    expect(problemsOf({ ...valid(), version: 2 })[0]).toMatch(/^version:/);
    const badGrade = valid();
    badGrade.qrels[0].grade = 4;
    expect(problemsOf(badGrade)[0]).toMatch(/^qrels\[0\]\.grade:/);
    const unknown = valid();
    unknown.qrels.push({ scenario: "S9", solution: "P1", grade: 2 });
    expect(problemsOf(unknown)).toEqual([`qrels[1] (S9 → P1).scenario: unknown scenario id "S9"`]);
  });

  it("rejects duplicate ids and a pair judged twice", () => {
    const json = valid();
    json.solutions.push(solution({ id: "P1" }));
    json.qrels.push({ scenario: "S1", solution: "P2", grade: 1 });
    expect(problemsOf(json)).toEqual([
      "solutions[2] (id P1): duplicate id",
      "qrels[1] (S1 → P2): the same pair is judged twice",
    ]);
  });

  it("accepts records without a budget or price (null) and hostile text", () => {
    const json = valid();
    json.scenarios[0] = scenario({ id: "S1", budgetMin: null, budgetMax: null, title: "<script>alert(1)</script>😀' OR 1=1 --" });
    expect(parseMatchingDataset(json).scenarios[0].budgetMin).toBeNull();
  });

  it("reads a left-out list, district, text, budget, price or first-unit record as none; a present one is still checked", () => {
    const json = JSON.parse(JSON.stringify(valid()));
    for (const key of ["summary", "description", "industryChain", "tags", "district", "budgetMin", "budgetMax", "firstUnitTypes"]) delete json.scenarios[0][key];
    for (const key of ["summary", "description", "industryChain", "tags", "district", "priceMin", "priceMax", "firstUnit"]) delete json.solutions[0][key];
    const parsed = parseMatchingDataset(json);
    expect(parsed.scenarios[0]).toMatchObject({ summary: "", description: "", industryChain: [], tags: [], district: "", budgetMin: null, budgetMax: null, firstUnitTypes: [] });
    expect(parsed.solutions[0]).toMatchObject({ summary: "", description: "", industryChain: [], tags: [], district: "", priceMin: null, priceMax: null, firstUnit: null });
    json.solutions[0].tags = ["无人机", ""];
    expect(problemsOf(json)).toEqual([expect.stringMatching(/^solutions\[0\] \(id P1\)\.tags\[1\]: must not be empty/)]);
  });
});

describe("loadMatchingDataset", () => {
  it("reads a file, and says which file is unreadable or not JSON", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "matching-"));
    const good = path.join(dir, "good.json");
    await writeFile(good, JSON.stringify(valid()));
    expect((await loadMatchingDataset(good)).solutions).toHaveLength(2);

    const broken = path.join(dir, "broken.json");
    await writeFile(broken, "{ not json");
    await expect(loadMatchingDataset(broken)).rejects.toThrow(/broken\.json[\s\S]*not valid JSON/);
    await expect(loadMatchingDataset(path.join(dir, "missing.json"))).rejects.toThrow(/missing\.json[\s\S]*cannot read/);
  });
});

describe("mergeMatchingDatasets", () => {
  it("makes one marketplace of several sets, ids prefixed per set and every judgement kept within its set", () => {
    const first = parseMatchingDataset(valid());
    const second = parseMatchingDataset(valid());
    const merged = mergeMatchingDatasets([
      { label: "a", dataset: first },
      { label: "b", dataset: second },
    ]);
    expect(merged.name).toBe("a + b");
    expect(merged.scenarios.map((s) => s.id)).toEqual(["a/S1", "a/S2", "b/S1", "b/S2"]);
    expect(merged.solutions.map((s) => s.id)).toEqual(["a/P1", "a/P2", "b/P1", "b/P2"]);
    expect(merged.qrels).toEqual([
      { scenario: "a/S1", solution: "a/P2", grade: 3 },
      { scenario: "b/S1", solution: "b/P2", grade: 3 },
    ]);
    expect(merged.solutions[1].firstUnit).toEqual({ type: "FIRST_SET", status: "RECOGNISED" });
    // The merged set is itself a valid data set (unique ids, judgements pointing at its records).
    expect(() => parseMatchingDataset(merged)).not.toThrow();
    // The inputs are not changed.
    expect(first.scenarios[0].id).toBe("S1");
  });

  it("refuses the same set twice, which would only duplicate every record", () => {
    const set = parseMatchingDataset(valid());
    expect(() => mergeMatchingDatasets([{ label: "a", dataset: set }, { label: "a", dataset: set }])).toThrow(MatchingDatasetError);
  });
});
