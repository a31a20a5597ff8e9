/**
 * explainMatch(reasons, t) — one readable line from scoreMatch's reasons in the reader's language, e.g.
 * "共同关键词: 无人机, 巡检; 同属低空应用; 首台套已认定" / "Shared keywords: 无人机 (UAV), 巡检 (inspection); …".
 *
 * The sentences are locale texts (`matching.reason.*` in app/locales/matching.ts), so they are translated and
 * checked like every other text of the app; `t` is the page's i18next function (or serverT(locale)).
 * Keywords and industry chains are the records' own words and are shown as written; in English, a word the
 * search glossary knows is followed by its English in brackets ("无人机 (UAV), 巡检 (inspection)", see
 * english-gloss.ts). A category is shown with the names the app gives it (the reason's `names`, added by
 * recommendations.server.ts), else its code.
 */
import type { TFunction } from "i18next";
import { englishGloss } from "~/modules/search/english-gloss";
import type { Reason } from "./score";

type Translate = TFunction | ((key: string, options?: Record<string, unknown>) => string);

function explainReason(reason: Reason, t: Translate, language: "zh" | "en"): string {
  const say = (key: string, values: Record<string, unknown> = {}) => String(t(`matching.reason.${key}`, values));
  const firstUnit = (type: string) => String(t(`matching.firstUnitType.${type}`, { defaultValue: type }));
  const words = (list: readonly string[]) =>
    list
      .map((word) => {
        const gloss = language === "en" ? englishGloss(word) : null;
        return gloss ? `${word} (${gloss})` : word;
      })
      .join(", ");
  switch (reason.kind) {
    case "sharedKeywords":
      return say("sharedKeywords", { terms: words(reason.terms) });
    case "sameCategory":
      return say("sameCategory", { category: reason.names?.[language] ?? reason.category });
    case "sharedIndustryChain":
      return say("sharedIndustryChain", { chains: words(reason.chains) });
    case "matureTechnology":
    case "lowMaturity":
      return say(reason.kind, { trl: reason.trl });
    case "firstUnitRecognised":
    case "firstUnitApplying":
      return say(reason.kind, { type: firstUnit(reason.type) });
    case "withinBudget":
    case "overlapsBudget":
      return say(reason.kind, reason);
    case "overBudget":
      return say("overBudget", reason);
    case "sameDistrict":
      return say("sameDistrict", { district: String(t(`districts.${reason.district}`, { defaultValue: reason.district })) });
  }
}

export function explainMatch(reasons: readonly Reason[], t: Translate, language: "zh" | "en"): string {
  const parts = reasons.map((reason) => explainReason(reason, t, language));
  if (parts.length > 0) parts[0] = parts[0].charAt(0).toUpperCase() + parts[0].slice(1);
  return parts.join(String(t("matching.reason.separator")));
}
