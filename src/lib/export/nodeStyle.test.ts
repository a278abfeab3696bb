import { afterEach, describe, expect, it } from 'vitest';
import { createNodeStyle, matrixOf, specificity } from './nodeStyle';

const SVG = 'http://www.w3.org/2000/svg';

function setup(css: string, html: string, baseCss = '') {
  document.head.innerHTML = `<style>${css}</style>`;
  document.body.innerHTML = html;
  return createNodeStyle(document, { baseCss, width: 1280 }).getComputedStyle;
}
afterEach(() => {
  document.head.innerHTML = '';
  document.body.innerHTML = '';
});

describe('createNodeStyle (computed styles without a browser)', () => {
  it('resolves tokens written with light-dark() and var() to the light colour, as rgb()', () => {
    const cs = setup(
      '.card { fill: var(--accent); stroke: var(--missing, #dedad0); }',
      `<svg xmlns="${SVG}"><rect class="card"/></svg>`,
      ':root { --accent: light-dark(#0a58a6, #7cb7f2); }',
    );
    const rect = document.querySelector('rect')!;
    expect(cs(rect).fill).toBe('rgb(10, 88, 166)');
    expect(cs(rect).getPropertyValue('stroke')).toBe('rgb(222, 218, 208)');
  });

  it('mixes color-mix(in srgb, X p%, transparent) into X at alpha p', () => {
    const cs = setup(
      'rect { fill: color-mix(in srgb, #0a58a6 9%, transparent); }',
      `<svg xmlns="${SVG}"><rect/></svg>`,
    );
    expect(cs(document.querySelector('rect')!).fill).toBe('rgba(10, 88, 166, 0.09)');
  });

  it('orders by specificity, then source order; presentation attributes lose to rules, inline style and !important win', () => {
    const cs = setup(
      '.a.b { fill: #010101; } .a { fill: #020202; stroke: #030303 !important; } rect { stroke-width: 2; }',
      `<svg xmlns="${SVG}"><rect class="a b" fill="#ffffff" stroke-width="5"/><rect class="a" style="fill: #040404; stroke: #050505"/></svg>`,
    );
    const [r1, r2] = document.querySelectorAll('rect');
    expect(cs(r1!).fill).toBe('rgb(1, 1, 1)');
    expect(cs(r1!).strokeWidth).toBe('2px');
    expect(cs(r2!).fill).toBe('rgb(4, 4, 4)');
    expect(cs(r2!).stroke).toBe('rgb(3, 3, 3)');
  });

  it('inherits fill, font-size (rem/em in px) and direction; opacity does not inherit', () => {
    const cs = setup(
      'g { fill: #111111; font-size: 0.8125rem; opacity: 0.5; direction: rtl; } text { font-size: 1.5em; }',
      `<svg xmlns="${SVG}"><g><text>x</text></g></svg>`,
    );
    const text = document.querySelector('text')!;
    expect(cs(text).fill).toBe('rgb(17, 17, 17)');
    expect(cs(text).fontSize).toBe('19.5px');
    expect(cs(text).direction).toBe('rtl');
    expect(cs(text).opacity).toBe('1');
  });

  it('judges @media for a light, screen reader: print and dark rules are left out', () => {
    const cs = setup(
      '@media print { rect { fill: #ff0000; } } @media (prefers-color-scheme: dark) { rect { stroke: #ff0000; } } @media (min-width: 40rem) { rect { stroke-width: 3px; } }',
      `<svg xmlns="${SVG}"><rect fill="#00ff00"/></svg>`,
    );
    const rect = document.querySelector('rect')!;
    expect(cs(rect).fill).toBe('rgb(0, 255, 0)');
    expect(cs(rect).stroke).toBe('none');
    expect(cs(rect).strokeWidth).toBe('3px');
  });

  it('sees a changed style attribute (the export probes colours on one element)', () => {
    const cs = setup('', '<span></span>', ':root { --ink: #1b2330; --ink-2: #465161; }');
    const span = document.querySelector('span')!;
    span.setAttribute('style', 'color: var(--ink)');
    expect(cs(span).color).toBe('rgb(27, 35, 48)');
    span.setAttribute('style', 'color: var(--ink-2)');
    expect(cs(span).color).toBe('rgb(70, 81, 97)');
  });

  it('hides [hidden] and reports a transform attribute as the matrix a browser computes', () => {
    const cs = setup(
      '',
      `<p hidden>x</p><svg xmlns="${SVG}"><g transform="translate(10,20) scale(2)"/></svg>`,
    );
    expect(cs(document.querySelector('p')!).display).toBe('none');
    expect(cs(document.querySelector('g')!).transform).toBe('matrix(2, 0, 0, 2, 10, 20)');
    expect(matrixOf('rotate(90)')).toBe('matrix(0, 1, -1, 0, 0, 0)');
    expect(matrixOf('translate(1 2) bogus(3)')).toBeNull();
  });
});

describe('specificity', () => {
  it('counts ids, classes, types; :where() counts nothing, :not() its argument', () => {
    expect(specificity('#a .b c')).toBe(1_001_001);
    expect(specificity('.a.b:hover')).toBe(3_000);
    expect(specificity(':where(.a) .b')).toBe(1_000);
    expect(specificity('rect:not(.x)')).toBe(1_001);
    expect(specificity('[data-x="y"] text')).toBe(1_001);
  });
});
