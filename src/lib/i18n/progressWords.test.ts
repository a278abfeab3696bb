// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { progressStepChanged, progressWords } from './progressWords';

const MB = 1024 * 1024;

describe('progressWords', () => {
  it('says loading before the first byte, then how much has arrived', () => {
    expect(progressWords(null, 'en', 'latn').text).toBe('');
    const p = progressWords({ phase: 'download', loaded: 5 * MB, total: 10 * MB }, 'en', 'latn');
    expect(p.text).toContain('50');
    expect(p.text).toContain('5');
    expect(p.label).not.toBe(progressWords(null, 'en', 'latn').label);
  });

  it('words the check of a large file, in Arabic digits when asked', () => {
    const p = progressWords({ phase: 'validate', loaded: 12 * MB, total: 12 * MB }, 'ar', 'arab');
    expect(p.text).toContain('١٢');
  });

  it('reports a new step once per percent, not once per chunk', () => {
    const a = { phase: 'download' as const, loaded: 1000, total: 1_000_000 };
    expect(progressStepChanged(a, { ...a, loaded: 2000 })).toBe(false);
    expect(progressStepChanged(a, { ...a, loaded: 20_000 })).toBe(true);
  });
});
