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

/**
 * Invisible format characters (Unicode category Cf): zero-width spaces, the soft hyphen, the word joiner, direction
 * marks, the BOM. They are not there for a reader, so they are not there for the search either: 无\u200B人机 is 无人机
 * and dro\u00ADne is drone, in a record and in a query alike (both go through normalizeText). Meilisearch is sent
 * documents and queries without them (documents.server.ts, the adapter), so both engines read the same words.
 * Kept: the zero-width non-joiner and joiner and the tag characters, which shape what is shown (Persian and Indic
 * words, emoji sequences such as 👨‍👩‍👧 and flags) and stay word breaks on both sides, as they always were.
 */
const FORMAT_CHARACTERS = /(?![\u200C\u200D\u{E0020}-\u{E007F}])\p{Cf}/gu;
const HOLDS_FORMAT_CHARACTER = /(?![\u200C\u200D\u{E0020}-\u{E007F}])\p{Cf}/u;

/** `text` without invisible format characters (FORMAT_CHARACTERS). */
export function withoutFormatCharacters(text: string): string {
  return text.replace(FORMAT_CHARACTERS, "");
}

// Only text that may hold a Latin letter with a diacritic (or a combining mark) pays for the folding below (not ×, ÷).
const MAY_HOLD_LATIN_DIACRITIC = /[\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u0300-\u036F\u1E00-\u1EFF]/;
const LATIN_DIACRITIC = /(?<=\p{Script=Latin})\p{Mn}+/gu;
// Latin letters that no decomposition takes apart but Meilisearch's tokenizer also reads plainly (charabia's æ/œ and
// Vietnamese normalizers): Æsir is aesir, Đà Nẵng is da nang.
const LATIN_LIGATURES_AND_BARRED: Record<string, string> = { æ: "ae", œ: "oe", đ: "d", ð: "d" };
const LATIN_LIGATURE_OR_BARRED = /[æœđð]/g;

/**
 * The form in which the index and the query compare text: without format characters, NFKC (５Ｇ is 5G), Latin letters
 * without their diacritics (Drône is drone, café is cafe, as Meilisearch's tokenizer reads them: compatibility
 * decomposition, then nonspacing marks removed from Latin script), lower case. Marks on other scripts stay (が is
 * not か); æ, œ, đ and ð are written out (LATIN_LIGATURES_AND_BARRED). Called on every indexed field and every
 * query, so the common text (Chinese, plain English) takes one NFKC pass.
 */
export function normalizeText(text: string): string {
  let normalized = (HOLDS_FORMAT_CHARACTER.test(text) ? withoutFormatCharacters(text) : text).normalize("NFKC");
  if (!MAY_HOLD_LATIN_DIACRITIC.test(normalized)) return normalized.toLowerCase();
  normalized = normalized.normalize("NFKD").replace(LATIN_DIACRITIC, "").normalize("NFKC").toLowerCase();
  return normalized.replace(LATIN_LIGATURE_OR_BARRED, (letter) => LATIN_LIGATURES_AND_BARRED[letter]!);
}

export function isCjkText(text: string): boolean {
  return CJK.test(text);
}

