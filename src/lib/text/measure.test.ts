// @vitest-environment node
import { describe, expect, it } from 'vitest';
import real from '../../../tests/fixtures/text/chromiumWidths.json';
import { createMeasure, estimateWidth } from './measure';

describe('estimateWidth', () => {
  it('grows with the text and the font size', () => {
    const a = estimateWidth('كو جين', { size: 15 });
    expect(estimateWidth('كو جين الرئيس', { size: 15 })).toBeGreaterThan(a);
    expect(estimateWidth('كو جين', { size: 30 })).toBeCloseTo(2 * a, 1);
    expect(estimateWidth('سيئول 2027', { size: 13 })).toBeGreaterThan(
      estimateWidth('سيئول', { size: 13 }),
    );
  });

  it('ignores diacritics and bidi isolates, and sets semibold wider', () => {
    expect(estimateWidth('مُحَمَّد', { size: 15 })).toBe(estimateWidth('محمد', { size: 15 }));
    expect(estimateWidth('\u2068Koh\u2069', { size: 15 })).toBe(estimateWidth('Koh', { size: 15 }));
    expect(estimateWidth('\u2068NFT\u2069', { size: 13 })).toBe(estimateWidth('NFT', { size: 13 }));
    expect(estimateWidth('Koh', { size: 15, weight: 600 })).toBeGreaterThan(
      estimateWidth('Koh', { size: 15 }),
    );
  });

  it('gives Hangul about a full em per syllable', () => {
    expect(estimateWidth('고진', { size: 10 })).toBeGreaterThanOrEqual(18);
  });

  it('counts a character outside the BMP once, not once per UTF-16 unit', () => {
    // U+20BB7 (a CJK extension ideograph) is two UTF-16 units but one full-width character.
    expect(estimateWidth('\u{20BB7}', { size: 10 })).toBe(10);
  });

  it('is never more than 1 % short of the real fonts on the visit’s hardest texts', () => {
    // A label estimated too narrow is clipped in Node-rendered output and overlaps in tests.
    const short = real.samples
      .map((s) => ({
        ...s,
        ratio: estimateWidth(s.text, { size: 100, weight: s.weight }) / (100 * s.em),
      }))
      .filter((s) => s.ratio < 0.99)
      .map((s) => `${s.weight} ${s.text.slice(0, 40)}: ${s.ratio.toFixed(3)}`);
    expect(short).toEqual([]);
  });
});

describe('createMeasure', () => {
  it('falls back to the estimator outside a browser, deterministically', () => {
    const m = createMeasure();
    expect(m('رئيس اللجنة', { size: 13 })).toBe(estimateWidth('رئيس اللجنة', { size: 13 }));
    expect(m('رئيس اللجنة', { size: 13 })).toBe(m('رئيس اللجنة', { size: 13 }));
  });

  it('keeps the widths of different fonts apart in its cache', () => {
    const m = createMeasure({ estimate: true });
    const regular = m('سيئول', { size: 13 });
    expect(m('سيئول', { size: 13, weight: 600 })).toBeGreaterThan(regular);
    expect(m('سيئول', { size: 26 })).toBeCloseTo(2 * regular, 1);
  });
});
