import { describe, expect, it } from 'vitest';
import { createMeasure } from './measure';
import { ELLIPSIS, truncate } from './truncate';

const font = { size: 13 };
const measure = createMeasure({ estimate: true });

describe('truncate', () => {
  it('keeps a label that fits', () => {
    expect(truncate('سيئول', 200, font, measure)).toMatchObject({
      text: 'سيئول',
      truncated: false,
    });
  });
  it('cuts whole graphemes, ends with an ellipsis and fits the width', () => {
    const text = 'توقيع مذكرة تفاهم في الرموز غير القابلة للاستبدال NFT';
    for (const max of [20, 60, 120, 200]) {
      const out = truncate(text, max, font, measure);
      expect(out.truncated).toBe(true);
      expect(out.text.endsWith(ELLIPSIS)).toBe(true);
      expect(out.width).toBeLessThanOrEqual(Math.max(max, measure(ELLIPSIS, font)));
      expect(text.startsWith(out.text.slice(0, -1))).toBe(true);
    }
  });
  it('cuts for the font it is given, not for one it measured before', () => {
    const text = 'توقيع مذكرة تفاهم في الرموز غير القابلة للاستبدال';
    const small = truncate(text, 120, { size: 11 }, measure);
    const large = truncate(text, 120, { size: 16, weight: 600 }, measure);
    expect(large.text.length).toBeLessThan(small.text.length);
    expect(large.width).toBeLessThanOrEqual(120);
  });
});
