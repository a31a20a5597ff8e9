/**
 * How a query word expands, decided once for both engines so they find the same records.
 *
 *   synonymLookup(settings) — normalized word → the other normalized terms a query for it also finds
 *   normalizeSynonymTerm(t) — the form words are looked up in (NFKC, lower case, single spaces)
 *   stopWordSet(settings)   — the stop words in that form, for both engines
 *
 * Two kinds of settings feed it (IndexSettings in search-engine.ts):
 * - `synonyms`: groups of equivalent terms, each term finds all the others (无人机 / UAV / 无人驾驶航空器);
 * - `oneWaySynonyms`: a term finds the listed ones, not the other way round. The bilingual glossary uses
 *   them: "inspection" finds 巡检 and 巡查, but 巡检 must not find 巡查 — two Chinese words that share an
 *   English translation are not synonyms of each other, and a Chinese search must stay as precise as it is.
 * This is Meilisearch's own model (a synonym map is one-way unless both directions are listed), so the
 * Meilisearch adapter sends this map unchanged and the embedded engine reads the same map.
 */
import type { IndexSettings } from "./search-engine";
import { normalizeText } from "./tokenizer";

export function normalizeSynonymTerm(term: string): string {
  return normalizeText(term).trim().split(/\s+/).join(" ");
}

export type SynonymLookup = ReadonlyMap<string, readonly string[]>;

/** Adds `to` (all but `from` itself) to what `from` finds: the one accumulator of every synonym map here. */
function addOneWay(map: Map<string, Set<string>>, from: string, to: readonly string[]) {
  let others = map.get(from);
  if (!others) map.set(from, (others = new Set()));
  for (const term of to) if (term && term !== from) others.add(term);
}

const lookups = new WeakMap<object, Map<string, string[]>>();
const stopWordSets = new WeakMap<object, ReadonlySet<string>>();

/** The index's stop words as queries are compared with them (normalized), computed once per settings object. */
export function stopWordSet(settings: Pick<IndexSettings, "stopWords">): ReadonlySet<string> {
  let set = stopWordSets.get(settings);
  if (!set) stopWordSets.set(settings, (set = new Set((settings.stopWords ?? []).map(normalizeSynonymTerm).filter(Boolean))));
  return set;
}

export function synonymLookup(settings: Pick<IndexSettings, "synonyms" | "oneWaySynonyms">): SynonymLookup {
  const cached = lookups.get(settings);
  if (cached) return cached;
  const lookup = new Map<string, Set<string>>();
  const add = (from: string, to: readonly string[]) => {
    const key = normalizeSynonymTerm(from);
    if (key) addOneWay(lookup, key, to.map(normalizeSynonymTerm));
  };
  for (const group of settings.synonyms ?? []) {
    // Plurals of the group's English words too: "drones" must find 无人机 as "drone" does.
    const terms = withPlurals(group.map(normalizeSynonymTerm).filter(Boolean));
    for (const term of terms) add(term, terms);
  }
  for (const [term, others] of Object.entries(settings.oneWaySynonyms ?? {})) add(term, others);
  const result = new Map<string, string[]>();
  for (const [key, others] of lookup) if (others.size > 0) result.set(key, [...others]);
  lookups.set(settings, result);
  return result;
}

export type BilingualEntry = { en: readonly string[]; zh: readonly string[]; narrower?: readonly string[] };

/** The terms and the plurals of those that take one, without repeats. */
function withPlurals(terms: readonly string[]): string[] {
  return [...new Set(terms.flatMap((term) => [term, englishPlural(term) ?? term]))];
}

const PLURALIZABLE = /^[a-z]{3,}$/;

/**
 * The English plural a record may use ("robot" → "robots", "battery" → "batteries", "bench" → "benches");
 * null for words that take none here: abbreviations and words ending in s (logistics, gas, process), whose
 * plurals are rare in a product text and easy to get wrong. For a phrase, the last word takes the plural.
 */
export function englishPlural(term: string): string | null {
  const words = term.split(" ");
  const last = words.at(-1)!;
  if (!PLURALIZABLE.test(last) || last.endsWith("s")) return null;
  const plural = /[^aeiou]y$/.test(last) ? `${last.slice(0, -1)}ies` : /(x|z|ch|sh)$/.test(last) ? `${last}es` : `${last}s`;
  return [...words.slice(0, -1), plural].join(" ");
}

/**
 * One-way synonyms of a bilingual glossary: each English term (and its plural) finds the entry's other
 * English terms, its Chinese terms and its narrower Chinese terms; each Chinese term finds the English ones
 * only — the Chinese terms of an entry translate the same English word but are not always interchangeable
 * (巡检 is a routine patrol, 巡查 an enforcement round), so a Chinese search finds the Chinese records it
 * found before. Narrower terms find nothing back: 岸桥 is a crane, but a search for 岸桥 is not one for cranes.
 */
export function bilingualSynonyms(entries: readonly BilingualEntry[]): Record<string, string[]> {
  const oneWay = new Map<string, Set<string>>();
  const add = (from: string, to: readonly string[]) => addOneWay(oneWay, from, to);
  for (const entry of entries) {
    const english = withPlurals(entry.en.map(normalizeSynonymTerm).filter(Boolean));
    const chinese = entry.zh.map(normalizeSynonymTerm).filter(Boolean);
    const narrower = (entry.narrower ?? []).map(normalizeSynonymTerm).filter(Boolean);
    for (const term of english) add(term, [...english, ...chinese, ...narrower]);
    for (const term of chinese) add(term, english);
  }
  return Object.fromEntries([...oneWay].map(([term, others]) => [term, [...others]]));
}
