/**
 * The URL state and the live ViewState, in both directions, plus the check against a loaded
 * visit: an id in a link that the visit does not have is dropped, never shown as a broken
 * selection.
 */
import type { VisitIndex } from '../model/derive';
import type { Selection, ViewState } from '../state/view.svelte';
import type { Filters, UrlState } from './params';

/** What the reader sees now, as URL state. Reading it inside an effect tracks every field. */
export function stateFromView(view: ViewState, data: string | null): UrlState {
  return {
    view: view.view,
    lang: view.lang,
    digits: view.digits,
    calendar: view.calendar,
    theme: view.theme,
    selection: view.selection ? { ...view.selection } : null,
    filters: {
      topics: [...view.topics],
      organizations: [...view.organizations],
      people: [...view.people],
      sides: [...view.sides],
      kinds: [...view.kinds] as Filters['kinds'],
    },
    range: view.visibleRange ? [view.visibleRange[0], view.visibleRange[1]] : null,
    data,
  };
}

/** Puts URL state into the view, touching only what differs (so effects do not re-run). */
export function applyToView(view: ViewState, state: UrlState) {
  view.setView(state.view);
  view.setLang(state.lang);
  view.setDigits(state.digits);
  view.setCalendar(state.calendar);
  view.setTheme(state.theme);
  view.select(state.selection);
  for (const facet of ['topics', 'organizations', 'people', 'sides', 'kinds'] as const)
    view.setFilter(facet, state.filters[facet]);
  view.setRange(state.range, { by: 'url' });
}

/** Whether the visit has this item. */
export function hasItem(index: VisitIndex, sel: Selection): boolean {
  switch (sel.type) {
    case 'meeting':
      return index.meetings.has(sel.id);
    case 'event':
      return index.events.has(sel.id);
    case 'person':
      return index.people.has(sel.id);
    case 'organization':
      return index.organizations.has(sel.id);
  }
}

/** The state with every id the visit does not have removed. */
export function pruneToIndex<T extends UrlState>(state: T, index: VisitIndex): T {
  const topics = new Set((index.visit.topics ?? []).map((t) => t.id));
  const filters: Filters = {
    topics: state.filters.topics.filter((id) => topics.has(id)),
    organizations: state.filters.organizations.filter((id) => index.organizations.has(id)),
    people: state.filters.people.filter((id) => index.people.has(id)),
    sides: state.filters.sides,
    // Kinds are a closed list (params.ts keeps only known ones): none is a broken link.
    kinds: state.filters.kinds,
  };
  const selection = state.selection && hasItem(index, state.selection) ? state.selection : null;
  return { ...state, selection, filters };
}
