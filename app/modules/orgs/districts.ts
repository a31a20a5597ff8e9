// Districts of Rizhao (日照市) an organisation can be registered in. Labels live in the locale files
// (`districts.<code>`), so the stored value is a stable code.
export const DISTRICTS = [
  "DONGGANG", // 东港区
  "LANSHAN", // 岚山区
  "JUXIAN", // 莒县
  "WULIAN", // 五莲县
  "ECONOMIC_DEVELOPMENT_ZONE", // 日照经济技术开发区
  "HIGH_TECH_ZONE", // 日照高新技术产业开发区
  "SHANHAITIAN", // 山海天旅游度假区
  "OCEAN_CITY", // 日照国际海洋城
  "OUTSIDE_CITY", // 日照市外 — firms from elsewhere may take part too
] as const;
export type District = (typeof DISTRICTS)[number];

export const ORG_KINDS = ["SOE", "TECH_FIRM", "INVESTOR", "GOVERNMENT"] as const;
export const ENTERPRISE_TIERS = ["STARTUP", "TECH_SME", "HIGH_TECH", "TECH_LEADER"] as const;
export const ORG_FLAGS = ["SPECIALIZED", "LITTLE_GIANT", "INCUBATOR_OPERATOR", "VENTURE_INSTITUTION"] as const;

/**
 * The flags that are qualifications a buyer looks for in a supplier (the ministry's 专精特新 and “小巨人” lists):
 * a facet of /solutions and a row of a solution's page. The others describe investors' and incubators'
 * organisations, not a supplier.
 */
export const FIRM_QUALIFICATIONS = ["SPECIALIZED", "LITTLE_GIANT"] as const;

/**
 * The flags as stored: a “小巨人” firm is on the 专精特新 list too (the ministry picks its “little giants” from the
 * provinces' 专精特新 firms), so ticking the first ticks the second; without it the /solutions facet 专精特新
 * left out the giants (a QA review found 11 of them in the demo data). Sorted as ORG_FLAGS, without repeats.
 */
export function withImpliedFlags(flags: readonly (typeof ORG_FLAGS)[number][]): (typeof ORG_FLAGS)[number][] {
  const implied = new Set(flags);
  if (implied.has("LITTLE_GIANT")) implied.add("SPECIALIZED");
  return ORG_FLAGS.filter((flag) => implied.has(flag));
}

/** An organisation's flags that are FIRM_QUALIFICATIONS, in that order. */
export function firmQualificationsOf(flags: readonly string[]): (typeof FIRM_QUALIFICATIONS)[number][] {
  return FIRM_QUALIFICATIONS.filter((flag) => flags.includes(flag));
}
