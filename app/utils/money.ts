/**
 * Amounts as readers read them. Every amount is stored and typed in 万元 (10,000 CNY), the unit Chinese
 * procurement uses; a Chinese sentence keeps it ("1,200 万元"), an English one says it in yuan the way the
 * search page's bands do ("12M CNY", "800k CNY") rather than "1,200 × 10k CNY".
 */
export function formatWan(value: number, language: string | undefined): string {
  if (language !== "en") return value.toLocaleString("zh-CN");
  const yuan = value * 10_000;
  if (yuan === 0) return "0";
  if (Math.abs(yuan) < 1_000_000) return `${(yuan / 1_000).toLocaleString("en-GB", { maximumFractionDigits: 1 })}k`;
  if (Math.abs(yuan) < 1_000_000_000) return `${(yuan / 1_000_000).toLocaleString("en-GB", { maximumFractionDigits: 2 })}M`;
  return `${(yuan / 1_000_000_000).toLocaleString("en-GB", { maximumFractionDigits: 2 })}B`;
}
