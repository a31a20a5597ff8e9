/**
 * The two search indexes of the marketplace — what a document holds and how each engine indexes it.
 * Pure (no database): the app maps Prisma rows onto these documents in documents.server.ts, the matching
 * evaluation maps data-set records onto them, and the benchmark generates them.
 *
 * Only public records are ever indexed (published or finished scenarios, published solutions, never
 * hidden ones), so a search or a match can never show a draft: visibility is decided before indexing,
 * and the search pages re-read the records they show from the database as a second check.
 */
import { BILINGUAL_GLOSSARY } from "./bilingual-glossary";
import type { IndexSettings } from "./search-engine";
import { bilingualSynonyms } from "./synonyms";

export const SCENARIO_INDEX = "scenarios";
export const SOLUTION_INDEX = "solutions";
export type IndexName = typeof SCENARIO_INDEX | typeof SOLUTION_INDEX;

/** Domain words kept whole by the tokenizers (Meilisearch's jieba would otherwise cut them). */
export const DOMAIN_DICTIONARY = [
  "首台套", "首批次", "首版次", "低空经济", "无人机", "数字孪生", "人工智能", "大模型", "机器视觉", "物联网",
  "智慧港口", "自动驾驶", "储能", "氢能", "光伏", "碳排放", "工业互联网", "边缘计算", "区块链", "北斗",
  "巡检", "海洋牧场", "冷链", "新材料", "机器人", "激光雷达", "专精特新",
];

/** Groups of terms that mean the same thing to our users; a query for one finds the others. */
export const DOMAIN_SYNONYMS: string[][] = [
  ["无人机", "UAV", "drone", "unmanned aerial vehicle", "unmanned aircraft", "无人驾驶航空器"],
  ["人工智能", "AI", "artificial intelligence"],
  ["大模型", "LLM", "large language model", "large model"],
  // "internet of things" without its stop word: both engines drop stop words before looking phrases up.
  ["物联网", "IoT", "internet things"],
  ["数字孪生", "digital twin"],
  ["机器视觉", "computer vision", "machine vision"],
  ["激光雷达", "LiDAR"],
  // BeiDou is the system's official English name (a QA review found it only through the pinyin fallback).
  ["北斗", "BDS", "BeiDou"],
  ["储能", "energy storage"],
];

/**
 * Variant spellings of one Chinese word (异形词) that records and users both write: each finds the others, for
 * search only (matching compares records by their text, in which either spelling is the same word to the
 * latent space). 燃气泄露 found nothing where four scenarios say 燃气泄漏. Only pairs that are the same word in
 * every use belong here, two characters each (the engines' pieces), so a query's other words are unaffected.
 */
export const VARIANT_SPELLINGS: string[][] = [
  ["泄漏", "泄露"],
  ["图像", "图象"],
  ["账号", "帐号"],
  ["账户", "帐户"],
];

/**
 * A Chinese trade term and its short forms (简称), which people write as often as the full term: each finds the
 * others, for search only, as VARIANT_SPELLINGS do. 门座起重机 found no solution where three say 门机 (QA review),
 * because the Chinese words of a glossary entry do not find each other (bilingual-glossary.ts, rule 2: most are
 * neighbours, not the same thing). Only a short form that means the full term in every use belongs here.
 */
export const SHORT_FORMS: string[][] = [
  ["门座起重机", "门机"],
  ["岸边集装箱起重机", "岸桥", "桥吊"],
  ["重型卡车", "重卡"],
  ["信息技术应用创新", "信创"],
];

/**
 * The bilingual glossary as one-way synonyms (synonyms.ts): an English word finds the Chinese terms of its
 * entry, a Chinese word the English ones. For search only — matching reads DOMAIN_SYNONYMS as concept terms
 * (text-relevance.ts); the glossary as concept terms did not change matching measurably (ADR 0011).
 */
export const GLOSSARY_SYNONYMS: Record<string, string[]> = bilingualSynonyms(BILINGUAL_GLOSSARY);

