import { describe, expect, it } from "vitest";
import { formatWan, formatWanInBothUnits, formatWanRange } from "./money";

describe("formatWan", () => {
  it("keeps 万元 in Chinese, with digit grouping", () => {
    expect(formatWan(80, "zh")).toBe("80");
    expect(formatWan(1500, "zh")).toBe("1,500");
    expect(formatWan(1500, undefined)).toBe("1,500");
  });

  it("says yuan in English, as thousands, millions or billions", () => {
    expect(formatWan(0, "en")).toBe("0");
    expect(formatWan(5, "en")).toBe("50k");
    expect(formatWan(80, "en")).toBe("800k");
    expect(formatWan(100, "en")).toBe("1M");
    expect(formatWan(160, "en")).toBe("1.6M");
    expect(formatWan(125, "en")).toBe("1.25M");
    expect(formatWan(1500, "en")).toBe("15M");
    expect(formatWan(120_000, "en")).toBe("1.2B");
    expect(formatWan(1_000_000, "en")).toBe("10B");
  });

  it("never rounds: an amount two decimals of a billion cannot say is given in millions", () => {
    expect(formatWan(123_456, "en")).toBe("1,234.56M");
    expect(formatWan(123_459, "en")).toBe("1,234.59M");
    expect(formatWan(99_999, "en")).toBe("999.99M");
    expect(formatWan(12_345, "en")).toBe("123.45M");
    expect(formatWan(-123_456, "en")).toBe("-1,234.56M");
  });
});

describe("formatWanRange", () => {
  it("writes a range with an en dash, and one amount where both ends are the same", () => {
    expect(formatWanRange(70, 140, "zh")).toBe("70–140");
    expect(formatWanRange(1_200, 12_000, "zh")).toBe("1,200–12,000");
    expect(formatWanRange(105, 105, "zh")).toBe("105");
    expect(formatWanRange(70, 140, "en")).toBe("700k–1.4M");
    expect(formatWanRange(105, 105, "en")).toBe("1.05M");
  });
});

describe("formatWanInBothUnits", () => {
  it("says an amount in 万元 and in yuan, exactly, with 亿元 from one 亿 up in Chinese", () => {
    expect(formatWanInBothUnits(1_200_000, "zh")).toBe("1,200,000 万元（120 亿元，即 12,000,000,000 元）");
    expect(formatWanInBothUnits(123_456, "zh")).toBe("123,456 万元（12.3456 亿元，即 1,234,560,000 元）");
    expect(formatWanInBothUnits(150, "zh")).toBe("150 万元（1,500,000 元）");
    expect(formatWanInBothUnits(1, undefined)).toBe("1 万元（10,000 元）");
  });

  it("says it in English as a multiple of 10k CNY and in CNY, with the short form from a million up", () => {
    expect(formatWanInBothUnits(1_200_000, "en")).toBe("1,200,000 × 10k CNY = 12,000,000,000 CNY (12B CNY)");
    expect(formatWanInBothUnits(150, "en")).toBe("150 × 10k CNY = 1,500,000 CNY (1.5M CNY)");
    expect(formatWanInBothUnits(1, "en")).toBe("1 × 10k CNY = 10,000 CNY");
  });
});
