/**
 * Same-day groups: items known to lie on one calendar day (day precision, not approximate) with
 * no time and no `order` have no sourced sequence, so the timeline draws them as one group (a
 * column with a shared bracket) and the list under one heading, never as a sequence. Items that
 * only share an uncertain range (`between`, "about") are not known to share a day: each is drawn
 * as its own range in its own lane, and nothing calls them "same day". Pure.
 *
 *   sameDayKey(date)          the group a date belongs to, or null (a time, an `order`, a span,
 *                             a `between` range, an approximate day)
 *   sameDayGroups(items, …)   id → { key, index, size } for every group of two or more
 */
import type { DateSpec } from '../model/schema';

/** The group key of a date, or null when its date gives a sequence or is not one day. */
export function sameDayKey(date: DateSpec): string | null {
  if (date.order !== undefined) return null;
  // Written field by field, not `date.start`: a `between` date has no start.
  const d = date as { precision: string; start?: string; end?: string; partOfDay?: string };
  if (d.precision === 'day') {
    if (d.end !== undefined && d.end !== d.start) return null;
    // "About 5 October" twice is not known to be one day.
    if (date.approximate === true) return null;
    // A morning and an afternoon on one day are a sequence; two mornings are not.
    return `day:${d.start}:${d.partOfDay ?? ''}`;
  }
  // A `between` range says when an item may have been, not that two items shared a day.
  return null;
}

export interface SameDayMember {
  /** The group, shared by its members (band included: meetings and events group apart). */
  key: string;
  /** Place in the group's column; neutral (by label), since no source gives an order. */
  index: number;
  size: number;
}

/**
 * The same-day groups among `items`, each of at least two members of one band. Members are
 * ordered by their label (`labelOf`) with `compare`, which makes no claim about time.
 */
export function sameDayGroups<T extends { id: string; type: string; data: { date: DateSpec } }>(
  items: readonly T[],
  labelOf: (item: T) => string,
  compare: (a: string, b: string) => number = (a, b) => (a < b ? -1 : a > b ? 1 : 0),
): Map<string, SameDayMember> {
  const byKey = new Map<string, T[]>();
  for (const it of items) {
    const k = sameDayKey(it.data.date);
    if (k === null) continue;
    const key = `${it.type}|${k}`;
    const list = byKey.get(key);
    if (list) list.push(it);
    else byKey.set(key, [it]);
  }
  const out = new Map<string, SameDayMember>();
  for (const [key, list] of byKey) {
    if (list.length < 2) continue;
    const sorted = list
      .map((it) => ({ it, label: labelOf(it) }))
      .sort((a, b) => compare(a.label, b.label) || (a.it.id < b.it.id ? -1 : 1));
    sorted.forEach(({ it }, index) => out.set(it.id, { key, index, size: list.length }));
  }
  return out;
}

/** The cue drawn beside a same-day group: a bracket along its column, at its start edge. */
export interface SameDayBracket {
  key: string;
  /** Screen x of the bracket's spine; its ticks run `tick` px towards the marks. */
  x: number;
  tick: number;
  y0: number;
  y1: number;
}

/**
 * Brackets for the same-day groups among the drawn `marks`: one per group whose members all
 * stand in consecutive lanes (the layout placed it as a block). `start(m)` is a mark's start
 * edge on screen, `top(m)` its lane's top; the spine stands 4 px before the start edge.
 */
export function sameDayBrackets<
  M extends { id: string; group: string | null; groupSize: number; lane: number },
>(
  marks: readonly M[],
  start: (m: M) => number,
  top: (m: M) => number,
  dir: 'ltr' | 'rtl',
  laneHeight: (m: M) => number,
): SameDayBracket[] {
  const byKey = new Map<string, M[]>();
  for (const m of marks) {
    if (!m.group || m.groupSize < 2 || m.lane < 0) continue;
    const list = byKey.get(m.group);
    if (list) list.push(m);
    else byKey.set(m.group, [m]);
  }
  const sign = dir === 'rtl' ? -1 : 1;
  const out: SameDayBracket[] = [];
  for (const [key, list] of byKey) {
    if (list.length !== list[0]!.groupSize) continue;
    list.sort((a, b) => a.lane - b.lane);
    if (list.some((m, i) => m.lane !== list[0]!.lane + i)) continue;
    const first = list[0]!;
    const last = list[list.length - 1]!;
    out.push({
      key,
      x: start(first) - sign * 5,
      tick: sign * 3,
      y0: top(first) + 4,
      y1: top(last) + laneHeight(last) - 3,
    });
  }
  return out;
}

/** A row of the list view: an item, or the heading of a same-day group before its members. */
export type ListRow<V> =
  { kind: 'item'; v: V; inGroup: boolean } | { kind: 'group'; key: string; first: V; size: number };

/**
 * The list view's rows from items in time order: each same-day group under one heading, its
 * members together (in `compare` order of their titles) where its first member stands.
 */
export function listRows<V extends { id: string; sameDay: string | null; title: { text: string } }>(
  views: readonly V[],
  compare: (a: string, b: string) => number,
): ListRow<V>[] {
  const groups = new Map<string, V[]>();
  for (const v of views) {
    if (!v.sameDay) continue;
    const list = groups.get(v.sameDay);
    if (list) list.push(v);
    else groups.set(v.sameDay, [v]);
  }
  const out: ListRow<V>[] = [];
  const done = new Set<string>();
  for (const v of views) {
    const members = v.sameDay ? groups.get(v.sameDay)! : null;
    if (!members || members.length < 2) {
      out.push({ kind: 'item', v, inGroup: false });
      continue;
    }
    if (done.has(v.sameDay!)) continue;
    done.add(v.sameDay!);
    const sorted = [...members].sort((a, b) => compare(a.title.text, b.title.text));
    out.push({ kind: 'group', key: v.sameDay!, first: sorted[0]!, size: sorted.length });
    for (const m of sorted) out.push({ kind: 'item', v: m, inGroup: true });
  }
  return out;
}
