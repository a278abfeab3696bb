// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { generateTour, generateVisit } from '../fixtures/synthetic';
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

describe('generateTour (format version 2)', () => {
  it.each([0, 12, 300])('makes a valid tour around %i Korean meetings', (n) => {
    const visit = generateTour({ seed: 5, meetings: n });
    const result = parseVisit(JSON.parse(JSON.stringify(visit)));
    expect(result.ok ? [] : result.errors.slice(0, 3)).toEqual([]);
  });

  it('has what a tour has: two hosts, a third country, a UN body, a company, unnamed people, kinds, legs, likely dates', () => {
    const visit = generateTour({ seed: 9, meetings: 120 });
    const result = parseVisit(visit);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const index = indexVisit(result.visit);
    expect([...index.countries.values()].map((c) => `${c.code}:${c.side}`)).toEqual([
      'AE:guest',
      'KR:host',
      'SA:host',
      'JP:other',
    ]);
    expect(index.orgsByCountry.get(null)?.map((o) => o.id)).toEqual(['un0']);
    expect(index.orgsByCountry.get('SA')?.map((o) => o.id)).toEqual(['sa0', 'sa1']);
    expect(visit.organizations.some((o) => o.kind === 'company')).toBe(true);
    expect(visit.people.filter((p) => p.name === undefined).length).toBeGreaterThan(2);
    expect(new Set(visit.meetings.map((m) => m.kind ?? 'meeting')).size).toBeGreaterThan(4);
    expect(visit.meetings.some((m) => m.date.precision === 'between')).toBe(true);
    expect(index.meetingsByPerson.get('jp-m')).toEqual(['kr-forum']);
    expect(index.confidence.get('sa-lunch')).toBe('likely');
    expect(visit.itinerary?.map((l) => l.country)).toEqual(['KR', 'SA']);
    expect(index.items.find((it) => it.id === 'kr-forum')?.interval?.uncertain).toBe(true);
  });
});
