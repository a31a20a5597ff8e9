import { describe, expect, it } from "vitest";
import { synonymLookup } from "./synonyms";
import { segmentChinese } from "./chinese-words.server";
import { chineseQueryWords, containsWord, hasSearchableWords, parseQuery, tokenizeForIndex, withoutCompoundModifiers, withoutStopWords } from "./tokenizer";

describe("tokenizeForIndex", () => {
  it("cuts Chinese runs into overlapping two-character pieces so every sub-word is findable", () => {
    expect(tokenizeForIndex("集装箱码头")).toEqual(["集装", "装箱", "箱码", "码头"]);
  });

  it("keeps a single Chinese character as a token", () => {
    expect(tokenizeForIndex("港 A")).toEqual(["港", "a"]);
  });

  it("lower-cases Latin words and keeps numbers, dropping punctuation and emoji", () => {
    expect(tokenizeForIndex("UAV-Inspection, 5G 2025年!😀")).toEqual(["uav", "inspection", "5g", "2025", "年", "uavinspection"]);
  });

  it("indexes a hyphenated Latin compound as its words and as one word, but not numbers joined by hyphens", () => {
    expect(tokenizeForIndex("支持e-VTOL与NB‑IoT，2027-09交付")).toEqual(["支持", "e", "vtol", "与", "nb", "iot", "2027", "09", "交付", "evtol", "nbiot"]);
  });

  it("reads text without invisible format characters and Latin diacritics", () => {
    expect(tokenizeForIndex("无\u200B人机 Drône\u00AD CAFÉ")).toEqual(["无人", "人机", "drone", "cafe"]);
  });

  it("folds full-width letters and digits", () => {
    expect(tokenizeForIndex("ＵＡＶ１２")).toEqual(["uav12"]);
  });

  it("adds dictionary words whole, Latin ones only at word boundaries", () => {
    const tokens = tokenizeForIndex("首台套认定 said", ["首台套", "AI"]);
    expect(tokens).toContain("首台套");
    expect(tokens).not.toContain("ai");
  });
});

