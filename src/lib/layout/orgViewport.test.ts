import { describe, expect, it } from 'vitest';
import korea from '../../../data/visits/korea-2022.json';
import uae from '../../../data/visits/uae-2023.json';
import tourV2 from '../../../tests/fixtures/valid/tour-v2.json';
import { orgTourVisit } from '../../../tests/fixtures/orgTour';
import { syntheticOrgVisit } from '../../../tests/fixtures/orgTree';
import { parseVisit } from '../model/parseVisit';
import { indexVisit } from '../model/derive';
import { PanZoom, ZoomTransform } from '../interaction/panZoom';
import { wheelPolicy } from '../interaction/wheel';
import { createMeasure } from '../text/measure';
import { dirOf, type Lang } from '../i18n/locale';
import { layoutOrgChart, type OrgChartLayout } from './orgChart';
import { FONTS } from './orgCards';
import { HEADING_FONTS } from './orgGroups';
import {
  cueStrip,
  cutCards,
  defaultOrientation,
  groupsInView,
  MIN_TEXT_PX,
  orgFit,
  READABLE_SCALE,
  orgViewportHeight,
  stickyHeading,
} from './orgViewport';
import { viewportOf } from './viewRegion';

const measure = createMeasure({ estimate: true });
const load = (json: unknown) => {
  const r = parseVisit(structuredClone(json));
  if (!r.ok) throw new Error(JSON.stringify(r.errors.slice(0, 2)));
  return indexVisit(r.visit);
};
const VISITS = {
  'korea-2022': load(korea),
  'uae-2023': load(uae),
  'generated tour (5 countries × 40)': load(orgTourVisit(40)),
  'generated deep tree (400)': load(syntheticOrgVisit(400, 3)),
};

/**
 * The transform a fit gives in a viewport of this size, in the browser's order: the chart fits
 * on load, before its `<svg>` is attached (the pan/zoom's own viewport then reads 0 × 0), and
 * the transform is applied when the svg comes. A fit sized by that 0 × 0 put the chart at 1:1
 * with its anchor at the viewport's corner: in English, the first tree half off the start edge.
 */
function fitted(layout: OrgChartLayout, width: number, height: number) {
  const pz = new PanZoom({ policy: wheelPolicy(false), onTransform: () => {} });
  const { k, x, y } = orgFit(layout, width, height);
  pz.transformTo(new ZoomTransform(k, x, y), false, false);
  pz.attach(document.createElementNS('http://www.w3.org/2000/svg', 'svg'));
  return pz.transform;
}
/** Every type size drawn: card lines, headings, and the fold buttons' 12 px counts. */
const sizes = (l: OrgChartLayout) => [
  12,
  ...l.cards.flatMap((c) => [
    ...c.body.header.map((t) => FONTS[t.role].size),
    ...c.body.rows.flatMap((r) => r.texts.map((t) => FONTS[t.role].size)),
  ]),
  ...l.groups.flatMap((g) => g.texts.map((t) => HEADING_FONTS[t.role].size)),
];

describe('the fitted view is readable', () => {
  for (const [name, index] of Object.entries(VISITS))
    for (const width of [360, 1280])
      for (const lang of ['ar', 'en'] as Lang[])
        it(`${name} at ${width} px (${lang}): no text under ${MIN_TEXT_PX} px, its country heading in view`, () => {
          const orientation = defaultOrientation(width);
          const layout = layoutOrgChart(index, { lang, dir: dirOf(lang), orientation, measure });
          const height = orgViewportHeight(layout, width, orientation);
          const t = fitted(layout, width, height);
          expect(Math.min(...sizes(layout)) * t.k).toBeGreaterThanOrEqual(MIN_TEXT_PX);
          // The first tree's heading (the country's name) is on screen.
          const view = viewportOf(t, width, height);
          const g = layout.groups[0]!;
          const s = stickyHeading(g, view, layout.dir);
          const plate = { ...g.plate, x: g.plate.x + s.dx, y: g.plate.y + s.dy };
          expect(plate.x).toBeGreaterThanOrEqual(view.x - 1);
          expect(plate.x + plate.w).toBeLessThanOrEqual(view.x + view.w + 1);
          expect(plate.y).toBeGreaterThanOrEqual(view.y - 1);
          // ... where it stands, over its tree, not slid down over the cards.
          expect(view.y).toBeLessThanOrEqual(g.y + 1);
        });
});

