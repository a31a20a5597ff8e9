import { describe, expect, it } from "vitest";
import type { MatchScenario, MatchSolution } from "./dataset";
import { scenario, solution } from "./fixtures.test-helpers";
import { MATCH_WEIGHTS as W, explainsRelevance, scoreMatch, sharedKeywords, tagOverlap } from "./score";

// The default fixtures share nothing: different category, chain, district, tags; TRL 5; and here no price (the
// budget tests give one against the fixture's 100–200 budget). Their score is the text score alone.
const neutral = (s: Partial<MatchScenario> = {}, p: Partial<MatchSolution> = {}, textScore = 0.5) =>
  scoreMatch({ textScore, scenario: scenario(s), solution: solution({ priceMin: null, priceMax: null, ...p }) });

describe("scoreMatch components", () => {
  it("is the text score alone, with no reasons, when nothing else matches", () => {
    expect(neutral()).toEqual({ score: 0.5, reasons: [] });
  });

  it("clamps the text score into 0–1 and treats NaN as 0", () => {
    expect(neutral({}, {}, 1.7).score).toBe(1);
    expect(neutral({}, {}, -3).score).toBe(0);
    expect(neutral({}, {}, Number.NaN).score).toBe(0);
  });

  it("names the same category as a reason without ranking by it", () => {
    const result = neutral({}, { category: "LOW_ALTITUDE" });
    expect(W.category).toBe(0);
    expect(result.score).toBeCloseTo(0.5, 12);
    expect(result.reasons).toEqual([{ kind: "sameCategory", category: "LOW_ALTITUDE" }]);
  });

  it("adds half the chain bonus per shared industry chain, saturating at two", () => {
    expect(neutral({ industryChain: ["智慧港口", "低空经济", "安全"] }, { industryChain: ["智慧港口"] }).score).toBeCloseTo(0.5 * (1 + W.industryChain / 2), 12);
    const three = neutral({ industryChain: ["智慧港口", "低空经济", "安全"] }, { industryChain: ["安全", "智慧港口", "低空经济"] });
    expect(three.score).toBeCloseTo(0.5 * (1 + W.industryChain), 12);
    expect(three.reasons).toEqual([{ kind: "sharedIndustryChain", chains: ["智慧港口", "低空经济", "安全"] }]);
  });

  it("reads a chain written in English as the Chinese chain the glossary says it is (a QA review)", () => {
    expect(neutral({ industryChain: ["智慧港口", "低空经济"] }, { industryChain: ["Smart Port", "low-altitude economy"] }).reasons).toEqual([
      { kind: "sharedIndustryChain", chains: ["智慧港口", "低空经济"] },
    ]);
    expect(neutral({ industryChain: ["smart ports"] }, { industryChain: ["智慧港口"] }).reasons).toEqual([{ kind: "sharedIndustryChain", chains: ["smart ports"] }]);
    // Two Chinese chains are compared as written: the glossary's Chinese words of one entry are not one chain.
    expect(neutral({ industryChain: ["港口"] }, { industryChain: ["港区"] }).reasons).toEqual([]);
  });

  it("rewards TRL above 5 linearly and penalises TRL below 5", () => {
    expect(neutral({}, { trl: 9 }).score).toBeCloseTo(0.5 * (1 + W.maturity), 12);
    expect(neutral({}, { trl: 7 }).score).toBeCloseTo(0.5 * (1 + W.maturity / 2), 12);
    expect(neutral({}, { trl: 7 }).reasons).toEqual([{ kind: "matureTechnology", trl: 7 }]);
    expect(neutral({}, { trl: 1 }).score).toBeCloseTo(0.5 * (1 - W.lowMaturityPenalty), 12);
    expect(neutral({}, { trl: 4 }).reasons).toEqual([{ kind: "lowMaturity", trl: 4 }]);
    expect(neutral({}, { trl: 4 }).score).toBeLessThan(neutral({}, { trl: 5 }).score);
  });

  it("gives a strong boost to a recognised first-unit product of an expected type, a small one while applying", () => {
    const expects = { firstUnitTypes: ["FIRST_SET" as const] };
    const recognised = neutral(expects, { firstUnit: { type: "FIRST_SET", status: "RECOGNISED" } });
    expect(recognised.score).toBeCloseTo(0.5 * (1 + W.firstUnitRecognised), 12);
    expect(recognised.reasons).toEqual([{ kind: "firstUnitRecognised", type: "FIRST_SET" }]);
    const applying = neutral(expects, { firstUnit: { type: "FIRST_SET", status: "APPLYING" } });
    expect(applying.score).toBeCloseTo(0.5 * (1 + W.firstUnitApplying), 12);
    expect(W.firstUnitRecognised).toBeGreaterThan(2 * W.firstUnitApplying);
    expect(neutral(expects, { firstUnit: { type: "FIRST_SET", status: "NONE" } }).score).toBe(0.5);
  });

  it("ignores a first-unit product of a type the scenario does not expect, or when it expects none", () => {
    expect(neutral({ firstUnitTypes: ["FIRST_VERSION"] }, { firstUnit: { type: "FIRST_SET", status: "RECOGNISED" } }).score).toBe(0.5);
    expect(neutral({ firstUnitTypes: [] }, { firstUnit: { type: "FIRST_SET", status: "RECOGNISED" } }).score).toBe(0.5);
  });

  it("boosts a price range overlapping the budget, including touching its edge", () => {
    const inside = neutral({}, { priceMin: 120, priceMax: 150 });
    expect(inside.score).toBeCloseTo(0.5 * (1 + W.withinBudget), 12);
    expect(inside.reasons).toEqual([{ kind: "withinBudget", priceMin: 120, priceMax: 150, budgetMin: 100, budgetMax: 200 }]);
    expect(neutral({}, { priceMin: 200, priceMax: 260 }).score).toBeCloseTo(0.5 * (1 + W.withinBudget), 12);
    // A range that only touches the ceiling: the same bonus, and a reason of its own (explained as a caution).
    expect(neutral({}, { priceMin: 200, priceMax: 260 }).reasons).toEqual([{ kind: "startsAtBudgetCeiling", priceMin: 200, priceMax: 260, budgetMax: 200 }]);
    expect(neutral({}, { priceMin: 150, priceMax: 260 }).reasons).toEqual([{ kind: "overlapsBudget", priceMin: 150, priceMax: 260, budgetMin: 100, budgetMax: 200 }]);
    expect(neutral({}, { priceMin: 10, priceMax: 100 }).score).toBeCloseTo(0.5 * (1 + W.withinBudget), 12);
  });

  it("penalises a price floor beyond twice the budget ceiling, and is neutral without a budget or price", () => {
    // Above the ceiling but within twice it: no penalty, but said.
    const above = neutral({}, { priceMin: 400, priceMax: 500 });
    expect(above.score).toBe(0.5);
    expect(above.reasons).toEqual([{ kind: "aboveBudget", priceMin: 400, budgetMax: 200 }]);
    const far = neutral({}, { priceMin: 401, priceMax: 900 });
    expect(far.score).toBeCloseTo(0.5 * (1 - W.overBudgetPenalty), 12);
    expect(far.reasons).toEqual([{ kind: "overBudget", priceMin: 401, budgetMax: 200 }]);
    expect(neutral({ budgetMin: null, budgetMax: null }, { priceMin: 9000, priceMax: 9000 }).score).toBe(0.5);
    expect(neutral({}, { priceMin: null, priceMax: null }).score).toBe(0.5);
  });

  it("adds a small bonus for the same district, never for two empty districts", () => {
    expect(neutral({}, { district: "东港区" }).score).toBeCloseTo(0.5 * (1 + W.sameDistrict), 12);
    expect(neutral({ district: "" }, { district: "" }).score).toBe(0.5);
  });

  it("rewards shared tags by their overlap and explains them as readable keywords", () => {
    const result = neutral({ tags: ["无人机巡检", "门机"] }, { tags: ["无人机", "自动机场"], title: "无人机自动机场" });
    expect(result.score).toBeGreaterThan(0.5);
    expect(result.reasons[0]).toEqual({ kind: "sharedKeywords", terms: ["无人机"] });
  });

  it("explains a pair written in two languages through the search glossary, a Chinese pair through its own words", () => {
    // A QA review: an English solution's only keyword for the Chinese need it solves was 无人机.
    const need = { title: "港口门座起重机无人机巡检", summary: "", description: "", tags: ["无人机巡检", "起重机", "缺陷识别"] };
    const english = { title: "Autonomous drone inspection of port cranes", summary: "Defect recognition from a drone dock", description: "", tags: ["drone", "inspection", "cranes"] };
    const keywords = (s: Partial<MatchScenario>, p: Partial<MatchSolution>) => neutral(s, p).reasons.find((reason) => reason.kind === "sharedKeywords");
    expect(keywords(need, english)).toEqual({ kind: "sharedKeywords", terms: expect.arrayContaining(["无人机", "巡检", "起重机"]) });
    // Between two Chinese records, 巡检 and 检查 (both "inspection") are not one keyword.
    expect(keywords({ title: "管廊巡检", summary: "", description: "", tags: ["巡检"] }, { title: "管廊检查机器人", summary: "", description: "", tags: ["检查"] })).toBeUndefined();
  });

  it("keeps every structured bonus together below the text gap between a strong and a weak text match", () => {
    const allBonuses = W.tags + W.category + W.industryChain + W.maturity + W.firstUnitRecognised + W.withinBudget + W.sameDistrict;
    expect(allBonuses).toBeLessThan(W.text * 0.5);
  });
});

