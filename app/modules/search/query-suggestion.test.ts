import { describe, expect, it } from "vitest";
import { segmentChinese } from "./chinese-words.server";
import { completeGlossaryWords, relatedGlossaryQueries, suggestGlossarySpelling } from "./query-suggestion";

describe("completeGlossaryWords", () => {
  it("completes a short unknown word to the one glossary word it begins, keeping the rest as typed", () => {
    expect(completeGlossaryWords("dron")).toBe("drone");
    expect(completeGlossaryWords("Dron 巡检")).toBe("drone 巡检");
    expect(completeGlossaryWords("港口 dron, please")).toBe("港口 drone, please");
  });

  it("says nothing for known words, stop words, words under three letters, long words or several meanings", () => {
    for (const query of ["drone", "port", "the", "dr", "ai", "abcd", "inspectio", "无人机", ""]) expect(completeGlossaryWords(query), query).toBeNull();
  });
});

describe("suggestGlossarySpelling", () => {
  it("corrects a misspelt glossary word by one edit (two from nine letters): swaps, missing and extra letters", () => {
    expect(suggestGlossarySpelling("inspecton")).toBe("inspection");
    expect(suggestGlossarySpelling("drnoe")).toBe("drone");
    expect(suggestGlossarySpelling("mointoring")).toBe("monitoring");
    expect(suggestGlossarySpelling("survelliance")).toBe("surveillance");
  });

  it("offers the glossary's form of another form of its word: inspected, inspecting, inspects → inspection", () => {
    for (const query of ["inspected", "inspecting", "inspects"]) expect(suggestGlossarySpelling(query), query).toBe("inspection");
    // Before a misspelling: "monitored" is a form of monitoring, though one edit from monitors.
    expect(suggestGlossarySpelling("monitored")).toBe("monitoring");
    expect(suggestGlossarySpelling("port inspected daily")).toBe("port inspection daily");
  });

  it("says nothing for a correct word, Chinese, a word under five letters, or one nothing is close to", () => {
    for (const query of ["inspection", "surveillance", "无人机巡检", "dron", "abcdefgh", ""]) expect(suggestGlossarySpelling(query)).toBeNull();
  });

  it("keeps the rest of the query as typed: Chinese, case, punctuation and stop words", () => {
    expect(suggestGlossarySpelling("港口 inspecton")).toBe("港口 inspection");
    expect(suggestGlossarySpelling("港口inspecton")).toBe("港口inspection");
    expect(suggestGlossarySpelling("The PORT inspecton, please")).toBe("The PORT inspection, please");
  });

  it("corrects a word of a multi-word term when its neighbours complete the term, and only then", () => {
    expect(suggestGlossarySpelling("cold chian")).toBe("cold chain");
    expect(suggestGlossarySpelling("digtal twin")).toBe("digital twin");
    expect(suggestGlossarySpelling("smrat port")).toBe("smart port");
    // "chain" alone is no glossary term, and "cold, chian" is not the phrase.
    expect(suggestGlossarySpelling("chian")).toBeNull();
    expect(suggestGlossarySpelling("cold, chian")).toBeNull();
  });

  it("leaves the modifier half of a hyphenated compound alone: the engines do not look for it", () => {
    expect(suggestGlossarySpelling("AI-powered")).toBeNull();
    expect(suggestGlossarySpelling("AI-powered inspecton")).toBe("AI-powered inspection");
  });

  it("makes no guess between two equally close glossary words", () => {
    // "wather" is one edit from both "water" and "weather".
    expect(suggestGlossarySpelling("wather")).toBeNull();
  });

  it("settles a tie between forms of one term, which find the same records, by the length typed", () => {
    // One edit from both "drone" and "drones", both "harbour" and "harbor": no guess about the meaning.
    expect(suggestGlossarySpelling("dronse")).toBe("drones");
    expect(suggestGlossarySpelling("harbuor")).toBe("harbour");
    // A letter too many after a whole form is that form, not the plural as long as the typo (a QA review).
    expect(suggestGlossarySpelling("carbonn")).toBe("carbon");
    expect(suggestGlossarySpelling("robott")).toBe("robot");
    // The same when the typo reads as an inflection (porte: the stem port), where the plural won before.
    expect(suggestGlossarySpelling("porte")).toBe("port");
  });

  it("corrects towards plurals as the glossary has them", () => {
    expect(suggestGlossarySpelling("robts")).toBe("robots");
  });
});

describe("relatedGlossaryQueries", () => {
  const related = (query: string, limit?: number) => relatedGlossaryQueries(query, segmentChinese, limit).map((item) => item.q);

  it("offers the other Chinese words of a glossary word's entries, each as a query of its own", () => {
    // 巡检 is in "inspection" (巡检, 巡查, 巡视, 检查); 巡查 also in "patrol" (巡查, 巡逻).
    expect(related("巡检")).toEqual(["巡查", "巡视", "检查"]);
    expect(related("巡查")).toEqual(["巡检", "巡视", "检查", "巡逻"]);
  });

  it("swaps the word where it stands and keeps the rest of the query as typed", () => {
    expect(related("无人机巡检")).toEqual(["无人机巡查", "无人机巡视", "无人机检查"]);
    // 港口 comes first (harbour: 港口, 港区, 码头), then 巡检.
    expect(related("港口 巡检 Robot")).toEqual(["港区 巡检 Robot", "码头 巡检 Robot", "港口 巡查 Robot", "港口 巡视 Robot", "港口 检查 Robot"]);
    expect(relatedGlossaryQueries("无人机巡检", segmentChinese)[0]).toEqual({ word: "巡检", related: "巡查", q: "无人机巡查" });
  });

  it("takes only whole words of the query, the longest glossary word first", () => {
    // 心电网络 is 心电 | 网络: 电网 (power grid) is no word of it; 网络 (network: 网络, 组网) is.
    expect(relatedGlossaryQueries("心电网络", segmentChinese).map((item) => item.word)).toEqual(["网络"]);
    // 视频监控 is a glossary word of its own (surveillance: 视频监控, 监视), so 监控 inside it is not swapped.
    expect(related("视频监控")).toEqual(["监视"]);
  });

  it("leaves out siblings the query already has, and stops at the limit", () => {
    expect(related("巡检 巡查")).toEqual(["巡视 巡查", "检查 巡查", "巡检 巡视", "巡检 检查", "巡检 巡逻"]);
    expect(related("巡查", 2)).toEqual(["巡检", "巡视"]);
  });

  it("says nothing for English, for words outside the glossary, or for an empty query", () => {
    for (const query of ["inspection", "区块链", "", "   "]) expect(related(query)).toEqual([]);
  });
});
