// Matching through the embedded search engine: the functions the app and `npm run eval:matching` share.
import { describe, expect, it } from "vitest";
import { createEmbeddedSearchEngine } from "../search/embedded-engine.server";
import { INDEX_SETTINGS, SCENARIO_INDEX, SOLUTION_INDEX } from "../search/indexes";
import { FLOOR_MIN_RECORDS, GENERIC_KEYWORD_SHARE, LATENT_SPACE_MAX_AGE_MS, latentSpaceStillServes, MIN_LATENT_SIMILARITY_CHAIN_ALONE, MIN_LATENT_SIMILARITY_GENERIC_KEYWORDS, MIN_LEXICAL_SIMILARITY_COARSE_REASONS, MIN_RECOMMENDED_LATENT_SIMILARITY, MIN_RECOMMENDED_LEXICAL_SIMILARITY, matchScenarios, matchSolutions, matchStatisticsOf, scenarioDocFromMatch, solutionDocFromMatch } from "./engine-matching";
import { createEngineRanker } from "./engine-ranker";
import { scenario, solution } from "./fixtures.test-helpers";
import { segment, termKey } from "./segment";
import { EMPTY_LATENT_MODEL, type LatentSemanticModel } from "./latent-semantics";
import { LATENT_WEIGHT, bm25, buildMarketplaceLatentModel, buildTermStatistics, conceptTerms, keywordShare, marketplaceIdf, matchTermKeys, matchTerms, recordTermFrequencies, lexicalSimilarityTo, relativeTextRelevance, termIdf, textRelevance } from "./text-relevance";

const solutions = [
  solution({ id: "drone", title: "门机钢结构无人机自主巡检服务", summary: "无人机自动机场定期巡检门座起重机", tags: ["无人机巡检", "门机", "钢结构"], category: "LOW_ALTITUDE", trl: 8, priceMin: 80, priceMax: 150, firstUnit: { type: "FIRST_SET", status: "RECOGNISED" } }),
  solution({ id: "uav", title: "UAV inspection of port cranes", summary: "UAV based crane inspection", description: "Automated UAV flights for 门机 inspection.", tags: ["UAV"], category: "LOW_ALTITUDE", trl: 7, priceMin: 100, priceMax: 200 }),
  solution({ id: "solar", title: "光伏组件清洗机器人", tags: ["光伏清洗"] }),
  solution({ id: "own", orgId: "org-a", title: "门机无人机巡检", tags: ["无人机巡检"] } as never),
  solution({ id: "hospital", title: "医院智能导诊机器人", tags: ["导诊"], category: "HEALTH" }),
];
const scenarios = [
  scenario({ id: "inspect", firstUnitTypes: ["FIRST_SET"] }),
  scenario({ id: "closed", title: "门机无人机巡检二期", tags: ["无人机巡检"] }),
  scenario({ id: "clinic", title: "门诊智能导诊", summary: "医院导诊机器人", description: "导诊。", tags: ["导诊"], category: "HEALTH" }),
];

const statistics = await matchStatisticsOf(buildTermStatistics(scenarios), buildTermStatistics(solutions));

/** Records with text in the title alone. */
const blank = { summary: "", description: "", tags: [], industryChain: [] };
/** A marketplace of two topics — supplies delivered by air or sea, and boiler combustion — for latent-space tests. */
const twoTopicScenarios = [
  scenario({ ...blank, id: "a", title: "锚地船舶物资投送" }),
  scenario({ ...blank, id: "b", title: "甲板降落物资投送载重" }),
  scenario({ ...blank, id: "c", title: "锅炉燃烧优化控制" }),
  scenario({ ...blank, id: "d", title: "锅炉烟气脱硝控制" }),
];

async function engineWithData() {
  const engine = createEmbeddedSearchEngine();
  await engine.ensureIndex(SOLUTION_INDEX, INDEX_SETTINGS[SOLUTION_INDEX]);
  await engine.ensureIndex(SCENARIO_INDEX, INDEX_SETTINGS[SCENARIO_INDEX]);
  await engine.upsert(SOLUTION_INDEX, solutions.map((s) => ({ ...solutionDocFromMatch(s), orgId: s.id === "own" ? "org-a" : "org-b" })));
  await engine.upsert(SCENARIO_INDEX, scenarios.map((s) => ({ ...scenarioDocFromMatch(s), status: s.id === "closed" ? "CLOSED" : "PUBLISHED" })));
  return engine;
}

