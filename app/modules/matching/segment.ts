/**
 * The one segmentation shared by the BM25 baseline, key-term extraction and keyword explanations:
 * overlapping character bigrams of each run of CJK characters (a lone CJK character stays a unigram) plus
 * lower-cased Latin/digit words. It needs no dictionary, which is why the held-out set cannot be "learned".
 */
const CJK_CHAR = /^\p{Script=Han}$/u;
const LATIN_CHAR = /^[\p{Script=Latin}\p{Nd}]$/u;
const OTHER = 0;
const HAN = 1;
const LATIN = 2;

function classify(char: string): number {
  return CJK_CHAR.test(char) ? HAN : LATIN_CHAR.test(char) ? LATIN : OTHER;
}

// Segmentation runs over every candidate of every match, so the character classes of the Basic
// Multilingual Plane are looked up in a table built once (with the same Unicode properties) instead of
// running regular expressions over each text.
const BMP_CLASSES = (() => {
  const table = new Uint8Array(0x10000);
  for (let code = 0; code < 0x10000; code++) {
    if (code >= 0xd800 && code <= 0xdfff) continue; // lone surrogates are neither
    table[code] = classify(String.fromCharCode(code));
  }
  return table;
})();

export function segment(text: string): string[] {
  const normalised = text.normalize("NFKC");
  const terms: string[] = [];
  const latinWords: string[] = [];
  let previousHan = "";
  let hanRun = 0;
  let latinStart = -1;
  for (let i = 0; i <= normalised.length; ) {
    let kind = OTHER;
    let width = 1;
    if (i < normalised.length) {
      const code = normalised.codePointAt(i)!;
      width = code > 0xffff ? 2 : 1;
      kind = code > 0xffff ? classify(String.fromCodePoint(code)) : BMP_CLASSES[code]!;
    }
    if (kind === HAN) {
      const char = width === 1 ? normalised[i]! : normalised.slice(i, i + 2);
      if (hanRun > 0) terms.push(previousHan + char);
      previousHan = char;
      hanRun += 1;
    } else {
      if (hanRun === 1) terms.push(previousHan);
      hanRun = 0;
    }
    if (kind === LATIN) {
      if (latinStart < 0) latinStart = i;
    } else if (latinStart >= 0) {
      latinWords.push(normalised.slice(latinStart, i).toLowerCase());
      latinStart = -1;
    }
    i += width;
  }
  for (const word of latinWords) terms.push(word);
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
