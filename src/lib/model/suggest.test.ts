// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { formatPath, parsePath } from './errors';
import { editDistance, nearest } from './suggest';

describe('nearest', () => {
  it('finds a misspelt id, field or value, a swap of two letters counting once', () => {
    expect(nearest('host-ministr', ['guest-minister', 'host-minister'])).toBe('host-minister');
    expect(nearest('titel', ['id', 'name', 'title', 'organization'])).toBe('title');
    expect(editDistance('titel', 'title')).toBe(1);
    expect(nearest('Host_Minister', ['guest-minister', 'host-minister'])).toBe('host-minister');
  });
  it('folds Arabic letter variants and diacritics as the search does', () => {
    expect(nearest('وزارة الخارجيه', ['وزارة الخارجية', 'وزارة التجارة'])).toBe('وزارة الخارجية');
    expect(nearest('أحمد', ['احمد', 'محمد'])).toBe('احمد');
    expect(nearest('مُستشار', ['مستشار', 'سفير'])).toBe('مستشار');
  });
  it('suggests nothing for nonsense, a short word far off, or the word itself', () => {
    expect(nearest('zzqx', ['host-minister', 'guest-minister'])).toBeUndefined();
    expect(nearest('ab', ['xy'])).toBeUndefined();
    expect(nearest('title', ['title', 'titles'])).toBeUndefined();
    expect(nearest('x'.repeat(500), ['x'.repeat(499)])).toBeUndefined();
  });
});

describe('parsePath', () => {
  it('reads back what formatPath writes', () => {
    for (const keys of [
      ['meetings', 3, 'date', 'start'],
      ['title', 'zh-Hant'],
      ['people', 0, 'name', '__proto__'],
      ['x', 'a"b\u202e'],
    ]) {
      expect(parsePath(formatPath(keys))).toEqual(keys);
    }
    expect(parsePath('(root)')).toEqual([]);
    expect(parsePath('https://example.org/v.json')).toEqual([]);
  });
});
