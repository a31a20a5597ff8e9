/**
 * englishGloss(word) — the English of a Chinese word of the search glossary, for English readers of Chinese
 * record text: 巡检 → "inspection", 低空经济 → "low altitude economy", 无人机 → "UAV"; null for any other word.
 *
 * Records are written in Chinese and their words are shown as written (a keyword or an industry chain is the
 * record's own data, not a text of the app). The reviewed glossary already says what many of them are in
 * English, so an English page can add it in brackets instead of leaving the reader with Chinese alone.
 * A word in several entries takes the first entry's first English term (巡查: inspection, not patrol); an
 * entry's `narrower` words get none, since their English term is broader than they are (岸桥 is not "crane").
 * The domain synonym groups give their first Latin term (人工智能 → AI, 物联网 → IoT). A compound of glossary
 * words gets their glosses in order (无人机巡检 → "UAV inspection").
 */
import { DOMAIN_SYNONYMS, GLOSSARY_SYNONYMS } from "./indexes";
import { normalizeSynonymTerm } from "./synonyms";

const CHINESE = /\p{Script=Han}/u;

/** Chinese words of the domain synonym groups → the group's first Latin term, as written (UAV, IoT). */
const domainGloss = new Map(
  DOMAIN_SYNONYMS.flatMap((group) => {
    const english = group.find((term) => !CHINESE.test(term));
    return english ? group.filter((term) => CHINESE.test(term)).map((term) => [term, english] as const) : [];
  }),
);

function wholeGloss(term: string): string | null {
  // The glossary's one-way synonyms: a Chinese word finds its entries' English terms, the first entry's first.
  return domainGloss.get(term) ?? GLOSSARY_SYNONYMS[normalizeSynonymTerm(term)]?.[0] ?? null;
}

/** Longest glossary word a compound is cut into; no entry is longer. */
const MAX_PIECE = 8;

/**
 * A Chinese compound the glossary has no entry for, read as glossary words written together: 无人机巡检 →
 * 无人机 + 巡检 → "UAV inspection". Only when glossary words of two or more characters cover the whole word
 * (fewest pieces first); otherwise null — half a translation would say something the record does not.
 */
function compoundGloss(term: string): string | null {
  const chars = Array.from(term);
  // best[i]: the fewest glossary pieces covering chars[0..i), with their glosses.
  const best: (string[] | null)[] = [[], ...chars.map(() => null)];
  for (let end = 2; end <= chars.length; end++) {
    for (let start = Math.max(0, end - MAX_PIECE); start <= end - 2; start++) {
      const before = best[start];
      if (!before) continue;
      const gloss = wholeGloss(chars.slice(start, end).join(""));
      if (gloss && (!best[end] || before.length + 1 < best[end]!.length)) best[end] = [...before, gloss];
    }
  }
  const pieces = best[chars.length];
  return pieces && pieces.length >= 2 ? pieces.join(" ") : null;
}

export function englishGloss(word: string): string | null {
  const term = word.trim();
  if (!CHINESE.test(term)) return null;
  // Glossary terms are lower case (what people type); "3d" reads as 3D.
  return (wholeGloss(term) ?? compoundGloss(term))?.replace(/\b(\d)d\b/g, "$1D") ?? null;
}
