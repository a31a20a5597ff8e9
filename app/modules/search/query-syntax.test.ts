import { describe, expect, it } from "vitest";
import { excludedSpans, hasQueryOperators, phraseForm, phrasePattern, queryAsQuoted, queryUnits, readQuerySyntax, withoutPhraseQuotes, withPlainOperators } from "./query-syntax";

describe("readQuerySyntax", () => {
  it.each([
    ["无人机 巡检", { text: "无人机 巡检", phrases: [], excluded: [], excludedPhrases: [], looseText: "无人机 巡检" }],
    ["无人机 -巡检", { text: "无人机", phrases: [], excluded: ["巡检"], excludedPhrases: [], looseText: "无人机" }],
    ["-巡检", { text: "", phrases: [], excluded: ["巡检"], excludedPhrases: [], looseText: "" }],
    ['港口 -"门座起重机" crane', { text: "港口 crane", phrases: [], excluded: [], excludedPhrases: ["门座起重机"], looseText: "港口 crane" }],
    ['"无人机巡检" 电力', { text: "无人机巡检 电力", phrases: ["无人机巡检"], excluded: [], excludedPhrases: [], looseText: "电力" }],
    ['"grid  inspection"', { text: "grid inspection", phrases: ["grid  inspection"], excluded: [], excludedPhrases: [], looseText: "" }],
    // Curly and full-width quotes and minus, as Chinese input methods type them.
    ["“无人机巡检” －人工", { text: "无人机巡检", phrases: ["无人机巡检"], excluded: ["人工"], excludedPhrases: [], looseText: "" }],
    // Corner brackets, the quotation marks of Traditional Chinese (a Hong Kong or Taiwan input method).
    ["「無人機巡檢」 -『起重機』 港口", { text: "無人機巡檢 港口", phrases: ["無人機巡檢"], excluded: [], excludedPhrases: ["起重機"], looseText: "港口" }],
    // A quote left open runs to the end, as on Meilisearch.
    ['无人机 "自动机场', { text: "无人机 自动机场", phrases: ["自动机场"], excluded: [], excludedPhrases: [], looseText: "无人机" }],
    ['-"自动机场', { text: "", phrases: [], excluded: [], excludedPhrases: ["自动机场"], looseText: "" }],
    // No operator: a hyphen inside a word, a dash standing alone, a minus or quotes around nothing.
    ["multi-rotor drone", { text: "multi-rotor drone", phrases: [], excluded: [], excludedPhrases: [], looseText: "multi-rotor drone" }],
    ["无人机 - 巡检", { text: "无人机 - 巡检", phrases: [], excluded: [], excludedPhrases: [], looseText: "无人机 - 巡检" }],
    // The dashes an input method types for a minus: the em dash (Shift+- in Chinese), hyphens, the minus sign.
    ["无人机 ——巡检 —人工 ‐乙 −丙", { text: "无人机", phrases: [], excluded: ["巡检", "人工", "乙", "丙"], excludedPhrases: [], looseText: "无人机" }],
    ['无人机 "" -- -""', { text: "无人机", phrases: [], excluded: [], excludedPhrases: [], looseText: "无人机" }],
    ["", { text: "", phrases: [], excluded: [], excludedPhrases: [], looseText: "" }],
  ])("%j", (q, expected) => {
    expect(readQuerySyntax(q)).toEqual(expected);
  });

  it("says whether a query uses an operator", () => {
    expect(hasQueryOperators("无人机 巡检")).toBe(false);
    expect(hasQueryOperators("multi-rotor")).toBe(false);
    expect(hasQueryOperators("无人机 -巡检")).toBe(true);
    expect(hasQueryOperators("“无人机巡检”")).toBe(true);
  });
});

describe("queryUnits", () => {
  it("cuts a query into runs without a space and operators, in the order typed", () => {
    const units = (q: string) => queryUnits(q).map(({ typed, operator }) => (operator ? `[${typed}]` : typed));
    expect(units('港口 -"门座起重机" crane')).toEqual(["港口", '[-"门座起重机"]', "crane"]);
    expect(units("“无人机巡检”电力 －人工 multi-rotor")).toEqual(['["无人机巡检"]', "电力", "[-人工]", "multi-rotor"]);
    // A quote inside a run opens a phrase there, as Meilisearch reads it; a quote left open is closed.
    expect(units('无人机"自动机场')).toEqual(["无人机", '["自动机场"]']);
    // Operators without a word are no units; a dash standing alone is a run of its own.
    expect(units('无人机 "" -- - 巡检')).toEqual(["无人机", "-", "巡检"]);
    expect(units("")).toEqual([]);
  });
});

