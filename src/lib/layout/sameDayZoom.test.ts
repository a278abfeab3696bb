/**
 * A same-day column zoomed to its day stands whole, as marks, not as a "+N" bubble — even after a
 * full day that takes every lane up to its last instant (issue 14: 18 January 2023 of uae-2023
 * came after 17 January's seven meetings, and was "+3" at any zoom finer than a few days).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Dir } from '../i18n/locale';
import { dateInterval } from '../model/dates';
import { indexVisit, type Item } from '../model/derive';
import { parseVisitText } from '../model/parseVisit';
import type { DateSpec } from '../model/schema';
import { estimateWidth } from '../text/measure';
import { packLanes } from './lanes';
import { sameDayBrackets } from './sameDay';
import {
  bucketK,
  layoutTimeline,
  MARK_END_GAP,
  prepareEntries,
  timelineDomain,
  type TimelineEntry,
} from './timeline';
import { fitTransform, markInView, placeMark } from './timelinePlace';

const measure = (s: string, f?: { size: number; weight?: number }) =>
  estimateWidth(s, f ?? { size: 13 });
const DAY = 86_400_000;

describe('packLanes: a mark may be followed in its lane where it ends', () => {
  it("keeps `markGap` after a mark that outlasts its label, and a label's `gap` after a label", () => {
    const opts = { maxLanes: 1, gap: 12, markGap: 3, minLabel: 56 };
    // A 297 px bar with a 100 px label, then one starting 300 px later: same lane.
    const bars = packLanes(
      [
        { start: 0, mark: 297, label: 100 },
        { start: 300, mark: 297, label: 100 },
      ],
      opts,
    );
    expect(bars.map((p) => p.lane)).toEqual([0, 0]);
    // A label running to 295 px still needs its 12 px: the next one cannot start at 300.
    const labels = packLanes(
      [
        { start: 0, mark: 10, label: 295 },
        { start: 300, mark: 10, label: 100 },
      ],
      opts,
    );
    expect(labels[1]!.lane).toBe(-1);
  });
});

/** A meeting as the index gives it, with only what the layout reads. */
function item(id: string, date: DateSpec): Item {
  return {
    type: 'meeting',
    id,
    interval: dateInterval(date),
    data: { id, title: { en: id }, date, sources: [] },
  } as unknown as Item;
}
const day = (start: string, order?: number) =>
  ({ precision: 'day', start, ...(order ? { order } : {}) }) as DateSpec;

/** Marks and bubbles of `ids` at the transform that shows [start, end) whole (a from/to link). */
function zoomedTo(
  entries: readonly TimelineEntry[],
  ids: readonly string[],
  range: [number, number],
  width: number,
  dir: Dir,
) {
  const domain = timelineDomain(entries);
  const t = fitTransform({ start: range[0], end: range[1] }, domain, width, dir, 0);
  const layout = layoutTimeline(entries, { width, dir, domain, k: bucketK(t.k), measure });
  const marks = ids.map((id) => layout.marks.find((m) => m.id === id));
  const bubbled = layout.clusters.flatMap((c) => c.ids).filter((id) => ids.includes(id));
  return { t, layout, marks, bubbled };
}

describe('layoutTimeline: a same-day column after a full day', () => {
  // Seven ordered meetings fill all seven lanes up to the end of 5 October; three with no
  // order on 6 October are a same-day column.
  const items = [
    ...[1, 2, 3, 4, 5, 6, 7].map((n) => item(`full ${n}`, day('2022-10-05', n))),
    ...['alpha', 'beta', 'gamma'].map((id) => item(id, day('2022-10-06'))),
  ];
  const entries = prepareEntries(items, (it) => it.id, measure);
  const next = Date.UTC(2022, 9, 6);

  it.each(['ltr', 'rtl'] as const)('stands whole zoomed to its day (%s)', (dir) => {
    for (const width of [328, 1134]) {
      const z = zoomedTo(entries, ['alpha', 'beta', 'gamma'], [next, next + DAY], width, dir);
      expect(z.bubbled).toEqual([]);
      const lanes = z.marks.map((m) => m!.lane);
      expect(lanes).toEqual([lanes[0], lanes[0]! + 1, lanes[0]! + 2]);
      // Each of the day before's bars ends short of the next day's start, in its own lane too.
      for (const m of z.layout.marks.filter((x) => x.id.startsWith('full'))) {
        const p = placeMark(m, z.t, width, dir);
        const after = z.marks.find((x) => x!.lane === m.lane);
        if (!after) continue;
        const q = placeMark(after, z.t, width, dir);
        const gap = dir === 'rtl' ? p.x - (q.x + q.w) : q.x - (p.x + p.w);
        expect(gap).toBeCloseTo(MARK_END_GAP, 5);
      }
    }
  });
});

describe('uae-2023: 18 January, three meetings with no order', () => {
  const parsed = parseVisitText(readFileSync('data/visits/uae-2023.json', 'utf8'));
  if (!parsed.ok) throw new Error('uae-2023 invalid');
  const index = indexVisit(parsed.visit);
  const ids = ['m23-ceo-luncheon', 'm24-vestas', 'm25-korea-night'];
  const jan18 = Date.UTC(2023, 0, 18);
  const cases = [
    ['en', 'ltr', 1134],
    ['en', 'ltr', 328],
    ['ar', 'rtl', 1134],
    ['ar', 'rtl', 328],
  ] as const;

  it.each(cases)(
    'a from/to link on that day draws them as one column (%s, %s, %i px)',
    (lang, dir, width) => {
      const entries = prepareEntries(index.items, (it) => it.data.title[lang] ?? '', measure);
      const z = zoomedTo(entries, ids, [jan18, jan18 + DAY], width, dir);
      expect(z.bubbled).toEqual([]);
      for (const m of z.marks) expect(markInView(m!, z.t, width, dir)).toBe(true);
      const lanes = z.marks.map((m) => m!.lane).sort((a, b) => a - b);
      expect(lanes).toEqual([lanes[0], lanes[0]! + 1, lanes[0]! + 2]);
      const cues = sameDayBrackets(
        z.marks.map((m) => m!),
        (m) => placeMark(m, z.t, width, dir).start,
        (m) => m.lane * 36,
        dir,
        () => 36,
      );
      expect(cues).toHaveLength(1);
    },
  );

  it.each(cases)(
    'stays whole at every zoom finer than that day (%s, %s, %i px)',
    (lang, dir, width) => {
      const entries = prepareEntries(index.items, (it) => it.data.title[lang] ?? '', measure);
      for (const hours of [24, 18, 12, 6, 3, 1]) {
        const z = zoomedTo(entries, ids, [jan18, jan18 + hours * 3_600_000], width, dir);
        expect(z.bubbled).toEqual([]);
      }
    },
  );
});
