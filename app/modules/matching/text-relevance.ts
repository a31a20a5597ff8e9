/**
 * Text relevance of candidates to the record they are matched against, as the scoring function reads it.
 *
 *   buildTermStatistics(records), TermStatisticsBuilder, termIdf(stats, term)
 *                                                         — document frequencies and IDF over one side's records
 *   marketplaceIdf(statistics, terms)                     — IDF over both sides' records together
 *   conceptTerms(record)                                  — one term per domain synonym group the record uses
 *   matchTerms(record)                                    — every term text relevance reads, with repeats
 *   matchTermKeys(record)                                 — the same as lookup keys (segment.ts: termKey), for candidates
 *   recordTermFrequencies(record)                         — the record's terms with their counts, and its length
 *   bm25(queryTerms, document, idf, averageLength)        — BM25 (k1 = 1.2, b = 0.75) of distinct terms against a document
 *   buildMarketplaceLatentModel(scenarioStats, solutionStats) — the latent semantic space of both sides
 *   latentModelOf(scenarioStats, solutionStats)           — the same, cached per pair of statistics
 *   relativeTextRelevance(record, candidates, statistics) — per candidate, 0–1 (the best candidate = 1)
 *   textRelevance(record, candidates, statistics)         — the same with each candidate's latent and lexical cosines (absolute)
 *   lexicalSimilarityTo(record, statistics)(candidate)    — the lexical cosine's definition: of their weighted term vectors
 *   chineseOfEnglishTerm(term)                            — the Chinese an English glossary or domain term stands for
 *
 * The terms are the BM25 baseline's character bigrams and Latin words of every field, plus a concept term
 * ("≡无人机") for each group of DOMAIN_SYNONYMS the record mentions in any of its wordings, so 无人机, UAV and
 * 无人驾驶航空器 meet as ONE term with its own IDF. (Adding the other wordings' bigrams to the query instead, as
 * an earlier version did, counted one concept up to six times: generic drone products outranked the relevant
 * ones for every scenario that mentioned a drone.)
 *
 * Relevance is symmetric: half "how well the candidate covers the record" (the record's terms against the
 * candidate) and half "how well the record covers the candidate" (the candidate's terms against the record),
 * each scaled so its best candidate has 1.
 * Matching compares two documents, neither of which is a short query: one-way BM25 of a long record favours
 * candidates that happen to repeat many of its words, while a candidate whose own text is mostly about
 * something else only shows up in the reverse direction. (Measured in ADR 0011: the reverse half is what
 * moves solution → scenario rankings above the one-way baseline on every data set we have.)
 *
 * IDF is taken over the records of both sides together — how specific a term is in the whole marketplace —
 * and length normalisation over the scored document's own side. One side alone can be small (a city has a
 * few dozen open scenarios), and an IDF over 30 records rates a term by one or two occurrences; pooled, a
 * word both sides use for everything (系统, 平台) is common however few records one side has. (ADR 0011:
 * over eight data sets it was never more than 0.0014 below the baseline in any direction; one-sided, 0.0073.)
 *
 * Beside the words the two records share, their cosine in a latent semantic space (latent-semantics.ts, LSA
 * over the marketplace's own records) counts with LATENT_WEIGHT: records about the same thing in different
 * words come closer, records sharing a few generic words across topics do not (ADR 0011, last section).
 *
 * Why not the engine's own score: retrieval asks several short queries (Meilisearch reads ten words of each)
 * and each engine scores differently; relevance computed here from the two records reads every word of both,
 * is the same for every engine, and is pure, so it can be tested and explained.
 */
import { DOMAIN_SYNONYMS, ENGLISH_STOP_WORDS, SCENARIO_INDEX_SETTINGS } from "../search/indexes";
import { normalizeSynonymTerm, synonymLookup } from "../search/synonyms";
import { containsWord, normalizeText } from "../search/tokenizer";
import { BM25_B, BM25_K1, inverseDocumentFrequency } from "./bm25-baseline";
import { LatentSampleBuilder, buildLatentModel, cosine, embedRecord, embedTerms, termWeight, type LatentSample, type LatentSemanticModel, type LatentVector } from "./latent-semantics";
import { appendSegment, segment, termKey, type TermKey } from "./segment";
import { TermKeyTable } from "./term-key-table";

