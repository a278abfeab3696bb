/**
 * Ellipsis truncation for one-line labels (timeline marks, the undated row): the longest
 * prefix that fits, never splitting a letter from its marks.
 */
import type { FontSpec, Measure } from './measure';

export const ELLIPSIS = '…';

/**
 * True when a cut may fall before the code unit at `i`: not inside a surrogate pair, and not
 * before a mark that joins the letter before it (harakat, combining accents, joiners,
 * variation selectors). Cheap and enough for Arabic, Latin and precomposed Hangul.
 */
function canCutBefore(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return !(
    (c >= 0xdc00 && c <= 0xdfff) ||
    (c >= 0x0300 && c <= 0x036f) ||
    (c >= 0x064b && c <= 0x065f) ||
    c === 0x0670 ||
    c === 0x200c ||
    c === 0x200d ||
    (c >= 0xfe00 && c <= 0xfe0f)
  );
}

/** A label as drawn: its text (maybe cut, with an ellipsis) and its width in px. */
export interface Truncated {
  text: string;
  width: number;
  truncated: boolean;
}

const truncations = new WeakMap<Measure, Map<string, Truncated>>();

/**
 * The longest prefix of `text` (never splitting a letter from its marks, trailing space
 * dropped) that fits `maxWidth` with an ellipsis, set in `font`. Returns the text itself when
 * it fits. Memoized per measure, since layouts at nearby zoom levels ask the same questions.
 */
export function truncate(
  text: string,
  maxWidth: number,
  font: FontSpec,
  measure: Measure,
): Truncated {
  const full = measure(text, font);
  if (full <= maxWidth) return { text, width: full, truncated: false };
  let memo = truncations.get(measure);
  if (!memo) truncations.set(measure, (memo = new Map()));
  const key = `${font.size}|${font.weight ?? 400}|${Math.floor(maxWidth)}|${text}`;
  const hit = memo.get(key);
  if (hit) return hit;
  const fits = (n: number) => measure(text.slice(0, n).trimEnd() + ELLIPSIS, font) <= maxWidth;
  // Binary search on code units, then step back to a place where a cut is allowed.
  let lo = 0;
  let hi = text.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (fits(mid)) lo = mid;
    else hi = mid - 1;
  }
  while (lo > 0 && !canCutBefore(text, lo)) lo--;
  const out = lo === 0 ? ELLIPSIS : text.slice(0, lo).trimEnd() + ELLIPSIS;
  const result = { text: out, width: measure(out, font), truncated: true };
  if (memo.size > 50_000) memo.clear();
  memo.set(key, result);
  return result;
}
