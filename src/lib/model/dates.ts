/**
 * Dates with explicit precision → comparable instants.
 *
 * Every date in a visit file is a *wall-clock* date at the place it happened (a day in Seoul is
 * the day in Seoul). We place them on one "floating" axis whose numbers are the UTC milliseconds
 * of that wall-clock time, so that the axis never shifts with the reader's time zone and a
 * day-precision meeting always fills exactly its calendar day. The `timeZone` of a timed date is
 * kept for display.
 */
import type { DateSpec } from './schema';

export interface Interval {
  /** Inclusive start, floating-UTC milliseconds. */
  start: number;
  /** Exclusive end, floating-UTC milliseconds. */
  end: number;
  /**
   * The date is one day somewhere in the interval, not the whole of it (precision `between`):
   * drawn as a bracket over the range, never as a bar that fills it.
   */
  uncertain?: true;
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * `Date.UTC` for any year: `Date.UTC` itself reads years 0–99 as 1900–1999, which would put
 * "0050" in 1950 and make 0000 (a leap year) look like 1900 (not one). Month is 0-based and may
 * overflow, as with `Date.UTC`.
 */
function utc(y: number, m: number, d = 1, hh = 0, mm = 0, ss = 0): number {
  // The common case, without the two setters (a measurable cost at 10,000 meetings).
  if (y >= 100) return Date.UTC(y, m, d, hh, mm, ss);
  const date = new Date(0);
  date.setUTCFullYear(y, m, d);
  date.setUTCHours(hh, mm, ss, 0);
  return date.getTime();
}

/** Days in a month of the proleptic Gregorian calendar (month 1–12). */
export function daysInMonth(year: number, month: number): number {
  return new Date(utc(year, month, 0)).getUTCDate();
}

interface Parts {
  y: number;
  m: number;
  d: number;
  hh: number;
  mm: number;
  ss: number;
}

/** Parses "YYYY", "YYYY-MM", "YYYY-MM-DD" or "YYYY-MM-DDTHH:mm[:ss]" and checks the calendar. */
export function parseParts(s: string): Parts | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?)?)?)?$/.exec(s);
  if (!m) return null;
  const p: Parts = {
    y: Number(m[1]),
    m: m[2] ? Number(m[2]) : 1,
    d: m[3] ? Number(m[3]) : 1,
    hh: m[4] ? Number(m[4]) : 0,
    mm: m[5] ? Number(m[5]) : 0,
    ss: m[6] ? Number(m[6]) : 0,
  };
  if (p.m < 1 || p.m > 12) return null;
  if (p.d < 1 || p.d > daysInMonth(p.y, p.m)) return null;
  if (p.hh > 23 || p.mm > 59 || p.ss > 59) return null;
  return p;
}

/** True when the string is a real calendar date/time (rejects 2022-02-30, 2022-13-01, 25:00). */
export function isRealDate(s: string): boolean {
  return parseParts(s) !== null;
}

function startOf(s: string): number {
  const p = parseParts(s);
  if (!p) return NaN;
  return utc(p.y, p.m - 1, p.d, p.hh, p.mm, p.ss);
}

/** The instant right after the period that `s` names at the given precision. */
function endOf(s: string, precision: 'time' | 'day' | 'month' | 'year'): number {
  const p = parseParts(s);
  if (!p) return NaN;
  switch (precision) {
    case 'year':
      return utc(p.y + 1, 0, 1);
    case 'month':
      return utc(p.y, p.m, 1);
    case 'day':
      return utc(p.y, p.m - 1, p.d + 1);
    default:
      return utc(p.y, p.m - 1, p.d, p.hh, p.mm, p.ss);
  }
}

/** A timed item without an end is drawn as one hour: long enough to see, and labelled as such. */
export const DEFAULT_TIMED_DURATION = 60 * 60 * 1000;

/**
 * The interval a date covers, or null for `unknown` (known only by order).
 * A month-precision date covers its whole month, a day its whole day, and so on; a `between`
 * date its whole range (from the start of `earliest` to the end of `latest`), `uncertain`.
 */
export function dateInterval(date: DateSpec): Interval | null {
  if (date.precision === 'unknown') return null;
  if (date.precision === 'between') {
    return { start: startOf(date.earliest), end: endOf(date.latest, 'day'), uncertain: true };
  }
  const start = startOf(date.start);
  if (date.precision === 'time') {
    const end = date.end ? startOf(date.end) : start + DEFAULT_TIMED_DURATION;
    return { start, end };
  }
  const end = endOf(date.end ?? date.start, date.precision);
  return { start, end };
}

/** Formats a floating instant back to "YYYY-MM-DD". */
export function isoDay(ms: number): string {
  const d = new Date(ms);
  const year = String(d.getUTCFullYear()).padStart(4, '0');
  return `${year}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

const knownZones = new Map<string, boolean>();

/** True when the IANA time zone is known to this runtime's Intl. Cached: a file repeats its zones. */
export function isKnownTimeZone(tz: string): boolean {
  let known = knownZones.get(tz);
  if (known === undefined) {
    try {
      new Intl.DateTimeFormat('en', { timeZone: tz });
      known = true;
    } catch {
      known = false;
    }
    if (knownZones.size < 1000) knownZones.set(tz, known);
  }
  return known;
}
