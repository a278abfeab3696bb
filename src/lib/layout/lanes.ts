/**
 * Lane packing for the timeline: the part of its layout that keeps labels from ever
 * overlapping. Works on lengths only (measured by the caller with `text/measure`), so it is
 * the same in every direction and in every environment.
 */

/** One thing to place: where it starts along the reading direction, and how long it is. */
export interface PackEntry {
  /** Start, in px along the reading direction (earlier → smaller, whatever the direction). */
  start: number;
  /** Length of the mark itself (never shortened). */
  mark: number;
  /** Wanted length of the label, drawn from `start` in the reading direction. */
  label: number;
  /**
   * The longest the label could be (its whole text; default `label`). Once every entry has its
   * lane, a label is lengthened towards it into the room its lane still has free after it, up
   * to the next footprint's `gap`: packing asks only for `label`, so no lane changes.
   */
  full?: number;
  /**
   * Consecutive lanes the entry takes (default 1): a same-day group is placed as one block, its
   * members one per lane, so that they stand in one column.
   */
  span?: number;
}

export interface PackOptions {
  maxLanes: number;
  /** Free px kept after a label, before the next footprint in its lane. */
  gap: number;
  /**
   * Free px kept after a mark that outlasts its label (default `gap`). A timeline draws each
   * mark `markGap` short of its span's end, so that the next day's bar may start in the same
   * lane at the day's end: with the label's `gap` there, consecutive days never share a lane.
   */
  markGap?: number;
  /** A label shorter than this is not worth drawing: the entry overflows instead. */
  minLabel: number;
}

export interface Placement {
  /**
   * Lane index (the first of its `span`), or -1 when the entry did not fit in `maxLanes`
   * lanes (it is aggregated).
   */
  lane: number;
  /** Label length granted (≤ `full`); the caller truncates its text to this. */
  label: number;
}

/** The index of the first of the sorted `xs` that is greater than `x` (binary search). */
function firstAfter(xs: readonly number[], x: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid]! <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * First-fit lane packing. Entries are placed in the order given (callers put the ones that
 * matter most first); each lane keeps its footprints sorted, so a later entry may fill a gap
 * before an earlier one. An entry whose full label fits nowhere takes the widest gap that
 * still holds its mark and `minLabel`, with a shortened label; failing that it overflows.
 * Footprints in a lane never overlap: [start, start + max(mark + markGap, label + gap)].
 * Last, labels grow towards `full` into the room left free in their lanes (`lengthen`).
 */
export function packLanes(entries: readonly PackEntry[], opts: PackOptions): Placement[] {
  const { gap } = opts;
  const markGap = opts.markGap ?? gap;
  // Footprints end with their own separation (`markGap` or `gap`); sub-pixel slack, so that a
  // bar ending at a day's end, computed as start + length, does not cover the next day's start.
  const EPS = 1e-3;
  const starts: number[][] = [];
  const ends: number[][] = [];
  const out: Placement[] = [];
  /** Room from `s` to the next footprint in lane `l`, or -1 if `s` itself is covered. */
  const room = (l: number, s: number): number => {
    const ls = starts[l]!;
    const i = firstAfter(ls, s);
    if (i > 0 && ends[l]![i - 1]! > s + EPS) return -1;
    return i < ls.length ? ls[i]! - s : Infinity;
  };
  const insert = (l: number, s: number, e: number) => {
    const ls = starts[l]!;
    const i = firstAfter(ls, s);
    if (i === ls.length) {
      ls.push(s);
      ends[l]!.push(e);
    } else {
      ls.splice(i, 0, s);
      ends[l]!.splice(i, 0, e);
    }
  };
  while (starts.length < opts.maxLanes) {
    starts.push([]);
    ends.push([]);
  }
  /** The room of a block of lanes: the least room among them. */
  const blockRoom = (l: number, span: number, s: number): number => {
    let r = Infinity;
    for (let j = 0; j < span && r >= 0; j++) r = Math.min(r, room(l + j, s));
    return r;
  };
  /** The footprint's length with its separation, for a label of `label` px. */
  const need = (entry: PackEntry, label: number) => Math.max(entry.mark + markGap, label + gap);
  for (const entry of entries) {
    const span = Math.max(1, entry.span ?? 1);
    const want = need(entry, entry.label);
    let best = -1;
    let bestRoom = -1;
    let lane = -1;
    for (let l = 0; l + span <= opts.maxLanes; l++) {
      const r = span === 1 ? room(l, entry.start) : blockRoom(l, span, entry.start);
      if (r + EPS >= want) {
        lane = l;
        break;
      }
      if (r > bestRoom) {
        bestRoom = r;
        best = l;
      }
    }
    const take = (l: number, len: number) => {
      for (let j = 0; j < span; j++) insert(l + j, entry.start, entry.start + len);
    };
    if (lane >= 0) {
      take(lane, want);
      out.push({ lane, label: entry.label });
    } else if (
      best >= 0 &&
      bestRoom + EPS >= entry.mark + markGap &&
      bestRoom - gap >= opts.minLabel
    ) {
      const label = Math.min(entry.label, bestRoom - gap);
      take(best, Math.min(need(entry, label), bestRoom));
      out.push({ lane: best, label });
    } else out.push({ lane: -1, label: 0 });
  }
  lengthen(entries, out, starts, gap);
  return out;
}

/**
 * Lengthens each placed label towards its entry's `full` into the room up to the next
 * footprint in its lanes (less `gap`): a block takes the least room among its lanes. Footprints
 * are not updated: each label grows only before the next footprint's start, which stays put.
 */
function lengthen(
  entries: readonly PackEntry[],
  out: Placement[],
  starts: readonly number[][],
  gap: number,
): void {
  entries.forEach((entry, i) => {
    const p = out[i]!;
    const full = entry.full ?? 0;
    if (p.lane < 0 || full <= p.label) return;
    let free = Infinity;
    for (let j = 0; j < Math.max(1, entry.span ?? 1); j++) {
      const ls = starts[p.lane + j]!;
      const next = firstAfter(ls, entry.start);
      if (next < ls.length) free = Math.min(free, ls[next]! - entry.start - gap);
    }
    p.label = Math.max(p.label, Math.min(full, free));
  });
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
