/**
 * Dates worded with their precision (`formatDateSpec`: Intl ranges in the Gregorian or the Hijri
 * Umm al-Qura calendar, clock times with their zone), days (`formatDay`) and numbers. Gregorian
 * month names as used in the UAE (يناير، فبراير …); Western digits unless Arabic-Indic are
 * asked for.
 *
 * Inputs are "floating" instants (see model/dates.ts): the UTC fields hold the wall-clock time.
 */
import { dateInterval } from '../model/dates';
import type { DateSpec } from '../model/schema';
import { dayFloor, floatingMs, type Calendar } from './calendar';
import { formatSpan, rangeDash, type SpanUnit } from './dateRange';
import { localizeDigits, type Digits, type Lang } from './locale';
import { ui } from './strings';
import { formatClock, timeZoneWords } from './timeZoneWords';

const SEP = { ar: '، ', en: ', ' } as const;

/** How a date is worded: its calendar, and the city a timed date's clock is read in. */
export interface DateWordsOptions {
  /** The calendar the date is worded in (default `gregory`). */
  calendar?: Calendar;
  /**
   * In the Hijri calendar, the Gregorian date beside it in brackets (default true): details,
   * tooltips, headers and exports. False for short labels.
   */
  gregorianBeside?: boolean;
  /**
   * The city of a timed date's place ("Seoul time"); else Intl's name of its zone. Used as
   * given: isolate it for display if it may be in the other direction.
   */
  city?: string;
}

interface Span {
  start: number;
  last: number;
  unit: SpanUnit;
  between: boolean;
}

/** The days, months or years a dated spec names, as floating instants. */
function spanOf(date: Exclude<DateSpec, { precision: 'unknown' }>): Span {
  if (date.precision === 'between')
    return {
      start: floatingMs(date.earliest),
      last: floatingMs(date.latest),
      unit: 'day',
      between: true,
    };
  const start = floatingMs(date.start);
  if (date.precision === 'time') {
    const last = date.end ? floatingMs(date.end) : start;
    return { start, last: Math.max(start, last), unit: 'day', between: false };
  }
  // The last instant of the last day, month or year: its Hijri name may differ from the first's.
  const last = (dateInterval(date)?.end ?? start + 1) - 1;
  return { start, last: Math.max(start, last), unit: date.precision, between: false };
}

/**
 * A date in words, honest about its precision, in the reader's language, digits and calendar.
 * Ranges say their shared parts once (Intl's `formatRange`):
 *   day     → "5 October 2022", "4–5 March 2024", "28 September – 5 October 2022"
 *             (+ ", morning" for a part of day)
 *   between → "between 3 and 9 October 2022 (day not reported)" / "بين 3 و9 أكتوبر 2022 (…)"
 *   month   → "October 2022 (day not reported)", "September – October 2022 (…)"
 *   year    → "2027", "2022–2024"
 *   time    → "7 October 2022, 15:00 Seoul time", "… 09:30–11:00 Korean Standard Time"
 *   unknown → "date unknown (order 3)"
 * In the Hijri calendar the Gregorian date follows in brackets:
 *   "١٢ ربيع الأول ١٤٤٤ هـ (٨ أكتوبر ٢٠٢٢)". Approximate dates are prefixed "نحو" / "about".
 */
export function formatDateSpec(
  date: DateSpec,
  lang: Lang,
  digits: Digits = 'latn',
  opts: DateWordsOptions = {},
): string {
  if (date.precision === 'unknown')
    return `${ui('dateUnknown', lang)} (${ui('orderPrefix', lang)} ${localizeDigits(String(date.order), digits)})`;
  const calendar = opts.calendar ?? 'gregory';
  const span = spanOf(date);
  const words = (cal: Calendar, between = span.between) =>
    formatSpan(span.start, span.last, span.unit, lang, digits, cal, { between });
  let out: string;
  if (date.precision === 'time') {
    const day = (ms: number) => formatSpan(ms, ms, 'day', lang, digits, calendar);
    const clock = (ms: number) => formatClock(ms, lang, digits);
    const start = floatingMs(date.start);
    const end = date.end ? floatingMs(date.end) : NaN;
    const zone = timeZoneWords(date.timeZone, lang, opts.city);
    if (!(end > start)) out = `${day(start)}${SEP[lang]}${clock(start)} ${zone}`;
    else if (dayFloor(end) === dayFloor(start))
      out = `${day(start)}${SEP[lang]}${clock(start)}${rangeDash(lang, digits, false)}${clock(end)} ${zone}`;
    else
      out = `${day(start)}${SEP[lang]}${clock(start)}${rangeDash(lang, digits, true)}${day(end)}${SEP[lang]}${clock(end)} ${zone}`;
  } else {
    out = words(calendar);
    if (date.precision === 'day' && date.partOfDay) out += SEP[lang] + ui(date.partOfDay, lang);
  }
  const notes: string[] = [];
  if (calendar !== 'gregory' && opts.gregorianBeside !== false) notes.push(words('gregory', false));
  if (date.precision === 'month' || date.precision === 'between')
    notes.push(ui('dayNotReported', lang));
  if (notes.length) out += ` (${notes.join(SEP[lang])})`;
  return date.approximate ? `${ui('approximately', lang)} ${out}` : out;
}

/**
 * What a short label (a timeline mark's) adds to say its day is not known: " (day not
 * reported)" for a month or a `between` date, else nothing.
 */
export function unreportedDayNote(date: DateSpec, lang: Lang): string {
  return date.precision === 'month' || date.precision === 'between'
    ? ` (${ui('dayNotReported', lang)})`
    : '';
}

/**
 * One day in words, in the reader's calendar, with the Gregorian beside a Hijri one (unless
 * `gregorianBeside` is false): "8 October 2022", "١٢ ربيع الأول ١٤٤٤ هـ (٨ أكتوبر ٢٠٢٢)".
 */
export function formatDay(ms: number, lang: Lang, digits: Digits, opts: DateWordsOptions = {}) {
  const calendar = opts.calendar ?? 'gregory';
  const out = formatSpan(ms, ms, 'day', lang, digits, calendar);
  return calendar !== 'gregory' && opts.gregorianBeside !== false
    ? `${out} (${formatSpan(ms, ms, 'day', lang, digits, 'gregory')})`
    : out;
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
