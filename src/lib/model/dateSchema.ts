/**
 * A visit's dates: `DateSpec`, one variant per precision. Part of the visit format (`schema.ts`,
 * which re-exports it).
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

export type DateSpec = v.InferOutput<typeof DateSpec>;
export type Precision = DateSpec['precision'];
