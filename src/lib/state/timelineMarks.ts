/**
 * What the timeline marks, as pure functions of the filters and of the selection: the items
 * faded by the filters, the items linked to the selection, the selected item, and whether the
 * others step back. The org chart's counterpart is `orgMarks.ts`.
 */
import type { VisitIndex } from '../model/derive';
import { dateInterval, type Interval } from '../model/dates';
import type { ItemView } from '../i18n/itemWords';
import { matchesFilters, type Filters } from './filters';
import { relatedTo, type Selection } from './view.svelte';

/** Items the filters leave out: drawn faded. Recomputed only when the filters change. */
export function fadedByFilters(
  views: readonly ItemView[],
  filters: Partial<Filters>,
): ReadonlySet<string> {
  return new Set(views.filter((v) => !matchesFilters(v, filters)).map((v) => v.id));
}

export interface SelectionMarks {
  /** Meetings linked to the selection, and a selected event. */
  related: ReadonlySet<string>;
  /** The selected meeting or event. */
  selectedId: string | null;
  /** A person or organization is selected: items not linked to it step back. */
  dimOthers: boolean;
}

export function selectionMarks(index: VisitIndex, selection: Selection | null): SelectionMarks {
  const r = relatedTo(index, selection);
  const item = selection?.type === 'meeting' || selection?.type === 'event' ? selection.id : null;
  return {
    related: new Set([...r.meetings, ...(selection?.type === 'event' ? [selection.id] : [])]),
    selectedId: item,
    dimOthers: selection?.type === 'person' || selection?.type === 'organization',
  };
}

/** The visit on the time axis: its own dates and every meeting's span together. */
export function visitSpan(index: VisitIndex): Interval | null {
  const spans = [
    dateInterval(index.visit.dates),
    ...index.items.filter((i) => i.type === 'meeting').map((i) => i.interval),
  ].filter((x): x is Interval => x !== null);
  if (!spans.length) return null;
  let start = Infinity;
  let end = -Infinity;
  for (const s of spans) {
    start = Math.min(start, s.start);
    end = Math.max(end, s.end);
  }
  return { start, end };
}
