// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { indexVisit } from '../model/derive';
import { parseVisitText } from '../model/parseVisit';
import { visitSpan } from '../state/timelineMarks';
import { estimateWidth } from '../text/measure';
import { dayRuns, openingView } from './openingView';
import { baseScale, bucketK, layoutTimeline, prepareEntries, timelineDomain } from './timeline';
import { fitTransform, type Transform } from './timelinePlace';

const measure = (s: string, f?: { size: number; weight?: number }) =>
  estimateWidth(s, f ?? { size: 13 });

function chart(file: string, width: number, dir: 'rtl' | 'ltr' = 'ltr') {
  const parsed = parseVisitText(readFileSync(`data/visits/${file}.json`, 'utf8'));
  if (!parsed.ok) throw new Error(`${file} invalid`);
  const index = indexVisit(parsed.visit);
  const entries = prepareEntries(index.items, (it) => it.data.title.en ?? '', measure);
  const domain = timelineDomain(entries);
  const scale = baseScale(domain, width, dir);
  const layoutAt = (k: number) => layoutTimeline(entries, { width, dir, domain, k, measure });
  const rangeOf = (t: Transform): [number, number] => {
    const a = +scale.invert(-t.x / t.k);
    const b = +scale.invert((width - t.x) / t.k);
    return a < b ? [a, b] : [b, a];
  };
  const io = {
    fit: (iv: { start: number; end: number }, pad = 0.08) =>
      fitTransform(iv, domain, width, dir, pad),
    layoutAt,
    rangeOf,
  };
  /** Meetings drawn as marks and held in bubbles in the view of `t`. */
  const shown = (t: Transform) => {
    const [a, b] = rangeOf(t);
    const l = layoutAt(bucketK(t.k));
    const marks = l.marks.filter(
      (m) => m.type === 'meeting' && m.interval && m.interval.start >= a && m.interval.start < b,
    ).length;
    const bubbled = l.clusters
      .filter((c) => c.type === 'meeting' && c.start >= a && c.start < b)
      .reduce((n, c) => n + c.ids.length, 0);
    return { marks, bubbled };
  };
  return { span: visitSpan(index)!, io, shown };
}

describe('openingView: a first view shows meetings, not a bubble', () => {
  it.each(['ltr', 'rtl'] as const)(
    'opens the UAE 2023 visit at 360 px on its first days (%s)',
    (dir) => {
      const c = chart('uae-2023', 328, dir);
      const whole = c.io.fit(c.span);
      const before = c.shown(whole);
      // Fitted whole at a phone's width, most of the visit is in "+N" bubbles.
      expect(before.bubbled).toBeGreaterThan(before.marks);
      const t = openingView(c.span, c.io);
      expect(t.k).toBeGreaterThan(whole.k);
      const after = c.shown(t);
      // Its first days: the arrival, the residents, the welcome, the talks… most as marks.
      expect(after.marks).toBeGreaterThanOrEqual(5);
      expect(after.marks).toBeGreaterThan(after.bubbled);
      // It opens where the visit starts.
      expect(c.io.rangeOf(t)[0]).toBeLessThanOrEqual(c.span.start);
    },
  );

  it.each([328, 1216])('keeps the whole Korea 2022 visit at %i px', (width) => {
    const c = chart('korea-2022', width);
    expect(openingView(c.span, c.io)).toEqual(c.io.fit(c.span));
  });
});

describe('openingView: a bounded search', () => {
  it('tries 1, 2, 3, 5, 8, … days, longest first, at most eight runs', () => {
    expect(dayRuns(1)).toEqual([]);
    expect(dayRuns(4)).toEqual([3, 2, 1]);
    expect(dayRuns(10)).toEqual([8, 5, 3, 2, 1]);
    expect(dayRuns(400)).toEqual([34, 21, 13, 8, 5, 3, 2, 1]);
  });

  it('lays out the chart at most nine times, and once for a visit of thousands of meetings', () => {
    const c = chart('uae-2023', 328);
    let layouts = 0;
    const counted = { ...c.io, layoutAt: (k: number) => (layouts++, c.io.layoutAt(k)) };
    openingView(c.span, counted);
    expect(layouts).toBeGreaterThan(1);
    expect(layouts).toBeLessThanOrEqual(9);

    // A visit whose whole view holds 3,000 meetings, nearly all in bubbles: no search.
    layouts = 0;
    const crowded = {
      ...c.io,
      layoutAt: (k: number) => {
        layouts++;
        const l = c.io.layoutAt(k);
        const start = c.span.start;
        return {
          ...l,
          marks: [],
          clusters: [{ type: 'meeting', start, ids: Array(3000).fill('m') }],
        };
      },
    } as unknown as typeof c.io;
    const t = openingView(c.span, crowded);
    expect(layouts).toBe(1);
    expect(t).toEqual(c.io.fit(c.span));
  });
});
