/**
 * The visit data format, as a valibot schema. This is the single source of truth for the *shape*
 * of a visit file: the TypeScript types are inferred from it and `data/visit.schema.json` is
 * generated from it (`npm run schema`). Cross-references, unique ids, cycles and calendar
 * validity are checked afterwards by `parseVisit` (see `semantics.ts`), because JSON Schema
 * cannot express them.
 *
 * This module holds the records and the visit; the shared field schemas (ids, references,
 * multilingual text, sides) are in `fieldSchemas.ts`, dates in `dateSchema.ts` and size limits
 * in `limits.ts`, all re-exported from here.
 */
import * as v from 'valibot';
import { DAY_RE, DateSpec } from './dateSchema';
import { Confidence, Id, LANG_RE, LongText, Ref, Refs, ShortText, Side, str } from './fieldSchemas';
import { LIMITS } from './limits';

export { LIMITS } from './limits';
export { Confidence, Id, LongText, ShortText, Side } from './fieldSchemas';
export { DateSpec, type Precision } from './dateSchema';

/** Where a single field's value comes from, and how sure the sources are. */
export const Provenance = v.strictObject({
  field: str(100),
  confidence: Confidence,
  sources: v.optional(Refs),
  note: v.optional(LongText),
});
const provenance = v.optional(v.pipe(v.array(Provenance), v.maxLength(50)));

export const Country = v.strictObject({
  /** ISO 3166-1 alpha-2 code. */
  code: v.pipe(v.string(), v.regex(/^[A-Z]{2}$/, 'expected an ISO country code such as "AE"')),
  name: ShortText,
});

export const Place = v.strictObject({
  id: Id,
  name: ShortText,
  kind: v.picklist(['country', 'city', 'venue'], 'expected "country", "city" or "venue"'),
  country: v.optional(v.pipe(v.string(), v.regex(/^[A-Z]{2}$/, 'expected an ISO country code'))),
  parent: v.optional(Ref),
});

export const Source = v.strictObject({
  id: Id,
  publisher: ShortText,
  title: ShortText,
  url: v.optional(
    v.pipe(v.string(), v.maxLength(LIMITS.url), v.regex(/^https?:\/\//, 'expected an http(s) URL')),
  ),
  published: v.optional(v.pipe(v.string(), v.regex(DAY_RE, 'expected a day "YYYY-MM-DD"'))),
  language: v.pipe(v.string(), v.regex(LANG_RE, 'expected a language code')),
  /** `primary`: the article the dataset is built from; `corroborating`: checks or adds to it. */
  role: v.picklist(['primary', 'corroborating'], 'expected "primary" or "corroborating"'),
});

/** What an organization is (its `kind`). */
export const ORG_KINDS = [
  'head-of-state',
  'government',
  'office',
  'ministry',
  'committee',
  'city',
  'foundation',
  'embassy',
  'company',
  'other',
] as const;

export const Organization = v.strictObject({
  id: Id,
  name: ShortText,
  shortName: v.optional(ShortText),
  side: Side,
  parent: v.optional(Ref),
  level: v.picklist(
    ['head-of-state', 'national', 'local', 'affiliate', 'international'],
    'expected "head-of-state", "national", "local", "affiliate" or "international"',
  ),
  kind: v.picklist(
    ORG_KINDS,
    'expected an organization kind such as "ministry", "committee" or "city"',
  ),
  sources: v.optional(Refs),
  provenance,
});

export const Person = v.strictObject({
  id: Id,
  name: ShortText,
  title: ShortText,
  organization: v.optional(Ref),
  side: Side,
  role: v.picklist(
    ['head-of-delegation', 'delegation-member', 'ambassador', 'counterpart', 'official'],
    'expected "head-of-delegation", "delegation-member", "ambassador", "counterpart" or "official"',
  ),
  sources: v.optional(Refs),
  provenance,
});

export const Topic = v.strictObject({ id: Id, label: ShortText });

export const Location = v.strictObject({
  place: v.optional(Ref),
  venue: v.optional(ShortText),
});

export const Meeting = v.strictObject({
  id: Id,
  title: ShortText,
  summary: v.optional(LongText),
  date: DateSpec,
  participants: v.strictObject({ guest: Refs, host: Refs }),
  organizations: v.optional(Refs),
  location: v.optional(Location),
  topics: v.optional(Refs),
  sources: Refs,
  provenance,
});

export const ContextEvent = v.strictObject({
  id: Id,
  title: ShortText,
  summary: v.optional(LongText),
  date: DateSpec,
  kind: v.picklist(
    ['founding', 'appointment', 'strategy', 'milestone', 'follow-up', 'publication', 'other'],
    'expected an event kind such as "founding", "strategy", "follow-up" or "milestone"',
  ),
  people: v.optional(Refs),
  organizations: v.optional(Refs),
  location: v.optional(Location),
  topics: v.optional(Refs),
  sources: Refs,
  provenance,
});

export const Figure = v.strictObject({
  id: Id,
  value: v.pipe(v.number('expected a number'), v.finite()),
  label: ShortText,
  subject: v.strictObject({
    type: v.picklist(
      ['organization', 'meeting', 'event'],
      'expected "organization", "meeting" or "event"',
    ),
    id: Ref,
  }),
  sources: Refs,
});

const list = <T extends v.GenericSchema>(item: T, max: number) =>
  v.pipe(v.array(item, 'expected an array'), v.maxLength(max, `expected at most ${max} items`));

export const VisitSchema = v.strictObject({
  /** Optional pointer to the JSON Schema, for editors' completion and checking. */
  $schema: v.optional(v.pipe(v.string(), v.maxLength(LIMITS.url))),
  /** Format version; only 1 exists. */
  schemaVersion: v.literal(1, 'expected schemaVersion 1'),
  id: Id,
  title: ShortText,
  summary: v.optional(LongText),
  /** Languages the file provides, in preference order; the first that the UI supports is default. */
  languages: v.optional(list(v.pipe(v.string(), v.regex(LANG_RE)), 20)),
  guest: Country,
  host: Country,
  dates: DateSpec,
  places: list(Place, LIMITS.places),
  sources: list(Source, LIMITS.sources),
  organizations: list(Organization, LIMITS.organizations),
  people: list(Person, LIMITS.people),
  topics: list(Topic, LIMITS.topics),
  meetings: list(Meeting, LIMITS.meetings),
  events: v.optional(list(ContextEvent, LIMITS.events)),
  figures: v.optional(list(Figure, LIMITS.figures)),
});

export type Text = v.InferOutput<typeof ShortText>;
export type Country = v.InferOutput<typeof Country>;
export type Place = v.InferOutput<typeof Place>;
export type Source = v.InferOutput<typeof Source>;
export type Organization = v.InferOutput<typeof Organization>;
export type Person = v.InferOutput<typeof Person>;
export type Topic = v.InferOutput<typeof Topic>;
export type Meeting = v.InferOutput<typeof Meeting>;
export type ContextEvent = v.InferOutput<typeof ContextEvent>;
export type Figure = v.InferOutput<typeof Figure>;
export type Provenance = v.InferOutput<typeof Provenance>;
export type Visit = v.InferOutput<typeof VisitSchema>;
