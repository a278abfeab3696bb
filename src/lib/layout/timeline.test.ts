// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { timelineVisit } from '../../../tests/fixtures/timelineVisit';
import type { Dir } from '../i18n/locale';
import { indexVisit } from '../model/derive';
import { generateVisit } from '../../../tests/fixtures/synthetic';
import { estimateWidth } from '../text/measure';
import {
  baseScale,
  bucketK,
  DEFAULT_MAX_LANES,
  layoutTimeline,
  MARK_END_GAP,
  prepareEntries,
  timelineDomain,
  type MarkGeom,
} from './timeline';
import { fitTransform, markInView, placeMark, revealItem } from './timelinePlace';
import { EDGE_INSET } from './labelFit';
import { bandTitles, layoutBands } from './timelineBands';
import { layoutUnknown } from './unknownRow';

const measure = (s: string) => estimateWidth(s, { size: 13 });
const WIDTH = 1000;
const dirs: Dir[] = ['rtl', 'ltr'];

function setup(visit = timelineVisit()) {
  const index = indexVisit(visit);
  const entries = prepareEntries(index.items, (it) => it.data.title.ar ?? '', measure);
  return { index, entries, domain: timelineDomain(entries) };
}
const utc = (s: string) => Date.parse(`${s}Z`);

describe('baseScale', () => {
  it.each([
    ['rtl', (a: number, b: number) => a > b],
    ['ltr', (a: number, b: number) => a < b],
  ] as const)('in %s places an earlier instant on the correct side', (dir, earlierFirst) => {
    const s = baseScale([utc('2022-01-01T00:00'), utc('2023-01-01T00:00')], WIDTH, dir);
    expect(earlierFirst(s(utc('2022-03-01T00:00')), s(utc('2022-09-01T00:00')))).toBe(true);
  });
});

