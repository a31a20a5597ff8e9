/**
 * Tokenizer shared by the embedded engine's index and query sides.
 *
 * Chinese has no spaces, and `Intl.Segmenter` splits 无人机 → 无人/机, so a query for 无人机 would miss
 * (see SEARCH.md). Overlapping two-character pieces give full recall instead: 集装箱码头 → 集装 装箱 箱码 码头,
 * and any sub-word of two or more characters is a run of consecutive pieces. Domain words (首台套,
 * 低空经济 …) are also kept whole so synonyms can map onto one token.
 */

const CJK_CLASS = "\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Hangul}";
const CJK = new RegExp(`[${CJK_CLASS}]`, "u");
// Chinese runs, or runs of other letters and digits (Latin words, numbers).
const RUN = new RegExp(`([${CJK_CLASS}]+)|((?:(?![${CJK_CLASS}])[\\p{L}\\p{N}])+)`, "gu");
const LATIN_OR_DIGIT = /[\p{L}\p{N}]/u;

export function normalizeText(text: string): string {
  return text.normalize("NFKC").toLowerCase();
}

export function isCjkText(text: string): boolean {
  return CJK.test(text);
}

function bigrams(run: string): string[] {
  const chars = Array.from(run);
  if (chars.length === 1) return chars;
  const pieces: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) pieces.push(chars[i]! + chars[i + 1]!);
  return pieces;
}

/** Whether `word` occurs in `text` (both normalized) as a whole word at its Latin/digit edges. */
export function containsWord(text: string, word: string): boolean {
  return findWord(text, word, 0) !== -1;
}

/** Index of the next occurrence of `word` in `text` from `from`, respecting Latin word boundaries. */
export function findWord(text: string, word: string, from: number): number {
  if (!word) return -1;
  const first = Array.from(word)[0]!;
  const last = Array.from(word).at(-1)!;
  const checkStart = LATIN_OR_DIGIT.test(first) && !CJK.test(first);
  const checkEnd = LATIN_OR_DIGIT.test(last) && !CJK.test(last);
  let at = text.indexOf(word, from);
  while (at !== -1) {
    const before = text[at - 1];
    const after = text[at + word.length];
    const startOk = !checkStart || before === undefined || !LATIN_OR_DIGIT.test(before) || CJK.test(before);
    const endOk = !checkEnd || after === undefined || !LATIN_OR_DIGIT.test(after) || CJK.test(after);
    if (startOk && endOk) return at;
    at = text.indexOf(word, at + 1);
  }
  return -1;
}

const normalizedDictionaries = new WeakMap<readonly string[], string[]>();

/** The dictionary's words as they occur in normalized text; single words only (computed once per list). */
function indexableDictionary(dictionary: readonly string[]): string[] {
  let words = normalizedDictionaries.get(dictionary);
  if (!words) {
    words = [...new Set(dictionary.map(normalizeText))].filter((word) => word && !/\s/.test(word));
    normalizedDictionaries.set(dictionary, words);
  }
  return words;
}

/**
 * Tokens under which a document's text is indexed. Order is not significant. Each token appears once,
 * unless `withRepeats` asks for one entry per occurrence (the engine counts term frequencies from them).
 */
export function tokenizeForIndex(text: string, dictionary: readonly string[] = [], withRepeats = false): string[] {
  const normalized = normalizeText(text);
  const tokens: string[] = [];
  for (const match of normalized.matchAll(RUN)) {
    if (match[1]) tokens.push(...bigrams(match[1]));
    else if (match[2]) tokens.push(match[2]);
  }
  for (const normalizedWord of indexableDictionary(dictionary)) {
    if (!normalized.includes(normalizedWord)) continue; // cheap test first: most texts hold few domain words
    for (let at = findWord(normalized, normalizedWord, 0); at !== -1; at = findWord(normalized, normalizedWord, at + normalizedWord.length)) {
      tokens.push(normalizedWord);
      if (!withRepeats) break;
    }
  }
  return withRepeats ? tokens : [...new Set(tokens)];
}

/**
 * One query word: the document must contain every token of at least one alternative.
 * `terms` are the surface forms (the word and its synonyms), used for highlighting.
 */