describe("withPlainOperators", () => {
  it("makes curly quotes and a full-width or typographic minus at a word's start plain", () => {
    expect(withPlainOperators("“智慧港口” －起重机 −x")).toBe('"智慧港口" -起重机 -x');
    // Inside a word a dash is the writer's, not an operator.
    expect(withPlainOperators("2020–2024")).toBe("2020–2024");
  });
});

describe("phraseForm", () => {
  it("compares phrases across case, width, punctuation and the spaces around Chinese", () => {
    expect(phraseForm("Grid-Inspection  ＵＡＶ")).toBe("grid inspection uav");
    expect(phraseForm("无人机 巡检")).toBe("无人机巡检");
    expect(phraseForm("无人机 UAV")).toBe("无人机uav");
    // A comma or full stop ends the phrase: 无人机，巡检 does not hold the phrase 无人机巡检.
    expect(phraseForm("无人机，巡检. Grid, inspection")).toBe("无人机|巡检|grid|inspection");
  });
});

describe("phrasePattern", () => {
  const marked = (text: string, phrase: string) => [...text.toLowerCase().matchAll(phrasePattern(phrase)!)].map((found) => text.slice(found.index, found.index + found[0].length));

  it("finds a phrase in a text as phraseForm compares them, over the text's own characters", () => {
    expect(marked("无人机巡检平台，无人机测绘，无人机 巡检", "无人机巡检")).toEqual(["无人机巡检", "无人机 巡检"]);
    expect(marked("Drone-based grid-inspection and Grid Inspection", "grid inspection")).toEqual(["grid-inspection", "Grid Inspection"]);
    expect(marked("5G 基站巡检", "5g基站")).toEqual(["5G 基站"]);
    // A clause break is where phraseForm has one; none elsewhere.
    expect(marked("无人机，巡检", "无人机，巡检")).toEqual(["无人机，巡检"]);
    expect(marked("无人机巡检", "无人机，巡检")).toEqual([]);
  });

  it("keeps Latin word edges and treats the phrase's characters literally", () => {
    expect(marked("email ai", "ai")).toEqual(["ai"]);
    expect(marked("基于5g与ai的平台", "5g")).toEqual(["5g"]);
    expect(marked("c++ (beta)", "c++ (beta)")).toEqual(["c++ (beta)"]);
    expect(phrasePattern("“ ”")).toBeNull();
  });
});

describe("withoutPhraseQuotes", () => {
  it("takes the quotes away and keeps everything else in the order typed", () => {
    expect(withoutPhraseQuotes('"port crane" 日照 -巡检 -"自动机场"')).toBe('port crane 日照 -巡检 -"自动机场"');
    expect(withoutPhraseQuotes("“无人机巡检”")).toBe("无人机巡检");
    expect(withoutPhraseQuotes("「无人机巡检」")).toBe("无人机巡检");
    // A minus inside a phrase is wording, not an operator: without the quotes it must not leave the word out.
    expect(withoutPhraseQuotes('"港口 -起重机"')).toBe("港口 起重机");
    expect(withoutPhraseQuotes("港口 -起重机")).toBeNull();
  });
});

describe("excludedSpans", () => {
  it("says where each excluded term was typed, minus and quotes included, as readQuerySyntax reads it", () => {
    const spans = (q: string) => excludedSpans(q).map(([start, end]) => q.slice(start, end));
    expect(spans('港口 -岚山 -"无人机 岚山" ——首台套 -drone,lanshan')).toEqual(["-岚山", '-"无人机 岚山"', "——首台套", "-drone,lanshan"]);
    // A quote inside an excluded word is part of the word, as readQuerySyntax reads it: what follows is no phrase.
    expect(spans('口 —b"– a“-”')).toEqual(['—b"–']);
    expect(spans('"岚山" 无人机-岚山 - 岚山')).toEqual([]);
  });
});

describe("queryAsQuoted", () => {
  it("drops the quotes of a query that is one quoted phrase, in any quote the search reads", () => {
    expect(queryAsQuoted('"drone inspection"')).toBe("drone inspection");
    expect(queryAsQuoted("“无需训练”")).toBe("无需训练");
    expect(queryAsQuoted("「无人机巡检」")).toBe("无人机巡检");
    expect(queryAsQuoted(' "港口 -起重机" ')).toBe("港口 -起重机");
  });

  it("quotes anything else as typed: several parts, an open quote, an empty phrase, plain words", () => {
    for (const q of ['"无人机" "巡检"', 'drone "x"', '"drone', '""', '" "', "plain words"]) expect(queryAsQuoted(q), q).toBe(q);
  });
});
