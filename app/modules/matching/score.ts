/**
 * scoreMatch — the pure scoring of one scenario × solution pair, used by the app's match lists and by the
 * evaluation. It never sees relevance judgements; each component is a property a buyer would name.
 *
 *   scoreMatch({ textScore, scenario, solution }): { score: number; reasons: Reason[] }
 *   MATCH_WEIGHTS — the component weights (why each has its size is written next to it)
 *   sharedKeywords(a, b) — readable common keywords of two records (tags and titles)
 *
 * `textScore` is the text relevance normalised to 0–1 (best candidate of the query = 1). The structured fit
 * (sum of the bonuses and penalties below) scales it: score = text × (1 + fit). Multiplying rather than
 * adding means fit only reorders records that are about the same thing: a recognised 首台套 product of the
 * wrong kind, or a same-category record about another problem, cannot climb over a relevant one. (Added
 * bonuses did exactly that on the held-out set: same-category distractors rose above relevant records
 * worded differently.) Reasons are language-neutral data; explain.ts renders them in Chinese or English.
 */
import type { FirstUnitType, MatchScenario, MatchSolution } from "./dataset";
import { BILINGUAL_GLOSSARY } from "../search/bilingual-glossary";
import { DOMAIN_SYNONYMS } from "../search/indexes";
import { segmentChinese } from "../search/chinese-words.server";
import { englishPlural } from "../search/synonyms";
import { findWord, normalizeText, wordBoundaries } from "../search/tokenizer";
import { segment } from "./segment";
import { chineseOfEnglishTerm, isWrittenInEnglish, normalizedSynonymGroups } from "./text-relevance";

export type Reason =
  | { kind: "sharedKeywords"; terms: string[] }
  /** `names`: the category's names as the app shows them, added by the app (scoring only knows the code). */
  | { kind: "sameCategory"; category: string; names?: { zh: string; en: string } }
  | { kind: "sharedIndustryChain"; chains: string[] }
  | { kind: "matureTechnology"; trl: number }
  | { kind: "lowMaturity"; trl: number }
  | { kind: "firstUnitRecognised"; type: FirstUnitType }
  | { kind: "firstUnitApplying"; type: FirstUnitType }
  | { kind: "withinBudget"; priceMin: number; priceMax: number; budgetMin: number; budgetMax: number }
  /** The price range overlaps the budget but reaches above it (the same bonus as withinBudget, said honestly). */
  | { kind: "overlapsBudget"; priceMin: number; priceMax: number; budgetMin: number; budgetMax: number }
  /**
   * The price range only touches the budget ceiling with its floor: the same bonus (the cheapest configuration
   * is affordable), but said as a caution, since nothing more of the range is.
   */
  | { kind: "startsAtBudgetCeiling"; priceMin: number; priceMax: number; budgetMax: number }
  /** The price floor is above the budget ceiling, but within OVER_BUDGET_FACTOR of it: said, not penalised. */
  | { kind: "aboveBudget"; priceMin: number; budgetMax: number }
  | { kind: "overBudget"; priceMin: number; budgetMax: number }
  | { kind: "sameDistrict"; district: string };

export type ReasonKind = Reason["kind"];

export interface MatchInput {
  textScore: number;
  scenario: Pick<
    MatchScenario,
    "title" | "category" | "industryChain" | "tags" | "district" | "budgetMin" | "budgetMax" | "firstUnitTypes"
  >;
  solution: Pick<
    MatchSolution,
    "title" | "category" | "industryChain" | "tags" | "district" | "trl" | "priceMin" | "priceMax" | "firstUnit"
  >;
}

export interface MatchScore {
  score: number;
  reasons: Reason[];
}

/**
 * Text relevance carries most of the weight: it is the only signal that reads the whole description.
 * The other weights are fractions of it (0.1 = the text score raised by 10 %).
 * The structured signals are tie-breakers among textually similar candidates; each is smaller than the
 * text spread between a clearly relevant and a merely related record, so no single field can lift an
 * unrelated record over a relevant one (on the development set, structured bonuses twice this size
 * already pushed related-but-secondary records above the relevant ones). First-unit fit is the largest
 * structured bonus because a scenario that asks for a recognised 首台套 product can in practice only award
 * one. Penalties are larger than bonuses: an immature or unaffordable product is a blocker, not a nuance.
 */