/** Marks concept terms; segment() never yields this character, so a concept never collides with text. */
export const CONCEPT_MARK = "≡";

export type TextRecord = {
  title: string;
  summary: string;
  description: string;
  tags: readonly string[];
  industryChain?: readonly string[];
};

/**
 * The text fields relevance reads, one per line: a line break ends every run of characters, so no bigram
 * spans two fields, and one string is segmented instead of one per field (this runs for every candidate).
 */
function recordText(record: TextRecord): string {
  return [record.title, record.summary, record.description, ...record.tags, ...(record.industryChain ?? [])].join("\n");
}

/** One term per synonym group of which the record uses any wording, named after the group's first word. */
export function conceptTerms(record: TextRecord, synonyms: readonly (readonly string[])[] = DOMAIN_SYNONYMS): string[] {
  return conceptTermsOf(recordText(record), synonyms);
}

const normalizedSynonyms = new WeakMap<readonly (readonly string[])[], string[][]>();

/** The synonym groups with every wording normalised (normalizeText), computed once per groups array. */
export function normalizedSynonymGroups(synonyms: readonly (readonly string[])[] = DOMAIN_SYNONYMS): string[][] {
  let groups = normalizedSynonyms.get(synonyms);
  if (!groups) normalizedSynonyms.set(synonyms, (groups = synonyms.map((group) => group.map(normalizeText))));
  return groups;
}

/** The index of the first of a group's normalised wordings that normalised `text` uses as a word, or −1. */
export function wordingIndexIn(normalized: string, wordings: readonly string[]): number {
  // includes() first: most words are absent, and the native search is much cheaper than the word-boundary check.
  return wordings.findIndex((word) => normalized.includes(word) && containsWord(normalized, word));
}

function conceptTermsOf(text: string, synonyms: readonly (readonly string[])[] = DOMAIN_SYNONYMS): string[] {
  const normalized = normalizeText(text);
  const concepts: string[] = [];
  normalizedSynonymGroups(synonyms).forEach((wordings, g) => {
    if (wordingIndexIn(normalized, wordings) >= 0) concepts.push(CONCEPT_MARK + synonyms[g]![0]);
  });
  return concepts;
}

/**
 * Each English term of the search's synonym lookup (synonymLookup: the glossary and the domain groups, plurals
 * included; both indexes share it) with the Chinese it stands for, the lookup's first Chinese term for it, which is
 * its entry's commonest: "inspection" → 巡检, "drone dock" → 自动机场, "drone" and "UAV" → 无人机.
 */
const CHINESE_OF_ENGLISH_TERM: ReadonlyMap<string, string> = (() => {
  const chineseOf = new Map<string, string>();
  for (const [term, others] of synonymLookup(SCENARIO_INDEX_SETTINGS)) {
    const chinese = /^[a-z0-9]+( [a-z0-9]+)*$/.test(term) ? others.find((other) => /\p{Script=Han}/u.test(other)) : undefined;
    if (chinese) chineseOf.set(term, chinese);
  }
  return chineseOf;
})();

/**
 * The Chinese word an English glossary or domain term stands for ("smart ports" → 智慧港口, "UAV" → 无人机), read as
 * the search reads a query's term (normalizeSynonymTerm; a hyphen is a space), or undefined for any other text.
 */
export function chineseOfEnglishTerm(term: string): string | undefined {
  return CHINESE_OF_ENGLISH_TERM.get(normalizeSynonymTerm(term.replace(/-/g, " ")));
}

/** The same English terms by their first word, each with the bigrams of its Chinese, longest term first. */
const ENGLISH_TERMS_BY_FIRST_WORD = (() => {
  const byFirstWord = new Map<string, { words: string[]; chinese: string[] }[]>();
  for (const [term, chinese] of CHINESE_OF_ENGLISH_TERM) {
    const words = term.split(" ");
    const list = byFirstWord.get(words[0]!) ?? [];
    list.push({ words, chinese: segment(chinese) });
    byFirstWord.set(words[0]!, list);
  }
  for (const list of byFirstWord.values()) list.sort((a, b) => b.words.length - a.words.length);
  return byFirstWord;
})();

const STOP_WORDS = new Set(ENGLISH_STOP_WORDS);

