import { describe, expect, it } from "vitest";
import { suggestGlossarySpelling } from "./query-suggestion";

describe("suggestGlossarySpelling", () => {
  it("corrects a misspelt glossary word by one edit (two from nine letters): swaps, missing and extra letters", () => {
    expect(suggestGlossarySpelling("inspecton")).toBe("inspection");
    expect(suggestGlossarySpelling("drnoe")).toBe("drone");
    expect(suggestGlossarySpelling("mointoring")).toBe("monitoring");
    expect(suggestGlossarySpelling("survelliance")).toBe("surveillance");
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

  it("makes no guess between two equally close glossary words", () => {
    // "wather" is one edit from both "water" and "weather".
    expect(suggestGlossarySpelling("wather")).toBeNull();
  });

  it("settles a tie between forms of one term, which find the same records, by the length typed", () => {
    // One edit from both "drone" and "drones", both "harbour" and "harbor": no guess about the meaning.
    expect(suggestGlossarySpelling("dronse")).toBe("drones");
    expect(suggestGlossarySpelling("harbuor")).toBe("harbour");
  });

  it("corrects towards plurals as the glossary has them", () => {
    expect(suggestGlossarySpelling("robts")).toBe("robots");
  });
});
