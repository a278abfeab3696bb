import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { indexVisit } from '../model/derive';
import { parseVisitText } from '../model/parseVisit';
import { createMeasure } from '../text/measure';
import { buildOrgCards } from './orgCards';
import { layoutOrgChart } from './orgChart';
import { movePath, packOrgChart, packTrees, PACK_WIDTH, type Size } from './orgPack';

const overlap = (a: Size & { x: number; y: number }, b: Size & { x: number; y: number }) =>
  a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

const boxes = (trees: Size[], offsets: [number, number][]) =>
  trees.map((t, i) => ({ ...t, x: offsets[i]![0], y: offsets[i]![1] }));

describe('packTrees', () => {
  const trees: Size[] = [
    { w: 900, h: 600 },
    { w: 400, h: 300 },
    { w: 500, h: 200 },
    { w: 2600, h: 100 }, // wider than the rows: a row of its own
    { w: 150, h: 180 },
    { w: 150, h: 180 },
  ];
  for (const dir of ['ltr', 'rtl'] as const)
    it(`keeps tour order, never overlaps, stays within the width (${dir})`, () => {
      const p = packTrees(trees, 2000, 40, dir);
      expect(p.rows).toEqual([[0, 1, 2], [3], [4, 5]]);
      const b = boxes(trees, p.offsets);
      for (let i = 0; i < b.length; i++)
        for (let j = i + 1; j < b.length; j++)
          expect(overlap(b[i]!, b[j]!), `${i} ${j}`).toBe(false);
      for (const x of b) {
        expect(x.x).toBeGreaterThanOrEqual(0);
        expect(x.x + x.w).toBeLessThanOrEqual(p.width);
        expect(x.y + x.h).toBeLessThanOrEqual(p.height);
      }
      // Only the tree wider than the rows makes the whole wider than the rows.
      expect(p.width).toBe(2600);
      for (const r of p.rows.filter((r) => r.length > 1)) {
        const [a, z] = [b[r[0]!]!, b[r[r.length - 1]!]!];
        const span = dir === 'ltr' ? z.x + z.w - a.x : a.x + a.w - z.x;
        expect(span).toBeLessThanOrEqual(2000);
      }
      // Rows one under the other, in order; within a row, the reading order.
      expect(b[3]!.y).toBe(640);
      expect(b[4]!.y).toBe(640 + 100 + 40);
      const reading = (i: number, j: number) =>
        dir === 'ltr' ? b[i]!.x + b[i]!.w <= b[j]!.x : b[j]!.x + b[j]!.w <= b[i]!.x;
      expect(reading(0, 1) && reading(1, 2) && reading(4, 5)).toBe(true);
    });

  it('mirrors for RTL: the first tree at the right edge', () => {
    const ltr = packTrees(trees, 2000, 40, 'ltr');
    const rtl = packTrees(trees, 2000, 40, 'rtl');
    trees.forEach((t, i) => {
      expect(rtl.offsets[i]![1]).toBe(ltr.offsets[i]![1]);
      expect(rtl.offsets[i]![0]).toBe(ltr.width - ltr.offsets[i]![0] - t.w);
    });
    expect(rtl.offsets[0]![0] + trees[0]!.w).toBe(rtl.width);
    expect(ltr.offsets[0]).toEqual([0, 0]);
  });

  it('puts everything in one row when it fits, and nothing for no trees', () => {
    expect(
      packTrees(
        [
          { w: 10, h: 5 },
          { w: 20, h: 7 },
        ],
        100,
        5,
        'ltr',
      ),
    ).toEqual({
      offsets: [
        [0, 0],
        [15, 0],
      ],
      rows: [[0, 1]],
      width: 35,
      height: 7,
    });
    expect(packTrees([], 100, 5, 'rtl')).toEqual({ offsets: [], rows: [], width: 0, height: 0 });
  });
});

describe('movePath', () => {
  it('moves the absolute commands a link is written with', () => {
    expect(movePath('M10,20V30H-5V40.5', 100, 1000)).toBe('M110,1020V1030H95V1040.5');
  });
});

describe('packOrgChart (uae-2023: nine countries)', () => {
  const r = parseVisitText(readFileSync('data/visits/uae-2023.json', 'utf8'));
  if (!r.ok) throw new Error('uae-2023 does not load');
  for (const lang of ['ar', 'en'] as const) {
    const dir = lang === 'ar' ? 'rtl' : 'ltr';
    const cards = buildOrgCards(indexVisit(r.visit), {
      lang,
      measure: createMeasure({ estimate: true }),
    });
    const strip = layoutOrgChart(cards, { dir, orientation: 'vertical' });
    const packed = packOrgChart(() => strip, strip.groups.length);
    it(`is no strip, and moves every card with its tree (${lang})`, () => {
      expect(strip.width / strip.height).toBeGreaterThan(3.5); // what the file was
      expect(packed.width / packed.height).toBeLessThanOrEqual(2.5);
      expect(packed.width).toBeLessThanOrEqual(PACK_WIDTH + 2 * 24);
      expect(packed.cards).toHaveLength(strip.cards.length);
      expect(packed.links).toHaveLength(strip.links.length);
      expect(packed.items.map((i) => i.id)).toEqual(strip.items.map((i) => i.id));
      // Nothing overlaps: no two trees' boxes, no card outside its tree's box or the drawing.
      const g = packed.groups;
      for (let i = 0; i < g.length; i++)
        for (let j = i + 1; j < g.length; j++) expect(overlap(g[i]!, g[j]!)).toBe(false);
      for (const c of packed.cards) {
        const box = g[c.card.group]!;
        expect(c.x).toBeGreaterThanOrEqual(box.x - 0.01);
        expect(c.x + c.w).toBeLessThanOrEqual(box.x + box.w + 0.01);
        expect(c.y).toBeGreaterThanOrEqual(box.y + 51 - 0.01); // under its heading
        expect(c.y + c.h).toBeLessThanOrEqual(box.y + box.h + 0.01);
        expect(c.x + c.w).toBeLessThanOrEqual(packed.width);
        expect(c.y + c.h).toBeLessThanOrEqual(packed.height);
      }
      // Each card moved exactly as its tree's heading did.
      for (const c of packed.cards) {
        const was = strip.cards.find((s) => s.id === c.id)!;
        const [a, b] = [strip.groups[c.card.group]!, g[c.card.group]!];
        expect([c.x - was.x, c.y - was.y]).toEqual([b.x - a.x, b.y - a.y]);
        expect(c.body).toBe(was.body);
      }
      // Tour order in reading order: the first tree at the reading start of the first row.
      const first = g[0]!;
      expect(first.y).toBe(24);
      if (dir === 'ltr') expect(first.x).toBe(24);
      else expect(first.x + first.w).toBe(packed.width - 24);
    });
  }
});
