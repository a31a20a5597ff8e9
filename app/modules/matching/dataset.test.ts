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

  it("reports every missing or malformed required field together", () => {
    const json = JSON.parse(JSON.stringify(valid()));
    delete json.scenarios[0].title;
    json.solutions[1].category = "";
    json.solutions[0].trl = "7";
    const problems = problemsOf(json);
    expect(problems).toEqual([
      "scenarios[0] (id S1).title: required",
      "solutions[0] (id P1).trl: expected number, got string",
      "solutions[1] (id P2).category: must not be empty",
    ]);
  });

  it("rejects another version, grades outside 0–3, duplicate ids and lists that are not lists of text", () => {
    expect(problemsOf({ ...valid(), version: 2 })[0]).toMatch(/^version:/);
    const badGrade = valid();
    badGrade.qrels[0].grade = 4;
    expect(problemsOf(badGrade)[0]).toMatch(/^qrels\[0\]\.grade:/);
    const duplicate = valid();
    duplicate.solutions.push(solution({ id: "P1" }));
    expect(problemsOf(duplicate)).toEqual(["solutions[2] (id P1): duplicate id"]);
    const notText = JSON.parse(JSON.stringify(valid()));
    notText.scenarios[1].tags = ["无人机", 7];
    expect(problemsOf(notText)).toEqual([expect.stringMatching(/^scenarios\[1\] \(id S2\)\.tags\[1\]: expected string/)]);
  });

  it("repairs what still leaves every record rankable, and says what it repaired", () => {
    const json = JSON.parse(JSON.stringify(valid()));
    json.scenarios[0].budgetMin = 500; // budgetMax 200
    json.scenarios[1].firstUnitTypes = ["first_set", "FIRST_WHATEVER", "FIRST_SET"];
    json.solutions[0].tags = ["无人机", "", "  "];
    json.solutions[0].enterpriseTier = "UNICORN";
    json.solutions[0].firstUnit = { type: "FIRST_SET", status: "CERTIFIED" };
    json.solutions[1].firstUnit = { type: "first-version", status: "recognised" };
    json.qrels.push({ scenario: "S9", solution: "P1", grade: 2 }, { scenario: "S1", solution: "P2", grade: 1 }, { scenario: "S2", solution: "P1", grade: 1 }, { scenario: "S2", solution: "P1", grade: 2 });
    const parsed = parseMatchingDataset(json);
    expect(parsed.scenarios[0]).toMatchObject({ budgetMin: 200, budgetMax: 500 });
    expect(parsed.scenarios[1].firstUnitTypes).toEqual(["FIRST_SET"]);
    expect(parsed.solutions[0]).toMatchObject({ tags: ["无人机"], enterpriseTier: null, firstUnit: null });
    expect(parsed.solutions[1].firstUnit).toEqual({ type: "FIRST_VERSION", status: "RECOGNISED" });
    // The unknown record's judgement is left out; a pair judged twice keeps its higher grade.
    expect(parsed.qrels).toEqual([
      { scenario: "S1", solution: "P2", grade: 3 },
      { scenario: "S2", solution: "P1", grade: 2 },
    ]);
    expect(parsed.warnings).toEqual([
      "scenarios[0] (id S1).budgetMin: budgetMin 500 exceeds budgetMax 200; read as 200–500",
      'scenarios[1] (id S2).firstUnitTypes[1]: unknown first-unit type "FIRST_WHATEVER" left out (FIRST_SET, FIRST_BATCH, FIRST_VERSION)',
      'solutions[0] (id P1).enterpriseTier: unknown tier "UNICORN" read as none (STARTUP, TECH_SME, HIGH_TECH, TECH_LEADER)',
      'solutions[0] (id P1).firstUnit: unknown status "CERTIFIED" — read as no first-unit record',
      "solutions[0] (id P1).tags: 2 empty entries left out",
      'qrels[1] (S9 → P1): unknown scenario id "S9"; judgement left out',
      "qrels[2] (S1 → P2): the pair is judged twice (3 and 1); the higher grade is kept",
      "qrels[4] (S2 → P1): the pair is judged twice (1 and 2); the higher grade is kept",
    ]);
    expect(parseMatchingDataset(valid()).warnings).toEqual([]);
  });

  it("accepts records without a budget or price (null) and hostile text", () => {
    const json = valid();
    json.scenarios[0] = scenario({ id: "S1", budgetMin: null, budgetMax: null, title: "<script>alert(1)</script>😀' OR 1=1 --" });
    expect(parseMatchingDataset(json).scenarios[0].budgetMin).toBeNull();
  });

  it("reads a left-out or null list, district, text, budget, price or first-unit record as none; a present one is still checked", () => {
    const json = JSON.parse(JSON.stringify(valid()));
    for (const key of ["summary", "description", "industryChain", "tags", "district", "budgetMin", "budgetMax", "firstUnitTypes"]) delete json.scenarios[0][key];
    for (const key of ["summary", "description", "industryChain", "tags", "district", "priceMin", "priceMax", "firstUnit"]) delete json.solutions[0][key];
    for (const key of ["summary", "description", "industryChain", "tags", "district", "budgetMin", "budgetMax", "firstUnitTypes", "deadline"]) json.scenarios[1][key] = null;
    for (const key of ["summary", "description", "industryChain", "tags", "district", "priceMin", "priceMax", "firstUnit", "enterpriseTier"]) json.solutions[1][key] = null;
    const parsed = parseMatchingDataset(json);
    const noScenarioDetails = { summary: "", description: "", industryChain: [], tags: [], district: "", budgetMin: null, budgetMax: null, firstUnitTypes: [] };
    const noSolutionDetails = { summary: "", description: "", industryChain: [], tags: [], district: "", priceMin: null, priceMax: null, firstUnit: null };
    expect(parsed.scenarios[0]).toMatchObject(noScenarioDetails);
    expect(parsed.scenarios[1]).toMatchObject(noScenarioDetails);
    expect(parsed.solutions[0]).toMatchObject(noSolutionDetails);
    expect(parsed.solutions[1]).toMatchObject({ ...noSolutionDetails, enterpriseTier: null });
    expect(parsed.warnings).toEqual([]);
    json.solutions[0].priceMin = -5;
    expect(problemsOf(json)).toEqual([expect.stringMatching(/^solutions\[0\] \(id P1\)\.priceMin: must be at least 0/)]);
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
