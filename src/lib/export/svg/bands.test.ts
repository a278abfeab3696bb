// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createMeasure } from '../../text/measure';
import { balanceIsolates, layoutBands, wrap } from './bands';

const measure = createMeasure({ estimate: true });
const theme = { paper: '#fff', ink: '#000', muted: '#333', rule: '#ccc' };
const FSI = '\u2068';
const PDI = '\u2069';

describe('footer band', () => {
  it('wraps a long source list at spaces instead of running off the file', () => {
    const publishers = Array.from({ length: 14 }, (_, i) => `${FSI}وكالة الأنباء ${i + 1}${PDI}`);
    const credit = `المصدر: ${publishers.join('؛ ')}`;
    const { footer } = layoutBands(
      {
        title: 't',
        credit,
        exportDate: 'تاريخ التصدير: 2 ديسمبر 2026',
        lang: 'ar',
        dir: 'rtl',
        theme,
      },
      600,
      measure,
    );
    const lines = footer.texts.map((t) => t.model.label).filter((l) => l.includes('وكالة'));
    expect(lines.length).toBeGreaterThan(1);
    const drawn = lines.join(' ').replace(/[\u2066-\u2069]/g, '');
    for (const p of publishers) expect(drawn).toContain(p.replace(/[\u2066-\u2069]/g, ''));
    for (const l of lines) expect(measure(l, { size: 11 })).toBeLessThanOrEqual(600 - 32);
  });

  it('makes each wrapped line a whole bidi unit', () => {
    const out = balanceIsolates([`${FSI}a ${FSI}b`, `c${PDI} d${PDI}`]);
    expect(out).toEqual([`${FSI}a ${FSI}b${PDI}${PDI}`, `${FSI}${FSI}c${PDI} d${PDI}`]);
  });

  it('shortens a title past its lines at a word, never inside one', () => {
    const fits = (s: string) => s.length <= 20;
    const lines = wrap('Meeting with Interior Minister Prince Abdulaziz bin Saud', 0, 2, fits);
    expect(lines).toHaveLength(2);
    expect(lines[1]!.endsWith('…')).toBe(true);
    const words = 'Meeting with Interior Minister Prince Abdulaziz bin Saud'.split(' ');
    for (const w of lines.join(' ').replace('…', '').split(' ')) expect(words).toContain(w);
  });
});
