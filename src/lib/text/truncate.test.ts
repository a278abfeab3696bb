// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createMeasure } from './measure';
import bidiFactory from 'bidi-js';
import { ELLIPSIS, cutAt, qualifierStart, truncate } from './truncate';

const font = { size: 13 };
const measure = createMeasure({ estimate: true });
const FSI = '\u2068';
const PDI = '\u2069';

/** The words of `text` (controls and the ellipsis left out). */
const words = (text: string) =>
  text
    .replace(/[\u2066-\u2069…]/g, '')
    .split(/\s+/)
    .filter(Boolean);

/**
 * Every word drawn of the name is a whole word of the text, in order: nothing is cut inside a
 * word (the qualifiers after the name are checked on their own).
 */
function expectWholeWords(out: string, text: string) {
  const drawn = words(out.slice(0, qualifierStart(out)));
  expect(words(text).slice(0, drawn.length)).toEqual(drawn);
}

describe('truncate', () => {
  it('keeps a label that fits', () => {
    expect(truncate('سيئول', 200, font, measure)).toMatchObject({
      text: 'سيئول',
      truncated: false,
    });
  });

  it.each([
    ['ar', 'لقاء مع وزير الداخلية الأمير عبدالعزيز بن سعود بن نايف'],
    ['en', 'Meeting with Interior Minister Prince Abdulaziz bin Saud bin Naif'],
    ['ko', '대한민국 국무총리 한덕수 면담 및 업무 협약 체결'],
  ])('cuts %s text only between words, ends with an ellipsis and fits', (_, text) => {
    for (let max = 40; max < measure(text, font); max += 7) {
      const out = truncate(text, max, font, measure);
      expect(out.truncated).toBe(true);
      expect(out.width).toBeLessThanOrEqual(max);
      if (!out.text) continue;
      expect(out.text.endsWith(ELLIPSIS)).toBe(true);
      expectWholeWords(out.text, text);
      // The words kept are a prefix ending where a word ends, not inside one.
      const kept = out.text.slice(0, -1);
      expect(text.startsWith(kept)).toBe(true);
      expect(text[kept.length]).toMatch(/\s/);
    }
  });

  it('draws nothing rather than part of a first word that does not fit', () => {
    const out = truncate('Telecommunications ministry', 60, font, measure);
    expect(out).toEqual({ text: '', width: 0, truncated: true });
  });

  it('drops punctuation and spaces before the ellipsis', () => {
    expect(cutAt('Seoul, Busan', 6)).toBe('Seoul…');
    expect(cutAt('لقاء — وزير', 5)).toBe('لقاء…');
    expect(cutAt('Visit (day not reported)', 6)).toBe('Visit…');
  });

  it('keeps an English title in an Arabic label isolated, the ellipsis inside it', () => {
    // A mixed label as the timeline builds it: the title isolated, then Arabic words.
    const text = `${FSI}Meeting with the Minister of Trade${PDI} (لم يُذكر اليوم)`;
    const out = truncate(text, 200, font, measure);
    expect(out.truncated).toBe(true);
    expect(out.text.startsWith(FSI)).toBe(true);
    expect(out.text.endsWith(`${ELLIPSIS}${PDI} (لم يُذكر اليوم)`)).toBe(true);
    // Balanced: exactly one opener, one closer.
    expect(out.text.split(PDI).length - 1).toBe(1);
    expectWholeWords(out.text, text);
  });

  it('cuts for the font it is given, not for one it measured before', () => {
    const text = 'توقيع مذكرة تفاهم في الرموز غير القابلة للاستبدال';
    const small = truncate(text, 120, { size: 11 }, measure);
    const large = truncate(text, 120, { size: 16, weight: 600 }, measure);
    expect(large.text.length).toBeLessThan(small.text.length);
    expect(large.width).toBeLessThanOrEqual(120);
  });

  describe('keeps the qualifiers whole, shortening only the name', () => {
    // Labels as the timeline builds them: the title isolated, then its qualifiers.
    const en = `${FSI}Three-way meeting with Jordan's Minister of Industry${PDI} (likely)`;
    const ar = `${FSI}لقاء مع جي هيون هان وزير التجارة${PDI} (اليوم غير مذكور)`;
    const two = `${FSI}Talks with the Minister of Commerce${PDI} (day not reported) (likely)`;

    it('finds the qualifiers after the name, never inside its isolate', () => {
      expect(en.slice(qualifierStart(en))).toBe(' (likely)');
      expect(ar.slice(qualifierStart(ar))).toBe(' (اليوم غير مذكور)');
      expect(two.slice(qualifierStart(two))).toBe(' (day not reported) (likely)');
      const own = `${FSI}Talks with KOTRA (Korea)${PDI}`;
      expect(qualifierStart(own)).toBe(own.length);
      // Nothing but a qualifier: that is the name.
      expect(qualifierStart('(likely)')).toBe('(likely)'.length);
    });

    it.each([
      ['en', en, ' (likely)'],
      ['ar', ar, ' (اليوم غير مذكور)'],
      ['en, two qualifiers', two, ' (day not reported) (likely)'],
    ])(
      '%s: whole at exactly its width, cut one px short with its qualifiers kept',
      (_, text, q) => {
        const full = measure(text, font);
        expect(truncate(text, full, font, measure)).toEqual({
          text,
          width: full,
          truncated: false,
        });
        const out = truncate(text, full - 1, font, measure);
        expect(out.truncated).toBe(true);
        expect(out.width).toBeLessThanOrEqual(full - 1);
        expect(out.text.endsWith(`${ELLIPSIS}${PDI}${q}`)).toBe(true);
        // Only the last word of the name went.
        expect(words(out.text)).toEqual(words(text.replace(/ \S+\u2069/u, PDI)));
      },
    );

    it.each([
      ['en', en, `${FSI}Three-way meeting with${ELLIPSIS}${PDI} (likely)`],
      ['ar', ar, `${FSI}لقاء مع${ELLIPSIS}${PDI} (اليوم غير مذكور)`],
    ])('%s: at every width the qualifier is drawn whole or nothing is', (_, text, sample) => {
      for (let max = 20; max < measure(text, font); max += 3) {
        const out = truncate(text, max, font, measure);
        expect(out.width).toBeLessThanOrEqual(max);
        if (!out.text) {
          // Too narrow for the first word and the qualifier: left to the tooltip and the list.
          expect(max).toBeLessThan(measure(sample, font));
          continue;
        }
        expect(out.text.slice(qualifierStart(out.text))).toBe(text.slice(qualifierStart(text)));
        expectWholeWords(out.text, text);
      }
      const at = measure(sample, font);
      expect(truncate(text, at, font, measure).text).toBe(sample);
    });

    it('draws nothing when the qualifier leaves no room for a first word', () => {
      const text = `${FSI}Meeting with Ji-hyun Han${PDI} (day not reported)`;
      const one = `${FSI}Meeting${ELLIPSIS}${PDI} (day not reported)`;
      expect(truncate(text, measure(one, font), font, measure).text).toBe(one);
      expect(truncate(text, measure(one, font) - 1, font, measure)).toEqual({
        text: '',
        width: 0,
        truncated: true,
      });
    });

    /** The drawn order, left to right, of `text` drawn isolated (as Marks.svelte does). */
    const bidi = bidiFactory();
    const visual = (text: string, dir: 'ltr' | 'rtl') => {
      const iso = `${FSI}${text}${PDI}`;
      return bidi
        .getReorderedString(iso, bidi.getEmbeddingLevels(iso, dir))
        .replace(/[\u2066-\u2069]/g, '');
    };
    const rev = (s: string) => [...s].reverse().join('');

    it('RTL: the ellipsis ends the name on its left, the qualifier in its brackets after it', () => {
      const out = truncate(
        ar,
        measure(`${FSI}لقاء مع جي${ELLIPSIS}${PDI} (اليوم غير مذكور)`, font),
        font,
        measure,
      );
      expect(out.text).toBe(`${FSI}لقاء مع جي${ELLIPSIS}${PDI} (اليوم غير مذكور)`);
      // Read from the right: the name's words, the ellipsis, then "(اليوم غير مذكور)".
      expect(visual(out.text, 'rtl')).toBe(
        `(${rev('اليوم غير مذكور')}) ${ELLIPSIS}${rev('لقاء مع جي')}`,
      );
    });

    it('LTR: an Arabic title cut where its words stop, "(likely)" on its right', () => {
      const text = `${FSI}لقاء مع جي هيون هان${PDI} (likely)`;
      const cut = `${FSI}لقاء مع${ELLIPSIS}${PDI} (likely)`;
      expect(truncate(text, measure(cut, font), font, measure).text).toBe(cut);
      expect(visual(cut, 'ltr')).toBe(`${ELLIPSIS}${rev('لقاء مع')} (likely)`);
    });
  });
});