describe("parseQuery", () => {
  const dictionary = ["无人机", "首台套"];
  const synonyms = [["无人机", "UAV", "无人驾驶航空器"]];

  it("leaves out a run of Chinese function words standing apart: 的 is no word a record must contain", () => {
    const terms = (query: string) => parseQuery(query, dictionary).map((word) => word.terms[0]);
    expect(terms("的 无人机")).toEqual(["无人机"]);
    expect(terms("无人机 的")).toEqual(["无人机"]);
    expect(terms("港口 和 的 码头")).toEqual(["港口", "码头"]);
    expect(terms("的和")).toEqual([]);
    expect(terms("船 和谐")).toEqual(["船", "和谐"]);
  });

  it("splits a Chinese run at dictionary words and keeps the rest as a phrase of pieces", () => {
    const words = parseQuery("无人机巡检", dictionary);
    expect(words.map((word) => word.terms[0])).toEqual(["无人机", "巡检"]);
    expect(words[0]!.alternatives).toEqual([["无人机"]]);
    // 巡检 follows 无人机 directly: the piece across them (机巡) is a second, higher-scoring alternative.
    expect(words[1]!.alternatives).toEqual([["巡检"], ["机巡", "巡检"]]);
    expect(parseQuery("无人机 巡检", dictionary)[1]!.alternatives).toEqual([["巡检"]]);
    expect(parseQuery("无人机港口调度", dictionary).map((word) => word.alternatives)).toEqual([[["无人机"]], [["港口", "口调", "调度"], ["机港", "港口", "口调", "调度"]]]);
  });

  it("reads segmenter words that together are a synonym key as one word with the key's synonyms", () => {
    // jieba cuts the glossary's 自动机场 (drone dock) as 自动 | 机场; its English synonyms were lost.
    const segmenter = (run: string) => (run === "港口自动机场" ? ["港口", "自动", "机场"] : run === "自动机场" ? ["自动", "机场"] : [run]);
    const lookup = synonymLookup({ oneWaySynonyms: { 自动机场: ["drone dock"] } });
    const [dock] = parseQuery("自动机场", [], lookup, new Set(), segmenter);
    // As Chinese it matches as the two words did (both, and the piece across them as a bonus); or the synonym.
    expect(dock).toEqual({ terms: ["自动机场", "自动机场", "drone dock"], alternatives: [["自动", "机场"], ["自动", "机场", "动机"], ["drone", "dock"]] });
    expect(parseQuery("港口自动机场", [], lookup, new Set(), segmenter).map((word) => word.terms[0])).toEqual(["港口", "自动机场"]);
    // Words apart are not a key, and without the key the words stay as they were.
    expect(parseQuery("自动 机场", [], lookup, new Set(), segmenter).map((word) => word.terms[0])).toEqual(["自动", "机场"]);
    expect(parseQuery("自动机场", [], new Map(), new Set(), segmenter).map((word) => word.alternatives)).toEqual([[["自动"]], [["机场"], ["动机", "机场"]]]);
  });

  it("cuts the rest of a Chinese run into the segmenter's words, each with its own synonyms", () => {
    const segmenter = (run: string) => (run === "港口调度" ? ["港口", "调度"] : [run]);
    const lookup = synonymLookup({ oneWaySynonyms: { 港口: ["port"] } });
    const words = parseQuery("港口调度", [], lookup, new Set(), segmenter);
    expect(words.map((word) => word.alternatives)).toEqual([[["港口"], ["port"]], [["调度"], ["口调", "调度"]]]);
    expect(words.map((word) => word.terms)).toEqual([["港口", "port"], ["调度", "调度"]]);
    // Two characters are never cut (matching's key terms are such pieces).
    expect(parseQuery("口调", [], lookup, new Set(), () => ["口", "调"]).map((word) => word.terms[0])).toEqual(["口调"]);
  });

  it("cuts real queries with jieba where a reader would", () => {
    const cut = (query: string) => parseQuery(query, dictionary, new Map(), new Set(), segmentChinese).map((word) => word.terms[0]);
    expect(cut("港口调度")).toEqual(["港口", "调度"]);
    expect(cut("集装箱码头理货")).toEqual(["集装箱", "码头", "理货"]);
    expect(cut("无人机巡检港口设备")).toEqual(["无人机", "巡检", "港口", "设备"]);
    // jieba cuts 燃气管 | 网: the lone character joins its neighbour; read apart only when asked (the engine asks
    // when the joined reading finds nothing).
    expect(cut("燃气管网泄漏监测")).toEqual(["燃气管网", "泄漏", "监测"]);
    const apart = (query: string) => parseQuery(query, dictionary, new Map(), new Set(), segmentChinese, { splitJoinedCharacters: true }).map((word) => word.terms[0]);
    expect(apart("燃气管网泄漏监测")).toEqual(["燃气管", "网", "泄漏", "监测"]);
    expect(apart("碳监测")).toEqual(["碳", "监测"]);
    expect(apart("门机巡检")).toEqual(["门机", "巡检"]);
    expect(cut("首台套保险补偿")).toEqual(["首台套", "保险", "补偿"]);
  });

  it("segments with the indexes' domain dictionary, as Meilisearch's tokenizer does with its dictionary setting", () => {
    // jieba alone: 视觉 | 大 | 模型 and 港口 | 自动 | 驾驶 — the "leave out a word" help then offered 去掉“视觉大”.
    expect(segmentChinese("视觉大模型")).toEqual(["视觉", "大模型"]);
    expect(segmentChinese("港口自动驾驶")).toEqual(["港口", "自动驾驶"]);
    expect(segmentChinese("低空经济无人机")).toEqual(["低空经济", "无人机"]);
  });

  it("expands synonyms into alternatives", () => {
    const [word] = parseQuery("uav", [...dictionary, ...synonyms.flat()], synonymLookup({ synonyms }));
    expect(word!.terms).toEqual(["uav", "无人机", "uavs", "无人驾驶航空器"]);
    expect(word!.alternatives).toEqual([["uav"], ["无人机"], ["uavs"], ["无人驾驶航空器"]]);
  });

  it("follows one-way synonyms only in their direction", () => {
    const lookup = synonymLookup({ oneWaySynonyms: { inspection: ["巡检", "巡查"], 巡检: ["inspection"], 巡查: ["inspection"] } });
    expect(parseQuery("Inspection", [], lookup)[0]!.terms).toEqual(["inspection", "巡检", "巡查"]);
    expect(parseQuery("巡检", [], lookup)[0]!.terms).toEqual(["巡检", "inspection"]);
  });

  it("reads a multi-word key written out in the query as one word, the longest key first", () => {
    const lookup = synonymLookup({
      oneWaySynonyms: { "predictive maintenance": ["预测性维护"], "predictive maintenance platform": ["预测性维护平台"], maintenance: ["维护", "运维"] },
    });
    const words = parseQuery("Predictive  maintenance platform for cranes", [], lookup);
    expect(words.map((word) => word.terms[0])).toEqual(["predictive maintenance platform", "for", "cranes"]);
    expect(words[0]!.alternatives).toEqual([["predictive", "maintenance", "platform"], ["预测", "测性", "性维", "维护", "护平", "平台"]]);
    expect(parseQuery("maintenance", [], lookup)[0]!.terms).toEqual(["maintenance", "维护", "运维"]);
  });

  it("leaves out stop words, and finds a phrase key written without them across them", () => {
    const lookup = synonymLookup({ synonyms: [["物联网", "internet things"]] });
    const stopWords = new Set(["of", "the"]);
    expect(parseQuery("Inspection of the cranes", [], lookup, stopWords).map((word) => word.terms[0])).toEqual(["inspection", "cranes"]);
    expect(parseQuery("the Internet of Things", [], lookup, stopWords).map((word) => word.terms)).toEqual([["internet things", "物联网"]]);
    expect(parseQuery("of the", [], lookup, stopWords)).toEqual([]);
  });

  it("leaves out the modifier half of a hyphenated English compound, and keeps the other halves as words", () => {
    const words = (q: string) => parseQuery(q, [], synonymLookup({ synonyms: [["无人机", "drone"]] })).map((word) => word.terms);
    expect(words("drone-based inspection")).toEqual([["drone", "无人机", "drones"], ["inspection"]]);
    expect(words("AI-Powered, GPS‑enabled, data-driven")).toEqual([["ai"], ["gps"], ["data"]]);
    // The other halves stay words, each also finding the compound written as one word (tokenizeForIndex).
    expect(words("real-time cold-rolled")).toEqual([["real", "realtime"], ["time", "realtime"], ["cold", "coldrolled"], ["rolled", "coldrolled"]]);
    // Only as the second half of a Latin compound: "based" alone, "-based" inside a longer word and Chinese stay.
    expect(words("based on-board")).toEqual([["based"], ["on", "onboard"], ["board", "onboard"]]);
    expect(withoutCompoundModifiers("drone-basedx 无人机-based 5G-enabled")).toBe("drone-basedx 无人机-based 5G");
  });

  it("gives no words for a query of punctuation and emoji", () => {
    expect(parseQuery(" !!! 😀 ")).toEqual([]);
  });

  it("drops repeated words", () => {
    expect(parseQuery("港口 港口 port PORT")).toHaveLength(2);
  });
});

