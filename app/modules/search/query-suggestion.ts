/**
 * "Did you mean …" for English words of the search glossary.
 *
 *   suggestGlossarySpelling(query): string | null — the query with misspelt glossary words corrected
 *
 * Records are written in Chinese, so an English query word finds them only through the glossary
 * (bilingual-glossary.ts, DOMAIN_SYNONYMS in indexes.ts), which both engines look up by the exact word.
 * Typo tolerance cannot help: it corrects towards words the index holds, and no record holds "inspection".
 * So "inspecton" found nothing. The search pages offer the corrected query as a link instead of silently
 * searching for it: the user sees what will be searched, and it works the same on Meilisearch because it is
 * decided before the engine is asked. The correction follows the engines' typo rules (edit-distance.ts):
 * words of five letters or more, one edit (two from nine letters), the same first letter. A word is
 * corrected only towards one closest glossary word — two equally close ones are a guess, so none is made,
 * unless they are forms of one term that find the same records (drone/drones, harbour/harbor) — and only
 * when the result is a glossary term on its own or completes a multi-word one ("cold chian" → "cold chain").
 * The rest of the query is kept as typed.
 */
import { ENGLISH_STOP_WORDS, SCENARIO_INDEX_SETTINGS } from "./indexes";
import { maxEditsFor, TYPO_TOLERANT, withinEdits } from "./edit-distance";
import { synonymLookup } from "./synonyms";
import { normalizeText } from "./tokenizer";

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

/**
 * The one glossary word closest to `word` within its typo allowance, or null (none, or a tie). A tie between
 * terms that find the same records ("dronse": drone, drones; "harbuor": harbour, harbor) is no guess about
 * what the user means, so it goes to the one nearest in length to what was typed (the first on equal length).
 */
function closestGlossaryWord(word: string): string | null {
  const limit = maxEditsFor(word);
  for (let edits = 1; edits <= limit; edits++) {
    const close = glossaryTerms.vocabularyList.filter((known) => known[0] === word[0] && withinEdits(word, known, edits));
    if (close.length === 1) return close[0]!;
    if (close.length > 1) {
      const meaning = glossaryTerms.finds.get(close[0]!);
      if (!meaning || close.some((known) => glossaryTerms.finds.get(known) !== meaning)) return null;
      return close.reduce((best, known) => (Math.abs(known.length - word.length) < Math.abs(best.length - word.length) ? known : best));
    }
  }
  return null;
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

export function suggestGlossarySpelling(query: string): string | null {
  const normalized = normalizeText(query);
  // Offsets are only valid when normalizing kept the length (it does for ASCII); otherwise say nothing.
  if (normalized.length !== query.length) return null;
  const found = [...normalized.matchAll(LATIN_WORD)];
  const words = found.map((match) => match[0]);
  const corrected = words.map((word) => {
    if (glossaryTerms.vocabulary.has(word) || stopWords.has(word) || !TYPO_TOLERANT.test(word)) return word;
    return closestGlossaryWord(word) ?? word;
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
  if (kept.every((word, i) => word === words[i])) return null;
  let suggestion = "";
  let end = 0;
  found.forEach((match, i) => {
    suggestion += query.slice(end, match.index!) + (kept[i] === words[i] ? query.slice(match.index!, match.index! + words[i]!.length) : kept[i]);
    end = match.index! + words[i]!.length;
  });
  return suggestion + query.slice(end);
}
