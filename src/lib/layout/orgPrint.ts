/**
 * The org chart on paper: each country's tree in the first orientation that reads on the page
 * (the reader's, else top-down, else side-ways, else the outline), the trees packed in rows of
 * the page's width (`packOrgChart`), drawn at one scale, and cut into page-high slices between
 * cards — never through one, never between a tree's heading and its first card — so that the
 * printer, keeping each slice whole, never splits a card across pages.
 */
import type { OrgChartLayout, Orientation } from './orgChart';
import { packOrgChart } from './orgPack';

export interface PrintOrgOptions {
  /** The page's printable width, CSS px. */
  paperWidth: number;
  /** The most a slice may take of a page's height, CSS px. */
  pageHeight: number;
  /** The least scale at which the smallest text still reads (`READABLE_SCALE`). */
  readable: number;
  /** The reader's orientation, tried first. */
  orientation: Orientation;
}

export interface PrintOrg {
  layout: OrgChartLayout;
  /** Layout px to CSS px on paper (≤ 1). */
  scale: number;
  /** [top, bottom) of each slice, layout px, top to bottom. */
  slices: [number, number][];
}

const ORDER: Orientation[] = ['vertical', 'horizontal', 'indented'];
/** Between two trees on paper, px. */
const PRINT_GAP = 36;

/** The chart as printed (see the module comment); `layoutOf` lays the chart out in one orientation. */
export function printOrgChart(
  layoutOf: (o: Orientation) => OrgChartLayout,
  o: PrintOrgOptions,
): PrintOrg {
  const most = o.paperWidth / o.readable;
  const tried = new Map<Orientation, OrgChartLayout>();
  const get = (k: Orientation) => tried.get(k) ?? tried.set(k, layoutOf(k)).get(k)!;
  const order = [o.orientation, ...ORDER.filter((k) => k !== o.orientation)];
  const count = get(o.orientation).groups.length;
  const pick = Array.from({ length: count }, (_, i) => {
    for (const k of order) if ((get(k).groups[i]?.w ?? 0) <= most) return get(k);
    return get('indented');
  });
  const widest = Math.max(0, ...pick.map((l, i) => l.groups[i]?.w ?? 0));
  const layout = packOrgChart((i) => pick[i]!, count, {
    maxWidth: Math.max(o.paperWidth, widest),
    gap: PRINT_GAP,
    margin: 4,
  });
  const scale = Math.min(1, o.paperWidth / layout.width);
  return { layout, scale, slices: pageSlices(keeps(layout), layout.height, o.pageHeight / scale) };
}

/** What must stay on one page: each card, and each tree's heading with its first card. */
function keeps(layout: OrgChartLayout): [number, number][] {
  const out: [number, number][] = layout.cards.map((c) => [c.y, c.y + c.h]);
  layout.groups.forEach((g, i) => {
    const first = layout.cards.filter((c) => c.card.group === i).sort((a, b) => a.y - b.y)[0];
    out.push([g.y, first ? first.y + first.h : g.y + g.h]);
  });
  return out;
}

/**
 * Cuts [0, height) into slices of at most `page` each, only where no interval of `keep` is cut
 * (in the middle of the gap before the first interval that would not fit). An interval taller
 * than a page has a slice of its own.
 */
export function pageSlices(
  keep: readonly (readonly [number, number])[],
  height: number,
  page: number,
): [number, number][] {
  const blocks: [number, number][] = [];
  for (const [a, b] of [...keep].sort((x, y) => x[0] - y[0])) {
    const last = blocks[blocks.length - 1];
    if (last && a < last[1]) last[1] = Math.max(last[1], b);
    else blocks.push([a, b]);
  }
  const slices: [number, number][] = [];
  let top = 0;
  let prevEnd = 0;
  for (const [a, b] of blocks) {
    if (b - top > page && prevEnd > top) {
      const mid = (prevEnd + a) / 2;
      const cut = prevEnd - top <= page ? Math.min(mid, top + page) : mid;
      slices.push([top, cut]);
      top = cut;
    }
    prevEnd = b;
  }
  if (height > top || slices.length === 0) slices.push([top, Math.max(top, height)]);
  return slices;
}
