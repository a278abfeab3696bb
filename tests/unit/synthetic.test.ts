import { describe, expect, it } from 'vitest';
import { generateVisit } from '../fixtures/synthetic';
import { parseVisit } from '../../src/lib/model/parseVisit';
import { indexVisit } from '../../src/lib/model/derive';

describe('generateVisit', () => {
  it.each([0, 1, 7, 200])('makes a valid visit with %i meetings', (n) => {
    const visit = generateVisit({ seed: 42, meetings: n });
    const result = parseVisit(JSON.parse(JSON.stringify(visit)));
    expect(result.ok ? [] : result.errors.slice(0, 3)).toEqual([]);
    expect(visit.meetings).toHaveLength(n);
  });

  it('is deterministic for a seed and differs across seeds', () => {
    const a = JSON.stringify(generateVisit({ seed: 7, meetings: 50 }));
    expect(JSON.stringify(generateVisit({ seed: 7, meetings: 50 }))).toBe(a);
    expect(JSON.stringify(generateVisit({ seed: 8, meetings: 50 }))).not.toBe(a);
  });

  it('mixes every date precision and marks some dates approximate', () => {
    const visit = generateVisit({ seed: 1, meetings: 500 });
    const precisions = new Set(visit.meetings.map((m) => m.date.precision));
    expect([...precisions].sort()).toEqual(['day', 'month', 'time', 'unknown', 'year']);
    expect(visit.meetings.some((m) => m.date.approximate)).toBe(true);
  });

  it('builds a host organization tree of the requested size with people in it', () => {
    const visit = generateVisit({ seed: 3, meetings: 10, organizations: 35 });
    const host = visit.organizations.filter((o) => o.side === 'host');
    expect(host).toHaveLength(35);
    expect(host.filter((o) => !o.parent)).toHaveLength(1);
    const index = indexVisit(visit);
    for (const p of visit.people) expect(index.organizations.has(p.organization ?? '')).toBe(true);
    expect(visit.people.filter((p) => p.side === 'host')).toHaveLength(70);
  });

  it('writes realistic Arabic and English labels', () => {
    const visit = generateVisit({ seed: 5, meetings: 20 });
    for (const m of visit.meetings) {
      expect(m.title.ar).toMatch(/[\u0600-\u06FF]/);
      expect(m.title.en).toMatch(/^[\x20-\x7E–]+$/);
    }
  });

  it('stays valid at benchmark size', () => {
    const visit = generateVisit({ seed: 11, meetings: 10_000 });
    expect(parseVisit(visit).ok).toBe(true);
  });
});