const writtenInEnglishByRecord = new WeakMap<object, boolean>();

/**
 * Whether a record is written in English, by the text fields it has (a match's scoring input has title and tags).
 * Remembered per record object: explaining a match asks it of the matched record once for every candidate.
 */
export function isWrittenInEnglish(record: Pick<TextRecord, "title" | "tags"> & Partial<TextRecord>): boolean {
  let english = writtenInEnglishByRecord.get(record);
  if (english === undefined) writtenInEnglishByRecord.set(record, (english = writtenInEnglish(recordText({ summary: "", description: "", ...record }))));
  return english;
}

/** Whether a record is written in English: more Latin letters than Chinese characters. */
function writtenInEnglish(text: string): boolean {
  // By code unit, not by iterating the string (which builds a string per character): this runs over every
  // candidate's text in every match. A surrogate pair is neither, as it was as one character.
  let latin = 0;
  let han = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a)) latin++;
    else if (code >= 0x4e00 && code <= 0x9fff) han++;
  }
  return latin > han;
}

/** Latin words, and what lies between two words of one phrase (spaces, hyphens). */
const LATIN_WORD = /[a-z0-9]+/g;
const WITHIN_PHRASE = /^[\s-]+$/;

/**
 * The terms of a record written in English, in Chinese where the glossary says what its words are: each
 * glossary or domain term it uses (whole words, the longest first) becomes the bigrams of its Chinese, its
 * other words stay as they are, and English stop words go. Records are compared by the terms they share, and a
 * solution written in English ("Autonomous drone inspection of port cranes") shared nothing with the Chinese
 * scenario it solves (a QA review found it tenth of ten, below a counter-drone radar). Translated rather than
 * added to: with the English words kept, two English records formed a corner of the latent space of their own
 * ("of", "inspection", "drone" in no Chinese record) and fell below the closeness every recommendation needs
 * (a second QA review). A Chinese record's Latin words are acronyms beside the Chinese that says the same
 * (OCR文字识别, CT影像): such records are read as they are.
 */
export function termsOfEnglish(written: string): string[] {
  // Read as the search index reads text; positions below are in this form, and so is what is cut out of it.
  const text = normalizeText(written);
  const lower = text;
  const words = [...lower.matchAll(LATIN_WORD)].map((match) => ({ word: match[0], start: match.index!, end: match.index! + match[0].length }));
  // The index of the phrase's last word when it starts at word `i`, or -1. Its words follow each other across
  // spaces, hyphens and stop words: the glossary writes phrases without them ("internet things" is "internet of
  // things"), as both engines drop a query's stop words before they look phrases up.
  const phraseEnd = (i: number, phrase: readonly string[]): number => {
    let at = i;
    for (let k = 0; k < phrase.length; k++) {
      if (k > 0) {
        at++;
        while (words[at] !== undefined && STOP_WORDS.has(words[at]!.word) && phrase[k] !== words[at]!.word && WITHIN_PHRASE.test(lower.slice(words[at - 1]!.end, words[at]!.start))) at++;
      }
      const word = words[at];
      if (word === undefined || word.word !== phrase[k] || (k > 0 && !WITHIN_PHRASE.test(lower.slice(words[at - 1]!.end, word.start)))) return -1;
    }
    return at;
  };
  const terms: string[] = [];
  let rest = "";
  let from = 0;
  for (let i = 0; i < words.length; i++) {
    let end = -1;
    const found = ENGLISH_TERMS_BY_FIRST_WORD.get(words[i]!.word)?.find(({ words: phrase }) => (end = phraseEnd(i, phrase)) !== -1);
    if (!found && !STOP_WORDS.has(words[i]!.word)) continue;
    // The term (or stop word) leaves the text; a line break keeps the words around it from joining.
    rest += `${text.slice(from, words[i]!.start)}\n`;
    from = words[found ? end : i]!.end;
    if (found) {
      terms.push(...found.chinese);
      i = end;
    }
  }
  rest += text.slice(from);
  return [...segment(rest), ...terms];
}

/**
 * Every term of a record with repeats: the text fields the BM25 baseline reads (a record written in English
 * in Chinese where the glossary can say it, termsOfEnglish), and the record's concepts.
 * Not the category code: "LOW_ALTITUDE" would add "low" and "altitude" to every record filed there, a
 * ranking bonus for the category by the back door (see score.ts on why the category does not rank).
 */
