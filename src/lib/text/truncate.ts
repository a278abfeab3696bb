/**
 * Ellipsis truncation for one-line labels (timeline marks, the undated row): the longest run of
 * whole words that fits, followed by an ellipsis. A label is never cut inside a word (a cut
 * word reads as another word: "سعو" for "سعود"); when not even its first word fits, nothing
 * is drawn and the full text is left to the tooltip, the accessible name and the list.
 *
 * A label is a name part and, at its end, qualifier parts: " (likely)", " (day not reported)"
 * (`qualifierStart`). Only the name is shortened; the qualifiers stay whole after its ellipsis
 * ("Three-way meeting with… (likely)"), since they say what the mark's dotted outline or bracket
 * means. When the qualifiers and a first word do not fit, nothing is drawn.
 */
import type { FontSpec, Measure } from './measure';

export const ELLIPSIS = '…';

/** Bidi isolate openers and their closer: a cut must not leave one open. */
const OPENERS = /[\u2066\u2067\u2068]/g;
const PDI = '\u2069';

/** Spaces where a label may be cut (not the no-break ones: "10 October", "Lee Sang-min"). */
const BREAK = /[ \t\u1680\u2000-\u2006\u2008-\u200a\u200b\u205f\u3000]/;
/** What may not end a shortened label: spaces, commas, dashes, opening brackets and quotes. */
const DANGLING = /[\s,،;؛:\-–—([{«"“'‘\u2066-\u2069]+$/u;

/**
 * Trailing qualifiers: one or more " (…)" parts outside any isolate (the name before them is
 * isolated, so a title's own parentheses, inside its FSI…PDI, are never taken for one).
 */
const QUALIFIERS = /(?:[ \u00a0]\([^()\u2066-\u2069]+\))+$/u;

/**
 * Code-unit offset where `text`'s qualifier parts begin (`text.length` when it has none, or
 * when nothing but qualifiers is left before them).
 */
export function qualifierStart(text: string): number {
  const m = QUALIFIERS.exec(text);
  if (
    !m ||
    !text
      .slice(0, m.index)
      .replace(/[\u2066-\u2069]/g, '')
      .trim()
  )
    return text.length;
  return m.index;
}

/** A label as drawn: its text (maybe cut, with an ellipsis) and its width in px. */
export interface Truncated {
  text: string;
  width: number;
  truncated: boolean;
}

/**
 * The text of `text` cut before its code unit `end`: trailing spaces and punctuation dropped,
 * the ellipsis added inside the isolates still open there (so that it stands where the words
 * stop, in their own direction), and those isolates closed. '' when nothing is left.
 */
export function cutAt(text: string, end: number): string {
  const head = text.slice(0, end).replace(DANGLING, '');
  if (!head.replace(/[\u2066-\u2069]/g, '').trim()) return '';
  const open = (head.match(OPENERS)?.length ?? 0) - (head.split(PDI).length - 1);
  return head + ELLIPSIS + PDI.repeat(Math.max(0, open));
}

/** Code-unit offsets of `text` where a word ends: before each breaking space (none at 0). */
export function wordEnds(text: string): number[] {
  const out: number[] = [];
  for (let i = 1; i < text.length; i++)
    if (BREAK.test(text[i]!) && !BREAK.test(text[i - 1]!)) out.push(i);
  return out;
}

/** A cut, and the width of the next longer one: it is the cut for any width in [width, next). */
interface Memo {
  cut: Truncated;
  next: number;
}
const truncations = new WeakMap<Measure, Map<string, Memo>>();

/**
 * `text` if it fits `maxWidth` in `font`; else the longest prefix of whole words of its name
 * that fits with an ellipsis (see `cutAt`) and its qualifiers whole; else '' (width 0).
 * Memoized per measure, since layouts at nearby zoom levels and pans ask the same questions.
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
  // The key rounds the width down, so a hit is checked against this width.
  if (hit && hit.cut.width <= maxWidth && maxWidth < hit.next) return hit.cut;
  const q = qualifierStart(text);
  const name = text.slice(0, q);
  const tail = text.slice(q);
  const ends = wordEnds(name);
  const cut = (n: number) => {
    const head = cutAt(name, ends[n]!);
    return head && head + tail;
  };
  const width = (n: number) => {
    const c = cut(n);
    return c ? measure(c, font) : Infinity;
  };
  // Binary search on word ends: the widths of "words + …" grow with the number of words.
  let lo = -1;
  let hi = ends.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (width(mid) <= maxWidth) lo = mid;
    else hi = mid - 1;
  }
  const out = lo < 0 ? '' : cut(lo);
  const result = { text: out, width: out ? measure(out, font) : 0, truncated: true };
  if (memo.size > 50_000) memo.clear();
  memo.set(key, { cut: result, next: lo + 1 < ends.length ? width(lo + 1) : full });
  return result;
}
