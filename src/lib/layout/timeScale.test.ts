// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { scaleTime } from './timeScale';

const utc = (s: string) => Date.parse(`${s}Z`);
const Y2022 = utc('2022-01-01T00:00');
const Y2023 = utc('2023-01-01T00:00');

describe('scaleTime', () => {
  it.each([
    ['ltr', [0, 1000], 0, 1000],
    ['rtl', [1000, 0], 1000, 0],
  ] as const)('maps the domain onto the range (%s)', (_, range, start, end) => {
    const s = scaleTime([Y2022, Y2023], range);
    expect(s(Y2022)).toBe(start);
    expect(s(Y2023)).toBe(end);
    expect(s(new Date(Y2022))).toBe(start);
    expect(s((Y2022 + Y2023) / 2)).toBe(500);
  });

  it('mirrors RTL: an instant lands at width − its LTR x, and reads back the same', () => {
    const ltr = scaleTime([Y2022, Y2023], [0, 1280]);
    const rtl = scaleTime([Y2022, Y2023], [1280, 0]);
    for (const day of ['2022-03-01T00:00', '2022-07-15T12:30', '2022-12-31T23:00']) {
      const t = utc(day);
      expect(rtl(t)).toBeCloseTo(1280 - ltr(t), 9);
      expect(rtl(utc('2022-02-01T00:00'))).toBeGreaterThan(rtl(utc('2022-09-01T00:00')));
      expect(rtl.invert(rtl(t))).toBeCloseTo(t, -1); // within 10 ms
      expect(ltr.invert(ltr(t))).toBeCloseTo(t, -1);
    }
    expect(rtl.invert(0)).toBe(Y2023);
    expect(rtl.invert(1280)).toBe(Y2022);
  });

  it('extrapolates beyond the domain, as a zoomed-out view needs', () => {
    const s = scaleTime([Y2022, Y2023], [0, 100]);
    expect(s(Y2023 + (Y2023 - Y2022))).toBe(200);
    expect(s.invert(-100)).toBe(Y2022 - (Y2023 - Y2022));
  });

  it('reads and sets its domain (instants or dates) and range; a copy is independent', () => {
    const s = scaleTime([Y2022, Y2023], [1000, 0]);
    expect(s.domain()).toEqual([Y2022, Y2023]);
    expect(s.range()).toEqual([1000, 0]);
    const zoomed = s.copy().domain([new Date(utc('2022-06-01T00:00')), new Date(Y2023)]);
    expect(zoomed(utc('2022-06-01T00:00'))).toBe(1000);
    expect(s.domain()).toEqual([Y2022, Y2023]);
    expect(s.copy().range([0, 10])(Y2023)).toBe(10);
    expect(s(Y2023)).toBe(0);
  });

  it('reads a descending domain from its low end, and a point domain as its middle', () => {
    const s = scaleTime([Y2023, Y2022], [0, 100]);
    expect(s(Y2023)).toBe(0);
    expect(s(Y2022)).toBe(100);
    expect(scaleTime([Y2022, Y2022], [0, 100])(Y2022)).toBe(50);
  });
});

describe('scaleTime precision', () => {
  it('keeps whole milliseconds in its domain and inverse, as the dates of d3’s scale did', () => {
    const s = scaleTime([Y2022 + 0.75, Y2023 - 0.25], [0, 1000]);
    expect(s.domain()).toEqual([Y2022, Y2023 - 1]);
    expect(Number.isInteger(s.invert(333.3))).toBe(true);
  });
});
