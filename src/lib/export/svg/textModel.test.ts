import { describe, expect, it } from 'vitest';
import { firstStrong } from './bidi';
import { readText } from './textModel';

const NS = 'http://www.w3.org/2000/svg';
const INHERITED = [
  'direction',
  'text-anchor',
  'font-size',
  'font-weight',
  'white-space',
  'letter-spacing',
  'dominant-baseline',
];

/** jsdom has no SVG computed style: read presentation attributes, inheriting up the tree. */
function style(el: Element): CSSStyleDeclaration {
  const get = (name: string, fallback: string) => {
    for (let e: Element | null = el; e; e = INHERITED.includes(name) ? e.parentElement : null) {
      const v = e.getAttribute(name);
      if (v) return v;
    }
    return fallback;
  };
  return {
    direction: get('direction', 'ltr'),
    textAnchor: get('text-anchor', 'start'),
    fontSize: get('font-size', '16px'),
    fontWeight: get('font-weight', '400'),
    whiteSpace: get('white-space', 'normal'),
    letterSpacing: get('letter-spacing', 'normal'),
    dominantBaseline: get('dominant-baseline', 'auto'),
    unicodeBidi: get('unicode-bidi', 'normal'),
    display: get('display', 'inline'),
  } as unknown as CSSStyleDeclaration;
}

function text(markup: string): SVGTextElement {
  const svg = document.createElementNS(NS, 'svg');
  svg.setAttribute('direction', 'rtl');
  svg.innerHTML = markup;
  document.body.append(svg);
  return svg.querySelector('text')!;
}

const read = (markup: string) =>
  readText(text(markup), style, (el) =>
    el.getAttribute('fill') ? ` fill="${el.getAttribute('fill')}"` : '',
  );

describe('readText', () => {
  it('reads position, anchor, direction, size and baseline', () => {
    const m = read(
      '<text x="760" y="64" font-size="13" text-anchor="middle" dominant-baseline="central" lang="ar">لقاء</text>',
    );
    expect(m).toMatchObject({
      dir: 'rtl',
      size: 13,
      baseline: 'central',
      lang: 'ar',
      label: 'لقاء',
    });
    expect(m.chunks).toEqual([
      { x: 760, y: 64, anchor: 'middle', spans: [{ text: 'لقاء', weight: 400, paint: '', dy: 0 }] },
    ]);
  });

  it('collapses white space like SVG text and keeps styled tspans as spans', () => {
    const m = read(
      '<text x="10" y="20">\n  <tspan font-weight="600" fill="#a84f1f">الوفد   الزائر:</tspan>\n   عهود  </text>',
    );
    expect(m.chunks).toHaveLength(1);
    expect(m.chunks[0]!.spans).toEqual([
      { text: 'الوفد الزائر:', weight: 600, paint: ' fill="#a84f1f"', dy: 0 },
      { text: ' عهود', weight: 400, paint: '', dy: 0 },
    ]);
    expect(m.label).toBe('الوفد الزائر: عهود');
  });

  it('starts a chunk at each tspan with x or y, carrying dy', () => {
    const m = read(
      '<text x="300" y="262" text-anchor="end"><tspan x="300">السطر الأول</tspan><tspan x="300" dy="18">Second line</tspan></text>',
    );
    expect(m.chunks.map((c) => [c.x, c.y, c.anchor])).toEqual([
      [300, 262, 'end'],
      [300, 280, 'end'],
    ]);
    expect(m.label).toBe('السطر الأول Second line');
  });

  it('ignores <title> inside text and turns unicode-bidi on a tspan into bidi controls', () => {
    const m = read(
      '<text x="0" y="0">أ<tspan unicode-bidi="isolate" direction="ltr">B</tspan><title>tip</title></text>',
    );
    expect(m.label).toBe('أ\u2066B\u2069');
  });

  it('reads letter-spacing in user units', () => {
    expect(read('<text letter-spacing="0.12px">x</text>').letterSpacing).toBe(0.12);
    expect(read('<text>x</text>').letterSpacing).toBe(0);
  });

  it.each([
    ['Latin first', 'Ali علي', 'ltr'],
    ['Arabic first', 'علي Ali', 'rtl'],
    ['no strong character: the element’s own direction', '2022', 'rtl'],
  ])('a plaintext line takes its direction from its text: %s', (_, label, dir) => {
    const el = text(`<text unicode-bidi="plaintext">${label}</text>`);
    expect(readText(el, style, () => '', firstStrong).dir).toBe(dir);
  });
});
