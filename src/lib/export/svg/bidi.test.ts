// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { firstStrong, resolveLevels, visualRuns, type BaseDir } from './bidi';
import { isolateData } from './xml';

/** The runs of `text` in visual order, left to right, each with its direction. */
const runs = (text: string, dir: BaseDir) =>
  visualRuns(text, dir).map((r) => [text.slice(r.start, r.end), r.level % 2 ? 'rtl' : 'ltr']);

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
    [
      'an emoji between Arabic words reads with them (one character, not two halves)',
      'لقاء 🤝 ودي',
      'rtl',
      [['لقاء 🤝 ودي', 'rtl']],
    ],
    [
      'a letter beyond U+FFFF keeps its own direction (Phoenician is right to left)',
      'ab 𐤀𐤁 cd',
      'ltr',
      [
        ['ab ', 'ltr'],
        ['𐤀𐤁', 'rtl'],
        [' cd', 'ltr'],
      ],
    ],
    [
      'a zero-width joiner inside Arabic does not split the run',
      'ل\u200dا abc',
      'rtl',
      [
        ['abc', 'ltr'],
        ['ل\u200dا ', 'rtl'],
      ],
    ],
    [
      'each paragraph of a line is reordered on its own, in reading order',
      'abc אב\u2029דה xyz',
      'ltr',
      [
        ['abc ', 'ltr'],
        ['אב', 'rtl'],
        ['\u2029', 'ltr'],
        ['דה', 'rtl'],
        [' xyz', 'ltr'],
      ],
    ],
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

  it.each([
    ['Latin first', 'Ali علي', 'ltr'],
    ['Arabic first', 'علي Ali', 'rtl'],
    ['Hangul is strong left to right', '김 علي', 'ltr'],
    ['what an isolate holds is skipped', '\u2067Ali\u2069 علي', 'rtl'],
    ['digits and punctuation are not strong', '2022 - !', undefined],
  ] as const)('the first strong character decides a plaintext line: %s', (_, text, dir) => {
    expect(firstStrong(text)).toBe(dir);
  });
});