const BUNDLED = { 'korea-2022': VISITS['korea-2022'], 'uae-2023': VISITS['uae-2023'] };
describe('the opening view cuts no card at its edges', () => {
  for (const [name, index] of Object.entries({ ...BUNDLED, 'tour-v2': load(tourV2) }))
    for (const width of [360, 1280])
      for (const lang of ['ar', 'en'] as Lang[])
        it(`${name} at ${width} px (${lang})`, () => {
          const orientation = defaultOrientation(width);
          const layout = layoutOrgChart(index, { lang, dir: dirOf(lang), orientation, measure });
          const height = orgViewportHeight(layout, width, orientation);
          const t = fitted(layout, width, height);
          const view = viewportOf(t, width, height);
          // Every card of the view whole (fold buttons too) — at 1280 px; at 360 a card taller
          // than the room may run off the bottom, never off a side or the top.
          const open = width < 640 ? { ...view, h: Infinity } : view;
          expect(cutCards(layout, view, open)).toEqual([]);
          expect(layout.cards.some((c) => c.x >= view.x && c.x + c.w <= view.x + view.w)).toBe(
            true,
          );
          expect(t.k).toBeGreaterThanOrEqual(READABLE_SCALE - 1e-9);
          expect(t.k).toBeLessThanOrEqual(1);
        });
});

describe('orgViewport', () => {
  it('opens as an outline on a phone and top-down elsewhere', () => {
    expect(defaultOrientation(360)).toBe('indented');
    expect(defaultOrientation(1280)).toBe('vertical');
  });

  it('frames the whole chart when it reads whole, else the first tree', () => {
    const tiny = layoutOrgChart(VISITS['korea-2022'], {
      lang: 'en',
      dir: 'ltr',
      orientation: 'indented',
      measure,
      collapsed: new Set(['kr-president', 'kr-seoul-government']),
    });
    const k = Math.min((1280 - 16) / tiny.width, (680 - 16) / tiny.height, 1);
    expect(orgFit(tiny, 1280, 680).k).toBeCloseTo(k);
    const tour = layoutOrgChart(VISITS['generated tour (5 countries × 40)'], {
      lang: 'ar',
      dir: 'rtl',
      orientation: 'vertical',
      measure,
    });
    const shows = (group: number) =>
      groupsInView(tour, viewportOf(orgFit(tour, 1280, 680, group), 1280, 680)).inView;
    expect(shows(0)[0]).toBe(true);
    expect(shows(2)[2]).toBe(true);
    expect(shows(2)[0]).toBe(false);
  });

  it('keeps a strip for the edge cue only where a fit cannot show every tree', () => {
    const at = (index: (typeof VISITS)['uae-2023'], width: number) => {
      const orientation = defaultOrientation(width);
      const l = layoutOrgChart(index, { lang: 'en', dir: 'ltr', orientation, measure });
      return cueStrip(l, width, orgViewportHeight(l, width, orientation));
    };
    const tour = load(tourV2);
    expect(at(tour, 1280)).toBe(false);
    expect(at(tour, 360)).toBe(true);
    expect(at(VISITS['uae-2023'], 1280)).toBe(true);
    expect(at(VISITS['korea-2022'], 360)).toBe(false); // one tree: nothing to reach
  });

  it('says which trees lie beyond the view, in reading order', () => {
    const tour = layoutOrgChart(VISITS['generated tour (5 countries × 40)'], {
      lang: 'en',
      dir: 'ltr',
      orientation: 'vertical',
      measure,
    });
    const g1 = tour.groups[1]!;
    const seen = groupsInView(tour, { x: g1.x + 10, y: 0, w: 200, h: 400 });
    expect(seen.inView.map(Boolean)).toEqual([false, true, false, false, false, false]);
    expect(seen.before.map((g) => g.country)).toEqual(['SA']);
    expect(seen.after.map((g) => g.country)).toEqual(['QA', 'JP', 'FR', null]);
  });

  it('keeps a heading over the part of its tree in view, never outside its box', () => {
    const tour = layoutOrgChart(VISITS['generated tour (5 countries × 40)'], {
      lang: 'ar',
      dir: 'rtl',
      orientation: 'vertical',
      measure,
    });
    const g = tour.groups[0]!;
    expect(stickyHeading(g, { x: g.x, y: 0, w: g.w + 100, h: 500 }, 'rtl')).toEqual({
      dx: 0,
      dy: 0,
    });
    // Panned so that the tree's start (right) edge is out of view: the heading slides left.
    const view = { x: g.x + 100, y: 0, w: 300, h: 500 };
    const { dx } = stickyHeading(g, view, 'rtl');
    expect(g.plate.x + g.plate.w + dx).toBeCloseTo(view.x + view.w);
    const far = stickyHeading(g, { x: g.x - 5000, y: 0, w: 300, h: 500 }, 'rtl');
    expect(g.plate.x + far.dx).toBeCloseTo(g.x);
  });

  it('is as tall as the chart at the zoom its width fits, within bounds', () => {
    expect(orgViewportHeight({ width: 500, height: 100 }, 1280, 'vertical')).toBe(320);
    expect(orgViewportHeight({ width: 1000, height: 400 }, 1280, 'vertical')).toBe(416);
    expect(orgViewportHeight({ width: 2528, height: 500 }, 1280, 'vertical')).toBe(433);
    expect(orgViewportHeight({ width: 500, height: 5000 }, 360, 'indented')).toBe(520);
    expect(orgViewportHeight({ width: 500, height: 5000 }, 1280, 'horizontal')).toBe(820);
  });
});
