// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { DateSpec } from '../model/schema';
import type { Calendar } from './calendar';
import { formatDateSpec, formatDay, unreportedDayNote } from './format';
import { formatNumber } from './format';
import { localizeDigits, type Digits, type Lang } from './locale';
import { formatTimeWithZone, timeZoneWords } from './timeZoneWords';

const HIJRI: Calendar = 'islamic-umalqura';
const day = (start: string, end?: string): DateSpec => ({ precision: 'day', start, end });

/** Each date worded in ar and en, Gregorian and Hijri (Western digits; Arabic-Indic below). */
const WORDS: [string, DateSpec, { ar: string; en: string; arH: string; enH: string }][] = [
  [
    'a range within a month says the month once (issue 14)',
    { ...day('2024-03-04', '2024-03-05'), approximate: true },
    {
      ar: 'نحو 4–5 مارس 2024',
      en: 'about 4–5 March 2024',
      arH: 'نحو 23–24 شعبان 1445 هـ (4–5 مارس 2024)',
      enH: 'about 23–24 Sha‘ban 1445 AH (4–5 March 2024)',
    },
  ],
  [
    'a range across months',
    day('2022-09-28', '2022-10-05'),
    {
      ar: '28 سبتمبر – 5 أكتوبر 2022',
      en: '28 September – 5 October 2022',
      arH: '2–9 ربيع الأول 1444 هـ (28 سبتمبر – 5 أكتوبر 2022)',
      enH: '2–9 Rabi‘ I 1444 AH (28 September – 5 October 2022)',
    },
  ],
  [
    'a range across years',
    day('2022-12-28', '2023-01-05'),
    {
      ar: '28 ديسمبر 2022 – 5 يناير 2023',
      en: '28 December 2022 – 5 January 2023',
      arH: '4–12 جمادى الآخرة 1444 هـ (28 ديسمبر 2022 – 5 يناير 2023)',
      enH: '4–12 Jumada II 1444 AH (28 December 2022 – 5 January 2023)',
    },
  ],
  [
    'a Hijri range across Hijri years',
    day('2022-07-20', '2022-08-05'),
    {
      ar: '20 يوليو – 5 أغسطس 2022',
      en: '20 July – 5 August 2022',
      arH: '21 ذو الحجة 1443 – 7 محرم 1444 هـ (20 يوليو – 5 أغسطس 2022)',
      enH: '21 Dhu‘l-Hijjah 1443 – 7 Muharram 1444 AH (20 July – 5 August 2022)',
    },
  ],
  [
    'one day with its part of day',
    { precision: 'day', start: '2022-10-08', partOfDay: 'morning' },
    {
      ar: '8 أكتوبر 2022، صباحاً',
      en: '8 October 2022, morning',
      arH: '12 ربيع الأول 1444 هـ، صباحاً (8 أكتوبر 2022)',
      enH: '12 Rabi‘ I 1444 AH, morning (8 October 2022)',
    },
  ],
  [
    'a day known to lie between two days (V2 `between`)',
    { precision: 'between', earliest: '2022-10-03', latest: '2022-10-09' },
    {
      ar: 'بين 3 و9 أكتوبر 2022 (اليوم غير مذكور)',
      en: 'between 3 and 9 October 2022 (day not reported)',
      arH: 'بين 7 و13 ربيع الأول 1444 هـ (3–9 أكتوبر 2022، اليوم غير مذكور)',
      enH: 'between 7 and 13 Rabi‘ I 1444 AH (3–9 October 2022, day not reported)',
    },
  ],
  [
    '`between` across months',
    { precision: 'between', earliest: '2022-09-28', latest: '2022-10-09' },
    {
      ar: 'بين 28 سبتمبر و9 أكتوبر 2022 (اليوم غير مذكور)',
      en: 'between 28 September and 9 October 2022 (day not reported)',
      arH: 'بين 2 و13 ربيع الأول 1444 هـ (28 سبتمبر – 9 أكتوبر 2022، اليوم غير مذكور)',
      enH: 'between 2 and 13 Rabi‘ I 1444 AH (28 September – 9 October 2022, day not reported)',
    },
  ],
  [
    '`between` across years',
    { precision: 'between', earliest: '2022-12-28', latest: '2023-01-09' },
    {
      ar: 'بين 28 ديسمبر 2022 و9 يناير 2023 (اليوم غير مذكور)',
      en: 'between 28 December 2022 and 9 January 2023 (day not reported)',
      arH: 'بين 4 و16 جمادى الآخرة 1444 هـ (28 ديسمبر 2022 – 9 يناير 2023، اليوم غير مذكور)',
      enH: 'between 4 and 16 Jumada II 1444 AH (28 December 2022 – 9 January 2023, day not reported)',
    },
  ],
  [
    'a month: its Hijri months are those it overlaps',
    { precision: 'month', start: '2022-10' },
    {
      ar: 'أكتوبر 2022 (اليوم غير مذكور)',
      en: 'October 2022 (day not reported)',
      arH: 'ربيع الأول – ربيع الآخر 1444 هـ (أكتوبر 2022، اليوم غير مذكور)',
      enH: 'Rabi‘ I – Rabi‘ II 1444 AH (October 2022, day not reported)',
    },
  ],
  [
    'a range of months',
    { precision: 'month', start: '2022-11', end: '2023-02' },
    {
      ar: 'نوفمبر 2022 – فبراير 2023 (اليوم غير مذكور)',
      en: 'November 2022 – February 2023 (day not reported)',
      arH: 'ربيع الآخر – شعبان 1444 هـ (نوفمبر 2022 – فبراير 2023، اليوم غير مذكور)',
      enH: 'Rabi‘ II – Sha‘ban 1444 AH (November 2022 – February 2023, day not reported)',
    },
  ],
  [
    'a range of years',
    { precision: 'year', start: '2022', end: '2024' },
    {
      ar: '2022–2024',
      en: '2022–2024',
      arH: '1443–1446 هـ (2022–2024)',
      enH: '1443–1446 AH (2022–2024)',
    },
  ],
  [
    'year 0 as written (four digits), and before the Hijra',
    { precision: 'year', start: '0000' },
    { ar: '0000', en: '0000', arH: '642–641 ق.هـ (0000)', enH: '642–641 BH (0000)' },
  ],
  [
    'years on both sides of the Hijra',
    { precision: 'year', start: '0001', end: '9999' },
    {
      ar: '0001–9999',
      en: '0001–9999',
      arH: '641 ق.هـ – 9666 هـ (0001–9999)',
      enH: '641 BH – 9666 AH (0001–9999)',
    },
  ],
  [
    'a time in a zone with no city',
    {
      precision: 'time',
      start: '2022-10-07T09:30',
      end: '2022-10-07T11:00',
      timeZone: 'Asia/Riyadh',
    },
    {
      ar: '7 أكتوبر 2022، 09:30–11:00 بالتوقيت العربي الرسمي',
      en: '7 October 2022, 09:30–11:00 Arabian Standard Time',
      arH: '11 ربيع الأول 1444 هـ، 09:30–11:00 بالتوقيت العربي الرسمي (7 أكتوبر 2022)',
      enH: '11 Rabi‘ I 1444 AH, 09:30–11:00 Arabian Standard Time (7 October 2022)',
    },
  ],
  [
    'a time running into the next day',
    { precision: 'time', start: '2022-10-07T22:30', end: '2022-10-08T01:00', timeZone: 'UTC' },
    {
      ar: '7 أكتوبر 2022، 22:30 – 8 أكتوبر 2022، 01:00 بالتوقيت العالمي المنسق',
      en: '7 October 2022, 22:30 – 8 October 2022, 01:00 UTC',
      arH: '11 ربيع الأول 1444 هـ، 22:30 – 12 ربيع الأول 1444 هـ، 01:00 بالتوقيت العالمي المنسق (7–8 أكتوبر 2022)',
      enH: '11 Rabi‘ I 1444 AH, 22:30 – 12 Rabi‘ I 1444 AH, 01:00 UTC (7–8 October 2022)',
    },
  ],
  [
    'an unknown date keeps its order',
    { precision: 'unknown', order: 3 },
    {
      ar: 'التاريخ غير معروف (الترتيب 3)',
      en: 'date unknown (order 3)',
      arH: 'التاريخ غير معروف (الترتيب 3)',
      enH: 'date unknown (order 3)',
    },
  ],
];

