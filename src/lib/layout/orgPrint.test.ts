import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { indexVisit } from '../model/derive';
import { parseVisitText } from '../model/parseVisit';
import { createMeasure } from '../text/measure';
import { buildOrgCards } from './orgCards';
import { layoutOrgChart } from './orgChart';
import { pageSlices, printOrgChart } from './orgPrint';
import { READABLE_SCALE } from './orgViewport';

describe('pageSlices', () => {
  it('cuts in the gaps, never through a kept interval, each slice within a page', () => {
    const keep: [number, number][] = [
      [0, 300],
      [320, 700],
      [650, 900], // overlaps the one before: one block
      [950, 1200],
      [1210, 1500],
    ];
    const s = pageSlices(keep, 1510, 1000);
    expect(s).toEqual([
      [0, 925],
      [925, 1510],
    ]);
    for (const [a, b] of keep) expect(s.some(([t, u]) => a >= t && b <= u)).toBe(true);
  });
  it('gives an interval taller than a page a slice of its own', () => {
    expect(
      pageSlices(
        [
          [0, 100],
          [120, 1500],
          [1520, 1600],
        ],
        1600,
        1000,
      ),
    ).toEqual([
      [0, 110],
      [110, 1510],
      [1510, 1600],
    ]);
    expect(pageSlices([], 0, 1000)).toEqual([[0, 0]]);
  });
});

const visit = (id: string) => {
  const r = parseVisitText(readFileSync(`data/visits/${id}.json`, 'utf8'));
  if (!r.ok) throw new Error(`${id} does not load`);
  return r.visit;
};

describe('printOrgChart', () => {
  const paper = { paperWidth: 700, pageHeight: 900, readable: READABLE_SCALE };
  for (const id of ['korea-2022', 'uae-2023'])
    for (const lang of ['ar', 'en'] as const) {
      const cards = buildOrgCards(indexVisit(visit(id)), {
        lang,
        measure: createMeasure({ estimate: true }),
      });
      const dir = lang === 'ar' ? 'rtl' : 'ltr';
      const p = printOrgChart((orientation) => layoutOrgChart(cards, { dir, orientation }), {
        ...paper,
        orientation: 'vertical',
      });
      it(`${id}, ${lang}: readable, on the page, no card across a slice`, () => {
        expect(p.scale).toBeGreaterThanOrEqual(READABLE_SCALE);
        expect(p.layout.width * p.scale).toBeLessThanOrEqual(700 + 0.01);
        for (const [a, b] of p.slices) expect((b - a) * p.scale).toBeLessThanOrEqual(900 + 0.01);
        expect(p.slices[0]![0]).toBe(0);
        expect(p.slices[p.slices.length - 1]![1]).toBe(p.layout.height);
        for (const c of p.layout.cards)
          expect(
            p.slices.some(([a, b]) => c.y >= a && c.y + c.h <= b),
            c.id,
          ).toBe(true);
        // A heading stays with its tree's first card.
        p.layout.groups.forEach((g, i) => {
          const first = p.layout.cards
            .filter((c) => c.card.group === i)
            .sort((a, b) => a.y - b.y)[0]!;
          expect(p.slices.some(([a, b]) => g.y >= a && first.y + first.h <= b)).toBe(true);
        });
      });
    }

  it('uses the page width for a tree wide enough: Korea side-ways, not an outline', () => {
    for (const lang of ['ar', 'en'] as const) {
      const cards = buildOrgCards(indexVisit(visit('korea-2022')), {
        lang,
        measure: createMeasure({ estimate: true }),
      });
      const dir = lang === 'ar' ? 'rtl' : 'ltr';
      const p = printOrgChart((orientation) => layoutOrgChart(cards, { dir, orientation }), {
        ...paper,
        orientation: 'vertical',
      });
      expect(p.layout.width * p.scale).toBeGreaterThan(0.8 * 700);
    }
  });
});
