import { describe, expect, it } from 'vitest';
import korea from '../../../data/visits/korea-2022.json';
import uae from '../../../data/visits/uae-2023.json';
import { parseVisit } from '../model/parseVisit';
import { indexVisit } from '../model/derive';
import { createMeasure } from '../text/measure';
import { dirOf, type Lang } from '../i18n/locale';
import { layoutOrgChart } from './orgChart';
import { cardExtent, cutCards, orgViewFrame } from './orgFrame';
import { defaultOrientation } from './orgViewport';
import { viewportOf } from './viewRegion';

const measure = createMeasure({ estimate: true });
const load = (json: unknown) => {
  const r = parseVisit(structuredClone(json));
  if (!r.ok) throw new Error(JSON.stringify(r.errors.slice(0, 2)));
  return indexVisit(r.visit);
};
const VISITS = { 'korea-2022': load(korea), 'uae-2023': load(uae) };
const inside = (o: { x: number; y: number; w: number; h: number }, i: typeof o) =>
  i.x >= o.x - 0.5 &&
  i.y >= o.y - 0.5 &&
  i.x + i.w <= o.x + o.w + 0.5 &&
  i.y + i.h <= o.y + o.h + 0.5;

describe('a current-view file shows no half card', () => {
  for (const [name, index] of Object.entries(VISITS))
    for (const width of [360, 1280])
      for (const lang of ['ar', 'en'] as Lang[])
        it(`${name} at ${width} px (${lang}), views through cards`, () => {
          const orientation = defaultOrientation(width);
          const layout = layoutOrgChart(index, { lang, dir: dirOf(lang), orientation, measure });
          const height = 520;
          // Views whose edges run through cards: each card's middle at the view's corner.
          for (const c of layout.cards.slice(0, 12)) {
            const k = 0.9;
            const t = { k, x: -(c.x + c.w / 2) * k, y: -(c.y + c.h / 2) * k };
            const view = viewportOf(t, width, height);
            expect(cutCards(layout, view).length).toBeGreaterThan(0);
            const f = orgViewFrame(layout, t, width, height);
            expect(f.frame.k).toBe(k);
            expect(inside(f.frame.box, view)).toBe(true);
            // Nothing drawn is cut, and every card the reader saw part of is drawn whole.
            expect(cutCards(f.layout, f.frame.box)).toEqual([]);
            const seen = layout.cards.filter((d) => cutCards({ cards: [d] }, view).length > 0);
            const drawn = new Set(f.layout.cards.map((d) => d.id));
            for (const d of seen) expect(drawn.has(d.id)).toBe(true);
            for (const d of f.layout.cards) expect(inside(f.frame.box, cardExtent(d))).toBe(true);
          }
        });

  it('leaves a view that cuts nothing as it is', () => {
    const layout = layoutOrgChart(VISITS['korea-2022'], {
      lang: 'en',
      dir: 'ltr',
      orientation: 'vertical',
      measure,
    });
    const t = { k: 1, x: 0, y: 0 };
    const f = orgViewFrame(layout, t, layout.width, layout.height);
    expect(f.frame.box).toEqual(viewportOf(t, layout.width, layout.height));
    expect(f.layout.cards).toHaveLength(layout.cards.length);
  });
});
