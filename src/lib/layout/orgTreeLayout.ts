/**
 * One country's tree, laid out left to right from (0, 0), before it is put in its box and
 * mirrored: a tidy tree (d3-hierarchy) with measured node sizes, top-down or side-ways, or an
 * outline (`indented`).
 *
 * Cards vary in size: `tree().nodeSize([1, 1])` works in pixels and `separation` spaces each
 * pair of neighbours by half their breadths plus a gap, so a long Arabic title widens only its
 * own subtree. Levels are aligned rows (or columns) as deep as their deepest card.
 */
import { hierarchy, tree, type HierarchyNode, type HierarchyPointNode } from 'd3-hierarchy';
import type { OrgCards } from './orgCards';
import type { Rect } from './orgTreeItems';

/**
 * Top-down, side-ways, or `indented`: one card under another, each child indented under its
 * parent, like an outline — narrow enough for a phone at full size.
 */
export type Orientation = 'vertical' | 'horizontal' | 'indented';

/** Gaps in px: between siblings, between cousins, between levels (room for the toggle). */
export const GAP = {
  sibling: 16,
  cousin: 28,
  /** Between separate hierarchies (e.g. the national government and a city's). */
  roots: 56,
  vertical: 48,
  horizontal: 64,
  margin: 24,
  /** Between two countries' trees. */
  groups: 72,
  /** Indented: a level's indent, and the room between one card and the next. */
  indent: 28,
  stack: 12,
};
const ROOT = '~root';

/** One country's tree, laid out left to right from (0, 0): card rects and where links turn. */
export interface TreeLayout {
  nodes: HierarchyPointNode<string>[];
  rects: Map<string, Rect>;
  /** Where the links below each card turn, on the depth axis. */
  turns: Map<string, number>;
  w: number;
  h: number;
}

/** An outline: each card under the one before, indented by its depth. */
function layoutIndented(
  root: HierarchyNode<string>,
  size: (id: string) => { w: number; h: number },
): TreeLayout {
  const nodes: HierarchyPointNode<string>[] = [];
  const rects = new Map<string, Rect>();
  let y = 0;
  let w = 0;
  root.eachBefore((n) => {
    if (n.depth === 0) return;
    if (n.depth === 1 && nodes.length) y += GAP.roots / 2;
    const s = size(n.data);
    const x = (n.depth - 1) * GAP.indent;
    rects.set(n.data, { x, y, w: s.w, h: s.h });
    nodes.push(n as HierarchyPointNode<string>);
    w = Math.max(w, x + s.w);
    y += s.h + GAP.stack;
  });
  return { nodes, rects, turns: new Map(), w, h: Math.max(0, y - GAP.stack) };
}

export function layoutTree(
  roots: readonly string[],
  cards: OrgCards,
  size: (id: string) => { w: number; h: number },
  orientation: Orientation,
  isCollapsed: (id: string) => boolean,
): TreeLayout {
  const vertical = orientation === 'vertical';
  const root = hierarchy<string>(ROOT, (id) =>
    id === ROOT ? [...roots] : isCollapsed(id) ? null : (cards.cards.get(id)?.childIds ?? null),
  );
  if (orientation === 'indented') return layoutIndented(root, size);
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
  // Depth 0 is the virtual root; real levels start at 1, aligned across the tree.
  const ext: number[] = [];
  laid.each((n) => {
    if (n.depth > 0) ext[n.depth] = Math.max(ext[n.depth] ?? 0, extent(n.data));
  });
  const levelGap = vertical ? GAP.vertical : GAP.horizontal;
  const offset: number[] = [0, 0];
  for (let d = 2; d < ext.length; d++)
    offset[d] = (offset[d - 1] ?? 0) + (ext[d - 1] ?? 0) + levelGap;
  const nodes = laid.descendants().filter((n) => n.depth > 0);
  const rects = new Map<string, Rect>();
  const turns = new Map<string, number>();
  let minB = Infinity;
  let maxB = -Infinity;
  for (const n of nodes) {
    const { w, h } = sizes.get(n.data) ?? { w: 0, h: 0 };
    const o = offset[n.depth] ?? 0;
    rects.set(n.data, vertical ? { x: n.x - w / 2, y: o, w, h } : { x: o, y: n.x - h / 2, w, h });
    turns.set(n.data, o + (ext[n.depth] ?? 0) + levelGap / 2);
    minB = Math.min(minB, n.x - breadth(n.data) / 2);
    maxB = Math.max(maxB, n.x + breadth(n.data) / 2);
  }
  if (!nodes.length) minB = maxB = 0;
  for (const r of rects.values()) {
    if (vertical) r.x -= minB;
    else r.y -= minB;
  }
  const depth = ext.length > 1 ? (offset[ext.length - 1] ?? 0) + (ext[ext.length - 1] ?? 0) : 0;
  return {
    nodes,
    rects,
    turns,
    w: vertical ? maxB - minB : depth,
    h: vertical ? depth : maxB - minB,
  };
}
