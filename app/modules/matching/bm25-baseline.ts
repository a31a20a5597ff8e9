/**
 * The plain BM25 baseline (k1 = 1.2, b = 0.75) over `segment` terms of title, summary, description, tags,
 * industryChain and category. The query is the whole record of the other side (its distinct terms); every
 * record of the other side is scored and ties are broken by id so runs are reproducible.
 *
 *   buildBm25Index(docs)                     — docs: { id, terms }[]
 *   bm25Search(index, queryTerms)            — all docs, best first: { id, score }[]
 *   createBm25Ranker(dataset)                — a Ranker (see evaluate.ts) for both directions
 */
import type { MatchScenario, MatchSolution, MatchingDataset } from "./dataset";
import { recordTerms } from "./segment";

export const BM25_K1 = 1.2;
export const BM25_B = 0.75;

export interface ScoredId {
  id: string;
  score: number;
}

export interface Bm25Index {
  ids: string[];
  termFrequencies: Map<string, number>[];
  lengths: number[];
  averageLength: number;
  documentFrequency: Map<string, number>;
}

export function buildBm25Index(docs: readonly { id: string; terms: readonly string[] }[]): Bm25Index {
  const documentFrequency = new Map<string, number>();
  const termFrequencies = docs.map(({ terms }) => {
    const tf = new Map<string, number>();
    for (const term of terms) tf.set(term, (tf.get(term) ?? 0) + 1);
    for (const term of tf.keys()) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
    return tf;
  });
  const lengths = docs.map((d) => d.terms.length);
  const averageLength = lengths.length === 0 ? 0 : lengths.reduce((a, b) => a + b, 0) / lengths.length;
  return { ids: docs.map((d) => d.id), termFrequencies, lengths, averageLength, documentFrequency };
}

/**
 * Lucene's non-negative BM25 IDF of a term found in `documentFrequency` of `documents` records, so a term in
 * most documents never subtracts from a score. The baseline and the app's text relevance both use it.
 */
export function inverseDocumentFrequency(documents: number, documentFrequency: number): number {
  return Math.log(1 + (documents - documentFrequency + 0.5) / (documentFrequency + 0.5));
}

export function bm25Idf(index: Bm25Index, term: string): number {
  return inverseDocumentFrequency(index.ids.length, index.documentFrequency.get(term) ?? 0);
}

export function byScoreThenId(a: ScoredId, b: ScoredId): number {
  return b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

export function bm25Search(index: Bm25Index, queryTerms: readonly string[]): ScoredId[] {
  const distinctTerms = [...new Set(queryTerms)].filter((t) => index.documentFrequency.has(t));
  const idfs = distinctTerms.map((t) => bm25Idf(index, t));
  const results = index.ids.map((id, doc) => {
    const tf = index.termFrequencies[doc];
    const norm = BM25_K1 * (1 - BM25_B + (BM25_B * index.lengths[doc]) / (index.averageLength || 1));
    let score = 0;
    distinctTerms.forEach((term, i) => {
      const f = tf.get(term);
      if (f) score += (idfs[i] * f * (BM25_K1 + 1)) / (f + norm);
    });
    return { id, score };
  });
  return results.sort(byScoreThenId);
}

export interface Bm25Ranker {
  solutionsFor(scenario: MatchScenario): ScoredId[];
  scenariosFor(solution: MatchSolution): ScoredId[];
}

export function createBm25Ranker(dataset: Pick<MatchingDataset, "scenarios" | "solutions">): Bm25Ranker {
  const solutionIndex = buildBm25Index(dataset.solutions.map((s) => ({ id: s.id, terms: recordTerms(s) })));
  const scenarioIndex = buildBm25Index(dataset.scenarios.map((s) => ({ id: s.id, terms: recordTerms(s) })));
  return {
    solutionsFor: (scenario) => bm25Search(solutionIndex, recordTerms(scenario)),
    scenariosFor: (solution) => bm25Search(scenarioIndex, recordTerms(solution)),
  };
}
