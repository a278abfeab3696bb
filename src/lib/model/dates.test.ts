// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_TIMED_DURATION,
  dateInterval,
  daysInMonth,
  isKnownTimeZone,
  isRealDate,
  isoDay,
} from './dates';
import type { DateSpec } from './schema';

const at = (iso: string) => Date.parse(`${iso}Z`);
const DAY = 24 * 60 * 60 * 1000;

describe('dateInterval', () => {
  const cases: [string, DateSpec, string, string][] = [
    // name, date, inclusive start, exclusive end (floating UTC)
    [
      'time with an end',
      {
        precision: 'time',
        start: '2022-05-10T10:00',
        end: '2022-05-10T11:30',
        timeZone: 'Asia/Seoul',
      },
      '2022-05-10T10:00',
      '2022-05-10T11:30',
    ],
    [
      'time with seconds',
      {
        precision: 'time',
        start: '2022-05-10T10:00:15',
        end: '2022-05-10T10:00:45',
        timeZone: 'UTC',
      },
      '2022-05-10T10:00:15',
      '2022-05-10T10:00:45',
    ],
    ['day', { precision: 'day', start: '2022-05-11' }, '2022-05-11T00:00', '2022-05-12T00:00'],
    [
      'day range (end inclusive)',
      { precision: 'day', start: '2022-05-10', end: '2022-05-12' },
      '2022-05-10T00:00',
      '2022-05-13T00:00',
    ],
    [
      'day at the end of a year',
      { precision: 'day', start: '2022-12-31' },
      '2022-12-31T00:00',
      '2023-01-01T00:00',
    ],
    ['leap day', { precision: 'day', start: '2024-02-29' }, '2024-02-29T00:00', '2024-03-01T00:00'],
    ['month', { precision: 'month', start: '2022-05' }, '2022-05-01T00:00', '2022-06-01T00:00'],
    [
      'February of a leap year',
      { precision: 'month', start: '2024-02' },
      '2024-02-01T00:00',
      '2024-03-01T00:00',
    ],
    [
      'February of a common year',
      { precision: 'month', start: '2023-02' },
      '2023-02-01T00:00',
      '2023-03-01T00:00',
    ],
    ['December', { precision: 'month', start: '2022-12' }, '2022-12-01T00:00', '2023-01-01T00:00'],
    [
      'month range',
      { precision: 'month', start: '2022-11', end: '2023-01' },
      '2022-11-01T00:00',
      '2023-02-01T00:00',
    ],
    ['year', { precision: 'year', start: '2022' }, '2022-01-01T00:00', '2023-01-01T00:00'],
    [
      'year range',
      { precision: 'year', start: '2020', end: '2022' },
      '2020-01-01T00:00',
      '2023-01-01T00:00',
    ],
  ];

  it.each(cases)('%s', (_name, date, start, end) => {
    expect(dateInterval(date)).toEqual({ start: at(start), end: at(end) });
  });

  it('gives a timed date without an end the default duration', () => {
    const i = dateInterval({
      precision: 'time',
      start: '2022-05-10T23:30',
      timeZone: 'Asia/Seoul',
    });
    expect(i).toEqual({
      start: at('2022-05-10T23:30'),
      end: at('2022-05-10T23:30') + DEFAULT_TIMED_DURATION,
    });
  });

  it('covers 29 days for February of a leap year, 28 otherwise, 366 for a leap year', () => {
    const length = (d: DateSpec) => {
      const i = dateInterval(d);
      return i && (i.end - i.start) / DAY;
    };
    expect(length({ precision: 'month', start: '2024-02' })).toBe(29);
    expect(length({ precision: 'month', start: '2000-02' })).toBe(29);
    expect(length({ precision: 'month', start: '1900-02' })).toBe(28);
    expect(length({ precision: 'month', start: '2023-02' })).toBe(28);
    expect(length({ precision: 'year', start: '2024' })).toBe(366);
    expect(length({ precision: 'year', start: '2022' })).toBe(365);
  });

  it('is null for an unknown date', () => {
    expect(dateInterval({ precision: 'unknown', order: 3 })).toBeNull();
  });

  it('does not move with the reader’s time zone (floating wall-clock time)', () => {
    const i = dateInterval({ precision: 'day', start: '2022-05-11' });
    expect(i && isoDay(i.start)).toBe('2022-05-11');
    expect(i && isoDay(i.end - 1)).toBe('2022-05-11');
  });

  it('reads years before 100 as themselves, not as 19xx', () => {
    expect(dateInterval({ precision: 'year', start: '0050' })).toEqual({
      start: at('0050-01-01T00:00'),
      end: at('0051-01-01T00:00'),
    });
    expect(isoDay(dateInterval({ precision: 'day', start: '0050-03-01' })?.start ?? NaN)).toBe(
      '0050-03-01',
    );
  });

  it('gets every year 0000–0100 right at every precision, leap days and year ends included', () => {
    const year = 365 * DAY;
    for (let y = 0; y <= 100; y++) {
      const yyyy = String(y).padStart(4, '0');
      const next = String(y + 1).padStart(4, '0');
      const leap = y % 4 === 0 && y !== 100; // 0000 is a leap year (divisible by 400), 0100 not
      expect(daysInMonth(y, 2)).toBe(leap ? 29 : 28);
      expect(isRealDate(`${yyyy}-02-29`)).toBe(leap);
      const whole = dateInterval({ precision: 'year', start: yyyy });
      expect(whole && [isoDay(whole.start), isoDay(whole.end)]).toEqual([
        `${yyyy}-01-01`,
        `${next}-01-01`,
      ]);
      expect(whole && whole.end - whole.start).toBe(leap ? year + DAY : year);
      const dec = dateInterval({ precision: 'month', start: `${yyyy}-12` });
      expect(dec && [isoDay(dec.start), isoDay(dec.end)]).toEqual([
        `${yyyy}-12-01`,
        `${next}-01-01`,
      ]);
      const last = dateInterval({ precision: 'day', start: `${yyyy}-12-31` });
      expect(last && isoDay(last.end)).toBe(`${next}-01-01`);
      const timed = dateInterval({
        precision: 'time',
        start: `${yyyy}-06-15T23:30`,
        end: `${yyyy}-06-16T00:15:30`,
        timeZone: 'UTC',
      });
      expect(timed && [isoDay(timed.start), timed.end - timed.start]).toEqual([
        `${yyyy}-06-15`,
        (45 * 60 + 30) * 1000,
      ]);
      expect(timed && new Date(timed.start).getUTCFullYear()).toBe(y);
    }
  });
});

