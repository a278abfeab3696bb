// @vitest-environment node
import { describe, expect, it } from 'vitest';
import korea from '../../../data/visits/korea-2022.json';
import { indexVisit } from '../model/derive';
import { parseVisit } from '../model/parseVisit';
import { estimateWidth } from '../text/measure';
import {
  legendMarkOf,
  mayCluster,
  timelineLegend,
  timelineLegendEntries,
  type LegendMark,
} from './legend';
import { markShape } from './markShape';
import { layoutTimeline, prepareEntries, timelineDomain } from './timeline';

const measure = (s: string) => estimateWidth(s, { size: 13 });

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

describe('timelineLegendEntries: each swatch is the shape of the marks it explains', () => {
  const r = parseVisit(structuredClone(korea));
  if (!r.ok) throw new Error('korea-2022.json does not load');
  const index = indexVisit(r.visit);
  const entries = prepareEntries(index.items, (it) => it.id, measure, 260, {
    confidence: index.confidence,
  });
  const layout = layoutTimeline(entries, {
    width: 1200,
    dir: 'ltr',
    domain: timelineDomain(entries),
    k: 1,
    measure,
  });
  const ctx = { confidence: index.confidence };
  const legend = timelineLegendEntries(
    index.items.map((it) => legendMarkOf(it, ctx)),
    none,
  );
  const entry = (kind: string) => legend.find((e) => e.kind === kind);
  /** The entry that explains a mark's date (as `timelineLegendEntries` sorts them). */
  const entryOf = (m: { type: string; precision: string; bracket: boolean; partOfDay?: string }) =>
    m.bracket
      ? 'bracket'
      : m.precision === 'month' || m.precision === 'year'
        ? 'month'
        : m.type === 'event'
          ? 'event'
          : m.precision === 'time'
            ? 'time'
            : m.partOfDay
              ? 'part'
              : 'day';

  it('draws "Month only" as the soft event span the month-only and year-only events are', () => {
    expect(entry('month')!.shapes).toEqual(['ev-soft']);
    // The month-only meetings of the visit, if any, are brackets, not soft bars.
    expect(entry('bracket')!.shapes).toEqual(['bracket']);
    expect(entry('event')!.shapes).toEqual(['diamond']);
  });

  it('every drawn mark is explained by an entry whose swatch draws its shape', () => {
    expect(layout.marks.length).toBeGreaterThan(10);
    for (const m of layout.marks) {
      const e = entry(entryOf(m))!;
      const shape = markShape(m);
      // An event's entry draws the diamond every event mark carries.
      expect(e.shapes).toContain(m.type === 'event' && e.kind === 'event' ? 'diamond' : shape);
      if (m.type === 'event') expect(['diamond', 'ev-soft', 'ev-bracket']).toContain(shape);
    }
  });

  it.each([
    ['a meeting on a day', m({}), 'day', ['bar']],
    ['a morning meeting', m({ partOfDay: 'morning' }), 'part', ['part']],
    ['a month-only meeting', m({ precision: 'month', bracket: true }), 'bracket', ['bracket']],
    ['a month-only event', m({ type: 'event', precision: 'month' }), 'month', ['ev-soft']],
    ['an approximate event', m({ type: 'event', approximate: true }), 'approx', ['diamond']],
    [
      'a between event',
      m({ type: 'event', precision: 'between' as never, bracket: true }),
      'bracket',
      ['ev-bracket'],
    ],
  ] as [string, LegendMark, string, string[]][])(
    '%s: %s entry draws %j',
    (_, mark, kind, shapes) => {
      const got = timelineLegendEntries([mark], none).find((e) => e.kind === kind);
      expect(got?.shapes).toEqual(shapes);
    },
  );
});
