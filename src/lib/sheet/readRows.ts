/**
 * One sheet's rows as records: each cell read by its column's type into the record's field,
 * with the place of every field kept (`origins`, JSON path → sheet, row, column) so that the
 * gate's errors on the visit can be shown where the author wrote the value. References are
 * only collected here; they are resolved once every sheet is read (read.ts).
 */
import { formatPath } from '../model/errors';
import { nearest } from '../model/suggest';
import { cellList, cellNumber, cellText, cellWord, cellYesNo, isBlank, type Cell } from './cells';
import { readDate, type Precision } from './dates';
import type { ColumnRef } from './headers';
import type { CellPlace, SheetProblem } from './problems';
import { EMPTY_MARK, type SheetSpec, type Target } from './spec';

export type Rec = Record<string, unknown>;
type Key = string | number;

/** A reference waiting for every sheet to be read. */
export interface PendingRef {
  record: Rec;
  /** Where it goes inside the record, e.g. `participants.guest`. */
  field: string;
  target: Target | 'subject';
  words: string[];
  list: boolean;
  place: CellPlace;
  /** The JSON path of the field, for origins of list items. */
  path: Key[];
}

export interface RowsRead {
  records: { record: Rec; row: number }[];
  refs: PendingRef[];
}

export interface Ctx {
  problems: SheetProblem[];
  origins: Map<string, CellPlace>;
}

const setIn = (rec: Rec, field: string, value: unknown) => {
  const keys = field.split('.');
  let o = rec;
  for (const k of keys.slice(0, -1)) o = (o[k] ??= {}) as Rec;
  o[keys[keys.length - 1]!] = value;
};

const word = (s: string) => s.toLowerCase().replace(/[\s_]+/g, '-');

/** A closed vocabulary's value, or a problem. */
function vocab(c: Cell, values: readonly string[], place: CellPlace, ctx: Ctx): string | undefined {
  const w = cellWord(c);
  if (w === '') return undefined;
  const v = values.find((x) => x === word(w));
  if (v) return v;
  const suggestion = nearest(w, values);
  ctx.problems.push({
    ...place,
    kind: 'vocab',
    found: w,
    values,
    ...(suggestion ? { suggestion } : {}),
  });
  return undefined;
}

/**
 * Reads rows 2… of a sheet. `base(i)`: the JSON path of the i-th record read (`people[3]`).
 */
