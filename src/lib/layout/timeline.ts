/**
 * Timeline layout: meetings and context events → plain geometry, in either direction.
 *
 *   baseScale(domain, width, dir)        time → x at zoom 1; in RTL an earlier instant has a larger x
 *   layoutTimeline(entries, options)     lanes, truncated labels and "+N" clusters at one zoom level
 *   placeMark(mark, transform, …)        where a mark lands on screen (timelinePlace.ts)
 *   layoutUnknown(entries, …)            the row of items known only by order (unknownRow.ts)
 *
 * Lanes are computed per zoom *bucket* (k rounded down to a power of 2^¼), never per wheel event:
 * positions only spread apart as k grows within a bucket, so a packing valid at the bucket's k
 * stays overlap-free up to the next one. Lanes do not depend on the direction: packing runs along
 * the reading direction, and only the final x is mirrored.
 */
import type { Dir } from '../i18n/locale';
import type { Interval } from '../model/dates';
import type { Item } from '../model/derive';
import type { Precision } from '../model/schema';
import type { FontSpec, Measure } from '../text/measure';
import { truncate } from '../text/truncate';
import { groupClose, packLanes } from './lanes';
import { scaleTime, type TimeScale } from './timeScale';

export type Band = Item['type'];
export type PartOfDay = 'morning' | 'afternoon' | 'evening';

/** One meeting or event, ready for layout: its interval and its (pre-truncated) label. */
export interface TimelineEntry {
  id: string;
  type: Band;
  /** Position in chronological order. */
  order: number;
  precision: Precision;
  approximate: boolean;
  partOfDay?: PartOfDay;
  interval: Interval | null;
  /** The label, cut to `maxLabel` for marks shorter than that. */
  label: string;
  labelWidth: number;
  /** `label` is shortened; the full text goes to the tooltip and the accessible name. */
  truncated: boolean;
  /** The whole label and its width: a long span can carry more than `maxLabel`. */
  fullLabel: string;
  fullWidth: number;
}

export interface MarkGeom extends TimelineEntry {
  lane: number;
  /** Base x (zoom 1) of the start and end instants. */
  x0: number;
  x1: number;
  /** Shortest length the mark is drawn with, in px (a day at 5 years per screen is < 1 px). */
  minLength: number;
}

export interface ClusterGeom {
  key: string;
  type: Band;
  ids: string[];
  /** Earliest start and latest end of its members (floating ms), for "zoom in here". */
  start: number;
  end: number;
  /** Base x of the bubble's centre. */
  cx: number;
}

export interface TimelineLayout {
  k: number;
  marks: MarkGeom[];
  clusters: ClusterGeom[];
  /** Lanes used per band. */
  lanes: Record<Band, number>;
}

export interface TimelineOptions {
  width: number;
  dir: Dir;
  domain: readonly [number, number];
  /** Zoom factor to lay out for (use `bucketK`). */
  k: number;
  /** Measures labels, each band in its font (`LABEL_FONTS`). */
  measure: Measure;
  maxLanes?: Record<Band, number>;
  /** Free px between two footprints in a lane (default 12). */
  gap?: number;
  /** Shortest label worth drawing, in px (default 56). */
  minLabel?: number;
  /** Width of the window that one "+N" bubble gathers (default 80). */
  clusterWindow?: number;
}

/** The label font of each band, as `Marks.svelte` sets them: meetings semibold, events smaller. */
export const LABEL_FONTS: Record<Band, FontSpec> = {
  meeting: { size: 13, weight: 600 },
  event: { size: 12, weight: 400 },
};

export const DEFAULT_MAX_LANES: Record<Band, number> = { meeting: 7, event: 3 };
/** Labels longer than this are cut with an ellipsis before any layout. */
export const MAX_LABEL = 260;

const BUCKETS_PER_DOUBLING = 4;
/** The bucket a zoom factor falls in, and that bucket's k (≤ the given k). */
export const bucketOf = (k: number) => Math.floor(Math.log2(k) * BUCKETS_PER_DOUBLING + 1e-9);
export const bucketK = (k: number) => 2 ** (bucketOf(k) / BUCKETS_PER_DOUBLING);

/** The time scale at zoom 1: the domain over [0, width], reversed in RTL. */
export function baseScale(domain: readonly [number, number], width: number, dir: Dir): TimeScale {
  return scaleTime(domain, dir === 'rtl' ? [width, 0] : [0, width]);
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** The span of every dated entry, padded by 4% each side, at least a day. */
export function timelineDomain(entries: readonly TimelineEntry[]): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const e of entries) {
    if (!e.interval) continue;
    lo = Math.min(lo, e.interval.start);
    hi = Math.max(hi, e.interval.end);
  }
  if (!Number.isFinite(lo)) {
    lo = Date.UTC(2000, 0, 1);
    hi = lo + DAY;
  }
  if (hi - lo < DAY) hi = lo + DAY;
  const pad = (hi - lo) * 0.04;
  return [lo - pad, hi + pad];
}

