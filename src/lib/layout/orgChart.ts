/**
 * The org chart's geometry: one tidy tree (d3-hierarchy) of measured cards per country, each
 * under its heading, mirrored for RTL, top-down or side-ways, with orthogonal links and the flat,
 * pre-ordered list of ARIA tree items. Top-down, the countries stand side by side (the first at
 * the inline start); side-ways and indented, one under the other.
 *
 *   layoutOrgChart(cards | index, { dir, orientation, collapsed }) → { cards, groups, items, links, … }
 *
 * Each tree is laid out by `orgTreeLayout.ts`, put in its box by `orgGroupBoxes.ts`. Mirroring
 * is done here, once: in RTL the first child sits on the right and a side-ways tree grows
 * leftwards.
 */
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
import { placeGroups, type PlacedGroup } from './orgGroupBoxes';
import { GAP, layoutTree, type Orientation } from './orgTreeLayout';
import { treeItems, type Rect, type TreeItem } from './orgTreeItems';

export type { CardBody, PlacedText } from './orgCardBody';
export type { Rect, TreeItem } from './orgTreeItems';
export type { PlacedGroup } from './orgGroupBoxes';
export { GAP } from './orgTreeLayout';

export type { Orientation } from './orgTreeLayout';

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
  /** Each country's tree: its box (heading included) and its placed heading. */
  groups: PlacedGroup[];
  /** Visible tree items in reading (pre-)order. */
  items: TreeItem[];
  itemById: Map<string, TreeItem>;
  links: PlacedLink[];
  width: number;
  height: number;
  dir: Dir;
  orientation: Orientation;
}

function cardHeight(card: OrgCard, collapsed: boolean): number {
  const rows =
    collapsed || card.people.length === 0 ? 0 : 4 + card.people.reduce((s, p) => s + p.height, 0);
  return CARD.padTop + card.headerHeight + rows + CARD.padBottom;
}

const hiddenOf = new WeakMap<OrgCards, Map<string, number>>();

/** What each card holds, all levels down (its "+N"): once per set of cards, not per fold. */
function hiddenCounts(cards: OrgCards): Map<string, number> {
  const known = hiddenOf.get(cards);
  if (known) return known;
  const out = new Map<string, number>();
  hiddenOf.set(cards, out);
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
  const indented = orientation === 'indented';
  const isCollapsed = (id: string) => collapsed.has(id);
  const size = (id: string) => {
    const c = cards.cards.get(id);
    return c ? { w: c.width, h: cardHeight(c, isCollapsed(id)) } : { w: 0, h: 0 };
  };
  const trees = cards.groups.map((g) => layoutTree(g.roots, cards, size, orientation, isCollapsed));
  // Each tree goes into its group's box, under the heading; RTL mirrors the whole at the end.
  const { groups, offsets, width, height } = placeGroups(cards.groups, trees, {
    vertical,
    dir,
    gap: vertical ? GAP.groups : GAP.groups / 2,
    margin: GAP.margin,
  });
  const mirror = (x: number, w = 0) => (dir === 'rtl' ? width - x - w : x);
  /** Indented: where the line to a card's children comes down, half an indent in. */
  const stem = (r: Rect) => (dir === 'rtl' ? r.x + r.w - GAP.indent / 2 : r.x + GAP.indent / 2);

  const hidden = hiddenCounts(cards);
  const placed: PlacedCard[] = [];
  const placedById = new Map<string, PlacedCard>();
  const turnOf = new Map<string, number>();
  trees.forEach((t, gi) => {
    const [ox, oy] = offsets[gi] ?? [0, 0];
    for (const n of t.nodes) {
      const card = cards.cards.get(n.data);
      const lr = t.rects.get(n.data);
      if (!card || !lr) continue;
      const r = { x: mirror(lr.x + ox, lr.w), y: lr.y + oy, w: lr.w, h: lr.h };
      const turn = t.turns.get(n.data) ?? 0;
      turnOf.set(card.id, vertical ? turn + oy : mirror(turn + ox));
      const folded = isCollapsed(card.id);
      const p: PlacedCard = {
        id: card.id,
        card,
        level: card.level,
        depth: n.depth - 1,
        collapsed: folded,
        ...r,
        body: cardBody(card, r.w, r.h, dir, folded),
        toggle: null,
      };
      if (card.childIds.length > 0 || (p.collapsed && card.people.length)) {
        const label = p.collapsed ? localizeDigits(`+${hidden.get(card.id) ?? 0}`, digits) : '−';
        const w = p.collapsed ? Math.max(22, label.length * 7.5 + 12) : 20;
        const cx = indented ? stem(r) : vertical ? r.x + r.w / 2 : dir === 'rtl' ? r.x : r.x + r.w;
        const cy = vertical || indented ? r.y + r.h : r.y + r.h / 2;
        p.toggle = { x: cx - w / 2, y: cy - 10, w, h: 20, cx, cy, label };
      }
      placed.push(p);
      placedById.set(p.id, p);
    }
  });

  const links: PlacedLink[] = [];
  for (const t of trees)
    for (const n of t.nodes) {
      const parent = n.parent && n.parent.depth > 0 ? placedById.get(n.parent.data) : undefined;
      const child = placedById.get(n.data);
      if (!parent || !child) continue;
      const m = turnOf.get(parent.id) ?? 0;
      let d: string;
      let box: Rect;
      if (indented) {
        const px = stem(parent);
        const py = parent.y + parent.h;
        const cx = dir === 'rtl' ? child.x + child.w : child.x;
        const cy = child.y + Math.min(child.h / 2, 24);
        d = `M${r1(px)},${r1(py)}V${r1(cy)}H${r1(cx)}`;
        box = { x: Math.min(px, cx), y: py, w: Math.abs(cx - px), h: cy - py };
      } else if (vertical) {
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
    groups,
    items,
    itemById: new Map(items.map((it) => [it.id, it])),
    links,
    width,
    height,
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
