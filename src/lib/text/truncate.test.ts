// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createMeasure } from './measure';
import { ELLIPSIS, cutAt, truncate } from './truncate';

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

/** Every word drawn is a whole word of the text, in order: nothing is cut inside a word. */
function expectWholeWords(out: string, text: string) {
  const drawn = words(out);
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
    const out = truncate(text, 150, font, measure);
    expect(out.truncated).toBe(true);
    expect(out.text.startsWith(FSI)).toBe(true);
    expect(out.text.endsWith(`${ELLIPSIS}${PDI}`)).toBe(true);
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
});
