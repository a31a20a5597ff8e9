import { describe, expect, it } from "vitest";
import { contentLang } from "./content-lang";

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
