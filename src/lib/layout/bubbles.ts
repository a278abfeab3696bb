/**
 * Where the timeline's "+N" bubbles go on screen: each cluster's centre under the current
 * transform, its width from its count, and which are drawn — those in view, and not those under
 * a focused item drawn over the bubble row (`hide`), which step aside.
 */
import { localizeDigits, type Digits } from '../i18n/locale';
import type { ClusterGeom } from './timeline';
import type { TimelineBands } from './timelineBands';
import type { Transform } from './timelinePlace';

export interface PlacedBubble {
  cluster: ClusterGeom;
  /** Centre of the bubble. */
  x: number;
  y: number;
  w: number;
  /** The count as drawn ("12", "3k"), in the reader's digits. */
  count: string;
}

/** A count as a bubble shows it: whole below 10,000, then in thousands. */
export const bubbleCount = (n: number, digits: Digits): string =>
  localizeDigits(n > 9999 ? `${Math.floor(n / 1000)}k` : String(n), digits);

/** A bubble fits its count and the "+". */
export const bubbleWidth = (count: string): number => 14 + 7.5 * (count.length + 1);

export function placeBubbles(
  clusters: readonly ClusterGeom[],
  t: Transform,
  bands: TimelineBands,
  width: number,
  digits: Digits,
  hide: { x: number; w: number; type: string } | null = null,
): PlacedBubble[] {
  const out: PlacedBubble[] = [];
  for (const c of clusters) {
    const x = t.k * c.cx + t.x;
    const count = bubbleCount(c.ids.length, digits);
    const w = bubbleWidth(count);
    if (x <= -w || x >= width + w) continue;
    if (hide && hide.type === c.type && x + w / 2 > hide.x && x - w / 2 < hide.x + hide.w) continue;
    const y = (c.type === 'meeting' ? bands.meeting?.clusterY : bands.event?.clusterY) ?? 0;
    out.push({ cluster: c, x, y, w, count });
  }
  return out;
}
