/**
 * npm run bench:orama [-- --records 10000 --queries 200 --seed 7]
 *
 * Reruns the measurement behind ADR 0010 (why the embedded engine is our own index, not Orama): the same
 * generated documents as bench:search (bench-data.ts, `records` scenarios AND `records` solutions in two
 * indexes per engine) go into Orama 3.1.18 and into our engine, and the same queries, drawn once from the
 * seeded PRNG, are timed on both:
 *   - keyword search: 1–3 words, all must match, 20 hits;
 *   - faceted search: a word, three filters, counts for every keyword facet, 20 hits (scenarios by deadline);
 *   - a matching-style query: six words of a record, any may match, 50 hits.
 * Both engines index with our tokenizer (tokenizeForIndex: overlapping CJK two-character pieces, Latin words,
 * whole domain words). Orama gets its fastest configuration that still answers the same questions
 * (ORAMA_CONFIGURATION below says which and why); our engine runs with the app's index settings (field
 * weights, synonyms, stop words). A column shows how far the two top-10 lists agree, so a reader sees both
 * engines answer comparably; they are not identical (BM25 variants, and Orama's "all words" must hold in one
 * field, its "any" takes any two-character piece rather than any whole word).
 */
import { create, insertMultiple, search as oramaSearch, type AnyOrama, type Results, type TypedDocument } from "@orama/orama";
import { warmChineseSegmenter } from "../app/modules/search/chinese-words.server";
import { createEmbeddedSearchEngine } from "../app/modules/search/embedded-engine.server";
import {
  DOMAIN_DICTIONARY,
  INDEX_SETTINGS,
  SCENARIO_INDEX,
  SOLUTION_INDEX,
  type IndexName,
  type ScenarioSearchDoc,
  type SolutionSearchDoc,
} from "../app/modules/search/indexes";
import type { FilterTree, SearchQuery } from "../app/modules/search/search-engine";
import { tokenizeForIndex } from "../app/modules/search/tokenizer";
import { DISTRICTS } from "../app/modules/orgs/districts";
import { NOW, categories, option, pick, sample, scenario, solution, source, timeRuns } from "./bench-data";

const RECORDS = option("records", 10_000);
const QUERIES = option("queries", 200);
const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);

const ORAMA_CONFIGURATION = [
  "searchable text as string / string[] (title, tags, summary, industryChain, description, orgName) with our field weights as `boost`",
  "filters and facets as enum / enum[] / number / boolean; only deadline sortable (sort: { unsortableProperties })",
  "custom tokenizer: tokenizeForIndex, each token once per field (Orama's own default, allowDuplicates: false)",
  "tolerance: 0; threshold 0 for all words, 1 for any word; not `exact: true`, whose `\\b` word-boundary check drops every Chinese match",
];

// Searchable fields and their weights, as the app's index settings give them to our engine.
const WEIGHTS = Object.fromEntries(INDEX_SETTINGS[SCENARIO_INDEX].searchable.map(({ field, weight }) => [field, weight ?? 1]));
const TEXT = { title: "string", tags: "string[]", summary: "string", industryChain: "string[]", description: "string", orgName: "string" } as const;
const SCHEMAS = {
  [SCENARIO_INDEX]: {
    ...TEXT,
    category: "enum", district: "enum", mode: "enum", status: "enum", firstUnitTypes: "enum[]", budgetBands: "enum[]",
    budgetMin: "number", budgetMax: "number", deadline: "number", publishedAt: "number",
  },
  [SOLUTION_INDEX]: {
    ...TEXT,
    category: "enum", district: "enum", tier: "enum", maturity: "enum", firstUnitType: "enum", firstUnitStatus: "enum", priceBands: "enum[]",
    trl: "number", priceMin: "number", priceMax: "number", publishedAt: "number", independentInnovation: "boolean", seekingInvestment: "boolean",
  },
} as const;
const SORTED_BY = ["deadline"];

/**
 * Our tokenizer in the shape Orama calls. Each token once per field, as Orama's own tokenizer returns them:
 * with repeats its insert counts every repeat as another document holding the token (inflating the IDF
 * denominator) and rescans the field's tokens once per repeat.
 *
 * Why not `exact: true`, which would spare the radix tree its prefix expansion (`tolerance: 0` does not:
 * RadixNode.find still collects every word below the token's node, i.e. domain words and Latin words that
 * start with it): in 3.1.18 `exact` also keeps only documents whose raw text holds each space-separated
 * query word between regex `\b` boundaries, and a Chinese word inside Chinese text has none, so every
 * Chinese query would find nothing (methods/search-fulltext.js). Tried on 2026-12-05 at 10k + 10k: tokens
 * with repeats, or tokens ending in a sentinel character so that the prefix look-up finds exactly one word,
 * changed Orama's index time and latencies by no more than the noise between runs.
 */
const ourTokenizer = {
  language: "english",
  normalizationCache: new Map<string, string>(),
  tokenize: (raw: string) => tokenizeForIndex(raw, DOMAIN_DICTIONARY),
};

