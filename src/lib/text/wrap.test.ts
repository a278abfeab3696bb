// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createMeasure } from './measure';
import { wrapText } from './wrap';

describe('wrapText', () => {
  const m = createMeasure({ estimate: true });
  const font = { size: 13 };
  const title = 'رئيس اللجنة الرئاسية لحكومة المنصات الرقمية';

  it('breaks a long Arabic title into lines that fit', () => {
    const lines = wrapText(title, 120, font, m);
    expect(lines.length).toBeGreaterThan(1);
    for (const l of lines) expect(l.width).toBeLessThanOrEqual(120);
    expect(lines.map((l) => l.text).join(' ')).toBe(title);
  });

  it('keeps a word longer than the line whole', () => {
    const lines = wrapText('Supercalifragilistic hi', 40, font, m);
    expect(lines[0]?.text).toBe('Supercalifragilistic');
    expect(lines[0]?.width).toBeGreaterThan(40);
  });

  it('returns no lines for blank text', () => {
    expect(wrapText('  ', 100, font, m)).toEqual([]);
  });
});

describe('wrapText balancing', () => {
  const m = createMeasure({ estimate: true });
  it('evens out lines instead of leaving a lone last word', () => {
    const text = 'اللجنة الرئاسية لحكومة المنصات الرقمية';
    const greedy = wrapText(text, 210, { size: 13 }, m, false);
    const balanced = wrapText(text, 210, { size: 13 }, m);
    expect(balanced).toHaveLength(greedy.length);
    const spread = (ls: { width: number }[]) =>
      Math.max(...ls.map((l) => l.width)) - Math.min(...ls.map((l) => l.width));
    expect(spread(balanced)).toBeLessThan(spread(greedy));
  });
});
