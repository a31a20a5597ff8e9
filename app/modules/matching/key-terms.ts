/**
 * Key terms of a record for retrieval through the search engine: several queries instead of one long record
 * text, because Meilisearch only reads the first 10 words of a query. Their hits are pooled (a union), so the
 * queries carry no weights: text relevance ranks the candidates.
 *
 *   (the statistics are text-relevance.ts buildTermStatistics over the corpus that will be SEARCHED: the other side)
 *   extractKeyTerms(record, stats, options) — { title, tags, description, combined, further }: each ≤ maxTerms
 *                                             terms, best first
 *
 * A term's importance = field weight × occurrences × IDF; field weights title > tags > summary > description
 * follow how deliberately each field is written.
 *
 * Terms are the two-character pieces text relevance counts, but given a word segmenter (the app's jieba, as
 * the search reads a query) only the pieces inside a word are taken: a piece across two words (能预 of 智能|预审,
 * 口人 of 窗口|人员) is no word of the record, and as a query it retrieves records about something else (智能预警),
 * while it took the place of words the record does share with its counterparts (ADR 0011).
 * A record written in English is read as text relevance reads it (termsOfEnglish: its glossary terms as their
 * Chinese): its English words are in no Chinese record, so they were all skipped below, and an English solution
 * retrieved almost none of the Chinese scenarios it fits (a QA review: the crane need it ranks first from the
 * SOE's side was missing from the firm's own list).
 */
import { bigrams, normalizeText, type ChineseSegmenter } from "../search/tokenizer";
import { segment, type MatchableRecord } from "./segment";
import { isWrittenInEnglish, termIdf, termsOfEnglish, type TermStatistics } from "./text-relevance";

export const FIELD_WEIGHTS = { title: 3, tags: 2.5, summary: 1.5, description: 1 } as const;
/** Meilisearch ignores query words after the tenth. */
export const MAX_QUERY_TERMS = 10;
export interface TermQuery {
  terms: string[];
}

export interface KeyTerms {
  title: TermQuery;
  tags: TermQuery;
  description: TermQuery;
  /** The best terms over all fields. */
  combined: TermQuery;
  /**
   * The next-best terms over all fields, ten per query (at most FURTHER_QUERIES): candidates that share only
   * a record's less distinctive words (形变, 监测) are still retrieved, to be judged by text relevance.
   */
  further: TermQuery[];
}

/** How many queries of next-best terms follow `combined` (see KeyTerms.further). */
export const FURTHER_QUERIES = 2;

/** The fields key terms come from; the industry chains only take part in telling the record's language, as in matchTerms. */
type KeyTermRecord = Pick<MatchableRecord, "title" | "summary" | "description" | "tags"> & { industryChain?: readonly string[] };

function rankTerms(weighted: Map<string, number>, maxTerms: number, skip = 0): string[] {
  return [...weighted]
    .filter(([, weight]) => weight > 0)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .slice(skip, skip + maxTerms)
    .map(([term]) => term);
}

/**
 * Terms found in more than a tenth of the searched records (and in more than 2,000 of them) are left out
 * of retrieval queries: in a large index they retrieve tens of thousands of records — the cost of an "any"
 * query grows with that — while barely telling records apart. Text relevance still counts them; small
 * indexes are not affected.
 */
export const COMMON_TERM_SHARE = 0.1;
export const COMMON_TERM_MIN_DOCUMENTS = 2000;

const HAN_RUN = /\p{Script=Han}+/gu;
const STARTS_HAN = /^\p{Script=Han}/u;

/**
 * segment(text) with the Chinese pieces taken word by word: the two-character pieces of each word the
 * segmenter cuts a run into (none of a one-character word: 的, 和), a lone character where the run is one.
 * Latin words and numbers are segment's own.
 */
export function wordPieces(text: string, segmentChinese: ChineseSegmenter): string[] {
  const normalised = normalizeText(text);
  const terms = segment(normalised).filter((term) => !STARTS_HAN.test(term));
  for (const [run] of normalised.matchAll(HAN_RUN)) {
    if (Array.from(run).length === 1) terms.push(run);
    else for (const word of segmentChinese(run)) if (Array.from(word).length > 1) terms.push(...bigrams(word));
  }
  return terms;
}

/** How a record's text is cut into the terms its queries are made of (see the header). */
type TermsOf = (text: string) => string[];

function termsOfRecord(record: KeyTermRecord, segmentChinese: ChineseSegmenter | undefined): TermsOf {
  if (isWrittenInEnglish(record)) return termsOfEnglish;
  return segmentChinese ? (text) => wordPieces(text, segmentChinese) : segment;
}

/**
 * The terms' weights (field weight × occurrences × IDF), added to `into`; terms retrieval cannot use are left out.
 * Terms the searched corpus does not contain cannot retrieve anything, and bigrams that straddle two words ("区门"
 * in 港区门座) are exactly such terms, yet would get the highest IDF of all.
 */
function weigh(terms: readonly string[], fieldWeight: number, stats: TermStatistics, into = new Map<string, number>()) {
  const maxDocuments = Math.max(COMMON_TERM_MIN_DOCUMENTS, stats.documents * COMMON_TERM_SHARE);
  for (const term of terms) {
    const df = stats.documentFrequency.get(term);
    if (df === undefined || df > maxDocuments) continue;
    into.set(term, (into.get(term) ?? 0) + fieldWeight * termIdf(stats, term));
  }
  return into;
}

export function extractKeyTerms(
  record: KeyTermRecord,
  stats: TermStatistics,
  options: { maxTerms?: number; segmentChinese?: ChineseSegmenter } = {},
): KeyTerms {
  const maxTerms = Math.min(options.maxTerms ?? MAX_QUERY_TERMS, MAX_QUERY_TERMS);
  // Each field cut once (a segmenter runs for every match), then weighed for each query that reads it.
  const termsOf = termsOfRecord(record, options.segmentChinese);
  const title = termsOf(record.title);
  const tags = record.tags.flatMap(termsOf);
  const summary = termsOf(record.summary);
  const description = termsOf(record.description);
  const combined = new Map<string, number>();
  weigh(title, FIELD_WEIGHTS.title, stats, combined);
  weigh(tags, FIELD_WEIGHTS.tags, stats, combined);
  weigh(summary, FIELD_WEIGHTS.summary, stats, combined);
  weigh(description, FIELD_WEIGHTS.description, stats, combined);
  return {
    title: { terms: rankTerms(weigh(title, 1, stats), maxTerms) },
    tags: { terms: rankTerms(weigh(tags, 1, stats), maxTerms) },
    description: { terms: rankTerms(weigh([...summary, ...description], 1, stats), maxTerms) },
    combined: { terms: rankTerms(combined, maxTerms) },
    further: Array.from({ length: FURTHER_QUERIES }, (_, i) => ({ terms: rankTerms(combined, maxTerms, (i + 1) * maxTerms) })).filter(
      (query) => query.terms.length > 0,
    ),
  };
}
