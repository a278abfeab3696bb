/**
 * The parts of a visit file that have the right shape, for the semantic checks of a file whose
 * shape is not valid everywhere: so that one pass reports a day 32 in one meeting and a dangling
 * reference in another together with a misspelt field in a third.
 *
 * Each record of each collection is checked on its own against its schema. A record that passes
 * is kept as it is; one that fails becomes an inert stand-in that keeps only its position, its id
 * (when the id itself is valid, so that references to it still resolve and duplicates still show)
 * and its side (when valid): no references, no dates, no text, so no check reports anything about
 * it. The checks skip the sides of stand-ins (`isStandIn`). A top-level field with the wrong shape
 * is left out (the visit's `dates` becomes an unknown date), and a collection that is not an array,
 * or is over its limit, is read as empty. Bounded like the gate: each record is checked with
 * valibot's `is` (which stops at its first issue), on at most each collection's limit of records.
 */
import * as v from 'valibot';
import { isRecordLike } from './precheck';
import { DateSpec, Id, Side, VisitSchema, type Visit } from './schema';

const COLLECTIONS = [
  'places',
  'sources',
  'organizations',
  'people',
  'topics',
  'meetings',
  'events',
  'figures',
] as const;

type Entries = Readonly<Record<string, v.GenericSchema>>;
const entries = VisitSchema.entries as unknown as Entries;

/** The item schema and the limit of a top-level collection (`v.pipe(v.array(item), maxLength)`). */
function collectionSchema(name: string): { item: v.GenericSchema; max: number } | null {
  let node = entries[name] as unknown as {
    type: string;
    wrapped?: unknown;
    item?: v.GenericSchema;
    pipe?: readonly { type: string; requirement?: unknown }[];
  };
  if (node.type === 'optional') node = node.wrapped as typeof node;
  const max = node.pipe?.find((a) => a.type === 'max_length')?.requirement;
  return node.item && typeof max === 'number' ? { item: node.item, max } : null;
}

export interface PartialVisit {
  visit: Visit;
  /** The stand-ins of records that failed their schema. */
  standIns: ReadonlySet<object>;
  /**
   * Collections whose ids are not all known (not an array, over its limit, or a record without
   * a valid id): a reference into one cannot be judged, and is not checked.
   */
  opaque: ReadonlySet<string>;
}

const UNKNOWN_DATE = { precision: 'unknown', order: 0 } as const;

const own = (x: unknown, k: string): unknown =>
  isRecordLike(x) ? (Object.getOwnPropertyDescriptor(x, k)?.value as unknown) : undefined;

/** A record's stand-in: inert fields only. `#` is not allowed in an id, so nothing refers to it. */
function standIn(name: (typeof COLLECTIONS)[number], raw: unknown, i: number): object {
  const id = own(raw, 'id');
  const side = own(raw, 'side');
  const sided = v.is(Side, side) ? { side } : {};
  const key = v.is(Id, id) ? id : `#${name}[${i}]`;
  switch (name) {
    case 'meetings':
      return { id: key, participants: { guest: [], host: [] }, date: UNKNOWN_DATE, sources: [] };
    case 'events':
      return { id: key, date: UNKNOWN_DATE, sources: [] };
    case 'figures':
      return { id: key, subject: { type: 'meeting' }, sources: [] };
    default:
      return { id: key, ...sided };
  }
}

/** The parts of `json` (a record) with the right shape, as a visit the semantic checks can read. */
export function partialVisit(json: Record<string, unknown>): PartialVisit {
  const standIns = new Set<object>();
  const opaque = new Set<string>();
  const out: Record<string, unknown> = {};
  for (const [key, schema] of Object.entries(entries)) {
    if ((COLLECTIONS as readonly string[]).includes(key)) continue;
    if (v.is(schema, json[key])) out[key] = json[key];
  }
  if (out.dates === undefined) out.dates = v.is(DateSpec, json.dates) ? json.dates : UNKNOWN_DATE;
  for (const name of COLLECTIONS) {
    const raw = json[name];
    const schema = collectionSchema(name);
    if (!Array.isArray(raw) || !schema || raw.length > schema.max) {
      out[name] = [];
      // An optional collection left out has no ids, and that is known.
      if (raw !== undefined || !(name === 'events' || name === 'figures')) opaque.add(name);
      continue;
    }
    out[name] = raw.map((item: unknown, i) => {
      if (v.is(schema.item, item)) return item;
      const s = standIn(name, item, i);
      if (!v.is(Id, own(item, 'id'))) opaque.add(name);
      standIns.add(s);
      return s;
    });
  }
  return { visit: out as unknown as Visit, standIns, opaque };
}
