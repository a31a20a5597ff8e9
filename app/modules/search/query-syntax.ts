/**
 * The two operators a search box understands, as Meilisearch (≥ 1.8) reads them in `q`:
 *
 *   "无人机巡检"   a phrase: its words next to each other, in this order, in one field;
 *   -巡检, -"x y"  leave out every record containing the word or phrase.
 *
 * Meilisearch applies them itself, so the Meilisearch adapter sends the query as typed (only the quote and
 * minus characters of Chinese and full-width input made plain, withPlainOperators) and the embedded engine reads
 * the same syntax with readQuerySyntax. Without this, "港口 -起重机" on the embedded engine asked for records WITH
 * 起重机 (the minus was punctuation), the opposite of what production answered.
 *
 * A minus is an operator only at the start of a word ("multi-rotor" is one hyphenated word; "- 巡检" is a dash).
 * A quote without its closing quote runs to the end of the query, as on Meilisearch.
 */
import { normalizeText } from "./tokenizer";

export type QuerySyntax = {
  /** The words every record must contain, phrases included, without quotes and without the excluded terms. */
  text: string;
  /** Phrases ("…"), each as typed inside its quotes, trimmed. */
  phrases: string[];
  /**
   * Words after a minus: a record the word would find is left out — with its synonyms, short forms and glossary
   * translations, as the word finds them (-inspection leaves out the 巡检 records "inspection" lists).
   */
  excluded: string[];
  /** Phrases after a minus (-"…"): a record containing the phrase as written is left out. */
  excludedPhrases: string[];
  /** The words outside the phrases: `text` without them (what is highlighted word by word). */
  looseText: string;
};

const HAS_WORD = /[\p{L}\p{N}]/u;

/**
 * What reads as a minus at a word's start: the hyphen-minus, the full-width minus, the minus sign, hyphens (‐ ‑),
 * the en dash, and the em dash (—, ——) a Chinese input method types for Shift+-.
 */
const MINUS = "-－−‐‑–—";
/**
 * What reads as a quote: the plain one, the curly ones Chinese input methods type, the full-width one, and the
 * corner brackets 「」『』 that Traditional Chinese writes for quotation marks (a Hong Kong or Taiwan input method
 * types them for a quote). Each is one code unit, as the plain quote it becomes.
 */
const QUOTE = '"“”„‟″＂「」『』';
const MAY_HAVE_OPERATORS = new RegExp(`[${MINUS}${QUOTE}]`, "u");
const ANY_QUOTE = new RegExp(`[${QUOTE}]`, "gu");
const MINUS_AT_WORD_START = new RegExp(`(^|\\s)[${MINUS}]+(?=\\S)`, "gu");
const ONE_QUOTED_PHRASE = new RegExp(`^\\s*[${QUOTE}]([^${QUOTE}]*[^${QUOTE}\\s][^${QUOTE}]*)[${QUOTE}]\\s*$`, "u");

/**
 * Chinese input methods type “ ” for ", and full-width forms exist for both operators: all read as the plain
 * characters Meilisearch's parser knows. Both engines' queries go through it.
 */
export function withPlainOperators(q: string): string {
  return q.replace(ANY_QUOTE, '"').replace(MINUS_AT_WORD_START, "$1-");
}

/** What a scan of a query meets, in typed order: a character of the words, or an operator with its term and place. */
type QueryPart =
  | { kind: "character"; character: string }
  | { kind: "phrase" | "excluded" | "excludedPhrase"; term: string; at: number; end: number };

const isSpace = (character: string | undefined) => character !== undefined && /\s/u.test(character);

/**
 * Reads a query as typed from left to right, as Meilisearch's parser reads it once its operators are made plain
 * (withPlainOperators): a quote of any kind opens a phrase anywhere; a minus — a run of dashes — at a word's start
 * followed by a character is an operator. Operators without a word ("", --) are dropped; their place is a space
 * between words. An operator's place (`at` to `end`, UTF-16 offsets in `q`) is where it was typed.
 */
