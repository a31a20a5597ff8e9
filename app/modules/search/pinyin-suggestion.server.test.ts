import { describe, expect, it } from "vitest";

import { suggestFromPinyin } from "./pinyin-suggestion.server";

describe("suggestFromPinyin", () => {
  it("writes the pinyin of glossary words in Chinese, however it was typed", () => {
    expect(suggestFromPinyin("wurenji")).toBe("无人机");
    expect(suggestFromPinyin("wu ren ji")).toBe("无人机");
    expect(suggestFromPinyin("Wúrénjī")).toBe("无人机");
    expect(suggestFromPinyin("WURENJI XUNJIAN")).toBe("无人机巡检");
    expect(suggestFromPinyin("wurenjixunjian")).toBe("无人机巡检");
    // ü typed as v (as input methods take it) or as u.
    expect(suggestFromPinyin("lvse")).toBe("绿色");
    expect(suggestFromPinyin("luse")).toBe("绿色");
  });

  it("reads initials of glossary words, only from letters without a vowel", () => {
    expect(suggestFromPinyin("wrj")).toBe("无人机");
    expect(suggestFromPinyin("SZLS")).toBe("数字孪生");
    expect(suggestFromPinyin("wrj xunjian")).toBe("无人机 巡检");
    // jc is 检测 or 监测: initials that two glossary words share are no answer.
    expect(suggestFromPinyin("jc")).toBeNull();
    // Letters with a vowel are English words or full syllables, never initials.
    for (const query of ["bim", "ai", "agv", "ocr"]) expect(suggestFromPinyin(query), query).toBeNull();
  });

  it("keeps what is not pinyin of a glossary word as typed", () => {
    expect(suggestFromPinyin("drone xunjian")).toBe("drone 巡检");
    expect(suggestFromPinyin("港口wurenji")).toBe("港口无人机");
    expect(suggestFromPinyin("xunjian qwerty")).toBe("巡检 qwerty");
  });

  it("does not guess", () => {
    // Homophones: jiance is 检测 (testing) or 监测 (monitoring); zhihui 智慧 or 指挥 — unless a longer word settles it.
    expect(suggestFromPinyin("jiance")).toBeNull();
    expect(suggestFromPinyin("zhihui")).toBeNull();
    expect(suggestFromPinyin("zhihui gangkou")).toBe("智慧港口");
    // English words (glossary terms, stop words) are never read as pinyin; single syllables are not words here.
    for (const query of ["inspection", "drone port", "the", "gang", "an", "ji", "qwerty", "无人机巡检", "", "123"]) expect(suggestFromPinyin(query), query).toBeNull();
  });
});
