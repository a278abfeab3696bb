/**
 * The time axis's caption: when its ticks are clock times (hours, minutes), it says which time
 * they are in, drawn in the chart's SVG so that a file carries it too.
 *
 * Times are floating wall-clock times (model/dates.ts): 09:00 in Abu Dhabi and 09:00 in Davos
 * stand at the same x. So an hour tick is the local time at each item's place, not one instant:
 * with one zone among the timed items in view the caption names it ("Times: Abu Dhabi time" /
 * «الأوقات بتوقيت أبوظبي»), with several — or none to go by — it says "Local time at each
 * place" / «بالتوقيت المحلي لكل مكان», the honest reading of such an axis.
 *
 * Placed at the inline start of the tick labels' row (the right edge in Arabic); tick labels it
 * would touch are not drawn (their gridlines are), so no two labels ever overlap.
 */
import { fill } from '../i18n/format';
import { isolate, type Dir, type Lang } from '../i18n/locale';
import type { ItemZone } from '../i18n/itemWords';
import { ui } from '../i18n/strings';
import { timeZoneWords } from '../i18n/timeZoneWords';
import type { Interval } from '../model/dates';
import type { FontSpec, Measure } from '../text/measure';
import { TICK_FONT, type AxisLayout } from './ticks';

/** The caption's font, as `Axis.svelte` sets it (`.caption`). */
export const CAPTION_FONT: FontSpec = { size: 11, weight: 600 };

export interface AxisCaption {
  text: string;
  /** Where the caption starts (its inline start): 0, or the width in RTL. */
  x: number;
  /** Ticks (`Tick.t`) whose labels the caption would touch: not drawn. */
  covers: ReadonlySet<number>;
}

/** What the caption needs of an item: its interval and the zone of its clock time. */
export interface ZonedItem {
  item: { interval: Interval | null };
  zone: ItemZone | null;
}

export interface CaptionOptions {
  axis: AxisLayout;
  /** Every item of the chart; those in `range` with a clock time count. */
  views: readonly ZonedItem[];
  /** The visible range, floating ms. */
  range: readonly [number, number];
  lang: Lang;
  dir: Dir;
  width: number;
  measure: Measure;
  /** Least free space between the caption and a tick label, px (default 16, as the ticks'). */
  gap?: number;
}

/** The caption's words for the zones of the timed items in view. */
export function captionWords(zones: Iterable<ItemZone>, lang: Lang): string {
  let first: ItemZone | null = null;
  let oneCity = true;
  for (const z of zones) {
    if (!first) first = z;
    else if (z.timeZone !== first.timeZone) return ui('axisLocalTimes', lang);
    else if (z.city !== first.city) oneCity = false;
  }
  if (!first) return ui('axisLocalTimes', lang);
  // Two cities of one zone (Abu Dhabi, Dubai): the zone's own name, not one of them.
  const city = oneCity && first.city ? isolate(first.city) : undefined;
  return fill(ui('axisTimesIn', lang), { zone: timeZoneWords(first.timeZone, lang, city) });
}

interface Timed {
  start: number;
  end: number;
  zone: ItemZone;
}

const timedOf = new WeakMap<readonly ZonedItem[], Timed[]>();

/** The zones of the timed items that overlap `range` (the list of timed items kept per `views`). */
export function zonesInView(views: readonly ZonedItem[], range: readonly [number, number]) {
  let timed = timedOf.get(views);
  if (!timed) {
    timed = [];
    for (const v of views) {
      const iv = v.item.interval;
      const zone = iv ? v.zone : null;
      if (iv && zone) timed.push({ start: iv.start, end: iv.end, zone });
    }
    timedOf.set(views, timed);
  }
  const [r0, r1] = range[0] <= range[1] ? range : [range[1], range[0]];
  return timed.filter((t) => t.start < r1 && t.end > r0).map((t) => t.zone);
}

/** The caption for `axis`, or null when its ticks are not clock times (or it has no room). */
export function axisCaption(o: CaptionOptions): AxisCaption | null {
  if (o.axis.level !== 'hour' && o.axis.level !== 'minute') return null;
  const text = captionWords(zonesInView(o.views, o.range), o.lang);
  const gap = o.gap ?? 16;
  const w = o.measure(text, CAPTION_FONT);
  if (w + 2 * gap > o.width) return null;
  const [lo, hi] = o.dir === 'rtl' ? [o.width - w, o.width] : [0, w];
  const covers = new Set<number>();
  for (const tick of o.axis.ticks) {
    if (!tick.showLabel) continue;
    const half = o.measure(tick.label, TICK_FONT) / 2;
    if (tick.labelX + half > lo - gap && tick.labelX - half < hi + gap) covers.add(tick.t);
  }
  return { text, x: o.dir === 'rtl' ? o.width : 0, covers };
}

/** What `chartCaption` reads of a chart's state (`TimelineChartState`). */
export interface CaptionChart {
  axis: AxisLayout;
  shownRange: readonly [number, number];
  width: number;
  dir: Dir;
  measure: Measure;
}

/** `axisCaption` for a chart as it is shown now (read field by field: a class's are getters). */
export function chartCaption(chart: CaptionChart, views: readonly ZonedItem[], lang: Lang) {
  const { axis, shownRange: range, width, dir, measure } = chart;
  return axisCaption({ axis, range, width, dir, measure, views, lang });
}
