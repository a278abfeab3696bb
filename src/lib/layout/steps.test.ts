/**
 * A large visit's first drawing is worked out in steps, each in a task of its own: what the
 * steps make must be what the same work makes at once, or the drawing would depend on the
 * visit's size (issue 16).
 */
import { describe, expect, it } from 'vitest';
import { generateVisit } from '../../../tests/fixtures/synthetic';
import { indexVisit } from '../model/derive';
import { estimateWidth } from '../text/measure';
import { buildOrgCards, buildOrgCardsSteps } from './orgCards';
import { runSteps, type Steps } from './steps';
import { STEPPED_ENTRIES, timelineDomain } from './timeline';
import { prepareEntries, prepareEntriesSteps } from './timelineEntries';
import { layoutCache } from './timelineLayouts';

const measure = (s: string, f: { size: number; weight?: number }) => estimateWidth(s, f);
const index = indexVisit(generateVisit({ seed: 16, meetings: 300, organizations: 120 }));

/** Runs steps to the end, counting the pauses. */
function paused<T>(steps: Steps<T>): { value: T; pauses: number } {
  let pauses = 0;
  for (;;) {
    const r = steps.next();
    if (r.done) return { value: r.value, pauses };
    pauses++;
  }
}

describe('work in steps', () => {
  const label = (it: (typeof index.items)[number]) => it.data.title.ar ?? '';

  it('measures the same timeline entries in steps as at once', () => {
    const once = prepareEntries(index.items, label, measure);
    const { value, pauses } = paused(prepareEntriesSteps(index.items, label, measure, 260, {}, 7));
    expect(pauses).toBeGreaterThan(10);
    expect(value).toEqual(once);
  });

  it('lays out the same timeline in steps as at once (a visit over STEPPED_ENTRIES)', () => {
    const big = indexVisit(generateVisit({ seed: 16, meetings: STEPPED_ENTRIES + 200 }));
    const entries = prepareEntries(big.items, label, measure);
    const opts = { width: 900, dir: 'rtl' as const, domain: timelineDomain(entries), measure };
    const a = layoutCache(entries, opts);
    const b = layoutCache(entries, opts);
    for (const k of [1, 32]) {
      const { value, pauses } = paused(b.steps(k));
      expect(pauses).toBe(2); // after each band
      expect(value).toEqual(a.get(k));
      expect(b.has(k) && runSteps(b.steps(k)) === value).toBe(true); // cached, no steps again
    }
  });

  it('builds the same org cards in steps as at once', () => {
    const opts = { lang: 'ar' as const, measure };
    const once = buildOrgCards(index, opts);
    const { value, pauses } = paused(buildOrgCardsSteps(index, opts, 5));
    expect(pauses).toBeGreaterThan(5);
    expect(value.roots).toEqual(once.roots);
    expect(value.groups).toEqual(once.groups);
    const shape = (c: typeof once) =>
      [...c.cards.values()].map((x) => [x.id, x.parentId, x.depth, x.childIds, x.width, x.label]);
    expect(shape(value)).toEqual(shape(once));
  });
});
