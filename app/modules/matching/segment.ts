/**
 * The one segmentation shared by the BM25 baseline, key-term extraction and keyword explanations:
 * overlapping character bigrams of each run of CJK characters (a lone CJK character stays a unigram) plus
 * lower-cased Latin/digit words. It needs no dictionary, which is why the held-out set cannot be "learned".
 */
const CJK_RUN = /[\p{Script=Han}]+/gu;
const LATIN_WORD = /[\p{Script=Latin}\p{Nd}]+/gu;

export function segment(text: string): string[] {
  const terms: string[] = [];
  const normalised = text.normalize("NFKC");
  for (const match of normalised.matchAll(CJK_RUN)) {
    const run = Array.from(match[0]);
    if (run.length === 1) terms.push(run[0]);
    for (let i = 0; i + 1 < run.length; i++) terms.push(run[i] + run[i + 1]);
  }
  for (const match of normalised.matchAll(LATIN_WORD)) terms.push(match[0].toLowerCase());
  return terms;
}

export interface MatchableRecord {
  title: string;
  summary: string;
  description: string;
  tags: readonly string[];
  industryChain: readonly string[];
  category: string;
}

/** The fields both sides share, in the order the issue names them. */
export function matchableFields(record: MatchableRecord) {
  return {
    title: record.title,
    summary: record.summary,
    description: record.description,
    tags: record.tags.join(" "),
    industryChain: record.industryChain.join(" "),
    category: record.category,
  };
}

export function recordTerms(record: MatchableRecord): string[] {
  return Object.values(matchableFields(record)).flatMap(segment);
}
