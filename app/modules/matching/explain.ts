/**
 * explainMatch(reasons, t) — readable lines from scoreMatch's reasons in the reader's language:
 *   why      — what speaks for the match: "共同关键词：无人机、巡检；同属低空应用；首台套已认定" /
 *              "Shared keywords: 无人机 (UAV), 巡检 (inspection); …";
 *   cautions — what speaks against it, shown apart ("需留意：起价 900 万元远超预算上限 150 万元"): a reader
 *              must not take an unaffordable or immature product's drawback for a reason it was recommended.
 * The technology maturity is not said when it is no drawback: the card shows the TRL already, and on a firm's
 * dashboard it is the firm's own product's ("技术成熟度 TRL 8" under nearly every recommendation said nothing).
 * Chinese lines use Chinese punctuation (：、；), English ones ASCII (the locale's separators).
 *
 * The sentences are locale texts (`matching.reason.*` in app/locales/matching.ts), so they are translated and
 * checked like every other text of the app; `t` is the page's i18next function (or serverT(locale)).
 * Keywords and industry chains are the records' own words and are shown as written; in English, a word the
 * search glossary knows is followed by its English in brackets ("无人机 (UAV), 巡检 (inspection)", see
 * english-gloss.ts). A category is shown with the names the app gives it (the reason's `names`, added by
 * recommendations.server.ts); one without names (no longer in the taxonomy) is left out, its code being no word
 * for readers.
 */
import type { TFunction } from "i18next";
import { englishGloss } from "~/modules/search/english-gloss";
import type { Reason, ReasonKind } from "./score";
import { formatWan, formatWanRange } from "~/utils/money";

type Translate = TFunction | ((key: string, options?: Record<string, unknown>) => string);

function explainReason(reason: Reason, t: Translate, language: "zh" | "en"): string {
  const say = (key: string, values: Record<string, unknown> = {}) => String(t(`matching.reason.${key}`, values));
  // Amounts as the reader's pages show them (万元 grouped in Chinese; "1.6M" yuan in English).
  const amounts = (values: Record<string, unknown>) =>
    Object.fromEntries(Object.entries(values).map(([key, value]) => [key, typeof value === "number" ? formatWan(value, language) : value]));
  // A price or budget range as one amount where both ends are the same ("预算 105 万元", not "105–105").
  const ranges = (reason: { priceMin: number; priceMax: number; budgetMin?: number; budgetMax: number }) => ({
    ...amounts(reason),
    price: formatWanRange(reason.priceMin, reason.priceMax, language),
    ...(reason.budgetMin === undefined ? {} : { budget: formatWanRange(reason.budgetMin, reason.budgetMax, language) }),
  });
  const firstUnit = (type: string) => String(t(`matching.firstUnitType.${type}`, { defaultValue: type }));
  const words = (list: readonly string[]) =>
    list
      .map((word) => {
        const gloss = language === "en" ? englishGloss(word) : null;
        return gloss ? `${word} (${gloss})` : word;
      })
      .join(String(t("matching.reason.listSeparator")));
  switch (reason.kind) {
    case "sharedKeywords":
      return say("sharedKeywords", { terms: words(reason.terms) });
    case "sameCategory":
      return say("sameCategory", { category: reason.names?.[language] });
    case "sharedIndustryChain":
      return say("sharedIndustryChain", { chains: words(reason.chains) });
    case "matureTechnology":
    case "lowMaturity":
      return say(reason.kind, { trl: reason.trl });
    case "firstUnitRecognised":
    case "firstUnitApplying":
      return say(reason.kind, { type: firstUnit(reason.type) });
    case "withinBudget":
      // A price reaching below the budget's floor is not "within" the budget; that it stays under the ceiling
      // is what is true (and what a buyer needs to know).
      return say(reason.priceMin >= reason.budgetMin ? "withinBudget" : "underBudgetCeiling", ranges(reason));
    case "overlapsBudget":
      return say(reason.kind, ranges(reason));
    case "startsAtBudgetCeiling":
    case "aboveBudget":
    case "overBudget":
      return say(reason.kind, amounts(reason));
    case "sameDistrict":
      return say("sameDistrict", { district: String(t(`districts.${reason.district}`, { defaultValue: reason.district })) });
  }
}

/** Reasons that speak against a match: said apart from the reasons for it. */
// A price range that only touches the budget ceiling (起价 150 万元恰为预算上限，报价最高 400 万元) read as a plus
// among the reasons (a QA review): only its cheapest configuration is affordable.
const CAUTIONS: ReadonlySet<ReasonKind> = new Set(["lowMaturity", "startsAtBudgetCeiling", "aboveBudget", "overBudget"]);
const isCaution = (reason: Reason) => CAUTIONS.has(reason.kind);
/** Reasons the line leaves out (see the header): the maturity when it is no drawback. */
const UNSAID: ReadonlySet<ReasonKind> = new Set(["matureTechnology"]);

export type Explanation = { why: string; cautions: string };

export function explainMatch(reasons: readonly Reason[], t: Translate, language: "zh" | "en"): Explanation {
  const line = (kept: readonly Reason[]) => {
    const parts = kept.map((reason) => explainReason(reason, t, language));
    if (parts.length > 0) parts[0] = parts[0].charAt(0).toUpperCase() + parts[0].slice(1);
    return parts.join(String(t("matching.reason.separator")));
  };
  return {
    // A category no longer in the taxonomy has no name to say; its code ("cat_marine") is not for readers.
    why: line(reasons.filter((reason) => !isCaution(reason) && !UNSAID.has(reason.kind) && !(reason.kind === "sameCategory" && !reason.names))),
    cautions: line(reasons.filter(isCaution)),
  };
}
