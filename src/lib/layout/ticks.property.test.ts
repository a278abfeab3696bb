// @vitest-environment node
/**
 * Axis ticks never collide, at any span: random views from an hour to 10,000 years, any width,
 * both languages, directions, digit sets and calendars. No two drawn tick labels overlap (nor
 * come closer than the gap), none sticks out of the axis, gridlines never smear together, and
 * the enclosing-period labels do not overlap either.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CALENDARS } from '../i18n/calendar';
import { estimateWidth } from '../text/measure';
import { layoutTicks, PERIOD_FONT, TICK_FONT } from './ticks';
import { scaleTime } from './timeScale';

const RUNS = Math.max(50, Math.round(Number(process.env.ZIYARA_PROPERTY_RUNS ?? 2000) / 5));
const measure = (s: string, font = TICK_FONT) => estimateWidth(s, font);
const H = 3_600_000;
const FIRST = new Date(0).setUTCFullYear(0, 0, 1);
const LAST = new Date(0).setUTCFullYear(9999, 11, 31);

const view = fc
  .record({
    // log-uniform span: an hour to 10,000 years
    logSpan: fc.double({ min: Math.log(H), max: Math.log(LAST - FIRST), noNaN: true }),
    at: fc.double({ min: 0, max: 1, noNaN: true }),
    width: fc.integer({ min: 120, max: 2400 }),
    lang: fc.constantFrom('ar', 'en'),
    dir: fc.constantFrom('rtl', 'ltr'),
    digits: fc.constantFrom('latn', 'arab'),
    calendar: fc.constantFrom(...CALENDARS),
  })
  .map((v) => {
    const span = Math.exp(v.logSpan);
    const d0 = FIRST + v.at * (LAST - FIRST - span);
    return { ...v, d0, d1: d0 + span };
  });

describe('layoutTicks at any span (property)', () => {
  it('never draws two labels that overlap or leave the axis', () => {
    fc.assert(
      fc.property(view, ({ d0, d1, width, lang, dir, digits, calendar }) => {
        const scale = scaleTime([d0, d1], dir === 'rtl' ? [width, 0] : [0, width]);
        const axis = layoutTicks(scale, { width, dir, lang, digits, calendar, measure });
        const shown = axis.ticks
          .filter((t) => t.showLabel)
          .map((t) => {
            const w = measure(t.label);
            return [t.labelX - w / 2, t.labelX + w / 2] as const;
          })
          .sort((a, b) => a[0] - b[0]);
        for (const [lo, hi] of shown) {
          expect(lo).toBeGreaterThanOrEqual(0);
          expect(hi).toBeLessThanOrEqual(width);
        }
        for (let i = 1; i < shown.length; i++)
          expect(shown[i]![0] - shown[i - 1]![1]).toBeGreaterThanOrEqual(16 - 1e-6);
        // Gridlines apart: no smear of lines.
        const xs = axis.ticks
          .map((t) => t.x)
          .filter((x) => x >= 0 && x <= width)
          .sort((a, b) => a - b);
        for (let i = 1; i < xs.length; i++) expect(xs[i]! - xs[i - 1]!).toBeGreaterThanOrEqual(6);
        // Periods, from the start edge, each before the next.
        const periods = axis.periods
          .map((p) => {
            const w = measure(p.label, PERIOD_FONT);
            return dir === 'rtl' ? ([p.x - w, p.x] as const) : ([p.x, p.x + w] as const);
          })
          .sort((a, b) => a[0] - b[0]);
        for (let i = 1; i < periods.length; i++)
          expect(periods[i]![0] - periods[i - 1]![1]).toBeGreaterThanOrEqual(8 - 1e-6);
        // The axis says something: a wide enough axis names at least two points or periods.
        if (width >= 400) expect(shown.length + periods.length).toBeGreaterThanOrEqual(2);
        // Digits as asked.
        const text = [...axis.ticks.map((t) => t.label), ...axis.periods.map((p) => p.label)];
        if (digits === 'arab') expect(text.join(' ')).not.toMatch(/[0-9]/);
        else expect(text.join(' ')).not.toMatch(/[٠-٩]/);
      }),
      { numRuns: RUNS },
    );
  });
});
