// @vitest-environment node
import { describe, expect, it } from 'vitest';
import korea from '../../../data/visits/korea-2022.json';
import type { Dir } from '../i18n/locale';
import { dateInterval } from '../model/dates';
import { indexVisit, type Item } from '../model/derive';
import { parseVisit } from '../model/parseVisit';
import type { DateSpec } from '../model/schema';
import { estimateWidth } from '../text/measure';
import { packLanes } from './lanes';
import { listRows, sameDayBrackets, sameDayGroups, sameDayKey } from './sameDay';
import { layoutTimeline, prepareEntries, timelineDomain } from './timeline';
import { placeMark } from './timelinePlace';

const measure = (s: string) => estimateWidth(s, { size: 13 });
const WIDTH = 1000;
const dirs: Dir[] = ['rtl', 'ltr'];

/** A meeting or an event as the index gives it, with only what the layout reads. */
function item(id: string, date: DateSpec, type: Item['type'] = 'meeting', kind?: string): Item {
  return {
    type,
    id,
    interval: dateInterval(date),
    data: { id, title: { en: id }, date, kind, sources: [] },
  } as unknown as Item;
}
const day = (start: string, extra: Partial<DateSpec> = {}) =>
  ({ precision: 'day', start, ...extra }) as DateSpec;

describe('sameDayKey', () => {
  it.each([
    ['a day without order', day('2022-10-05'), 'day:2022-10-05:'],
    ['a morning', day('2022-10-05', { partOfDay: 'morning' }), 'day:2022-10-05:morning'],
    // Two items that share an uncertain range are not known to share a day.
    [
      'a between range',
      { precision: 'between', earliest: '2022-10-03', latest: '2022-10-09' },
      null,
    ],
    ['an approximate day', day('2022-10-05', { approximate: true }), null],
    ['a day with an order', day('2022-10-05', { order: 2 }), null],
    ['a span of days', day('2022-10-05', { end: '2022-10-07' }), null],
    ['a time', { precision: 'time', start: '2022-10-05T15:00', timeZone: 'Asia/Seoul' }, null],
    ['a month', { precision: 'month', start: '2022-10' }, null],
  ] as [string, DateSpec, string | null][])('%s → %s', (_, date, key) => {
    expect(sameDayKey(date)).toBe(key);
  });
});

describe('sameDayGroups', () => {
  it('groups two or more items of one band and day, ordered by label, not by file', () => {
    const items = [
      item('c', day('2022-10-05')),
      item('a', day('2022-10-05')),
      item('alone', day('2022-10-06')),
      item('ev', day('2022-10-05'), 'event'),
      item('timed', { precision: 'time', start: '2022-10-05T09:00', timeZone: 'UTC' }),
    ];
    const g = sameDayGroups(items, (it) => it.id);
    expect([...g.keys()].sort()).toEqual(['a', 'c']);
    expect(g.get('a')).toMatchObject({ index: 0, size: 2 });
    expect(g.get('c')).toMatchObject({ index: 1, size: 2 });
  });
});

describe('the bundled Korea visit: four meetings only known to lie between 1 and 9 October', () => {
  const r = parseVisit(structuredClone(korea));
  if (!r.ok) throw new Error('korea-2022.json does not load');
  const index = indexVisit(r.visit);
  const ranged = index.items.filter((it) => it.data.date.precision === 'between');
  const entries = prepareEntries(index.items, (it) => it.id, measure);

  it('are not a same-day group: no source says they shared a day', () => {
    expect(ranged).toHaveLength(4);
    expect(sameDayGroups(index.items, (it) => it.id).size).toBe(0);
    expect(entries.filter((e) => e.group !== null)).toEqual([]);
  });

  it.each(dirs)('each stands as its own range in its own lane, with no bracket (%s)', (dir) => {
    const l = layoutTimeline(entries, {
      width: 1200,
      dir,
      domain: timelineDomain(entries.filter((e) => e.type === 'meeting')),
      k: 1,
      measure,
    });
    const marks = l.marks.filter((m) => ranged.some((it) => it.id === m.id));
    expect(new Set(marks.map((m) => m.lane)).size).toBe(4);
    expect(marks.every((m) => m.lane >= 0 && m.bracket)).toBe(true);
    const cues = sameDayBrackets(
      l.marks,
      (m) => m.x0,
      (m) => m.lane * 36,
      dir,
      () => 36,
    );
    expect(cues).toEqual([]);
  });
});

describe('packLanes with a block', () => {
  it('puts a block of three in three consecutive lanes with room in each', () => {
    const out = packLanes(
      [
        { start: 0, mark: 10, label: 100 },
        { start: 50, mark: 10, label: 100, span: 3 },
      ],
      { maxLanes: 5, gap: 12, minLabel: 56 },
    );
    // Lane 0 is taken at 50 by the first entry's label: the block starts at lane 1.
    expect(out[1]).toEqual({ lane: 1, label: 100 });
  });

  it('leaves a block that no run of lanes can hold to the clusters', () => {
    const out = packLanes([{ start: 0, mark: 10, label: 100, span: 4 }], {
      maxLanes: 3,
      gap: 12,
      minLabel: 56,
    });
    expect(out[0]!.lane).toBe(-1);
  });
});

