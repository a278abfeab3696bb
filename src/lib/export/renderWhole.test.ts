import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { arbitraryVisit } from '../../../tests/fixtures/arbitraryVisit';
import { generateVisit } from '../../../tests/fixtures/synthetic';
import { dirOf, type Lang } from '../i18n/locale';
import { ui } from '../i18n/strings';
import { parseVisitText } from '../model/parseVisit';
import { LABEL_FONTS } from '../layout/timeline';
import { serializeSvg } from './svg/serialize';
import { smallVisit, syntheticOrgVisit } from '../../../tests/fixtures/orgTree';
import { timelineVisit } from '../../../tests/fixtures/timelineVisit';
import { indexVisit } from '../model/derive';
import type { Visit } from '../model/schema';
import { buildOrgCards } from '../layout/orgCards';
import { layoutOrgChart } from '../layout/orgChart';
import { createMeasure } from '../text/measure';
import { describeItems } from '../i18n/itemWords';
import { renderWhole } from './renderWhole';
import type { WholeOrgChart, WholeTimeline } from './wholeChart';

const marks = {
  focusId: null,
  selectedId: null,
  related: new Set<string>(),
  matches: new Set<string>(),
  current: null,
  hiding: new Set<string>(),
  dimming: false,
};

function orgChart(visit: Visit, collapsed = new Set<string>()): WholeOrgChart {
  const cards = buildOrgCards(indexVisit(visit), {
    lang: 'ar',
    measure: createMeasure({ estimate: true }),
  });
  const layout = layoutOrgChart(cards, { dir: 'rtl', orientation: 'vertical', collapsed });
  return { view: 'orgchart', layout, marks, lang: 'ar', label: 'الجهات' };
}

let host: HTMLElement;
afterEach(() => host?.remove());
function newHost() {
  host = document.createElement('div');
  document.body.append(host);
  return host;
}
const texts = (svg: SVGSVGElement) => [...svg.querySelectorAll('text')].map((t) => t.textContent);

