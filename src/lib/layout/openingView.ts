/**
 * The view the timeline opens on. The whole visit, fitted, when most of its meetings read
 * there as marks; else its first days, as many as show more meetings than bubbles hide: at
 * 360 px a visit of dozens of engagements fitted whole is one "+15" bubble, and a first view
 * must show meetings.
 * "The visit" and "Everything" still show the whole. Pure: the chart hands in its fit, its
 * cached layouts and its range of a transform.
 */
import type { Interval } from '../model/dates';
import { bucketK, type TimelineLayout } from './timeline';
import type { Transform } from './timelinePlace';

const DAY = 86_400_000;
/** Padding of a first-days view, kept inside those days: the next day's meetings stay out. */
const PAD = 0.03;
const INSET = PAD / (1 + 2 * PAD);

export interface OpeningInputs {
  /** The transform that shows an interval with `pad` of its span either side (default: the chart's). */
  fit: (iv: Interval, pad?: number) => Transform;
  /** The layout at a zoom step (`bucketK`). */
  layoutAt: (k: number) => TimelineLayout;
  /** The time range [a, b] a transform shows. */
  rangeOf: (t: Transform) => [number, number];
}

/** Meetings that begin in the view of transform `t`: drawn as marks, and held in "+N" bubbles. */
function meetingsInView(t: Transform, io: OpeningInputs): { marks: number; bubbled: number } {
  const [a, b] = io.rangeOf(t);
  const layout = io.layoutAt(bucketK(t.k));
  const inView = (s: number) => s >= a && s < b;
  let marks = 0;
  let bubbled = 0;
  for (const m of layout.marks)
    if (m.type === 'meeting' && m.interval && inView(m.interval.start)) marks++;
  for (const c of layout.clusters)
    if (c.type === 'meeting' && inView(c.start)) bubbled += c.ids.length;
  return { marks, bubbled };
}

/**
 * Each run of first days tried is a layout at its own zoom, of every item: the search tries at
 * most this many runs (1, 2, 3, 5, 8, … days), and none for a visit of more meetings than
 * `MAX_SEARCHED` (a file at the limits has 20,000: there the whole visit is the first view).
 */
const MAX_TRIES = 8;
const MAX_SEARCHED = 2_000;

/** Day counts to try, longest first: 1, 2, 3, 5, 8, 13, … below `days`, at most `MAX_TRIES`. */
export function dayRuns(days: number): number[] {
  const runs: number[] = [];
  for (let a = 1, b = 2; a < days && runs.length < MAX_TRIES; [a, b] = [b, a + b]) runs.push(a);
  return runs.reverse();
}

/** Most of the meetings in view read as marks: at most a quarter of them are in bubbles. */
const reads = (n: { marks: number; bubbled: number }) => n.bubbled * 3 <= n.marks;

/**
 * `visit` fitted when most of its meetings read as marks there; else, of the visit and the runs
 * of its first days (whole floating days, from the one it starts in; see `dayRuns`), the one
 * that draws the most more meetings as marks than it holds in bubbles (the longer on a tie).
 */
export function openingView(visit: Interval, io: OpeningInputs): Transform {
  const whole = io.fit(visit);
  const all = meetingsInView(whole, io);
  if (reads(all) || all.marks + all.bubbled > MAX_SEARCHED) return whole;
  const first = Math.floor(visit.start / DAY) * DAY;
  const days = Math.ceil((visit.end - first) / DAY);
  let best = { t: whole, score: all.marks - all.bubbled };
  for (const n of dayRuns(days)) {
    const t = io.fit({ start: first + n * DAY * INSET, end: first + n * DAY * (1 - INSET) }, PAD);
    const got = meetingsInView(t, io);
    if (got.marks - got.bubbled > best.score) best = { t, score: got.marks - got.bubbled };
  }
  return best.t;
}
