/**
 * The org chart's trees packed into rows, for paper and files: the live chart stands every
 * country's tree in one row (9 trees of a visit made a 4,900 × 1,120 px strip, three quarters
 * blank under the small trees); a page or a report wants rows no wider than it is.
 *
 *   packTrees(sizes, maxWidth, gap, dir) → offsets, in tour order, first tree at the reading start
 *   packOrgChart(layoutOf, { maxWidth, … }) → the layout with each tree (and its heading) moved
 */
import type { Dir } from '../i18n/locale';
import type { OrgChartLayout, PlacedCard, PlacedGroup, PlacedLink } from './orgChart';
import { GAP } from './orgTreeLayout';

export interface Size {
  w: number;
  h: number;
}

export interface PackedTrees {
  /** Top-left corner of each tree, in the order given. */
  offsets: [number, number][];
  /** The trees' indices, row by row, each row in reading order. */
  rows: number[][];
  width: number;
  height: number;
}

/**
 * Packs `trees` into rows, in the order given (tour order): a row takes trees while it stays
 * within `maxWidth`; a tree wider than `maxWidth` has a row of its own. Rows are `gap` apart,
 * and so are the trees of a row, top-aligned. In `rtl` a row reads from the right: the layout
 * is the `ltr` one mirrored within the widest row.
 */
export function packTrees(
  trees: readonly Size[],
  maxWidth: number,
  gap: number,
  dir: Dir,
): PackedTrees {
  const rows: number[][] = [];
  let row: number[] = [];
  let used = 0;
  trees.forEach((t, i) => {
    const need = row.length ? used + gap + t.w : t.w;
    if (row.length && need > maxWidth) {
      rows.push(row);
      row = [];
      used = t.w;
    } else used = need;
    row.push(i);
  });
  if (row.length) rows.push(row);

  const offsets: [number, number][] = trees.map(() => [0, 0]);
  let y = 0;
  let width = 0;
  for (const r of rows) {
    let x = 0;
    let h = 0;
    for (const i of r) {
      const t = trees[i]!;
      offsets[i] = [x, y];
      x += t.w + gap;
      h = Math.max(h, t.h);
    }
    width = Math.max(width, x - gap);
    y += h + gap;
  }
  const height = rows.length ? y - gap : 0;
  if (dir === 'rtl') trees.forEach((t, i) => (offsets[i]![0] = width - offsets[i]![0] - t.w));
  return { offsets, rows, width, height };
}

/** The widest row of a whole-chart file or report, px (a wider tree keeps its own width). */
export const PACK_WIDTH = 2000;

export interface PackOptions {
  /** The rows' width, px (default `PACK_WIDTH`); a wider tree keeps its own width. */
  maxWidth?: number;
  /** Between trees and between rows, px (default the chart's gap between countries). */
  gap?: number;
  /** Around the whole, px (default the chart's margin). */
  margin?: number;
}

/**
 * The chart with its trees packed in rows (`packTrees`): tree `i` is taken from `layoutOf(i)`
 * (one layout for all, or a tree's own orientation, as print chooses) and moved with its heading,
 * cards, links and tree items. The layouts must be of the same cards and direction.
 */
export function packOrgChart(
  layoutOf: (group: number) => OrgChartLayout,
  count: number,
  o: PackOptions = {},
): OrgChartLayout {
  const first = layoutOf(0);
  const { maxWidth = PACK_WIDTH, gap = GAP.groups, margin = GAP.margin } = o;
  const dir = first.dir;
  const picked = Array.from({ length: count }, (_, i) => layoutOf(i));
  const boxes = picked.map((l, i) => l.groups[i]!);
  const packed = packTrees(boxes, maxWidth, gap, dir);
  const width = packed.width + 2 * margin;
  const height = packed.height + 2 * margin;
  const shift = boxes.map((b, i) => {
    const [x, y] = packed.offsets[i]!;
    return [x + margin - b.x, y + margin - b.y] as const;
  });

  const groups: PlacedGroup[] = [];
  const cards: PlacedCard[] = [];
  const links: PlacedLink[] = [];
  const groupOfCard = new Map<string, number>();
  picked.forEach((l, gi) => {
    const [dx, dy] = shift[gi]!;
    const move = <R extends { x: number; y: number }>(r: R): R => ({
      ...r,
      x: r.x + dx,
      y: r.y + dy,
    });
    const g = boxes[gi]!;
    groups.push({
      ...move(g),
      rule: move(g.rule),
      plate: move(g.plate),
      texts: g.texts.map(move),
    });
    for (const c of l.cards) {
      if (c.card.group !== gi) continue;
      groupOfCard.set(c.id, gi);
      cards.push({
        ...move(c),
        toggle: c.toggle && { ...move(c.toggle), cx: c.toggle.cx + dx, cy: c.toggle.cy + dy },
      });
    }
    for (const k of l.links) {
      const child = k.id.slice(k.id.indexOf('>') + 1);
      if (groupOfCard.get(child) !== gi) continue;
      links.push({ id: k.id, d: movePath(k.d, dx, dy), box: move(k.box) });
    }
  });
  // The tree items keep their reading order; each moves with its card's tree.
  const items = first.items.map((it) => {
    const gi = groupOfCard.get(it.cardId) ?? 0;
    const [dx, dy] = shift[gi]!;
    const own = picked[gi]!.itemById.get(it.id) ?? it;
    return { ...own, x: own.x + dx, y: own.y + dy };
  });
  return {
    ...first,
    cards,
    groups,
    items,
    itemById: new Map(items.map((it) => [it.id, it])),
    links,
    width,
    height,
    orientation: first.orientation,
  };
}

/** A link's path (absolute M x,y, H x and V y, as `layoutOrgChart` writes them) moved by (dx, dy). */
export function movePath(d: string, dx: number, dy: number): string {
  const r = (n: number) => Math.round(n * 10) / 10;
  return d.replace(/([MHV])([-\d.]+)(?:,([-\d.]+))?/g, (_, c: string, a: string, b?: string) => {
    if (c === 'M') return `M${r(Number(a) + dx)},${r(Number(b) + dy)}`;
    return `${c}${r(Number(a) + (c === 'H' ? dx : dy))}`;
  });
}
