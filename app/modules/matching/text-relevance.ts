/**
 * Text relevance of one candidate to the record it is matched against, as the scoring function reads it:
 * BM25 (k1 = 1.2, b = 0.75) of the whole record's distinct terms against the candidate's terms, with IDF and
 * average length from the side being searched (key-terms.ts `TermStatistics`).
 *
 * Why not the engine's own score: retrieval asks several short queries (Meilisearch reads ten words of
 * each) and each engine scores differently; relevance computed here from the two records reads every
 * word of both, is the same for every engine, and is pure, so it can be tested and explained.
 *
 *   queryTermsOf(record)                         — the distinct terms of the record being matched
 *   textRelevance(queryTerms, candidate, stats)  — ≥ 0, higher is more similar
 */
import { BM25_B, BM25_K1 } from "./bm25-baseline";
import { DOMAIN_SYNONYMS } from "../search/indexes";
import { containsWord, normalizeText } from "../search/tokenizer";
import { allRecordTerms, termIdf, type TermStatistics } from "./key-terms";
import { segment } from "./segment";

type TextRecord = Parameters<typeof allRecordTerms>[0];

/**
 * The distinct terms of the record being matched, plus the terms of every synonym of a domain word it
 * uses (无人机 → UAV, drone, 无人驾驶航空器), so a candidate that names the same thing differently still counts.
 */
export function queryTermsOf(record: TextRecord, synonyms: readonly (readonly string[])[] = DOMAIN_SYNONYMS): string[] {
  const terms = new Set(allRecordTerms(record));
  for (const word of synonymsUsed(record, synonyms)) for (const term of segment(word)) terms.add(term);
  return [...terms];
}

/** Synonyms of the domain words a record uses, the words themselves excluded. */
export function synonymsUsed(record: TextRecord, synonyms: readonly (readonly string[])[] = DOMAIN_SYNONYMS): string[] {
  const text = normalizeText([record.title, record.summary, record.description, ...record.tags, ...(record.industryChain ?? [])].join("\n"));
  const found = new Set<string>();
  for (const group of synonyms) {
    const used = group.filter((word) => containsWord(text, normalizeText(word)));
    if (used.length > 0) for (const word of group) if (!used.includes(word)) found.add(word);
  }
  return [...found];
}

export function textRelevance(queryTerms: readonly string[], candidate: TextRecord, stats: TermStatistics): number {
  const terms = allRecordTerms(candidate);
  const frequencies = new Map<string, number>();
  for (const term of terms) frequencies.set(term, (frequencies.get(term) ?? 0) + 1);
  const norm = BM25_K1 * (1 - BM25_B + (BM25_B * terms.length) / (stats.averageLength || 1));
  let score = 0;
  for (const term of queryTerms) {
    const f = frequencies.get(term);
    if (f) score += (termIdf(stats, term) * f * (BM25_K1 + 1)) / (f + norm);
  }
  return score;
}