/**
 * English function words a query ignores (IndexSettings.stopWords). Deliberately short: no word that is also
 * a term of the trade when capitalised ("IT", "ITS" for intelligent transport systems, "US", "NO" for nitric
 * oxide), no negation ("not", "without"). A synonym phrase is written without them ("internet things"):
 * queries lose their stop words before phrases are looked up, on both engines (bilingual-glossary.test.ts
 * checks that no term contains one).
 */
export const ENGLISH_STOP_WORDS = [
  "a", "an", "the", "and", "or", "of", "for", "in", "on", "at", "to", "by", "from", "with", "into", "onto", "via",
  "per", "as", "is", "are", "be", "this", "that", "these", "those", "our", "we", "your", "their",
];

/**
 * Budget and price bands in 万元 (10k CNY), each from its lower edge up to (not including) its upper one. A
 * record's range belongs to every band it reaches into: one that ends exactly at a band's lower edge does not
 * (80–200 is a 50–200 budget, as its label reads, not also a 200–500 one: a QA review found five such budgets
 * listed under 200–500); a single amount belongs to the band that holds it (200–200 is 200–500).
 */
export const MONEY_BANDS = [
  { code: "0-50", min: 0, max: 50 },
  { code: "50-200", min: 50, max: 200 },
  { code: "200-500", min: 200, max: 500 },
  { code: "500-1000", min: 500, max: 1000 },
  { code: "1000+", min: 1000, max: Number.POSITIVE_INFINITY },
] as const;
export type MoneyBand = (typeof MONEY_BANDS)[number]["code"];

export function moneyBands(min: number, max: number): MoneyBand[] {
  return MONEY_BANDS.filter((band) => min < band.max && (max > band.min || (min === max && max >= band.min))).map((band) => band.code);
}

// Maturity stages are the solutions domain's (the form and cards show the same words the facet counts).
export { MATURITY_STAGES, maturityStage, type MaturityStage } from "../solutions/solutions.schema";
import type { MaturityStage } from "../solutions/solutions.schema";

/** Text every match and search reads, shared by both sides. */
type TextFields = {
  id: string;
  title: string;
  summary: string;
  description: string;
  tags: string[];
  industryChain: string[];
  orgName: string;
};

export type ScenarioSearchDoc = TextFields & {
  /** Category code (DIGITAL, LOW_ALTITUDE …). */
  category: string;
  district: string;
  mode: string;
  /** PUBLISHED (open for bids until `deadline`), CLOSED, AWARDED or UNAWARDED. */
  status: string;
  firstUnitTypes: string[];
  /** Absent only in evaluation data sets without a budget; the app always has one. */
  budgetMin?: number;
  budgetMax?: number;
  budgetBands: MoneyBand[];
  /** Epoch milliseconds; absent only in evaluation data sets. */
  deadline?: number;
  /**
   * 1 when the scenario was open for bids (published, deadline ahead) as its document was built, else 0: the
   * deadline sort puts open scenarios first (browse.ts). A number, as both engines sort numbers. It cannot go
   * stale for long: the deadline job closes a scenario within a minute of its deadline, and the status change
   * rewrites the document. Absent only in evaluation data sets (documents.server.ts always sets it).
   */
  openForBids?: 0 | 1;
  publishedAt: number;
  orgId: string;
};

export type SolutionSearchDoc = TextFields & {
  category: string;
  /** The firm's district. */
  district: string;
  /** The firm's enterprise tier, absent when it has none. */
  tier?: string;
  /** The firm's qualifications a buyer filters by (firmQualificationsOf), absent when it has none. */
  firmQualifications?: string[];
  trl: number;
  maturity: MaturityStage;
  /** Absent unless the solution is recognised as, or applying to be, a first-unit product. */
  firstUnitType?: string;
  firstUnitStatus: string;
  /** Absent only in evaluation data sets without a price; the app always has one. */
  priceMin?: number;
  priceMax?: number;
  priceBands: MoneyBand[];
  independentInnovation: boolean;
  seekingInvestment: boolean;
  publishedAt: number;
  orgId: string;
};