describe("matchSolutions / matchScenarios", () => {
  it("ranks the solution for the same problem first and explains why", async () => {
    const engine = await engineWithData();
    const matches = await matchSolutions(engine, scenarioDocFromMatch(scenarios[0]!), statistics, { limit: 3 });
    expect(matches[0]!.id).toBe("drone");
    expect(matches.map((m) => m.id)).not.toContain("solar");
    const kinds = matches[0]!.reasons.map((reason) => reason.kind);
    expect(kinds).toEqual(expect.arrayContaining(["sharedKeywords", "firstUnitRecognised", "withinBudget"]));
    expect(matches[0]!.score).toBeGreaterThan(matches[1]?.score ?? 0);
  });

  it("finds a solution written with a synonym (UAV for 无人机)", async () => {
    const engine = await engineWithData();
    const matches = await matchSolutions(engine, scenarioDocFromMatch(scenarios[0]!), statistics, { limit: 5 });
    expect(matches.map((m) => m.id)).toContain("uav");
  });

  it("applies hard filters and exclusions on the other side", async () => {
    const engine = await engineWithData();
    const stats = statistics;
    const notOwn = await matchSolutions(engine, scenarioDocFromMatch(scenarios[0]!), stats, { filter: { not: { field: "orgId", eq: "org-a" } } });
    expect(notOwn.map((m) => m.id)).not.toContain("own");
    const excluded = await matchSolutions(engine, scenarioDocFromMatch(scenarios[0]!), stats, { excludeIds: new Set(["drone"]) });
    expect(excluded.map((m) => m.id)).not.toContain("drone");
    const open = await matchScenarios(engine, solutionDocFromMatch(solutions[0]!), statistics, { filter: { field: "status", eq: "PUBLISHED" } });
    expect(open.map((m) => m.id)).toContain("inspect");
    expect(open.map((m) => m.id)).not.toContain("closed");
  });

  it("returns the same top matches with pruning as when every candidate is scored", async () => {
    const engine = await engineWithData();
    const stats = statistics;
    const all = await matchSolutions(engine, scenarioDocFromMatch(scenarios[0]!), stats, { limit: 100 });
    const top2 = await matchSolutions(engine, scenarioDocFromMatch(scenarios[0]!), stats, { limit: 2 });
    expect(top2).toEqual(all.slice(0, 2));
  });

  it("with explainedOnly, leaves out matches that share no keyword, category or chain (what the app recommends)", async () => {
    const need = scenario({ id: "need", title: "岸桥防摇改造与无人机", summary: "", description: "集装箱岸桥防摇远程操控。", tags: ["岸桥"], category: "PORT_LOGISTICS", industryChain: ["高端装备"] });
    const tea = solution({ id: "tea", title: "茶园植保无人机服务", summary: "", description: "茶园病虫害统防统治。", tags: ["植保"], category: "SMART_MANUFACTURING", industryChain: ["农业"], trl: 9 });
    const crane = solution({ id: "crane", title: "岸桥远程操控系统", summary: "", description: "", tags: ["远程操控"], category: "SMART_MANUFACTURING", industryChain: ["农业"] });
    const engine = createEmbeddedSearchEngine();
    await engine.ensureIndex(SOLUTION_INDEX, INDEX_SETTINGS[SOLUTION_INDEX]);
    await engine.upsert(SOLUTION_INDEX, [tea, crane].map(solutionDocFromMatch));
    const stats = await matchStatisticsOf(buildTermStatistics([need]), buildTermStatistics([tea, crane]));
    const all = await matchSolutions(engine, scenarioDocFromMatch(need), stats);
    expect(all.map((m) => m.id).sort()).toEqual(["crane", "tea"]); // tea is found through 无人机 in its title alone
    const explained = await matchSolutions(engine, scenarioDocFromMatch(need), stats, { explainedOnly: true });
    expect(explained.map((m) => m.id)).toEqual(["crane"]);
    expect(explained[0]!.reasons.map((r) => r.kind)).toContain("sharedKeywords"); // 岸桥, found only by the keyword search
  });

  it("returns nothing, not an error, for a record without usable words", async () => {
    const engine = await engineWithData();
    const empty = scenarioDocFromMatch(scenario({ id: "x", title: "—", summary: "", description: "", tags: [], industryChain: [], category: "NONE" }));
    expect(await matchSolutions(engine, empty, statistics)).toEqual([]);
  });
});