export function readRows(
  spec: SheetSpec,
  rows: readonly (readonly Cell[])[],
  columns: readonly (ColumnRef | null)[],
  base: (i: number) => Key[],
  ctx: Ctx,
): RowsRead {
  const out: RowsRead = { records: [], refs: [] };
  rows.forEach((cells, r) => {
    if (r === 0 || cells.every(isBlank)) return;
    const row = r + 1;
    const record: Rec = {};
    const at = base(out.records.length);
    ctx.origins.set(formatPath(at), { sheet: spec.key, row });
    const dates = new Map<
      string,
      { parts: Map<string, Cell>; place: (k: string) => CellPlace; lang: Map<string, string> }
    >();
    columns.forEach((ref, i) => {
      if (!ref) return;
      const c = cells[i];
      const { column } = ref;
      const place: CellPlace = { sheet: spec.key, row, column: ref.header };
      const path = [...at, ...column.field.split('.')];
      if (column.type === 'date') {
        const d = dates.get(column.field) ?? {
          parts: new Map(),
          place: () => place,
          lang: new Map(),
        };
        dates.set(column.field, d);
        const key = ref.part === 'note' ? `note:${ref.lang}` : ref.part!;
        d.parts.set(key, c);
        const prev = d.place;
        d.place = (k) => (k === key ? place : prev(k));
        const sub =
          ref.part === 'date' ? [] : ref.part === 'note' ? ['note', ref.lang!] : [ref.part!];
        ctx.origins.set(formatPath([...path, ...sub]), place);
        if (ref.part === 'date') {
          ctx.origins.set(formatPath(path), place);
          for (const k of ['start', 'end', 'earliest', 'latest'])
            ctx.origins.set(formatPath([...path, k]), place);
        }
        return;
      }
      ctx.origins.set(formatPath(ref.lang ? [...path, ref.lang] : path), place);
      if (ref.lang) ctx.origins.set(formatPath(path), ctx.origins.get(formatPath(path)) ?? place);
      if (isBlank(c) && column.type !== 'refs') return;
      switch (column.type) {
        case 'id':
        case 'code':
          setIn(record, column.field, cellWord(c));
          return;
        case 'string':
          setIn(record, column.field, cellText(c).trim());
          return;
        case 'day': {
          const d = readDate(cellText(c));
          if (d.ok && d.date.precision === 'day' && !d.date.end)
            setIn(record, column.field, d.date.start);
          else
            ctx.problems.push({
              ...place,
              kind: 'date',
              found: cellText(c),
              expected: ['2022-10-04'],
            });
          return;
        }
        case 'text': {
          const keys = [...column.field.split('.'), ref.lang!];
          let o = record;
          for (const k of keys.slice(0, -1)) o = (o[k] ??= {}) as Rec;
          o[ref.lang!] = cellText(c);
          return;
        }
        case 'vocab': {
          const v = vocab(c, column.values, place, ctx);
          if (v !== undefined) setIn(record, column.field, v);
          return;
        }
        case 'number': {
          const n = cellNumber(c);
          if (n === null) ctx.problems.push({ ...place, kind: 'number', found: cellText(c) });
          else setIn(record, column.field, n);
          return;
        }
        case 'languages': {
          const list = cellList(c);
          if (list)
            setIn(record, column.field, list.flatMap((l) => l.split(/[\s,،]+/)).filter(Boolean));
          return;
        }
        case 'ref':
        case 'refs': {
          const list = column.type === 'refs' ? cellList(c) : isBlank(c) ? null : [cellWord(c)];
          if (list === null) {
            if (column.type === 'refs' && column.required) setIn(record, column.field, []);
            return;
          }
          if (column.type === 'ref' && list[0] === EMPTY_MARK) {
            // A location with neither place nor venue, as a file may have it.
            const parent = column.field.split('.').slice(0, -1).join('.');
            if (parent) setIn(record, parent, (record[parent] as Rec | undefined) ?? {});
            return;
          }
          out.refs.push({
            record,
            field: column.field,
            target: column.target,
            words: list,
            list: column.type === 'refs',
            place,
            path,
          });
          return;
        }
      }
    });
    for (const [field, d] of dates)
      readDateParts(record, field, d.parts, d.place, ctx, out, [...at, field]);
    out.records.push({ record, row });
  });
  return out;
}

/** The date columns of one record as a date (DateSpec), or nothing when all are blank. */
function readDateParts(
  record: Rec,
  field: string,
  parts: Map<string, Cell>,
  place: (k: string) => CellPlace,
  ctx: Ctx,
  out: RowsRead,
  path: Key[],
) {
  if ([...parts.values()].every(isBlank)) return;
  const date: Rec = {};
  const precisionCell = parts.get('precision');
  let precision: Precision | undefined;
  if (!isBlank(precisionCell)) {
    precision = vocab(
      precisionCell,
      ['time', 'day', 'between', 'month', 'year', 'unknown'],
      place('precision'),
      ctx,
    ) as Precision | undefined;
    if (precision === undefined) return;
  }
  const text = cellText(parts.get('date'));
  const d = readDate(text, precision);
  if (!d.ok) {
    ctx.problems.push({ ...place('date'), kind: 'date', found: text, expected: d.expected });
    return;
  }
  Object.assign(date, d.date);
  const zone = cellWord(parts.get('timeZone'));
  if (zone) date.timeZone = zone;
  const pod = parts.get('partOfDay');
  if (!isBlank(pod)) {
    const v = vocab(pod, ['morning', 'afternoon', 'evening'], place('partOfDay'), ctx);
    if (v) date.partOfDay = v;
  }
  const approx = cellYesNo(parts.get('approximate'));
  if (approx === null)
    ctx.problems.push({
      ...place('approximate'),
      kind: 'yes-no',
      found: cellText(parts.get('approximate')),
    });
  else if (approx !== undefined) date.approximate = approx;
  const orderCell = parts.get('order');
  if (!isBlank(orderCell)) {
    const n = cellNumber(orderCell);
    if (n === null)
      ctx.problems.push({ ...place('order'), kind: 'number', found: cellText(orderCell) });
    else date.order = n;
  }
  for (const [k, c] of parts) {
    if (k.startsWith('note:') && !isBlank(c)) ((date.note ??= {}) as Rec)[k.slice(5)] = cellText(c);
  }
  const sources = cellList(parts.get('sources'));
  if (sources)
    out.refs.push({
      record: date,
      field: 'sources',
      target: 'sources',
      words: sources,
      list: true,
      place: place('sources'),
      path: [...path, 'sources'],
    });
  record[field] = date;
}
