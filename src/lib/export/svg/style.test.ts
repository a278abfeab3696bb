// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { initialInherited, localUrl, parseColor, styleAttrs } from './style';

/** A computed style made of `values` (everything else empty, as for unknown properties). */
const cs = (values: Record<string, string>) =>
  ({ getPropertyValue: (p: string) => values[p] ?? '' }) as unknown as CSSStyleDeclaration;
const ids = new Set(['grad']);

describe('styleAttrs', () => {
  it('writes resolved colours as hex and inherited properties only where they change', () => {
    const root = initialInherited();
    const g = styleAttrs('g', cs({ fill: 'rgb(10, 88, 166)', 'font-size': '13px' }), root, ids);
    expect(g).toBe(' fill="#0a58a6" font-size="13"');
    // A child with the same computed values writes nothing: it inherits them from the file.
    expect(
      styleAttrs('rect', cs({ fill: 'rgb(10, 88, 166)', 'font-size': '13px' }), { ...root }, ids),
    ).toBe('');
  });

  it('folds an rgba() alpha into the matching opacity, and transparent into none', () => {
    const out = styleAttrs(
      'rect',
      cs({ fill: 'rgba(10, 20, 30, 0.5)', 'fill-opacity': '0.5', stroke: 'rgba(0, 0, 0, 0)' }),
      initialInherited(),
      ids,
    );
    expect(out).toContain(' fill="#0a141e"');
    expect(out).toContain(' fill-opacity="0.25"');
    expect(out).not.toContain('stroke=');
  });

  it('keeps url() references inside the file and replaces others by their fallback', () => {
    expect(styleAttrs('rect', cs({ fill: 'url("#grad")' }), initialInherited(), ids)).toBe(
      ' fill="url(#grad)"',
    );
    expect(
      styleAttrs(
        'rect',
        cs({ fill: 'url("https://x.test/s.svg#p") rgb(255, 0, 0)' }),
        initialInherited(),
        ids,
      ),
    ).toBe(' fill="#ff0000"');
    expect(styleAttrs('g', cs({ 'clip-path': 'url("#elsewhere")' }), initialInherited(), ids)).toBe(
      '',
    );
  });

  it('writes text properties on text only, and stop colours on stops', () => {
    const values = { 'text-anchor': 'middle', 'stop-color': 'rgb(255, 0, 0)' };
    expect(styleAttrs('g', cs(values), initialInherited(), ids)).toBe('');
    expect(styleAttrs('text', cs(values), initialInherited(), ids)).toBe(' text-anchor="middle"');
    expect(styleAttrs('stop', cs(values), initialInherited(), ids)).toBe(' stop-color="#ff0000"');
  });

  it('writes dash arrays in SVG 1.1 syntax', () => {
    expect(
      styleAttrs('rect', cs({ 'stroke-dasharray': '3px, 2.5px' }), initialInherited(), ids),
    ).toBe(' stroke-dasharray="3 2.5"');
  });
});

describe('helpers', () => {
  it.each([
    ['rgb(27, 35, 48)', '#1b2330', 1],
    ['rgba(27, 35, 48, 0.5)', '#1b2330', 0.5],
    ['rgb(27 35 48 / 50%)', '#1b2330', 0.5],
    ['color(srgb 1 0 0)', 'color(srgb 1 0 0)', 1],
  ])('parseColor(%s)', (v, color, alpha) => {
    expect(parseColor(v)).toEqual({ color, alpha });
  });

  it('localUrl', () => {
    expect(localUrl('url("http://127.0.0.1:4173/#grad")', ids)).toBe('url(#grad)');
    expect(localUrl('url(#nope)', ids)).toBeNull();
  });
});
