/**
 * Label measurement, truncation and lane packing: the part of the timeline layout that keeps
 * labels from ever overlapping. Pure apart from `createMeasure`, which uses a canvas 2D context
 * in a browser and a deterministic estimator elsewhere (Node, jsdom), so that tests and the
 * browser agree on the algorithm and differ only in widths.
 */

/** Width in px of a string in the label font. */
export type Measure = (text: string) => number;

/** Relative advance widths of a sans-serif at 1em; generous so estimates rarely undershoot. */
function charEm(c: number): number {
  if (c === 0x2068 || c === 0x2069 || (c >= 0x200b && c <= 0x200f)) return 0; // bidi controls
  if (c >= 0x064b && c <= 0x065f) return 0; // Arabic harakat combine with the letter before
  if (c === 0x20) return 0.28;
  if (c >= 0x30 && c <= 0x39) return 0.58;
  if (c >= 0x0660 && c <= 0x0669) return 0.58;
  if (c >= 0x41 && c <= 0x5a) return 0.66;
  if (c >= 0x61 && c <= 0x7a) return 0.54;
  if (c >= 0x0600 && c <= 0x06ff) return 0.56;
  if (c >= 0xac00 && c <= 0xd7af) return 1; // Hangul
  if (c < 0x80) return 0.4; // punctuation
  return 0.6;
}

/** A deterministic width estimate: what Node and jsdom use instead of a canvas. */
export function estimateWidth(text: string, fontSize = 13): number {
  let em = 0;
  for (let i = 0; i < text.length; i++) em += charEm(text.charCodeAt(i));
  return em * fontSize;
}

const isJsdom = () => typeof navigator !== 'undefined' && /jsdom/i.test(navigator.userAgent);

/**
 * A memoized measure for a CSS font (e.g. `600 13px "IBM Plex Sans Arabic"`): canvas in a real
 * browser, `estimateWidth` otherwise. Create a new one when the web font finishes loading.
 */
export function createMeasure(font: string, fontSize: number): Measure {
  let ctx: CanvasRenderingContext2D | null = null;
  if (typeof document !== 'undefined' && !isJsdom()) {
    ctx = document.createElement('canvas').getContext('2d');
    if (ctx) ctx.font = font;
  }
  const cache = new Map<string, number>();
  return (text) => {
    let w = cache.get(text);
    if (w === undefined) {
      w = ctx ? ctx.measureText(text).width : estimateWidth(text, fontSize);
      cache.set(text, w);
    }
    return w;
  };
}

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

export const ELLIPSIS = '…';

const truncations = new WeakMap<Measure, Map<string, Truncated>>();
interface Truncated {
  text: string;
  width: number;
  truncated: boolean;
}

/**
 * The longest prefix of `text` (never splitting a letter from its marks, trailing space
 * dropped) that fits `maxWidth` with an ellipsis. Returns the text itself when it fits.
 * Memoized per measure, since layouts at nearby zoom levels ask the same questions.
 */
export function truncate(text: string, maxWidth: number, measure: Measure): Truncated {
  const full = measure(text);
  if (full <= maxWidth) return { text, width: full, truncated: false };
  let memo = truncations.get(measure);
  if (!memo) truncations.set(measure, (memo = new Map()));
  const key = `${Math.floor(maxWidth)}|${text}`;
  const hit = memo.get(key);
  if (hit) return hit;
  const fits = (n: number) => measure(text.slice(0, n).trimEnd() + ELLIPSIS) <= maxWidth;
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
  const result = { text: out, width: measure(out), truncated: true };
  if (memo.size > 50_000) memo.clear();
  memo.set(key, result);
  return result;
}

/** One thing to place: where it starts along the reading direction, and how long it is. */
export interface PackEntry {
  /** Start, in px along the reading direction (earlier → smaller, whatever the direction). */
  start: number;
  /** Length of the mark itself (never shortened). */
  mark: number;
  /** Wanted length of the label, drawn from `start` in the reading direction. */
  label: number;
}

export interface PackOptions {
  maxLanes: number;
  /** Free px kept between two footprints in a lane. */
  gap: number;
  /** A label shorter than this is not worth drawing: the entry overflows instead. */
  minLabel: number;
}

export interface Placement {
  /** Lane index, or -1 when the entry did not fit in `maxLanes` lanes (it is aggregated). */
  lane: number;
  /** Label length granted (≤ wanted); the caller truncates its text to this. */
  label: number;
}

/**
 * First-fit lane packing. Entries are placed in the order given (callers put the ones that
 * matter most first); each lane keeps its footprints sorted, so a later entry may fill a gap
 * before an earlier one. An entry whose full label fits nowhere takes the widest gap that
 * still holds its mark and `minLabel`, with a shortened label; failing that it overflows.
 * Footprints in a lane never overlap: [start, start + max(mark, label)] plus `gap`.
 */
export function packLanes(entries: readonly PackEntry[], opts: PackOptions): Placement[] {
  const starts: number[][] = [];
  const ends: number[][] = [];
  const out: Placement[] = [];
  /** Room from `s` to the next footprint in lane `l`, or -1 if `s` itself is covered. */
  const room = (l: number, s: number): number => {
    const ls = starts[l]!;
    const le = ends[l]!;
    let lo = 0;
    let hi = ls.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (ls[mid]! <= s) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0 && le[lo - 1]! + opts.gap > s) return -1;
    return lo < ls.length ? ls[lo]! - opts.gap - s : Infinity;
  };
  const insert = (l: number, s: number, e: number) => {
    const ls = starts[l]!;
    let lo = 0;
    let hi = ls.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (ls[mid]! <= s) lo = mid + 1;
      else hi = mid;
    }
    if (lo === ls.length) {
      ls.push(s);
      ends[l]!.push(e);
    } else {
      ls.splice(lo, 0, s);
      ends[l]!.splice(lo, 0, e);
    }
  };
  for (const entry of entries) {
    const want = Math.max(entry.mark, entry.label);
    let best = -1;
    let bestRoom = -1;
    let lane = -1;
    for (let l = 0; l < opts.maxLanes; l++) {
      if (l === starts.length) {
        starts.push([]);
        ends.push([]);
      }
      const r = room(l, entry.start);
      if (r >= want) {
        lane = l;
        break;
      }
      if (r > bestRoom) {
        bestRoom = r;
        best = l;
      }
    }
    if (lane >= 0) {
      insert(lane, entry.start, entry.start + want);
      out.push({ lane, label: entry.label });
    } else if (best >= 0 && bestRoom >= entry.mark && bestRoom >= opts.minLabel) {
      const label = Math.min(entry.label, bestRoom);
      insert(best, entry.start, entry.start + Math.max(entry.mark, label));
      out.push({ lane: best, label });
    } else out.push({ lane: -1, label: 0 });
  }
  return out;
}

/**
 * Groups sorted positions into windows no wider than `window`: a group starts at its first
 * position and takes every later one closer than `window` to it. Two groups' midpoints are
 * therefore at least `window / 2` apart, which bounds the size of what marks them.
 */
export function groupClose(positions: readonly number[], window: number): number[][] {
  const groups: number[][] = [];
  let cur: number[] = [];
  let first = -Infinity;
  positions.forEach((p, i) => {
    if (p - first >= window) {
      if (cur.length) groups.push(cur);
      cur = [];
      first = p;
    }
    cur.push(i);
  });
  if (cur.length) groups.push(cur);
  return groups;
}
