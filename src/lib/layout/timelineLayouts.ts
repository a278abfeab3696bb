/**
 * The timeline's layouts per zoom step (`bucketK`), each laid out on first use and cached: the
 * chart asks for one per zoom step it shows, and during a gesture reuses the finest one already
 * computed below the current zoom (marks only spread apart as it zooms in). Pure.
 */
import { layoutTimelineSteps, type TimelineLayout, type TimelineOptions } from './timeline';
import type { TimelineEntry } from './timelineEntries';
import { runSteps, type Steps } from './steps';

export interface LayoutCache {
  /** The layout at zoom step `k`. */
  get: (k: number) => TimelineLayout;
  /** The same, laid out in steps (`layoutTimelineSteps`) unless it is cached already. */
  steps: (k: number) => Steps<TimelineLayout>;
  /** The finest layout already computed at or below `k`: valid at `k`, costs nothing. */
  cachedAtMost: (k: number) => TimelineLayout | undefined;
  has: (k: number) => boolean;
}

/** At most this many layouts are kept; past it the cache starts again. */
const KEEP = 24;

export function layoutCache(
  entries: readonly TimelineEntry[],
  opts: Omit<TimelineOptions, 'k'>,
): LayoutCache {
  const cache = new Map<number, TimelineLayout>();
  function* steps(k: number): Steps<TimelineLayout> {
    let l = cache.get(k);
    if (!l) {
      l = yield* layoutTimelineSteps(entries, { ...opts, k });
      if (cache.size > KEEP) cache.clear();
      cache.set(k, l);
    }
    return l;
  }
  const get = (k: number) => runSteps(steps(k));
  const cachedAtMost = (k: number) => {
    let best: TimelineLayout | undefined;
    for (const [ck, l] of cache) if (ck <= k && (!best || ck > best.k)) best = l;
    return best;
  };
  return { get, steps, cachedAtMost, has: (k: number) => cache.has(k) };
}

/**
 * A `layoutCache` kept for as long as it is asked for with the same inputs (compared by
 * identity): what was laid out before the first draw is what the first draw finds.
 */
export function layoutCaches() {
  let last: { key: unknown[]; value: LayoutCache } | null = null;
  return (entries: readonly TimelineEntry[], opts: Omit<TimelineOptions, 'k'>): LayoutCache => {
    const { width, dir, domain, measure, maxLanes, gap, minLabel, clusterWindow } = opts;
    const key = [entries, width, dir, ...domain, measure, maxLanes, gap, minLabel, clusterWindow];
    if (last?.key.every((x, i) => x === key[i])) return last.value;
    last = { key, value: layoutCache(entries, opts) };
    return last.value;
  };
}
