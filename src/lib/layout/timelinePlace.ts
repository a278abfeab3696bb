/**
 * Timeline geometry under a zoom transform: where a mark and its label land on screen, whether
 * it is in view, the transform that shows an interval or reveals an item. Pure; the marks'
 * lanes come from `layoutTimeline`.
 */
import type { Dir } from '../i18n/locale';
import type { Interval } from '../model/dates';
import { labelSlot } from './labelFit';
import {
  baseScale,
  bucketK,
  drawnLength,
  MARK_END_GAP,
  minLength,
  type MarkGeom,
  type PartOfDay,
  type TimelineEntry,
  type TimelineLayout,
} from './timeline';

export interface Transform {
  k: number;
  x: number;
}

export interface PlacedMark {
  /** Left edge and width of the drawn mark, on screen. */
  x: number;
  w: number;
  /** Screen x of the start edge (the right edge in RTL). */
  start: number;
  /** Centre of an event's 10 px diamond, just inside the start edge, in either direction. */
  markerX: number;
  /** Screen x where the label begins: the start edge, or kept inside the view along a long span. */
  labelX: number;
  /**
   * False when the label would not stand whole in the view, clear of its soft edges (a mark
   * just outside the view, a span ending before its label fits, a label running past the far
   * edge): a label cut by an edge reads as other words ("ـولة الوفد"), so it is not drawn
   * (`fitToView` shortens it at a word boundary first when that leaves enough).
   */
  labelShown: boolean;
  /** Left edge and width of the mark and its label together: the hit and focus area. */
  hitX: number;
  hitW: number;
}

/** Where a mark lands on screen under a zoom transform. */
export function placeMark(m: MarkGeom, t: Transform, width: number, dir: Dir): PlacedMark {
  const s = t.k * m.x0 + t.x;
  const e = t.k * m.x1 + t.x;
  const sign = dir === 'rtl' ? -1 : 1;
  const len = drawnLength(m.minLength, Math.abs(e - s));
  const end = s + sign * len;
  // Reading coordinates: 0 at the view's start edge. The label stands whole inside the view,
  // clear of its soft edges, or is not drawn (labelFit.ts; `fitToView` shortens it first).
  const rs = dir === 'rtl' ? width - s : s;
  const slot = labelSlot(rs, rs + len, m.labelWidth, width);
  const rl = slot.start;
  const labelX = dir === 'rtl' ? width - rl : rl;
  const x = Math.min(s, end);
  const lx = dir === 'rtl' ? labelX - m.labelWidth : labelX;
  const hitX = Math.min(x, lx);
  return {
    x,
    w: len,
    start: s,
    markerX: s + 5 * sign,
    labelX,
    labelShown: m.labelWidth > 0 && m.labelWidth <= slot.room + 0.5,
    hitX,
    hitW: Math.max(x + len, lx + m.labelWidth) - hitX,
  };
}

/** True when a mark or its label reaches into [−margin, width + margin] on screen. */
export function markInView(m: MarkGeom, t: Transform, width: number, dir: Dir, margin = 0) {
  const s = t.k * m.x0 + t.x;
  const e = t.k * m.x1 + t.x;
  const len = Math.max(m.minLength, Math.abs(e - s), m.labelWidth);
  const lo = dir === 'rtl' ? s - len : s;
  return lo + len >= -margin && lo <= width + margin;
}

/** The transform that shows [start, end) across the width, with `pad` of the span either side. */
export function fitTransform(
  interval: Interval,
  domain: readonly [number, number],
  width: number,
  dir: Dir,
  pad = 0.05,
): Transform {
  const scale = baseScale(domain, width, dir);
  const span = Math.max(interval.end - interval.start, 1);
  const a = scale(interval.start - span * pad);
  const b = scale(interval.end + span * pad);
  const k = width / Math.abs(b - a);
  return { k, x: -k * Math.min(a, b) };
}

const PART_HOURS: Record<PartOfDay, [number, number]> = {
  morning: [6, 12],
  afternoon: [12, 18],
  evening: [18, 24],
};

/** The part of a day (morning 6–12, afternoon 12–18, evening 18–24) on screen, when visible. */
export function partOfDayBox(m: MarkGeom, t: Transform): { x: number; w: number } | null {
  if (!m.partOfDay) return null;
  const s = t.k * m.x0 + t.x;
  const e = t.k * m.x1 + t.x;
  if (Math.abs(e - s) < m.minLength * 2) return null;
  const [a, b] = PART_HOURS[m.partOfDay];
  const pa = s + ((e - s) * a) / 24;
  // Not past the drawn end of the day's bar (`MARK_END_GAP` short of the day's end).
  const pb = s + ((e - s) * Math.min(b, 24 - (24 * MARK_END_GAP) / Math.abs(e - s))) / 24;
  return { x: Math.min(pa, pb), w: Math.abs(pb - pa) };
}

/**
 * How to show item `entry` with its label: the current transform when it is already drawn in
 * view; else zoomed in (doubling, up to `maxK`) until it leaves its cluster, and panned so that
 * it starts a third of the way into the view. A long span that no zoom frees from its cluster
 * (more months stacked than lanes) comes back as an `overlay` mark, drawn in the band's "+N"
 * row while it has the focus. Null for items without a date.
 */
export function revealItem(
  entry: TimelineEntry,
  t: Transform,
  layoutAt: (k: number) => TimelineLayout,
  opts: { width: number; dir: Dir; maxK: number; domain: readonly [number, number] },
): { t: Transform; overlay: MarkGeom | null } | null {
  if (!entry.interval) return null;
  const { width, dir } = opts;
  const scale = baseScale(opts.domain, width, dir);
  const x0 = scale(entry.interval.start);
  const x1 = scale(entry.interval.end);
  const find = (k: number) => layoutAt(bucketK(k)).marks.find((m) => m.id === entry.id);
  let k = t.k;
  let mark = find(k);
  // Past the point where the item's own span fills two screens, zooming cannot free it.
  while (!mark && k < opts.maxK && Math.abs(x1 - x0) * k < 2 * width) {
    k = Math.min(opts.maxK, k * 2);
    mark = find(k);
  }
  const startAt = (kk: number) => ({
    k: kk,
    x: (dir === 'rtl' ? width - width / 3 : width / 3) - kk * x0,
  });
  if (!mark) {
    const overlay: MarkGeom = {
      ...entry,
      lane: -1,
      x0,
      x1,
      minLength: minLength(entry.type, entry.precision),
    };
    return { t: startAt(t.k), overlay };
  }
  // Already shown: its label stands whole in the view. (`labelX` alone does not say so: a
  // label slides in to the start edge even for a mark that lies wholly before the view.)
  if (k === t.k && placeMark(mark, t, width, dir).labelShown) return { t, overlay: null };
  return { t: startAt(k), overlay: null };
}
