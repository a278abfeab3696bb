/**
 * The org chart as an ARIA tree: the visible items flattened in reading (pre-)order, each with
 * its level, position among its siblings and the rectangle that focus and hits use. A flat list
 * with aria-level/setsize/posinset lets the chart draw only the items in view.
 */
import { CARD, type OrgCards } from './orgCards';
import { orgItemId, personItemId } from '../model/itemIds';

export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface TreeItem extends Rect {
  /** `o:<org id>` or `p:<person id>`. */
  id: string;
  kind: 'organization' | 'person';
  refId: string;
  cardId: string;
  level: number;
  posinset: number;
  setsize: number;
  parentId: string | null;
  expandable: boolean;
  expanded: boolean;
  label: string;
}

/** The ARIA tree, flattened in pre-order: organization, its people, then its sub-organizations. */
export function treeItems(
  cards: OrgCards,
  placed: Map<string, Rect>,
  isCollapsed: (id: string) => boolean,
): TreeItem[] {
  const items: TreeItem[] = [];
  const stack: { id: string; level: number; pos: number; size: number; parent: string | null }[] =
    [];
  const roots = cards.roots.filter((id) => placed.has(id));
  for (let i = roots.length - 1; i >= 0; i--)
    stack.push({ id: roots[i] ?? '', level: 1, pos: i + 1, size: roots.length, parent: null });
  while (stack.length) {
    const { id, level, pos, size, parent } = stack.pop()!;
    const card = cards.cards.get(id);
    const p = placed.get(id);
    if (!card || !p) continue;
    const expandable = card.people.length + card.childIds.length > 0;
    const expanded = expandable && !isCollapsed(id);
    const orgItem = orgItemId(id);
    items.push({
      id: orgItem,
      kind: 'organization',
      refId: id,
      cardId: id,
      level,
      posinset: pos,
      setsize: size,
      parentId: parent,
      expandable,
      expanded,
      label: card.label,
      x: p.x,
      y: p.y,
      w: p.w,
      h: p.h,
    });
    if (!expanded) continue;
    const n = card.people.length + card.childIds.length;
    let rowTop = p.y + CARD.padTop + card.headerHeight + 4;
    card.people.forEach((b, i) => {
      items.push({
        id: personItemId(b.person.id),
        kind: 'person',
        refId: b.person.id,
        cardId: id,
        level: level + 1,
        posinset: i + 1,
        setsize: n,
        parentId: orgItem,
        expandable: false,
        expanded: false,
        label: b.label,
        x: p.x + 1,
        y: rowTop,
        w: p.w - 2,
        h: b.height,
      });
      rowTop += b.height;
    });
    for (let i = card.childIds.length - 1; i >= 0; i--) {
      const child = card.childIds[i] ?? '';
      stack.push({
        id: child,
        level: level + 1,
        pos: card.people.length + i + 1,
        size: n,
        parent: orgItem,
      });
    }
  }
  return items;
}
