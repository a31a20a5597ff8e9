import { describe, expect, it } from "vitest";
import { serverT } from "~/utils/i18n";
import { explainMatch as explainWith } from "./explain";
import { scenario, solution } from "./fixtures.test-helpers";
import { scoreMatch, type Reason } from "./score";

/** The app's own translations: the sentences are locale texts (app/locales/matching.ts). */
/** The reasons-for line alone, as most cases here need it. */
const explainMatch = (reasons: readonly Reason[], language: "zh" | "en") => explainWith(reasons, serverT(language), language).why;
const cautionsOf = (reasons: readonly Reason[], language: "zh" | "en") => explainWith(reasons, serverT(language), language).cautions;
const LOW_ALTITUDE = { zh: "低空应用", en: "low-altitude" };

describe("explainMatch", () => {
  const reasons: Reason[] = [
    { kind: "sharedKeywords", terms: ["无人机", "巡检"] },
    { kind: "sameCategory", category: "LOW_ALTITUDE", names: LOW_ALTITUDE },
    { kind: "firstUnitRecognised", type: "FIRST_SET" },
  ];

  it("renders the issue's example line in Chinese", () => {
    expect(explainMatch(reasons, "zh")).toBe("共同关键词：无人机、巡检；同属低空应用；首台套已认定");
  });

  it("renders the same reasons in English, keywords as the records wrote them with the glossary's English", () => {
    expect(explainMatch(reasons, "en")).toBe("Shared keywords: 无人机 (UAV), 巡检 (inspection); same category: low-altitude; recognised first-set product");
  });

  it("adds English only to words the glossary knows, and only in English", () => {
    const mixed: Reason[] = [
      { kind: "sharedKeywords", terms: ["巡查", "托辊", "RTK"] },
      { kind: "sharedIndustryChain", chains: ["低空经济", "港航物流"] },
    ];
    // 巡查 is in "inspection" and "patrol": the first entry's word; 托辊 and RTK are no glossary words.
    expect(explainMatch(mixed, "en")).toBe("Shared keywords: 巡查 (inspection), 托辊, RTK; same industry chain: 低空经济 (low altitude economy), 港航物流");
    expect(explainMatch(mixed, "zh")).toBe("共同关键词：巡查、托辊、RTK；同一产业链：低空经济、港航物流");
  });

  it("renders every kind of reason in both languages without leaking codes; drawbacks apart, the maturity only as one", () => {
    const all: Reason[] = [
      { kind: "sharedIndustryChain", chains: ["智慧港口"] },
      { kind: "matureTechnology", trl: 8 },
      { kind: "lowMaturity", trl: 3 },
      { kind: "firstUnitApplying", type: "FIRST_VERSION" },
      { kind: "withinBudget", priceMin: 80, priceMax: 120, budgetMin: 80, budgetMax: 150 },
      { kind: "withinBudget", priceMin: 60, priceMax: 120, budgetMin: 80, budgetMax: 150 },
      { kind: "overlapsBudget", priceMin: 120, priceMax: 500, budgetMin: 80, budgetMax: 150 },
      { kind: "overBudget", priceMin: 900, budgetMax: 150 },
      { kind: "sameDistrict", district: "DONGGANG" },
    ];
    expect(explainMatch(all, "zh")).toBe("同一产业链：智慧港口；首版次申报中；报价 80–120 万元在预算 80–150 万元内；报价 60–120 万元不超过预算上限 150 万元；报价 120–500 万元与预算 80–150 万元有交集；同在东港区");
    expect(cautionsOf(all, "zh")).toBe("技术成熟度偏低（TRL 3）；起价 900 万元远超预算上限 150 万元");
    expect(explainMatch(all, "en")).toBe(
      "Same industry chain: 智慧港口 (smart port); first-version recognition pending; price 800k–1.2M CNY fits the budget of 800k–1.5M CNY; price 600k–1.2M CNY does not exceed the budget ceiling of 1.5M CNY; price 1.2M–5M CNY overlaps the budget of 800k–1.5M CNY; same district (Donggang District)",
    );
    expect(cautionsOf(all, "en")).toBe("Low technology readiness (TRL 3); starting price 9M CNY is far above the budget ceiling of 1.5M CNY");
  });

  it("says a range whose ends are equal as one amount (a QA review: 预算 105–105 万元)", () => {
    const single: Reason[] = [{ kind: "overlapsBudget", priceMin: 70, priceMax: 140, budgetMin: 105, budgetMax: 105 }, { kind: "withinBudget", priceMin: 90, priceMax: 90, budgetMin: 80, budgetMax: 150 }];
    expect(explainMatch(single, "zh")).toBe("报价 70–140 万元与预算 105 万元有交集；报价 90 万元在预算 80–150 万元内");
    expect(explainMatch(single, "en")).toBe("Price 700k–1.4M CNY overlaps the budget of 1.05M CNY; price 900k CNY fits the budget of 800k–1.5M CNY");
  });

  it("does not call a price range that only touches the budget ceiling with its floor an overlap, and says it as a caution", () => {
    const touching: Reason[] = [{ kind: "sharedKeywords", terms: ["无人机"] }, { kind: "startsAtBudgetCeiling", priceMin: 150, priceMax: 500, budgetMax: 150 }];
    expect(explainMatch(touching, "zh")).toBe("共同关键词：无人机");
    expect(cautionsOf(touching, "zh")).toBe("起价 150 万元恰为预算上限，报价最高 500 万元");
    expect(cautionsOf(touching, "en")).toBe("Starting price 1.5M CNY equals the budget ceiling; the price goes up to 5M CNY");
  });

  it("says nothing for a match with only drawbacks, and no cautions for one without", () => {
    expect(explainMatch([{ kind: "overBudget", priceMin: 900, budgetMax: 150 }], "zh")).toBe("");
    // A floor above the ceiling, within twice it: a drawback, said as such, not as "far above".
    const above = [{ kind: "aboveBudget", priceMin: 200, budgetMax: 150 }] as const;
    expect(explainMatch([...above], "zh")).toBe("");
    expect(cautionsOf([...above], "zh")).toBe("起价 200 万元高于预算上限 150 万元");
    expect(cautionsOf([...above], "en")).toBe("Starting price 2M CNY is above the budget ceiling of 1.5M CNY");
    expect(cautionsOf([{ kind: "sharedKeywords", terms: ["无人机"] }, { kind: "matureTechnology", trl: 9 }], "zh")).toBe("");
    expect(explainMatch([{ kind: "sharedKeywords", terms: ["无人机"] }, { kind: "matureTechnology", trl: 9 }], "zh")).toBe("共同关键词：无人机");
  });

  it("leaves out a category without names (its code is not for readers), and shows an unknown district as its code rather than failing", () => {
    expect(explainMatch([{ kind: "sameCategory", category: "SPACE" }], "en")).toBe("");
    expect(explainMatch([{ kind: "sameCategory", category: "SPACE", names: { zh: "航天", en: "Space" } }], "en")).toBe("Same category: Space");
    expect(explainMatch([{ kind: "sameDistrict", district: "NOWHERE" }], "zh")).toBe("同在NOWHERE");
  });

  it("is empty when there is nothing to say", () => {
    expect(explainMatch([], "zh")).toBe("");
    expect(explainMatch([], "en")).toBe("");
  });

  it("explains a real scored pair", () => {
    const { reasons: scored } = scoreMatch({
      textScore: 0.9,
      scenario: scenario({ firstUnitTypes: ["FIRST_SET"] }),
      solution: solution({ title: "无人机自动机场", tags: ["无人机", "自动机场"], category: "LOW_ALTITUDE", trl: 8, priceMin: 60, priceMax: 120, firstUnit: { type: "FIRST_SET", status: "RECOGNISED" } }),
    });
    const named = scored.map((reason) => (reason.kind === "sameCategory" ? { ...reason, names: LOW_ALTITUDE } : reason));
    expect(explainMatch(named, "zh")).toBe("共同关键词：无人机；同属低空应用；首台套已认定；报价 60–120 万元不超过预算上限 200 万元");
  });
});

