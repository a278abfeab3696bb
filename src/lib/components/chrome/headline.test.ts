// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { headlineRuns, MAX_WHOLE } from './headline';

describe('headlineRuns', () => {
  it.each([
    ['no hyphen at all', 'A visit to Seoul', [['A visit to Seoul', false]]],
    [
      'a hyphenated name is kept whole',
      'Minister Lee Sang-min meets the delegation',
      [
        ['Minister Lee ', false],
        ['Sang-min', true],
        [' meets the delegation', false],
      ],
    ],
    [
      'several, with punctuation attached',
      'Han Chang-seob, Kang Yo-sik.',
      [
        ['Han ', false],
        ['Chang-seob,', true],
        [' Kang ', false],
        ['Yo-sik.', true],
      ],
    ],
    ['a dash between spaces joins nothing', 'Seoul - Busan', [['Seoul - Busan', false]]],
    [
      'an en dash in a range',
      '4–7 October',
      [
        ['4–7', true],
        [' October', false],
      ],
    ],
    ['Arabic text passes through', 'زيارة وفد الإمارات', [['زيارة وفد الإمارات', false]]],
  ])('%s', (_, text, want) => {
    const runs = headlineRuns(text);
    expect(runs.map((r) => [r.text, r.whole])).toEqual(want);
    expect(runs.map((r) => r.text).join('')).toBe(text); // copy/paste gives the same text
  });

  it('leaves a word too long for a narrow line breakable', () => {
    const long = 'a'.repeat(MAX_WHOLE) + '-b';
    expect(headlineRuns(`x ${long}`)).toEqual([{ text: `x ${long}`, whole: false }]);
  });
});
