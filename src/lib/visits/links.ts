/**
 * The address that shows another bundled visit, from the state of the page: language, digits,
 * calendar, theme and view are kept; what names things inside the visit shown now (selection,
 * filters, visible range) and `data=` are dropped, since they mean nothing in another visit.
 */
import { queryString, writeEmbedParams, type UrlState } from '../embed/params';
import { linkVisit } from './list';

export function visitQuery(state: UrlState, id: string): string {
  const q = writeEmbedParams({
    ...state,
    selection: null,
    filters: { topics: [], organizations: [], people: [], sides: [], kinds: [] },
    range: null,
    data: null,
    visit: linkVisit(id),
  });
  return queryString(q) || '?';
}

/**
 * A link's state with its `visit=`: the bundled visit asked for (none for the default one), or
 * none at all when the page shows a `data=` file.
 */
export function withVisit<T extends UrlState>(state: T, asked: string | null): T {
  return { ...state, visit: state.data ? null : linkVisit(asked) };
}
