/**
 * Keyboard moves of the ARIA tree pattern, as a pure function of the visible items (in reading
 * order) and a key. Arrows that go in and out of the tree follow the reading direction: in RTL,
 * ArrowLeft expands or enters a branch and ArrowRight collapses it or goes to the parent.
 */
import type { Dir } from '../i18n/locale';
import { normalizeForSearch } from '../search/arabicSearch';

export interface NavItem {
  id: string;
  parentId: string | null;
  expandable: boolean;
  expanded: boolean;
  label: string;
}

export type NavAction =
  | { type: 'focus'; id: string }
  | { type: 'expand'; ids: string[] }
  | { type: 'collapse'; id: string }
  | { type: 'select'; id: string };

/** The action for `key` pressed on the item `current`, or null when the key is not the tree's. */
export function treeKeyAction(
  items: readonly NavItem[],
  current: string,
  key: string,
  dir: Dir,
): NavAction | null {
  const i = items.findIndex((it) => it.id === current);
  const item = items[i];
  if (!item) return items[0] ? { type: 'focus', id: items[0].id } : null;
  const focus = (it: NavItem | undefined): NavAction | null =>
    it ? { type: 'focus', id: it.id } : null;
  const inward = dir === 'rtl' ? 'ArrowLeft' : 'ArrowRight';
  const outward = dir === 'rtl' ? 'ArrowRight' : 'ArrowLeft';
  switch (key) {
    case 'ArrowDown':
      return focus(items[i + 1]);
    case 'ArrowUp':
      return focus(items[i - 1]);
    case 'Home':
      return focus(items[0]);
    case 'End':
      return focus(items.at(-1));
    case inward:
      if (!item.expandable) return null;
      if (!item.expanded) return { type: 'expand', ids: [item.id] };
      return items[i + 1]?.parentId === item.id ? focus(items[i + 1]) : null;
    case outward:
      if (item.expandable && item.expanded) return { type: 'collapse', id: item.id };
      return focus(items.find((it) => it.id === item.parentId));
    case 'Enter':
    case ' ':
      return { type: 'select', id: item.id };
    case '*': {
      const ids = items
        .filter((it) => it.parentId === item.parentId && it.expandable && !it.expanded)
        .map((it) => it.id);
      return ids.length ? { type: 'expand', ids } : null;
    }
    default:
      return typeahead(items, i, key);
  }
}

/** A printable character moves to the next item whose name starts with it, wrapping around. */
function typeahead(items: readonly NavItem[], from: number, key: string): NavAction | null {
  if ([...key].length !== 1 || /\s/.test(key)) return null;
  const k = normalizeForSearch(key);
  if (!k) return null;
  for (let n = 1; n <= items.length; n++) {
    const it = items[(from + n) % items.length];
    if (it && normalizeForSearch(it.label).startsWith(k)) return { type: 'focus', id: it.id };
  }
  return null;
}
