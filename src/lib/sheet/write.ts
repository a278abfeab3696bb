/**
 * A visit (format version 2, as the gate gives it) as the tables of a workbook, the way an
 * editor would fill the template: names where a name says which record is meant, ids where it
 * would not, dates as people write them. The reader (read.ts) turns these tables back into the
 * same visit: nothing is lost (tests/unit/sheet-roundtrip.test.ts).
 *
 *   visitTables(visit) → { tables, layouts }   (layouts: each sheet's columns, for styling)
 */
import type { Cell, Table } from './cells';
import { writeDate, type DateText } from './dates';
import { headerOf, type ColumnRef } from './headers';
import type { Rec } from './readRows';
import { namesOf, resolverFor } from './resolve';
import type { Resolver } from './refs';
import { SHEETS } from './sheets';
import {
  DATE_PARTS,
  EMPTY_MARK,
  OWNER_COLLECTION,
  tabName,
  type ColumnSpec,
  type SheetSpec,
  type Target,
} from './spec';

export interface SheetLayout {
  spec: SheetSpec;
  columns: ColumnRef[];
}

const getIn = (r: Rec, field: string): unknown =>
  field
    .split('.')
    .reduce<unknown>((o, k) => (o && typeof o === 'object' ? (o as Rec)[k] : undefined), r);

const FIRST = ['ar', 'en'];

/** The languages a text field has across `records`: Arabic and English first, then the rest. */
function languagesOf(records: Rec[], field: string): string[] {
  const seen = new Set(FIRST);
  for (const r of records) {
    const t = getIn(r, field);
    if (t && typeof t === 'object') for (const l of Object.keys(t)) seen.add(l);
  }
  return [...seen];
}

/** The records a sheet holds. */
function recordsOf(spec: SheetSpec, v: Rec): Rec[] | null {
  switch (spec.key) {
    case 'visit':
      return [v];
    case 'countries':
      return [
        ...(v.guest ? [{ ...(v.guest as Rec), side: 'guest' }] : []),
        ...((v.hosts as Rec[] | undefined) ?? []).map((c) => ({ ...c, side: 'host' })),
        ...((v.others as Rec[] | undefined) ?? []).map((c) => ({ ...c, side: 'other' })),
        // An empty list of other countries, kept as the file has it.
        ...((v.others as Rec[] | undefined)?.length === 0
          ? [{ side: 'other', code: EMPTY_MARK }]
          : []),
      ];
    case 'confidence':
      return provenanceRows(v);
    default: {
      const list = v[spec.collection];
      return Array.isArray(list) ? (list as Rec[]) : null;
    }
  }
}

/** One row per provenance entry, grouped by sheet and record; `—` for an empty list. */
function provenanceRows(v: Rec): Rec[] {
  const rows: Rec[] = [];
  for (const [owner, collection] of Object.entries(OWNER_COLLECTION)) {
    const target = collection as Target;
    for (const r of (v[collection] as Rec[] | undefined) ?? []) {
      const list = r.provenance as Rec[] | undefined;
      if (!list) continue;
      const record = { id: r.id as string, names: namesOf(target, r), target };
      if (list.length === 0) rows.push({ owner, record, field: EMPTY_MARK });
      for (const p of list) rows.push({ ...p, owner, record });
    }
  }
  return rows;
}

function layoutOf(spec: SheetSpec, records: Rec[]): ColumnRef[] {
  const out: ColumnRef[] = [];
  const add = (ref: Omit<ColumnRef, 'header'>) => out.push({ ...ref, header: headerOf(ref) });
  for (const column of spec.columns) {
    if (column.type === 'text') {
      for (const lang of languagesOf(records, column.field)) add({ column, lang });
    } else if (column.type === 'date') {
      add({ column, part: 'date' });
      for (const p of DATE_PARTS) {
        if (p.key !== 'note') add({ column, part: p.key });
        else
          for (const lang of languagesOf(records, `${column.field}.note`))
            add({ column, part: 'note', lang });
      }
    } else add({ column });
  }
  return out;
}

type Refs = (target: Target) => Resolver;