/** The overlapping two-character pieces of a run of CJK characters; a lone character is its own piece. */
export function bigrams(run: string): string[] {
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

/**
 * The dictionary's words as they occur in normalized text: single words only, longest first (the order in
 * which cutChineseRun tries them; the index side takes every one it finds). Computed once per list: parseQuery
 * runs for every search and each of matching's retrieval queries, always with the engine's one list.
 */
export function normalizedWholeWords(dictionary: readonly string[]): string[] {
  let words = normalizedDictionaries.get(dictionary);
  if (!words) {
    words = [...new Set(dictionary.map(normalizeText))].filter((word) => word && !/\s/.test(word)).sort((a, b) => b.length - a.length);
    normalizedDictionaries.set(dictionary, words);
  }
  return words;
}

const HYPHEN = /[-\u2010\u2011]/;
const DIGIT = /\p{Nd}/u;
/** A compound is found joined over at most this many of its words, as Meilisearch joins up to three query words. */
const MAX_JOINED_WORDS = 3;

/**
 * The hyphenated Latin compounds among `runs` (RUN's matches of `text`), each as the indexes of its words in `runs`:
 * Latin words and numbers that follow each other across one hyphen ("e-VTOL", "NB-IoT-enabled", "5G-A", "COVID-19"),
 * except across a hyphen between two digits — dates and ranges (2027-09, 3-5t, 10-35m) are no words. A compound is
 * indexed as its words and also joined (tokenizeForIndex: "evtol"; every two or three neighbouring words of a longer
 * one), and each word of a hyphenated query word also finds it joined (parseQuery). So "eVTOL" finds a record that
 * writes "e-VTOL" and the other way round, as on Meilisearch, which tries a query's words joined and split.
 */
function hyphenatedCompounds(text: string, runs: readonly RegExpExecArray[]): number[][] {
  const compounds: number[][] = [];
  let compound: number[] = [];
  for (let r = 1; r <= runs.length; r++) {
    const run = runs[r];
    const previous = runs[r - 1]!;
    const joins =
      run?.[2] !== undefined &&
      previous[2] !== undefined &&
      previous.index + previous[0].length + 1 === run.index &&
      HYPHEN.test(text[run.index - 1]!) &&
      !(DIGIT.test(text[run.index - 2]!) && DIGIT.test(text[run.index]!));
    if (joins) {
      if (compound.length === 0) compound.push(r - 1);
      compound.push(r);
    } else if (compound.length > 0) {
      compounds.push(compound);
      compound = [];
    }
  }
  return compounds;
}

/**
 * Tokens under which a document's text is indexed. Order is not significant. Each token appears once,
 * unless `withRepeats` asks for one entry per occurrence (the engine counts term frequencies from them).
 */
export function tokenizeForIndex(text: string, dictionary: readonly string[] = [], withRepeats = false): string[] {
  const normalized = normalizeText(text);
  const tokens: string[] = [];
  const runs = [...normalized.matchAll(RUN)];
  for (const match of runs) {
    if (match[1]) tokens.push(...bigrams(match[1]));
    else if (match[2]) tokens.push(match[2]);
  }
  if (HYPHEN.test(normalized)) {
    for (const compound of hyphenatedCompounds(normalized, runs)) {
      for (let first = 0; first < compound.length - 1; first++) {
        let joined = runs[compound[first]!]![2]!;
        for (let last = first + 1; last < Math.min(compound.length, first + MAX_JOINED_WORDS); last++) tokens.push((joined += runs[compound[last]!]![2]!));
      }
    }
  }
  for (const normalizedWord of normalizedWholeWords(dictionary)) {
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
 * The query without English possessives ("drone's", "UAV’s" → "drone", "UAV"): the apostrophe splits a word, and
 * the lone "s" would be a word every record must contain. Both engines' queries go through it (parseQuery,
 * and the Meilisearch adapter before it sends the query); the indexed text keeps the possessive, whose word
 * ("drone") is indexed on its own anyway.
 */
export function withoutPossessives(query: string): string {
  return query.replace(/(?<=\p{Script=Latin})['’‘`][sS](?![\p{L}\p{N}])/gu, "");
}

/**
 * Second halves of hyphenated English compounds that only say how the first half is used: "drone-based",
 * "AI-powered", "GPS-enabled", "data-driven", "robot-assisted". A record about drone inspection rarely says
 * "based", and every query word must match, so "drone-based inspection" found nothing while "drone inspection"
 * found the drone records. Deliberately short: no half that carries meaning of its own ("-free" and "-less"
 * negate, "water-level", "food-grade", "large-scale", "vehicle-mounted" say something the first half does not).
 */
export const COMPOUND_MODIFIERS: readonly string[] = [
  "based", "powered", "enabled", "driven", "assisted", "aided", "oriented", "centric", "centred", "centered",
  "focused", "related", "specific", "ready", "capable", "compatible", "friendly", "like", "style", "type",
];
const COMPOUND_MODIFIER = new RegExp(`(?<=[\\p{Script=Latin}\\p{N}])[-‐‑](?:${COMPOUND_MODIFIERS.join("|")})(?![\\p{L}\\p{N}])`, "giu");

/**
 * The query without the modifier half of hyphenated English compounds (COMPOUND_MODIFIERS): "drone-based
 * inspection" → "drone inspection". The other halves of a hyphenated word stay words of their own, as the
 * engines split at hyphens anyway ("grid-inspection" needs "grid" and "inspection"; a glossary phrase such as "real time" is then one word). Both engines' queries go through it
 * (parseQuery, and the Meilisearch adapter before it sends the query); records are indexed as written.
 */
export function withoutCompoundModifiers(query: string): string {
  return query.replace(COMPOUND_MODIFIER, "");
}

/**
 * The query's English as both engines read it: without possessives ("drone's") and without the modifier halves
 * of hyphenated compounds ("drone-based"). One function, so the embedded engine (parseQuery) and the text the
 * Meilisearch adapter sends cannot drift apart when a rule is added.
 */
export function withoutEnglishAffixes(query: string): string {
  return withoutCompoundModifiers(withoutPossessives(query));
}

/**
 * The query without its Latin stop words (compared normalized: "THE", "ｔｈｅ"), everything else as typed.
 * For engines that are sent the query text (Meilisearch); the embedded engine drops them in parseQuery.
 */
export function withoutStopWords(query: string, stopWords: ReadonlySet<string>): string {
  // RUN, the query splitter: group 2 is a Latin word or number, exactly what parseQuery compares; group 1 a run
  // of Chinese, left out when it is only function words standing apart ("的 无人机"), as parseQuery does.
  const without = query.replace(RUN, (run, cjk, latin) =>
    (latin && stopWords.has(normalizeText(latin))) || (cjk && isOnlyFunctionWords(normalizeText(cjk))) ? " " : run,
  );
  return without === query ? query : without.replace(/\s{2,}/g, " ").trim();
}

/** Whether a run of Chinese is nothing but function words (的, 和 的, 的和): a word of its own it is not. */
function isOnlyFunctionWords(run: string): boolean {
  return Array.from(run).every((character) => CHINESE_FUNCTION_WORDS.has(character));
}

/**
 * Whether a query has a word to search for: not only Latin stop words ("the of"), Chinese function words
 * (的, 和), punctuation or emoji. The browse pages send such a query to no engine and list everything
 * (browse.ts, searchesWords) and say so: parseQuery finds no words in it either, and an engine asked with none
 * lists everything in an order that means nothing. `stopWords` normalized, as parseQuery takes them.
 */
export function hasSearchableWords(query: string, stopWords: ReadonlySet<string>): boolean {
  for (const match of normalizeText(query).matchAll(RUN)) {
    if (match[2] ? !stopWords.has(match[2]) : !isOnlyFunctionWords(match[1]!)) return true;
  }
  return false;
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
 * words (longest first), and what remains between them into words by `segmentChinese` (chineseQueryWords;
 * without a segmenter it stays one phrase); each Chinese word is matched as a phrase of its two-character
 * pieces, and one that directly follows another word in the query also has the alternative "with the
 * piece across their boundary" (口调 in 港口调度), which only adds to the score: records that keep the words
 * together, as the user typed them, rank above records that have them apart (Meilisearch's proximity rule).
 * A word with synonyms matches any of them: `synonyms` maps a normalized word to the other terms
 * it finds (synonyms.ts builds it from the index settings, for both engines). A multi-word key written out
 * in the query ("digital twin", "cold chain") is one word. Latin `stopWords` (normalized) are left out; a
 * query of nothing but stop words has no words, i.e. asks for everything, as on Meilisearch.
 */
export function parseQuery(
  query: string,
  dictionary: readonly string[] = [],
  synonyms: ReadonlyMap<string, readonly string[]> = new Map(),
  stopWords: ReadonlySet<string> = new Set(),
  segmentChinese: ChineseSegmenter | null = null,
  { splitJoinedCharacters = false }: { splitJoinedCharacters?: boolean } = {},
): QueryWord[] {
  const normalizedDictionary = normalizedWholeWords(dictionary);
  const phrases = phrasesOf(synonyms);
  const words: QueryWord[] = [];
  const seen = new Set<string>();
  const known = new Set(normalizedDictionary);

  const tokensOf = (term: string): string[] => {
    if (term.includes(" ")) return term.split(" ").flatMap((part) => tokensOf(part));
    return known.has(term) || !isCjkText(term) ? [term] : tokenizeForIndex(term);
  };

  /** `joinedTo`: the word the query has right before it, without a space (its boundary piece scores too). */
  /** `compound`: the hyphenated words it is part of, as one word ("evtol" for "e" of "e-vtol"), found as well. */
  const addWord = (word: string, joinedTo?: string, compound?: string) => {
    if (seen.has(word)) return;
    seen.add(word);
    const terms = [word, ...(synonyms.get(word) ?? [])];
    if (compound) for (const term of [compound, ...(synonyms.get(compound) ?? [])]) if (!terms.includes(term)) terms.push(term);
    const alternatives = terms.map(tokensOf);
    if (joinedTo && isCjkText(word) && isCjkText(joinedTo)) {
      terms.push(word);
      alternatives.push([boundaryPiece(joinedTo, word), ...tokensOf(word)]);
    }
    words.push({ terms, alternatives });
  };

  /**
   * Consecutive words of a Chinese run that together are a synonym key (the glossary's 自动机场, which jieba cuts
   * as 自动 | 机场) are one word, so the key's synonyms count ("drone dock"). Read as Chinese it matches as the
   * words did — each word's pieces, and the piece across them as a bonus for keeping them together — so a
   * Chinese query finds the same Chinese records as before.
   */
  const addSynonymKey = (group: readonly ChineseQueryWord[]) => {
    const word = group.map((part) => part.word).join("");
    if (seen.has(word)) return;
    seen.add(word);
    const apart = group.flatMap((part) => tokensOf(part.word));
    const together = [...apart, ...group.slice(1).map((part, k) => boundaryPiece(group[k]!.word, part.word))];
    const others = synonyms.get(word)!;
    words.push({ terms: [word, word, ...others], alternatives: [apart, together, ...others.map(tokensOf)] });
  };

  // Stop words go first, so a phrase key written without them is found across them: "internet of things"
  // reads as the key "internet things", as on Meilisearch, which leaves stop words out of synonym keys.
  // A run of Chinese that is only function words, standing apart from the other words ("的 无人机"), is left out
  // too, as one inside a run is (chineseQueryWords): 的 alone would be a word every record must contain.
  const normalized = normalizeText(withoutEnglishAffixes(query));
  const runs = [...normalized.matchAll(RUN)].filter(
    (match) => !(match[2] && stopWords.has(match[2])) && !(match[1] && isOnlyFunctionWords(match[1])),
  );
  // Each word of a hyphenated compound ("e-vtol") also matches the compound written as one word ("evtol"), as the
  // index holds it for records that write either (tokenizeForIndex), with the joined word's synonyms: the words of the
  // compound are still words. A compound of more than MAX_JOINED_WORDS words is not joined (the index does not hold it).
  const compoundAt = new Map<number, string>();
  if (HYPHEN.test(normalized)) {
    const all = [...normalized.matchAll(RUN)];
    for (const compound of hyphenatedCompounds(normalized, all)) {
      if (compound.length > MAX_JOINED_WORDS) continue;
      const joined = compound.map((r) => all[r]![2]!).join("");
      for (const r of compound) compoundAt.set(all[r]!.index, joined);
    }
  }
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
      addWord(match[2], undefined, compoundAt.get(match.index));
      continue;
    }
    // `splitJoinedCharacters`: a word a lone character joined is read as its parts (ChineseQueryWord.parts), the
    // second scoring higher where it follows the first, as any two words typed together do. The engine asks for
    // this reading only when the joined one finds nothing (embedded-engine.server.ts, search).
    const cut = cutChineseRun(match[1]!, normalizedDictionary, segmentChinese);
    const parts = splitJoinedCharacters ? cut.flatMap((word) => word.parts ?? [word]) : cut;
    for (let p = 0; p < parts.length; p++) {
      const key = synonymKeyAt(parts, p, synonyms);
      if (key > 1) {
        addSynonymKey(parts.slice(p, p + key));
        p += key - 1;
        continue;
      }
      addWord(parts[p]!.word, p > 0 && parts[p - 1]!.end === parts[p]!.start ? parts[p - 1]!.word : undefined);
    }
  }
  return words;
}

/** The two-character piece across two Chinese words written together: 口调 in 港口调度. */
function boundaryPiece(before: string, after: string): string {
  return Array.from(before).at(-1)! + Array.from(after)[0]!;
}

/** Longest number (two or more) of consecutive words from `parts[p]` that adjoin and are together a synonym key; 0 if none. */
function synonymKeyAt(parts: readonly ChineseQueryWord[], p: number, synonyms: ReadonlyMap<string, readonly string[]>): number {
  let best = 0;
  let joined = parts[p]!.word;
  for (let q = p + 1; q < parts.length && parts[q]!.start === parts[q - 1]!.end && joined.length < MAX_SYNONYM_KEY_CHARS; q++) {
    joined += parts[q]!.word;
    if (synonyms.has(joined)) best = q - p + 1;
  }
  return best;
}

/** No Chinese synonym key is longer (the glossary's rule 2: 2–6 characters; the domain groups' longest is 7). */
const MAX_SYNONYM_KEY_CHARS = 8;

/**
 * The words of a query's run of Chinese, in order, with where each stands in the run: the domain words of
 * `dictionary` (normalized, longest first) whole, and what lies between them cut by `segmentChinese`
 * (chineseQueryWords; two characters, or every run without a segmenter, stay one word). A word joins the one
 * before it when it starts where that one ended.
 */
export function cutChineseRun(run: string, dictionary: readonly string[], segmentChinese: ChineseSegmenter | null): ChineseQueryWord[] {
  const parts: ChineseQueryWord[] = [];
  const addRest = (rest: string, end: number) => {
    if (!rest) return;
    const start = end - rest.length;
    // Two characters are one word (and every key term of matching is such a piece); only longer runs are cut.
    const pieces = segmentChinese && Array.from(rest).length > 2 ? chineseQueryWords(segmentChinese(rest)) : [{ word: rest, start: 0, end: rest.length }];
    const shifted = (piece: ChineseQueryWord): ChineseQueryWord => ({
      word: piece.word,
      start: start + piece.start,
      end: start + piece.end,
      ...(piece.parts ? { parts: piece.parts.map(shifted) } : {}),
    });
    for (const piece of pieces) parts.push(shifted(piece));
  };
  let rest = "";
  let i = 0;
  while (i < run.length) {
    const dictionaryWord = dictionary.find((word) => isCjkText(word) && run.startsWith(word, i));
    if (dictionaryWord) {
      addRest(rest, i);
      rest = "";
      parts.push({ word: dictionaryWord, start: i, end: i + dictionaryWord.length });
      i += dictionaryWord.length;
    } else {
      rest += run[i];
      i += 1;
    }
  }
  addRest(rest, run.length);
  return parts;
}

/**
 * The words a query keeps whole (parseQuery's `dictionary`) under index settings: the domain words and the terms
 * of two-way synonym groups, so 无人机 and 无人驾驶航空器 each map onto one token. One-way synonyms (the bilingual
 * glossary, a few hundred words) are not: each dictionary word costs a scan of every document at indexing, and a
 * Chinese query is not cut at glossary words (synonyms.ts).
 */
export function wholeWords(settings: { dictionary?: readonly string[]; synonyms?: readonly (readonly string[])[] }): string[] {
  return [...new Set([...(settings.dictionary ?? []), ...(settings.synonyms ?? []).flat()])];
}


/**
 * Where the words of `text` start and end (UTF-16 offsets): Latin words and numbers whole, runs of Chinese
 * cut into words as queries are (chineseQueryWords over `segmentChinese`; a run stays one word without it).
 * For telling whole words from fragments: 远程 is a word of 远程操控, 远程操 is not; vtol is not a word of evtol.
 */
export function wordBoundaries(text: string, segmentChinese: ChineseSegmenter | null = null): Set<number> {
  const boundaries = new Set<number>();
  for (const match of text.matchAll(RUN)) {
    const start = match.index!;
    const words = match[1] && segmentChinese ? chineseQueryWords(segmentChinese(match[1])) : [{ start: 0, end: match[0].length }];
    for (const word of words) {
      boundaries.add(start + word.start);
      boundaries.add(start + word.end);
    }
  }
  return boundaries;
}

/**
 * Cuts a run of Chinese characters into words: the segments of a word segmenter, in order and together
 * exactly the run (jieba in the embedded engine, chinese-words.server.ts; Meilisearch segments with jieba
 * too).
 */
export type ChineseSegmenter = (run: string) => readonly string[];

/**
 * A word of a Chinese run and where it stands in the run (UTF-16 offsets, end exclusive). `parts`, when a lone
 * character joined the word it touches (碳 + 监测 → 碳监测), are the two as the segmenter cut them: a search reads
 * them as two words (parseQuery), the character found in any piece, so 碳监测 finds 碳排放…在线监测; as one word
 * its piece 碳监 is in no record, and the query found nothing while "碳 监测" found the record (QA review).
 */
export type ChineseQueryWord = { word: string; start: number; end: number; parts?: ChineseQueryWord[] };

/**
 * Function words that stand alone between the words of a query ("港口和码头"): left out, as stop words are.
 * Only single-character segments are compared, so 和 inside 和谐 or 在 inside 在线 stays.
 */
export const CHINESE_FUNCTION_WORDS: ReadonlySet<string> = new Set(["的", "地", "得", "和", "与", "及", "或", "之", "在", "对", "于", "了", "是", "并", "等", "把", "被", "将", "从", "向"]);

/**
 * The query words of a run of Chinese from a segmenter's segments. The two-character index cannot find
 * one character inside a longer run, and a segmenter that does not know a trade word falls back to single
 * characters (门/机 for 门机, 燃气管/网 for 燃气管网), so single characters are never words of their own:
 * consecutive ones form one word (门机), and a lone one joins the word it touches, before it or else after
 * it (燃气管网, 碳足迹). Lone function words (CHINESE_FUNCTION_WORDS) separate words and are left out,
 * unless a character would be left alone beside them: it then joins its neighbour with them (港口的船 stays one
 * phrase, as 船 alone could only find a record where it stands alone).
 */
export function chineseQueryWords(segments: readonly string[]): ChineseQueryWord[] {
  const groups: (ChineseQueryWord & { singles: boolean })[] = [];
  let at = 0;
  for (const segment of segments) {
    const start = at;
    at += segment.length;
    const single = Array.from(segment).length === 1;
    if (single && CHINESE_FUNCTION_WORDS.has(segment)) continue;
    const last = groups.at(-1);
    if (single && last?.singles && last.end === start) {
      last.word += segment;
      last.end = at;
    } else {
      groups.push({ word: segment, start, end: at, singles: single });
    }
  }
  const run = segments.join("");
  const words: (ChineseQueryWord & { acrossFunctionWord?: boolean })[] = [];
  // The parts of a word a lone character joined without a function word between (ChineseQueryWord.parts).
  const partsOf = (word: ChineseQueryWord) => word.parts ?? [{ word: word.word, start: word.start, end: word.end }];
  for (let g = 0; g < groups.length; g++) {
    const { word, start, end, parts } = groups[g]!;
    const previous = words.at(-1);
    const next = groups[g + 1];
    if (Array.from(word).length > 1 || (!previous && !next)) {
      words.push({ word, start, end, ...(parts ? { parts } : {}) });
    } else if (previous?.end === start || (previous && next?.start !== end)) {
      // Joins the word before it; across a function word only when nothing touches it (港口的船 stays whole).
      const touching = previous.end === start && !previous.acrossFunctionWord;
      previous.parts = touching ? [...partsOf(previous), { word, start, end }] : undefined;
      if (!touching) previous.acrossFunctionWord = true;
      previous.word = run.slice(previous.start, end);
      previous.end = end;
    } else {
      const touching = next!.start === end;
      groups[g + 1] = { ...next!, word: run.slice(start, next!.end), start, parts: touching ? [{ word, start, end }, ...partsOf(next!)] : undefined };
    }
  }
  return words.map(({ acrossFunctionWord: _across, parts, ...word }) => (parts ? { ...word, parts } : word));
}
