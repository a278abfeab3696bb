/**
 * A workbook (its tables) as the JSON of a visit, format version 2, with the place in the
 * workbook of every field it wrote (`origins`) and the mistakes the reading itself found:
 *
 *   readWorkbook(tables) → { json, origins, problems }
 *
 * The JSON is not trusted here: it goes through the one gate next (importSheet.ts). This
 * module only reads what the author wrote — sheets, headers, cells, names — and says so when
 * it cannot; what the format then requires is the gate's to say.
 */
import { formatPath } from '../model/errors';
import type { Table } from './cells';
import { matchSheet, readHeaders } from './headers';
import type { CellPlace, SheetProblem } from './problems';
import { readRows, type Ctx, type Rec } from './readRows';
import { resolveRefs } from './resolve';
import { SHEETS } from './sheets';
import { EMPTY_MARK, OWNER_COLLECTION, type SheetKey, type SheetSpec } from './spec';

export interface WorkbookRead {
  json: Rec;
  origins: Map<string, CellPlace>;
  problems: SheetProblem[];
}

type Key = string | number;

const slug = (s: string) =>
  s
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');

/** Ids for records the author gave none: from the English name, else the sheet and row. */
function giveIds(spec: SheetSpec, records: { record: Rec; row: number }[]) {
  const taken = new Set(records.map((r) => r.record.id).filter((id) => typeof id === 'string'));
  const text = spec.columns.find((c) => c.type === 'text')?.field;
  for (const { record, row } of records) {
    if (typeof record.id === 'string' && record.id !== '') continue;
    const named = text ? (record[text] as Record<string, string> | undefined) : undefined;
    let id = slug(named?.en ?? '') || `${spec.noun[0].replace(/\s+/g, '-')}-${row}`;
    for (let n = 2; taken.has(id); n++) id = `${id.replace(/-\d+$/, '')}-${n}`;
    taken.add(id);
    record.id = id;
  }
}

export function readWorkbook(tables: readonly Table[]): WorkbookRead {
  const ctx: Ctx = { problems: [], origins: new Map() };
  const found = new Map<SheetKey, Table>();
  for (const t of tables) {
    const m = matchSheet(t.name);
    if ('problem' in m) ctx.problems.push(m.problem);
    else if ('spec' in m && !found.has(m.spec.key)) found.set(m.spec.key, t);
  }
  for (const key of ['visit', 'countries'] as const)
    if (!found.has(key)) ctx.problems.push({ sheet: key, kind: 'no-sheet' });

  const json: Rec = { schemaVersion: 2 };
  const read = new Map<SheetKey, ReturnType<typeof readRows>>();
  const provenanceRows: Rec[] = [];
  for (const spec of SHEETS) {
    const table = found.get(spec.key);
    if (!table) continue;
    const columns = readHeaders(spec, table.rows[0] ?? [], ctx.problems);
    const base = (i: number): Key[] =>
      spec.key === 'visit'
        ? []
        : spec.key === 'countries' || spec.key === 'confidence'
          ? [`${spec.key}:${i}`]
          : [spec.collection, i];
    const rows = readRows(spec, table.rows, columns, base, ctx);
    read.set(spec.key, rows);
    if (spec.key === 'visit') continue;
    if (spec.key === 'confidence') provenanceRows.push(...rows.records.map((r) => r.record));
    if (spec.key !== 'countries' && spec.key !== 'confidence') {
      if (spec.columns.some((c) => c.type === 'id')) giveIds(spec, rows.records);
      json[spec.collection] = rows.records.map((r) => r.record);
    }
  }
  for (const c of ['places', 'sources', 'organizations', 'people', 'topics', 'meetings'])
    json[c] ??= [];

  const visit = read.get('visit');
  if (visit) {
    if (visit.records.length !== 1)
      ctx.problems.push({
        sheet: 'visit',
        row: visit.records[1]?.row ?? 2,
        kind: 'one-row',
        found: visit.records.length,
      });
    const first = visit.records[0]?.record ?? {};
    if (typeof first.id !== 'string')
      first.id = slug(String((first.title as Rec | undefined)?.en ?? '')) || 'visit';
    for (const [k, v] of Object.entries(first)) json[k] = v;
  }
  countries(json, read.get('countries'), ctx);
  resolveRefs(json, read, ctx);
  provenance(json, read.get('confidence'), ctx);
  return { json: topFirst(json), origins: ctx.origins, problems: ctx.problems };
}

/** The visit's own fields first, then the countries, then the collections: as a person reads it. */
function topFirst(json: Rec): Rec {
  const head = [
    'schemaVersion',
    '$schema',
    'id',
    'title',
    'summary',
    'languages',
    'guest',
    'hosts',
    'others',
    'dates',
  ];
  const out: Rec = {};
  for (const k of head) if (k in json) out[k] = json[k];
  return Object.assign(out, json);
}

/** The Countries sheet: the one guest, the hosts in order, the others. */
function countries(json: Rec, rows: ReturnType<typeof readRows> | undefined, ctx: Ctx) {
  if (!rows) return;
  const by = (side: string) => rows.records.filter((r) => r.record.side === side);
  const guests = by('guest');
  const move = (from: number, to: Key[]) => {
    for (const [path, place] of [...ctx.origins]) {
      const head = formatPath([`countries:${from}`]);
      if (path === head || path.startsWith(`${head}.`))
        ctx.origins.set(formatPath(to) + path.slice(head.length), place);
    }
  };
  const strip = ({ side: _side, ...rest }: Rec) => rest;
  const index = (r: { row: number }) => rows.records.findIndex((x) => x.row === r.row);
  if (guests.length !== 1)
    ctx.problems.push({
      sheet: 'countries',
      row: guests[1]?.row,
      kind: 'one-guest',
      found: guests.length,
    });
  if (guests[0]) {
    json.guest = strip(guests[0].record);
    move(index(guests[0]), ['guest']);
  }
  json.hosts = by('host').map((r, i) => (move(index(r), ['hosts', i]), strip(r.record)));
  // "—" as an other country's code: the file lists no other country, as `"others": []`.
  const marked = by('other').filter((r) => r.record.code === EMPTY_MARK);
  const others = by('other').filter((r) => r.record.code !== EMPTY_MARK);
  if (others.length || marked.length)
    json.others = others.map((r, i) => (move(index(r), ['others', i]), strip(r.record)));
  ctx.origins.set('guest', { sheet: 'countries' });
  ctx.origins.set('hosts', { sheet: 'countries' });
}

/** The Confidence sheet's rows, appended to their records' `provenance`, in order. */
function provenance(json: Rec, rows: ReturnType<typeof readRows> | undefined, ctx: Ctx) {
  if (!rows) return;
  rows.records.forEach(({ record, row }, i) => {
    const owner = record.owner as keyof typeof OWNER_COLLECTION | undefined;
    const target = record.target as Rec | undefined;
    if (!owner || !target) return;
    const collection = OWNER_COLLECTION[owner];
    const list = (target.provenance ??= []) as Rec[];
    const at = (json[collection] as Rec[]).indexOf(target);
    const head = formatPath([`confidence:${i}`]);
    if (record.field === '—' && record.confidence === undefined) return; // an empty list
    const to = formatPath([collection, at, 'provenance', list.length]);
    for (const [path, place] of [...ctx.origins])
      if (path === head || path.startsWith(`${head}.`))
        ctx.origins.set(to + path.slice(head.length), place);
    ctx.origins.set(to, { sheet: 'confidence', row });
    const { owner: _o, record: _r, target: _t, ...entry } = record;
    list.push(entry);
  });
}
