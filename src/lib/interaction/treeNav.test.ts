// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { treeKeyAction, type NavItem } from './treeNav';

// gov ─┬─ seoul (expanded) ─┬─ vm
//      │                    └─ sdf (collapsed)
//      └─ busan (collapsed)
const items: NavItem[] = [
  { id: 'gov', parentId: null, expandable: true, expanded: true, label: 'حكومة كوريا' },
  { id: 'seoul', parentId: 'gov', expandable: true, expanded: true, label: 'سيول' },
  { id: 'vm', parentId: 'seoul', expandable: false, expanded: false, label: 'نائب العمدة' },
  { id: 'sdf', parentId: 'seoul', expandable: true, expanded: false, label: 'مؤسسة سيول' },
  { id: 'busan', parentId: 'gov', expandable: true, expanded: false, label: 'بوسان' },
];
const act = (id: string, key: string, dir: 'rtl' | 'ltr' = 'rtl') =>
  treeKeyAction(items, id, key, dir);

describe('treeKeyAction', () => {
  it.each([
    ['down to the next visible item', 'gov', 'ArrowDown', { type: 'focus', id: 'seoul' }],
    ['up to the previous one', 'sdf', 'ArrowUp', { type: 'focus', id: 'vm' }],
    ['nowhere past the end', 'busan', 'ArrowDown', null],
    ['Home to the first', 'sdf', 'Home', { type: 'focus', id: 'gov' }],
    ['End to the last', 'gov', 'End', { type: 'focus', id: 'busan' }],
    ['Enter selects', 'vm', 'Enter', { type: 'select', id: 'vm' }],
    ['Space selects', 'vm', ' ', { type: 'select', id: 'vm' }],
  ])('moves %s', (_name, from, key, expected) => {
    expect(act(from, key)).toEqual(expected);
  });

  it.each([
    ['rtl', 'ArrowLeft', 'ArrowRight'],
    ['ltr', 'ArrowRight', 'ArrowLeft'],
  ] as const)('in %s, %s goes in and %s goes out', (dir, inward, outward) => {
    expect(act('sdf', inward, dir)).toEqual({ type: 'expand', ids: ['sdf'] });
    expect(act('seoul', inward, dir)).toEqual({ type: 'focus', id: 'vm' });
    expect(act('vm', inward, dir)).toBeNull();
    expect(act('seoul', outward, dir)).toEqual({ type: 'collapse', id: 'seoul' });
    expect(act('sdf', outward, dir)).toEqual({ type: 'focus', id: 'seoul' });
    expect(act('gov', outward, dir)).toEqual({ type: 'collapse', id: 'gov' });
  });

  it('expands every collapsed sibling with *', () => {
    expect(act('seoul', '*')).toEqual({ type: 'expand', ids: ['busan'] });
    expect(act('vm', '*')).toEqual({ type: 'expand', ids: ['sdf'] });
  });

  it('jumps to the next name starting with a typed letter, spelling-tolerant', () => {
    expect(act('gov', 'س')).toEqual({ type: 'focus', id: 'seoul' });
    expect(act('seoul', 'ب')).toEqual({ type: 'focus', id: 'busan' });
    expect(act('busan', 'ح')).toEqual({ type: 'focus', id: 'gov' });
    expect(act('gov', 'x')).toBeNull();
    expect(act('gov', 'Tab')).toBeNull();
  });

  it('focuses the first item when the current one is gone', () => {
    expect(act('nope', 'ArrowDown')).toEqual({ type: 'focus', id: 'gov' });
  });
});