describe('renderWhole', () => {
  it('draws every card of a big org chart with its text, at 1:1, then leaves no trace', () => {
    const chart = orgChart(syntheticOrgVisit(300));
    expect(chart.layout.cards.length).toBeGreaterThan(120); // the live view would cull
    const { svg, dispose } = renderWhole(chart, newHost(), 960);
    expect(svg.querySelectorAll('g.card')).toHaveLength(chart.layout.cards.length);
    const drawn = new Set(texts(svg));
    for (const card of chart.layout.cards)
      for (const t of card.body.header) expect(drawn).toContain(t.text);
    expect(svg.getAttribute('width')).toBe(String(chart.layout.width));
    expect(svg.getAttribute('height')).toBe(String(chart.layout.height));
    expect(svg.querySelector('g')?.getAttribute('transform')).toBe('translate(0,0) scale(1)');
    // Off screen and out of reach: hidden from assistive technology and from the keyboard.
    const box = svg.parentElement!;
    expect(box.parentElement).toBe(host);
    expect(box).toHaveAttribute('aria-hidden', 'true');
    expect(box.inert).toBe(true);
    dispose();
    expect(host.childElementCount).toBe(0);
    expect(svg.isConnected).toBe(false);
  });

  it('keeps what the reader folded away out of the org chart', () => {
    const full = orgChart(smallVisit());
    const folded = full.layout.cards.find((c) => c.toggle)!;
    const chart = orgChart(smallVisit(), new Set([folded.id]));
    const { svg, dispose } = renderWhole(chart, newHost(), 960);
    expect(svg.querySelectorAll('g.card').length).toBe(chart.layout.cards.length);
    expect(chart.layout.cards.length).toBeLessThan(full.layout.cards.length);
    dispose();
  });

  for (const lang of ['ar', 'en'] as const)
    it(`packs a nine-country org chart in rows, not a strip, every card whole (${lang})`, () => {
      const r = parseVisitText(readFileSync('data/visits/uae-2023.json', 'utf8'));
      if (!r.ok) throw new Error('uae-2023 does not load');
      const cards = buildOrgCards(indexVisit(r.visit), {
        lang,
        measure: createMeasure({ estimate: true }),
      });
      const dir = dirOf(lang);
      const layout = layoutOrgChart(cards, { dir, orientation: 'vertical' });
      expect(layout.width / layout.height).toBeGreaterThan(3.5); // the screen's one row
      const chart: WholeOrgChart = { view: 'orgchart', layout, marks, lang, label: 'x' };
      const { svg, dispose } = renderWhole(chart, newHost(), 960);
      const [w, h] = [Number(svg.getAttribute('width')), Number(svg.getAttribute('height'))];
      expect(w / h).toBeLessThanOrEqual(2.5);
      expect(w).toBeLessThanOrEqual(2100);
      const rects = [...svg.querySelectorAll('g.card')].map((g) => {
        const m = /translate\(([-\d.]+),\s*([-\d.]+)\)/.exec(g.getAttribute('transform') ?? '');
        const box = g.querySelector('rect')!;
        return {
          x: Number(m?.[1] ?? 0) + Number(box.getAttribute('x') ?? 0),
          y: Number(m?.[2] ?? 0) + Number(box.getAttribute('y') ?? 0),
          w: Number(box.getAttribute('width')),
          h: Number(box.getAttribute('height')),
        };
      });
      expect(rects).toHaveLength(layout.cards.length);
      for (const c of rects) {
        expect(c.w).toBeGreaterThan(0);
        expect(c.x).toBeGreaterThanOrEqual(0);
        expect(c.y).toBeGreaterThanOrEqual(0);
        expect(c.x + c.w).toBeLessThanOrEqual(w);
        expect(c.y + c.h).toBeLessThanOrEqual(h);
      }
      for (let i = 0; i < rects.length; i++)
        for (let j = i + 1; j < rects.length; j++) {
          const [a, b] = [rects[i]!, rects[j]!];
          const apart =
            a.x + a.w <= b.x || b.x + b.w <= a.x || a.y + a.h <= b.y || b.y + b.h <= a.y;
          expect(apart, `${i} ${j}`).toBe(true);
        }
      // Every heading and every card's text is in the file.
      const drawn = new Set(texts(svg));
      for (const g of layout.groups) for (const t of g.texts) expect(drawn).toContain(t.text);
      for (const card of layout.cards)
        for (const t of card.body.header) expect(drawn).toContain(t.text);
      dispose();
    });

  it('draws every dated timeline item at zoom 1, whatever the live view shows', () => {
    const index = indexVisit(timelineVisit());
    const chart: WholeTimeline = {
      view: 'timeline',
      views: describeItems(index, 'ar', 'latn'),
      lang: 'ar',
      digits: 'latn',
      dir: 'rtl',
      faded: new Set(),
      related: new Set(),
      selectedId: null,
      dimOthers: false,
    };
    const { svg, dispose } = renderWhole(chart, newHost(), 960);
    const dated = index.items.filter((i) => i.interval).map((i) => i.id);
    const ids = [...svg.querySelectorAll('[data-testid="tl-mark"]')].map((m) =>
      m.getAttribute('data-id'),
    );
    expect(ids).toEqual(expect.arrayContaining(dated));
    expect(svg.querySelectorAll('[data-testid="tl-cluster"]')).toHaveLength(0);
    expect(Number(svg.getAttribute('width'))).toBeGreaterThanOrEqual(960);
    expect(svg).toHaveAttribute('direction', 'rtl');
    dispose();
    expect(host.childElementCount).toBe(0);
  });
});

const bundled = ['korea-2022', 'uae-2023'].map((id) => {
  const r = parseVisitText(readFileSync(`data/visits/${id}.json`, 'utf8'));
  if (!r.ok) throw new Error(`${id} does not load`);
  return { name: id, visit: r.visit };
});
const generated = [
  { name: 'synthetic 80', visit: generateVisit({ seed: 7, meetings: 80 }) },
  { name: 'synthetic 240, 3 days', visit: generateVisit({ seed: 11, meetings: 240, days: 3 }) },
  ...fc
    .sample(arbitraryVisit({ maxMeetings: 60, maxOrgs: 40 }), { numRuns: 4, seed: 15 })
    .map((visit, i) => ({ name: `arbitrary #${i}`, visit })),
];
const estimate = createMeasure({ estimate: true });
const strip = (s: string | null) => (s ?? '').replace(/[\u2066-\u2069]/g, '');