describe('layoutTimeline: same-day groups', () => {
  const items = [
    item('zeta talk', day('2022-10-05')),
    item('alpha visit', day('2022-10-05')),
    item('mid lunch', day('2022-10-05')),
    item('timed', { precision: 'time', start: '2022-10-06T15:00', timeZone: 'Asia/Seoul' }),
  ];
  const entries = prepareEntries(items, (it) => it.id, measure);
  const domain = timelineDomain(entries);

  it.each(dirs)('stands a group in one column of consecutive lanes, by label (%s)', (dir) => {
    const l = layoutTimeline(entries, { width: WIDTH, dir, domain, k: 8, measure });
    const byId = new Map(l.marks.map((m) => [m.id, m]));
    const lanes = ['alpha visit', 'mid lunch', 'zeta talk'].map((id) => byId.get(id)!.lane);
    expect(lanes).toEqual([lanes[0], lanes[0]! + 1, lanes[0]! + 2]);
    const x0s = new Set(['alpha visit', 'mid lunch', 'zeta talk'].map((id) => byId.get(id)!.x0));
    expect(x0s.size).toBe(1);
    expect(l.groups).toHaveLength(1);
    expect(l.groups[0]!.ids).toEqual(['alpha visit', 'mid lunch', 'zeta talk']);
    // The timed meeting keeps its own place: it is not in a group.
    expect(byId.get('timed')!.group).toBeNull();
  });

  it.each(dirs)('draws one bracket before the column, on its start side (%s)', (dir) => {
    const l = layoutTimeline(entries, { width: WIDTH, dir, domain, k: 8, measure });
    const t = { k: 8, x: dir === 'rtl' ? -7 * WIDTH : 0 };
    const cues = sameDayBrackets(
      l.marks,
      (m) => placeMark(m, t, WIDTH, dir).start,
      (m) => 100 + m.lane * 36,
      dir,
      () => 36,
    );
    expect(cues).toHaveLength(1);
    const first = l.marks.find((m) => m.id === 'alpha visit')!;
    const start = placeMark(first, t, WIDTH, dir).start;
    // Before the start edge in reading order: left of it in LTR, right of it in RTL.
    expect(dir === 'rtl' ? cues[0]!.x > start : cues[0]!.x < start).toBe(true);
    expect(cues[0]!.y1 - cues[0]!.y0).toBeGreaterThan(2 * 36);
  });

  it('draws no bracket for a group the layout could not keep whole', () => {
    const l = layoutTimeline(entries, { width: WIDTH, dir: 'ltr', domain, k: 8, measure });
    const split = l.marks.filter((m) => m.id !== 'mid lunch');
    expect(
      sameDayBrackets(
        split,
        (m) => m.x0,
        (m) => m.lane * 36,
        'ltr',
        () => 36,
      ),
    ).toEqual([]);
  });
});

describe('prepareEntries: what v2 dates and records say', () => {
  const between: DateSpec = {
    precision: 'between',
    earliest: '2022-10-03',
    latest: '2022-10-09',
  } as DateSpec;

  it('draws a between date and a month-only meeting as a bracket, an event month as a span', () => {
    const e = prepareEntries(
      [
        item('b', between),
        item('m', { precision: 'month', start: '2022-10' }),
        item('ev', { precision: 'month', start: '2022-10' }, 'event'),
        item('d', day('2022-10-05')),
      ],
      (it) => it.id,
      measure,
    );
    expect(e.map((x) => x.bracket)).toEqual([true, true, false, false]);
    // The bracket covers the whole range, 3 to 9 October inclusive.
    expect(e[0]!.interval!.end - e[0]!.interval!.start).toBe(7 * 86_400_000);
  });

  it('carries the confidence of records that are not confirmed', () => {
    const e = prepareEntries(
      [item('a', day('2022-10-05')), item('b', day('2022-10-06'))],
      (it) => it.id,
      measure,
      260,
      {
        confidence: new Map([['b', 'likely']]),
      },
    );
    expect(e.map((x) => x.confidence)).toEqual(['confirmed', 'likely']);
  });

  it('gives each meeting its kind and room for a glyph only when kinds differ', () => {
    const one = prepareEntries([item('a', day('2022-10-05'))], (it) => it.id, measure);
    expect(one[0]).toMatchObject({ kind: null, lead: 0 });
    const two = prepareEntries(
      [item('a', day('2022-10-05')), item('b', day('2022-10-06'), 'meeting', 'talk')],
      (it) => it.id,
      measure,
    );
    expect(two.map((x) => x.kind)).toEqual(['meeting', 'talk']);
    expect(two[1]!.labelWidth).toBe(two[1]!.lead + measure('b'));
  });
});

describe('listRows', () => {
  it('puts a same-day group under one heading, its members together', () => {
    const v = (id: string, sameDay: string | null) => ({ id, sameDay, title: { text: id } });
    const rows = listRows(
      [v('x', null), v('c', 'd1'), v('y', null), v('a', 'd1'), v('z', null)],
      (a, b) => a.localeCompare(b),
    );
    expect(rows.map((r) => (r.kind === 'group' ? `[${r.size}]` : r.v.id))).toEqual([
      'x',
      '[2]',
      'a',
      'c',
      'y',
      'z',
    ]);
  });
});