function scanQuery(q: string, visit: (part: QueryPart) => void) {
  const query = q.replace(ANY_QUOTE, '"'); // one code unit for one: offsets stay the typed ones
  let i = 0;
  /**
   * The phrase from `from` to the next quote (or the end), trimmed; `i` then points past that quote. Within it a
   * minus is wording, made plain where it starts a word (after a space, not right after the quote) as
   * withPlainOperators makes the query's.
   */
  const untilQuote = (from: number) => {
    const close = query.indexOf('"', from);
    i = close === -1 ? query.length : close + 1;
    const quoted = withPlainOperators(query.slice(from - 1, i)); // with its quotes, which end and start no word
    return quoted.slice(1, close === -1 ? quoted.length : -1).trim();
  };
  const space: QueryPart = { kind: "character", character: " " };
  while (i < query.length) {
    const character = query[i]!;
    if (MINUS.includes(character) && (i === 0 || isSpace(query[i - 1]))) {
      const at = i;
      let termStart = i;
      while (termStart < query.length && MINUS.includes(query[termStart]!)) termStart++;
      if (termStart < query.length && !isSpace(query[termStart])) {
        if (query[termStart] === '"') {
          const phrase = untilQuote(termStart + 1);
          if (HAS_WORD.test(phrase)) visit({ kind: "excludedPhrase", term: phrase, at, end: i });
        } else {
          const close = query.slice(termStart).search(/\s/u);
          i = close === -1 ? query.length : termStart + close;
          const word = query.slice(termStart, i);
          if (HAS_WORD.test(word)) visit({ kind: "excluded", term: word, at, end: i });
        }
        visit(space);
        continue;
      }
      // Dashes before a space: one stands as typed ("无人机 - 巡检"), several are a minus without a word.
      if (termStart - at > 1) {
        i = termStart;
        visit(space);
        continue;
      }
    }
    if (character === '"') {
      const at = i;
      const phrase = untilQuote(i + 1);
      visit(space);
      if (HAS_WORD.test(phrase)) visit({ kind: "phrase", term: phrase, at, end: i });
      visit(space);
      continue;
    }
    visit({ kind: "character", character });
    i += 1;
  }
}

/**
 * Where the query's excluded terms were typed ([start, end) UTF-16 offsets, minus and quotes included): -首台套,
 * -无人机岚山, -drone,lanshan, -"无人机 岚山". A filter's name standing there is not offered as the filter (browse.ts).
 */
export function excludedSpans(q: string): [number, number][] {
  const spans: [number, number][] = [];
  scanQuery(q, (part) => {
    if (part.kind === "excluded" || part.kind === "excludedPhrase") spans.push([part.at, part.end]);
  });
  return spans;
}

export function readQuerySyntax(q: string): QuerySyntax {
  // Most queries — and every retrieval query of matching, on its hot path — have no operator character at all.
  if (!MAY_HAVE_OPERATORS.test(q)) {
    const text = tidy(q);
    return { text, phrases: [], excluded: [], excludedPhrases: [], looseText: text };
  }
  const syntax: QuerySyntax = { text: "", phrases: [], excluded: [], excludedPhrases: [], looseText: "" };
  scanQuery(q, (part) => {
    if (part.kind === "character") {
      syntax.text += part.character;
      syntax.looseText += part.character;
    } else if (part.kind === "phrase") {
      syntax.phrases.push(part.term);
      syntax.text += part.term; // a phrase's words are words of the query too
    } else if (part.kind === "excluded") syntax.excluded.push(part.term);
    else syntax.excludedPhrases.push(part.term);
  });
  return { ...syntax, text: tidy(syntax.text), looseText: tidy(syntax.looseText) };
}

const tidy = (words: string) => words.replace(/\s+/gu, " ").trim();

/** A unit of a query as typed: a run of characters without a space, or an operator with its term ("…", -word, -"…"). */
export type QueryUnit = { typed: string; operator: boolean };

/** The query's units in the order typed, each operator written as writtenOperators writes it (quotes closed). */
export function queryUnits(q: string): QueryUnit[] {
  const units: QueryUnit[] = [];
  let word = "";
  const endWord = () => {
    if (word) units.push({ typed: word, operator: false });
    word = "";
  };
  scanQuery(q, (part) => {
    if (part.kind === "character") {
      if (/\s/u.test(part.character)) endWord();
      else word += part.character;
      return;
    }
    endWord();
    const only = (kind: QueryPart["kind"]) => (part.kind === kind ? [part.term] : []);
    const [typed] = writtenOperators({ phrases: only("phrase"), excluded: only("excluded"), excludedPhrases: only("excludedPhrase") });
    units.push({ typed: typed!, operator: true });
  });
  endWord();
  return units;
}

/** Whether a query read by readQuerySyntax uses either operator (a phrase or an excluded term). */
export function usesOperators({ phrases, excluded, excludedPhrases }: Pick<QuerySyntax, "phrases" | "excluded" | "excludedPhrases">): boolean {
  return phrases.length > 0 || excluded.length > 0 || excludedPhrases.length > 0;
}

/** Whether the query uses either operator (a phrase or an excluded term). */
export function hasQueryOperators(q: string): boolean {
  return usesOperators(readQuerySyntax(q));
}