describe('layoutTimeline', () => {
  const at = (dir: Dir, k = 1) => {
    const { entries, domain } = setup();
    return layoutTimeline(entries, { width: WIDTH, dir, domain, k, measure });
  };

  it('in RTL an earlier meeting has a larger x, in LTR a smaller one', () => {
    for (const dir of dirs) {
      const byId = new Map(at(dir, 64).marks.map((m) => [m.id, m]));
      const oct4 = byId.get('m-oh')!.x0;
      const oct5 = byId.get('m-koh')!.x0;
      expect(dir === 'rtl' ? oct4 > oct5 : oct4 < oct5).toBe(true);
    }
  });

  it('assigns the same lanes in both directions and mirrors x', () => {
    const rtl = at('rtl', 8);
    const ltr = at('ltr', 8);
    expect(rtl.marks.map((m) => [m.id, m.lane])).toEqual(ltr.marks.map((m) => [m.id, m.lane]));
    rtl.marks.forEach((m, i) => expect(m.x0).toBeCloseTo(WIDTH - ltr.marks[i]!.x0, 6));
  });

  it.each(dirs)('draws each precision over what it knows (%s)', (dir) => {
    const { domain } = setup();
    const scale = baseScale(domain, WIDTH, dir);
    const byId = new Map(at(dir, 64).marks.map((m) => [m.id, m]));
    const span = (id: string) => [byId.get(id)!.x0, byId.get(id)!.x1];
    // A day fills its calendar day; a month its month; a timed meeting its duration.
    expect(span('m-koh')).toEqual([scale(utc('2022-10-05T00:00')), scale(utc('2022-10-06T00:00'))]);
    expect(span('m-month-a')).toEqual([
      scale(utc('2022-10-01T00:00')),
      scale(utc('2022-11-01T00:00')),
    ]);
    expect(span('m-timed')).toEqual([
      scale(utc('2022-10-06T14:00')),
      scale(utc('2022-10-06T15:30')),
    ]);
    expect(byId.get('m-morning')).toMatchObject({ precision: 'day', partOfDay: 'morning' });
    expect(byId.get('m-month-a')).toMatchObject({ precision: 'month' });
    expect(byId.get('e-2027')).toMatchObject({
      type: 'event',
      approximate: true,
      precision: 'year',
    });
    // Known only by order: never on the time axis.
    expect(byId.has('m-unknown')).toBe(false);
  });

  it('packs precise meetings into the first lanes and vague spans after them', () => {
    const byId = new Map(at('rtl', 64).marks.map((m) => [m.id, m]));
    const precise = ['m-koh', 'm-oh', 'm-morning', 'm-timed'].map((id) => byId.get(id)!.lane);
    const vague = ['m-month-a', 'm-month-b'].map((id) => byId.get(id)!.lane);
    expect(Math.max(...precise)).toBeLessThan(Math.min(...vague));
  });

  it('puts items known only by order in their order, from the start edge', () => {
    const { entries } = setup();
    for (const dir of dirs) {
      const { chips, more } = layoutUnknown(entries, { width: WIDTH, dir, measure });
      expect(chips.map((c) => c.id)).toEqual(['m-unknown']);
      expect(more).toEqual([]);
      const c = chips[0]!;
      expect(dir === 'rtl' ? c.x + c.w : c.x).toBeCloseTo(dir === 'rtl' ? WIDTH : 0);
    }
  });

  it('pages through many undated items from the one asked for, counting the rest', () => {
    const { entries } = setup(generateVisit({ seed: 6, meetings: 600 }));
    const all = layoutUnknown(entries, { width: 400, dir: 'rtl', measure });
    expect(all.more).toMatchObject([{ side: 'after' }]);
    const n = all.ids.length;
    const late = layoutUnknown(entries, { width: 400, dir: 'rtl', measure, first: n - 1 });
    expect(late.chips.map((c) => c.id)).toEqual([all.ids[n - 1]]);
    expect(late.more).toMatchObject([{ side: 'before', count: n - 1 }]);
    for (const c of late.chips) expect(c.x).toBeGreaterThanOrEqual(0);
  });

  describe('with 1,500 synthetic meetings', () => {
    const { entries, domain } = setup(generateVisit({ seed: 9, meetings: 1500 }));
    const dated = entries.filter((e) => e.interval).length;

    it.each(dirs)('accounts for every dated item as a mark or in one cluster (%s)', (dir) => {
      for (const k of [1, 4, 32, 512]) {
        const layout = layoutTimeline(entries, { width: WIDTH, dir, domain, k, measure });
        const clustered = layout.clusters.flatMap((c) => c.ids);
        expect(layout.marks.length + clustered.length).toBe(dated);
        expect(new Set([...layout.marks.map((m) => m.id), ...clustered]).size).toBe(dated);
        expect(layout.lanes.meeting).toBeLessThanOrEqual(DEFAULT_MAX_LANES.meeting);
      }
    });

    it.each(dirs)('never overlaps two labelled marks in a lane, within a bucket (%s)', (dir) => {
      for (const k of [1, 3, 20, 200]) {
        const kb = bucketK(k);
        const layout = layoutTimeline(entries, { width: WIDTH, dir, domain, k: kb, measure });
        // Anywhere in the bucket, up to just below the next one.
        for (const kk of [kb, kb * 1.1, kb * 1.189]) {
          const t = { k: kk, x: -kk * 137 };
          const lanes = new Map<string, [number, number][]>();
          for (const m of layout.marks) {
            const p = placeMark(m, t, WIDTH, dir);
            const r = dir === 'rtl' ? -p.start : p.start;
            const key = `${m.type}:${m.lane}`;
            const list = lanes.get(key) ?? [];
            list.push([r, r + Math.max(p.w, m.labelWidth)]);
            lanes.set(key, list);
          }
          for (const list of lanes.values()) {
            list.sort((a, b) => a[0] - b[0]);
            for (let i = 1; i < list.length; i++)
              expect(list[i]![0]).toBeGreaterThanOrEqual(list[i - 1]![1] - 1e-6);
          }
        }
      }
    });

    it('gathers far more items into clusters when zoomed out than in', () => {
      const out = layoutTimeline(entries, { width: WIDTH, dir: 'rtl', domain, k: 1, measure });
      const inn = layoutTimeline(entries, { width: WIDTH, dir: 'rtl', domain, k: 256, measure });
      expect(out.clusters.length).toBeGreaterThan(0);
      expect(inn.marks.length).toBeGreaterThan(out.marks.length);
    });
  });
});

