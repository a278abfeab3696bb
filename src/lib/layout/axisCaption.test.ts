// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { describeItems } from '../i18n/itemWords';
import type { Dir, Lang } from '../i18n/locale';
import { indexVisit } from '../model/derive';
import { parseVisitText } from '../model/parseVisit';
import { estimateWidth } from '../text/measure';
import { axisCaption, CAPTION_FONT, type ZonedItem } from './axisCaption';
import { layoutTicks, TICK_FONT } from './ticks';
import { scaleTime } from './timeScale';

const measure = estimateWidth;
const H = 3_600_000;
const day = (d: number, h = 0) => Date.UTC(2023, 0, d, h);
const strip = (s: string) => s.replace(/[\u2066-\u2069]/g, '');

const timed = (start: number, timeZone: string, city: string): ZonedItem => ({
  item: { interval: { start, end: start + H } },
  zone: { timeZone, city },
});
const untimed = (start: number): ZonedItem => ({
  item: { interval: { start, end: start + 24 * H } },
  zone: null,
});

function caption(
  views: ZonedItem[],
  [a, b]: [number, number],
  { lang = 'en', dir = 'ltr', width = 1000 }: { lang?: Lang; dir?: Dir; width?: number } = {},
) {
  const scale = scaleTime([a, b], dir === 'rtl' ? [width, 0] : [0, width]);
  const axis = layoutTicks(scale, { width, dir, lang, digits: 'latn', measure });
  const c = axisCaption({ axis, views, range: [a, b], lang, dir, width, measure });
  return { axis, c, text: c && strip(c.text) };
}

const abuDhabi = timed(day(14, 16), 'Asia/Dubai', 'Abu Dhabi');
const abuDhabiAr = timed(day(14, 16), 'Asia/Dubai', 'أبوظبي');
const davos = timed(day(17, 10), 'Europe/Zurich', 'Davos');

describe('axisCaption', () => {
  it('names the one zone of the timed items in view, with their city, in either language', () => {
    expect(caption([abuDhabi, untimed(day(15))], [day(14), day(16)]).text).toBe(
      'Times: Abu Dhabi time',
    );
    const ar = caption([abuDhabiAr], [day(14), day(16)], { lang: 'ar', dir: 'rtl' });
    expect(ar.text).toBe('الأوقات بتوقيت أبوظبي');
  });

  it('says "local time at each place" when the items in view are in several zones', () => {
    const both = [abuDhabi, davos];
    expect(caption(both, [day(14), day(18)], { width: 1920 }).text).toBe(
      'Local time at each place',
    );
    const ar = caption(both, [day(14), day(18)], { lang: 'ar', dir: 'rtl', width: 1920 });
    expect(ar.text).toBe('بالتوقيت المحلي لكل مكان');
    // Only what is in view counts: Davos alone once Abu Dhabi is panned away.
    expect(caption(both, [day(17), day(18)]).text).toBe('Times: Davos time');
  });

  it("uses the zone's own name when its items are in different cities of it", () => {
    const dubai = timed(day(15, 9), 'Asia/Dubai', 'Dubai');
    const { text } = caption([abuDhabi, dubai], [day(14), day(16)]);
    expect(text).toMatch(/^Times: /);
    expect(text).not.toMatch(/Abu Dhabi|Dubai time/);
  });

  it('has no caption when the ticks are not clock times', () => {
    const { axis, c } = caption([abuDhabi, davos], [day(1), day(31)]);
    expect(axis.level).toBe('day');
    expect(c).toBeNull();
    expect(caption([abuDhabi], [Date.UTC(2022, 0), Date.UTC(2024, 0)]).c).toBeNull();
  });

  it('stands at the inline start: the left edge in English, the right edge in Arabic', () => {
    expect(caption([abuDhabi], [day(14), day(16)]).c!.x).toBe(0);
    expect(caption([abuDhabiAr], [day(14), day(16)], { lang: 'ar', dir: 'rtl' }).c!.x).toBe(1000);
  });

  for (const width of [320, 1920])
    for (const [lang, dir] of [
      ['en', 'ltr'],
      ['ar', 'rtl'],
    ] as const)
      it(`never touches a drawn tick label: ${width} px, ${lang}`, () => {
        for (const [a, b] of [
          [day(14), day(17)],
          [day(14, 6), day(14, 18)],
          [day(14, 15), day(14, 17)],
        ] as const) {
          const { axis, c } = caption([abuDhabi, davos], [a, b], { lang, dir, width });
          expect(c, `${a}–${b}`).not.toBeNull();
          const w = measure(c!.text, CAPTION_FONT);
          const [lo, hi] = dir === 'rtl' ? [width - w, width] : [0, w];
          const drawn = axis.ticks.filter((t) => t.showLabel && !c!.covers.has(t.t));
          // Some hours are still labelled, none within 16 px of the caption.
          expect(drawn.length).toBeGreaterThan(0);
          for (const t of drawn) {
            const half = measure(t.label, TICK_FONT) / 2;
            const clear = t.labelX - half >= hi + 16 || t.labelX + half <= lo - 16;
            expect(clear, `${t.label} at ${t.labelX}`).toBe(true);
          }
        }
      });

  it('reads the zones of a real visit: the UAE state visit at Abu Dhabi, in both languages', () => {
    const parsed = parseVisitText(readFileSync('data/visits/uae-2023.json', 'utf8'));
    if (!parsed.ok) throw new Error('uae-2023 does not load');
    const index = indexVisit(parsed.visit);
    const range: [number, number] = [day(14), day(15)];
    expect(caption(describeItems(index, 'en', 'latn'), range).text).toBe('Times: Abu Dhabi time');
    const ar = caption(describeItems(index, 'ar', 'latn'), range, { lang: 'ar', dir: 'rtl' });
    expect(ar.text).toBe('الأوقات بتوقيت أبوظبي');
  });
});