export type QueryWord = { alternatives: string[][]; terms: string[] };

/**
 * The query without its Latin stop words (compared normalized: "THE", "ｔｈｅ"), everything else as typed.
 * For engines that are sent the query text (Meilisearch); the embedded engine drops them in parseQuery.
 */
export function withoutStopWords(query: string, stopWords: ReadonlySet<string>): string {
  if (stopWords.size === 0) return query;
  // RUN, the query splitter: group 2 is a Latin word or number, exactly what parseQuery compares.
  return query.replace(RUN, (run, _cjk, latin) => (latin && stopWords.has(normalizeText(latin)) ? " " : run)).replace(/\s{2,}/g, " ");
}

const phraseCache = new WeakMap<ReadonlyMap<string, readonly string[]>, string[][]>();

/** The multi-word keys of a synonym lookup as word lists, longest first ("predictive maintenance" before a shorter key it starts with). */
function phrasesOf(synonyms: ReadonlyMap<string, readonly string[]>): string[][] {
  let phrases = phraseCache.get(synonyms);
  if (!phrases) {
    phrases = [...synonyms.keys()].filter((term) => term.includes(" ")).map((term) => term.split(" ")).sort((a, b) => b.length - a.length);
    phraseCache.set(synonyms, phrases);
  }
  return phrases;
}

/**
 * Splits a query into words. Latin words and numbers are words; a run of Chinese is cut at domain
 * words (longest first), and what remains between them is matched as a phrase of its two-character
 * pieces. A word with synonyms matches any of them: `synonyms` maps a normalized word to the other terms
 * it finds (synonyms.ts builds it from the index settings, for both engines). A multi-word key written out
 * in the query ("digital twin", "cold chain") is one word. Latin `stopWords` (normalized) are left out; a
 * query of nothing but stop words has no words, i.e. asks for everything, as on Meilisearch.
 */
export function parseQuery(
  query: string,
  dictionary: readonly string[] = [],
  synonyms: ReadonlyMap<string, readonly string[]> = new Map(),
  stopWords: ReadonlySet<string> = new Set(),
): QueryWord[] {
  const normalizedDictionary = [...new Set(dictionary.map(normalizeText).filter((word) => !/\s/.test(word) && word))]
    .sort((a, b) => b.length - a.length);
  const phrases = phrasesOf(synonyms);
  const words: QueryWord[] = [];
  const seen = new Set<string>();
  const known = new Set(normalizedDictionary);

  const tokensOf = (term: string): string[] => {
    if (term.includes(" ")) return term.split(" ").flatMap((part) => tokensOf(part));
    return known.has(term) || !isCjkText(term) ? [term] : tokenizeForIndex(term);
  };

  const addWord = (word: string) => {
    if (seen.has(word)) return;
    seen.add(word);
    const terms = [word, ...(synonyms.get(word) ?? [])];
    words.push({ terms, alternatives: terms.map(tokensOf) });
  };

  // Stop words go first, so a phrase key written without them is found across them: "internet of things"
  // reads as the key "internet things", as on Meilisearch, which leaves stop words out of synonym keys.
  const runs = [...normalizeText(query).matchAll(RUN)].filter((match) => !(match[2] && stopWords.has(match[2])));
  for (let r = 0; r < runs.length; r++) {
    const match = runs[r]!;
    if (match[2]) {
      // A multi-word synonym written out in the query is one word ("digital twin" → 数字孪生).
      const phrase = phrases.find((parts) => parts.every((part, k) => runs[r + k]?.[2] === part));
      if (phrase) {
        addWord(phrase.join(" "));
        r += phrase.length - 1;
        continue;
      }
      addWord(match[2]);
      continue;
    }
    const run = match[1]!;
    let rest = "";
    let i = 0;
    while (i < run.length) {
      const dictionaryWord = normalizedDictionary.find((word) => isCjkText(word) && run.startsWith(word, i));
      if (dictionaryWord) {
        if (rest) addWord(rest);
        rest = "";
        addWord(dictionaryWord);
        i += dictionaryWord.length;
      } else {
        rest += run[i];
        i += 1;
      }
    }
    if (rest) addWord(rest);
  }
  return words;
}