describe('placeMark', () => {
  const mark = (x0: number, x1: number): MarkGeom => ({
    id: 'a',
    type: 'meeting',
    order: 0,
    precision: 'month',
    approximate: false,
    interval: { start: 0, end: 1 },
    label: 'x',
    labelWidth: 100,
    fullLabel: 'x',
    fullWidth: 100,
    truncated: false,
    bracket: true,
    confidence: 'confirmed',
    kind: null,
    lead: 0,
    group: null,
    groupIndex: 0,
    groupSize: 1,
    lane: 0,
    x0,
    x1,
    minLength: 12,
  });

  it.each(dirs)('keeps the label of a span that starts off screen inside the view (%s)', (dir) => {
    // A span over the whole view and beyond on both sides.
    const m = dir === 'rtl' ? mark(2000, -1000) : mark(-1000, 2000);
    const p = placeMark(m, { k: 1, x: 0 }, WIDTH, dir);
    expect(p.w).toBe(3000 - MARK_END_GAP); // drawn a little short of its end
    expect(dir === 'rtl' ? p.labelX : WIDTH - p.labelX).toBeLessThanOrEqual(WIDTH);
    // Clear of the 16 px soft edge, which would fade its first letters.
    expect(p.labelX).toBe(dir === 'rtl' ? WIDTH - EDGE_INSET : EDGE_INSET);
  });

  it.each(dirs)('does not draw a label whose beginning falls before the view (%s)', (dir) => {
    // A point mark 10 px before the start edge: its label would read from the middle.
    const before = dir === 'rtl' ? mark(WIDTH + 10, WIDTH + 10) : mark(-10, -10);
    expect(placeMark(before, { k: 1, x: 0 }, WIDTH, dir).labelShown).toBe(false);
    // The same mark 30 px inside the view, clear of the soft edge: its whole label is there.
    const inside = dir === 'rtl' ? mark(WIDTH - 30, WIDTH - 30) : mark(30, 30);
    expect(placeMark(inside, { k: 1, x: 0 }, WIDTH, dir).labelShown).toBe(true);
    // A long span over the start edge keeps its label, moved inside the view.
    const span = dir === 'rtl' ? mark(WIDTH + 500, 0) : mark(-500, WIDTH);
    expect(placeMark(span, { k: 1, x: 0 }, WIDTH, dir).labelShown).toBe(true);
  });

  it.each(dirs)('puts an event marker just inside its start edge (%s)', (dir) => {
    const p = placeMark(mark(500, 500), { k: 1, x: 0 }, WIDTH, dir);
    expect(p.markerX).toBe(dir === 'rtl' ? 495 : 505);
  });

  it.each(dirs)('stands band titles at the start edge (%s)', (dir) => {
    const bands = layoutBands({
      counts: { meeting: 3, event: 2, unknown: 1 },
      maxLanes: { meeting: 4, event: 4 },
    });
    const titles = bandTitles(bands, WIDTH, dir);
    expect(titles.map((t) => t.band)).toEqual(['meeting', 'event', 'unknown']);
    for (const t of titles) expect(t.x).toBe(dir === 'rtl' ? WIDTH - 2 : 2);
  });

  it('draws a mark at least its minimum length, from its start edge', () => {
    const p = placeMark(mark(500, 499.5), { k: 1, x: 0 }, WIDTH, 'rtl');
    expect(p).toMatchObject({ x: 488, w: 12, start: 500, labelX: 500, labelShown: true });
    expect(markInView(mark(500, 499.5), { k: 1, x: 0 }, WIDTH, 'rtl')).toBe(true);
    expect(markInView(mark(500, 499.5), { k: 1, x: 2000 }, WIDTH, 'rtl', 50)).toBe(false);
  });
});

describe('fitTransform', () => {
  it.each(dirs)('shows exactly the interval across the width (%s)', (dir) => {
    const domain = [utc('2022-01-01T00:00'), utc('2028-01-01T00:00')] as const;
    const visit = { start: utc('2022-10-04T00:00'), end: utc('2022-10-08T00:00') };
    const t = fitTransform(visit, domain, WIDTH, dir, 0);
    const s = baseScale(domain, WIDTH, dir);
    const xs = [visit.start, visit.end].map((v) => t.k * s(v) + t.x).sort((a, b) => a - b);
    expect(xs[0]).toBeCloseTo(0, 6);
    expect(xs[1]).toBeCloseTo(WIDTH, 6);
  });
});

