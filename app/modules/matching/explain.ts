/**
 * explainMatch(reasons, locale) — one readable line from scoreMatch's reasons, e.g.
 * "共同关键词: 无人机, 巡检; 同属低空应用; 首台套已认定" / "Shared keywords: drone, inspection; both low-altitude; …".
 * Keywords are the records' own words and are shown as written; everything else is translated here.
 */
import type { FirstUnitType } from "./dataset";
import type { Reason } from "./score";

export type ExplainLocale = "zh" | "en";

const CATEGORY_LABELS: Record<string, { zh: string; en: string }> = {
  DIGITAL: { zh: "数字应用", en: "digital" },
  LOW_ALTITUDE: { zh: "低空应用", en: "low-altitude" },
  SMART_MANUFACTURING: { zh: "智能制造", en: "smart manufacturing" },
  GREEN_LOW_CARBON: { zh: "绿色低碳", en: "green and low-carbon" },
  PORT_LOGISTICS: { zh: "港口物流", en: "port logistics" },
  MARINE: { zh: "海洋经济", en: "marine" },
  HEALTH: { zh: "医疗健康", en: "health" },
  PUBLIC_SAFETY: { zh: "公共安全", en: "public safety" },
};

const FIRST_UNIT_LABELS: Record<FirstUnitType, { zh: string; en: string }> = {
  FIRST_SET: { zh: "首台套", en: "first-set" },
  FIRST_BATCH: { zh: "首批次", en: "first-batch" },
  FIRST_VERSION: { zh: "首版次", en: "first-version" },
};

const categoryLabel = (code: string, locale: ExplainLocale) => CATEGORY_LABELS[code]?.[locale] ?? code;

function explainReason(reason: Reason, locale: ExplainLocale): string {
  const zh = locale === "zh";
  switch (reason.kind) {
    case "sharedKeywords":
      return zh ? `共同关键词: ${reason.terms.join(", ")}` : `Shared keywords: ${reason.terms.join(", ")}`;
    case "sameCategory":
      return zh ? `同属${reason.names?.zh ?? categoryLabel(reason.category, locale)}` : `both ${reason.names?.en ?? categoryLabel(reason.category, locale)}`;
    case "sharedIndustryChain":
      return zh ? `同一产业链: ${reason.chains.join(", ")}` : `same industry chain: ${reason.chains.join(", ")}`;
    case "matureTechnology":
      return zh ? `技术成熟度 TRL ${reason.trl}` : `mature technology (TRL ${reason.trl})`;
    case "lowMaturity":
      return zh ? `技术成熟度偏低 (TRL ${reason.trl})` : `low technology readiness (TRL ${reason.trl})`;
    case "firstUnitRecognised":
      return zh
        ? `${FIRST_UNIT_LABELS[reason.type].zh}已认定`
        : `recognised ${FIRST_UNIT_LABELS[reason.type].en} product`;
    case "firstUnitApplying":
      return zh
        ? `${FIRST_UNIT_LABELS[reason.type].zh}申报中`
        : `${FIRST_UNIT_LABELS[reason.type].en} recognition pending`;
    case "withinBudget":
      return zh
        ? `报价 ${reason.priceMin}–${reason.priceMax} 万元在预算 ${reason.budgetMin}–${reason.budgetMax} 万元内`
        : `price ${reason.priceMin}–${reason.priceMax} fits the budget of ${reason.budgetMin}–${reason.budgetMax} (10k CNY)`;
    case "overBudget":
      return zh
        ? `起价 ${reason.priceMin} 万元远超预算上限 ${reason.budgetMax} 万元`
        : `starting price ${reason.priceMin} far above the budget ceiling ${reason.budgetMax} (10k CNY)`;
    case "sameDistrict":
      return zh ? `同在${reason.district}` : `same district (${reason.district})`;
  }
}

export function explainMatch(reasons: readonly Reason[], locale: ExplainLocale): string {
  const parts = reasons.map((reason) => explainReason(reason, locale));
  if (locale === "en" && parts.length > 0) parts[0] = parts[0][0].toUpperCase() + parts[0].slice(1);
  return parts.join(locale === "zh" ? "; " : "; ");
}
