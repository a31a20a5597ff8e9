/**
 * npm run bench:search [-- --records 100000 --queries 400 --seed 7 --only keyword,faceted,browse,matching]
 *
 * Generates `records` scenarios AND `records` solutions of realistic Chinese text (sentences, titles and
 * tags recombined from the 120 records of the matching development set, with districts, budgets, TRLs
 * and first-unit flags drawn at random), indexes them in the embedded engine with the app's index
 * settings, and prints index time, memory (RSS and heap) and p50/p95/p99 latency of:
 *   - keyword search (1–3 words, page of 20 with highlights),
 *   - faceted search (a query, three filters, counts for every keyword facet, page of 20),
 *   - a search page as /scenarios and /solutions run it (browse.ts planBrowse: results, disjunctive facet
 *     counts and deadline buckets in one multi-search; the database read of the 20 hits is not included),
 *   - matching for one record (retrieval queries + scoring, the app's matchSolutions/matchScenarios).
 * The figures are printed, not asserted: the issue's targets are faceted p95 ≤ 20 ms and matching
 * p95 ≤ 50 ms at 100k records on a 2-core machine.
 */
import { DEV_SCENARIOS, DEV_SOLUTIONS } from "../prisma/seed-data/matching-dev";
import { warmChineseSegmenter } from "../app/modules/search/chinese-words.server";
import { createEmbeddedSearchEngine } from "../app/modules/search/embedded-engine.server";
import {
  INDEX_SETTINGS,
  SCENARIO_INDEX,
  SOLUTION_INDEX,
  maturityStage,
  moneyBands,
  type ScenarioSearchDoc,
  type SolutionSearchDoc,
} from "../app/modules/search/indexes";
import type { FilterTree, SearchQuery } from "../app/modules/search/search-engine";
import { matchScenarios, matchSolutions, matchStatisticsOf } from "../app/modules/matching/engine-matching";
import { parseBrowseState, planBrowse } from "../app/modules/search/browse";
import { buildTermStatistics } from "../app/modules/matching/text-relevance";
import { DISTRICTS } from "../app/modules/orgs/districts";
import { mulberry32 } from "../app/utils/seeded-random";

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  const value = at === -1 ? Number.NaN : Number(process.argv[at + 1]);
  return Number.isFinite(value) && value > 0 ? value : fallback;
}

const RECORDS = option("records", 100_000);
const QUERIES = option("queries", 400);
/** A seeded PRNG, so two runs index the same records. */
const random = mulberry32(option("seed", 7));
const onlyAt = process.argv.indexOf("--only");
const ONLY = new Set(onlyAt === -1 ? ["keyword", "faceted", "browse", "matching"] : (process.argv[onlyAt + 1] ?? "").split(","));

const pick = <T,>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
const sample = <T,>(items: readonly T[], n: number): T[] => Array.from({ length: n }, () => pick(items));
const between = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));

const sentencesOf = (text: string) => text.split(/(?<=[。；！？])/u).map((s) => s.trim()).filter(Boolean);
const source = [...DEV_SCENARIOS, ...DEV_SOLUTIONS];
const categories: string[] = [...new Set(source.map((record) => record.category))];
/** Per category: every sentence, title, tag and industry chain of the development records. */
const pools = new Map<string, { sentences: string[]; summaries: string[]; titles: string[]; tags: string[]; chains: string[] }>(
  categories.map((category) => {
    const records = source.filter((record) => record.category === category);
    return [
      category,
      {
        sentences: records.flatMap((record) => sentencesOf(record.description)),
        summaries: records.map((record) => record.summary),
        titles: records.map((record) => record.title),
        tags: records.flatMap((record) => record.tags),
        chains: records.flatMap((record) => record.industryChain),
      },
    ];
  }),
);
const PLACES = ["石臼港区", "岚山港区", "东港区", "莒县", "五莲县", "开发区", "高新区", "山海天", "海洋城", "日照市"];
const MODES = ["OPEN_CALL", "CHALLENGE", "INVITATION"];
const STATUSES = ["PUBLISHED", "PUBLISHED", "PUBLISHED", "CLOSED", "AWARDED", "UNAWARDED"];
const TIERS = ["STARTUP", "TECH_SME", "HIGH_TECH", "TECH_LEADER"];
const FIRST_UNIT = ["FIRST_SET", "FIRST_BATCH", "FIRST_VERSION"];
const NOW = Date.UTC(2026, 10, 28);
const DAY = 86_400_000;

function text(category: string) {
  const pool = pools.get(category)!;
  return {
    title: `${pick(PLACES)}${pick(pool.titles)}${random() < 0.3 ? `（${pick(pool.tags)}）` : ""}`,
    summary: pick(pool.summaries),
    description: sample(pool.sentences, between(3, 6)).join(""),
    tags: [...new Set(sample(pool.tags, between(3, 6)))],
    industryChain: [...new Set(sample(pool.chains, between(1, 2)))],
    orgName: `${pick(PLACES)}${pick(["科技", "智能", "信息", "装备", "海洋", "能源"])}${pick(["有限公司", "股份有限公司", "集团"])}`,
  };
}