describe("containsWord", () => {
  it("matches Latin words whole and Chinese words anywhere", () => {
    expect(containsWord("maintain ai", "ai")).toBe(true);
    expect(containsWord("maintain", "ai")).toBe(false);
    expect(containsWord("电力无人机巡检", "无人机")).toBe(true);
    expect(containsWord("ai技术", "ai")).toBe(true);
  });
});

describe("hasSearchableWords", () => {
  const stop = new Set(["the", "of"]);
  it("is false for stop words, lone Chinese function words, punctuation and emoji", () => {
    for (const query of ["", "   ", "the", "THE of", "的", "和 的", "的和", "？！", "🙂🚀", "—·…", "the 的 🙂"]) expect(hasSearchableWords(query, stop), query).toBe(false);
    // parseQuery agrees but for the lone function words, which it keeps (see hasSearchableWords).
    for (const query of ["the", "THE of", "？！", "🙂🚀", "—·…"]) expect(parseQuery(query, [], new Map(), stop, segmentChinese), query).toEqual([]);
  });

  it("is true as soon as one word is left", () => {
    for (const query of ["港口", "的港口", "和谐", "the port", "5G", "a", "🙂 无人机"]) expect(hasSearchableWords(query, stop), query).toBe(true);
  });
});

describe("withoutStopWords", () => {
  const stopWords = new Set(["of", "the"]);

  it("takes out whole Latin stop words in any case or width, and leaves everything else as typed", () => {
    expect(withoutStopWords("Inspection of ＴＨＥ cranes", stopWords)).toBe("Inspection cranes");
    expect(withoutStopWords("港口the码头 offshore theory", stopWords)).toBe("港口 码头 offshore theory");
    expect(withoutStopWords("of the", stopWords).trim()).toBe("");
    expect(withoutStopWords("of the", new Set())).toBe("of the");
  });

  it("takes out Chinese function words standing apart, as parseQuery leaves them out, and keeps them inside words", () => {
    expect(withoutStopWords("的 无人机", new Set())).toBe("无人机");
    expect(withoutStopWords("港口 和 码头 的", stopWords)).toBe("港口 码头");
    expect(withoutStopWords("drone的 inspection", stopWords)).toBe("drone inspection");
    expect(withoutStopWords("港口的船 和谐", stopWords)).toBe("港口的船 和谐");
  });
});

