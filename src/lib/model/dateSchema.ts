/**
 * A visit's dates: `DateSpec`, one variant per precision. Part of the visit format (`schema.ts`,
 * which re-exports it). Version 1 has `time`, `day`, `month`, `year` and `unknown`; version 2
 * adds `between`: one day, not reported, known only to lie in a range of days.
 */
import * as v from 'valibot';
import { LongText, Refs } from './fieldSchemas';

export const DAY_RE = /^\d{4}-\d{2}-\d{2}$/;
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

const day = () => v.pipe(v.string(), v.regex(DAY_RE, 'expected a day "YYYY-MM-DD"'));

const TimeDate = v.strictObject({
  precision: v.literal('time'),
  start: v.pipe(v.string(), v.regex(TIME_RE, 'expected a local time "YYYY-MM-DDTHH:mm"')),
  end: v.optional(v.pipe(v.string(), v.regex(TIME_RE, 'expected a local time "YYYY-MM-DDTHH:mm"'))),
  timeZone: v.pipe(
    v.string(),
    v.regex(/^[A-Za-z_]+(\/[A-Za-z0-9_+-]+)*$|^UTC$/, 'expected an IANA time zone'),
  ),
  ...dateCommon,
});
const DayDate = v.strictObject({
  precision: v.literal('day'),
  start: day(),
  end: v.optional(day()),
  partOfDay: v.optional(
    v.picklist(['morning', 'afternoon', 'evening'], 'expected "morning", "afternoon" or "evening"'),
  ),
  ...dateCommon,
});
const MonthDate = v.strictObject({
  precision: v.literal('month'),
  start: v.pipe(v.string(), v.regex(MONTH_RE, 'expected a month "YYYY-MM"')),
  end: v.optional(v.pipe(v.string(), v.regex(MONTH_RE, 'expected a month "YYYY-MM"'))),
  ...dateCommon,
});
const YearDate = v.strictObject({
  precision: v.literal('year'),
  start: v.pipe(v.string(), v.regex(YEAR_RE, 'expected a year "YYYY"')),
  end: v.optional(v.pipe(v.string(), v.regex(YEAR_RE, 'expected a year "YYYY"'))),
  ...dateCommon,
});
const UnknownDate = v.strictObject({
  precision: v.literal('unknown'),
  ...dateCommon,
  order: v.pipe(v.number(), v.integer('expected a whole number'), v.minValue(0)),
});
/**
 * Version 2: a single day that no source reports, known only to lie in `earliest..latest`
 * (inclusive days, earliest before latest). ISO 8601-2 / EDTF "one of a set":
 * `[2022-10-03..2022-10-09]`.
 */
const BetweenDate = v.strictObject({
  precision: v.literal('between'),
  earliest: day(),
  latest: day(),
  ...dateCommon,
});

/**
 * A version 1 date with explicit precision. `start`/`end` are written at that precision; `end`
 * is inclusive. Times are local wall-clock times in `timeZone` (IANA).
 */
export const DateSpecV1 = v.variant(
  'precision',
  [TimeDate, DayDate, MonthDate, YearDate, UnknownDate],
  'expected a date with "precision": "time", "day", "month", "year" or "unknown"',
);

/** A version 2 date: version 1's precisions and `between`. */
export const DateSpec = v.variant(
  'precision',
  [TimeDate, DayDate, BetweenDate, MonthDate, YearDate, UnknownDate],
  'expected a date with "precision": "time", "day", "between", "month", "year" or "unknown"',
);

export type DateSpecV1 = v.InferOutput<typeof DateSpecV1>;
export type DateSpec = v.InferOutput<typeof DateSpec>;
export type Precision = DateSpec['precision'];