export function matchTerms(record: TextRecord): string[] {
  return termsOfRecord(record, false) as string[];
}

/**
 * matchTerms(record), each term as its termKey (segment.ts): what text relevance reads of every candidate of every
 * match, where the terms are only looked up, never shown.
 */
export function matchTermKeys(record: TextRecord): TermKey[] {
  return termsOfRecord(record, true);
}

/** matchTerms, as strings or (`keyed`) as lookup keys. */
function termsOfRecord(record: TextRecord, keyed: boolean): TermKey[] {
  const text = recordText(record);
  let terms: TermKey[];
  if (writtenInEnglish(text)) terms = keyed ? termsOfEnglish(text).map(termKey) : termsOfEnglish(text);
  else appendSegment(text, (terms = []), keyed);
  for (const concept of conceptTermsOf(text)) terms.push(concept);
  return terms;
}

export interface TermStatistics {
  documents: number;
  documentFrequency: ReadonlyMap<string, number>;
  /** Mean number of terms (with repeats) of a record, for BM25's length normalisation. */
  averageLength: number;
  /** A sample of the side's records, for the latent semantic space (latent-semantics.ts). */
  sample: LatentSample;
}

/**
 * Statistics over the terms text relevance reads (matchTerms), for one side: scenarios or solutions.
 * Records are added one at a time, so a caller streaming them from the database never holds them all.
 */
export class TermStatisticsBuilder {
  private documents = 0;
  private totalLength = 0;
  private readonly documentFrequency = new Map<string, number>();
  private readonly sample = new LatentSampleBuilder();

  add(record: TextRecord): this {
    const { frequencies, length } = recordTermFrequencies(record);
    this.documents += 1;
    this.totalLength += length;
    for (const term of frequencies.keys()) this.documentFrequency.set(term, (this.documentFrequency.get(term) ?? 0) + 1);
    this.sample.add(frequencies);
    return this;
  }

  build(): TermStatistics {
    const { documents, documentFrequency, totalLength } = this;
    return {
      documents,
      documentFrequency: new Map(documentFrequency),
      averageLength: documents ? totalLength / documents : 0,
      sample: this.sample.build(),
    };
  }
}

export function buildTermStatistics(records: readonly TextRecord[]): TermStatistics {
  const builder = new TermStatisticsBuilder();
  for (const record of records) builder.add(record);
  return builder.build();
}

export function termIdf(stats: TermStatistics, term: string): number {
  return inverseDocumentFrequency(stats.documents, stats.documentFrequency.get(term) ?? 0);
}

export type TermFrequencies = { frequencies: Map<string, number>; length: number };

export function recordTermFrequencies(record: TextRecord): TermFrequencies {
  const terms = matchTerms(record);
  const frequencies = new Map<string, number>();
  for (const term of terms) frequencies.set(term, (frequencies.get(term) ?? 0) + 1);
  return { frequencies, length: terms.length };
}

/**
 * BM25 of the distinct `queryTerms` against one document; `averageLength` is the mean length of the
 * documents of the document's side.
 */
export function bm25(queryTerms: Iterable<string>, document: TermFrequencies, idf: (term: string) => number, averageLength: number): number {
  const norm = bm25LengthNorm(document.length, averageLength);
  let score = 0;
  for (const term of queryTerms) {
    const f = document.frequencies.get(term);
    if (f) score += bm25TermScore(idf(term), f, norm);
  }
  return score;
}

/** BM25's length normalisation of a document of `length` terms (shared by bm25 and textRelevance's single pass). */
function bm25LengthNorm(length: number, averageLength: number): number {
  return BM25_K1 * (1 - BM25_B + (BM25_B * length) / (averageLength || 1));
}

/** One term's BM25 contribution: its IDF, its count `f` in the document, the document's length normalisation. */
function bm25TermScore(idf: number, f: number, norm: number): number {
  return (idf * f * (BM25_K1 + 1)) / (f + norm);
}

/**
 * Term statistics of the record's own side and of the candidates' side, and the latent space of both
 * (latentModelOf).
 */
export type PairStatistics = { record: TermStatistics; candidates: TermStatistics; latent: LatentSemanticModel };

