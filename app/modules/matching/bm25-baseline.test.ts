import { describe, expect, it } from "vitest";
import { bm25Idf, bm25Search, buildBm25Index, createBm25Ranker } from "./bm25-baseline";
import { dataset, scenario, solution } from "./fixtures.test-helpers";
import { mulberry32 } from "~/utils/seeded-random";
import { appendSegment, recordTerms, segment, termKey } from "./segment";

describe("segment", () => {
  it("cuts CJK runs into overlapping bigrams and keeps lower-cased Latin words", () => {
    expect(segment("无人机巡检 UAV-Dock 5G")).toEqual(["无人", "人机", "机巡", "巡检", "uav", "dock", "5g"]);
  });

  it("keeps a lone CJK character and does not bridge punctuation", () => {
    expect(segment("港，无人机")).toEqual(["港", "无人", "人机"]);
  });

  it("normalises full-width Latin letters and yields nothing for empty or symbol-only text", () => {
    expect(segment("ＴＤＬＡＳ")).toEqual(["tdlas"]);
    expect(segment("")).toEqual([]);
    expect(segment("<>!@#$%^&*() 😀")).toEqual([]);
  });

  it("reads all six matching fields of a record", () => {
    const terms = recordTerms(solution({ title: "甲", summary: "乙", description: "丙", tags: ["丁"], industryChain: ["戊"], category: "HEALTH" }));
    expect(terms).toEqual(["甲", "乙", "丙", "丁", "戊", "health"]);
  });
});

describe("appendSegment, keyed", () => {
  it("gives segment's terms in segment's order, a bigram of two CJK characters as a small integer and any other term as itself", () => {
    const keys: (number | string)[] = [];
    appendSegment("港，无人机 5G 𠀀𠀁 〇〇", keys, true);
    expect(keys).toEqual(segment("港，无人机 5G 𠀀𠀁 〇〇").map(termKey));
    expect(keys).toEqual(["港", termKey("无人"), termKey("人机"), "𠀀𠀁", "〇〇", "5g"]);
    expect(typeof termKey("无人")).toBe("number");
    expect(termKey("无人")).not.toBe(termKey("人无"));
    for (const key of keys) if (typeof key === "number") expect(Number.isSafeInteger(key) && key >= 0 && key < 2 ** 30).toBe(true);
  });

  it("agrees with segment over random mixtures of scripts, surrogate pairs, full-width forms and punctuation", () => {
    const pieces = ["无", "人", "机", "巡", "检", "㐀", "鿿", "豈", "〇", "々", "𠀀", "𪚥", " ", "A", "b", "5", "Ｇ", "-", "。", "é", "😀", "ｱ", "\n", "⺀"];
    const random = mulberry32(11);
    for (let n = 0; n < 20_000; n++) {
      let text = "";
      for (let i = Math.floor(random() * 12); i > 0; i--) text += pieces[Math.floor(random() * pieces.length)];
      const keys: (number | string)[] = [];
      appendSegment(text, keys, true);
      expect(keys, JSON.stringify(text)).toEqual(segment(text).map(termKey));
    }
  });
});

describe("bm25Search", () => {
  // d1 = [a, b] (length 2), d2 = [a, a, c] (length 3): average length 2.5, N = 2.
  const index = buildBm25Index([
    { id: "d1", terms: ["a", "b"] },
    { id: "d2", terms: ["a", "a", "c"] },
  ]);

  it("computes k1 = 1.2, b = 0.75 scores with the non-negative IDF", () => {
    // idf(a) = ln(1 + (2 − 2 + 0.5) / (2 + 0.5)) = ln 1.2
    expect(bm25Idf(index, "a")).toBeCloseTo(Math.log(1.2), 12);
    // d1: norm = 1.2 × (0.25 + 0.75 × 2/2.5) = 1.02; score = ln1.2 × 1 × 2.2 / (1 + 1.02)
    // d2: norm = 1.2 × (0.25 + 0.75 × 3/2.5) = 1.38; score = ln1.2 × 2 × 2.2 / (2 + 1.38)
    const results = bm25Search(index, ["a"]);
    expect(results.map((r) => r.id)).toEqual(["d2", "d1"]);
    expect(results[0].score).toBeCloseTo((Math.log(1.2) * 4.4) / 3.38, 12);
    expect(results[1].score).toBeCloseTo((Math.log(1.2) * 2.2) / 2.02, 12);
  });

  it("counts a repeated query term once", () => {
    expect(bm25Search(index, ["c", "c", "c"])).toEqual(bm25Search(index, ["c"]));
  });

  it("ranks every document, and breaks ties by id", () => {
    const tied = buildBm25Index([
      { id: "z", terms: ["x"] },
      { id: "m", terms: ["x"] },
      { id: "a", terms: ["y"] },
    ]);
    expect(bm25Search(tied, ["x"]).map((r) => r.id)).toEqual(["m", "z", "a"]);
    expect(bm25Search(tied, ["nothing"]).map((r) => r.id)).toEqual(["a", "m", "z"]);
  });
});

describe("createBm25Ranker", () => {
  const data = dataset({
    scenarios: [scenario({ id: "S1" }), scenario({ id: "S2", title: "医院智能导诊", summary: "导诊机器人", description: "门诊大厅导诊", tags: ["导诊"], category: "HEALTH", industryChain: ["医疗"] })],
    solutions: [
      solution({ id: "P1" }),
      solution({ id: "P2", title: "无人机自动机场", tags: ["无人机巡检"], category: "LOW_ALTITUDE" }),
      solution({ id: "P3", title: "智能导诊机器人", tags: ["导诊"], category: "HEALTH" }),
    ],
  });
  const ranker = createBm25Ranker(data);

  it("puts the textually matching record first in both directions and ranks all of the other side", () => {
    expect(ranker.solutionsFor(data.scenarios[0])[0].id).toBe("P2");
    expect(ranker.solutionsFor(data.scenarios[1])[0].id).toBe("P3");
    expect(ranker.solutionsFor(data.scenarios[0])).toHaveLength(3);
    expect(ranker.scenariosFor(data.solutions[2]).map((r) => r.id)).toEqual(["S2", "S1"]);
  });
});