describe("hostile text", () => {
  it("scores and explains every Big List of Naughty Strings entry without throwing", async () => {
    const { readFile } = await import("node:fs/promises");
    const strings: string[] = JSON.parse(await readFile(new URL("../../../tests/fixtures/blns.json", import.meta.url), "utf8"));
    for (const text of [...strings, "无".repeat(10_000)]) {
      const result = scoreMatch({
        textScore: 0.5,
        scenario: scenario({ title: text, tags: [text, "无人机"] }),
        solution: solution({ title: text, tags: [text], district: text }),
      });
      expect(Number.isFinite(result.score)).toBe(true);
      expect(typeof explainMatch(result.reasons, "zh")).toBe("string");
    }
  });
});

describe("names from the app", () => {
  it("shows a category by the names the app gives it, in the reader's language", () => {
    const reasons = [{ kind: "sameCategory" as const, category: "OTHER", names: { zh: "其他领域", en: "other fields" } }];
    expect(explainMatch(reasons, "zh")).toBe("同属其他领域");
    expect(explainMatch(reasons, "en")).toBe("Same category: other fields");
  });

  it("shows a district by the app's translation of its code", () => {
    expect(explainMatch([{ kind: "sameDistrict", district: "LANSHAN" }], "zh")).toBe("同在岚山区");
    expect(explainMatch([{ kind: "sameDistrict", district: "LANSHAN" }], "en")).toBe("Same district (Lanshan District)");
  });
});
