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
import type { Measure } from '../text/measure';
import { truncate } from '../text/truncate';
import { groupClose, packLanes } from './lanes';
import { runSteps, type Steps } from './steps';
import { scaleTime, type TimeScale } from './timeScale';
import {
  drawnLength,
  LABEL_FONTS,
  MARK_END_GAP,
  minLength,
  PRECISION_RANK as RANK,
  type Band,
  type TimelineEntry,
} from './timelineEntries';

export * from './timelineEntries';

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

/** A same-day group drawn whole: its members in lanes `lane` … `lane + size − 1`. */
export interface GroupGeom {
  key: string;
  type: Band;
  ids: string[];
  lane: number;
  size: number;
  /** Base x (zoom 1) of the day's start and end. */
  x0: number;
  x1: number;
}

export interface TimelineLayout {
  k: number;
  marks: MarkGeom[];
  clusters: ClusterGeom[];
  groups: GroupGeom[];
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

export const DEFAULT_MAX_LANES: Record<Band, number> = { meeting: 7, event: 3 };

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

export const STEPPED_ENTRIES = 4000; // entries above which `layoutTimelineSteps` pauses

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
  return runSteps(layoutTimelineSteps(entries, opts));
}

/**
 * `layoutTimeline` in steps, for a caller that runs each in a task of its own: above
 * `STEPPED_ENTRIES` entries it pauses (yields) after the packing order and after each band.
 */
export function* layoutTimelineSteps(
  entries: readonly TimelineEntry[],
  opts: TimelineOptions,
): Steps<TimelineLayout> {
  const { width, dir, k, measure } = opts;
  const stepped = entries.length > STEPPED_ENTRIES;
  const maxLanes = opts.maxLanes ?? DEFAULT_MAX_LANES;
  const scale = baseScale(opts.domain, width, dir);
  const reading = (x: number) => k * (dir === 'rtl' ? width - x : x);
  const marks: MarkGeom[] = [];
  const clusters: ClusterGeom[] = [];
  const groups: GroupGeom[] = [];
  const lanes: Record<Band, number> = { meeting: 0, event: 0 };

  const sorted = packingOrder(entries);
  for (const band of ['meeting', 'event'] as const) {
    if (stepped) yield;
    const geo = sorted[band].map((e) => {
      const x0 = scale(e.interval!.start);
      const x1 = scale(e.interval!.end);
      const min = minLength(band, e.precision);
      return { e, x0, x1, min, start: reading(x0), mark: drawnLength(min, Math.abs(x1 - x0) * k) };
    });
    // A label may run along its own span (ending a label's gap before the span does, so that
    // the next day may take the lane), else up to `maxLabel`.
    const gap = opts.gap ?? 12;
    const wantLabel = (g: (typeof geo)[number]) =>
      Math.min(g.e.fullWidth, Math.max(g.e.labelWidth, g.mark + MARK_END_GAP - gap));
    // Packing units: an item, or a same-day group as one block of lanes (members by index).
    const byGroup = new Map<string, typeof geo>();
    for (const g of geo) {
      if (!g.e.group) continue;
      const list = byGroup.get(g.e.group);
      if (list) list.push(g);
      else byGroup.set(g.e.group, [g]);
    }
    const units: (typeof geo)[] = [];
    const seen = new Set<string>();
    for (const g of geo) {
      if (!g.e.group) {
        units.push([g]);
        continue;
      }
      if (seen.has(g.e.group)) continue;
      seen.add(g.e.group);
      units.push(byGroup.get(g.e.group)!.sort((a, b) => a.e.groupIndex - b.e.groupIndex));
    }
    const placed = packLanes(
      units.map((u) => ({
        start: u[0]!.start,
        mark: Math.max(...u.map((g) => g.mark)),
        label: Math.max(...u.map(wantLabel)),
        full: Math.max(...u.map((g) => g.e.fullWidth)), // grown into what its lane leaves free
        span: u.length,
      })),
      {
        maxLanes: maxLanes[band],
        gap,
        markGap: MARK_END_GAP,
        minLabel: opts.minLabel ?? 56,
      },
    );
    const overflow: typeof geo = [];
    const laid: { g: (typeof geo)[number]; lane: number; label: number }[] = [];
    units.forEach((u, i) => {
      const p = placed[i]!;
      if (p.lane < 0) return void overflow.push(...u);
      u.forEach((g, j) =>
        laid.push({ g, lane: p.lane + j, label: Math.min(p.label, g.e.fullWidth) }),
      );
      if (u.length > 1)
        groups.push({
          key: u[0]!.e.group!,
          type: band,
          ids: u.map((g) => g.e.id),
          lane: p.lane,
          size: u.length,
          x0: u[0]!.x0,
          x1: u[0]!.x1,
        });
    });
    for (const { g, lane, label } of laid) {
      const p = { lane, label };
      lanes[band] = Math.max(lanes[band], p.lane + 1);
      const e = g.e;
      const cut =
        p.label >= e.fullWidth
          ? { text: e.fullLabel, width: e.fullWidth, truncated: false }
          : p.label === e.labelWidth
            ? { text: e.label, width: e.labelWidth, truncated: e.truncated }
            : widen(truncate(e.fullLabel, p.label - e.lead, LABEL_FONTS[band], measure), e.lead);
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
        bracket: e.bracket,
        confidence: e.confidence,
        kind: e.kind,
        lead: e.lead,
        group: e.group,
        groupIndex: e.groupIndex,
        groupSize: e.groupSize,
        lane: p.lane,
        x0: g.x0,
        x1: g.x1,
        minLength: g.min,
      });
    }
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
  return { k, marks, clusters, groups, lanes };
}

/** A truncation's width with the glyph's lead added back. */
const widen = (c: { text: string; width: number; truncated: boolean }, lead: number) =>
  lead ? { ...c, width: c.width + lead } : c;