describe('isRealDate', () => {
  const cases: [string, boolean][] = [
    ['2022', true],
    ['2022-05', true],
    ['2022-01', true],
    ['2022-12', true],
    ['2022-13', false],
    ['2022-00', false],
    ['2022-05-10', true],
    ['2022-01-31', true],
    ['2022-04-31', false],
    ['2022-02-28', true],
    ['2022-02-29', false],
    ['2022-02-30', false],
    ['2024-02-29', true],
    ['2000-02-29', true],
    ['1900-02-29', false],
    ['0000-02-29', true],
    ['2022-05-00', false],
    ['2022-05-32', false],
    ['2022-05-10T00:00', true],
    ['2022-05-10T23:59', true],
    ['2022-05-10T23:59:59', true],
    ['2022-05-10T24:00', false],
    ['2022-05-10T12:60', false],
    ['2022-05-10T12:00:60', false],
    ['2022-5-10', false],
    ['22-05-10', false],
    ['2022-05-10 10:00', false],
    ['2022-05-10T10:00Z', false],
    ['', false],
    ['not a date', false],
  ];
  it.each(cases)('%j → %s', (s, real) => {
    expect(isRealDate(s)).toBe(real);
  });
});

describe('daysInMonth', () => {
  it('knows month lengths, leap years included', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => daysInMonth(2023, m))).toEqual([
      31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31,
    ]);
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2100, 2)).toBe(28);
    expect(daysInMonth(0, 2)).toBe(29);
  });
});

describe('isKnownTimeZone', () => {
  it.each([
    ['Asia/Seoul', true],
    ['Asia/Dubai', true],
    ['UTC', true],
    ['America/Argentina/Buenos_Aires', true],
    ['Asia/Atlantis', false],
    ['Mars/Olympus_Mons', false],
    ['', false],
  ])('%j → %s', (tz, known) => {
    expect(isKnownTimeZone(tz)).toBe(known);
    expect(isKnownTimeZone(tz)).toBe(known); // and again, from the cache
  });
});
