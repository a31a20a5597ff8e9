/**
 * "您是不是要找：无人机" for a query typed in pinyin: wurenji, wu ren ji, wúrénjī, Wurenji xunjian.
 *
 * Chinese users type through an input method; when it is switched off, or on a keyboard without one, the
 * pinyin itself lands in the search box and finds nothing (the records are Chinese, and no engine reads
 * pinyin). A query that found nothing is offered the Chinese words its Latin letters spell, when they spell
 * domain words of the search glossary (bilingual-glossary.ts and the Chinese words of DOMAIN_SYNONYMS) and
 * nothing else. The vocabulary is the glossary, not the records, so a suggestion can never reveal a word that
 * only an unpublished record contains, and it is the same on both engines. Like the other suggestions
 * (query-suggestion.ts) it is offered as a link, or, where the words found nothing, searched instead with the
 * page saying so (ADR 0018) — never behind the user's back.
 *
 * No guesses: letters that spell two glossary words (jiance: 检测 testing, 监测 monitoring) or split into
 * glossary words in two ways are left as typed. English glossary words and stop words are never read as
 * pinyin, and only words of two characters or more are in the vocabulary (glossary rule 2), so a single
 * syllable (gang, an) is never replaced.
 *
 * Initials (wrj for 无人机, szls for 数字孪生, as many Chinese search boxes accept them) are read the same way
 * when the letters spell no full pinyin — and only letters without a vowel, since nearly every syllable's
 * initial is a consonant while English words and full syllables carry vowels: "ai", "jiance" or "bim" are
 * never read as initials. Initials collide far more often than full pinyin (jc: 检测, 监测, 基础…); a key
 * shared by two glossary words is no answer, as above.
 */
import { pinyin } from "pinyin-pro";

import { BILINGUAL_GLOSSARY } from "./bilingual-glossary";
import { DOMAIN_SYNONYMS } from "./indexes";
import { isKnownEnglishWord } from "./query-suggestion";

const HAN_WORD = /^\p{Script=Han}{2,}$/u;

/** The toneless pinyin keys of a Chinese word: ü written v (lvse, as input methods take it) and u (luse). */
function pinyinKeys(word: string): string[] {
  const spelled = pinyin(word, { toneType: "none", type: "array", v: true }).join("");
  return spelled.includes("v") ? [spelled, spelled.replaceAll("v", "u")] : [spelled];
}

/** The initials key of a Chinese word: the first letter of each syllable (无人机 → wrj). */
function initialsKey(word: string): string {
  return pinyin(word, { pattern: "first", toneType: "none", type: "array", v: true }).join("");
}

/** Key → the glossary words it spells (more than one: a homophone, which is no answer). */
type Vocabulary = Map<string, string[]>;
let vocabularies: { full: Vocabulary; initials: Vocabulary } | null = null;

function pinyinVocabularies(): { full: Vocabulary; initials: Vocabulary } {
  if (vocabularies) return vocabularies;
  const words = new Set<string>();
  for (const entry of BILINGUAL_GLOSSARY) for (const word of [...entry.zh, ...(entry.narrower ?? [])]) words.add(word);
  for (const group of DOMAIN_SYNONYMS) for (const word of group) words.add(word);
  const full: Vocabulary = new Map();
  const initials: Vocabulary = new Map();
  const add = (into: Vocabulary, key: string, word: string) => {
    const known = into.get(key) ?? [];
    if (!known.includes(word)) into.set(key, [...known, word]);
  };
  for (const word of words) {
    if (!HAN_WORD.test(word)) continue;
    for (const key of pinyinKeys(word)) add(full, key, word);
    add(initials, initialsKey(word), word);
  }
  vocabularies = { full, initials };
  return vocabularies;
}

const VOWEL = /[aeiouv]/;

/** Tone marks off, ü as v, lower case; syllable apostrophes (xi'an) dropped. */
function lettersOf(text: string): string {
  return text
    .toLowerCase()
    .replace(/ü/g, "v")
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/['’]/g, "");
}

/**
 * The glossary words `letters` spells, in order, using the fewest words; null when it spells none, or when
 * the fewest words can be had in more than one way or one of them is a homophone.
 */
function spelledWords(letters: string): string[] | null {
  const { full, initials } = pinyinVocabularies();
  return spelledWith(full, letters) ?? (VOWEL.test(letters) ? null : spelledWith(initials, letters));
}

function spelledWith(dictionary: Vocabulary, letters: string): string[] | null {
  // best[i]: the fewest words spelling letters[0, i), and how many ways reach that count (2 stands for "several").
  const best: { words: number; ways: number; from: number; key: string }[] = [{ words: 0, ways: 1, from: -1, key: "" }];
  for (let end = 1; end <= letters.length; end++) {
    let cell: { words: number; ways: number; from: number; key: string } | undefined;
    for (let start = 0; start < end; start++) {
      const before = best[start];
      const key = letters.slice(start, end);
      if (!before || !dictionary.has(key)) continue;
      const words = before.words + 1;
      if (!cell || words < cell.words) cell = { words, ways: before.ways, from: start, key };
      else if (words === cell.words) cell.ways = 2;
    }
    if (cell) best[end] = cell;
  }
  const last = best[letters.length];
  if (!last || last.ways > 1) return null;
  const spelled: string[] = [];
  for (let at = letters.length; at > 0; at = best[at]!.from) {
    const meanings = dictionary.get(best[at]!.key)!;
    if (meanings.length > 1) return null;
    spelled.unshift(meanings[0]!);
  }
  return spelled;
}

/** Runs of Latin words (with tone marks, ü and syllable apostrophes) separated by spaces. */
const LATIN_RUN = /[a-zà-ɏ'’]+(?: +[a-zà-ɏ'’]+)*/giu;

/**
 * The query with its pinyin replaced by the glossary words it spells ("wu ren ji xunjian" → "无人机巡检"), or
 * null when no word of it is pinyin of a glossary word. A run of Latin words is read as one if it spells
 * glossary words as a whole, else word by word; English words are kept as typed.
 */
export function suggestFromPinyin(query: string): string | null {
  let replaced = false;
  const spell = (letters: string) => {
    const spelled = isKnownEnglishWord(letters) ? null : spelledWords(letters);
    if (spelled) replaced = true;
    return spelled?.join("") ?? null;
  };
  const suggestion = query.replace(LATIN_RUN, (run) => {
    const words = run.split(/ +/);
    const whole = words.length > 1 && !words.some((word) => isKnownEnglishWord(lettersOf(word))) ? spell(lettersOf(words.join(""))) : null;
    return whole ?? words.map((word) => spell(lettersOf(word)) ?? word).join(" ");
  });
  return replaced ? suggestion : null;
}
