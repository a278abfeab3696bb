// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { describeError } from '../i18n/errorMessages';
import { loadBundled } from './bundled';

describe('loadBundled', () => {
  it('loads the default visit through the gate when visit= is absent', async () => {
    const r = await loadBundled(null);
    expect(r.ok && r.visit.id).toBe('uae-korea-2022-10');
  });

  it('loads the second visit, version 2, with two host countries', async () => {
    const r = await loadBundled('uae-2023');
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(r.visit.guest.code).toBe('KR');
    expect(r.visit.hosts.map((h) => h.code)).toEqual(['AE', 'CH']);
    expect(r.visit.meetings.length).toBeGreaterThanOrEqual(20);
  });

  it('refuses an id no bundled visit has, naming it and the ids there are, in Arabic and English', async () => {
    const r = await loadBundled('nope');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problem).toBe('not-found');
    expect(r.errors).toHaveLength(1);
    const e = r.errors[0]!;
    expect(e.path).toBe('visit');
    expect(e.found).toBe('"nope"');
    const en = describeError(e, 'en');
    const ar = describeError(e, 'ar');
    expect(en.expected).toContain('korea-2022');
    expect(en.expected).toContain('uae-2023');
    expect(ar.expected).toContain('uae-2023');
    expect(ar.expected).toMatch(/[\u0600-\u06ff]/); // worded in Arabic, not only the ids
  });

  it('quotes a long wrong id only up to the length of an id', async () => {
    const r = await loadBundled('x'.repeat(5000));
    expect(!r.ok && r.errors[0]!.found.length).toBeLessThan(80);
  });
});
