/**
 * The org chart's geometry: a tidy tree (d3-hierarchy) of measured cards, mirrored for RTL,
 * top-down or side-ways, with orthogonal links and the flat, pre-ordered list of ARIA tree items.
 *
 *   layoutOrgChart(cards | index, { dir, orientation, collapsed }) → { cards, items, links, … }
 *
 * Cards vary in size: `tree().nodeSize([1, 1])` works in pixels and `separation` spaces each
 * pair of neighbours by half their breadths plus a gap, so a long Arabic title widens only its
 * own subtree. Levels are aligned rows (or columns) as deep as their deepest card. Mirroring is
 * done here, once: in RTL the first child sits on the right and a side-ways tree grows leftwards.
 */
import { hierarchy, tree, type HierarchyPointNode } from 'd3-hierarchy';
import type { VisitIndex } from '../model/derive';
import { localizeDigits, type Digits, type Dir } from '../i18n/locale';
import {
  buildOrgCards,
  CARD,
  type CardOptions,
  type Level,
  type OrgCard,
  type OrgCards,
} from './orgCards';
import { cardBody, r1, type CardBody } from './orgCardBody';
import { treeItems, type Rect, type TreeItem } from './orgTreeItems';

export type { CardBody, PlacedText } from './orgCardBody';
export type { Rect, TreeItem } from './orgTreeItems';

export type Orientation = 'vertical' | 'horizontal';

export interface LayoutOptions {
  dir: Dir;
  orientation: Orientation;
  /** Card ids whose people and sub-organizations are folded away. Default none. */
  collapsed?: ReadonlySet<string>;
  digits?: Digits;
}

export interface PlacedCard extends Rect {
  id: string;
  card: OrgCard;
  level: Level;
  depth: number;
  collapsed: boolean;
  body: CardBody;
  /** The expand/collapse control (chart coordinates), where there is something to fold. */
  toggle: (Rect & { cx: number; cy: number; label: string }) | null;
}

export interface PlacedLink {
  id: string;
  d: string;
  box: Rect;
}
export interface OrgChartLayout {
  cards: PlacedCard[];
  /** Visible tree items in reading (pre-)order. */
  items: TreeItem[];
  itemById: Map<string, TreeItem>;
  links: PlacedLink[];
  width: number;
  height: number;
  dir: Dir;
  orientation: Orientation;
}

/** Gaps in px: between siblings, between cousins, between levels (room for the toggle). */
export const GAP = {
  sibling: 16,
  cousin: 28,
  /** Between separate hierarchies (e.g. the national government and a city's). */
  roots: 56,
  vertical: 48,
  horizontal: 64,
  margin: 24,
};
const ROOT = '~root';

function cardHeight(card: OrgCard, collapsed: boolean): number {
  const rows =
    collapsed || card.people.length === 0 ? 0 : 4 + card.people.reduce((s, p) => s + p.height, 0);
  return CARD.padTop + card.headerHeight + rows + CARD.padBottom;
}

function hiddenCounts(cards: OrgCards): Map<string, number> {
  const out = new Map<string, number>();
  const order = [...cards.cards.values()].reverse(); // pre-order reversed: children first
  for (const c of order) {
    let n = c.people.length;
    for (const ch of c.childIds) n += 1 + (out.get(ch) ?? 0);
    out.set(c.id, n);
  }
  return out;
}

/**
 * Lays out the org chart. Pass the cards from `buildOrgCards` (cheap to re-layout on collapse or
 * orientation), or a `VisitIndex` with card options to build them in one go.
 */
