/**
 * The parts of a visit file that have the right shape, for the semantic checks of a file whose
 * shape is not valid everywhere: so that one pass reports a day 32 in one meeting and a dangling
 * reference in another together with a misspelt field in a third.
 *
 * Each record of each collection is checked on its own against its schema. A record that passes
 * is kept as it is; one that fails becomes a stand-in at its position that keeps each of its
 * fields that passes its own schema (its id, so that references to it still resolve and
 * duplicates still show; its dates, references and texts, so that they are checked too) and
 * inert values for the others. The checks compare sides only where both sides are known. A top-level field with the wrong shape
 * is left out (the visit's `dates` becomes an unknown date), and a collection that is not an array,
 * or is over its limit, is read as empty. Bounded like the gate: which records failed is read
 * from the shape errors' paths, and only their fields are checked again (valibot's `is`, which
 * stops at its first issue).
 */
import * as v from 'valibot';
import { isRecordLike } from './precheck';
import { parsePath } from './errors';
import { Id, type Visit, type VisitV1 } from './schema';
import { schemaOf, type FormatVersion } from './version';

const COLLECTIONS = [
  'places',
  'sources',
  'organizations',
  'people',
  'topics',
  'meetings',
  'events',
  'figures',
  'itinerary',
] as const;
/** Collections a file may leave out. */
const OPTIONAL = new Set<string>(['events', 'figures', 'itinerary']);

type Entries = Readonly<Record<string, v.GenericSchema>>;

/** The item schema and the limit of a top-level collection (`v.pipe(v.array(item), maxLength)`). */
function collectionSchema(
  entries: Entries,
  name: string,
): { item: v.GenericSchema; max: number } | null {
  if (!(name in entries)) return null;
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

export interface PartialVisit<V = Visit> {
  visit: V;
  /** The stand-ins of records that failed their schema. */
  standIns: ReadonlySet<object>;
  /**
   * Collections whose ids are not all known (not an array, over its limit, or a record without
   * a valid id): a reference into one cannot be judged, and is not checked. Also the top-level
   * fields whose shape failed (`guest`, `hosts`, …): what they say is not known.
   */
  opaque: ReadonlySet<string>;
}

const UNKNOWN_DATE = { precision: 'unknown', order: 0 } as const;

const own = (x: unknown, k: string): unknown =>
  isRecordLike(x) ? (Object.getOwnPropertyDescriptor(x, k)?.value as unknown) : undefined;

/**
 * A record's stand-in: each of its fields that passes its own schema, and inert values for the
 * required ones that do not (no references, an unknown date). `#` is not allowed in an id, so
 * nothing refers to a stand-in whose id is not valid.
 */
function standIn(
  name: (typeof COLLECTIONS)[number],
  schema: v.GenericSchema,
  raw: unknown,
  i: number,
): object {
  const id = own(raw, 'id');
  const fields: Record<string, unknown> = {};
  const fieldSchemas = (schema as unknown as { entries?: Entries }).entries ?? {};
  if (isRecordLike(raw)) {
    for (const [k, s] of Object.entries(fieldSchemas)) {
      const value = own(raw, k);
      if (value !== undefined && v.is(s, value)) fields[k] = value;
    }
  }
  const inert: Record<string, unknown> =
    name === 'meetings'
      ? { participants: { guest: [], host: [] }, date: UNKNOWN_DATE, sources: [] }
      : name === 'events'
        ? { date: UNKNOWN_DATE, sources: [] }
        : name === 'figures'
          ? { subject: { type: 'meeting' }, sources: [] }
          : name === 'itinerary'
            ? { dates: UNKNOWN_DATE }
            : {};
  return { ...inert, ...fields, id: v.is(Id, id) ? id : `#${name}[${i}]` };
}

/**
 * The parts of `json` (a record) with the right shape, as a visit the semantic checks can read.
 * `failed`: the paths of every shape error (the schema ran to its end): a record fails when an
 * error lies inside it, and only those are read again.
 */
export function partialVisit(
  json: Record<string, unknown>,
  failed: readonly string[],
  version: FormatVersion = 2,
): PartialVisit<Visit | VisitV1> {
  const entries = schemaOf(version).entries as unknown as Entries;
  const bad = new Set<string>();
  for (const path of failed) {
    const keys = parsePath(path);
    if (keys.length > 0) bad.add(String(keys[0]));
    if (keys.length > 1) bad.add(`${String(keys[0])}[${String(keys[1])}]`);
  }
  const standIns = new Set<object>();
  const opaque = new Set<string>();
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(entries)) {
    if ((COLLECTIONS as readonly string[]).includes(key)) continue;
    const value = own(json, key);
    if (!bad.has(key) && value !== undefined) out[key] = value;
    // A side whose countries failed their shape: its records' countries cannot be judged.
    else if (bad.has(key)) opaque.add(key);
  }
  if (out.dates === undefined) out.dates = UNKNOWN_DATE;
  for (const name of COLLECTIONS) {
    const raw = own(json, name);
    if (!(name in entries)) continue;
    const schema = collectionSchema(entries, name);
    if (!Array.isArray(raw) || !schema || raw.length > schema.max) {
      out[name] = [];
      // An optional collection left out has no ids, and that is known.
      if (raw !== undefined || !OPTIONAL.has(name)) opaque.add(name);
      continue;
    }
    out[name] = raw.map((item: unknown, i) => {
      if (!bad.has(`${name}[${i}]`)) return item;
      const s = standIn(name, schema.item, item, i);
      if (!v.is(Id, own(item, 'id'))) opaque.add(name);
      standIns.add(s);
      return s;
    });
  }
  return { visit: out as unknown as Visit | VisitV1, standIns, opaque };
}