describe("tagOverlap", () => {
  it("is the shared share of the smaller tag vocabulary, in bigrams", () => {
    // {无人, 人机} ⊂ {无人, 人机, 机巡, 巡检}: all of the smaller side is shared.
    expect(tagOverlap(["无人机巡检"], ["无人机"])).toBe(1);
    // {门机} vs {光伏, 伏清, 清洗}: nothing shared.
    expect(tagOverlap(["门机"], ["光伏清洗"])).toBe(0);
    // {无人, 人机, 门机} vs {无人, 人机, 光伏, 伏板}: 2 shared of the smaller side's 3.
    expect(tagOverlap(["无人机", "门机"], ["无人机", "光伏板"])).toBeCloseTo(2 / 3, 12);
    expect(tagOverlap([], ["无人机"])).toBe(0);
  });
});

describe("sharedKeywords", () => {
  it("returns whole common words, longest first, none inside another, no single characters", () => {
    const terms = sharedKeywords(
      { title: "石臼港区门座起重机无人机自主巡检", tags: ["无人机巡检", "门机", "自动机场"] },
      { title: "无人机自动机场", tags: ["无人机", "自动机场", "巡检"] },
    );
    expect(terms).toContain("自动机场");
    expect(terms).toContain("无人机");
    for (const term of terms) {
      expect(Array.from(term).length).toBeGreaterThanOrEqual(2);
      expect(terms.filter((other) => other !== term && other.includes(term))).toEqual([]);
    }
  });

  it("names a domain concept both records use in different wordings, in the first record's wording, instead of a fragment", () => {
    const terms = sharedKeywords(
      { title: "莒县输电线路无人机自主巡检", tags: ["无人机", "输电线路", "巡检"] },
      { title: "无人驾驶航空器自动机场巡检系统", tags: ["无人驾驶航空器", "自动机场"] },
    );
    expect(terms).toContain("无人机");
    expect(terms).not.toContain("无人");
    expect(sharedKeywords({ title: "Port UAV inspection", tags: [] }, { title: "港口", tags: ["无人机"] })).toEqual(["UAV"]);
    // As for words: a title alone against a title is not enough (titles straddle words, and name side topics).
    expect(sharedKeywords({ title: "港口UAV巡检", tags: [] }, { title: "茶园无人机", tags: [] })).toEqual([]);
    // Latin wordings only as whole words: "ai" inside "maintenance" is no shared AI.
    expect(sharedKeywords({ title: "巡检", tags: ["人工智能"] }, { title: "maintenance", tags: ["maintenance"] })).toEqual([]);
  });

  it("does not offer 无人机 as shared with 反无人机 (a counter-drone system), in tags, titles or wordings", () => {
    const scenario = { title: "石臼港区门座起重机无人机自主巡检", tags: ["无人机", "巡检", "门机"] };
    const counterDrone = { title: "低空雷达与光电协同反无人机系统", tags: ["反无人机", "雷达", "光电"] };
    expect(sharedKeywords(scenario, counterDrone)).not.toContain("无人机");
    expect(sharedKeywords(counterDrone, scenario)).not.toContain("无人机");
    expect(sharedKeywords({ title: "港口UAV巡检", tags: ["UAV"] }, counterDrone)).toEqual([]);
    // The same record saying 无人机 elsewhere still shares it.
    expect(sharedKeywords(scenario, { title: "反无人机与无人机巡检一体化平台", tags: ["反无人机", "无人机"] })).toContain("无人机");
  });

  it("shares whole words only, never a fragment of one (as the search cuts them)", () => {
    expect(sharedKeywords({ title: "岸桥改造", tags: ["远程操控", "岸桥"] }, { title: "港机方案", tags: ["远程操作"] })).toEqual(["远程"]);
    expect(sharedKeywords({ title: "工地", tags: ["扬尘监测"] }, { title: "港区", tags: ["粉尘监测"] })).toEqual(["监测"]);
    // A Latin tag inside a longer Latin word of the other title is no shared word.
    expect(sharedKeywords({ title: "海滨低空观光航线", tags: ["观光"] }, { title: "eVTOL 载人飞行器", tags: ["VTOL"] })).toEqual([]);
    expect(sharedKeywords({ title: "x", tags: ["eVTOL"] }, { title: "y", tags: ["VTOL"] })).toEqual([]);
    // Blank tags share nothing (and must not send the search for an empty piece round for ever).
    expect(sharedKeywords({ title: "巡检 ", tags: [" ", ""] }, { title: " 巡检", tags: ["  "] })).toEqual([]);
    // Trade words jieba does not know are not cut into characters: 门机 stays one word.
    expect(sharedKeywords({ title: "x", tags: ["门机钢结构"] }, { title: "y", tags: ["门机巡检"] })).toEqual(["门机"]);
  });

  it("matches Latin words case-insensitively, shows them as the first record wrote them, and caps the list", () => {
    expect(sharedKeywords({ title: "x", tags: ["TDLAS"] }, { title: "y", tags: ["tdlas"] })).toEqual(["TDLAS"]);
    expect(sharedKeywords({ title: "x", tags: ["VTOL固定翼"] }, { title: "y", tags: ["vtol"] })).toEqual(["VTOL"]);
    const many = ["甲乙", "丙丁", "戊己", "庚辛", "壬癸", "子丑", "寅卯"];
    expect(sharedKeywords({ title: "", tags: many }, { title: "", tags: many }, 5)).toHaveLength(5);
  });
});

