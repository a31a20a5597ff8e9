/**
 * "Did you mean …" for English words of the search glossary, and related searches for Chinese ones.
 *
 *   suggestGlossarySpelling(query): string | null — the query with misspelt glossary words corrected
 *   relatedGlossaryQueries(query, segmenter)       — the query with a Chinese glossary word swapped for a
 *                                                     sibling of its entry (巡检 → 巡查, 巡视, 检查)
 *
 * Records are written in Chinese, so an English query word finds them only through the glossary
 * (bilingual-glossary.ts, DOMAIN_SYNONYMS in indexes.ts), which both engines look up by the exact word.
 * Typo tolerance cannot help: it corrects towards words the index holds, and no record holds "inspection".
 * So "inspecton" found nothing. The corrected query is never searched silently: where the words typed find
 * something, the search pages offer it as a link; where they find nothing, they show its results and say so
 * ("没有找到与“inspect”相关的结果，已为您显示“inspection”的结果": searchInsteadHref in browse.ts, ADR 0018). Either
 * way the user sees what is searched, and it works the same on Meilisearch because it is decided before the
 * engine is asked. The correction follows the engines' typo rules (edit-distance.ts):
 * words of five letters or more, one edit (two from nine letters), the same first letter. A word is
 * corrected only towards one closest glossary word — two equally close ones are a guess, so none is made,
 * unless they are forms of one term that find the same records (drone/drones, harbour/harbor) — and only
 * when the result is a glossary term on its own or completes a multi-word one ("cold chian" → "cold chain").
 * The rest of the query is kept as typed.
 */
import { BILINGUAL_GLOSSARY } from "./bilingual-glossary";
import { maxEditsFor, TYPO_TOLERANT, withinEdits } from "./edit-distance";
import { ENGLISH_STOP_WORDS, SCENARIO_INDEX_SETTINGS } from "./indexes";
import { synonymLookup } from "./synonyms";
import { normalizeText, withoutCompoundModifiers, wordBoundaries, type ChineseSegmenter } from "./tokenizer";

/** Latin glossary terms (with their plurals): single words, and multi-word ones as lists of words. */
const glossaryTerms = (() => {
  // Both indexes share the glossary; the scenario index's settings stand for both.
  const lookup = synonymLookup(SCENARIO_INDEX_SETTINGS);
  const latinTerms = [...lookup.keys()].filter((term) => /^[a-z][a-z0-9]*( [a-z0-9]+)*$/.test(term));
  const single = new Set(latinTerms.filter((term) => !term.includes(" ")));
  const phrases = latinTerms.filter((term) => term.includes(" ")).map((term) => term.split(" "));
  const vocabulary = new Set([...single, ...phrases.flat()]);
  // What a single-word term finds, itself included: equal for a term's plural and its other spellings.
  const finds = new Map([...single].map((term) => [term, [term, ...lookup.get(term)!].sort().join("\n")]));
  return { single, phrases, vocabulary, vocabularyList: [...vocabulary], finds };
})();

const stopWords = new Set(ENGLISH_STOP_WORDS);

/** Whether a lower-case Latin word is English the search knows: a word of a glossary term, or a stop word. */
export function isKnownEnglishWord(word: string): boolean {
  return glossaryTerms.vocabulary.has(word) || stopWords.has(word);
}

/**
 * The one glossary word closest to `word` within its typo allowance, or null (none, or a tie). A tie between
 * terms that find the same records ("dronse": drone, drones; "harbuor": harbour, harbor) is no guess about
 * what the user means, so it goes to the form preferredForm picks.
 */
function closestGlossaryWord(word: string): string | null {
  const limit = maxEditsFor(word);
  for (let edits = 1; edits <= limit; edits++) {
    const close = glossaryTerms.vocabularyList.filter((known) => known[0] === word[0] && withinEdits(word, known, edits));
    if (close.length === 1) return close[0]!;
    if (close.length > 1) {
      const meaning = glossaryTerms.finds.get(close[0]!);
      if (!meaning || close.some((known) => glossaryTerms.finds.get(known) !== meaning)) return null;
      return preferredForm(word, close);
    }
  }
  return null;
}

/**
 * English endings that make another form of the same word. A word the glossary does not know, written with
 * one of them, is offered as the glossary's form of its stem: "inspected", "inspecting" → inspection;
 * "monitored" → monitoring. Longest first; a final e is dropped from every stem (charge, charging → charg).
 */
const ENDINGS = ["ments", "ings", "ions", "ment", "ing", "ion", "ers", "er", "ed", "es", "s"];
const MIN_STEM = 4;

