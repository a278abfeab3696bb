/**
 * Which values of a filter facet the panel draws. A facet of the largest legal file has some
 * 20,000 people and 10,000 organizations: a checkbox for each froze the page for seconds, and
 * no reader scrolls such a list. So a facet draws its `limit` most frequent values (the order
 * it is given), every selected value wherever it is (so it can be unchecked), and, once the
 * reader types, the values whose label matches (spelling-tolerant, `normalizeForSearch`).
 */
import { normalizeForSearch } from '../search/arabicSearch';

export interface FacetValue {
  id: string;
  label: string;
  lang: string;
  count: number;
}

/** Values drawn per facet before the reader narrows them by typing. */
export const FACET_LIMIT = 50;

export interface ShownValues {
  values: FacetValue[];
  /** How many values that match are not drawn. */
  hidden: number;
}

/** The folded label of each value, computed once per value and kept. */
export function searchKeys(): (v: FacetValue) => string {
  const keys = new Map<string, string>();
  return (v) => {
    let k = keys.get(v.id);
    if (k === undefined) keys.set(v.id, (k = normalizeForSearch(v.label)));
    return k;
  };
}

/**
 * The values to draw, in the order of `sorted`: the first `limit` that match `query` (all of
 * them when it is empty), and every value in `selected`.
 */
export function shownValues(
  sorted: readonly FacetValue[],
  options: {
    selected: ReadonlySet<string>;
    query: string;
    key: (v: FacetValue) => string;
    limit?: number;
  },
): ShownValues {
  const { selected, key, limit = FACET_LIMIT } = options;
  const q = options.query.trim() ? normalizeForSearch(options.query) : '';
  const values: FacetValue[] = [];
  let matched = 0;
  let drawn = 0;
  for (const v of sorted) {
    const match = !q || key(v).includes(q);
    if (match) matched++;
    if (match && drawn < limit) {
      drawn++;
      values.push(v);
    } else if (selected.has(v.id)) {
      values.push(v);
      if (match) drawn++;
    }
  }
  return { values, hidden: matched - drawn };
}
