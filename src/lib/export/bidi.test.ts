import { describe, expect, it } from 'vitest';
import { resolveLevels, visualRuns, type BaseDir } from './bidi';
import { isolateData } from './xml';

/** The runs of `text` in visual order, left to right, each with its direction. */
const runs = (text: string, dir: BaseDir) =>
  visualRuns(resolveLevels(text, dir)).map((r) => [
    text.slice(r.start, r.end),
    r.level % 2 ? 'rtl' : 'ltr',
  ]);

describe('visual runs (UAX #9)', () => {
  it.each([
    ['Latin alone', 'Ohood Al Roumi', 'ltr', [['Ohood Al Roumi', 'ltr']]],
    ['Arabic alone', 'عهود الرومي', 'rtl', [['عهود الرومي', 'rtl']]],
    [
      'a Latin word and a year inside Arabic',
      'إطلاق منصة NFT في 2027',
      'rtl',
      [
        ['2027', 'ltr'],
        [' في ', 'rtl'],
        ['NFT', 'ltr'],
        ['إطلاق منصة ', 'rtl'],
      ],
    ],
    [
      'a number with separators stays one number',
      'العدد 1,000.5 شخص',
      'rtl',
      [
        [' شخص', 'rtl'],
        ['1,000.5', 'ltr'],
        ['العدد ', 'rtl'],
      ],
    ],
    [
      'Arabic-Indic digits read left to right',
      'سنة ٢٠٢٢ م',
      'rtl',
      [
        [' م', 'rtl'],
        ['٢٠٢٢', 'ltr'],
        ['سنة ', 'rtl'],
      ],
    ],
    [
      'brackets around Latin inside Arabic follow what they hold (N0)',
      'منصة NFT (Non-Fungible) جديدة',
      'rtl',
      [
        [' جديدة', 'rtl'],
        ['NFT (Non-Fungible)', 'ltr'],
        ['منصة ', 'rtl'],
      ],
    ],
    [
      'Arabic inside an English sentence',
      'Meeting: لقاء مهم',
      'ltr',
      [
        ['Meeting: ', 'ltr'],
        ['لقاء مهم', 'rtl'],
      ],
    ],
    [
      'trailing spaces go to the paragraph direction (L1)',
      'abc  ',
      'rtl',
      [
        ['  ', 'rtl'],
        ['abc', 'ltr'],
      ],
    ],
    ['an override reverses Latin', '\u202eabc', 'ltr', [['\u202eabc', 'rtl']]],
  ] as const)('%s', (_, text, dir, expected) => {
    expect(runs(text, dir)).toEqual(expected);
  });

  it('keeps a hostile override inside its isolate: the date after it still reads normally', () => {
    const line = `المصدر: ${isolateData('Al Bayan \u202e evil')}، 9 أكتوبر 2022`;
    const r = runs(line, 'rtl');
    // The year is the leftmost run, left to right; the day is its own LTR run.
    expect(r[0]).toEqual(['2022', 'ltr']);
    expect(r).toContainEqual(['9', 'ltr']);
    expect(r).toContainEqual(['Al Bayan ', 'ltr']);
    // The override only reverses what is inside the isolate.
    const evil = r.find(([t]) => t!.includes('evil'));
    expect(evil?.[0]).not.toMatch(/أكتوبر|2022/);
  });

  it('levels an unmatched PDI and too-deep nesting without failing', () => {
    expect(() => resolveLevels('\u2069abc\u2069', 'rtl')).not.toThrow();
    const deep = '\u202b'.repeat(200) + 'x' + '\u202c'.repeat(200);
    // Explicit levels stop at 125 (max_depth); implicit rules may add one.
    expect(Math.max(...resolveLevels(deep, 'ltr'))).toBeLessThanOrEqual(126);
  });
});
