// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { formatPath, preview } from './errors';

type Key = string | number;

describe('preview', () => {
  it('never exceeds 64 characters, even for a 100,000-character string', () => {
    const long = 'ب'.repeat(100_000);
    for (const value of [
      long,
      '\n'.repeat(100_000),
      '😀'.repeat(100_000),
      1e300,
      -Number.MIN_VALUE,
    ]) {
      expect(preview(value).length).toBeLessThanOrEqual(64);
    }
    expect(preview(long)).toMatch(/^"ب+…"$/);
  });

  it.each([
    [undefined, 'nothing'],
    [null, 'null'],
    [true, 'true'],
    [3, '3'],
    ['Seoul', '"Seoul"'],
    ['two\nlines', '"two\\nlines"'],
    ['\u202eevil', '"\\u202eevil"'],
    [[], 'an empty array'],
    [[1], 'an array of 1 item'],
    [[1, 2, 3], 'an array of 3 items'],
    [{ a: 1 }, 'an object'],
  ])('%j → %s', (value, expected) => {
    expect(preview(value)).toBe(expected);
  });

  it('is one line whatever the string holds', () => {
    expect(preview('a\r\nb\tc\u2028d')).not.toMatch(/[\r\n\t\u2028]/);
  });
});

describe('formatPath', () => {
  it.each([
    [[], '(root)'],
    [['meetings', 0, 'participants', 'host', 0], 'meetings[0].participants.host[0]'],
    [['title', 'zh-Hant'], 'title["zh-Hant"]'],
    [['meetings', 2, 'my colour'], 'meetings[2]["my colour"]'],
    [[3], '[3]'],
  ] as [Key[], string][])('%j → %s', (keys, expected) => {
    expect(formatPath(keys)).toBe(expected);
  });

  it('keeps odd keys short and on one line', () => {
    const path = formatPath(['title', `a\n${'x'.repeat(10_000)}`]);
    expect(path.length).toBeLessThan(60);
    expect(path).not.toContain('\n');
  });
});
