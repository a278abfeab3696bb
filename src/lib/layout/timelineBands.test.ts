// @vitest-environment node
import { describe, expect, it } from 'vitest';
import korea from '../../../data/visits/korea-2022.json';
import type { Dir } from '../i18n/locale';
import { indexVisit } from '../model/derive';
import { parseVisit } from '../model/parseVisit';
import { estimateWidth } from '../text/measure';
import { bandNotes, layoutBands, NOTE_FONT } from './timelineBands';

const r = parseVisit(structuredClone(korea));
if (!r.ok) throw new Error('korea-2022.json does not load');
const items = indexVisit(r.visit).items;
const count = (type: string) => items.filter((i) => i.type === type && i.interval).length;
const bands = layoutBands({
  counts: { meeting: count('meeting'), event: count('event'), unknown: 0 },
  maxLanes: { meeting: 8, event: 6 },
});
const measure = (s: string) => estimateWidth(s, NOTE_FONT);
const words = (band: string, n: number) => `${n} ${band}s outside this range`;
const day = (d: number) => Date.UTC(2022, 9, d);
const notes = (range: [number, number], dir: Dir = 'ltr', width = 1200) =>
  bandNotes(bands, items, range, { width, dir, measure, words });

describe('bandNotes', () => {
  it('notes the context-event band of the Korea opening range, whose 13 events lie outside', () => {
    // 30 September to 10 October 2022, the range the page opens at.
    const out = notes([day(0), day(10)]);
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ band: 'event', text: '13 events outside this range' });
    // In the band's first lane, under its title.
    expect(out[0]!.y).toBeGreaterThan(bands.event!.titleY);
    expect(out[0]!.y).toBeLessThan(bands.event!.top + bands.event!.laneHeight);
  });

  it('notes nothing when some item of each band is in range', () => {
    expect(notes([Date.UTC(2022, 6, 1), Date.UTC(2022, 9, 10)])).toEqual([]);
  });

  it('notes the meetings band when the range holds only context events', () => {
    const out = notes([Date.UTC(2023, 0, 1), Date.UTC(2023, 2, 1)]);
    expect(out.map((n) => [n.band, n.text])).toEqual([
      ['meeting', '7 meetings outside this range'],
    ]);
  });

  it.each(['ltr', 'rtl'] as const)(
    'puts the note at the start edge, "Show all" after it (%s)',
    (dir) => {
      const [n] = notes([day(0), day(10)], dir, 1000);
      const w = measure(n!.text);
      if (dir === 'ltr') {
        expect(n!.x).toBe(2);
        expect(n!.actionX).toBeGreaterThan(n!.x + w);
      } else {
        expect(n!.x).toBe(998);
        expect(n!.actionX).toBeLessThan(n!.x - w);
      }
    },
  );
});
