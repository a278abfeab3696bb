// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { legendMarkOf, mayCluster, timelineLegend, type LegendMark } from './legend';

const m = (over: Partial<LegendMark>): LegendMark => ({
  type: 'meeting',
  precision: 'day',
  approximate: false,
  dated: true,
  ...over,
});
const none = { selection: false, clusters: false };

describe('timelineLegend', () => {
  it('lists only the encodings the drawn items use, in the legend order', () => {
    expect(timelineLegend([m({})], none)).toEqual(['day']);
    expect(
      timelineLegend(
        [
          m({ type: 'event', precision: 'month' }),
          m({ precision: 'time' }),
          m({ partOfDay: 'morning' }),
          m({ precision: 'unknown', dated: false }),
        ],
        none,
      ),
    ).toEqual(['time', 'part', 'month', 'event', 'unknown']);
    expect(timelineLegend([m({ approximate: true })], none)).toEqual(['day', 'approx']);
    expect(timelineLegend([], none)).toEqual([]);
  });

  it('explains the selection only while something is selected, bubbles only when drawn', () => {
    expect(timelineLegend([m({})], { selection: true, clusters: false })).toEqual([
      'day',
      'related',
    ]);
    expect(timelineLegend([m({})], { selection: false, clusters: true })).toEqual([
      'day',
      'cluster',
    ]);
  });

  it('reads an item as the timeline lists it', () => {
    const item = {
      type: 'meeting' as const,
      interval: null,
      data: { date: { precision: 'unknown' as const } },
    };
    expect(legendMarkOf(item)).toMatchObject({ dated: false, approximate: false });
  });

  it('expects "+N" bubbles on screen only when a band has more items than lanes', () => {
    const lanes = { meeting: 2, event: 1 };
    expect(mayCluster([m({}), m({})], lanes)).toBe(false);
    expect(mayCluster([m({}), m({}), m({})], lanes)).toBe(true);
    expect(mayCluster([m({ type: 'event' }), m({ type: 'event' })], lanes)).toBe(true);
    expect(mayCluster([m({ dated: false }), m({ dated: false }), m({})], lanes)).toBe(false);
  });
});
