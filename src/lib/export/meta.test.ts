import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseVisitText } from '../model/parseVisit';
import type { Visit } from '../model/schema';
import { exportMeta } from './meta';
import { serializeSvg } from './svg/serialize';

/** Every C0 and C1 control, DEL, the bidi paragraph and segment breaks, U+2028, noncharacters. */
const CONTROLS = [
  ...Array.from({ length: 0x20 }, (_, i) => String.fromCharCode(i)),
  ...Array.from({ length: 0x21 }, (_, i) => String.fromCharCode(0x7f + i)),
  '\u2028',
  '\u2029',
  '\ufffe',
  '\uffff',
  '\ud800',
].join('·');

/** What XML 1.0 forbids, C1 and DEL, and what would end a line or a bidi paragraph. */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\ufffe\uffff\ud800-\udfff]/;

const parsed = parseVisitText(readFileSync('data/visits/korea-2022.json', 'utf8'));
if (!parsed.ok) throw new Error('bundled visit invalid');

/**
 * The bundled visit with every control in its title and in its primary sources' publishers:
 * written straight into the object, as if a gate had let them through.
 */
function hostileVisit(): Visit {
  const visit = structuredClone(parsed.ok ? parsed.visit : (null as never));
  visit.title.ar = `زيارة${CONTROLS}\u202eرسمية`;
  for (const s of visit.sources) s.publisher.ar = `البيان${CONTROLS}`;
  return visit;
}

function chart(): SVGSVGElement {
  const holder = document.createElement('div');
  holder.innerHTML =
    '<svg xmlns="http://www.w3.org/2000/svg" width="300" height="100"><rect width="10" height="10"/></svg>';
  return holder.querySelector('svg')!;
}

const parse = (xml: string) => new DOMParser().parseFromString(xml, 'image/svg+xml');

describe('export metadata with every control character in the data', () => {
  const meta = exportMeta(hostileVisit(), 'timeline', 'ar', 'latn', new Date(2025, 4, 5));

  it('title, desc and credit are one line without controls, the data still isolated', () => {
    for (const text of [meta.title, meta.desc, meta.credit]) expect(text).not.toMatch(UNSAFE);
    expect(meta.title.replace(/[· ]/g, '')).toBe('زيارة\u202eرسمية');
    // The data sits inside FSI…PDI, its override closed: the words after it keep their order.
    expect(meta.desc).toContain('\u202eرسمية\u202c\u2069. ');
  });

  it('the SVG parses as strict XML, and its <title> and <desc> hold no control', async () => {
    const xml = await serializeSvg(chart(), { ...meta, mode: 'text', fonts: null });
    const doc = parse(xml);
    expect(doc.querySelector('parsererror')).toBeNull();
    const title = doc.querySelector('svg > title')!.textContent!;
    const desc = doc.querySelector('svg > desc')!.textContent!;
    expect(title).toBe(meta.title);
    expect(desc).toBe(meta.desc);
    expect(xml).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/); // eslint-disable-line no-control-regex
    // The bands (header title, footer credit) too.
    for (const t of doc.querySelectorAll('title, desc, text'))
      expect(t.textContent).not.toMatch(UNSAFE);
    expect(doc.querySelector('text')?.textContent).toContain('زيارة');
  });

  it('(the XML check can fail: a raw control is a parse error)', () => {
    const bad = '<svg xmlns="http://www.w3.org/2000/svg"><title>a\u0001b</title></svg>';
    expect(parse(bad).querySelector('parsererror')).not.toBeNull();
  });
});

describe('export words in the Hijri calendar', () => {
  it('gives the credit and the export date in Umm al-Qura, the Gregorian day beside each', () => {
    if (!parsed.ok) throw new Error('bundled visit invalid');
    const now = new Date(2022, 9, 9, 12);
    const meta = exportMeta(parsed.visit, 'timeline', 'ar', 'latn', now, [], 'islamic-umalqura');
    expect(meta.exportDate).toContain('13 ربيع الأول 1444 هـ (9 أكتوبر 2022)');
    expect(meta.credit).toContain('1444 هـ');
    const greg = exportMeta(parsed.visit, 'timeline', 'ar', 'latn', now, []);
    expect(greg.exportDate).not.toContain('هـ');
  });
});
