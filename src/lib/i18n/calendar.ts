/**
 * The two calendars dates are worded and the axis is ticked in: Gregorian (`gregory`) and Hijri
 * Umm al-Qura (`islamic-umalqura`, as Saudi and Gulf government sites use it). Every Hijri date
 * comes from `Intl.DateTimeFormat`'s calendar support (ICU's Umm al-Qura table, its arithmetic
 * Islamic calendar outside the table's years): no conversion table is written here.
 *
 * Inputs are floating instants (model/dates.ts): the UTC fields hold the wall-clock time, so
 * every formatter here works in `timeZone: 'UTC'`. A day keeps its Gregorian boundaries in either
 * calendar: only its name changes.
 */
import { parseParts } from '../model/dates';
import { localizeDigits, type Digits, type Lang } from './locale';

export type Calendar = 'gregory' | 'islamic-umalqura';
export const CALENDARS: readonly Calendar[] = ['gregory', 'islamic-umalqura'];
export const isCalendar = (x: unknown): x is Calendar => CALENDARS.includes(x as Calendar);

export const DAY = 86_400_000;

/** The locale tag of a UI language: British English writes "5 October 2022". */
const LOCALE: Record<Lang, string> = { ar: 'ar', en: 'en-GB' };

const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * A memoized `Intl.DateTimeFormat` in UTC (floating time) for the language and calendar, with
 * Western digits: `localizeDigits` writes the reader's digits afterwards, as everywhere else.
 */
export function dateFormat(
  lang: Lang,
  calendar: Calendar,
  options: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat {
  const key = `${lang}|${calendar}|${JSON.stringify(options)}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(`${LOCALE[lang]}-u-ca-${calendar}-nu-latn`, {
      ...options,
      timeZone: 'UTC',
    });
    formatters.set(key, f);
  }
  return f;
}

/**
 * Intl's English Hijri month names spell the ʿayn with U+02BB ("Rabiʻ I", "Shaʻban"), a modifier
 * letter the page's Latin face draws with wide side bearings ("Rabi ʻ I"). The turned-comma
 * quotation mark U+2018 has the same shape and ordinary spacing: "Rabi‘ I".
 */
export const monthWords = (s: string): string => s.replaceAll('\u02BB', '\u2018');

export interface CalendarDate {
  year: number;
  /** 1–12. */
  month: number;
  /** 1–30. */
  day: number;
}

/** A date of the file ("2022-10-07", "2022-10", "2022-10-07T15:00") → floating ms; NaN if none. */
export function floatingMs(s: string): number {
  const p = parseParts(s);
  if (!p) return NaN;
  // Not `Date.UTC(y, …)`: it reads years 0–99 as 1900–1999.
  const d = new Date(0);
  d.setUTCFullYear(p.y, p.m - 1, p.d);
  d.setUTCHours(p.hh, p.mm, p.ss, 0);
  return d.getTime();
}

/** The start of the floating day holding `ms`. */
export const dayFloor = (ms: number) => Math.floor(ms / DAY) * DAY;

const hijriDays = new Map<number, CalendarDate>();
const NUMBER = /-?\d+/;

/** The calendar date of the day holding `ms`. Hijri dates are cached per day. */
export function calendarDate(ms: number, calendar: Calendar): CalendarDate {
  const d = new Date(ms);
  if (calendar === 'gregory')
    return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
  const key = dayFloor(ms);
  let out = hijriDays.get(key);
  if (!out) {
    const parts = dateFormat('en', calendar, {
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
    }).formatToParts(key);
    const num = (type: string) =>
      Number(NUMBER.exec(parts.find((p) => p.type === type)?.value ?? '')?.[0] ?? NaN);
    out = { year: num('year'), month: num('month'), day: num('day') };
    if (hijriDays.size > 20_000) hijriDays.clear();
    hijriDays.set(key, out);
  }
  return out;
}

/** The first day of the calendar month holding `ms`. */
export function monthStart(ms: number, calendar: Calendar): number {
  const day = dayFloor(ms);
  return day - (calendarDate(day, calendar).day - 1) * DAY;
}

/** The first day of the month `n` months after the one holding `ms` (n ≥ 0). */
export function addMonths(ms: number, n: number, calendar: Calendar): number {
  let t = monthStart(ms, calendar);
  if (calendar === 'gregory') {
    const d = new Date(t);
    d.setUTCMonth(d.getUTCMonth() + n, 1);
    return d.getTime();
  }
  // A Hijri month has 29 or 30 days: day 29 after the 1st is either the 30th or the next 1st.
  for (let i = 0; i < n; i++) {
    const next = t + 29 * DAY;
    t = calendarDate(next, calendar).day === 1 ? next : next + DAY;
  }
  return t;
}

/** The first day of the calendar year holding `ms`. */
export function yearStart(ms: number, calendar: Calendar): number {
  if (calendar === 'gregory') {
    const d = new Date(dayFloor(ms));
    d.setUTCMonth(0, 1);
    return d.getTime();
  }
  let t = monthStart(ms, calendar);
  while (calendarDate(t, calendar).month > 1) t = monthStart(t - DAY, calendar);
  return t;
}

/** Mean Hijri year of the arithmetic calendar (10,631 days in 30 years); Umm al-Qura is close. */
const HIJRI_YEAR = (10_631 / 30) * DAY;
const GREGORY_YEAR = 365.2425 * DAY;

/**
 * The first day of calendar year `year`, found from `near` (an instant within a few centuries'
 * drift of it): an estimate from the mean year, then corrected year by year through Intl.
 */
export function startOfYear(year: number, near: number, calendar: Calendar): number {
  if (calendar === 'gregory') {
    const d = new Date(0);
    d.setUTCFullYear(year, 0, 1);
    return d.getTime();
  }
  const from = calendarDate(near, calendar).year;
  let t = yearStart(near + (year - from) * HIJRI_YEAR + 15 * DAY, calendar);
  for (let i = 0; i < 8; i++) {
    const y = calendarDate(t, calendar).year;
    if (y === year) break;
    t = yearStart(y < year ? t + 370 * DAY : t - DAY, calendar);
  }
  return t;
}

/** The mean length of a year in the calendar, in ms. */
export const meanYear = (calendar: Calendar) =>
  calendar === 'gregory' ? GREGORY_YEAR : HIJRI_YEAR;

/** The Hijri eras: after the Hijra (هـ / AH) and before it (ق.هـ / BH). */
export const ERA = {
  ar: { ah: 'هـ', bh: 'ق.هـ' },
  en: { ah: 'AH', bh: 'BH' },
} as const;

/**
 * A year number as the reader reads it: the Gregorian year as written in the file (year 0 is
 * "0", not Intl's "1" of an era), a Hijri year with its era: "1444 هـ", and a year before the
 * Hijra counted back from it: "126 ق.هـ" / "126 BH" (Intl writes "-126 AH").
 */
export function yearWords(year: number, calendar: Calendar, lang: Lang, digits: Digits): string {
  // A Gregorian year as the file writes it: four digits, "0305" (not "305"), as the axis did.
  if (calendar === 'gregory') return localizeDigits(String(year).padStart(4, '0'), digits);
  const era = ERA[lang];
  return year > 0
    ? `${localizeDigits(String(year), digits)} ${era.ah}`
    : `${localizeDigits(String(1 - year), digits)} ${era.bh}`;
}