describe("scoreMatch monotonicity", () => {
  // Deterministic pseudo-random pairs, so a failure is reproducible.
  let seed = 42;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const pick = <T,>(list: readonly T[]) => list[Math.floor(random() * list.length)];
  const TAGS = ["无人机巡检", "门机", "钢结构", "光伏清洗", "储能", "智慧港口", "TDLAS", "焊缝检测", "数字孪生", "冷链"];
  const CHAINS = ["智慧港口", "低空经济", "新能源", "海洋经济", "医疗器械"];
  const CATEGORIES = ["LOW_ALTITUDE", "DIGITAL", "MARINE", "HEALTH"];
  const DISTRICTS = ["东港区", "岚山区", "莒县"];
  const some = <T,>(list: readonly T[]) => list.filter(() => random() < 0.3);

  const pairs = Array.from({ length: 300 }, () => {
    const budgetMin = Math.floor(random() * 500);
    const priceMin = Math.floor(random() * 1500);
    return {
      textScore: random(),
      scenario: scenario({
        tags: some(TAGS),
        industryChain: some(CHAINS),
        category: pick(CATEGORIES),
        district: pick(DISTRICTS),
        budgetMin,
        budgetMax: budgetMin + Math.floor(random() * 500),
        firstUnitTypes: some(["FIRST_SET", "FIRST_BATCH", "FIRST_VERSION"] as const),
      }),
      solution: solution({
        tags: some(TAGS),
        industryChain: some(CHAINS),
        category: pick(CATEGORIES),
        district: pick(DISTRICTS),
        trl: 1 + Math.floor(random() * 9),
        priceMin,
        priceMax: priceMin + Math.floor(random() * 500),
        firstUnit: random() < 0.5 ? null : { type: pick(["FIRST_SET", "FIRST_BATCH", "FIRST_VERSION"] as const), status: pick(["NONE", "APPLYING", "RECOGNISED"] as const) },
      }),
    };
  });

  const check = (change: (pair: (typeof pairs)[number]) => (typeof pairs)[number]) => {
    for (const pair of pairs) expect(scoreMatch(change(pair)).score).toBeGreaterThanOrEqual(scoreMatch(pair).score - 1e-12);
  };

  it("adding a shared tag never lowers the score", () => {
    for (const tag of ["无人机巡检", "全新标签", "冷链"]) {
      check((p) => ({ ...p, scenario: { ...p.scenario, tags: [...p.scenario.tags, tag] }, solution: { ...p.solution, tags: [...p.solution.tags, tag] } }));
    }
  });

  it("a higher text score never lowers the score", () => {
    check((p) => ({ ...p, textScore: Math.min(1, p.textScore + 0.1) }));
  });

  it("a shared industry chain, the same category or the same district never lowers the score", () => {
    check((p) => ({ ...p, scenario: { ...p.scenario, industryChain: [...p.scenario.industryChain, "共同链"] }, solution: { ...p.solution, industryChain: [...p.solution.industryChain, "共同链"] } }));
    check((p) => ({ ...p, solution: { ...p.solution, category: p.scenario.category } }));
    check((p) => ({ ...p, solution: { ...p.solution, district: p.scenario.district } }));
  });

  it("a more mature product never scores lower", () => {
    check((p) => ({ ...p, solution: { ...p.solution, trl: Math.min(9, p.solution.trl + 1) } }));
  });

  it("recognition of a first-unit product never lowers the score", () => {
    check((p) => ({ ...p, solution: { ...p.solution, firstUnit: p.solution.firstUnit && { ...p.solution.firstUnit, status: "RECOGNISED" } } }));
    check((p) => (p.solution.firstUnit?.status === "NONE" ? { ...p, solution: { ...p.solution, firstUnit: { ...p.solution.firstUnit, status: "APPLYING" } } } : p));
  });

  it("a lower price never lowers the score", () => {
    check((p) => {
      const { priceMin, priceMax } = p.solution;
      return { ...p, solution: { ...p.solution, priceMin: Math.floor((priceMin ?? 0) / 2), priceMax: Math.max(Math.floor((priceMin ?? 0) / 2), Math.floor((priceMax ?? 0) / 2), p.scenario.budgetMin ?? 0) } };
    });
  });
});

