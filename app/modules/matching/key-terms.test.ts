import { describe, expect, it } from "vitest";
import { MAX_QUERY_TERMS, extractKeyTerms, wordPieces } from "./key-terms";
import { buildTermStatistics } from "./text-relevance";

const doc = (title: string, tags: string[] = [], summary = "", description = "") => ({ title, tags, summary, description });

// The corpus being searched: 巡检 is everywhere (low IDF), 雷达 and 焊缝 are rare (high IDF).
const corpus = [
  doc("无人机巡检", ["巡检"]),
  doc("管道巡检", ["巡检"]),
  doc("雷达巡检", ["雷达"]),
  doc("焊缝检测", ["焊缝"]),
  doc("电网巡检", ["巡检"], "巡检"),
];
const stats = buildTermStatistics(corpus);

describe("extractKeyTerms", () => {
  it("prefers rare terms to common ones", () => {
    const terms = extractKeyTerms(doc("雷达巡检"), stats).title.terms;
    expect(terms.indexOf("雷达")).toBeLessThan(terms.indexOf("巡检"));
  });

  it("weighs a term in the title above the same kind of term in the description", () => {
    const combined = extractKeyTerms(doc("雷达", [], "", "焊缝"), stats).combined.terms;
    expect(combined).toEqual(["雷达", "焊缝"]);
    const reversed = extractKeyTerms(doc("焊缝", [], "", "雷达"), stats).combined.terms;
    expect(reversed).toEqual(["焊缝", "雷达"]);
  });

  it("builds separate title, tag and description queries", () => {
    const keyTerms = extractKeyTerms(doc("雷达", ["焊缝"], "管道", "电网"), stats);
    expect(keyTerms.title.terms).toEqual(["雷达"]);
    expect(keyTerms.tags.terms).toEqual(["焊缝"]);
    expect(keyTerms.description.terms.sort()).toEqual(["电网", "管道"]);
  });

  it("drops terms the searched corpus does not contain", () => {
    expect(extractKeyTerms(doc("区门雷达"), stats).title.terms).toEqual(["雷达"]);
  });

  it("never returns more than ten terms per query, even when asked for more", () => {
    const rich = Array.from({ length: 40 }, (_, i) => doc(`词${String.fromCharCode(0x4e00 + i)}${String.fromCharCode(0x4e80 + i)}`));
    const richStats = buildTermStatistics(rich);
    const longTitle = rich.map((d) => d.title).join("，");
    const keyTerms = extractKeyTerms(doc(longTitle, [longTitle], longTitle, longTitle), richStats, { maxTerms: 50 });
    for (const query of [keyTerms.title, keyTerms.tags, keyTerms.description, keyTerms.combined]) {
      expect(query.terms).toHaveLength(MAX_QUERY_TERMS);
    }
  });

  it("returns empty queries for an empty record", () => {
    const keyTerms = extractKeyTerms(doc(""), stats);
    expect(keyTerms.combined.terms).toEqual([]);
  });
});

// A segmenter as jieba cuts these runs; any other run is one word.
const WORDS: Record<string, string[]> = { 智能预审: ["智能", "预审"], 港口和码头: ["港口", "和", "码头"], 窗口人员: ["窗口", "人员"] };
const cut = (run: string) => WORDS[run] ?? [run];

describe("wordPieces", () => {
  it("takes the two-character pieces inside each word, not the ones across two words", () => {
    expect(wordPieces("智能预审", cut)).toEqual(["智能", "预审"]);
    expect(wordPieces("窗口人员", cut)).not.toContain("口人");
  });

  it("gives nothing for a one-character word inside a run, and the character for a run of one", () => {
    expect(wordPieces("港口和码头", cut)).toEqual(["港口", "码头"]);
    expect(wordPieces("港，OCR 识别", cut)).toEqual(["ocr", "港", "识别"]);
  });
});

describe("extractKeyTerms with a word segmenter", () => {
  // 能预 is in the searched corpus (智能预警), so only the segmenter keeps it out of a query for 智能预审.
  const searched = buildTermStatistics([doc("智能预警"), doc("材料预审"), doc("政务智能")]);

  it("leaves out the pieces that straddle two words, which would retrieve records about something else", () => {
    expect(extractKeyTerms(doc("智能预审"), searched).title.terms).toContain("能预");
    const terms = extractKeyTerms(doc("智能预审"), searched, { segmentChinese: cut }).title.terms;
    expect(terms).not.toContain("能预");
    expect(terms.sort()).toEqual(["智能", "预审"]);
  });
});

