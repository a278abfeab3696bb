/**
 * The records both versions of the format share unchanged: provenance, countries, places,
 * sources, topics, locations and figures, and the lists they come in. Part of the visit format
 * (`schema.ts` for version 2, `schemaV1.ts` for version 1, both re-export them).
 */
import * as v from 'valibot';
import { DAY_RE } from './dateSchema';
import {
  Confidence,
  CountryCode,
  Id,
  LANG_RE,
  LongText,
  Ref,
  Refs,
  ShortText,
  str,
} from './fieldSchemas';
import { LIMITS } from './limits';

/** Where a single field's value comes from, and how sure the sources are. */
export const Provenance = v.strictObject({
  field: str(100),
  confidence: Confidence,
  sources: v.optional(Refs),
  note: v.optional(LongText),
});
export const provenance = v.optional(v.pipe(v.array(Provenance), v.maxLength(50)));

export const Country = v.strictObject({
  /** ISO 3166-1 alpha-2 code. */
  code: CountryCode,
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

export const Topic = v.strictObject({ id: Id, label: ShortText });

export const Location = v.strictObject({
  place: v.optional(Ref),
  venue: v.optional(ShortText),
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

export const ORG_LEVELS = [
  'head-of-state',
  'national',
  'local',
  'affiliate',
  'international',
] as const;
export const orgLevel = v.picklist(
  ORG_LEVELS,
  'expected "head-of-state", "national", "local", "affiliate" or "international"',
);

export const PERSON_ROLES = [
  'head-of-delegation',
  'delegation-member',
  'ambassador',
  'counterpart',
  'official',
] as const;
export const personRole = v.picklist(
  PERSON_ROLES,
  'expected "head-of-delegation", "delegation-member", "ambassador", "counterpart" or "official"',
);

export const EVENT_KINDS = [
  'founding',
  'appointment',
  'strategy',
  'milestone',
  'follow-up',
  'publication',
  'other',
] as const;
export const eventKind = v.picklist(
  EVENT_KINDS,
  'expected an event kind such as "founding", "strategy", "follow-up" or "milestone"',
);

/** A top-level collection: an array of at most `max` records. */
export const list = <T extends v.GenericSchema>(item: T, max: number) =>
  v.pipe(v.array(item, 'expected an array'), v.maxLength(max, `expected at most ${max} items`));

export const languages = v.optional(list(v.pipe(v.string(), v.regex(LANG_RE)), 20));

export type Text = v.InferOutput<typeof ShortText>;
export type Country = v.InferOutput<typeof Country>;
export type Place = v.InferOutput<typeof Place>;
export type Source = v.InferOutput<typeof Source>;
export type Topic = v.InferOutput<typeof Topic>;
export type Figure = v.InferOutput<typeof Figure>;
export type Provenance = v.InferOutput<typeof Provenance>;