describe("explainsRelevance", () => {
  it("holds for shared keywords or industry chain, never for the category or fit alone", () => {
    expect(explainsRelevance([{ kind: "sharedKeywords", terms: ["无人机"] }])).toBe(true);
    expect(explainsRelevance([{ kind: "sameCategory", category: "LOW_ALTITUDE" }])).toBe(false);
    expect(explainsRelevance([{ kind: "sharedIndustryChain", chains: ["智慧港口"] }, { kind: "matureTechnology", trl: 9 }])).toBe(true);
    expect(explainsRelevance([{ kind: "matureTechnology", trl: 9 }, { kind: "withinBudget", priceMin: 1, priceMax: 2, budgetMin: 1, budgetMax: 3 }, { kind: "sameDistrict", district: "DONGGANG" }])).toBe(false);
    expect(explainsRelevance([])).toBe(false);
  });

  it("leaves the industry chain out when the pair is too far apart for a chain alone to explain it", () => {
    const chain = { kind: "sharedIndustryChain" as const, chains: ["智慧港口"] };
    const keywords = { kind: "sharedKeywords" as const, terms: ["无人机"] };
    expect(explainsRelevance([chain], { chainExplains: () => false })).toBe(false);
    expect(explainsRelevance([chain, keywords], { chainExplains: () => false })).toBe(true);
    expect(explainsRelevance([chain], { chainExplains: () => true })).toBe(true);
  });

  it("counts only the keywords the rules let explain, when they say which", () => {
    const keywords = { kind: "sharedKeywords" as const, terms: ["监测", "溶解氧"] };
    const rare = (keyword: string) => keyword === "溶解氧";
    expect(explainsRelevance([keywords], { keywordExplains: rare })).toBe(true);
    expect(explainsRelevance([{ kind: "sharedKeywords", terms: ["监测", "识别"] }], { keywordExplains: rare })).toBe(false);
    expect(explainsRelevance([{ kind: "sharedKeywords", terms: ["监测"] }, { kind: "sharedIndustryChain", chains: ["生态环境"] }], { keywordExplains: rare })).toBe(true);
    expect(explainsRelevance([{ kind: "sharedKeywords", terms: ["监测"] }])).toBe(true);
  });

  it("holds for a scored pair of unrelated records only through what they share", () => {
    const tea = solution({ title: "茶园植保无人机", tags: ["植保"], category: "LOW_ALTITUDE", industryChain: ["农业"], trl: 9 });
    const crane = scenario({ title: "岸桥防摇远程操控改造", tags: ["岸桥", "防摇"], category: "PORT_LOGISTICS", industryChain: ["智慧港口"] });
    expect(explainsRelevance(scoreMatch({ textScore: 0.4, scenario: crane, solution: tea }).reasons)).toBe(false);
    expect(explainsRelevance(scoreMatch({ textScore: 0.4, scenario: { ...crane, category: "LOW_ALTITUDE" }, solution: tea }).reasons)).toBe(false);
    expect(explainsRelevance(scoreMatch({ textScore: 0.4, scenario: { ...crane, industryChain: ["农业"] }, solution: tea }).reasons)).toBe(true);
  });
});

describe("scoreMatch without keywords", () => {
  it("scores the same and only leaves out the shared-keywords reason", () => {
    const need = scenario({ title: "门机无人机巡检", tags: ["无人机巡检", "门机"] });
    const offer = solution({ title: "门机钢结构无人机巡检服务", tags: ["无人机巡检", "钢结构"], trl: 8 });
    const full = scoreMatch({ textScore: 0.8, scenario: need, solution: offer });
    const ranked = scoreMatch({ textScore: 0.8, scenario: need, solution: offer }, { keywords: false });
    expect(ranked.score).toBe(full.score);
    expect(full.reasons.map((r) => r.kind)).toContain("sharedKeywords");
    expect(ranked.reasons).toEqual(full.reasons.filter((r) => r.kind !== "sharedKeywords"));
  });
});
