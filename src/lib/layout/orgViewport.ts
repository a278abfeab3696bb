/**
 * The org chart's window onto its layout: how tall the viewport is for a chart of this size,
 * the orientation a width opens with, how a fit frames the chart (never so small that text
 * drops under 10 px), and where each country's heading stands while its tree is panned. Pure:
 * the component only applies them.
 */
import type { OrgChartLayout, Orientation, PlacedGroup, Rect } from './orgChart';
import { FONTS } from './orgCards';
import { HEADING_FONTS } from './orgGroups';
import { HEADING } from './orgGroupBoxes';

/** Below this width the chart is on a phone: a shorter window, an outline tree. */
const NARROW = 640;

/** No fitted text is smaller than this, in screen px. */
export const MIN_TEXT_PX = 10;
/** The smallest type the chart draws: card lines, headings and the fold buttons' counts (12). */
export const SMALLEST_TEXT = Math.min(
  12,
  ...Object.values(FONTS).map((f) => f.size),
  ...Object.values(HEADING_FONTS).map((f) => f.size),
);
/** The least zoom a fit uses: the smallest text at `MIN_TEXT_PX`. */
export const READABLE_SCALE = MIN_TEXT_PX / SMALLEST_TEXT;

/** What the chart opens as: an outline on a phone, where a tidy tree would be unreadable. */
export const defaultOrientation = (width: number): Orientation =>
  width > 0 && width < NARROW ? 'indented' : 'vertical';

/**
 * The viewport's height: the chart's height at the zoom its width fits (never under the
 * readable one, never above 1:1) plus a margin, at least 320 px, and at most 520 px on a narrow
 * screen, 820 px side-ways and 680 px otherwise.
 */
export function orgViewportHeight(
  layout: Pick<OrgChartLayout, 'width' | 'height'>,
  width: number,
  orientation: Orientation,
): number {
  const most = width < NARROW ? 520 : orientation === 'horizontal' ? 820 : 680;
  const k = width > 0 ? Math.min(1, Math.max(READABLE_SCALE, (width - 16) / layout.width)) : 1;
  return Math.round(Math.min(Math.max(layout.height * k + 16, 320), most));
}

const PADDING = 8;

/**
 * What a fit frames, and how: the whole chart when it is readable whole, else the tree of
 * `group` (default the first) at the least readable zoom, from its heading and its first card.
 * Never above 1:1 and never below `READABLE_SCALE`; in a viewport of `width` × `height`, which
 * the options carry to `PanZoom.fitTransform`.
 */
export function orgFit(layout: OrgChartLayout, width: number, height: number, group = 0) {
  const whole = { x: 0, y: 0, w: layout.width, h: layout.height };
  const k = Math.min((width - 2 * PADDING) / whole.w, (height - 2 * PADDING) / whole.h, 1);
  const g = layout.groups[group] ?? layout.groups[0];
  // The size this fit is for, not the svg's: the first fit runs before the svg is attached,
  // when its size reads 0 × 0.
  const viewport = { w: width, h: height };
  const options = { padding: PADDING, maxScale: 1, minScale: READABLE_SCALE, viewport };
  if (k >= READABLE_SCALE || !g) return { box: whole, options };
  const first = layout.cards.find((c) => c.card.group === layout.groups.indexOf(g));
  const half = (width / 2 - PADDING) / READABLE_SCALE;
  const startX = layout.dir === 'rtl' ? g.x + g.w - half : g.x + half;
  // Top-down, the first tree's root is centred over its subtree: frame the root, the heading
  // stands over whatever part of the tree is in view (see `stickyHeading`).
  const ax =
    layout.orientation === 'vertical' && first
      ? layout.dir === 'rtl'
        ? Math.max(first.x + first.w / 2, startX)
        : Math.min(first.x + first.w / 2, startX)
      : startX;
  const ay = g.y + (height / 2 - PADDING) / READABLE_SCALE;
  return { box: g, options: { ...options, anchor: [ax, ay] as [number, number] } };
}

/**
 * How far a country's heading moves to stay in view while its tree is panned (chart
 * coordinates): it slides along the tree's breadth and down its height, never out of the box.
 */
export function stickyHeading(g: PlacedGroup, view: Rect, dir: 'ltr' | 'rtl') {
  const textW = g.plate.w;
  const clamp = (v: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, v));
  const dx =
    dir === 'rtl'
      ? -clamp(g.x + g.w - (view.x + view.w), 0, Math.max(0, g.w - textW))
      : clamp(view.x - g.x, 0, Math.max(0, g.w - textW));
  const dy = clamp(view.y - g.y, 0, Math.max(0, g.h - HEADING.height - HEADING.rule - 40));
  return { dx: dx || 0, dy: dy || 0 };
}

/** The groups that meet the view, and those before and after it (in reading order). */
export function groupsInView(layout: OrgChartLayout, view: Rect) {
  const seen = (g: Rect) =>
    g.x < view.x + view.w && view.x < g.x + g.w && g.y < view.y + view.h && view.y < g.y + g.h;
  const inView = layout.groups.map(seen);
  const firstSeen = inView.indexOf(true);
  const lastSeen = inView.lastIndexOf(true);
  if (firstSeen < 0) return { inView, before: [], after: [...layout.groups] };
  const before = layout.groups.filter((_, i) => !inView[i] && i < firstSeen);
  const after = layout.groups.filter((_, i) => !inView[i] && i > lastSeen);
  return { inView, before, after };
}
