/**
 * Typo tolerance for Latin words, shared by the embedded engine (which corrects words its index does not
 * know) and the search pages' spelling suggestion (query-suggestion.ts): the same words are corrected, by the
 * same distance, so "inspecton" is one edit from "inspection" wherever it is typed. Meilisearch's defaults:
 * one typo from five letters, two from nine.
 */

/** Latin words long enough to correct: five or more letters (digits allowed after the first letter). */
export const TYPO_TOLERANT = /^[a-z][a-z0-9]{4,}$/;

/** Whether `a` becomes `b` with at most `max` insertions, deletions, substitutions or swaps of neighbours. */
export function withinEdits(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false;
  let before = new Array<number>(b.length + 1).fill(0);
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, before[j - 2]! + 1);
      current.push(value);
      best = Math.min(best, value);
    }
    if (best > max) return false;
    before = previous;
    previous = current;
  }
  return previous[b.length]! <= max;
}

/** The edits a word of this length may be off by: one from five letters, two from nine. */
export function maxEditsFor(word: string): number {
  return word.length >= 9 ? 2 : 1;
}
