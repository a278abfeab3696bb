/**
 * How wide to draw the whole timeline for export: the chart's own width when every mark fits
 * there with its label, else the narrowest wider one (in steps of ×1.25, up to `max`) where none
 * is left in a "+N" cluster or cut short. When no width up to `max` shows everything, the one that
 * leaves fewest, if it at least halves what the chart's own width leaves; else the chart's own
 * width: items crowded in time (events of the same months in a visit spanning years) stay
 * gathered however wide the file, and a file three times wider that still gathers most of them
 * is worse to read than one at the width the reader knows.
 */
import { layoutTimeline, type TimelineEntry } from '../layout/timeline';
import type { Measure } from '../text/measure';
import type { Dir } from '../i18n/locale';

export interface WholeWidthOptions {
  /** The width the chart has on screen, px: the narrowest tried. */
  start: number;
  /** The widest tried, px. Default four times `start`, at most 6000 (and never below `start`). */
  max?: number;
  dir: Dir;
  domain: readonly [number, number];
  measure: Measure;
  /** Lanes per band, as the file lays them out (default the screen's). */
  maxLanes?: Record<'meeting' | 'event', number>;
}

/**
 * Marks that a layout at zoom 1 and this width does not show as they are at any zoom: left in a
 * cluster, or with a label cut shorter than the entry's own (labels past `MAX_LABEL` stay cut).
 */
export function crowding(
  entries: readonly TimelineEntry[],
  o: WholeWidthOptions,
  width: number,
): number {
  const l = layoutTimeline(entries, {
    width,
    dir: o.dir,
    domain: o.domain,
    measure: o.measure,
    k: 1,
    maxLanes: o.maxLanes,
  });
  const clustered = l.clusters.reduce((n, c) => n + c.ids.length, 0);
  const own = new Map(entries.map((e) => [e.id, e.labelWidth]));
  return clustered + l.marks.filter((m) => m.labelWidth < (own.get(m.id) ?? 0) - 0.5).length;
}

/** The export width for `entries` (see the module comment). */
export function wholeWidth(entries: readonly TimelineEntry[], o: WholeWidthOptions): number {
  const start = Math.max(1, Math.round(o.start));
  const max = Math.max(start, o.max ?? Math.min(start * 4, 6000));
  // Else the narrowest width that leaves the fewest gathered or cut, when that is at most half
  // of what the chart's own width leaves: a file much wider for a few more marks is not better.
  let best = start;
  let least = Infinity;
  let first = Infinity;
  for (let w = start; w <= max; w = Math.round(w * 1.25)) {
    const n = crowding(entries, o, w);
    if (n === 0) return w;
    if (w === start) first = n;
    if (n < least) [best, least] = [w, n];
  }
  return least <= first / 2 ? best : start;
}
