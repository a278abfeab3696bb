// @vitest-environment node
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { groupClose, packLanes } from './lanes';

describe('packLanes', () => {
  const opts = { maxLanes: 3, gap: 10, minLabel: 40 };
  it('puts non-overlapping entries in one lane and overlapping ones in the next', () => {
    const out = packLanes(
      [
        { start: 0, mark: 10, label: 100 },
        { start: 200, mark: 10, label: 100 },
        { start: 50, mark: 10, label: 100 },
      ],
      opts,
    );
    expect(out.map((p) => p.lane)).toEqual([0, 0, 1]);
  });
  it('shortens a label to fit a gap, and overflows when even that fails', () => {
    const out = packLanes(
      [
        { start: 0, mark: 10, label: 300 },
        { start: 0, mark: 10, label: 300 },
        { start: 0, mark: 10, label: 300 },
        { start: 100, mark: 10, label: 300 },
        { start: 330, mark: 10, label: 100 },
        { start: 100, mark: 10, label: 300 },
      ],
      { ...opts, maxLanes: 3 },
    );
    expect(out.slice(0, 3).map((p) => p.lane)).toEqual([0, 1, 2]);
    expect(out[3]).toEqual({ lane: -1, label: 0 });
  });

  it('grants a shortened label in the widest gap that holds one', () => {
    const out = packLanes(
      [
        { start: 0, mark: 10, label: 300 },
        { start: 500, mark: 10, label: 100 },
        { start: 320, mark: 10, label: 300 },
        { start: 450, mark: 10, label: 300 },
      ],
      { maxLanes: 1, gap: 10, minLabel: 40 },
    );
    expect(out[2]).toEqual({ lane: 0, label: 170 });
    expect(out[3]).toEqual({ lane: -1, label: 0 });
  });

  it('lengthens a label into the room its lane has free, never past the next footprint', () => {
    // Packing asks for 100 px each; the first may grow to its whole 400 px up to the second's
    // start less the gap, the second (last in its lane) to all of its 300 px.
    const out = packLanes(
      [
        { start: 0, mark: 10, label: 100, full: 400 },
        { start: 250, mark: 10, label: 100, full: 300 },
        { start: 600, mark: 10, label: 100, full: 120 },
      ],
      { maxLanes: 1, gap: 8, minLabel: 30 },
    );
    expect(out).toEqual([
      { lane: 0, label: 242 },
      { lane: 0, label: 300 },
      { lane: 0, label: 120 },
    ]);
    // Without `full`, a label stays what packing granted.
    expect(
      packLanes([{ start: 0, mark: 10, label: 100 }], { maxLanes: 1, gap: 8, minLabel: 30 }),
    ).toEqual([{ lane: 0, label: 100 }]);
  });

  it('never lets two footprints in a lane overlap, labels lengthened included (property)', () => {
    const entry = fc
      .record({
        start: fc.integer({ min: 0, max: 2000 }),
        mark: fc.integer({ min: 1, max: 300 }),
        label: fc.integer({ min: 0, max: 250 }),
        more: fc.integer({ min: 0, max: 400 }),
        span: fc.integer({ min: 1, max: 3 }),
      })
      .map(({ more, ...e }) => ({ ...e, full: e.label + more }));
    fc.assert(
      fc.property(
        fc.array(entry, { maxLength: 60 }),
        fc.integer({ min: 1, max: 6 }),
        (es, maxLanes) => {
          const out = packLanes(es, { maxLanes, gap: 8, minLabel: 30 });
          const byLane = new Map<number, [number, number][]>();
          out.forEach((p, i) => {
            if (p.lane < 0) return;
            const e = es[i]!;
            expect(p.label).toBeLessThanOrEqual(e.full);
            expect(p.lane + e.span).toBeLessThanOrEqual(maxLanes);
            for (let j = 0; j < e.span; j++) {
              const spans = byLane.get(p.lane + j) ?? [];
              spans.push([e.start, e.start + Math.max(e.mark, p.label)]);
              byLane.set(p.lane + j, spans);
            }
          });
          for (const spans of byLane.values()) {
            spans.sort((a, b) => a[0] - b[0]);
            for (let i = 1; i < spans.length; i++)
              expect(spans[i]![0]).toBeGreaterThanOrEqual(spans[i - 1]![1] + 8);
          }
        },
      ),
    );
  });
});

describe('groupClose', () => {
  it('gathers positions into windows starting at their first member', () => {
    expect(groupClose([0, 10, 79, 80, 200], 80)).toEqual([[0, 1, 2], [3], [4]]);
    expect(groupClose([], 80)).toEqual([]);
  });
});
