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
    theme: view.theme,
    selection: view.selection ? { ...view.selection } : null,
    filters: {
      topics: [...view.topics],
      organizations: [...view.organizations],
      people: [...view.people],
      sides: [...view.sides],
    },
    range: view.visibleRange ? [view.visibleRange[0], view.visibleRange[1]] : null,
    data,
  };
}

function replaceAll<T>(set: Set<T>, values: readonly T[]) {
  if (set.size === values.length && values.every((v) => set.has(v))) return;
  set.clear();
  for (const v of values) set.add(v);
}

/** Puts URL state into the view, touching only what differs (so effects do not re-run). */
export function applyToView(view: ViewState, state: UrlState) {
  if (view.view !== state.view) view.view = state.view;
  if (view.lang !== state.lang) view.lang = state.lang;
  if (view.digits !== state.digits) view.digits = state.digits;
  if (view.theme !== state.theme) view.theme = state.theme;
  const sel = view.selection;
  if (sel?.type !== state.selection?.type || sel?.id !== state.selection?.id) {
    view.select(state.selection);
  }
  replaceAll(view.topics, state.filters.topics);
  replaceAll(view.organizations, state.filters.organizations);
  replaceAll(view.people, state.filters.people);
  replaceAll(view.sides, state.filters.sides);
  const r = view.visibleRange;
  if (r?.[0] !== state.range?.[0] || r?.[1] !== state.range?.[1]) view.visibleRange = state.range;
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
  };
  const selection = state.selection && hasItem(index, state.selection) ? state.selection : null;
  return { ...state, selection, filters };
}