/** Prepares items for layout: label text (cut to `maxLabel`) and its measured width. */
export function prepareEntries(
  items: readonly Item[],
  labelOf: (item: Item) => string,
  measure: Measure,
  maxLabel = MAX_LABEL,
): TimelineEntry[] {
  return items.map((item, order) => {
    const date = item.data.date;
    const full = labelOf(item);
    const font = LABEL_FONTS[item.type];
    const cut = truncate(full, maxLabel, font, measure);
    return {
      id: item.id,
      type: item.type,
      order,
      precision: date.precision,
      approximate: date.approximate === true,
      partOfDay: date.precision === 'day' ? date.partOfDay : undefined,
      interval: item.interval,
      label: cut.text,
      labelWidth: cut.width,
      truncated: cut.truncated,
      fullLabel: full,
      fullWidth: cut.truncated ? measure(full, font) : cut.width,
    };
  });
}

const RANK: Record<Precision, number> = { time: 0, day: 1, month: 2, year: 3, unknown: 4 };

/** Shortest drawn length of a mark: events are a diamond, meetings a bar. */
export function minLength(type: Band, precision: Precision): number {
  if (type === 'event') return 10;
  return precision === 'time' ? 6 : precision === 'day' ? 8 : 12;
}

const orders = new WeakMap<readonly TimelineEntry[], Record<Band, TimelineEntry[]>>();

/** Dated entries per band, precise dates first, then by start: sorted once per entries. */
function packingOrder(entries: readonly TimelineEntry[]): Record<Band, TimelineEntry[]> {
  let out = orders.get(entries);
  if (!out) {
    const sort = (band: Band) =>
      entries
        .filter((e) => e.type === band && e.interval)
        .sort(
          (a, b) => RANK[a.precision] - RANK[b.precision] || a.interval!.start - b.interval!.start,
        );
    out = { meeting: sort('meeting'), event: sort('event') };
    orders.set(entries, out);
  }
  return out;
}

/**
 * Lanes, labels and clusters at zoom `k`. Precise dates are packed first, so that vague spans
 * take the outer lanes; what fits nowhere is gathered into "+N" clusters per band.
 */
export function layoutTimeline(
  entries: readonly TimelineEntry[],
  opts: TimelineOptions,
): TimelineLayout {
  const { width, dir, k, measure } = opts;
  const maxLanes = opts.maxLanes ?? DEFAULT_MAX_LANES;
  const scale = baseScale(opts.domain, width, dir);
  const reading = (x: number) => k * (dir === 'rtl' ? width - x : x);
  const marks: MarkGeom[] = [];
  const clusters: ClusterGeom[] = [];
  const lanes: Record<Band, number> = { meeting: 0, event: 0 };

  const sorted = packingOrder(entries);
  for (const band of ['meeting', 'event'] as const) {
    const geo = sorted[band].map((e) => {
      const x0 = scale(e.interval!.start);
      const x1 = scale(e.interval!.end);
      const min = minLength(band, e.precision);
      return { e, x0, x1, min, start: reading(x0), mark: Math.max(min, Math.abs(x1 - x0) * k) };
    });
    // A label may run as long as its own span, else up to `maxLabel`.
    const placed = packLanes(
      geo.map((g) => ({
        start: g.start,
        mark: g.mark,
        label: Math.min(g.e.fullWidth, Math.max(g.e.labelWidth, g.mark)),
      })),
      { maxLanes: maxLanes[band], gap: opts.gap ?? 12, minLabel: opts.minLabel ?? 56 },
    );
    const overflow: typeof geo = [];
    geo.forEach((g, i) => {
      const p = placed[i]!;
      if (p.lane < 0) return void overflow.push(g);
      lanes[band] = Math.max(lanes[band], p.lane + 1);
      const e = g.e;
      const cut =
        p.label >= e.fullWidth
          ? { text: e.fullLabel, width: e.fullWidth, truncated: false }
          : p.label === e.labelWidth
            ? { text: e.label, width: e.labelWidth, truncated: e.truncated }
            : truncate(e.fullLabel, p.label, LABEL_FONTS[band], measure);
      // Built field by field: one object shape for every mark keeps this loop fast.
      marks.push({
        id: e.id,
        type: e.type,
        order: e.order,
        precision: e.precision,
        approximate: e.approximate,
        partOfDay: e.partOfDay,
        interval: e.interval,
        label: cut.text,
        labelWidth: cut.width,
        truncated: cut.truncated,
        fullLabel: e.fullLabel,
        fullWidth: e.fullWidth,
        lane: p.lane,
        x0: g.x0,
        x1: g.x1,
        minLength: g.min,
      });
    });
    const centre = (g: (typeof geo)[number]) => g.start + g.mark / 2;
    overflow.sort((a, b) => centre(a) - centre(b));
    for (const group of groupClose(overflow.map(centre), opts.clusterWindow ?? 80)) {
      const members = group.map((i) => overflow[i]!);
      const mid = (centre(members[0]!) + centre(members[members.length - 1]!)) / 2;
      clusters.push({
        key: `${band}:${members[0]!.e.id}`,
        type: band,
        ids: members.map((g) => g.e.id),
        start: members.reduce((m, g) => Math.min(m, g.e.interval!.start), Infinity),
        end: members.reduce((m, g) => Math.max(m, g.e.interval!.end), -Infinity),
        cx: dir === 'rtl' ? width - mid / k : mid / k,
      });
    }
  }
  marks.sort((a, b) => a.order - b.order);
  return { k, marks, clusters, lanes };
}