function timelineOf(visit: Visit, lang: Lang, selectedId: string | null = null): WholeTimeline {
  const index = indexVisit(visit);
  return {
    view: 'timeline',
    views: describeItems(index, lang, 'latn'),
    lang,
    digits: 'latn',
    dir: dirOf(lang),
    faded: new Set(),
    related: new Set(),
    selectedId,
    dimOthers: false,
  };
}

describe('the whole timeline for a file (issue 15)', () => {
  for (const { name, visit } of [...bundled, ...generated])
    for (const lang of ['ar', 'en'] as const)
      it(`draws every label whole, inside the drawing: ${name}, ${lang}`, () => {
        const chart = timelineOf(visit, lang);
        const titles = new Map(chart.views.map((v) => [v.id, strip(v.title.text)]));
        const { svg, dispose } = renderWhole(chart, newHost(), 960);
        const width = Number(svg.getAttribute('width'));
        const marks = [...svg.querySelectorAll('[data-testid="tl-mark"]')];
        for (const mark of marks) {
          const label = mark.querySelector('text');
          if (!label) continue; // (a chip's or a mark's: every one checked)
          const id = mark.getAttribute('data-id')!;
          const text = strip(label.textContent);
          // The whole title, never shortened ("…عبدالعزيز بن سعو").
          expect(text, id).not.toContain('…');
          expect(text.startsWith(titles.get(id)!), `${id}: ${text}`).toBe(true);
          // Its extent, measured, lies inside the drawing.
          const type = mark.classList.contains('event') ? 'event' : 'meeting';
          const w = estimate(label.textContent ?? '', LABEL_FONTS[type]);
          const x = Number(label.getAttribute('x'));
          const [a, b] = chart.dir === 'rtl' ? [x - w, x] : [x, x + w];
          expect(a, `${id} starts at ${a}`).toBeGreaterThanOrEqual(0);
          expect(b, `${id} ends at ${b} of ${width}`).toBeLessThanOrEqual(width + 0.5);
        }
        // Nothing to press: no "+N" bubble; what cannot be laid out is a count in words.
        expect(svg.querySelectorAll('[data-testid="tl-cluster"]')).toHaveLength(0);
        for (const t of svg.querySelectorAll('text')) expect(t.textContent).not.toMatch(/^\+/);
        dispose();
      });

  it('gathers only what truly cannot fit, as a count in words, and lists the drawn encodings', async () => {
    // 240 meetings over 3 days: more at once than lanes, even in a wide file.
    const chart = timelineOf(generated[1]!.visit, 'en');
    const { svg, dispose } = renderWhole(chart, newHost(), 960);
    const counts = [...svg.querySelectorAll('text.count')].map((t) => t.textContent);
    const legend = (svg.getAttribute('data-legend') ?? '').split(' ');
    expect(legend).not.toContain('cluster');
    expect(legend).not.toContain('related');
    const file = await serializeSvg(svg, {
      title: 't',
      desc: 'd',
      lang: 'en',
      dir: 'ltr',
      credit: 'c',
      exportDate: 'e',
      mode: 'text',
      fonts: null,
    });
    expect(file).not.toMatch(/role="button"/);
    expect(file).not.toContain(ui('tlMore', 'en').slice(-12)); // "press to zoom in"
    expect(counts.length).toBeGreaterThan(0);
    for (const c of counts)
      expect(c).toMatch(/^\d+ more (meetings?|context events?|without a date)$/);
    // Nothing is lost: every item is drawn, or counted in words.
    const total = counts.reduce((n, c) => n + Number(/\d+/.exec(c ?? '')![0]), 0);
    const drawn = svg.querySelectorAll('[data-testid="tl-mark"]').length;
    expect(drawn + total).toBe(indexVisit(generated[1]!.visit).items.length);
    dispose();
  });

  it('explains the selection only when something is selected', () => {
    const visit = bundled[0]!.visit;
    const plain = renderWhole(timelineOf(visit, 'ar'), newHost(), 960);
    expect(plain.svg.getAttribute('data-legend')).not.toContain('related');
    plain.dispose();
    const id = visit.meetings[0]!.id;
    const sel = renderWhole(timelineOf(visit, 'ar', id), newHost(), 960);
    expect(sel.svg.getAttribute('data-legend')).toContain('related');
    sel.dispose();
  });

  it('says in which time the hours are, in a file of a view at hour ticks (uae-2023)', async () => {
    const visit = bundled[1]!.visit;
    const range = [Date.UTC(2023, 0, 14, 6), Date.UTC(2023, 0, 15, 6)] as const;
    for (const [lang, words] of [
      ['en', 'Times: Abu Dhabi time'],
      ['ar', 'الأوقات بتوقيت أبوظبي'],
    ] as const) {
      const { svg, dispose } = renderWhole({ ...timelineOf(visit, lang), range }, newHost(), 960);
      const caption = svg.querySelector('.axis text.caption');
      expect(strip(caption?.textContent ?? null)).toBe(words);
      // The whole chart (day ticks and coarser) has none.
      const whole = renderWhole(timelineOf(visit, lang), newHost(), 960);
      expect(whole.svg.querySelector('.axis text.caption')).toBeNull();
      whole.dispose();
      // In the file, the chart stands 16 px in from both sides, as its title does.
      const opts = { title: 't', desc: 'd', credit: 'c', exportDate: 'e', fonts: null } as const;
      const file = await serializeSvg(svg, { ...opts, lang, dir: dirOf(lang), mode: 'text' });
      const doc = new DOMParser().parseFromString(file, 'image/svg+xml');
      const chart = doc.querySelector('svg > svg')!;
      const fileWidth = Number(doc.documentElement.getAttribute('width'));
      expect(Number(chart.getAttribute('x'))).toBe(16);
      expect(fileWidth).toBe(Number(chart.getAttribute('width')) + 32);
      expect(strip(file)).toContain(words);
      dispose();
    }
  });

  it("says in a view's file, as on screen, that a band's items all lie outside it (korea-2022)", async () => {
    const visit = bundled[0]!.visit;
    // The opening view, 30 September to 10 October 2022: the 13 context events lie outside it.
    const range = [Date.UTC(2022, 8, 30), Date.UTC(2022, 9, 11)] as const;
    for (const [lang, words] of [
      ['en', '13 outside this range'],
      ['ar', '13 خارج هذا المدى'],
    ] as const) {
      const { svg, dispose } = renderWhole({ ...timelineOf(visit, lang), range }, newHost(), 960);
      const notes = [...svg.querySelectorAll('[data-testid="tl-band-note"]')];
      expect(notes.map((n) => strip(n.textContent))).toEqual([words]);
      // The file keeps the note; the screen's "Show all" is nothing to press on paper.
      const opts = { title: 't', desc: 'd', credit: 'c', exportDate: 'e', fonts: null } as const;
      const file = strip(
        await serializeSvg(svg, { ...opts, lang, dir: dirOf(lang), mode: 'text' }),
      );
      expect(file).toContain(words);
      expect(file).not.toContain(ui('tlBandShowAll', lang));
      dispose();
      const whole = renderWhole(timelineOf(visit, lang), newHost(), 960);
      expect(whole.svg.querySelectorAll('[data-testid="tl-band-note"]')).toHaveLength(0);
      whole.dispose();
    }
  });

  it('draws the current view as the reader sees it, bubbles as counts in words', () => {
    const visit = generated[1]!.visit;
    const chart = timelineOf(visit, 'ar');
    const all = renderWhole(chart, newHost(), 960);
    const domain = all.svg.getAttribute('viewBox');
    all.dispose();
    expect(domain).toBeTruthy();
    const first = indexVisit(visit).items.find((i) => i.interval)!.interval!;
    const range = [first.start, first.start + 86_400_000] as const;
    const { svg, dispose } = renderWhole({ ...chart, range }, newHost(), 960);
    expect(svg.getAttribute('width')).toBe('960');
    expect(svg.querySelectorAll('[data-testid="tl-cluster"]')).toHaveLength(0);
    for (const t of svg.querySelectorAll('text.count')) expect(t.textContent).toMatch(/أخر/);
    dispose();
  });
});
