import { describe, expect, it } from "vitest";
import { BILINGUAL_GLOSSARY } from "./bilingual-glossary";
import { DOMAIN_SYNONYMS, ENGLISH_STOP_WORDS, INDEX_SETTINGS, SCENARIO_INDEX } from "./indexes";
import { englishPlural, normalizeSynonymTerm, synonymLookup } from "./synonyms";

// The rules written at the top of bilingual-glossary.ts, checked for every entry.
describe("the bilingual glossary", () => {
  const english = BILINGUAL_GLOSSARY.flatMap((entry) => entry.en);
  const chinese = BILINGUAL_GLOSSARY.flatMap((entry) => [...entry.zh, ...(entry.narrower ?? [])]);

  it("writes English terms in lower case, without hyphens or apostrophes, with single spaces", () => {
    for (const term of english) expect(term, term).toMatch(/^[a-z0-9]+(?: [a-z0-9]+)*$/);
  });

  it("has each English term, and each automatic plural, in one entry only", () => {
    const forms = english.flatMap((term) => [term, englishPlural(term)].filter((form): form is string => form !== null));
    const repeated = forms.filter((form, i) => forms.indexOf(form) !== i);
    expect(repeated).toEqual([]);
  });

  it("has no stop word inside a term, here or in DOMAIN_SYNONYMS (Meilisearch drops them from synonym keys)", () => {
    const stop = new Set(ENGLISH_STOP_WORDS);
    const terms = [...english, ...DOMAIN_SYNONYMS.flat().map(normalizeSynonymTerm)];
    expect(terms.filter((term) => term.split(" ").some((word) => stop.has(word)))).toEqual([]);
  });

  it("leaves the terms of DOMAIN_SYNONYMS to their groups", () => {
    const grouped = new Set(DOMAIN_SYNONYMS.flat().map(normalizeSynonymTerm));
    expect(english.filter((term) => grouped.has(term))).toEqual([]);
  });

  it("uses Chinese words of 2–6 characters", () => {
    for (const term of chinese) {
      expect(term, term).toMatch(/\p{Script=Han}/u);
      expect(Array.from(normalizeSynonymTerm(term)).length, term).toBeGreaterThanOrEqual(2);
      expect(Array.from(term).length, term).toBeLessThanOrEqual(6);
    }
  });

  it("reaches the index settings: every English term finds its Chinese words, every Chinese word its English terms", () => {
    const lookup = synonymLookup(INDEX_SETTINGS[SCENARIO_INDEX]);
    for (const entry of BILINGUAL_GLOSSARY) {
      const covered = [...entry.zh, ...(entry.narrower ?? [])].map(normalizeSynonymTerm);
      for (const en of entry.en) expect(lookup.get(en), en).toEqual(expect.arrayContaining(covered));
      for (const zh of entry.zh) expect(lookup.get(normalizeSynonymTerm(zh)), zh).toEqual(expect.arrayContaining([...entry.en]));
    }
  });
});
