/**
 * Amounts as readers read them. Every amount is stored and typed in 万元 (10,000 CNY), the unit Chinese
 * procurement uses; a Chinese sentence keeps it ("1,200 万元"), an English one says it in yuan the way the
 * search page's bands do ("12M CNY", "800k CNY") rather than "1,200 × 10k CNY", and exactly.
 */
export function formatWan(value: number, language: string | undefined): string {
  if (language !== "en") return value.toLocaleString("zh-CN");
  const yuan = value * 10_000;
  if (yuan === 0) return "0";
  if (Math.abs(yuan) < 1_000_000) return `${(yuan / 1_000).toLocaleString("en-GB", { maximumFractionDigits: 1 })}k`;
  // Exact, whatever the size: a price a buyer compares or awards must not be rounded (123,456 万元 read "1.23B",
  // as did 123,459). Billions only where two decimals say the amount exactly; else millions, exact to two.
  if (Math.abs(yuan) >= 1_000_000_000 && value % 1_000 === 0) return `${(yuan / 1_000_000_000).toLocaleString("en-GB", { maximumFractionDigits: 2 })}B`;
  return `${(yuan / 1_000_000).toLocaleString("en-GB", { maximumFractionDigits: 2 })}M`;
}

/**
 * A range of amounts in 万元 as formatWan writes them: "70–140", or one amount where both ends are the same (a QA
 * review: "预算 105–105 万元", "1.05M–1.05M CNY"). The unit is the sentence's.
 */
export function formatWanRange(min: number, max: number, language: string | undefined): string {
  return min === max ? formatWan(min, language) : `${formatWan(min, language)}–${formatWan(max, language)}`;
}

/**
 * An amount in 万元 said in both units, for a reader checking which unit they typed in: "1,200,000 万元（120 亿元，即
 * 12,000,000,000 元）", "1,200,000 × 10k CNY = 12,000,000,000 CNY (12B CNY)". Exact in both (whole 万元 are whole
 * yuan); the Chinese adds 亿元 from one 亿 up, the English its short form from a million up, as formatWan writes it.
 */
export function formatWanInBothUnits(value: number, language: string | undefined): string {
  const yuan = value * 10_000;
  if (language === "en") {
    const short = Math.abs(yuan) >= 1_000_000 ? ` (${formatWan(value, "en")} CNY)` : "";
    return `${value.toLocaleString("en-GB")} × 10k CNY = ${yuan.toLocaleString("en-GB")} CNY${short}`;
  }
  const inYi = Math.abs(value) >= 10_000 ? `${(value / 10_000).toLocaleString("zh-CN", { maximumFractionDigits: 4 })} 亿元，即 ` : "";
  return `${value.toLocaleString("zh-CN")} 万元（${inYi}${yuan.toLocaleString("zh-CN")} 元）`;
}
