// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { indexVisit } from '../model/derive';
import { generateVisit } from '../../../tests/fixtures/synthetic';
import { prepareEntries, timelineDomain } from '../layout/timeline';
import { crowding, wholeWidth } from './wholeWidth';

/** 7 px a character: the layout only needs widths that grow with the text. */
const measure = (s: string) => s.length * 7;
/** Meetings dated to the day or the hour (spans of months or years would squeeze the days). */
function entries(meetings: number) {
  const index = indexVisit(generateVisit({ seed: 3, meetings, days: 6 }));
  const items = index.items.filter(
    (i) => i.type === 'meeting' && /^(day|time)$/.test(i.data.date.precision),
  );
  return prepareEntries(items, (i) => (i.type === 'meeting' ? 'لقاء ' : 'حدث ').repeat(4), measure);
}

describe('wholeWidth', () => {
  for (const dir of ['rtl', 'ltr'] as const) {
    it(`keeps the chart's width when everything fits (${dir})`, () => {
      const e = entries(3);
      const o = { start: 1200, dir, domain: timelineDomain(e), measure };
      expect(crowding(e, o, 1200)).toBe(0);
      expect(wholeWidth(e, o)).toBe(1200);
    });

    it(`widens a crowded chart to the first width where no mark is clustered or cut (${dir})`, () => {
      const e = entries(20);
      const o = { start: 600, dir, domain: timelineDomain(e), measure };
      expect(crowding(e, o, 600)).toBeGreaterThan(0);
      const w = wholeWidth(e, o);
      expect(w).toBeGreaterThan(600);
      expect(w).toBeLessThanOrEqual(2400);
      expect(crowding(e, o, w)).toBe(0);
      expect(crowding(e, o, Math.round(w / 1.25))).toBeGreaterThan(0);
    });
  }

  it("keeps the chart's width when no width up to the limit shows everything", () => {
    const e = entries(400);
    const o = { start: 600, max: 1000, dir: 'rtl' as const, domain: timelineDomain(e), measure };
    expect(crowding(e, o, 938)).toBeGreaterThan(0);
    expect(wholeWidth(e, o)).toBe(600);
  });
});
