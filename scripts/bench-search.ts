/**
 * npm run bench:search [-- --records 100000 --queries 400 --seed 7 --only keyword,faceted,browse,matching,recommendations]
 *
 * Generates `records` scenarios AND `records` solutions of realistic Chinese text (sentences, titles and
 * tags recombined from the 120 records of the matching development set, with districts, budgets, TRLs
 * and first-unit flags drawn at random), indexes them in the embedded engine with the app's index
 * settings, and prints index time, memory (RSS and heap) and p50/p95/p99 latency of:
 *   - keyword search (1–3 words, page of 20 with highlights),
 *   - faceted search (a query, three filters, counts for every keyword facet, page of 20),
 *   - a search page as /scenarios and /solutions run it (browse.ts planBrowse: results, disjunctive facet
 *     counts and deadline buckets in one multi-search; the database read of the 20 hits is not included),
 *   - matching for one record (retrieval queries + scoring, the app's matchSolutions/matchScenarios), and the
 *     same as the recommendation panels run it (explainedOnly: closeness floors and explanation rules).
 * The figures are printed, not asserted: the targets are faceted p95 ≤ 20 ms and matching
 * p95 ≤ 50 ms at 100k records on a 2-core machine.
 */
import { warmChineseSegmenter } from "../app/modules/search/chinese-words.server";
import { createEmbeddedSearchEngine } from "../app/modules/search/embedded-engine.server";
import { INDEX_SETTINGS, SCENARIO_INDEX, SOLUTION_INDEX } from "../app/modules/search/indexes";
import type { FilterTree, SearchQuery } from "../app/modules/search/search-engine";
import { matchScenarios, matchSolutions, matchStatisticsOf } from "../app/modules/matching/engine-matching";
import { parseBrowseState, planBrowse } from "../app/modules/search/browse";
import { buildTermStatistics } from "../app/modules/matching/text-relevance";
import { DISTRICTS } from "../app/modules/orgs/districts";
import { NOW, categories, option, pick, sample, scenario, solution, source, timeRuns } from "./bench-data";

const RECORDS = option("records", 100_000);
const QUERIES = option("queries", 400);
const onlyAt = process.argv.indexOf("--only");
const ONLY = new Set(onlyAt === -1 ? ["keyword", "faceted", "browse", "matching", "recommendations"] : (process.argv[onlyAt + 1] ?? "").split(","));

async function measure(label: string, run: (i: number) => Promise<unknown>) {
  const kind = label.split(" ")[0]!;
  if (!ONLY.has(kind)) return null;
  const figures = await timeRuns(run, QUERIES);
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

  if (!ONLY.has("matching") && !ONLY.has("recommendations")) return print(null);
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

  // What the app's recommendation panels run: the same matching with the closeness floors and the explanation
  // rules (explainedOnly), which compute a lexical cosine or the shared keywords for some candidates.
  const recommending = await measure("recommendations for one record (matching with explainedOnly)", (i) =>
    i % 2
      ? matchSolutions(engine, pick(scenarios), statistics, { limit: 10, explainedOnly: true })
      : matchScenarios(engine, pick(solutions), statistics, { limit: 10, filter: openScenarios, explainedOnly: true }),
  );

  print(matching, recommending);

  function print(matchingMs: typeof matching, recommendationsMs: typeof matching = null) {
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
        recommendationsMs,
      }),
    );
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
