import { describe, expect, it } from 'vitest';
import { generateVisit } from '../../../tests/fixtures/synthetic';
import { parseVisit } from './parseVisit';
import { isSlice, partsCollector, SLICE, toParts } from './workerParts';

describe('the worker answer in parts', () => {
  it('sends the long lists in slices and puts them back in order', () => {
    const r = parseVisit(generateVisit({ seed: 3, meetings: 4_500, events: 100, people: 300 }));
    if (!r.ok) throw new Error(r.errors[0]?.message);
    const whole = structuredClone(r);
    const parts = toParts(r);
    const slices = parts.filter(isSlice);
    expect(slices.map((s) => s.slice)).toEqual(['meetings', 'meetings', 'meetings']);
    expect(Math.max(...slices.map((s) => s.items.length))).toBeLessThanOrEqual(SLICE);
    const last = parts[parts.length - 1]!;
    expect(isSlice(last)).toBe(false);
    // The original is left whole; what goes last has the sliced lists empty.
    expect(r).toEqual(whole);
    expect((last as typeof r).ok && (last as typeof r & { ok: true }).visit.meetings).toEqual([]);
    // Through structured clone, as messages are.
    const c = partsCollector();
    for (const p of parts.slice(0, -1).map((p) => structuredClone(p))) if (isSlice(p)) c.add(p);
    expect(c.finish(structuredClone(last as typeof r))).toEqual(whole);
  });

  it('sends a small visit or a failure as one message', () => {
    const r = parseVisit(generateVisit({ seed: 1, meetings: 20, events: 5, people: 30 }));
    expect(toParts(r)).toEqual([r]);
    const bad = { ok: false as const, problem: 'invalid', errors: [] };
    expect(toParts(bad)).toEqual([bad]);
    expect(partsCollector().finish(bad)).toBe(bad);
  });
});