export const MATCH_WEIGHTS = {
  text: 1,
  tags: 0.1,
  // The category is a reason people read, not a ranking signal: it is one of eight coarse labels the
  // publisher picks, the text already says what a record is about, and on every data set we measured a
  // bonus for it lifted same-category records about another problem (a drone scenario for a drone rescue
  // product meant for water safety) over relevant records filed under a neighbouring category (ADR 0011).
  category: 0,
  industryChain: 0.05,
  maturity: 0.025,
  lowMaturityPenalty: 0.2,
  firstUnitRecognised: 0.075,
  firstUnitApplying: 0.02,
  withinBudget: 0.025,
  overBudgetPenalty: 0.1,
  sameDistrict: 0.01,
} as const;

/** The most the structured signals can add to the text score: every bonus at its full size. */
export const MAX_STRUCTURED_BONUS =
  MATCH_WEIGHTS.tags + MATCH_WEIGHTS.category + MATCH_WEIGHTS.industryChain + MATCH_WEIGHTS.maturity +
  MATCH_WEIGHTS.firstUnitRecognised + MATCH_WEIGHTS.withinBudget + MATCH_WEIGHTS.sameDistrict;

/** TRL 5 (validated in a relevant environment) is the least a deployment scenario can take. */
export const MIN_DEPLOYABLE_TRL = 5;
/** A price floor beyond twice the budget ceiling is not negotiable down into the budget. */
export const OVER_BUDGET_FACTOR = 2;
/** Shared industry chains beyond this add nothing: two chains in common already say "same industry". */
const CHAIN_SATURATION = 2;

const clamp01 = (x: number) => (Number.isFinite(x) ? Math.min(1, Math.max(0, x)) : 0);

/**
 * Share of the smaller tag vocabulary (in bigrams) that the other side also uses: tags are short phrases
 * ("无人机巡检" vs "无人机"), so exact tag equality would miss most real overlaps. Adding the same tag to
 * both sides never lowers it.
 */
export function tagOverlap(a: readonly string[], b: readonly string[]): number {
  const bigramsA = new Set(a.flatMap(segment));
  const bigramsB = new Set(b.flatMap(segment));
  const smaller = Math.min(bigramsA.size, bigramsB.size);
  if (smaller === 0) return 0;
  let shared = 0;
  for (const term of bigramsA) if (bigramsB.has(term)) shared++;
  return shared / smaller;
}

/** Whether `piece` occurs in `text` starting and ending where words do (both in lower case). */
function occursAsWords(text: string, boundaries: ReadonlySet<number>, piece: string): boolean {
  if (!piece) return false; // indexOf("") finds the empty string everywhere, for ever
  for (let at = text.indexOf(piece); at !== -1; at = text.indexOf(piece, at + 1)) {
    if (boundaries.has(at) && boundaries.has(at + piece.length) && !negated(text, at)) return true;
  }
  return false;
}

/**
 * Whether the word at `at` is negated by 反 ("anti-"): 反无人机 is a counter-drone system, the opposite of a
 * drone, so a reader must not be told that it shares the keyword 无人机 with a drone-inspection scenario.
 * Only the explanation reads this; the ranking keeps the text as it is (a counter-drone system is still in
 * the low-altitude domain).
 */
function negated(text: string, at: number): boolean {
  return at > 0 && text[at - 1] === "反";
}

/** wordingIndexIn for explanations: a wording counts only where 反 does not negate it (see negated). */
function explainableWordingIndexIn(normalized: string, wordings: readonly string[]): number {
  return wordings.findIndex((word) => {
    if (!normalized.includes(word)) return false;
    for (let at = findWord(normalized, word, 0); at !== -1; at = findWord(normalized, word, at + 1)) if (!negated(normalized, at)) return true;
    return false;
  });
}

/**
 * The longest run of whole words of `a` that `b` also has as whole words (both lower case, with their
 * wordBoundaries): 远程 for 远程操控 × 远程操作, where the longest common substring is the fragment 远程操.
 */
