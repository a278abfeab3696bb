// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Dir, Lang } from '../i18n/locale';
import { estimateWidth } from '../text/measure';
import { layoutTicks } from './ticks';
import { scaleTime } from './timeScale';

const measure = (s: string) => estimateWidth(s, { size: 11.5 });
const utc = (...a: [number, number, number?, number?]) =>
  Date.UTC(a[0], a[1], a[2] ?? 1, a[3] ?? 0);
const scale = (a: number, b: number, dir: Dir, width = 1000) =>
  scaleTime([a, b], dir === 'rtl' ? [width, 0] : [0, width]);
const ticks = (a: number, b: number, dir: Dir = 'rtl', lang: Lang = 'ar', width = 1000) =>
  layoutTicks(scale(a, b, dir, width), { width, dir, lang, digits: 'latn', measure });

describe('layoutTicks', () => {
  it.each([
    ['twenty years', 'year', utc(2010, 0), utc(2030, 0)],
    ['eighteen months', 'month', utc(2022, 0), utc(2023, 6)],
    ['a month', 'day', utc(2022, 9, 1), utc(2022, 10, 1)],
    ['a day', 'hour', utc(2022, 9, 5), utc(2022, 9, 6)],
  ] as const)('picks a finer level as the view narrows: %s → %s', (_, level, a, b) => {
    expect(ticks(a, b).level).toBe(level);
  });

  it('labels with Gregorian month names as used in the UAE, and names the enclosing period', () => {
    const axis = ticks(utc(2022, 0), utc(2022, 11, 31));
    expect(axis.ticks.map((t) => t.label)).toContain('أكتوبر');
    expect(axis.periods.map((p) => p.label)).toEqual(['2022']);
    const days = ticks(utc(2022, 9, 1), utc(2022, 10, 1));
    expect(days.periods[0]?.label).toBe('أكتوبر 2022');
  });

  it('writes Arabic-Indic digits when asked', () => {
    const axis = layoutTicks(scale(utc(2022, 9, 1), utc(2022, 9, 10), 'rtl'), {
      width: 1000,
      dir: 'rtl',
      lang: 'ar',
      digits: 'arab',
      measure,
    });
    const labels = [...axis.ticks, ...axis.periods].map((t) => t.label).join(' ');
    expect(labels).toMatch(/[٠-٩]/);
    expect(labels).not.toMatch(/[0-9]/);
  });

  it.each(['rtl', 'ltr'] as const)('never lets shown labels touch (%s)', (dir) => {
    for (const [a, b] of [
      [utc(2000, 0), utc(2040, 0)],
      [utc(2022, 0), utc(2024, 0)],
      [utc(2022, 9, 1), utc(2022, 9, 20)],
      [utc(2022, 9, 5), utc(2022, 9, 5, 9)],
    ] as const) {
      for (const width of [320, 1000, 1920]) {
        const shown = ticks(a, b, dir, 'ar', width)
          .ticks.filter((t) => t.showLabel)
          .map((t) => [t.labelX - measure(t.label) / 2, t.labelX + measure(t.label) / 2] as const)
          .sort((p, q) => p[0] - q[0]);
        for (let i = 1; i < shown.length; i++)
          expect(shown[i]![0]).toBeGreaterThan(shown[i - 1]![1]);
        for (const [lo, hi] of shown) {
          expect(lo).toBeGreaterThanOrEqual(0);
          expect(hi).toBeLessThanOrEqual(width);
        }
      }
    }
  });

  it('runs right-to-left in Arabic and left-to-right in English', () => {
    const rtl = ticks(utc(2022, 0), utc(2023, 0), 'rtl');
    const ltr = ticks(utc(2022, 0), utc(2023, 0), 'ltr', 'en');
    const jan = (a: typeof rtl) => a.ticks.find((t) => t.t === utc(2022, 0))!.x;
    expect(jan(rtl)).toBeCloseTo(1000);
    expect(jan(ltr)).toBeCloseTo(0);
    expect(ltr.ticks.map((t) => t.label)).toContain('Oct');
  });

  it.each([360, 1280])('keeps a 10,000-year axis readable at %i px', (width) => {
    for (const calendar of ['gregory', 'islamic-umalqura'] as const) {
      const first = new Date(0).setUTCFullYear(0, 0, 1);
      const last = new Date(0).setUTCFullYear(9999, 11, 31);
      const axis = layoutTicks(scale(first, last, 'ltr', width), {
        width,
        dir: 'ltr',
        lang: 'en',
        digits: 'latn',
        calendar,
        measure,
      });
      const xs = axis.ticks.map((t) => t.x).filter((x) => x >= 0 && x <= width);
      expect(xs.length).toBeLessThan(width / 20);
      const shown = axis.ticks.filter((t) => t.showLabel);
      expect(shown.length).toBeGreaterThanOrEqual(3);
      for (let i = 1; i < shown.length; i++)
        expect(shown[i]!.labelX - shown[i - 1]!.labelX).toBeGreaterThan(
          (measure(shown[i]!.label) + measure(shown[i - 1]!.label)) / 2,
        );
    }
  });
});