function scenario(i: number): ScenarioSearchDoc {
  const category = pick(categories);
  const budgetMin = between(1, 120) * 10;
  const budgetMax = budgetMin + between(0, 80) * 10;
  return {
    id: `bs${i}`,
    ...text(category),
    category,
    district: pick(DISTRICTS),
    mode: pick(MODES),
    status: pick(STATUSES),
    firstUnitTypes: random() < 0.2 ? [pick(FIRST_UNIT)] : [],
    budgetMin,
    budgetMax,
    budgetBands: moneyBands(budgetMin, budgetMax),
    deadline: NOW + between(-120, 365) * DAY,
    publishedAt: NOW - between(0, 700) * DAY,
    orgId: `org${between(1, 2000)}`,
  };
}

function solution(i: number): SolutionSearchDoc {
  const category = pick(categories);
  const priceMin = between(1, 100) * 5;
  const priceMax = priceMin + between(0, 60) * 5;
  const trl = between(3, 9);
  const firstUnitStatus = random() < 0.15 ? pick(["APPLYING", "RECOGNISED"]) : "NONE";
  const doc: SolutionSearchDoc = {
    id: `bp${i}`,
    ...text(category),
    category,
    district: pick(DISTRICTS),
    tier: pick(TIERS),
    trl,
    maturity: maturityStage(trl),
    firstUnitStatus,
    priceMin,
    priceMax,
    priceBands: moneyBands(priceMin, priceMax),
    independentInnovation: random() < 0.2,
    seekingInvestment: random() < 0.3,
    publishedAt: NOW - between(0, 700) * DAY,
    orgId: `org${between(1, 5000)}`,
  };
  if (firstUnitStatus !== "NONE") doc.firstUnitType = pick(FIRST_UNIT);
  return doc;
}

function percentiles(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
  const round = (ms: number) => Math.round(ms * 100) / 100;
  return { p50: round(at(50)), p95: round(at(95)), p99: round(at(99)), max: round(sorted.at(-1)!) };
}

async function measure(label: string, run: (i: number) => Promise<unknown>) {
  const kind = label.split(" ")[0]!;
  if (!ONLY.has(kind)) return null;
  for (let i = 0; i < 20; i++) await run(i); // warm-up: JIT and caches
  const samples: number[] = [];
  for (let i = 0; i < QUERIES; i++) {
    const started = performance.now();
    await run(i);
    samples.push(performance.now() - started);
  }
  const figures = percentiles(samples);
  console.log(`${label.padEnd(44)} p50 ${String(figures.p50).padStart(7)} ms   p95 ${String(figures.p95).padStart(7)} ms   p99 ${String(figures.p99).padStart(7)} ms   max ${figures.max} ms`);
  return figures;
}

const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);