/** Our filter tree (the flat and-trees the benchmark uses) as an Orama `where`. */
function oramaWhere(filter: FilterTree, schema: Record<string, string>): Record<string, unknown> {
  const where: Record<string, unknown> = {};
  for (const leaf of "and" in filter ? filter.and : [filter]) {
    if (!("field" in leaf)) throw new Error("the benchmark only uses flat and-trees");
    const list = schema[leaf.field]?.endsWith("[]");
    if ("in" in leaf) where[leaf.field] = list ? { containsAny: leaf.in } : { in: leaf.in };
    else if ("eq" in leaf) where[leaf.field] = typeof leaf.eq === "boolean" ? leaf.eq : list ? { containsAny: [leaf.eq] } : { eq: leaf.eq };
    else if ("range" in leaf) {
      const { gte, lte } = leaf.range;
      where[leaf.field] = gte !== undefined && lte !== undefined ? { between: [gte, lte] } : gte !== undefined ? { gte } : { lte };
    } else throw new Error(`no Orama filter for ${JSON.stringify(leaf)}`);
  }
  return where;
}

type BenchQuery = { index: IndexName; query: SearchQuery };
type Answer = { ids: string[]; total: number };

async function main() {
  console.log(`Orama 3.1.18 vs the embedded engine: ${RECORDS} scenarios + ${RECORDS} solutions, ${QUERIES} queries per measurement, Node ${process.version}`);
  console.log(`Orama configuration:\n${ORAMA_CONFIGURATION.map((line) => `  - ${line}`).join("\n")}`);
  const scenarios = Array.from({ length: RECORDS }, (_, i) => scenario(i));
  const solutions = Array.from({ length: RECORDS }, (_, i) => solution(i));
  const documents = { [SCENARIO_INDEX]: scenarios, [SOLUTION_INDEX]: solutions };

  // Ours first, then Orama, each measured from a full collection before to one after. The query segmenter
  // (jieba) is loaded first, as the app loads it, so neither engine's figures include it.
  warmChineseSegmenter();
  globalThis.gc?.();
  const start = process.memoryUsage();
  const ours = createEmbeddedSearchEngine();
  let started = performance.now();
  for (const index of [SCENARIO_INDEX, SOLUTION_INDEX] as const) {
    await ours.ensureIndex(index, INDEX_SETTINGS[index]);
    for (let i = 0; i < RECORDS; i += 1000) await ours.upsert(index, documents[index].slice(i, i + 1000));
  }
  const oursIndexMs = performance.now() - started;
  globalThis.gc?.();
  const afterOurs = process.memoryUsage();

  started = performance.now();
  const orama = {} as Record<IndexName, AnyOrama>;
  for (const index of [SCENARIO_INDEX, SOLUTION_INDEX] as const) {
    const schema = SCHEMAS[index];
    orama[index] = create({
      schema,
      components: { tokenizer: ourTokenizer },
      sort: { unsortableProperties: Object.keys(schema).filter((field) => !SORTED_BY.includes(field)) },
    });
    // The id needs no schema entry: Orama takes a document's `id` as its own.
    await insertMultiple(orama[index], documents[index] as (ScenarioSearchDoc | SolutionSearchDoc)[] as never, 1000);
  }
  const oramaIndexMs = performance.now() - started;
  globalThis.gc?.();
  const afterOrama = process.memoryUsage();

  // The queries, drawn once so both engines answer exactly the same ones.
  const words = [...new Set(source.flatMap((record) => record.tags))];
  const keyword: BenchQuery[] = Array.from({ length: QUERIES }, (_, i) => ({
    index: i % 2 ? SCENARIO_INDEX : SOLUTION_INDEX,
    query: { q: sample(words, 1 + (i % 3)).join(" "), matching: "all", pageSize: 20 },
  }));
  const faceted: BenchQuery[] = Array.from({ length: QUERIES }, (_, i) =>
    i % 2
      ? {
          index: SCENARIO_INDEX,
          query: {
            q: pick(words),
            filter: { and: [{ field: "category", in: [pick(categories), pick(categories)] }, { field: "status", eq: "PUBLISHED" }, { field: "deadline", range: { gte: NOW } }] },
            facets: ["category", "district", "mode", "status", "firstUnitTypes", "budgetBands"],
            sort: [{ field: "deadline", direction: "asc" }],
            pageSize: 20,
          },
        }
      : {
          index: SOLUTION_INDEX,
          query: {
            q: pick(words),
            filter: { and: [{ field: "district", in: [pick(DISTRICTS), pick(DISTRICTS), pick(DISTRICTS)] }, { field: "trl", range: { gte: 6 } }, { field: "seekingInvestment", eq: true }] },
            facets: ["category", "district", "tier", "maturity", "firstUnitType", "firstUnitStatus", "priceBands", "independentInnovation", "seekingInvestment"],
            pageSize: 20,
          },
        },
  );
  const anyWords: BenchQuery[] = Array.from({ length: QUERIES }, (_, i) => {
    // Six different words of a record (its tags and industry chain, topped up from every tag when it has fewer),
    // sent to the other side's index, as matching looks for a scenario's solutions and a solution's scenarios.
    const record = i % 2 ? pick(solutions) : pick(scenarios);
    const own = [...new Set([...record.tags, ...record.industryChain])];
    const chosen = new Set<string>();
    while (chosen.size < Math.min(6, own.length)) chosen.add(pick(own));
    while (chosen.size < 6) chosen.add(pick(words));
    return { index: i % 2 ? SCENARIO_INDEX : SOLUTION_INDEX, query: { q: [...chosen].join(" "), matching: "any", pageSize: 50, exactTotal: false } };
  });

  const askOurs = async ({ index, query }: BenchQuery): Promise<Answer> => {
    const result = await ours.search(index, query);
    return { ids: result.hits.map((hit) => hit.id), total: result.total };
  };
  const askOrama = async ({ index, query }: BenchQuery): Promise<Answer> => {
    const sort = query.sort?.[0];
    const result = (await oramaSearch(orama[index], {
      term: query.q,
      properties: Object.keys(TEXT),
      boost: WEIGHTS,
      tolerance: 0,
      threshold: query.matching === "any" ? 1 : 0,
      limit: query.pageSize,
      ...(query.filter ? { where: oramaWhere(query.filter, SCHEMAS[index]) } : {}),
      ...(query.facets ? { facets: Object.fromEntries(query.facets.map((field) => [field, {}])) } : {}),
      ...(sort ? { sortBy: { property: sort.field, order: sort.direction === "asc" ? "ASC" : "DESC" } } : {}),
    } as never)) as Results<TypedDocument<AnyOrama>>;
    return { ids: result.hits.map((hit) => hit.id), total: result.count };
  };

  const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  const memory = (after: NodeJS.MemoryUsage, before: NodeJS.MemoryUsage) => `RSS +${mb(after.rss - before.rss)} MB, heap +${mb(after.heapUsed - before.heapUsed)} MB`;
  const cell = (text: string | number, width = 10) => String(text).padStart(width);
  console.log(`\n${"".padEnd(46)}${cell("ours", 30)}${cell("Orama 3.1.18", 30)}`);
  console.log(`${"index time".padEnd(46)}${cell(seconds(oursIndexMs), 30)}${cell(seconds(oramaIndexMs), 30)}`);
  console.log(`${"memory after indexing (after gc)".padEnd(46)}${cell(memory(afterOurs, start), 30)}${cell(memory(afterOrama, afterOurs), 30)}`);
  console.log(`${"latency, ms".padEnd(46)}${["p50", "p95", "p99", "p50", "p95", "p99"].map((label) => cell(label)).join("")}${cell("matches", 18)}${cell("top-10 overlap", 16)}`);

  const figures: Record<string, unknown> = {};
  const measurements = [
    ["keyword (1–3 words, all, 20 hits)", keyword],
    ["faceted (word + 3 filters + facets, 20 hits)", faceted],
    ["matching-style (6 words, any, 50 hits)", anyWords],
  ] as const;
  for (const [label, queries] of measurements) {
    // Agreement first (untimed): the share of the larger top-10 list that the other list holds too.
    let overlap = 0;
    let oursMatches = 0;
    let oramaMatches = 0;
    for (const benchQuery of queries) {
      const [a, b] = [await askOurs(benchQuery), await askOrama(benchQuery)];
      const top = new Set(a.ids.slice(0, 10));
      const other = b.ids.slice(0, 10);
      overlap += top.size === 0 && other.length === 0 ? 1 : other.filter((id) => top.has(id)).length / Math.max(top.size, other.length);
      oursMatches += a.total;
      oramaMatches += b.total;
    }
    const oursMs = await timeRuns((i) => askOurs(queries[i % queries.length]!), queries.length);
    const oramaMs = await timeRuns((i) => askOrama(queries[i % queries.length]!), queries.length);
    // Our "any" query with exactTotal: false stops counting once the page is settled: its total is a lower bound.
    const atLeast = queries[0]!.query.exactTotal === false ? "≥" : "";
    const matches = `${atLeast}${Math.round(oursMatches / queries.length)} / ${Math.round(oramaMatches / queries.length)}`;
    console.log(
      `${label.padEnd(46)}${[oursMs.p50, oursMs.p95, oursMs.p99, oramaMs.p50, oramaMs.p95, oramaMs.p99].map((ms) => cell(ms.toFixed(2))).join("")}${cell(matches, 18)}${cell((overlap / queries.length).toFixed(2), 16)}`,
    );
    figures[label] = { ours: oursMs, orama: oramaMs, meanMatches: { ours: oursMatches / queries.length, orama: oramaMatches / queries.length }, top10Overlap: overlap / queries.length };
  }
  console.log(
    JSON.stringify({
      records: { scenarios: RECORDS, solutions: RECORDS },
      indexSeconds: { ours: Math.round(oursIndexMs / 100) / 10, orama: Math.round(oramaIndexMs / 100) / 10 },
      memoryMB: {
        ours: { rss: mb(afterOurs.rss - start.rss), heap: mb(afterOurs.heapUsed - start.heapUsed) },
        orama: { rss: mb(afterOrama.rss - afterOurs.rss), heap: mb(afterOrama.heapUsed - afterOurs.heapUsed) },
      },
      ...figures,
    }),
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
