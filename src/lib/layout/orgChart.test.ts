// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { indexVisit } from '../model/derive';
import { generateVisit } from '../../../tests/fixtures/synthetic';
import { smallVisit, syntheticOrgVisit } from '../../../tests/fixtures/orgTree';
import { buildOrgCards, CARD } from './orgCards';
import {
  cullOrgChart,
  layoutOrgChart,
  type OrgChartLayout,
  type Orientation,
  type Rect,
} from './orgChart';
import { createMeasure } from '../text/measure';
import type { Dir } from '../i18n/locale';

const measure = createMeasure({ estimate: true });
const small = indexVisit(smallVisit());
const layout = (
  dir: Dir,
  orientation: Orientation,
  collapsed = new Set<string>(),
  lang: 'ar' | 'en' = 'ar',
) => layoutOrgChart(small, { dir, orientation, collapsed, lang, measure });
const card = (l: OrgChartLayout, id: string) => {
  const c = l.cards.find((c) => c.id === id);
  if (!c) throw new Error(`no card ${id}`);
  return c;
};
const cx = (r: Rect) => r.x + r.w / 2;
const cy = (r: Rect) => r.y + r.h / 2;
const CASES = [
  ['rtl', 'vertical'],
  ['ltr', 'vertical'],
  ['rtl', 'horizontal'],
  ['ltr', 'horizontal'],
] as const;

/** Orthogonal segments of an `M x,y (H x | V y)*` path. */
function segments(d: string): [number, number, number, number][] {
  const tokens = d.match(/[MHV][^MHV]+/g) ?? [];
  let x = 0;
  let y = 0;
  const out: [number, number, number, number][] = [];
  for (const t of tokens) {
    const [a = 0, b = 0] = t.slice(1).split(',').map(Number);
    if (t[0] === 'M') {
      [x, y] = [a, b];
    } else if (t[0] === 'H') {
      out.push([x, y, a, y]);
      x = a;
    } else {
      out.push([x, y, x, a]);
      y = a;
    }
  }
  return out;
}
const overlaps = (a: Rect, b: Rect, eps = 0.5) =>
  a.x + eps < b.x + b.w && b.x + eps < a.x + a.w && a.y + eps < b.y + b.h && b.y + eps < a.y + a.h;

function expectNoOverlaps(l: OrgChartLayout) {
  const cards = [...l.cards].sort((a, b) => a.x - b.x);
  for (let i = 0; i < cards.length; i++) {
    const a = cards[i]!;
    for (let j = i + 1; j < cards.length && cards[j]!.x < a.x + a.w; j++) {
      const b = cards[j]!;
      if (overlaps(a, b)) throw new Error(`cards ${a.id} and ${b.id} overlap`);
    }
  }
}

function expectLinksClear(l: OrgChartLayout) {
  for (const link of l.links) {
    for (const [x1, y1, x2, y2] of segments(link.d)) {
      const seg = {
        x: Math.min(x1, x2),
        y: Math.min(y1, y2),
        w: Math.abs(x2 - x1),
        h: Math.abs(y2 - y1),
      };
      for (const c of l.cards) {
        if (overlaps(seg, c)) throw new Error(`link ${link.id} crosses card ${c.id}`);
      }
    }
  }
  // Links of different parents never share a stretch of line.
  const runs = l.links.flatMap((link) =>
    segments(link.d).map((s) => ({ parent: link.id.split('>')[0], s })),
  );
  for (const a of runs)
    for (const b of runs) {
      if (a.parent === b.parent) continue;
      const [ax1, ay1, ax2, ay2] = a.s;
      const [bx1, by1, bx2, by2] = b.s;
      if (ay1 === ay2 && by1 === by2 && ay1 === by1) {
        const shared =
          Math.min(Math.max(ax1, ax2), Math.max(bx1, bx2)) -
          Math.max(Math.min(ax1, ax2), Math.min(bx1, bx2));
        expect(shared, `${a.parent} / ${b.parent}`).toBeLessThan(0.5);
      }
      if (ax1 === ax2 && bx1 === bx2 && ax1 === bx1) {
        const shared =
          Math.min(Math.max(ay1, ay2), Math.max(by1, by2)) -
          Math.max(Math.min(ay1, ay2), Math.min(by1, by2));
        expect(shared, `${a.parent} / ${b.parent}`).toBeLessThan(0.5);
      }
    }
}