function stemOf(word: string): string {
  const ending = ENDINGS.find((end) => word.endsWith(end) && word.length - end.length >= MIN_STEM);
  return (ending ? word.slice(0, -ending.length) : word).replace(/e$/, "");
}

const glossaryWordsByStem = (() => {
  const byStem = new Map<string, string[]>();
  for (const word of glossaryTerms.single) byStem.set(stemOf(word), [...(byStem.get(stemOf(word)) ?? []), word]);
  return byStem;
})();

/**
 * The glossary's form of an inflected word ("inspecting" → inspection), or null. Several forms of the stem that
 * find the same records (inspection, inspections) are one answer, the one nearest in length to what was typed;
 * forms that find different records (container, containment) are no answer.
 */
function glossaryFormOf(word: string): string | null {
  const forms = glossaryWordsByStem.get(stemOf(word));
  if (!forms) return null;
  const meaning = glossaryTerms.finds.get(forms[0]!);
  if (forms.some((form) => glossaryTerms.finds.get(form) !== meaning)) return null;
  return preferredForm(word, forms);
}

/**
 * Of forms of one term (which find the same records) the one to offer for `word`: the form it is with one letter
 * too many typed ("carbonn" → carbon, "porte" → port, not the plural as long as the typo), else the form nearest
 * in length to it (the first on equal length).
 */
function preferredForm(word: string, forms: readonly string[]): string {
  const oneLetterTooMany = forms.find((form) => word.length === form.length + 1 && word.startsWith(form));
  return oneLetterTooMany ?? forms.reduce((best, form) => (Math.abs(form.length - word.length) < Math.abs(best.length - word.length) ? form : best));
}

/** Whether the words at `at` would complete a multi-word glossary term, with `words` as corrected so far. */
function completesPhrase(words: readonly string[], at: number): boolean {
  return glossaryTerms.phrases.some((phrase) =>
    phrase.some((_, offset) => {
      const start = at - offset;
      return start >= 0 && phrase.every((part, k) => words[start + k] === part);
    }),
  );
}

/** Latin words (letters, then letters or digits) and where each stands in the query. */
const LATIN_WORD = /[a-z][a-z0-9]*/g;

/** The normalized query and its Latin words with where each stands; null when normalizing moved the offsets. */
function latinWords(query: string): { normalized: string; found: RegExpMatchArray[] } | null {
  const normalized = normalizeText(query);
  // Offsets are only valid when normalizing kept the length (it does for ASCII); otherwise say nothing.
  return normalized.length === query.length ? { normalized, found: [...normalized.matchAll(LATIN_WORD)] } : null;
}

/** The query as typed with the words whose replacement differs from them replaced; null when none does. */
function withWordsReplaced(query: string, found: readonly RegExpMatchArray[], replacements: readonly string[]): string | null {
  if (replacements.every((word, i) => word === found[i]![0])) return null;
  let result = "";
  let end = 0;
  found.forEach((match, i) => {
    const word = match[0];
    result += query.slice(end, match.index!) + (replacements[i] === word ? query.slice(match.index!, match.index! + word.length) : replacements[i]);
    end = match.index! + word.length;
  });
  return result + query.slice(end);
}

export function suggestGlossarySpelling(query: string): string | null {
  const latin = latinWords(query);
  if (!latin) return null;
  const { normalized, found } = latin;
  const words = found.map((match) => match[0]);
  // The modifier half of a hyphenated compound is no word the engines look for ("AI-powered" is read as "AI"),
  // so it is never corrected ("AI-powers").
  const ignored = new Set(
    found
      .filter((match) => {
        // The word with the hyphen and the character before it: "i-powered" loses "-powered", "drone" keeps all.
        const around = normalized.slice(Math.max(0, match.index! - 2), match.index! + match[0].length);
        return withoutCompoundModifiers(around) !== around;
      })
      .map((match) => match.index!),
  );
  const corrected = words.map((word, i) => {
    if (isKnownEnglishWord(word) || !TYPO_TOLERANT.test(word) || ignored.has(found[i]!.index!)) return word;
    // Another form of a glossary word before a misspelling of one: "monitored" means monitoring, not monitors.
    return glossaryFormOf(word) ?? closestGlossaryWord(word) ?? word;
  });
  // Words separated by anything but spaces do not form a phrase.
  const adjacent = (a: number, b: number) => /^ +$/.test(normalized.slice(found[a]!.index! + words[a]!.length, found[b]!.index!));
  const kept = corrected.map((word, i) => {
    if (word === words[i]) return word;
    if (glossaryTerms.single.has(word)) return word;
    // Only part of a multi-word term: keep it if its neighbours (as corrected) complete the term.
    let from = i;
    while (from > 0 && adjacent(from - 1, from)) from--;
    let to = i;
    while (to + 1 < words.length && adjacent(to, to + 1)) to++;
    return completesPhrase(corrected.slice(from, to + 1), i - from) ? word : words[i]!;
  });
  return withWordsReplaced(query, found, kept);
}

