/**
 * One day, month or year, or a range of them, in words, through `Intl.DateTimeFormat`'s
 * `formatRangeToParts`: a range says its shared parts once ("4–5 March 2024", "28 September –
 * 5 October 2022", "٧–١٣ ربيع الأول ١٤٤٤ هـ"), in either calendar and language.
 *
 * Intl's parts are rewritten in three places, so that Node and every browser write the same
 * string: the range separator ("–" between two numbers, " – " otherwise: Node's ICU puts thin
 * spaces around it in English, Chromium's plain ones; " and " / " و" for "between"), the year
 * (the file's year as written, and a Hijri year with its era from `yearWords`), and the digits.
 */
import { calendarDate, dateFormat, ERA, monthWords, yearWords, type Calendar } from './calendar';
import { localizeDigits, type Digits, type Lang } from './locale';

/** What a span names: a day, a month, a year, or (short labels) a day of a month, a month. */
export type SpanUnit = 'day' | 'month' | 'year' | 'dayOfMonth' | 'monthName';

const FIELDS: Record<SpanUnit, Intl.DateTimeFormatOptions> = {
  day: { day: 'numeric', month: 'long', year: 'numeric' },
  month: { month: 'long', year: 'numeric' },
  year: { year: 'numeric' },
  dayOfMonth: { day: 'numeric', month: 'long' },
  monthName: { month: 'long' },
};

const NUMERIC = new Set(['day', 'year', 'hour', 'minute']);
/** Thin and narrow no-break spaces, which some ICU versions put in literals. */
const THIN = /[\u2009\u202f]/g;

/** "between A and B": the words around the range, per language. */
const BETWEEN = {
  ar: { before: 'بين ', sep: ' و' },
  en: { before: 'between ', sep: ' and ' },
} as const;

const LRM = '\u200e';

/**
 * The dash of a range: "4–5" (`spaced` false) or "28 September – 5 October". In English with
 * Arabic-Indic digits it is held between two left-to-right marks: a dash between two such
 * numbers would otherwise take their right-to-left direction and show "٥–٤" for "٤–٥".
 */
export function rangeDash(lang: Lang, digits: Digits, spaced: boolean): string {
  const dash = lang === 'en' && digits === 'arab' ? `${LRM}–${LRM}` : '–';
  return spaced ? ` ${dash} ` : dash;
}

export interface SpanOptions {
  /** Word the range as "between A and B" (a day not reported) instead of "A–B". */
  between?: boolean;
}

/**
 * The day, month or year holding `start`, or the range from it to the one holding `last`
 * (inclusive: an instant inside the last unit), in words.
 */
export function formatSpan(
  start: number,
  last: number,
  unit: SpanUnit,
  lang: Lang,
  digits: Digits,
  calendar: Calendar,
  opts: SpanOptions = {},
): string {
  // Memoized: Intl's range parts are the top cost of wording 40,000 items (the largest file),
  // and most of them share their day with others.
  const key = `${start}|${last}|${unit}|${lang}|${digits}|${calendar}|${opts.between ? 1 : 0}`;
  let words = spans.get(key);
  if (words === undefined) {
    if (spans.size >= 50_000) spans.clear();
    words = wordSpan(start, last, unit, lang, digits, calendar, opts);
    spans.set(key, words);
  }
  return words;
}

const spans = new Map<string, string>();

function wordSpan(
  start: number,
  last: number,
  unit: SpanUnit,
  lang: Lang,
  digits: Digits,
  calendar: Calendar,
  opts: SpanOptions,
): string {
  const f = dateFormat(lang, calendar, FIELDS[unit]);
  const parts: Intl.DateTimeRangeFormatPart[] =
    last > start
      ? f.formatRangeToParts(start, last)
      : f.formatToParts(start).map((p) => ({ ...p, source: 'shared' as const }));
  const yearOf = (p: Intl.DateTimeRangeFormatPart) =>
    calendarDate(p.source === 'endRange' ? last : start, calendar).year;
  const out: { type: string; value: string }[] = [];
  let sawStart = false;
  let separated = false;
  let between = false;
  let lastYear = 1;
  // "4–5", "2022–2024": one number on each side of the separator is joined tight.
  const fields = (source: string) =>
    parts.filter((p) => p.source === source && p.type !== 'literal' && p.type !== 'era');
  const [from, to] = [fields('startRange'), fields('endRange')];
  // (Not a Hijri year before the Hijra followed by one after it: "641 ق.هـ – 9666 هـ".)
  const ownEra = (p: Intl.DateTimeRangeFormatPart | undefined) =>
    p?.type === 'year' &&
    calendar !== 'gregory' &&
    calendarDate(start, calendar).year <= 0 &&
    calendarDate(last, calendar).year > 0;
  const tight =
    from.length === 1 &&
    to.length === 1 &&
    NUMERIC.has(from[0]!.type) &&
    NUMERIC.has(to[0]!.type) &&
    !ownEra(from[0]);
  parts.forEach((p, i) => {
    if (p.source === 'startRange') sawStart = true;
    if (p.type === 'era') {
      // Intl writes the era once, after the last year ("-126 AH"): "126 ق.هـ" / "126 BH" for a
      // year before the Hijra. None in the Gregorian calendar: the file's years are as written.
      if (calendar !== 'gregory')
        out.push({ type: 'era', value: ERA[lang][lastYear > 0 ? 'ah' : 'bh'] });
      else if (out.at(-1)?.type === 'literal' && !out.at(-1)!.value.trim()) out.pop();
      return;
    }
    if (p.type === 'year') {
      lastYear = yearOf(p);
      const hijriBefore = calendar !== 'gregory' && lastYear <= 0;
      const value =
        hijriBefore && p.source === 'startRange' && ownEra(p)
          ? yearWords(lastYear, calendar, lang, digits)
          : calendar === 'gregory'
            ? yearWords(lastYear, calendar, lang, digits) // four digits, as written: "0305"
            : localizeDigits(String(hijriBefore ? 1 - lastYear : lastYear), digits);
      out.push({ type: 'year', value });
      return;
    }
    const next = parts[i + 1];
    if (
      p.type === 'literal' &&
      p.source === 'shared' &&
      sawStart &&
      !separated &&
      next?.source === 'endRange'
    ) {
      separated = true;
      if (opts.between) {
        between = true;
        out.push({ type: 'literal', value: BETWEEN[lang].sep });
      } else {
        out.push({ type: 'literal', value: rangeDash(lang, digits, !tight) });
      }
      return;
    }
    const value =
      p.type === 'literal'
        ? p.value.replace(THIN, ' ')
        : p.type === 'month'
          ? monthWords(localizeDigits(p.value, digits))
          : localizeDigits(p.value, digits);
    out.push({ type: p.type, value });
  });
  const text = out.map((p) => p.value).join('');
  return between ? BETWEEN[lang].before + text : text;
}
