// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createMeasure } from '../text/measure';
import { countWords, placeCounts } from './printCounts';

const measure = createMeasure({ estimate: true });

describe('countWords', () => {
  it('says on paper how many items a dense stretch holds, plural-aware', () => {
    expect(countWords(1, 'meeting', 'en', 'latn')).toBe('1 more meeting');
    expect(countWords(3, 'meeting', 'en', 'latn')).toBe('3 more meetings');
    expect(countWords(1, 'meeting', 'ar', 'arab')).toBe('اجتماع آخر');
    expect(countWords(2, 'meeting', 'ar', 'arab')).toBe('اجتماعان آخران');
    expect(countWords(3, 'meeting', 'ar', 'arab')).toBe('٣ اجتماعات أخرى');
    expect(countWords(11, 'event', 'ar', 'latn')).toBe('11 حدثًا سياقيًا آخر');
    expect(countWords(12, 'undated', 'en', 'latn')).toBe('12 more without a date');
  });
});

describe('placeCounts', () => {
  const o = { lang: 'en' as const, digits: 'latn' as const, measure, width: 600 };
  it('merges counts that would overlap, and keeps them inside the drawing', () => {
    const out = placeCounts(
      [
        { kind: 'meeting', n: 2, x: 100, y: 10 },
        { kind: 'meeting', n: 3, x: 130, y: 10 },
        { kind: 'meeting', n: 1, x: 598, y: 10 },
        { kind: 'event', n: 4, x: 110, y: 40 },
      ],
      o,
    );
    expect(out.map((c) => c.text).sort()).toEqual([
      '1 more meeting',
      '4 more context events',
      '5 more meetings',
    ]);
    for (const c of out) {
      expect(c.x - c.w / 2).toBeGreaterThanOrEqual(4);
      expect(c.x + c.w / 2).toBeLessThanOrEqual(596);
    }
    const row = out.filter((c) => c.y === 10).sort((a, b) => a.x - b.x);
    expect(row[0]!.x + row[0]!.w / 2).toBeLessThan(row[1]!.x - row[1]!.w / 2);
  });
});