function longestCommonWords(a: string, boundariesA: ReadonlySet<number>, b: string, boundariesB: ReadonlySet<number>): string {
  const cuts = [...boundariesA].sort((x, y) => x - y);
  let best = "";
  for (let i = 0; i < cuts.length; i++) {
    for (let j = cuts.length - 1; j > i && cuts[j]! - cuts[i]! > best.length; j--) {
      const piece = a.slice(cuts[i], cuts[j]).trim();
      if (piece.length > best.length && occursAsWords(b, boundariesB, piece)) best = piece;
    }
  }
  return best;
}

const MAX_TAG_CHARS = 64;

/**
 * A tag or title in lower case, cut to MAX_TAG_CHARS, with its wordBoundaries. Remembered by text: cutting
 * Chinese into words (jieba) was a tenth of a recommendation's time, for texts that recur — the record's own
 * tags and title for every one of its candidates, and the tags many records share (无人机巡检). Bounded: the
 * memory is dropped whole when full, which costs one recomputation of what is still in use.
 */
const CUT_TEXT_LIMIT = 20_000;
const cutTexts = new Map<string, { text: string; boundaries: ReadonlySet<number> }>();
function cutIntoWords(text: string): { text: string; boundaries: ReadonlySet<number> } {
  // Remembered under a prefix that holds the first MAX_TAG_CHARS characters whatever they are (a hostile
  // 10,000-character tag is not kept whole).
  const key = text.length > MAX_TAG_CHARS * 4 ? text.slice(0, MAX_TAG_CHARS * 4) : text;
  let cut = cutTexts.get(key);
  if (!cut) {
    const lowered = Array.from(key.toLowerCase()).slice(0, MAX_TAG_CHARS).join("");
    if (cutTexts.size >= CUT_TEXT_LIMIT) cutTexts.clear();
    cutTexts.set(key, (cut = { text: lowered, boundaries: wordBoundaries(lowered, segmentChinese) }));
  }
  return cut;
}
const MEANINGFUL = /^(?:[\p{Script=Han}]{2,}|[\p{Script=Latin}\p{Nd}][\p{Script=Latin}\p{Nd}\s-]+)$/u;

/**
 * Keywords a reader recognises: the longest run of whole words two tags share (words as the search cuts
 * them: jieba for Chinese, so 远程操控 × 远程操作 share 远程, not the fragment 远程操), whole tags of one side
 * found as whole words in the other side's title (VTOL is not in eVTOL), and by the same rule domain concepts in any wording
 * (无人机 × 无人驾驶航空器 × UAV, DOMAIN_SYNONYMS; `a`'s wording is shown — without it the only common piece
 * was the fragment "无人"). Titles are never compared with titles: their longest common substring often straddles
 * two words (无人机自主 × 无人机自动 → "无人机自"). Longest first, none contained in another, at most `limit`.
 */
export function sharedKeywords(
  a: { title: string; tags: readonly string[] },
  b: { title: string; tags: readonly string[] },
  limit = 5,
  synonyms: readonly (readonly string[])[] = DOMAIN_SYNONYMS,
): string[] {
  // Compared in lower case, shown as the record wrote it (TDLAS, not tdlas); the first wording found is shown.
  const found = new Map<string, string>();
  const keep = (term: string, asWritten = term) => {
    const key = term.trim().toLowerCase();
    if (Array.from(key).length >= 2 && MEANINGFUL.test(key) && !found.has(key)) found.set(key, asWritten.trim());
  };
  /** `piece` (lower case) as it is written in `original`, where lower-casing kept the length. */
  const writtenIn = (original: string, piece: string) => {
    const lowered = original.toLowerCase();
    const at = lowered.indexOf(piece);
    return at >= 0 && lowered.length === original.length ? original.slice(at, at + piece.length) : piece;
  };
  // Tags are short phrases; the cap (cutIntoWords) keeps the quadratic search cheap on a hostile 10,000-character tag.
  const [wordsA, wordsB] = [a.tags.map((tag) => cutIntoWords(tag)), b.tags.map((tag) => cutIntoWords(tag))];
  a.tags.forEach((tagA, i) => {
    for (const tagB of wordsB) {
      const common = longestCommonWords(wordsA[i]!.text, wordsA[i]!.boundaries, tagB.text, tagB.boundaries);
      keep(common, writtenIn(tagA, common));
    }
  });
  for (const [tags, title] of [[a.tags, cutIntoWords(b.title)], [b.tags, cutIntoWords(a.title)]] as const) {
    for (const tag of tags) if (occursAsWords(title.text, title.boundaries, tag.trim().toLowerCase())) keep(tag);
  }
  // The same rule for domain concepts in any wording: named in one side's tags and the other side's tags or title.
  const tagsA = normalizeText(a.tags.join("\n"));
  const tagsB = normalizeText(b.tags.join("\n"));
  const [titleA, titleB] = [normalizeText(a.title), normalizeText(b.title)];
  normalizedSynonymGroups(synonyms).forEach((wordings, g) => {
    const [inTagsA, inTagsB] = [explainableWordingIndexIn(tagsA, wordings), explainableWordingIndexIn(tagsB, wordings)];
    const inA = inTagsA >= 0 ? inTagsA : explainableWordingIndexIn(titleA, wordings);
    const named = inA >= 0 && (inTagsA >= 0 || inTagsB >= 0) && (inTagsB >= 0 || (inTagsA >= 0 && explainableWordingIndexIn(titleB, wordings) >= 0));
    if (named) keep(wordings[inA]!, synonyms[g]![inA]!);
  });
  const byLength = [...found.keys()].sort((p, q) => Array.from(q).length - Array.from(p).length || (p < q ? -1 : 1));
  const kept: string[] = [];
  for (const term of byLength) if (!kept.some((k) => k.includes(term))) kept.push(term);
  return kept.slice(0, limit).map((key) => found.get(key)!);
}