describe('formatDateSpec', () => {
  it.each(WORDS)('%s', (_, date, want) => {
    expect(formatDateSpec(date, 'ar')).toBe(want.ar);
    expect(formatDateSpec(date, 'en')).toBe(want.en);
    expect(formatDateSpec(date, 'ar', 'latn', { calendar: HIJRI })).toBe(want.arH);
    expect(formatDateSpec(date, 'en', 'latn', { calendar: HIJRI })).toBe(want.enH);
  });

  it.each(WORDS)('writes Arabic-Indic digits when asked, every digit: %s', (_, date, want) => {
    for (const [lang, calendar, text] of [
      ['ar', 'gregory', want.ar],
      ['en', 'gregory', want.en],
      ['ar', HIJRI, want.arH],
      ['en', HIJRI, want.enH],
    ] as [Lang, Calendar, string][]) {
      const out = formatDateSpec(date, lang, 'arab', { calendar });
      // English keeps a range's dash left-to-right between Arabic-Indic numbers (LRMs).
      const want = localizeDigits(text, 'arab');
      expect(out).toBe(lang === 'en' ? want.replace(/–/g, '\u200e–\u200e') : want);
      expect(out).not.toMatch(/[0-9]/);
    }
  });

  it('names the city of a timed meeting, in both languages and digit sets', () => {
    const date: DateSpec = { precision: 'time', start: '2022-10-07T15:00', timeZone: 'Asia/Seoul' };
    expect(formatDateSpec(date, 'en', 'latn', { city: 'Seoul' })).toBe(
      '7 October 2022, 15:00 Seoul time',
    );
    expect(formatDateSpec(date, 'ar', 'arab', { city: 'سيول' })).toBe(
      '٧ أكتوبر ٢٠٢٢، ١٥:٠٠ بتوقيت سيول',
    );
    expect(formatDateSpec(date, 'ar', 'arab', { city: 'سيول', calendar: HIJRI })).toBe(
      '١١ ربيع الأول ١٤٤٤ هـ، ١٥:٠٠ بتوقيت سيول (٧ أكتوبر ٢٠٢٢)',
    );
  });

  it('leaves the Gregorian date out of a short Hijri label when asked', () => {
    const d = day('2022-10-08');
    expect(formatDateSpec(d, 'ar', 'arab', { calendar: HIJRI })).toBe(
      '١٢ ربيع الأول ١٤٤٤ هـ (٨ أكتوبر ٢٠٢٢)',
    );
    expect(formatDateSpec(d, 'ar', 'arab', { calendar: HIJRI, gregorianBeside: false })).toBe(
      '١٢ ربيع الأول ١٤٤٤ هـ',
    );
  });

  it('words every year 0000–0100 with its four digits as written, at every precision', () => {
    // Intl writes year 305 as "305" and year 52 as "52": the file's "0305", "0052" must show.
    const fails: string[] = [];
    for (let n = 0; n <= 100; n++) {
      const y = String(n).padStart(4, '0');
      const next = String(n + 1).padStart(4, '0');
      const specs: DateSpec[] = [
        { precision: 'year', start: y },
        { precision: 'year', start: y, end: next },
        { precision: 'month', start: `${y}-02` },
        { precision: 'month', start: `${y}-11`, end: `${next}-01` },
        day(`${y}-12-31`),
        day(`${y}-03-01`, `${y}-03-02`),
        { precision: 'between', earliest: `${y}-12-30`, latest: `${next}-01-02` },
        {
          precision: 'time',
          start: `${y}-07-04T09:30`,
          end: `${y}-07-04T10:00`,
          timeZone: 'Asia/Dubai',
        },
      ];
      for (const d of specs)
        for (const lang of ['ar', 'en'] as const)
          for (const digits of ['latn', 'arab'] as const) {
            const text = formatDateSpec(d, lang, digits);
            if (!text.includes(localizeDigits(y, digits)))
              fails.push(`${JSON.stringify(d)} ${lang}: ${text}`);
          }
    }
    expect(fails).toEqual([]);
    expect(formatDateSpec({ precision: 'year', start: '0305' }, 'en')).toBe('0305');
    expect(formatDateSpec(day('0052-03-21'), 'ar')).toBe('21 مارس 0052');
  });

  it('words every legal year in both calendars without a minus sign or a raw number', () => {
    for (const y of ['0000', '0001', '0099', '0622', '0623', '1000', '5000', '9999'])
      for (const lang of ['ar', 'en'] as const) {
        const g = formatDateSpec(day(`${y}-06-15`), lang);
        expect(g).toContain(String(Number(y)));
        const h = formatDateSpec(day(`${y}-06-15`), lang, 'latn', { calendar: HIJRI });
        expect(h).not.toMatch(/-\d|\u200e|\u061c/);
        expect(h).toMatch(lang === 'ar' ? / (هـ|ق\.هـ) \(/ : / (AH|BH) \(/);
      }
  });
});

describe('formatDay and the short label note', () => {
  it('words one day with the Gregorian beside a Hijri one', () => {
    const ms = Date.UTC(2022, 9, 8);
    expect(formatDay(ms, 'en', 'latn')).toBe('8 October 2022');
    expect(formatDay(ms, 'ar', 'arab', { calendar: HIJRI })).toBe(
      '١٢ ربيع الأول ١٤٤٤ هـ (٨ أكتوبر ٢٠٢٢)',
    );
  });
  it('adds "day not reported" to a month and a `between` label only', () => {
    expect(unreportedDayNote({ precision: 'month', start: '2022-10' }, 'en')).toBe(
      ' (day not reported)',
    );
    expect(
      unreportedDayNote(
        { precision: 'between', earliest: '2022-10-03', latest: '2022-10-09' },
        'ar',
      ),
    ).toBe(' (اليوم غير مذكور)');
    expect(unreportedDayNote(day('2022-10-03'), 'en')).toBe('');
  });
});

describe('time zones', () => {
  const seoul = { start: '2022-10-07T15:00', timeZone: 'Asia/Seoul' };
  it.each([
    ['en', 'latn', 'Seoul', '15:00 Seoul time'],
    ['ar', 'arab', 'سيول', '١٥:٠٠ بتوقيت سيول'],
    ['ar', 'latn', 'سيول', '15:00 بتوقيت سيول'],
    ['en', 'latn', undefined, '15:00 Korean Standard Time'],
    ['ar', 'arab', undefined, '١٥:٠٠ بتوقيت كوريا الرسمي'],
  ] as [Lang, Digits, string | undefined, string][])(
    '%s %s city %s → %s',
    (lang, digits, city, want) => {
      expect(formatTimeWithZone(seoul, lang, digits, city)).toBe(want);
    },
  );
  it('words a span of clock times once, with the zone after it', () => {
    expect(formatTimeWithZone({ ...seoul, end: '2022-10-07T16:30' }, 'en', 'latn', 'Seoul')).toBe(
      '15:00–16:30 Seoul time',
    );
  });
  it('falls back to the IANA id only for a zone Intl does not know', () => {
    expect(timeZoneWords('Asia/Dubai', 'en')).toBe('Gulf Standard Time');
    expect(timeZoneWords('Asia/Dubai', 'ar')).toBe('بتوقيت الخليج');
    expect(timeZoneWords('Mars/Olympus_Mons', 'en')).toBe('Mars/Olympus_Mons time');
    expect(timeZoneWords('UTC', 'en')).toBe('UTC');
  });
});

describe('formatNumber', () => {
  const values = [
    0,
    -0,
    1,
    7,
    12,
    999,
    1000,
    1234,
    12345,
    123456,
    1234567,
    1e15,
    2 ** 53,
    1e21,
    0.5,
    6.6,
    12.25,
    1234.5,
    1234567.89,
    1.005,
    2.675,
    0.125,
    1 / 3,
    -1,
    -1234.5,
    NaN,
    Infinity,
    -Infinity,
  ];
  it.each(['ar', 'en'] as const)('writes every number as Intl does (%s)', (lang) => {
    for (const digits of ['latn', 'arab'] as const) {
      const nf = new Intl.NumberFormat(`${lang}-u-nu-${digits}`, { maximumFractionDigits: 2 });
      for (const v of values) expect(formatNumber(v, lang, digits), `${v}`).toBe(nf.format(v));
    }
  });
});

describe('English Hijri month names', () => {
  it('spell the ʿayn with U+2018, which the Latin face spaces as a letter, never U+02BB', () => {
    const words = [0, 1, 2, 7, 11].map((m) =>
      formatDateSpec(
        { precision: 'month', start: `2022-${String(m + 1).padStart(2, '0')}` },
        'en',
        'latn',
        { calendar: 'islamic-umalqura' },
      ),
    );
    expect(words.join(' ')).toContain('‘');
    expect(words.join(' ')).not.toContain('\u02BB');
  });
});
