// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { dateCellText } from './cells';
import { readDate, writeDate, type DateText } from './dates';

describe('dates as people write them', () => {
  it.each<[string, DateText]>([
    ['2022-10-04', { precision: 'day', start: '2022-10-04' }],
    ['2022-10-04 to 2022-10-07', { precision: 'day', start: '2022-10-04', end: '2022-10-07' }],
    ['2022-10-04 – 2022-10-07', { precision: 'day', start: '2022-10-04', end: '2022-10-07' }],
    ['2022-10-04/2022-10-07', { precision: 'day', start: '2022-10-04', end: '2022-10-07' }],
    ['2022-10-04 إلى 2022-10-07', { precision: 'day', start: '2022-10-04', end: '2022-10-07' }],
    ['٢٠٢٢-١٠-٠٤', { precision: 'day', start: '2022-10-04' }],
    ['2022-10', { precision: 'month', start: '2022-10' }],
    ['2021 to 2022', { precision: 'year', start: '2021', end: '2022' }],
    [
      'between 2022-10-03 and 2022-10-09',
      { precision: 'between', earliest: '2022-10-03', latest: '2022-10-09' },
    ],
    [
      'بين 2022-10-03 و2022-10-09',
      { precision: 'between', earliest: '2022-10-03', latest: '2022-10-09' },
    ],
    ['2022-10-07 10:30', { precision: 'time', start: '2022-10-07T10:30' }],
    [
      '2022-10-07 10:30 to 12:00',
      { precision: 'time', start: '2022-10-07T10:30', end: '2022-10-07T12:00' },
    ],
    ['2022-10-07T10:30:15', { precision: 'time', start: '2022-10-07T10:30:15' }],
    ['unknown', { precision: 'unknown' }],
    ['', { precision: 'unknown' }],
  ])('reads %j', (text, date) => {
    expect(readDate(text)).toEqual({ ok: true, date });
  });

  it.each([
    'next week',
    '4 Oct 2022',
    '2022-10-04 to 2022-11',
    'between 2022-10 and 2022-11',
    '10:30',
  ])('refuses %j, saying which forms it takes', (text) => {
    const r = readDate(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.expected).toContain('between 2022-10-03 and 2022-10-09');
  });

  it('lets the Precision column turn a spreadsheet date cell back into a month or a year', () => {
    // Excel turns a typed "2022-10" into 1 October 2022.
    const cell = dateCellText(new Date(Date.UTC(2022, 9, 1)));
    expect(readDate(cell, 'month')).toEqual({
      ok: true,
      date: { precision: 'month', start: '2022-10' },
    });
    expect(readDate(cell, 'year')).toEqual({
      ok: true,
      date: { precision: 'year', start: '2022' },
    });
    expect(readDate('2022-10-04', 'time').ok).toBe(false);
  });

  it('reads date cells with a time as a time, without one as a day', () => {
    expect(dateCellText(new Date(Date.UTC(2022, 9, 7, 10, 30)))).toBe('2022-10-07 10:30');
    expect(dateCellText(new Date(Date.UTC(2022, 9, 7)))).toBe('2022-10-07');
  });

  it.each<DateText>([
    { precision: 'day', start: '2022-10-04', end: '2022-10-04' },
    { precision: 'time', start: '0001-01-01T00:00:59', end: '9999-12-31T23:59' },
    { precision: 'between', earliest: '2022-10-03', latest: '2022-10-09' },
    { precision: 'year', start: '0001' },
    { precision: 'unknown' },
  ])('writes %j as text it reads back', (date) => {
    expect(readDate(writeDate(date), date.precision)).toEqual({ ok: true, date });
    expect(readDate(writeDate(date))).toEqual({ ok: true, date });
  });
});