/** The fields a sort may use, checked against the documents' types (browse.ts sorts only by these). */
export const SCENARIO_SORTABLE = ["publishedAt", "deadline", "budgetMax", "openForBids"] as const satisfies readonly (keyof ScenarioSearchDoc)[];
export const SOLUTION_SORTABLE = ["publishedAt", "trl", "priceMin"] as const satisfies readonly (keyof SolutionSearchDoc)[];
export type ScenarioSortField = (typeof SCENARIO_SORTABLE)[number];
export type SolutionSortField = (typeof SOLUTION_SORTABLE)[number];

/**
 * Fields the app sets on every document of the index (documents.server.ts) that documents written by an
 * older version lack. Changed settings reach an index through ensureIndex, but its documents are only
 * rewritten from the database by a rebuild: prepareSearch rebuilds an index at start when one of its
 * documents lacks one of these fields (on Meilisearch; the embedded engine is filled afresh at every start).
 * Each must be filterable (the check is an `exists` filter).
 */
export const FIELDS_ON_EVERY_DOCUMENT: Record<IndexName, readonly string[]> = {
  [SCENARIO_INDEX]: ["openForBids"] satisfies (keyof ScenarioSearchDoc)[],
  [SOLUTION_INDEX]: [],
};

const SEARCHABLE = [
  { field: "title", weight: 5 },
  { field: "tags", weight: 3 },
  { field: "summary", weight: 2 },
  { field: "industryChain", weight: 1.5 },
  { field: "description", weight: 1 },
  { field: "orgName", weight: 1 },
];

export const SCENARIO_INDEX_SETTINGS: IndexSettings = {
  searchable: SEARCHABLE,
  filterable: {
    // The id is filterable so pages can leave out records withdrawn a moment ago (browse.ts).
    id: "keyword",
    category: "keyword",
    district: "keyword",
    mode: "keyword",
    status: "keyword",
    firstUnitTypes: "keyword[]",
    budgetMin: "number",
    budgetMax: "number",
    budgetBands: "keyword[]",
    deadline: "number",
    openForBids: "number",
    publishedAt: "number",
    orgId: "keyword",
  },
  sortable: [...SCENARIO_SORTABLE],
  synonyms: [...DOMAIN_SYNONYMS, ...VARIANT_SPELLINGS, ...SHORT_FORMS],
  oneWaySynonyms: GLOSSARY_SYNONYMS,
  stopWords: ENGLISH_STOP_WORDS,
  dictionary: DOMAIN_DICTIONARY,
};

export const SOLUTION_INDEX_SETTINGS: IndexSettings = {
  searchable: SEARCHABLE,
  filterable: {
    id: "keyword",
    category: "keyword",
    district: "keyword",
    tier: "keyword",
    firmQualifications: "keyword[]",
    trl: "number",
    maturity: "keyword",
    firstUnitType: "keyword",
    firstUnitStatus: "keyword",
    priceMin: "number",
    priceMax: "number",
    priceBands: "keyword[]",
    independentInnovation: "boolean",
    seekingInvestment: "boolean",
    publishedAt: "number",
    orgId: "keyword",
  },
  sortable: [...SOLUTION_SORTABLE],
  synonyms: [...DOMAIN_SYNONYMS, ...VARIANT_SPELLINGS, ...SHORT_FORMS],
  oneWaySynonyms: GLOSSARY_SYNONYMS,
  stopWords: ENGLISH_STOP_WORDS,
  dictionary: DOMAIN_DICTIONARY,
};

export const INDEX_SETTINGS: Record<IndexName, IndexSettings> = {
  [SCENARIO_INDEX]: SCENARIO_INDEX_SETTINGS,
  [SOLUTION_INDEX]: SOLUTION_INDEX_SETTINGS,
};