describe("text relevance", () => {
  it("is, exactly, the mean of the two directions' BM25 over the records' count maps plus the weighted latent cosine, each scaled by its best", async () => {
    const record = scenario({ title: "港区门机无人机巡检", summary: "无人机自动机场巡检门机臂架和焊缝。", tags: ["无人机", "巡检"] });
    const candidates = [
      solution({ id: "a", title: "无人机机场巡检系统", summary: "无人机自动起降，巡检港口设备。", tags: ["无人机", "机场"] }),
      solution({ id: "b", title: "爬壁机器人焊缝检测", summary: "机器人沿门机钢结构爬行检测焊缝。", tags: ["机器人", "焊缝"] }),
      solution({ id: "c", title: "海洋牧场水质监测", summary: "浮标监测水温和溶解氧。", tags: ["水质"] }),
      solution({ id: "d", title: "", summary: "", description: "", tags: [] }),
    ];
    const pair = { record: buildTermStatistics([record]), candidates: buildTermStatistics(candidates) };
    const statistics = { ...pair, latent: await buildMarketplaceLatentModel(pair.record, pair.candidates, 2) };
    const { relevance, latentSimilarity, lexicalSimilarity } = textRelevance(record, candidates, statistics);
    const own = recordTermFrequencies(record);
    const idf = marketplaceIdf(statistics, own.frequencies.keys());
    const theirs = candidates.map(recordTermFrequencies);
    const best = (values: number[]) => values.map((value) => (Math.max(0, ...values) > 0 ? value / Math.max(0, ...values) : 0));
    const forward = best(theirs.map((t) => bm25(own.frequencies.keys(), t, idf, statistics.candidates.averageLength)));
    const reverse = best(theirs.map((t) => bm25(t.frequencies.keys(), own, idf, statistics.record.averageLength)));
    const expected = best(forward.map((value, i) => (value + reverse[i]!) / 2 + LATENT_WEIGHT * Math.max(0, latentSimilarity[i] ?? 0)));
    expect(relevance).toEqual(expected);
    expect(relevance[0]).toBe(1);
    // The lexical cosine it takes from the same counts is lexicalSimilarityTo's, the definition.
    const lexical = lexicalSimilarityTo(own.frequencies, statistics);
    candidates.forEach((_, i) => expect(lexicalSimilarity(i)).toBeCloseTo(lexical(theirs[i]!.frequencies), 12));
    expect(lexicalSimilarity(1)).toBeGreaterThan(0);
  });

  const drone = scenario({ title: "无人机巡检", summary: "", description: "", tags: [], industryChain: [] });

  it("names each synonym group a record uses once, whatever wording it uses", () => {
    expect(conceptTerms(drone)).toEqual(["≡无人机"]);
    expect(conceptTerms(solutions[1]!)).toEqual(["≡无人机"]); // "UAV"
    expect(conceptTerms(scenario({ title: "无人驾驶航空器与 drone 巡检", summary: "", description: "", tags: [], industryChain: [] }))).toEqual(["≡无人机"]);
    expect(conceptTerms(solutions[2]!)).toEqual([]);
  });

  it("reads every field with repeats and never makes a bigram across two fields", () => {
    const record = scenario({ title: "港口无人机", summary: "巡检", description: "门机 UAV 巡检", tags: ["钢结构", "巡检"], industryChain: ["智慧港口"] });
    const perField = [record.title, record.summary, record.description, ...record.tags, ...record.industryChain].flatMap(segment);
    expect(matchTerms(record).sort()).toEqual([...perField, "≡无人机"].sort());
    expect(matchTerms(record)).not.toContain("机巡"); // 港口无人机 | 巡检
  });

  it("gives the same terms as lookup keys, in the same order, for Chinese and English records", () => {
    const record = scenario({ title: "港口无人机", summary: "巡检", description: "门机 UAV 巡检 𠀀𠀁", tags: ["钢结构"], industryChain: ["智慧港口"] });
    const english = solution({ title: "Autonomous drone inspection of port cranes", summary: "Drone dock, defect recognition", description: "", tags: [], industryChain: [] });
    for (const text of [record, english]) {
      expect(matchTermKeys(text)).toEqual(matchTerms(text).map(termKey));
      expect(matchTermKeys(text).some((key) => typeof key === "number")).toBe(true);
    }
  });

  it("lets a record that says UAV match one that says 无人机 through their shared concept", () => {
    const idf = marketplaceIdf({ record: statistics.scenarios, candidates: statistics.solutions });
    const averageLength = statistics.solutions.averageLength;
    // A Chinese record with the acronym: the concept is the bridge, not 无人机's bigrams.
    const acronym = recordTermFrequencies(solution({ id: "acronym", title: "UAV门机巡检", summary: "", description: "", tags: [] }));
    expect(bm25(recordTermFrequencies(drone).frequencies.keys(), acronym, idf, averageLength)).toBeGreaterThan(0);
    expect(bm25(["无人", "人机"], acronym, idf, averageLength)).toBe(0);
    // A record written in English reads UAV as 无人机 (termsOfEnglish), as if it had written it in Chinese.
    const english = recordTermFrequencies(solutions[1]!);
    expect(bm25(["无人", "人机"], english, idf, averageLength)).toBeGreaterThan(0);
    expect(english.frequencies.has("uav")).toBe(false);
  });

  it("rates a term's specificity over both sides together, so a small side does not make a common word rare", () => {
    const blank = { summary: "", description: "", tags: [], industryChain: [] };
    const fewScenarios = buildTermStatistics([scenario({ ...blank, id: "a", title: "港口系统" }), scenario({ ...blank, id: "b", title: "海洋牧场" })]);
    const manySolutions = buildTermStatistics(Array.from({ length: 20 }, (_, i) => solution({ ...blank, id: `s${i}`, title: `管理系统${i}` })));
    const idf = marketplaceIdf({ record: fewScenarios, candidates: manySolutions });
    expect(idf("系统")).toBeLessThan(termIdf(fewScenarios, "系统"));
    expect(idf("牧场")).toBeCloseTo(Math.log(1 + (22 - 1 + 0.5) / (1 + 0.5)));
    expect(idf("牧场")).toBeGreaterThan(idf("系统"));
  });

  it("is zero for a record that shares no term, and 1 for the best candidate in both directions", () => {
    const marine = scenario({ title: "海洋牧场", summary: "", description: "", tags: [], industryChain: [], category: "MARINE" });
    // Lexical relevance alone (no latent space): a shared term is the only way to score.
    const pair = { record: statistics.scenarios, candidates: statistics.solutions, latent: EMPTY_LATENT_MODEL };
    expect(relativeTextRelevance(marine, [solutions[2]!], pair)).toEqual([0]);
    const [best, other, unrelated] = relativeTextRelevance(scenarios[0]!, [solutions[0]!, solutions[1]!, solutions[4]!], pair);
    expect(best).toBe(1);
    expect(other).toBeGreaterThan(unrelated!);
    expect(other).toBeLessThan(1);
  });

  it("reads a record's English through the search glossary: an English solution meets the Chinese need it solves", () => {
    const blankText = { summary: "", description: "", tags: [], industryChain: [] };
    // The QA case: a solution written in English came below a counter-drone radar for a drone inspection need.
    const need = scenario({ ...blankText, id: "need", title: "港口起重机无人机巡检", summary: "用无人机对门座起重机开展自动巡检和缺陷识别" });
    const english = solution({ ...blankText, id: "en", title: "Autonomous drone inspection of port cranes", summary: "Drone dock, defect recognition" });
    const radar = solution({ ...blankText, id: "radar", title: "低空雷达反无人机系统", summary: "对港口上空的无人机进行探测和干扰" });
    // inspection → 巡检, port → 港口, cranes → 起重机, defect → 缺陷, recognition → 识别, drone → 无人机; "drone
    // dock" is one glossary term (自动机场), read whole before its first word. Translated, not added to: the
    // English words and stop words are gone (with them, two English records formed a corner of the latent space
    // of their own, and a second QA review found neither recommended anywhere).
    const terms = matchTerms(english);
    expect(terms).toEqual(expect.arrayContaining(["巡检", "港口", "起重", "重机", "缺陷", "识别", "自动", "机场", "无人", "人机", "autonomous"]));
    for (const gone of ["drone", "inspection", "of", "port", "cranes", "dock", "defect", "recognition"]) expect(terms).not.toContain(gone);
    // A second English record in the marketplace changes nothing of that.
    const copy = solution({ ...english, id: "copy" });
    const pair = { record: buildTermStatistics([need, ...scenarios]), candidates: buildTermStatistics([english, copy, radar, ...solutions]), latent: EMPTY_LATENT_MODEL };
    const [en, counterDrone] = relativeTextRelevance(need, [english, radar], pair);
    expect(en).toBe(1);
    expect(counterDrone).toBeLessThan(en!);
    // A glossary phrase is found across the stop words it is written without: "internet of things" is 物联网
    // (a QA review: it stayed "internet", "things"), "Internet-of-Things" too; "internet, things" is not one.
    for (const title of ["Internet of Things gateway", "Internet-of-Things gateway"]) {
      const iot = matchTerms(solution({ ...blankText, id: "iot", title }));
      expect(iot, title).toEqual(expect.arrayContaining(["物联", "联网"]));
      for (const gone of ["internet", "things", "of"]) expect(iot, title).not.toContain(gone);
    }
    expect(matchTerms(solution({ ...blankText, id: "iot", title: "Internet, things" }))).not.toContain("物联");
    // A Chinese record's Latin words are acronyms beside the Chinese that says the same: not read again.
    expect(matchTerms(scenario({ ...blankText, title: "OCR文字识别" })).sort()).toEqual(["ocr", "字识", "文字", "识别"].sort());
  });

  it("retrieves for a record written in English with the Chinese of its words: an English solution finds the Chinese need it fits", async () => {
    const blankText = { summary: "", description: "", tags: [], industryChain: [] };
    // A second QA review: the firm of an English solution was not shown the crane need that ranks it first.
    const need = scenario({ ...blankText, id: "need", title: "港口起重机无人机巡检", summary: "用无人机对门座起重机开展自动巡检和缺陷识别" });
    const others = [scenario({ ...blankText, id: "boiler", title: "锅炉燃烧优化控制" }), scenario({ ...blankText, id: "clinic", title: "医院智能导诊" })];
    const english = solution({ ...blankText, id: "en", title: "Autonomous drone inspection of port cranes", summary: "Drone dock, defect recognition" });
    const engine = createEmbeddedSearchEngine();
    await engine.ensureIndex(SCENARIO_INDEX, INDEX_SETTINGS[SCENARIO_INDEX]);
    await engine.upsert(SCENARIO_INDEX, [need, ...others].map(scenarioDocFromMatch));
    const pair = await matchStatisticsOf(buildTermStatistics([need, ...others]), buildTermStatistics([english, ...solutions]));
    expect((await matchScenarios(engine, solutionDocFromMatch(english), pair)).map((m) => m.id)[0]).toBe("need");
  });

  it("reads both directions: a candidate mostly about something else ranks below an equally matching focused one", () => {
    const need = scenario({ id: "n", title: "门机钢结构巡检", summary: "", description: "", tags: [], industryChain: [] });
    const focused = solution({ id: "f", title: "门机钢结构巡检服务", summary: "", description: "", tags: [] });
    // The same words plus a long text about other things: one-way BM25 of the need barely changes, the reverse drops.
    const diluted = solution({ id: "d", title: "门机钢结构巡检服务", summary: "", description: "医院导诊、药品配送、病房护理、食堂管理、停车收费、园林绿化、保洁服务。", tags: [] });
    const stats = buildTermStatistics([focused, diluted, ...solutions]);
    const [f, d] = relativeTextRelevance(need, [focused, diluted], { record: buildTermStatistics([need, ...scenarios]), candidates: stats, latent: EMPTY_LATENT_MODEL });
    expect(f).toBeGreaterThan(d!);
  });

  it("adds latent similarity: of two candidates sharing the same words with a record, the one whose other words belong to its topic ranks first", async () => {
    // 锚地 and 甲板 never appear in the need, but the marketplace uses them with 投送/载重 (the need's topic)…
    const marketplaceScenarios = twoTopicScenarios;
    const need = scenario({ ...blank, id: "need", title: "无人机物资投送载重" });
    const onTopic = solution({ ...blank, id: "on", title: "无人机投送锚地甲板" });
    const offTopic = solution({ ...blank, id: "off", title: "无人机投送锅炉烟气" });
    const others = [solution({ ...blank, id: "x", title: "锚地甲板物资投送" }), solution({ ...blank, id: "y", title: "锅炉烟气燃烧控制" })];
    const record = buildTermStatistics([need, ...marketplaceScenarios]);
    const candidates = buildTermStatistics([onTopic, offTopic, ...others]);
    // …so with the same shared words (无人机, 投送) the on-topic candidate comes first, and only with the latent space.
    const lexical = relativeTextRelevance(need, [onTopic, offTopic], { record, candidates, latent: EMPTY_LATENT_MODEL });
    expect(lexical[0]).toBeCloseTo(lexical[1]!, 6);
    // Two topics, so two dimensions (a space as large as the corpus would just be the words again).
    const latent = await buildMarketplaceLatentModel(record, candidates, 2);
    const [on, off] = relativeTextRelevance(need, [onTopic, offTopic], { record, candidates, latent });
    expect(on).toBe(1);
    expect(off).toBeLessThan(0.95);
  });
});