async function main() {
  console.log(`SceneBridge search benchmark: ${RECORDS} scenarios + ${RECORDS} solutions, embedded engine, ${QUERIES} queries per measurement, Node ${process.version}`);
  const generated = performance.now();
  const scenarios = Array.from({ length: RECORDS }, (_, i) => scenario(i));
  const solutions = Array.from({ length: RECORDS }, (_, i) => solution(i));
  console.log(`generated in ${Math.round(performance.now() - generated)} ms`);

  // The engine's Chinese query segmenter (jieba) is loaded as the app loads it, before the indexes, so its
  // dictionary is not counted as index memory nor paid by the first query; its own size is printed.
  globalThis.gc?.();
  const withoutSegmenter = process.memoryUsage().rss;
  const segmenterStarted = performance.now();
  warmChineseSegmenter();
  globalThis.gc?.();
  const before = process.memoryUsage();
  console.log(`Chinese query segmenter (jieba) loaded in ${Math.round(performance.now() - segmenterStarted)} ms, RSS +${mb(before.rss - withoutSegmenter)} MB`);
  const engine = createEmbeddedSearchEngine();
  await engine.ensureIndex(SCENARIO_INDEX, INDEX_SETTINGS[SCENARIO_INDEX]);
  await engine.ensureIndex(SOLUTION_INDEX, INDEX_SETTINGS[SOLUTION_INDEX]);
  const indexing = performance.now();
  for (let i = 0; i < RECORDS; i += 1000) {
    await engine.upsert(SCENARIO_INDEX, scenarios.slice(i, i + 1000));
    await engine.upsert(SOLUTION_INDEX, solutions.slice(i, i + 1000));
  }
  const indexMs = performance.now() - indexing;
  globalThis.gc?.();
  const after = process.memoryUsage();
  console.log(`indexed ${2 * RECORDS} documents in ${(indexMs / 1000).toFixed(1)} s (${Math.round((2 * RECORDS) / (indexMs / 1000))} docs/s)`);
  console.log(
    `memory: RSS ${mb(after.rss)} MB (+${mb(after.rss - before.rss)} MB for the indexes), heap used ${mb(after.heapUsed)} MB (+${mb(after.heapUsed - before.heapUsed)} MB), array buffers ${mb(after.arrayBuffers)} MB${globalThis.gc ? "" : " (run with --expose-gc for settled figures)"}`,
  );

  const words = [...new Set(source.flatMap((record) => record.tags))];
  const keyword = await measure("keyword search (1–3 words, 20 hits)", (i) =>
    engine.search(i % 2 ? SCENARIO_INDEX : SOLUTION_INDEX, {
      q: sample(words, 1 + (i % 3)).join(" "),
      matching: "all",
      pageSize: 20,
      highlight: ["title", "summary"],
    }),
  );

  const faceted = await measure("faceted search (query + 3 filters + facets)", (i) => {
    const query: SearchQuery = i % 2
      ? {
          q: pick(words),
          filter: {
            and: [
              { field: "category", in: [pick(categories), pick(categories)] },
              { field: "status", eq: "PUBLISHED" },
              { field: "deadline", range: { gte: NOW } },
            ],
          } satisfies FilterTree,
          facets: ["category", "district", "mode", "status", "firstUnitTypes", "budgetBands"],
          sort: [{ field: "deadline", direction: "asc" }],
        }
      : {
          q: pick(words),
          filter: {
            and: [
              { field: "district", in: [pick(DISTRICTS), pick(DISTRICTS), pick(DISTRICTS)] },
              { field: "trl", range: { gte: 6 } },
              { field: "priceBands", in: ["50-200", "200-500"] },
            ],
          } satisfies FilterTree,
          facets: ["category", "district", "tier", "maturity", "firstUnitType", "firstUnitStatus", "priceBands", "independentInnovation", "seekingInvestment"],
        };
    return engine.search(i % 2 ? SCENARIO_INDEX : SOLUTION_INDEX, { ...query, pageSize: 20, highlight: ["title", "summary"] });
  });

  const pages = [
    ["scenarios", "q=巡检&category=LOW_ALTITUDE&category=PORT_LOGISTICS&district=DONGGANG&deadline=open"],
    ["scenarios", "q=无人机&mode=CHALLENGE&budget=200-500"],
    ["solutions", "q=平台&maturity=MASS_PRODUCTION&tier=HIGH_TECH&tier=TECH_LEADER&price=50-200"],
    ["solutions", "q=机器人&firstUnitStatus=RECOGNISED&district=LANSHAN"],
  ] as const;
  const browse = await measure("browse page (results + disjunctive facets)", (i) => {
    const [kind, query] = pages[i % pages.length]!;
    const plan = planBrowse(kind, parseBrowseState(kind, new URLSearchParams(query)), NOW, { pageSize: 20 });
    return engine.multiSearch(plan.map((item) => item.query));
  });

  if (!ONLY.has("matching")) return print(null);
  const statsStarted = performance.now();
  const scenarioStatistics = buildTermStatistics(scenarios);
  const solutionStatistics = buildTermStatistics(solutions);
  console.log(`term statistics for matching (both sides, built once and cached by the app) in ${Math.round(performance.now() - statsStarted)} ms`);
  const latentStarted = performance.now();
  const statistics = await matchStatisticsOf(scenarioStatistics, solutionStatistics);
  const { latent } = statistics;
  console.log(
    `latent semantic space (${latent.dimensions} dimensions, ${latent.termRows.size} terms, from ${scenarioStatistics.sample.rows.length} + ${solutionStatistics.sample.rows.length} sampled records) in ${Math.round(performance.now() - latentStarted)} ms`,
  );
  const openScenarios: FilterTree = { and: [{ field: "status", eq: "PUBLISHED" }, { field: "deadline", range: { gte: NOW } }] };
  const matching = await measure("matching one record (top 10 of candidates)", (i) =>
    i % 2
      ? matchSolutions(engine, pick(scenarios), statistics, { limit: 10 })
      : matchScenarios(engine, pick(solutions), statistics, { limit: 10, filter: openScenarios }),
  );

  print(matching);

  function print(matchingMs: typeof matching) {
    const final = process.memoryUsage();
    console.log(`memory at the end: RSS ${mb(final.rss)} MB, heap used ${mb(final.heapUsed)} MB`);
    console.log(
      JSON.stringify({
        records: { scenarios: RECORDS, solutions: RECORDS },
        indexSeconds: Math.round(indexMs / 100) / 10,
        memoryMB: { rss: mb(after.rss), indexRssDelta: mb(after.rss - before.rss), heapUsed: mb(after.heapUsed), indexHeapDelta: mb(after.heapUsed - before.heapUsed) },
        keywordMs: keyword,
        facetedMs: faceted,
        browsePageMs: browse,
        matchingMs,
      }),
    );
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
