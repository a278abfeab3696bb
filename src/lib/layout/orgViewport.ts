/**
 * The org chart's window onto its layout: how tall the viewport is for a chart of this size,
 * the orientation a width opens with, how a fit frames the chart (never so small that text
 * drops under 10 px), and where each country's heading stands while its tree is panned. Pure:
 * the component only applies them.
 */
import type { OrgChartLayout, Orientation, PlacedGroup, Rect } from './orgChart';
import { fitBox, type Transform } from './fitBox';
import { cutCards, SLACK } from './orgFrame';

export { cardExtent, cutCards, orgViewFrame } from './orgFrame';
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
/** How far a fit may zoom in past its least zoom, and slide, to keep cards whole at the edges. */
const MOST_ZOOM_IN = 1.3;
const MOST_SLIDE = 0.25;
/** Rising leaves a blank band over the heading: a tenth of the view at most, and dear. */
const MOST_RISE = 0.1;
const RISE_COST = 3;

/**
 * The slides along one axis that would put the view's edges (`start`, `size`) beside the cut
 * cards' (`lo`, `len` each) instead of through them, `gap` clear: smallest first, 0 included.
 */
function slides(start: number, size: number, cut: { lo: number; len: number }[], gap: number) {
  const end = start + size;
  const out = [0];
  for (const { lo, len } of cut) {
    const hi = lo + len;
    if (lo < start && start < hi) out.push(hi + gap - start, lo - gap - size - start);
    if (lo < end && end < hi) out.push(lo - gap - end, hi + gap - end);
  }
  return [...new Set(out)].sort((a, b) => Math.abs(a) - Math.abs(b));
}

/**
 * The least slide (chart coordinates; sideways at most `MOST_SLIDE` of the view's width, up into
 * the blank above the heading at most `MOST_RISE` of its height, never down past the tree's top
 * `top`) that leaves no card across the
 * edges of transform `t`'s view, with its length in screen px; null if there is none.
 */
function settle(
  layout: OrgChartLayout,
  t: Transform,
  [w, h]: [number, number],
  top: number,
  bottom: boolean,
) {
  const v = { x: -t.x / t.k, y: -t.y / t.k, w: w / t.k, h: h / t.k };
  const gap = PADDING / t.k;
  const ok = (dx: number, dy: number) =>
    Math.abs(dx) <= MOST_SLIDE * v.w &&
    Math.abs(dy) <= MOST_RISE * v.h &&
    v.y + dy <= Math.max(v.y, top) + SLACK;
  let best: { dx: number; dy: number; px: number } | null = null;
  let frontier: [number, number][] = [[0, 0]];
  const seen = new Set<string>();
  // A slide past one card can cut another: look a few slides deep, cheapest first.
  for (let depth = 0; depth < 4 && frontier.length; depth++) {
    const next: [number, number][] = [];
    for (const [dx, dy] of frontier) {
      const moved = { ...v, x: v.x + dx, y: v.y + dy };
      const cut = cutCards(layout, moved, bottom ? moved : { ...moved, h: Infinity });
      const px = (Math.abs(dx) + RISE_COST * Math.abs(dy)) * t.k;
      if (!cut.length) {
        if (!best || px < best.px) best = { dx, dy, px };
        continue;
      }
      const along = (axis: 'x' | 'y', size: 'w' | 'h') =>
        slides(
          moved[axis],
          v[size],
          cut.map((c) => ({ lo: c[axis], len: c[size] })),
          gap,
        );
      for (const sy of along('y', 'h'))
        for (const sx of along('x', 'w')) {
          const key = `${Math.round(dx + sx)},${Math.round(dy + sy)}`;
          if ((sx || sy) && ok(dx + sx, dy + sy) && !seen.has(key)) {
            seen.add(key);
            next.push([dx + sx, dy + sy]);
          }
        }
    }
    const cost = ([x, y]: [number, number]) => Math.abs(x) + RISE_COST * Math.abs(y);
    frontier = next.sort((p, q) => cost(p) - cost(q)).slice(0, 24);
  }
  return best && { k: t.k, x: t.x - best.dx * t.k, y: t.y - best.dy * t.k, px: best.px };
}

/** What zooming in costs against sliding, in screen px per +100 % of zoom. */
const ZOOM_COST = 400;

/**
 * The transform the chart opens with (or the fit button gives) in a viewport of `width` ×
 * `height` px: the whole chart when it is readable whole, else the tree of `group` (default the
 * first) at the least readable zoom, from its heading and its first card — zoomed in a little
 * (at most ×1.3, never above 1:1) and slid, if need be, so that the viewport's edges fall
 * between cards, not through one. Never above 1:1 and never below `READABLE_SCALE`.
 */
export function orgFit(layout: OrgChartLayout, width: number, height: number, group = 0) {
  const whole = { x: 0, y: 0, w: layout.width, h: layout.height };
  const viewport = { w: width, h: height };
  const k = Math.min((width - 2 * PADDING) / whole.w, (height - 2 * PADDING) / whole.h, 1);
  const g = layout.groups[group] ?? layout.groups[0];
  const options = { padding: PADDING, maxScale: 1, minScale: READABLE_SCALE };
  if (k >= READABLE_SCALE || !g) return fitBox(whole, viewport, options);
  const first = layout.cards.find((c) => c.card.group === layout.groups.indexOf(g));
  /** The fit at zoom `z`: from the tree's start and top, `PADDING` clear. */
  const at = (z: number) => {
    const half = (width / 2 - PADDING) / z;
    const startX = layout.dir === 'rtl' ? g.x + g.w - half : g.x + half;
    // Top-down, the first tree's root is centred over its subtree: frame the root, the heading
    // stands over whatever part of the tree is in view (see `stickyHeading`).
    const ax =
      layout.orientation === 'vertical' && first
        ? layout.dir === 'rtl'
          ? Math.max(first.x + first.w / 2, startX)
          : Math.min(first.x + first.w / 2, startX)
        : startX;
    const anchor = [ax, g.y + (height / 2 - PADDING) / z] as const;
    return fitBox(g, viewport, { ...options, minScale: z, maxScale: Math.max(z, 1), anchor });
  };
  const base = at(READABLE_SCALE);
  let best: (Transform & { cost: number }) | null = null;
  // All four edges clear if it can be done; else the sides (a card taller than the room the
  // zoom leaves may run off the bottom: the view scrolls down, the cue strip is under it).
  for (const bottom of [true, false]) {
    for (let z = base.k; z <= Math.min(1, base.k * MOST_ZOOM_IN) + 1e-9; z *= 1.005) {
      const t = z === base.k ? base : at(z);
      const clean = settle(layout, t, [width, height], g.y, bottom);
      const cost = clean ? clean.px + ZOOM_COST * (z / base.k - 1) : Infinity;
      if (clean && cost < (best?.cost ?? Infinity))
        best = { k: clean.k, x: clean.x, y: clean.y, cost };
      if (best && ZOOM_COST * (z / base.k - 1) > best.cost) break; // no dearer zoom can win
    }
    if (best) return { k: best.k, x: best.x, y: best.y };
  }
  return base;
}

/**
 * Whether the chart keeps a strip for the edge cue under its drawing: when it has several trees
 * and a fit cannot show them all readable — kept while panning, so the page never moves.
 */
export const cueStrip = (layout: OrgChartLayout, width: number, height: number) =>
  layout.groups.length > 1 &&
  Math.min((width - 2 * PADDING) / layout.width, (height - 2 * PADDING) / layout.height, 1) <
    READABLE_SCALE;

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