describe("recommendations (explainedOnly) need to be close by the latent or the lexical cosine", () => {
  // The floors apply from FLOOR_MIN_RECORDS records on. Records of one word used nowhere else make up the
  // count: they raise every IDF alike and take no part in the latent space (its terms are in two records).
  // They share the industry chain that explains the candidates below (the category alone explains nothing,
  // score.ts), so it is a common word that adds next to nothing to either cosine.
  const fillers = (n: number) => Array.from({ length: n }, (_, i) => solution({ ...blank, id: `filler${i}`, title: `filler${i}`, industryChain: ["低空"] }));
  const need = scenario({ ...blank, id: "need", title: "海岛物资投送载重", category: "LOW_ALTITUDE", industryChain: ["低空"] });
  const onTopic = solution({ ...blank, id: "on", title: "锚地甲板物资投送", category: "LOW_ALTITUDE", industryChain: ["低空"] });
  const offTopic = solution({ ...blank, id: "off", title: "锅炉烟气脱硝燃烧优化控制载重", category: "LOW_ALTITUDE", industryChain: ["低空"] }); // shares 载重 only
  const others = [solution({ ...blank, id: "x", title: "锚地甲板物资投送载重" }), solution({ ...blank, id: "y", title: "锅炉烟气燃烧优化" })];

  async function marketplace(fillerCount: number) {
    const engine = createEmbeddedSearchEngine();
    await engine.ensureIndex(SOLUTION_INDEX, INDEX_SETTINGS[SOLUTION_INDEX]);
    await engine.upsert(SOLUTION_INDEX, [onTopic, offTopic, ...others].map(solutionDocFromMatch));
    const record = buildTermStatistics([need, ...twoTopicScenarios]);
    const candidates = buildTermStatistics([onTopic, offTopic, ...others, ...fillers(fillerCount)]);
    const statistics = { scenarios: record, solutions: candidates, latent: await buildMarketplaceLatentModel(record, candidates, 2) };
    const ids = async (explainedOnly: boolean, latent = statistics.latent) =>
      (await matchSolutions(engine, scenarioDocFromMatch(need), { ...statistics, latent }, { explainedOnly })).map((m) => m.id);
    return { record, candidates, statistics, ids };
  }

  it("leaves out a candidate that is explainable (same industry chain) and shares a word, but is about something else", async () => {
    const { record, candidates, statistics, ids } = await marketplace(FLOOR_MIN_RECORDS);
    const { latentSimilarity } = textRelevance(need, [onTopic, offTopic], { record, candidates, latent: statistics.latent });
    expect(latentSimilarity[0]).toBeGreaterThan(MIN_RECOMMENDED_LATENT_SIMILARITY);
    expect(latentSimilarity[1]).toBeLessThan(MIN_RECOMMENDED_LATENT_SIMILARITY);
    expect(lexicalSimilarityTo(recordTermFrequencies(need).frequencies, { record, candidates })(recordTermFrequencies(offTopic).frequencies)).toBeLessThan(MIN_RECOMMENDED_LEXICAL_SIMILARITY);
    expect(await ids(false)).toContain("off"); // ranked (the evaluation ranks everything)…
    expect(await ids(true)).toEqual(["on"]); // …but not recommended
  });

  it("goes by the lexical cosine where the latent one cannot tell", async () => {
    const { record, candidates, ids } = await marketplace(FLOOR_MIN_RECORDS);
    expect(lexicalSimilarityTo(recordTermFrequencies(need).frequencies, { record, candidates })(recordTermFrequencies(onTopic).frequencies)).toBeGreaterThanOrEqual(MIN_RECOMMENDED_LEXICAL_SIMILARITY);
    expect(await ids(true, EMPTY_LATENT_MODEL)).toEqual(["on"]);
  });

  it("recommends a candidate explained by the industry chain alone only when it is close in the latent space", async () => {
    const { ids } = await marketplace(FLOOR_MIN_RECORDS);
    // A space of two terms, one unique to each record (海岛 in the need, 锚地 in the candidate "on"), at a chosen
    // angle: the two records' cosine is exactly that angle's. "on" shares no keyword with the need (no tags).
    const spaceAt = (cosine: number): LatentSemanticModel => ({
      dimensions: 2,
      termRows: new Map([["海岛", 0], ["锚地", 1]]),
      vectors: new Float32Array([1, 0, cosine, Math.sqrt(1 - cosine ** 2)]),
    });
    expect(MIN_RECOMMENDED_LATENT_SIMILARITY).toBeLessThan(0.45);
    expect(await ids(false, spaceAt(0.45))).toContain("on"); // ranked…
    expect(await ids(true, spaceAt(0.45))).toEqual([]); // …close enough, but a shared chain alone does not explain it
    expect(await ids(true, spaceAt(MIN_LATENT_SIMILARITY_CHAIN_ALONE + 0.05))).toEqual(["on"]);
  });

  it("needs distinctive shared words, not latent closeness alone, for a chain to explain a recommendation (a QA review)", async () => {
    // The need and the candidate share the chain and 系统, a word of every record (the fillers say it too).
    const need = scenario({ ...blank, id: "need", title: "海岛物资投送载重系统", category: "LOW_ALTITUDE", industryChain: ["低空"] });
    const far = solution({ ...blank, id: "far", title: "锅炉烟气脱硝系统", category: "LOW_ALTITUDE", industryChain: ["低空"] });
    const fillers = Array.from({ length: FLOOR_MIN_RECORDS }, (_, i) => solution({ ...blank, id: `filler${i}`, title: `filler${i}系统`, industryChain: ["低空"] }));
    const engine = createEmbeddedSearchEngine();
    await engine.ensureIndex(SOLUTION_INDEX, INDEX_SETTINGS[SOLUTION_INDEX]);
    await engine.upsert(SOLUTION_INDEX, [solutionDocFromMatch(far)]);
    const record = buildTermStatistics([need, ...twoTopicScenarios]);
    const candidates = buildTermStatistics([far, ...fillers]);
    // A space in which the two are as close as a chain alone needs.
    const close: LatentSemanticModel = {
      dimensions: 2,
      termRows: new Map([["海岛", 0], ["锅炉", 1]]),
      vectors: new Float32Array([1, 0, MIN_LATENT_SIMILARITY_CHAIN_ALONE + 0.05, Math.sqrt(1 - (MIN_LATENT_SIMILARITY_CHAIN_ALONE + 0.05) ** 2)]),
    };
    const ids = async (explainedOnly: boolean) =>
      (await matchSolutions(engine, scenarioDocFromMatch(need), { scenarios: record, solutions: candidates, latent: close }, { explainedOnly })).map((m) => m.id);
    expect(lexicalSimilarityTo(recordTermFrequencies(need).frequencies, { record, candidates })(recordTermFrequencies(far).frequencies)).toBeLessThan(MIN_LEXICAL_SIMILARITY_COARSE_REASONS);
    expect(await ids(false)).toEqual(["far"]); // ranked, close enough…
    expect(await ids(true)).toEqual([]); // …but a chain and a word every record says explain nothing
  });

  it("recommends a candidate explained by keywords many records have only when it is close; a rare keyword explains at any closeness within a category", async () => {
    // The need and the candidate share one tag. 监测 is also in ten of the marketplace's other records (about 9 %,
    // over GENERIC_KEYWORD_SHARE); 溶解氧 is in theirs alone. The latent space is the two-term one above.
    const pair = (keyword: string, candidateCategory = "MARINE") => ({
      need: scenario({ ...blank, id: "need", title: `海岛水产${keyword}`, tags: [keyword], category: "MARINE" }),
      candidate: solution({ ...blank, id: "cand", title: `锚地扬尘${keyword}`, tags: [keyword], category: candidateCategory }),
    });
    const others = Array.from({ length: FLOOR_MIN_RECORDS }, (_, i) => solution({ ...blank, id: `other${i}`, title: i < 10 ? `other${i}监测` : `other${i}` }));
    const spaceAt = (cosine: number): LatentSemanticModel => ({
      dimensions: 2,
      termRows: new Map([["海岛", 0], ["锚地", 1]]),
      vectors: new Float32Array([1, 0, cosine, Math.sqrt(1 - cosine ** 2)]),
    });
    const recommended = async (keyword: string, cosine: number, candidateCategory?: string) => {
      const { need, candidate } = pair(keyword, candidateCategory);
      const engine = createEmbeddedSearchEngine();
      await engine.ensureIndex(SOLUTION_INDEX, INDEX_SETTINGS[SOLUTION_INDEX]);
      await engine.upsert(SOLUTION_INDEX, [solutionDocFromMatch(candidate)]);
      const statistics = { scenarios: buildTermStatistics([need]), solutions: buildTermStatistics([candidate, ...others]), latent: spaceAt(cosine) };
      const matches = await matchSolutions(engine, scenarioDocFromMatch(need), statistics, { explainedOnly: true });
      return matches.map((m) => m.reasons.find((reason) => reason.kind === "sharedKeywords"));
    };
    const between = (MIN_RECOMMENDED_LATENT_SIMILARITY + MIN_LATENT_SIMILARITY_GENERIC_KEYWORDS) / 2;
    expect(keywordShare({ record: buildTermStatistics([pair("监测").need]), candidates: buildTermStatistics([pair("监测").candidate, ...others]) }, "监测")).toBeGreaterThanOrEqual(GENERIC_KEYWORD_SHARE);
    expect(await recommended("监测", between)).toEqual([]);
    expect(await recommended("监测", MIN_LATENT_SIMILARITY_GENERIC_KEYWORDS + 0.05)).toEqual([{ kind: "sharedKeywords", terms: ["监测"] }]);
    expect(await recommended("溶解氧", between)).toEqual([{ kind: "sharedKeywords", terms: ["溶解氧"] }]);
    // Across categories a specific keyword explains only as a generic one does (a chest X-ray screening product
    // recommended for reading radiographs of castings, "共同关键词：自动判读").
    expect(await recommended("溶解氧", between, "GREEN_LOW_CARBON")).toEqual([]);
    expect(await recommended("溶解氧", MIN_LATENT_SIMILARITY_GENERIC_KEYWORDS + 0.05, "GREEN_LOW_CARBON")).toEqual([{ kind: "sharedKeywords", terms: ["溶解氧"] }]);
  });

  it("does not apply in a marketplace too small for IDF to say which words are specific", async () => {
    const { ids } = await marketplace(0);
    expect(await ids(true)).toEqual(expect.arrayContaining(["on", "off"]));
  });
});