/**
 * How much the latent similarity (cosine in the latent space, 0–1) adds to the lexical relevance (0–1): it
 * reorders records that are lexically close, and lifts a record worded differently but about the same
 * thing; it cannot on its own put an unrelated record first (ADR 0011: weights 0.25–0.5 and 20–30
 * dimensions all measured alike; the middle was taken).
 */
export const LATENT_WEIGHT = 0.4;

/**
 * The latent semantic space of the marketplace, from both sides' samples, weighted by the pooled IDF; terms
 * used by a single record of the whole marketplace take no part (they keep company with nothing).
 */
export function buildMarketplaceLatentModel(scenarios: TermStatistics, solutions: TermStatistics, dimensions?: number): Promise<LatentSemanticModel> {
  const pair = { record: scenarios, candidates: solutions };
  return buildLatentModel([scenarios.sample, solutions.sample], marketplaceIdf(pair), (term) => pooledDocumentFrequency(pair, term) >= 2, dimensions);
}

const latentModels = new WeakMap<TermStatistics, WeakMap<TermStatistics, Promise<LatentSemanticModel>>>();

/**
 * buildMarketplaceLatentModel, cached per pair of statistics objects, so the space is rebuilt exactly when
 * the statistics are (a failed build is forgotten).
 */
export function latentModelOf(scenarios: TermStatistics, solutions: TermStatistics): Promise<LatentSemanticModel> {
  let bySolutions = latentModels.get(scenarios);
  if (!bySolutions) latentModels.set(scenarios, (bySolutions = new WeakMap()));
  let model = bySolutions.get(solutions);
  if (!model) {
    const building = buildMarketplaceLatentModel(scenarios, solutions);
    building.catch(() => bySolutions!.get(solutions) === building && bySolutions!.delete(solutions));
    bySolutions.set(solutions, (model = building));
  }
  return model;
}

/** In how many records of both sides together a term occurs. */
function pooledDocumentFrequency({ record, candidates }: Pick<PairStatistics, "record" | "candidates">, term: string): number {
  return (record.documentFrequency.get(term) ?? 0) + (candidates.documentFrequency.get(term) ?? 0);
}

/**
 * The share of the marketplace's records (both sides) that can contain `keyword`: the fewest records any of
 * its terms occurs in (a record with the keyword has every one of its terms), or, for a wording of a domain
 * concept (无人机, UAV), the records naming the concept in any wording, if more. 监测 is in a fifth of an
 * environmental marketplace's records, 溶解氧 in a few; a keyword with no terms (punctuation) has share 0.
 */
export function keywordShare(statistics: Pick<PairStatistics, "record" | "candidates">, keyword: string): number {
  const documents = statistics.record.documents + statistics.candidates.documents;
  const terms = segment(keyword);
  if (documents === 0 || terms.length === 0) return 0;
  const records = Math.min(...terms.map((term) => pooledDocumentFrequency(statistics, term)));
  const concept = Math.max(0, ...conceptTermsOf(keyword).map((term) => pooledDocumentFrequency(statistics, term)));
  return Math.max(records, concept) / documents;
}

/**
 * IDF over the records of both sides together. `terms` are computed up front: in a match only the record's
 * own terms can score in either direction, so one small table serves every candidate (instead of looking
 * each hit up in two marketplace-sized tables per candidate). Other terms are computed when asked.
 */
export function marketplaceIdf(statistics: Pick<PairStatistics, "record" | "candidates">, terms: Iterable<string> = []): (term: string) => number {
  const { record, candidates } = statistics;
  const documents = record.documents + candidates.documents;
  const compute = (term: string) => inverseDocumentFrequency(documents, pooledDocumentFrequency(statistics, term));
  const table = new Map<string, number>();
  for (const term of terms) table.set(term, compute(term));
  return (term) => table.get(term) ?? compute(term);
}

const latentVectors = new WeakMap<LatentSemanticModel, WeakMap<TextRecord, LatentVector>>();

/**
 * A candidate's latent vector, remembered per space and record object: the embedded engine hands out the
 * same document object for a record until it changes, and popular records are candidates of many matches
 * (a firm's dashboard matches eight solutions against mostly the same scenarios). Held weakly on both keys,
 * so a replaced document or a rebuilt space drops its vectors.
 */
