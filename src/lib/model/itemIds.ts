/**
 * Ids of the org chart's tree items, in one place: an organization's item is `o:<id>`, a
 * person's `p:<id>`, so the two id spaces of a visit never collide in one tree.
 */
export type ItemKind = 'organization' | 'person';

export const orgItemId = (id: string): string => `o:${id}`;
export const personItemId = (id: string): string => `p:${id}`;

/** What a tree item id stands for; null for a string that is not one. */
export function parseItemId(itemId: string): { kind: ItemKind; id: string } | null {
  if (itemId.startsWith('o:')) return { kind: 'organization', id: itemId.slice(2) };
  if (itemId.startsWith('p:')) return { kind: 'person', id: itemId.slice(2) };
  return null;
}