describe("createEngineRanker", () => {
  it("ranks every record of the other side, matched ones first", async () => {
    const ranker = await createEngineRanker({ scenarios, solutions });
    const ranked = await ranker.solutionsFor(scenarios[0]!);
    expect(ranked.map((r) => r.id).sort()).toEqual(solutions.map((s) => s.id).sort());
    expect(ranked[0]!.id).toBe("drone");
    const scores = ranked.map((r) => r.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });
});

describe("latentSpaceStillServes", () => {
  const built = { documents: 200, builtAt: 1_000_000 };

  it("keeps the space while the marketplace has changed by less than a twentieth, for up to a day", () => {
    expect(latentSpaceStillServes(built, 201, built.builtAt + 60_000)).toBe(true);
    expect(latentSpaceStillServes(built, 191, built.builtAt + 60_000)).toBe(true);
    expect(latentSpaceStillServes(built, 210, built.builtAt + 60_000)).toBe(false);
    expect(latentSpaceStillServes(built, 190, built.builtAt + 60_000)).toBe(false);
    expect(latentSpaceStillServes(built, 201, built.builtAt + LATENT_SPACE_MAX_AGE_MS)).toBe(false);
  });

  it("rebuilds with every change below FLOOR_MIN_RECORDS, where the closeness rules do not apply", () => {
    const small = { documents: FLOOR_MIN_RECORDS - 1, builtAt: 0 };
    expect(latentSpaceStillServes(small, FLOOR_MIN_RECORDS - 1, 1)).toBe(false);
    expect(latentSpaceStillServes(small, FLOOR_MIN_RECORDS, 1)).toBe(false);
  });
});