function latentVectorOf(model: LatentSemanticModel, record: TextRecord, terms: readonly TermKey[]): LatentVector {
  let byRecord = latentVectors.get(model);
  if (!byRecord) latentVectors.set(model, (byRecord = new WeakMap()));
  let vector = byRecord.get(record);
  if (!vector) byRecord.set(record, (vector = embedTerms(model, terms)));
  return vector;
}

/**
 * The cosine of a record's and a candidate's term vectors (their recordTermFrequencies, which textRelevance
 * returns), weighted as in the latent space ((1 + ln tf) ·
 * pooled IDF) over all their terms, as a function of the candidate. Absolute like the latent cosine, and what
 * the latent cosine comes down to when the marketplace has so few distinct records that the space is as large
 * as they are: there nothing is merged, and two records on the same job measured 0.2 (engine-matching.ts).
 */
export function lexicalSimilarityTo(
  recordTerms: ReadonlyMap<string, number>,
  statistics: Pick<PairStatistics, "record" | "candidates">,
): (candidateTerms: ReadonlyMap<string, number>) => number {
  const idf = marketplaceIdf(statistics);
  const weigh = (frequencies: ReadonlyMap<string, number>) => {
    const weights = new Map<string, number>();
    let squares = 0;
    for (const [term, count] of frequencies) {
      const weight = termWeight(count, idf(term));
      weights.set(term, weight);
      squares += weight * weight;
    }
    return { weights, norm: Math.sqrt(squares) };
  };
  const own = weigh(recordTerms);
  return (candidateTerms) => {
    const theirs = weigh(candidateTerms);
    if (own.norm === 0 || theirs.norm === 0) return 0;
    let dot = 0;
    for (const [term, weight] of own.weights) dot += weight * (theirs.weights.get(term) ?? 0);
    return dot / (own.norm * theirs.norm);
  };
}

/** Scales to 0–1 by the best value; all zeros stay zeros. */
function byBest(values: number[]): number[] {
  const best = Math.max(0, ...values);
  return values.map((value) => (best > 0 ? value / best : 0));
}

/**
 * Symmetric text relevance of each candidate to `record`, 0–1, in the candidates' order: the mean of the two
 * directions, each scaled by its best candidate, plus LATENT_WEIGHT × their latent similarity (negative
 * cosines count as 0), scaled again so the best candidate has 1.
 */
export function relativeTextRelevance(record: TextRecord, candidates: readonly TextRecord[], statistics: PairStatistics): number[] {
  return textRelevance(record, candidates, statistics).relevance;
}

/**
 * relativeTextRelevance, with each candidate's latent similarity to the record beside it: the cosine (−1…1),
 * or null where the space cannot tell (no space yet, or a record with no term in it). Relevance is relative —
 * the best candidate has 1 however weak it is — while the cosine is an absolute measure of how close two
 * records are (what the app's recommendations use as a floor, engine-matching.ts). The term frequencies it
 * computed come back too, so a caller needing more of the records' terms does not tokenise them again.
 */
