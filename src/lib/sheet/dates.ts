/**
 * Dates as people write them in a cell, and back:
 *
 *   2022-10-04                            a day          2022-10-04 to 2022-10-07   days
 *   2022-10                               a month        2022                       a year
 *   between 2022-10-03 and 2022-10-09     one day in a range, not reported
 *   2022-10-07 10:30                      a time (its zone in the Time zone column)
 *   unknown (or empty)                    not reported: placed by its Order
 *
 * "to" may be "–", "—", "/", "until", "إلى" or "حتى"; "between … and …" may be "بين … و…";
 * digits may be Arabic-Indic. A date cell (a spreadsheet's own date) is read as its day or
 * time. The Precision column, when filled, says which is meant (a month typed into Excel
 * becomes its first day: "month" turns it back). Calendar validity is the gate's to check.
 */
import { asciiDigits } from './cells';

export type Precision = 'time' | 'day' | 'between' | 'month' | 'year' | 'unknown';

export interface DateText {
  precision: Precision;
  start?: string;
  end?: string;
  earliest?: string;
  latest?: string;
}

export type DateReading = { ok: true; date: DateText } | { ok: false; expected: readonly string[] };

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const MONTH = /^\d{4}-\d{2}$/;
const YEAR = /^\d{4}$/;
const TIME = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}(?::\d{2})?)$/;
const CLOCK = /^\d{2}:\d{2}(?::\d{2})?$/;
const TO = /\s+(?:to|until|till|–|—|-|إلى|الى|حتى)\s+|\s*[–—/]\s*/i;
const BETWEEN = /^(?:between|بين)\s+(\S+)\s+(?:and\s+|و\s*)(\S+)$/i;
const UNKNOWN = new Set(['', 'unknown', 'not reported', 'غير معروف', 'غير معلوم', 'لم يذكر']);

/** The forms a date cell accepts, for messages: each is isolated there (words.ts). */
export const DATE_FORMS: readonly string[] = [
  '2022-10-04',
  '2022-10-04 to 2022-10-07',
  '2022-10',
  '2022',
  'between 2022-10-03 and 2022-10-09',
  '2022-10-07 10:30',
  'unknown',
];

function one(s: string): DateText | null {
  const t = TIME.exec(s);
  if (t) return { precision: 'time', start: `${t[1]}T${t[2]}` };
  if (DAY.test(s)) return { precision: 'day', start: s };
  if (MONTH.test(s)) return { precision: 'month', start: s };
  if (YEAR.test(s)) return { precision: 'year', start: s };
  return null;
}

/** Reads a date cell's text (see the module's comment). `precision`: the Precision column. */
export function readDate(raw: string, precision?: Precision): DateReading {
  const s = asciiDigits(raw).trim().replace(/\s+/g, ' ');
  const fail = { ok: false as const, expected: DATE_FORMS };
  if (UNKNOWN.has(s.toLowerCase())) {
    if (precision && precision !== 'unknown') return fail;
    return { ok: true, date: { precision: 'unknown' } };
  }
  const b = BETWEEN.exec(s);
  if (b) {
    if (!DAY.test(b[1]!) || !DAY.test(b[2]!) || (precision && precision !== 'between')) return fail;
    return { ok: true, date: { precision: 'between', earliest: b[1]!, latest: b[2]! } };
  }
  const parts = s.split(TO);
  if (parts.length > 2) return fail;
  const start = one(parts[0]!);
  if (!start) return fail;
  let date: DateText = start;
  if (parts.length === 2) {
    const tail = parts[1]!;
    // "2022-10-07 10:30 to 12:00": the end on the same day.
    const endText =
      start.precision === 'time' && CLOCK.test(tail)
        ? `${start.start!.slice(0, 10)} ${tail}`
        : tail;
    const end = one(endText);
    if (!end || end.precision !== start.precision) return fail;
    date = { ...start, end: end.start! };
  }
  if (precision && precision !== date.precision) {
    // A spreadsheet's date cell is a day: the Precision column may say it is a month or a year.
    if (date.precision === 'day' && (precision === 'month' || precision === 'year')) {
      const cut = precision === 'month' ? 7 : 4;
      return {
        ok: true,
        date: {
          precision,
          start: date.start!.slice(0, cut),
          ...(date.end ? { end: date.end.slice(0, cut) } : {}),
        },
      };
    }
    return fail;
  }
  return { ok: true, date };
}

/** A date's text as `readDate` reads it back. */
export function writeDate(d: DateText): string {
  const show = (s: string) => s.replace('T', ' ');
  switch (d.precision) {
    case 'unknown':
      return 'unknown';
    case 'between':
      return `between ${d.earliest ?? ''} and ${d.latest ?? ''}`;
    default:
      return d.end === undefined ? show(d.start ?? '') : `${show(d.start ?? '')} to ${show(d.end)}`;
  }
}
