/**
 * The visit data format, version 2, as a valibot schema. This is the single source of truth for
 * the *shape* of a visit file: the TypeScript types are inferred from it and
 * `data/visit.schema.json` is generated from it (`npm run schema`). Cross-references, unique ids,
 * countries, cycles and calendar validity are checked afterwards by `parseVisit` (see
 * `semantics.ts`), because JSON Schema cannot express them.
 *
 * Version 2 over version 1 (`schemaV1.ts`, still read): one guest and one or more `hosts`, third
 * countries (`others`) and the side `other`; a `country` on organizations and people; itinerary
 * legs; engagement kinds (`Meeting.kind`); the organization kind `international-body`; people
 * described without a name; the date precision `between`. Every type below is version 2's: after
 * the gate the app sees nothing else.
 *
 * The shared field schemas (ids, references, multilingual text, sides) are in
 * `fieldSchemas.ts`, dates in `dateSchema.ts`, the records both versions share in `records.ts`
 * and size limits in `limits.ts`, all re-exported from here.
 */
import * as v from 'valibot';
import { DateSpec } from './dateSchema';
import { CountryCode, Id, LongText, Ref, Refs, ShortText, Side } from './fieldSchemas';
import { LIMITS } from './limits';
import {
  Country,
  Figure,
  Location,
  Place,
  Source,
  Topic,
  eventKind,
  languages,
  list,
  orgLevel,
  personRole,
  provenance,
} from './records';

export { LIMITS } from './limits';
export { Confidence, CountryCode, Id, LongText, ShortText, Side } from './fieldSchemas';
export { DateSpec, DateSpecV1, type Precision } from './dateSchema';
export {
  Country,
  EVENT_KINDS,
  Figure,
  Location,
  ORG_LEVELS,
  PERSON_ROLES,
  Place,
  Provenance,
  Source,
  Topic,
  type Text,
} from './records';
export {
  ORG_KINDS_V1,
  VisitSchemaV1,
  type ContextEventV1,
  type MeetingV1,
  type OrganizationV1,
  type PersonV1,
  type VisitV1,
} from './schemaV1';

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
  'international-body',
  'other',
] as const;

/** What an engagement is (a meeting's `kind`); absent means `meeting`. */
export const MEETING_KINDS = [
  'meeting',
  'talk',
  'site-visit',
  'signing',
  'meal',
  'press',
  'ceremony',
  'other',
] as const;

/** The most countries on one side of a visit (hosts of a tour, third countries). */
export const MAX_COUNTRIES = 20;

export const Organization = v.strictObject({
  id: Id,
  name: ShortText,
  shortName: v.optional(ShortText),
  side: Side,
  /** Whose organization it is; when absent, its parent's or the only country on its side. */
  country: v.optional(CountryCode),
  parent: v.optional(Ref),
  level: orgLevel,
  kind: v.picklist(
    ORG_KINDS,
    'expected an organization kind such as "ministry", "committee" or "city"',
  ),
  sources: v.optional(Refs),
  provenance,
});

export const Person = v.strictObject({
  id: Id,
  /** Absent when no source names the person: `title` and `organization` describe them. */
  name: v.optional(ShortText),
  title: ShortText,
  organization: v.optional(Ref),
  side: Side,
  /** When absent, the organization's or the only country on the person's side. */
  country: v.optional(CountryCode),
  role: personRole,
  sources: v.optional(Refs),
  provenance,
});

export const Meeting = v.strictObject({
  id: Id,
  /** What kind of engagement; absent: `meeting`. */
  kind: v.optional(
    v.picklist(
      MEETING_KINDS,
      'expected an engagement kind such as "meeting", "talk", "site-visit" or "signing"',
    ),
  ),
  title: ShortText,
  summary: v.optional(LongText),
  date: DateSpec,
  participants: v.strictObject({ guest: Refs, host: Refs, other: v.optional(Refs) }),
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
  kind: eventKind,
  people: v.optional(Refs),
  organizations: v.optional(Refs),
  location: v.optional(Location),
  topics: v.optional(Refs),
  sources: Refs,
  provenance,
});

/** One leg of a tour: a stay in one country (a host's or a third one), perhaps in one city. */
export const Leg = v.strictObject({
  id: Id,
  country: CountryCode,
  place: v.optional(Ref),
  dates: DateSpec,
  sources: v.optional(Refs),
  note: v.optional(LongText),
});

const countries = (min: number) =>
  v.pipe(
    v.array(Country, 'expected an array of countries'),
    v.minLength(min, `expected at least ${min} country`),
    v.maxLength(MAX_COUNTRIES, `expected at most ${MAX_COUNTRIES} items`),
  );

export const VisitSchema = v.strictObject({
  /** Optional pointer to the JSON Schema, for editors' completion and checking. */
  $schema: v.optional(v.pipe(v.string(), v.maxLength(LIMITS.url))),
  /** Format version: 2 (files of version 1 are still read). */
  schemaVersion: v.literal(2, 'expected schemaVersion 1 or 2'),
  id: Id,
  title: ShortText,
  summary: v.optional(LongText),
  /** Languages the file provides, in preference order; the first that the UI supports is default. */
  languages,
  /** The delegation's country. */
  guest: Country,
  /** The host countries, in the order of the tour. */
  hosts: countries(1),
  /** Third countries whose officials took part. */
  others: v.optional(countries(0)),
  dates: DateSpec,
  itinerary: v.optional(list(Leg, LIMITS.legs)),
  places: list(Place, LIMITS.places),
  sources: list(Source, LIMITS.sources),
  organizations: list(Organization, LIMITS.organizations),
  people: list(Person, LIMITS.people),
  topics: list(Topic, LIMITS.topics),
  meetings: list(Meeting, LIMITS.meetings),
  events: v.optional(list(ContextEvent, LIMITS.events)),
  figures: v.optional(list(Figure, LIMITS.figures)),
});

export type Organization = v.InferOutput<typeof Organization>;
export type Person = v.InferOutput<typeof Person>;
export type Meeting = v.InferOutput<typeof Meeting>;
export type MeetingKind = (typeof MEETING_KINDS)[number];
export type OrgKind = (typeof ORG_KINDS)[number];
export type ContextEvent = v.InferOutput<typeof ContextEvent>;
export type Leg = v.InferOutput<typeof Leg>;
export type Visit = v.InferOutput<typeof VisitSchema>;
