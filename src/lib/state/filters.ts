/**
 * The timeline's filters: by topic, organization, person, side and engagement kind. An empty facet filters
 * nothing; an item passes when, on every facet with a selection, it has one of its values.
 */
import type { ItemView } from '../i18n/itemWords';

export type Facet = 'topics' | 'organizations' | 'people' | 'sides' | 'kinds';
export const FACETS: readonly Facet[] = ['topics', 'organizations', 'people', 'sides', 'kinds'];
export type Filters = Record<Facet, ReadonlySet<string>>;

/** An item passes when, on every facet with a selection, it has one of the selected values. */
export function matchesFilters(v: ItemView, f: Partial<Filters>): boolean {
  return FACETS.every((facet) => {
    const wanted = f[facet];
    if (!wanted || wanted.size === 0) return true;
    return (v[facet] as readonly string[]).some((x) => wanted.has(x));
  });
}

/** For each facet value, how many items have it. */
export function facetCounts(views: readonly ItemView[]): Record<Facet, Map<string, number>> {
  const out: Record<Facet, Map<string, number>> = {
    topics: new Map(),
    organizations: new Map(),
    people: new Map(),
    sides: new Map(),
    kinds: new Map(),
  };
  for (const v of views)
    for (const facet of FACETS)
      for (const x of v[facet]) out[facet].set(x, (out[facet].get(x) ?? 0) + 1);
  return out;
}
