/**
 * Version 1 of the visit format, frozen: files written for it still load. The gate validates a
 * version 1 file against this schema (so its errors keep version 1's paths and words), then
 * `migrateV1` (migrate.ts) turns it into version 2, the only shape the app sees after the gate.
 * `data/visit.v1.schema.json` is generated from it.
 */
import * as v from 'valibot';
import { DateSpecV1 } from './dateSchema';
import { Id, LongText, Ref, Refs, ShortText, SideV1 } from './fieldSchemas';
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

/** What an organization is (its `kind`) in version 1. */
export const ORG_KINDS_V1 = [
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

export const OrganizationV1 = v.strictObject({
  id: Id,
  name: ShortText,
  shortName: v.optional(ShortText),
  side: SideV1,
  parent: v.optional(Ref),
  level: orgLevel,
  kind: v.picklist(
    ORG_KINDS_V1,
    'expected an organization kind such as "ministry", "committee" or "city"',
  ),
  sources: v.optional(Refs),
  provenance,
});

export const PersonV1 = v.strictObject({
  id: Id,
  name: ShortText,
  title: ShortText,
  organization: v.optional(Ref),
  side: SideV1,
  role: personRole,
  sources: v.optional(Refs),
  provenance,
});

export const MeetingV1 = v.strictObject({
  id: Id,
  title: ShortText,
  summary: v.optional(LongText),
  date: DateSpecV1,
  participants: v.strictObject({ guest: Refs, host: Refs }),
  organizations: v.optional(Refs),
  location: v.optional(Location),
  topics: v.optional(Refs),
  sources: Refs,
  provenance,
});

export const ContextEventV1 = v.strictObject({
  id: Id,
  title: ShortText,
  summary: v.optional(LongText),
  date: DateSpecV1,
  kind: eventKind,
  people: v.optional(Refs),
  organizations: v.optional(Refs),
  location: v.optional(Location),
  topics: v.optional(Refs),
  sources: Refs,
  provenance,
});

export const VisitSchemaV1 = v.strictObject({
  /** Optional pointer to the JSON Schema, for editors' completion and checking. */
  $schema: v.optional(v.pipe(v.string(), v.maxLength(LIMITS.url))),
  /** Format version. */
  schemaVersion: v.literal(1, 'expected schemaVersion 1 or 2'),
  id: Id,
  title: ShortText,
  summary: v.optional(LongText),
  /** Languages the file provides, in preference order; the first that the UI supports is default. */
  languages,
  guest: Country,
  host: Country,
  dates: DateSpecV1,
  places: list(Place, LIMITS.places),
  sources: list(Source, LIMITS.sources),
  organizations: list(OrganizationV1, LIMITS.organizations),
  people: list(PersonV1, LIMITS.people),
  topics: list(Topic, LIMITS.topics),
  meetings: list(MeetingV1, LIMITS.meetings),
  events: v.optional(list(ContextEventV1, LIMITS.events)),
  figures: v.optional(list(Figure, LIMITS.figures)),
});

export type OrganizationV1 = v.InferOutput<typeof OrganizationV1>;
export type PersonV1 = v.InferOutput<typeof PersonV1>;
export type MeetingV1 = v.InferOutput<typeof MeetingV1>;
export type ContextEventV1 = v.InferOutput<typeof ContextEventV1>;
export type VisitV1 = v.InferOutput<typeof VisitSchemaV1>;