/**
 * The operators of a query written back as a query writes them: "phrase", -word, -"phrase" (the adapter sends them
 * to Meilisearch; the empty-page help rebuilds a query from them).
 */
export function writtenOperators({ phrases, excluded, excludedPhrases }: Pick<QuerySyntax, "phrases" | "excluded" | "excludedPhrases">): string[] {
  return [...phrases.map((phrase) => `"${phrase}"`), ...excluded.map((word) => `-${word}`), ...excludedPhrases.map((phrase) => `-"${phrase}"`)];
}

/**
 * `text` in the form a phrase is compared in, that of the words (normalizeText: NFKC, lower case, no diacritics on
 * Latin letters, no format characters — "zurich port" is the phrase of "Zürich port"). Spaces and joining marks (- _ / ·) between words
 * are one space between Latin words and nothing next to a Chinese character ("无人机 巡检" is the phrase 无人机巡检,
 * "grid-inspection" the phrase "grid inspection"); punctuation that ends a clause (，。,;: …) is a break no phrase
 * runs across, as Meilisearch's hard separators are. Both the phrase and the field's text are compared in this
 * form, with Latin word edges respected (findWord).
 */
export function phraseForm(text: string): string {
  return normalizeText(text)
    .replace(/[\s\-_/·]+/gu, " ")
    .replace(/[^\p{L}\p{N} ]+/gu, "|")
    .replace(/ *\| */gu, "|")
    .replace(/ (?=\p{Script=Han})|(?<=\p{Script=Han}) /gu, "")
    .trim();
}

const HAN_CHARACTER = /\p{Script=Han}/u;
const WORD_CHARACTER = /[\p{L}\p{N}]/u;
/** What phraseForm reads as a space between words, or drops next to a Chinese character. */
const JOINING = "[\\s\\-_/·]";

/**
 * Where `phrase` occurs in a field's lower-cased text as phraseForm compares them, as a global regular expression
 * over the text's own characters (for highlighting, which marks the text as written: "无人机 巡检" and "无人机-巡检"
 * hold the phrase 无人机巡检, "grid-inspection" the phrase "grid inspection"); null for a phrase without a word.
 */
export function phrasePattern(phrase: string): RegExp | null {
  const form = Array.from(phraseForm(phrase));
  if (!form.some((character) => WORD_CHARACTER.test(character))) return null;
  let source = "";
  form.forEach((character, i) => {
    if (character === " ") source += `${JOINING}+`;
    else if (character === "|") source += `${JOINING}*[^\\p{L}\\p{N}\\s\\-_/·]+[^\\p{L}\\p{N}]*`;
    else {
      source += character.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");
      const next = form[i + 1];
      if (next && next !== " " && next !== "|" && (HAN_CHARACTER.test(character) || HAN_CHARACTER.test(next))) source += `${JOINING}*`;
    }
  });
  // Latin words keep their edges, as findWord's: "ai" is not a phrase inside "email"; a Chinese character beside
  // one is an edge (基于5G).
  const latinEdge = (character: string) => WORD_CHARACTER.test(character) && !HAN_CHARACTER.test(character);
  const latinCharacter = "(?:(?!\\p{Script=Han})[\\p{L}\\p{N}])";
  if (latinEdge(form[0]!)) source = `(?<!${latinCharacter})${source}`;
  if (latinEdge(form.at(-1)!)) source = `${source}(?!${latinCharacter})`;
  return new RegExp(source, "gu");
}

/**
 * The query with the quotes of its phrases taken away and everything else kept, in the order typed (excluded words
 * and phrases keep their minus and quotes; a minus inside a phrase is no operator there and is dropped with the
 * quotes, so "港口 -起重机" is offered as 港口 起重机, not as leaving 起重机 out); null when it has no phrase. What an
 * empty page offers, since a phrase finds only its exact wording.
 */
export function withoutPhraseQuotes(q: string): string | null {
  const units = queryUnits(q);
  const isPhrase = ({ typed, operator }: QueryUnit) => operator && typed.startsWith('"');
  if (!units.some(isPhrase)) return null;
  return units.map((unit) => (isPhrase(unit) ? unit.typed.slice(1, -1).replace(MINUS_AT_WORD_START, "$1") : unit.typed)).join(" ");
}

/**
 * The query as a sentence quotes it (“{{q}}”): a query that is one quoted phrase and nothing else gives up its own
 * quotes, for which the sentence's stand — "No results for “drone inspection”", not “"drone inspection"” (a QA
 * review). Any other query is quoted as typed.
 */
export function queryAsQuoted(q: string): string {
  const phrase = ONE_QUOTED_PHRASE.exec(q);
  return phrase ? phrase[1]!.trim() : q;
}