describe("chineseQueryWords", () => {
  const words = (segments: string[]) => chineseQueryWords(segments).map((word) => word.word);

  it("keeps the segmenter's words of two or more characters", () => {
    expect(chineseQueryWords(["港口", "调度"])).toEqual([{ word: "港口", start: 0, end: 2 }, { word: "调度", start: 2, end: 4 }]);
  });

  it("never leaves a single character alone: runs of them are one word, a lone one joins the word it touches", () => {
    expect(words(["门", "机", "钢结构", "巡检"])).toEqual(["门机", "钢结构", "巡检"]);
    expect(words(["燃气管", "网", "泄漏"])).toEqual(["燃气管网", "泄漏"]);
    expect(words(["碳", "足迹", "核算"])).toEqual(["碳足迹", "核算"]);
  });

  it("keeps the parts of a word a lone character joined, for a search to read apart (碳监测 = 碳 + 监测)", () => {
    expect(chineseQueryWords(["碳", "监测"])).toEqual([
      { word: "碳监测", start: 0, end: 3, parts: [{ word: "碳", start: 0, end: 1 }, { word: "监测", start: 1, end: 3 }] },
    ]);
    expect(chineseQueryWords(["燃气管", "网", "泄漏"])).toEqual([
      { word: "燃气管网", start: 0, end: 4, parts: [{ word: "燃气管", start: 0, end: 3 }, { word: "网", start: 3, end: 4 }] },
      { word: "泄漏", start: 4, end: 6 },
    ]);
    // Characters that only make a word together (the segmenter did not know 门机), or a phrase across a function
    // word, have no parts.
    expect(chineseQueryWords(["门", "机"])).toEqual([{ word: "门机", start: 0, end: 2 }]);
    expect(chineseQueryWords(["港口", "的", "船"])).toEqual([{ word: "港口的船", start: 0, end: 4 }]);
    expect(chineseQueryWords(["船", "的", "港口"])).toEqual([{ word: "船的港口", start: 0, end: 4 }]);
  });

  it("leaves out lone function words between words, but not inside them or beside a character they would strand", () => {
    expect(chineseQueryWords(["港口", "和", "码头"])).toEqual([{ word: "港口", start: 0, end: 2 }, { word: "码头", start: 3, end: 5 }]);
    expect(words(["的", "港口"])).toEqual(["港口"]);
    expect(words(["在线", "监测"])).toEqual(["在线", "监测"]);
    expect(words(["港口", "的", "船"])).toEqual(["港口的船"]);
    expect(words(["船", "的", "港口"])).toEqual(["船的港口"]);
    expect(words(["船"])).toEqual(["船"]);
  });
});