/**
 * The wordings that are one keyword when the two records are written in two languages: the domain groups and
 * the search glossary's entries (their Chinese, narrower words and English with its plurals). An English
 * solution's "inspection of port cranes" then shares 巡检, 港口 and 起重机 with the Chinese need it solves, as
 * text relevance already reads it (termsOfEnglish); with the domain groups alone, 无人机 was its only keyword
 * (a QA review). Not between two Chinese records: a glossary entry's Chinese words are one English word, not
 * one Chinese one (巡检 and 检查 are both "inspection"), and their shared keywords are their own words.
 */
const CROSS_LANGUAGE_SYNONYMS: readonly (readonly string[])[] = [
  ...DOMAIN_SYNONYMS,
  ...BILINGUAL_GLOSSARY.map((entry) => [
    ...entry.zh,
    ...(entry.narrower ?? []),
    ...entry.en.flatMap((term) => [term, englishPlural(term) ?? []].flat()),
  ]),
];

/**
 * Reasons that say the two records are about the same thing (the others say how well it would fit). Not the
 * category: it is one of eight coarse labels, and "both Digital" was all that explained a rules-and-regulations
 * chatbot recommended for a grid-management event system.
 */
const RELEVANCE_REASONS: ReadonlySet<ReasonKind> = new Set(["sharedKeywords", "sharedIndustryChain"]);

/**
 * An industry chain as one key in either language: an English chain the glossary or a domain group knows is the
 * Chinese it stands for, as text relevance reads an English record (chineseOfEnglishTerm: "smart port" and 智慧港口
 * are one chain, "low-altitude economy" and 低空经济 too; a second QA review found an English solution's chains never
 * shared with a Chinese scenario's); any other chain is itself.
 */
const chainKey = (chain: string) => chineseOfEnglishTerm(chain) ?? chain;

/** Each rule is asked only when its reason is what would decide (it can cost a computation); without one, the reason explains. */
export type ExplanationRules = { chainExplains?: () => boolean; keywordExplains?: (keyword: string) => boolean };

/**
 * Whether a match can be explained to a person as relevant: it shares keywords or an industry chain. The app
 * recommends only such matches — a record ranked at the end of a short list for nothing but its category,
 * maturity or budget ("TRL 9") is filler, not a recommendation. (The evaluation ranks everything.)
 * `rules` narrow that for a pair that is not close (ExplanationRules): then a chain alone, or keywords that
 * many of the marketplace's records share, do not explain it.
 */
export function explainsRelevance(reasons: readonly Reason[], { chainExplains, keywordExplains }: ExplanationRules = {}): boolean {
  return reasons.some((reason) => {
    if (!RELEVANCE_REASONS.has(reason.kind)) return false;
    if (reason.kind === "sharedIndustryChain") return chainExplains?.() ?? true;
    if (reason.kind === "sharedKeywords" && keywordExplains) return reason.terms.some(keywordExplains);
    return true;
  });
}