function refText(
  target: Target | 'subject',
  id: unknown,
  visit: Rec,
  refs: Refs,
  record: Rec,
): string {
  if (typeof id !== 'string') return '';
  const t: Target | undefined =
    target === 'subject'
      ? ({ organization: 'organizations', meeting: 'meetings', event: 'events' } as const)[
          String((record.subject as Rec | undefined)?.type) as 'event'
        ]
      : target;
  // Sources by their short id: a title is long, and often in one language only.
  if (!t || t === 'sources') return id;
  const list = t === 'countries' ? [] : ((visit[t] as Rec[] | undefined) ?? []);
  const found = t === 'countries' ? undefined : list.find((r) => r.id === id);
  return refs(t).writeRef(id, found ? namesOf(t, found) : []);
}

function cellOf(ref: ColumnRef, r: Rec, visit: Rec, refs: Refs): Cell {
  const { column } = ref;
  if (column.type === 'date')
    return dateCell(ref, getIn(r, column.field) as Rec | undefined, visit, refs, r);
  const value = getIn(r, column.field);
  switch (column.type) {
    case 'text':
      return (value as Record<string, string> | undefined)?.[ref.lang!] ?? null;
    case 'number':
      return typeof value === 'number' ? value : null;
    case 'languages':
      return Array.isArray(value) ? (value.length ? value.join(', ') : EMPTY_MARK) : null;
    case 'ref': {
      if (
        column.key === 'place' &&
        column.field === 'location.place' &&
        r.location &&
        !getIn(r, 'location.place') &&
        !getIn(r, 'location.venue')
      )
        return EMPTY_MARK;
      if (value === undefined) return null;
      return refText(column.target, value, visit, refs, r) || null;
    }
    case 'refs':
      return listCell(value, column, visit, refs, r);
    default:
      if (column.key === 'record') {
        const rec = r.record as { id: string; names: string[]; target: Target };
        return refs(rec.target).writeRef(rec.id, rec.names);
      }
      return typeof value === 'string' ? value : null;
  }
}

function listCell(
  value: unknown,
  column: ColumnSpec & { type: 'refs' },
  visit: Rec,
  refs: Refs,
  r: Rec,
): Cell {
  if (!Array.isArray(value)) return null;
  if (value.length === 0) return column.required ? null : EMPTY_MARK;
  return value.map((id) => refText(column.target, id, visit, refs, r)).join('; ');
}

function dateCell(ref: ColumnRef, d: Rec | undefined, visit: Rec, refs: Refs, r: Rec): Cell {
  if (!d) return null;
  switch (ref.part) {
    case 'date':
      return writeDate(d as unknown as DateText);
    case 'precision':
      return d.precision as string;
    case 'timeZone':
    case 'partOfDay':
      return (d[ref.part] as string | undefined) ?? null;
    case 'approximate':
      return d.approximate === undefined ? null : d.approximate ? 'yes' : 'no';
    case 'order':
      return typeof d.order === 'number' ? d.order : null;
    case 'note':
      return (d.note as Record<string, string> | undefined)?.[ref.lang!] ?? null;
    case 'sources':
      return listCell(
        d.sources,
        { ...ref.column, type: 'refs', target: 'sources' } as ColumnSpec & { type: 'refs' },
        visit,
        refs,
        r,
      );
  }
  return null;
}

/** Every sheet of the workbook for `visit`; an optional collection the visit lacks has no sheet. */
export function visitTables(visit: Rec): { tables: Table[]; layouts: SheetLayout[] } {
  const cache = new Map<Target, Resolver>();
  const refs: Refs = (t) => {
    let r = cache.get(t);
    if (!r) cache.set(t, (r = resolverFor(visit, t)));
    return r;
  };
  const tables: Table[] = [];
  const layouts: SheetLayout[] = [];
  for (const spec of SHEETS) {
    const records = recordsOf(spec, visit);
    if (!records) continue;
    const columns = layoutOf(spec, records);
    tables.push({
      name: tabName(spec),
      rows: [
        columns.map((c) => c.header),
        ...records.map((r) => columns.map((c) => cellOf(c, r, visit, refs))),
      ],
    });
    layouts.push({ spec, columns });
  }
  return { tables, layouts };
}
