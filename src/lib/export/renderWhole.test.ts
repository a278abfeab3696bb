import { afterEach, describe, expect, it } from 'vitest';
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
