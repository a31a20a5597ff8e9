/**
 * The one segmentation shared by the BM25 baseline, key-term extraction and keyword explanations:
 * overlapping character bigrams of each run of CJK characters (a lone CJK character stays a unigram) plus
 * lower-cased Latin/digit words. It needs no dictionary, which is why the held-out set cannot be "learned".
 */
import { normalizeText } from "../search/tokenizer";

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
  const terms: string[] = [];
  appendSegment(text, terms, false);
  return terms;
}

/**
 * A term as a lookup key: a bigram of two characters of the CJK blocks U+3400–U+9FFF (nearly every Chinese term)
 * as one small integer, any other term as itself. Text relevance looks up every term of some hundred candidates
 * per match; an integer key needs no string to be made and is hashed at once (a V8 small integer: below 2^30).
 */
export type TermKey = number | string;

const KEYED_HAN_FIRST = 0x3400;
const KEYED_HAN_COUNT = 0xa000 - KEYED_HAN_FIRST;

/** The key of a bigram of two UTF-16 code units, or -1 when one of them is outside the keyed blocks. */
function hanPairKey(first: number, second: number): number {
  const a = first - KEYED_HAN_FIRST;
  const b = second - KEYED_HAN_FIRST;
  return a >= 0 && a < KEYED_HAN_COUNT && b >= 0 && b < KEYED_HAN_COUNT ? a * KEYED_HAN_COUNT + b : -1;
}

/** The lookup key of a term as segment cut it. */
export function termKey(term: string): TermKey {
  if (term.length !== 2) return term;
  const key = hanPairKey(term.charCodeAt(0), term.charCodeAt(1));
  return key < 0 ? term : key;
}

/**
 * segment(text) appended to `terms`, in segment's order: as strings, or (`keyed`) each as its termKey — the same
 * sequence as segment(text).map(termKey), without making a string for the terms that have an integer key.
 */
export function appendSegment(text: string, terms: TermKey[], keyed: boolean): void {
  // Read as the search index reads text (no format characters, no diacritics on Latin letters, lower case).
  const normalised = normalizeText(text);
  const latinWords: string[] = [];
  // Where the previous Han character starts, and its width; terms are cut out of the text by position, so no
  // string is made for a single character (a Han character is not one of the engine's cached one-character
  // strings, and a match segments some hundred candidates of a few hundred characters each).
  let previousHan = 0;
  let previousWidth = 0;
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
      if (hanRun > 0) {
        const key = keyed && previousWidth === 1 && width === 1 ? hanPairKey(normalised.charCodeAt(previousHan), normalised.charCodeAt(i)) : -1;
        terms.push(key < 0 ? normalised.slice(previousHan, i + width) : key);
      }
      previousHan = i;
      previousWidth = width;
      hanRun += 1;
    } else {
      if (hanRun === 1) terms.push(normalised.slice(previousHan, i));
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
