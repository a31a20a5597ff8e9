import { describe, expect, it } from "vitest";
import { contentLang, languageParts } from "./content-lang";

describe("contentLang", () => {
  it("marks Chinese text on English pages and English text on Chinese pages", () => {
    expect(contentLang("港口无人机智能巡检系统", "en")).toBe("zh-CN");
    expect(contentLang("海之翼HY-M4 无人机", "en")).toBe("zh-CN");
    expect(contentLang("Port crane inspection with computer vision", "zh")).toBe("en");
  });

  it("says nothing where the page's language fits, or for text without letters", () => {
    expect(contentLang("港口无人机智能巡检系统", "zh")).toBeUndefined();
    expect(contentLang("Port crane inspection", "en")).toBeUndefined();
    expect(contentLang("2026 · 5G", "en")).toBeUndefined();
    expect(contentLang("2026", "zh")).toBeUndefined();
  });
});

describe("languageParts", () => {
  const marked = (text: string, page: string) => languageParts(text, page).map((part) => (part.lang ? `[${part.lang}:${part.text}]` : part.text)).join("");

  it("marks the Chinese runs of an English sentence, with the Chinese punctuation that closes them", () => {
    // The full stop of a Chinese reason belongs to it: left outside, the English voice read it.
    expect(marked("Reason: 价格偏高。", "en")).toBe("Reason: [zh-CN:价格偏高。]");
    expect(marked("Reason: 价格偏高，工期太长。请重新报价！", "en")).toBe("Reason: [zh-CN:价格偏高，工期太长。请重新报价！]");
    expect(marked("Shared keywords: 巡查 (inspection), RTK", "en")).toBe("Shared keywords: [zh-CN:巡查] (inspection), RTK");
    expect(marked("No results for “无人机”", "en")).toBe("No results for “[zh-CN:无人机]”");
  });

  it("marks the runs of Latin words of a Chinese sentence, as a record's Latin text is marked there", () => {
    expect(marked("没有找到与“drone inspection”相关的结果", "zh")).toBe("没有找到与“[en:drone inspection]”相关的结果");
    expect(marked("去掉“drone's”（3 个结果）", "zh")).toBe("去掉“[en:drone's]”（3 个结果）");
    expect(marked("共同关键词：巡查、RTK；5G 基站", "zh")).toBe("共同关键词：巡查、[en:RTK]；[en:5G] 基站");
    expect(marked("“无人机”（2 个结果）", "zh")).toBe("“无人机”（2 个结果）");
    // Latin written onto Chinese characters is part of a Chinese name or word.
    expect(marked("提供方：日照测试集团b04d；5G基站、HY-M4 无人机", "zh")).toBe("提供方：日照测试集团b04d；5G基站、[en:HY-M4] 无人机");
  });
});
