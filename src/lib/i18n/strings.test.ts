// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { STRING_PARTS, ui } from './strings';

describe('UI strings', () => {
  it('no key is defined in two parts (one would silently replace the other)', () => {
    const keys = STRING_PARTS.flatMap((part) => Object.keys(part));
    expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([]);
  });

  it('every part is reachable through ui(), in both languages', () => {
    expect(ui('dayNotReported', 'en')).toBe('day not reported');
    expect(ui('appName', 'ar')).toBe('زيارة');
    for (const part of STRING_PARTS)
      for (const [key, v] of Object.entries(part)) {
        expect(ui(key as never, 'ar')).toBe(v.ar);
        expect(ui(key as never, 'en')).toBe(v.en);
      }
  });
});