describe('layoutOrgChart: direction', () => {
  it('puts the first child on the right in RTL and on the left in LTR (top-down)', () => {
    const rtl = layout('rtl', 'vertical');
    const ltr = layout('ltr', 'vertical');
    const kids = ['kr-pcdpg', 'kr-opc', 'kr-mois', 'kr-mss', 'kr-seoul', 'kr-busan'];
    const rx = kids.map((id) => cx(card(rtl, id)));
    const lx = kids.map((id) => cx(card(ltr, id)));
    expect(rx).toEqual([...rx].sort((a, b) => b - a));
    expect(lx).toEqual([...lx].sort((a, b) => a - b));
  });

  it('mirrors exactly: the RTL chart is the LTR one flipped', () => {
    for (const o of ['vertical', 'horizontal'] as const) {
      const rtl = layout('rtl', o);
      const ltr = layout('ltr', o);
      expect(rtl.width).toBeCloseTo(ltr.width);
      for (const c of ltr.cards) {
        const m = card(rtl, c.id);
        expect(m.x).toBeCloseTo(ltr.width - c.x - c.w, 5);
        expect(m.y).toBeCloseTo(c.y, 5);
      }
    }
  });

  it('grows a side-ways chart right-to-left in RTL, first child on top', () => {
    const rtl = layout('rtl', 'horizontal');
    const ltr = layout('ltr', 'horizontal');
    const root = card(rtl, 'kr-gov');
    const child = card(rtl, 'kr-pcdpg');
    expect(child.x + child.w).toBeLessThan(root.x);
    expect(card(ltr, 'kr-pcdpg').x).toBeGreaterThan(card(ltr, 'kr-gov').x + card(ltr, 'kr-gov').w);
    expect(cy(child)).toBeLessThan(cy(card(rtl, 'kr-busan')));
  });

  it('aligns each line at the inline start of its card, whatever its own direction', () => {
    const l = layoutOrgChart(small, {
      dir: 'rtl',
      orientation: 'vertical',
      lang: 'ar',
      measure,
      showOriginal: true,
    });
    const koh = card(l, 'kr-pcdpg');
    const texts = koh.body.rows.flatMap((r) => r.texts);
    const arabic = texts.find((t) => t.text === 'كو جين');
    const latin = texts.find((t) => t.text === 'Koh Jin');
    expect(arabic).toMatchObject({ anchor: 'start', dir: 'rtl', x: koh.w - CARD.padX });
    expect(latin).toMatchObject({ anchor: 'end', dir: 'ltr', lang: 'en', x: koh.w - CARD.padX });
    const en = layoutOrgChart(small, {
      dir: 'ltr',
      orientation: 'vertical',
      lang: 'en',
      measure,
      showOriginal: true,
    });
    const enTexts = card(en, 'kr-pcdpg').body.rows.flatMap((r) => r.texts);
    expect(enTexts.find((t) => t.text === '고진')).toMatchObject({
      anchor: 'start',
      x: CARD.padX,
      lang: 'ko',
    });
  });
});

