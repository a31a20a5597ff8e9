/**
 * englishGloss(word) — the English of a Chinese word of the search glossary, for English readers of Chinese
 * record text: 巡检 → "inspection", 低空经济 → "low altitude economy", 无人机 → "UAV"; null for any other word.
 *
 * Records are written in Chinese and their words are shown as written (a keyword or an industry chain is the
 * record's own data, not a text of the app). The reviewed glossary already says what many of them are in
 * English, so an English page can add it in brackets instead of leaving the reader with Chinese alone.
 * A word in several entries takes the first entry's first English term (巡查: inspection, not patrol); an
 * entry's `narrower` words get none, since their English term is broader than they are (岸桥 is not "crane").
 * The domain synonym groups give their first Latin term (人工智能 → AI, 物联网 → IoT).
 */
import { BILINGUAL_GLOSSARY } from "./bilingual-glossary";
import { DOMAIN_SYNONYMS } from "./indexes";

const CHINESE = /\p{Script=Han}/u;

const glossOfChineseWord = (() => {
  const gloss = new Map<string, string>();
  for (const group of DOMAIN_SYNONYMS) {
    const english = group.find((term) => !CHINESE.test(term));
    if (english) for (const term of group) if (CHINESE.test(term) && !gloss.has(term)) gloss.set(term, english);
  }
  for (const entry of BILINGUAL_GLOSSARY) for (const term of entry.zh) if (!gloss.has(term)) gloss.set(term, entry.en[0]!);
  return gloss;
})();

export function englishGloss(word: string): string | null {
  return glossOfChineseWord.get(word.trim()) ?? null;
}