describe('layoutTicks in the Hijri (Umm al-Qura) calendar', () => {
  const hijri = (a: number, b: number, lang: Lang = 'ar', width = 1000, digits = 'latn' as const) =>
    layoutTicks(scale(a, b, lang === 'ar' ? 'rtl' : 'ltr', width), {
      width,
      dir: lang === 'ar' ? 'rtl' : 'ltr',
      lang,
      digits,
      calendar: 'islamic-umalqura',
      measure,
    });

  it('ticks months where Hijri months begin, with their names', () => {
    const axis = hijri(utc(2022, 0, 1), utc(2023, 6, 1));
    expect(axis.level).toBe('month');
    // 1 Rabiʻ II 1444 fell on 26 October 2022, 1 Muharram 1444 on 30 July 2022.
    const at = (a: typeof axis, ms: number) => a.ticks.find((t) => t.t === ms)?.label;
    expect(at(axis, utc(2022, 9, 26))).toBe('ربيع الآخر');
    expect(at(axis, utc(2022, 6, 30))).toBe('محرم');
    expect(axis.periods.map((p) => p.label)).toContain('1444 هـ');
    const en = hijri(utc(2022, 0, 1), utc(2023, 6, 1), 'en');
    expect(at(en, utc(2022, 9, 26))).toBe('Rabi‘ II');
  });

  it('labels each Gregorian day with its Hijri day, and names the Hijri month above', () => {
    const a = utc(2022, 9, 1);
    const b = utc(2022, 9, 20);
    const h = hijri(a, b);
    const g = ticks(a, b);
    expect(h.level).toBe('day');
    // A day keeps its Gregorian boundaries: the same ticks, other labels.
    expect(h.ticks.map((t) => t.t)).toEqual(g.ticks.map((t) => t.t));
    expect(h.ticks.find((t) => t.t === utc(2022, 9, 8))?.label).toBe('12');
    expect(g.ticks.find((t) => t.t === utc(2022, 9, 8))?.label).toBe('8');
    expect(h.periods.map((p) => p.label)).toEqual(['ربيع الأول 1444 هـ']);
    const arab = hijri(a, b, 'ar', 1000, 'arab' as 'latn');
    expect(arab.periods.map((p) => p.label)).toEqual(['ربيع الأول ١٤٤٤ هـ']);
  });

  it('names each day above hour ticks, shortened when its full Hijri name does not fit', () => {
    const axis = hijri(utc(2023, 0, 13, 10), utc(2023, 0, 22, 22), 'ar', 1134);
    expect(axis.level).toBe('hour');
    expect(axis.periods.map((p) => p.label)).toContain('25 جمادى الآخرة');
    const wide = hijri(utc(2023, 0, 14), utc(2023, 0, 16), 'ar', 1134);
    // The year once, on the first day named; the next day by its day and month.
    expect(wide.periods.map((p) => p.label)).toEqual([
      '21 جمادى الآخرة 1444 هـ',
      '22 جمادى الآخرة',
    ]);
  });

  it.each([1134, 1600, 2400])(
    'names the year on one day label only, not on whichever days it fits (%i px)',
    (width) => {
      // The Korea visit's opening range, 30 September to 10 October 2022: 4 to 14 Rabiʻ I 1444.
      const axis = hijri(utc(2022, 8, 30, 12), utc(2022, 9, 10, 12), 'ar', width);
      expect(axis.level).toBe('hour');
      const labels = axis.periods.map((p) => p.label);
      expect(labels.length).toBeGreaterThanOrEqual(9);
      const withYear = labels.filter((l) => l.includes('1444 هـ'));
      expect(withYear.length).toBeLessThanOrEqual(1);
      if (width >= 1600) expect(withYear).toHaveLength(1);
      // Every other day is worded alike: its day and month.
      for (const l of labels) if (!withYear.includes(l)) expect(l).toMatch(/^\d+ ربيع الأول$/);
    },
  );

  it('names the new year where it begins, in both calendars', () => {
    const a = utc(2022, 11, 27, 12);
    const b = utc(2023, 0, 4, 12);
    const g = layoutTicks(scale(a, b, 'ltr', 2000), {
      width: 2000,
      dir: 'ltr',
      lang: 'en',
      digits: 'latn',
      measure,
    });
    const labels = g.periods.map((p) => p.label);
    expect(labels.filter((l) => / 2022$/.test(l))).toHaveLength(1);
    expect(labels).toContain('1 January 2023');
    expect(labels).toContain('2 January');
    // 1 Muharram 1445 fell on 19 July 2023.
    const h = hijri(utc(2023, 6, 15, 12), utc(2023, 6, 23, 12), 'ar', 2000);
    const hl = h.periods.map((p) => p.label);
    expect(hl.filter((l) => l.includes('1444 هـ'))).toHaveLength(1);
    expect(hl).toContain('1 محرم 1445 هـ');
    expect(hl).toContain('2 محرم');
  });

  it('labels years with their era', () => {
    const axis = hijri(utc(2000, 0), utc(2030, 0), 'en');
    expect(axis.level).toBe('year');
    expect(axis.ticks.map((t) => t.label)).toContain('1444 AH');
  });
});