export function layoutOrgChart(
  input: OrgCards | VisitIndex,
  options: LayoutOptions & Partial<CardOptions>,
): OrgChartLayout {
  const cards =
    'visit' in input ? buildOrgCards(input, options as CardOptions & LayoutOptions) : input;
  const { dir, orientation, collapsed = new Set<string>(), digits = 'latn' } = options;
  const vertical = orientation === 'vertical';
  const isCollapsed = (id: string) => collapsed.has(id);
  const size = (id: string) => {
    const c = cards.cards.get(id);
    return c ? { w: c.width, h: cardHeight(c, isCollapsed(id)) } : { w: 0, h: 0 };
  };

  const root = hierarchy<string>(ROOT, (id) =>
    id === ROOT ? cards.roots : isCollapsed(id) ? null : (cards.cards.get(id)?.childIds ?? null),
  );
  const sizes = new Map<string, { w: number; h: number }>();
  root.each((n) => sizes.set(n.data, size(n.data)));
  const breadth = (id: string) => (vertical ? sizes.get(id)?.w : sizes.get(id)?.h) ?? 0;
  const extent = (id: string) => (vertical ? sizes.get(id)?.h : sizes.get(id)?.w) ?? 0;
  const laid = tree<string>()
    .nodeSize([1, 1])
    .separation(
      (a, b) =>
        (breadth(a.data) + breadth(b.data)) / 2 +
        (a.depth === 1 && b.depth === 1
          ? GAP.roots
          : a.parent === b.parent
            ? GAP.sibling
            : GAP.cousin),
    )(root);

  // Depth 0 is the virtual root; real levels start at 1.
  const ext: number[] = [];
  laid.each((n) => {
    if (n.depth > 0) ext[n.depth] = Math.max(ext[n.depth] ?? 0, extent(n.data));
  });
  const levelGap = vertical ? GAP.vertical : GAP.horizontal;
  const offset: number[] = [0, 0];
  for (let d = 2; d < ext.length; d++)
    offset[d] = (offset[d - 1] ?? 0) + (ext[d - 1] ?? 0) + levelGap;

  // Logical (LTR) rects, then mirrored, then moved to start at the margin.
  const nodes: HierarchyPointNode<string>[] = laid.descendants().filter((n) => n.depth > 0);
  const rects = new Map<string, Rect>();
  for (const n of nodes) {
    const { w, h } = sizes.get(n.data) ?? { w: 0, h: 0 };
    const o = offset[n.depth] ?? 0;
    const r = vertical ? { x: n.x - w / 2, y: o, w, h } : { x: o, y: n.x - h / 2, w, h };
    if (dir === 'rtl') r.x = -r.x - r.w;
    rects.set(n.data, r);
  }
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const r of rects.values()) {
    minX = Math.min(minX, r.x);
    minY = Math.min(minY, r.y);
    maxX = Math.max(maxX, r.x + r.w);
    maxY = Math.max(maxY, r.y + r.h);
  }
  if (!rects.size) minX = minY = maxX = maxY = 0;
  const dx = GAP.margin - minX;
  const dy = GAP.margin - minY;
  for (const r of rects.values()) {
    r.x += dx;
    r.y += dy;
  }
  // Where each level begins along the depth axis, and where the next one's links turn.
  const levelStart = (d: number) =>
    vertical
      ? (offset[d] ?? 0) + dy
      : dir === 'rtl'
        ? -(offset[d] ?? 0) + dx
        : (offset[d] ?? 0) + dx;
  const turn = (d: number) =>
    vertical || dir === 'ltr'
      ? levelStart(d) + (ext[d] ?? 0) + levelGap / 2
      : levelStart(d) - (ext[d] ?? 0) - levelGap / 2;

  const hidden = hiddenCounts(cards);
  const placed: PlacedCard[] = [];
  const placedById = new Map<string, PlacedCard>();
  for (const n of nodes) {
    const card = cards.cards.get(n.data);
    const r = rects.get(n.data);
    if (!card || !r) continue;
    const folded = isCollapsed(card.id);
    const p: PlacedCard = {
      id: card.id,
      card,
      level: card.level,
      depth: n.depth - 1,
      collapsed: folded,
      x: r.x,
      y: r.y,
      w: r.w,
      h: r.h,
      body: cardBody(card, r.w, r.h, dir, folded),
      toggle: null,
    };
    if (card.childIds.length > 0 || (p.collapsed && card.people.length)) {
      const label = p.collapsed ? localizeDigits(`+${hidden.get(card.id) ?? 0}`, digits) : '−';
      const w = p.collapsed ? Math.max(22, label.length * 7.5 + 12) : 20;
      const cx = vertical ? r.x + r.w / 2 : dir === 'rtl' ? r.x : r.x + r.w;
      const cy = vertical ? r.y + r.h : r.y + r.h / 2;
      p.toggle = { x: cx - w / 2, y: cy - 10, w, h: 20, cx, cy, label };
    }
    placed.push(p);
    placedById.set(p.id, p);
  }

  const links: PlacedLink[] = [];
  for (const n of nodes) {
    const parent = n.parent && n.parent.depth > 0 ? placedById.get(n.parent.data) : undefined;
    const child = placedById.get(n.data);
    if (!parent || !child) continue;
    const m = turn(n.depth - 1);
    let d: string;
    let box: Rect;
    if (vertical) {
      const [px, py, cx, cy] = [
        parent.x + parent.w / 2,
        parent.y + parent.h,
        child.x + child.w / 2,
        child.y,
      ];
      d = `M${r1(px)},${r1(py)}V${r1(m)}H${r1(cx)}V${r1(cy)}`;
      box = { x: Math.min(px, cx), y: py, w: Math.abs(cx - px), h: cy - py };
    } else {
      const px = dir === 'rtl' ? parent.x : parent.x + parent.w;
      const cx = dir === 'rtl' ? child.x + child.w : child.x;
      const [py, cy] = [parent.y + parent.h / 2, child.y + child.h / 2];
      d = `M${r1(px)},${r1(py)}H${r1(m)}V${r1(cy)}H${r1(cx)}`;
      box = {
        x: Math.min(px, cx),
        y: Math.min(py, cy),
        w: Math.abs(cx - px),
        h: Math.abs(cy - py),
      };
    }
    links.push({ id: `${parent.id}>${child.id}`, d, box });
  }

  const items = treeItems(cards, placedById, isCollapsed);
  return {
    cards: placed,
    items,
    itemById: new Map(items.map((it) => [it.id, it])),
    links,
    width: maxX - minX + 2 * GAP.margin,
    height: maxY - minY + 2 * GAP.margin,
    dir,
    orientation,
  };
}

const intersects = (a: Rect, b: Rect) =>
  a.x <= b.x + b.w && b.x <= a.x + a.w && a.y <= b.y + b.h && b.y <= a.y + a.h;

/** The cards and links that meet `view` (chart coordinates), plus the cards in `keep`. */
export function cullOrgChart(
  layout: OrgChartLayout,
  view: Rect,
  keep: ReadonlySet<string> = new Set(),
): { cards: PlacedCard[]; links: PlacedLink[] } {
  return {
    cards: layout.cards.filter((c) => keep.has(c.id) || intersects(c, view)),
    links: layout.links.filter((l) => intersects(l.box, view)),
  };
}