describe('layoutOrgChart: geometry', () => {
  it.each(CASES)('has no overlapping cards or links (%s, %s)', (dir, orientation) => {
    const l = layout(dir, orientation);
    expectNoOverlaps(l);
    expectLinksClear(l);
    expect(l.links).toHaveLength(7);
  });

  it.each(CASES)(
    'stays clear on a 300-organization synthetic tree (%s, %s)',
    (dir, orientation) => {
      const big = indexVisit(syntheticOrgVisit(300, 7));
      const collapsed = new Set(['o3', 'o17', 'o40']);
      const l = layoutOrgChart(big, { dir, orientation, collapsed, lang: 'ar', measure });
      expectNoOverlaps(l);
      expectLinksClear(l);
    },
  );

  it('fits long Arabic titles inside their cards', () => {
    const big = indexVisit(generateVisit({ seed: 3, meetings: 10, organizations: 200 }));
    const l = layoutOrgChart(big, { dir: 'rtl', orientation: 'vertical', lang: 'ar', measure });
    for (const c of l.cards)
      for (const t of [...c.body.header, ...c.body.rows.flatMap((r) => r.texts)]) {
        expect(t.width, t.text).toBeLessThanOrEqual(c.w - 2 * CARD.padX + 0.01);
        expect(t.y).toBeLessThan(c.h);
      }
  });

  it('keeps the chart inside its reported size', () => {
    for (const [dir, o] of CASES) {
      const l = layout(dir, o);
      for (const c of l.cards) {
        expect(c.x).toBeGreaterThanOrEqual(0);
        expect(c.y).toBeGreaterThanOrEqual(0);
        expect(c.x + c.w).toBeLessThanOrEqual(l.width);
        expect(c.y + c.h).toBeLessThanOrEqual(l.height);
      }
    }
  });
});

describe('layoutOrgChart: folding and the tree items', () => {
  it('lists organizations, then their people, then sub-organizations, with ARIA positions', () => {
    const l = layout('rtl', 'vertical');
    const seoul = l.items.findIndex((i) => i.id === 'o:kr-seoul');
    expect(
      l.items.slice(seoul, seoul + 3).map((i) => [i.id, i.level, i.posinset, i.setsize]),
    ).toEqual([
      ['o:kr-seoul', 2, 5, 6],
      ['p:seoul-vm', 3, 1, 2],
      ['o:kr-sdf', 3, 2, 2],
    ]);
    expect(l.items[0]).toMatchObject({ id: 'o:kr-gov', level: 1, expanded: true, parentId: null });
  });

  it('folds a subtree: its cards and items go, the card shows how many are hidden', () => {
    const l = layout('rtl', 'vertical', new Set(['kr-seoul']));
    expect(l.cards.map((c) => c.id)).not.toContain('kr-sdf');
    expect(l.itemById.has('p:kang')).toBe(false);
    expect(l.itemById.get('o:kr-seoul')).toMatchObject({ expandable: true, expanded: false });
    // The vice mayor, the foundation and its CEO.
    expect(card(l, 'kr-seoul').toggle?.label).toBe('+3');
    expect(card(l, 'kr-seoul').h).toBeLessThan(card(layout('rtl', 'vertical'), 'kr-seoul').h);
  });

  it('writes the hidden count in Arabic-Indic digits when asked', () => {
    const l = layoutOrgChart(small, {
      dir: 'rtl',
      orientation: 'vertical',
      lang: 'ar',
      measure,
      digits: 'arab',
      collapsed: new Set(['kr-gov']),
    });
    expect(card(l, 'kr-gov').toggle?.label).toBe('+١٤');
    expect(l.cards).toHaveLength(1);
  });

  it('lays out prebuilt cards the same as from the index', () => {
    const cards = buildOrgCards(small, { lang: 'ar', measure });
    const a = layoutOrgChart(cards, { dir: 'rtl', orientation: 'vertical' });
    expect(a.cards.map((c) => [c.id, c.x, c.y])).toEqual(
      layout('rtl', 'vertical').cards.map((c) => [c.id, c.x, c.y]),
    );
  });
});

describe('cullOrgChart', () => {
  it('keeps what meets the view, and what it is told to keep', () => {
    const l = layout('ltr', 'vertical');
    const first = card(l, 'kr-pcdpg');
    const view = { x: first.x, y: first.y, w: 10, h: 10 };
    const out = cullOrgChart(l, view, new Set(['kr-busan']));
    expect(out.cards.map((c) => c.id).sort()).toEqual(['kr-busan', 'kr-pcdpg']);
    expect(cullOrgChart(l, { x: 0, y: 0, w: l.width, h: l.height }).links).toHaveLength(
      l.links.length,
    );
  });
});