describe('labels of long spans', () => {
  it('carry their whole text along the span, beyond the cut made for short marks', () => {
    const visit = timelineVisit();
    const long = 'جلسة عمل طويلة العنوان جداً حول الرموز غير القابلة للاستبدال NFT والحكومة الرقمية';
    visit.meetings[4]!.title = { ar: long };
    const { entries, domain } = setup(visit);
    const entry = entries.find((e) => e.id === 'm-month-b')!;
    expect(entry.truncated).toBe(true); // cut for a short mark
    const wide = layoutTimeline(entries, { width: WIDTH, dir: 'rtl', domain, k: 64, measure });
    expect(wide.marks.find((m) => m.id === 'm-month-b')).toMatchObject({
      label: long,
      truncated: false,
    });
    // Zoomed out, it takes the room its lane leaves free: whole when nothing follows it there,
    // else cut a label's gap (12 px) before the next mark in its lane.
    const narrow = layoutTimeline(entries, { width: WIDTH, dir: 'rtl', domain, k: 1, measure });
    const m = narrow.marks.find((x) => x.id === 'm-month-b');
    expect(m).toBeDefined();
    if (!m) return;
    const start = (x: { x0: number }) => WIDTH - x.x0;
    const next = narrow.marks
      .filter((x) => x.type === m.type && x.lane === m.lane && start(x) > start(m))
      .map(start);
    if (!next.length) expect(m.label).toBe(long);
    else expect(start(m) + m.labelWidth + 12).toBeLessThanOrEqual(Math.min(...next) + 1e-6);
  });
});

describe('revealItem', () => {
  const { entries, domain } = setup(generateVisit({ seed: 4, meetings: 800 }));
  const layoutAt = (k: number) =>
    layoutTimeline(entries, { width: WIDTH, dir: 'rtl', domain, k, measure });
  const opts = { width: WIDTH, dir: 'rtl' as const, maxK: 1e5, domain };

  it('zooms in until a clustered day is drawn, and brings it into view', () => {
    const id = layoutAt(1)
      .clusters.flatMap((c) => c.ids)
      .find((x) => entries.find((e) => e.id === x)?.precision === 'day')!;
    const r = revealItem(
      entries.find((e) => e.id === id)!,
      { k: 1, x: 0 },
      layoutAt,
      opts,
    )!;
    expect(r.overlay).toBeNull();
    expect(r.t.k).toBeGreaterThan(1);
    const mark = layoutAt(bucketK(r.t.k)).marks.find((m) => m.id === id)!;
    const p = placeMark(mark, r.t, WIDTH, 'rtl');
    expect(p.start).toBeGreaterThan(0);
    expect(p.start).toBeLessThan(WIDTH);
  });

  it.each(dirs)('moves to a mark that lies wholly before the view, label and all (%s)', (dir) => {
    // The small visit at k = 8, panned to its last items: the first event is off screen, and
    // its label must not count as shown for sliding in to the start edge.
    const small = setup();
    const at = (k: number) =>
      layoutTimeline(small.entries, { width: WIDTH, dir, domain: small.domain, k, measure });
    const first = small.entries[0]!;
    const k = 8;
    const m = at(k).marks.find((x) => x.id === first.id)!;
    // Pan so that the whole mark lies a screen or more before the view's start edge.
    const lo = k * Math.min(m.x0, m.x1);
    const hi = k * Math.max(m.x0, m.x1);
    const from = { k, x: dir === 'rtl' ? 2 * WIDTH - lo : -hi - WIDTH };
    const before = placeMark(m, from, WIDTH, dir);
    expect(dir === 'rtl' ? before.start > WIDTH : before.start < 0).toBe(true);
    const r = revealItem(first, from, at, { width: WIDTH, dir, maxK: 1e5, domain: small.domain })!;
    expect(r.t).not.toEqual(from);
    const p = placeMark(
      at(bucketK(r.t.k)).marks.find((x) => x.id === first.id)!,
      r.t,
      WIDTH,
      dir,
    );
    expect(p.start).toBeGreaterThan(0);
    expect(p.start).toBeLessThan(WIDTH);
    expect(p.labelShown).toBe(true);
  });

  it('hands back an overlay for a month that no zoom frees from its cluster', () => {
    const stuck = entries.find(
      (e) => e.precision === 'month' && !layoutAt(bucketK(5000)).marks.some((m) => m.id === e.id),
    )!;
    const r = revealItem(stuck, { k: 1, x: 0 }, layoutAt, opts)!;
    expect(r.overlay).toMatchObject({ id: stuck.id, lane: -1 });
  });
});