/**
 * `keywords: false` leaves out the shared-keywords reason, which is no part of the score: matching ranks
 * candidates without it and explains only the ones it keeps.
 */
export function scoreMatch({ textScore, scenario, solution }: MatchInput, { keywords: withKeywords = true }: { keywords?: boolean } = {}): MatchScore {
  const w = MATCH_WEIGHTS;
  const reasons: Reason[] = [];
  const text = w.text * clamp01(textScore);
  let score = 0; // the structured fit; it scales the text score at the end

  const overlap = tagOverlap(scenario.tags, solution.tags);
  score += w.tags * overlap;
  const keywords = !withKeywords
    ? []
    : isWrittenInEnglish(scenario) === isWrittenInEnglish(solution)
      ? sharedKeywords(scenario, solution)
      : sharedKeywords(scenario, solution, undefined, CROSS_LANGUAGE_SYNONYMS);
  if (keywords.length > 0) reasons.push({ kind: "sharedKeywords", terms: keywords });

  if (scenario.category === solution.category) {
    score += w.category;
    reasons.push({ kind: "sameCategory", category: scenario.category });
  }

  const solutionChains = new Set(solution.industryChain.map(chainKey));
  const counted = new Set<string>();
  const chains = scenario.industryChain.filter((chain) => {
    const key = chainKey(chain);
    if (!solutionChains.has(key) || counted.has(key)) return false;
    counted.add(key);
    return true;
  });
  if (chains.length > 0) {
    score += (w.industryChain * Math.min(chains.length, CHAIN_SATURATION)) / CHAIN_SATURATION;
    reasons.push({ kind: "sharedIndustryChain", chains });
  }

  if (solution.trl >= MIN_DEPLOYABLE_TRL) {
    score += (w.maturity * (solution.trl - MIN_DEPLOYABLE_TRL)) / (9 - MIN_DEPLOYABLE_TRL);
    if (solution.trl >= 7) reasons.push({ kind: "matureTechnology", trl: solution.trl });
  } else {
    score -= (w.lowMaturityPenalty * (MIN_DEPLOYABLE_TRL - solution.trl)) / (MIN_DEPLOYABLE_TRL - 1);
    reasons.push({ kind: "lowMaturity", trl: solution.trl });
  }

  const firstUnit = solution.firstUnit;
  if (firstUnit && scenario.firstUnitTypes.includes(firstUnit.type)) {
    if (firstUnit.status === "RECOGNISED") {
      score += w.firstUnitRecognised;
      reasons.push({ kind: "firstUnitRecognised", type: firstUnit.type });
    } else if (firstUnit.status === "APPLYING") {
      score += w.firstUnitApplying;
      reasons.push({ kind: "firstUnitApplying", type: firstUnit.type });
    }
  }

  const { budgetMin, budgetMax } = scenario;
  const { priceMin, priceMax } = solution;
  if (budgetMin != null && budgetMax != null && priceMin != null && priceMax != null) {
    if (priceMin <= budgetMax && priceMax >= budgetMin) {
      score += w.withinBudget;
      if (priceMax <= budgetMax) reasons.push({ kind: "withinBudget", priceMin, priceMax, budgetMin, budgetMax });
      else if (priceMin === budgetMax) reasons.push({ kind: "startsAtBudgetCeiling", priceMin, priceMax, budgetMax });
      else reasons.push({ kind: "overlapsBudget", priceMin, priceMax, budgetMin, budgetMax });
    } else if (priceMin > budgetMax * OVER_BUDGET_FACTOR) {
      score -= w.overBudgetPenalty;
      reasons.push({ kind: "overBudget", priceMin, budgetMax });
    } else if (priceMin > budgetMax) {
      // Within reach of a negotiation or a larger budget, so no penalty — but a buyer must not find it out later.
      reasons.push({ kind: "aboveBudget", priceMin, budgetMax });
    }
  }

  if (scenario.district && scenario.district === solution.district) {
    score += w.sameDistrict;
    reasons.push({ kind: "sameDistrict", district: scenario.district });
  }

  return { score: text * (1 + score), reasons };
}
