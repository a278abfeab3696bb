/**
 * "Did you mean …?": the nearest of some candidates to what a file has, by edit distance
 * (optimal string alignment: a swap of two neighbours, as in "titel", costs one). Both sides are
 * folded as the search folds them (`normalizeForSearch`: Arabic letter variants, diacritics,
 * tatweel, case, hyphens), so "host_minister" is as near to "host-minister" as it can be, and
 * "وزارة" to "وزاره". Nonsense gets no suggestion: the distance must stay within about a third of
 * the word's length (1 for up to 4 letters, 2 up to 8, 3 beyond).
 */
import { normalizeForSearch } from '../search/arabicSearch';

/** Longest word compared; longer ones get no suggestion (and no quadratic work). */
const MAX_LENGTH = 80;

/** Optimal-string-alignment distance of `a` and `b`, or `limit + 1` once it must exceed `limit`. */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const n = b.length;
  let prev2: number[] = [];
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d = Math.min(d, prev2[j - 2]! + 1);
      }
      row.push(d);
      best = Math.min(best, d);
    }
    if (best > limit) return limit + 1;
    prev2 = prev;
    prev = row;
  }
  return prev[n]!;
}

/** How far a word of `length` letters may be from a suggestion. */
const allowed = (length: number) => (length <= 4 ? 1 : length <= 8 ? 2 : 3);

/**
 * The candidate nearest to `word`, or undefined when none is near enough (or `word` is itself a
 * candidate). Ties go to the earlier candidate.
 */
export function nearest(word: string, candidates: Iterable<string>): string | undefined {
  if (word.length > MAX_LENGTH) return undefined;
  const key = normalizeForSearch(word) || word.toLowerCase();
  const limit = Math.min(allowed([...key].length), Math.max(0, [...key].length - 1));
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const c of candidates) {
    if (c === word) return undefined;
    if (c.length > MAX_LENGTH) continue;
    const d = editDistance(key, normalizeForSearch(c) || c.toLowerCase(), bestDistance - 1);
    if (d < bestDistance) [best, bestDistance] = [c, d];
  }
  return best;
}
