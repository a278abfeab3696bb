/**
 * The org chart's window onto its layout: how tall the viewport is for a chart of this size,
 * and how a fit frames it. Pure: the component only applies them.
 */
import type { OrgChartLayout, Orientation } from './orgChart';

/** Below this width the chart is on a phone: a shorter window, a larger least fit. */
const NARROW = 640;

/**
 * The viewport's height: the chart's own height (plus a margin), at least 320 px, and at most
 * 520 px on a narrow screen, 820 px side-ways and 680 px top-down.
 */
export function orgViewportHeight(
  layoutHeight: number,
  width: number,
  orientation: Orientation,
): number {
  const most = width < NARROW ? 520 : orientation === 'horizontal' ? 820 : 680;
  return Math.round(Math.min(Math.max(layoutHeight + 16, 320), most));
}

/** What a fit frames (the whole chart), and how: never above 1:1, anchored on the root. */
export function orgFit(layout: OrgChartLayout, width: number) {
  const root = layout.cards[0];
  return {
    box: { x: 0, y: 0, w: layout.width, h: layout.height },
    options: {
      padding: 8,
      maxScale: 1,
      minScale: width < NARROW ? 0.8 : 0.5,
      anchor: root ? ([root.x + root.w / 2, root.y] as [number, number]) : undefined,
    },
  };
}