/** Shortest word a completion is offered for: "dro" → drone, but "do" and "ai" are left alone. */
const MIN_COMPLETED = 3;

/**
 * The glossary word a short unknown word begins ("dron" → drone), for a query that found nothing. Typo
 * tolerance starts at five letters (edit-distance.ts), so "dron" finds nothing on the embedded engine, while
 * Meilisearch reads a query's last word as a prefix. One answer only: completions that find different records
 * ("por": port, portal) are no guess; forms finding the same (drone, drones) give the shortest.
 */
function completionOf(word: string): string | null {
  if (word.length < MIN_COMPLETED || TYPO_TOLERANT.test(word)) return null;
  const completions = glossaryTerms.vocabularyList.filter((known) => known.length > word.length && known.startsWith(word) && glossaryTerms.single.has(known));
  if (completions.length === 0) return null;
  const meaning = glossaryTerms.finds.get(completions[0]!);
  if (!meaning || completions.some((known) => glossaryTerms.finds.get(known) !== meaning)) return null;
  return completions.reduce((best, known) => (known.length < best.length ? known : best));
}

/**
 * A query that found nothing with its short unknown Latin words completed to the glossary word they begin
 * ("dron inspection" → "drone inspection"), or null when there is nothing to complete.
 */
export function completeGlossaryWords(query: string): string | null {
  const found = latinWords(query)?.found;
  if (!found) return null;
  const completed = found.map(([word]) => (isKnownEnglishWord(word) ? word : (completionOf(word) ?? word)));
  return withWordsReplaced(query, found, completed);
}

/**
 * Related searches. An English glossary word finds all the Chinese words of its entry ("inspection": 巡检,
 * 巡查, 巡视, 检查), but a Chinese word finds only itself, because the Chinese words of an entry are not
 * synonyms (bilingual-glossary.ts: 巡检 is a routine round, 巡查 a patrol). So 巡检 finds fewer records than
 * "inspection", which reads as a fault. Instead of widening the Chinese query behind the user's back, the page
 * offers the sibling words as queries of their own, for the user to choose.
 */
const siblingsOfChineseTerm = (() => {
  const siblings = new Map<string, string[]>();
  for (const entry of BILINGUAL_GLOSSARY) {
    for (const term of entry.zh) {
      const list = siblings.get(term) ?? [];
      for (const other of entry.zh) if (other !== term && !list.includes(other)) list.push(other);
      siblings.set(term, list);
    }
  }
  return siblings;
})();
const longestChineseTerm = Math.max(...[...siblingsOfChineseTerm.keys()].map((term) => term.length));

/** The query with one Chinese glossary word (`word`) replaced by a sibling of its entry (`related`). */
export type RelatedQuery = { word: string; related: string; q: string };

/**
 * Up to `limit` related queries, in the order of the query's words and of each entry's words. A glossary word
 * counts only as a whole word of the query, cut as the engines cut queries (`segmentChinese`; runs of two
 * characters are not cut): 电网 is no word of 心电网络 (心电 | 网络). The longest word wins (视频监控, not 监控).
 * A sibling the query already holds is not offered.
 */
export function relatedGlossaryQueries(query: string, segmentChinese: ChineseSegmenter, limit = 6): RelatedQuery[] {
  const normalized = normalizeText(query);
  // Offsets are only valid when normalizing kept the length; otherwise say nothing.
  if (normalized.length !== query.length) return [];
  const boundaries = wordBoundaries(normalized, (run) => (Array.from(run).length > 2 ? segmentChinese(run) : [run]));
  const related: RelatedQuery[] = [];
  for (let start = 0; start < normalized.length && related.length < limit; start++) {
    if (!boundaries.has(start)) continue;
    let word: string | null = null;
    for (let length = Math.min(longestChineseTerm, normalized.length - start); length >= 2 && !word; length--) {
      const candidate = normalized.slice(start, start + length);
      if (boundaries.has(start + length) && siblingsOfChineseTerm.has(candidate)) word = candidate;
    }
    if (!word) continue;
    for (const sibling of siblingsOfChineseTerm.get(word)!) {
      if (related.length >= limit) break;
      if (normalized.includes(sibling)) continue;
      related.push({ word, related: sibling, q: query.slice(0, start) + sibling + query.slice(start + word.length) });
    }
    start += word.length - 1;
  }
  return related;
}
