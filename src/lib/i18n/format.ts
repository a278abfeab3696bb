/**
 * Dates worded with their precision, through date-fns with its Arabic locale (Gregorian month
 * names as used in the UAE: يناير، فبراير …) and Western digits unless Arabic-Indic are asked for.
 *
 * Inputs are "floating" instants (see model/dates.ts): the UTC fields hold the wall-clock time.
 */
import { format } from 'date-fns';
import { ar, enGB } from 'date-fns/locale';
import { parseParts } from '../model/dates';
import type { DateSpec } from '../model/schema';
import { localizeDigits, type Digits, type Lang } from './locale';
import { ui } from './strings';

const LOCALES = { ar, en: enGB } as const;

/** A local Date whose fields equal the floating instant's UTC fields, for date-fns. */
export function wallDate(ms: number): Date {
  const d = new Date(ms);
  // Not `new Date(y, m, …)`: it reads years 0–99 as 1900–1999.
  const out = new Date(0);
  out.setFullYear(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
  out.setHours(d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds(), 0);
  return out;
}

/** date-fns `format` of a floating instant, with the reader's locale and digits. */
export function formatInstant(ms: number, pattern: string, lang: Lang, digits: Digits): string {
  // `y` is the year of an era (year 0 would read "1"); `u` is the year as written in the file.
  const p = pattern.replace(/y/g, 'u');
  return localizeDigits(format(wallDate(ms), p, { locale: LOCALES[lang] }), digits);
}

function partsMs(s: string): number {
  const p = parseParts(s);
  if (!p) return NaN;
  // Not `Date.UTC(y, …)`: it reads years 0–99 as 1900–1999.
  const d = new Date(0);
  d.setUTCFullYear(p.y, p.m - 1, p.d);
  d.setUTCHours(p.hh, p.mm, p.ss, 0);
  return d.getTime();
}

const SEP = { ar: '، ', en: ', ' } as const;

/**
 * A date in words, honest about its precision:
 *   day     → "5 أكتوبر 2022" / "5 October 2022" (+ "، صباحاً" for a part of day)
 *   month   → "أكتوبر 2022 (اليوم غير مذكور)" / "October 2022 (day not reported)"
 *   year    → "2027"
 *   time    → "7 أكتوبر 2022، 9:30 ص" / "7 October 2022, 09:30"
 *   unknown → "التاريخ غير معروف (الترتيب 3)"
 * Ranges are joined with an en dash; approximate dates are prefixed "نحو" / "about".
 */
export function formatDateSpec(date: DateSpec, lang: Lang, digits: Digits = 'latn'): string {
  const f = (s: string, pattern: string) => formatInstant(partsMs(s), pattern, lang, digits);
  let out: string;
  switch (date.precision) {
    case 'unknown':
      return `${ui('dateUnknown', lang)} (${ui('orderPrefix', lang)} ${localizeDigits(String(date.order), digits)})`;
    case 'year':
      out =
        f(date.start, 'yyyy') +
        (date.end && date.end !== date.start ? `–${f(date.end, 'yyyy')}` : '');
      break;
    case 'month': {
      const range = date.end && date.end !== date.start;
      out = range
        ? `${f(date.start, 'MMMM yyyy')} – ${f(date.end!, 'MMMM yyyy')}`
        : f(date.start, 'MMMM yyyy');
      out += ` (${ui('dayNotReported', lang)})`;
      break;
    }
    case 'day': {
      const range = date.end && date.end !== date.start;
      out = range
        ? `${f(date.start, 'd MMMM yyyy')} – ${f(date.end!, 'd MMMM yyyy')}`
        : f(date.start, 'd MMMM yyyy');
      if (date.partOfDay) out += SEP[lang] + ui(date.partOfDay, lang);
      break;
    }
    case 'time': {
      const time = lang === 'ar' ? 'h:mm a' : 'HH:mm';
      out = f(date.start, 'd MMMM yyyy') + SEP[lang] + f(date.start, time);
      if (date.end) {
        const sameDay = date.end.slice(0, 10) === date.start.slice(0, 10);
        out += `–${sameDay ? f(date.end, time) : f(date.end, `d MMMM yyyy ${time}`)}`;
      }
      break;
    }
  }
  return date.approximate ? `${ui('approximately', lang)} ${out}` : out;
}

/** Fills `{name}` placeholders of a UI string, e.g. `fill(ui('tlShowing', lang), { n: 5, m: 7 })`. */
export function fill(template: string, vars: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (m, key: string) => (key in vars ? String(vars[key]) : m));
}

const numberFormats = new Map<string, Intl.NumberFormat>();

/** Group and decimal separators, the same in Arabic and English for a given digit set. */
const SEPARATORS: Record<Digits, readonly [string, string]> = {
  latn: [',', '.'],
  arab: ['\u066C', '\u066B'],
};
/** A number written without exponent, sign or more than two decimals: nothing to round. */
const PLAIN = /^(\d+)(?:\.(\d{1,2}))?$/;

/** A number with grouping, in the reader's digits (Western by default, as in the source article). */
export function formatNumber(value: number, lang: Lang, digits: Digits = 'latn'): string {
  // The plain cases (counts, sizes, percentages) without Intl: the page's first Intl object
  // costs 15–30 ms of ICU start-up, on the way to the first view. Same output (tested).
  const plain = Object.is(value, -0) ? null : PLAIN.exec(String(value));
  if (plain) {
    const [group, decimal] = SEPARATORS[digits];
    const whole = plain[1]!.replace(/\B(?=(\d{3})+$)/g, group);
    return localizeDigits(plain[2] ? whole + decimal + plain[2] : whole, digits);
  }
  const key = `${lang}-${digits}`;
  let nf = numberFormats.get(key);
  if (!nf) {
    nf = new Intl.NumberFormat(`${lang}-u-nu-${digits}`, { maximumFractionDigits: 2 });
    numberFormats.set(key, nf);
  }
  return nf.format(value);
}
