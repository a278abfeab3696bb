/**
 * The visit data format, as a valibot schema. This is the single source of truth for the *shape*
 * of a visit file: the TypeScript types are inferred from it and `data/visit.schema.json` is
 * generated from it (`npm run schema`). Cross-references, unique ids, cycles and calendar
 * validity are checked afterwards by `parseVisit` (see `semantics.ts`), because JSON Schema
 * cannot express them.
 */
import * as v from 'valibot';

/** Size limits. Generous for any real visit, small enough that a hostile file cannot freeze a tab. */
export const LIMITS = {
  idLength: 64,
  shortText: 300,
  longText: 5000,
  url: 2000,
  meetings: 20000,
  events: 20000,
  people: 20000,
  organizations: 10000,
  topics: 1000,
  figures: 5000,
  sources: 1000,
  places: 1000,
  refs: 200,
  /**
   * Levels of the organization and of the place tree (a root is level 1). Real ones have under
   * 15; the org chart lays out 200 in well under a second, and draws every card.
   */
  treeDepth: 200,
  /** Bytes of JSON accepted by the loaders before parsing. */
  fileBytes: 20 * 1024 * 1024,
} as const;

const ID_RE = /^[A-Za-z0-9][A-Za-z0-9_.:-]*$/;
const LANG_RE = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

export const Id = v.pipe(
  v.string('expected an id (string)'),
  v.maxLength(LIMITS.idLength, `expected an id of at most ${LIMITS.idLength} characters`),
  v.regex(ID_RE, 'expected an id of letters, digits, "_", "-", "." or ":"'),
);
const Ref = Id;
const Refs = v.pipe(
  v.array(Ref, 'expected an array of ids'),
  v.maxLength(LIMITS.refs, `expected at most ${LIMITS.refs} ids`),
);

const str = (max: number) =>
  v.pipe(
    v.string(),
    v.minLength(1, 'expected a non-empty string'),
    v.maxLength(max, `expected at most ${max} characters`),
  );

/**
 * Multilingual text: language code → string, e.g. `{ "ar": "…", "en": "…", "ko": "…" }`.
 * At least one language; Arabic is shown by default when present.
 */
const textOf = (max: number) =>
  v.pipe(
    v.record(
      v.pipe(v.string(), v.regex(LANG_RE, 'expected a language code such as "ar", "en" or "ko"')),
      str(max),
      'expected multilingual text, e.g. {"ar": "…", "en": "…"}',
    ),
    v.check((t) => Object.keys(t).length > 0, 'expected text in at least one language'),
  );
export const ShortText = textOf(LIMITS.shortText);
export const LongText = textOf(LIMITS.longText);

export const Side = v.picklist(['guest', 'host'], 'expected "guest" or "host"');
export const Confidence = v.picklist(
  ['confirmed', 'likely', 'unknown'],
  'expected "confirmed", "likely" or "unknown"',
);

/** Where a single field's value comes from, and how sure the sources are. */
export const Provenance = v.strictObject({
  field: str(100),
  confidence: Confidence,
  sources: v.optional(Refs),
  note: v.optional(LongText),
});
const provenance = v.optional(v.pipe(v.array(Provenance), v.maxLength(50)));

const DAY_RE = /^\d{4}-\d{2}-\d{2}$/;
const MONTH_RE = /^\d{4}-\d{2}$/;
const YEAR_RE = /^\d{4}$/;
const TIME_RE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/;

const dateCommon = {
  /** The date is an estimate (e.g. "around"). Drawn and worded as such. */
  approximate: v.optional(v.boolean('expected true or false')),
  /** Position within the visit, for ordering items whose dates are equal or unknown. */
  order: v.optional(v.pipe(v.number(), v.integer('expected a whole number'), v.minValue(0))),
  /** Where the date comes from, in words. */
  note: v.optional(LongText),
  sources: v.optional(Refs),
};

/**
 * A date with explicit precision. `start`/`end` are written at that precision; `end` is
 * inclusive. Times are local wall-clock times in `timeZone` (IANA).
 */
export const DateSpec = v.variant(
  'precision',
  [
    v.strictObject({
      precision: v.literal('time'),
      start: v.pipe(v.string(), v.regex(TIME_RE, 'expected a local time "YYYY-MM-DDTHH:mm"')),
      end: v.optional(
        v.pipe(v.string(), v.regex(TIME_RE, 'expected a local time "YYYY-MM-DDTHH:mm"')),
      ),
      timeZone: v.pipe(
        v.string(),
        v.regex(/^[A-Za-z_]+(\/[A-Za-z0-9_+-]+)*$|^UTC$/, 'expected an IANA time zone'),
      ),
      ...dateCommon,
    }),
    v.strictObject({
      precision: v.literal('day'),
      start: v.pipe(v.string(), v.regex(DAY_RE, 'expected a day "YYYY-MM-DD"')),
      end: v.optional(v.pipe(v.string(), v.regex(DAY_RE, 'expected a day "YYYY-MM-DD"'))),
      partOfDay: v.optional(
        v.picklist(
          ['morning', 'afternoon', 'evening'],
          'expected "morning", "afternoon" or "evening"',
        ),
      ),
      ...dateCommon,
    }),
    v.strictObject({
      precision: v.literal('month'),
      start: v.pipe(v.string(), v.regex(MONTH_RE, 'expected a month "YYYY-MM"')),
      end: v.optional(v.pipe(v.string(), v.regex(MONTH_RE, 'expected a month "YYYY-MM"'))),
      ...dateCommon,
    }),
    v.strictObject({
      precision: v.literal('year'),
      start: v.pipe(v.string(), v.regex(YEAR_RE, 'expected a year "YYYY"')),
      end: v.optional(v.pipe(v.string(), v.regex(YEAR_RE, 'expected a year "YYYY"'))),
      ...dateCommon,
    }),
    v.strictObject({
      precision: v.literal('unknown'),
      ...dateCommon,
      order: v.pipe(v.number(), v.integer('expected a whole number'), v.minValue(0)),
    }),
  ],
  'expected a date with "precision": "time", "day", "month", "year" or "unknown"',
);

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
    [
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
    ],
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
export type DateSpec = v.InferOutput<typeof DateSpec>;
export type Precision = DateSpec['precision'];
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
export type Side = v.InferOutput<typeof Side>;
export type Visit = v.InferOutput<typeof VisitSchema>;