export function textRelevance(
  record: TextRecord,
  candidates: readonly TextRecord[],
  statistics: PairStatistics,
): {
  relevance: number[];
  latentSimilarity: (number | null)[];
  /**
   * lexicalSimilarityTo (the definition, kept for reading and tests) of the record and candidate `index`, from the
   * counts this pass took: this one runs in every recommendation.
   */
  lexicalSimilarity: (index: number) => number;
} {
  const own = recordTermFrequencies(record);
  // This runs for every candidate of every match, so a candidate's terms are read once, as a list, and never
  // counted into a map of their own: only the record's terms can score in either direction, so they get a slot
  // each, and the candidate's occurrences are counted there. The sums are taken in the order bm25 takes them
  // over count maps (the record's terms in their order forward, the candidate's in theirs in reverse), so the
  // figures are exactly bm25's.
  const ownTerms = [...own.frequencies.keys()];
  const slotOf = new TermKeyTable(ownTerms.map((term, slot) => [termKey(term), slot] as const));
  const idf = marketplaceIdf(statistics, ownTerms);
  const ownIdf = ownTerms.map(idf);
  const ownCount = [...own.frequencies.values()];
  const ownNorm = bm25LengthNorm(own.length, statistics.record.averageLength);
  const ownVector = embedRecord(statistics.latent, own.frequencies);
  const counts = new Int32Array(ownTerms.length);
  // The lexical cosine's parts (lexicalSimilarityTo): the record's weights, and per candidate the dot product over
  // the terms they share, which only the record's terms can be — taken here, where those counts are at hand.
  const ownWeight = ownCount.map((count, slot) => termWeight(count, ownIdf[slot]!));
  const ownLexicalNorm = Math.sqrt(ownWeight.reduce((sum, weight) => sum + weight * weight, 0));
  const lexicalDot = new Float64Array(candidates.length);
  const shared: number[] = [];
  const forward: number[] = [];
  const reverse: number[] = [];
  const latentSimilarity: (number | null)[] = [];
  for (const candidate of candidates) {
    const terms = matchTermKeys(candidate);
    shared.length = 0;
    for (const term of terms) {
      const slot = slotOf.get(term);
      if (slot >= 0 && counts[slot]!++ === 0) shared.push(slot);
    }
    // bm25(the record's terms, the candidate) …
    const norm = bm25LengthNorm(terms.length, statistics.candidates.averageLength);
    let covered = 0;
    for (let slot = 0; slot < ownTerms.length; slot++) {
      const f = counts[slot]!;
      if (f) covered += bm25TermScore(ownIdf[slot]!, f, norm);
    }
    // … and bm25(the candidate's terms, the record), whose other terms have no count in the record.
    let covering = 0;
    let dot = 0;
    for (const slot of shared) {
      covering += bm25TermScore(ownIdf[slot]!, ownCount[slot]!, ownNorm);
      dot += ownWeight[slot]! * termWeight(counts[slot]!, ownIdf[slot]!);
      counts[slot] = 0;
    }
    lexicalDot[forward.length] = dot;
    forward.push(covered);
    reverse.push(covering);
    const vector = latentVectorOf(statistics.latent, candidate, terms);
    latentSimilarity.push(ownVector.norm > 0 && vector.norm > 0 ? cosine(ownVector, vector) : null);
  }
  const coverOfRecord = byBest(forward);
  const coverOfCandidate = byBest(reverse);
  // Scaled once more so the best candidate has exactly 1 even when different candidates lead the two
  // directions. Still relative to this record: matches of different records compare by their latent cosine
  // (Match.closeness; a firm's dashboard merging several solutions' matches, mergeAcrossSolutions).
  const relevance = byBest(coverOfRecord.map((value, i) => (value + coverOfCandidate[i]!) / 2 + LATENT_WEIGHT * Math.max(0, latentSimilarity[i] ?? 0)));
  // A candidate's own counts are wanted for few of them (recommendations below the latent floor): counted then.
  const lexicalSimilarity = (index: number) => {
    if (ownLexicalNorm === 0 || lexicalDot[index] === 0) return 0;
    const norm = lexicalNormOf(statistics, candidates[index]!);
    return norm === 0 ? 0 : lexicalDot[index]! / (ownLexicalNorm * norm);
  };
  return { relevance, latentSimilarity, lexicalSimilarity };
}

const lexicalNorms = new WeakMap<TermStatistics, WeakMap<TermStatistics, WeakMap<TextRecord, number>>>();

/**
 * The length of a candidate's weight vector in the lexical cosine (lexicalSimilarityTo), remembered per pair of
 * statistics and record object as latentVectorOf remembers vectors: the recommendation rules ask it of many of a
 * match's candidates, and popular records are candidates of many matches.
 */
function lexicalNormOf(statistics: Pick<PairStatistics, "record" | "candidates">, record: TextRecord): number {
  let byCandidates = lexicalNorms.get(statistics.record);
  if (!byCandidates) lexicalNorms.set(statistics.record, (byCandidates = new WeakMap()));
  let byRecord = byCandidates.get(statistics.candidates);
  if (!byRecord) byCandidates.set(statistics.candidates, (byRecord = new WeakMap()));
  let norm = byRecord.get(record);
  if (norm === undefined) {
    const idf = marketplaceIdf(statistics);
    let squares = 0;
    for (const [term, count] of recordTermFrequencies(record).frequencies) squares += termWeight(count, idf(term)) ** 2;
    byRecord.set(record, (norm = Math.sqrt(squares)));
  }
  return norm;
}
