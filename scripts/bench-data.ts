/**
 * The generated records and the timing helpers of the search benchmarks (bench-search.ts, bench-orama.ts):
 * both index the same documents, drawn from one seeded PRNG (`--seed`, default 7), so two runs — and the two
 * scripts — measure the same records and the same queries.
 */
import { DEV_SCENARIOS, DEV_SOLUTIONS } from "../prisma/seed-data/matching-dev";
import { maturityStage, moneyBands, type ScenarioSearchDoc, type SolutionSearchDoc } from "../app/modules/search/indexes";
import { DISTRICTS } from "../app/modules/orgs/districts";
import { mulberry32 } from "../app/utils/seeded-random";

export function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  const value = at === -1 ? Number.NaN : Number(process.argv[at + 1]);
  return Number.isFinite(value) && value > 0 ? value : fallback;
}

/** A seeded PRNG, so two runs index the same records. */
const random = mulberry32(option("seed", 7));
export const pick = <T,>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
export const sample = <T,>(items: readonly T[], n: number): T[] => Array.from({ length: n }, () => pick(items));
const between = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));

const sentencesOf = (text: string) => text.split(/(?<=[。；！？])/u).map((s) => s.trim()).filter(Boolean);
export const source = [...DEV_SCENARIOS, ...DEV_SOLUTIONS];
export const categories: string[] = [...new Set(source.map((record) => record.category))];
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
export const NOW = Date.UTC(2026, 10, 28);
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

export function scenario(i: number): ScenarioSearchDoc {
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

export function solution(i: number): SolutionSearchDoc {
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

/** p50/p95/p99/max of `count` runs of `run(i)`, after 20 untimed runs that warm the JIT and caches. */
export async function timeRuns(run: (i: number) => Promise<unknown>, count: number) {
  for (let i = 0; i < 20; i++) await run(i);
  const samples: number[] = [];
  for (let i = 0; i < count; i++) {
    const started = performance.now();
    await run(i);
    samples.push(performance.now() - started);
  }
  return percentiles(samples);
}

function percentiles(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
  const round = (ms: number) => Math.round(ms * 100) / 100;
  return { p50: round(at(50)), p95: round(at(95)), p99: round(at(99)), max: round(sorted.at(-1)!) };
}

