import { beforeAll, describe, expect, it } from 'vitest';
import { loadFontKit } from '../fonts/fontKit';
import { nodeSources } from '../fonts/nodeAssets';
import { serializeSvg } from './serialize';
import type { FontKit, SerializeOptions } from '../types';

const NS = 'http://www.w3.org/2000/svg';
const HOSTILE = '<script>alert(1)</script> ]]> & "q" \'a\' \u202eRLO <!-- x -->';

let kit: FontKit;
beforeAll(async () => {
  kit = await loadFontKit(nodeSources, true);
});

function chart(): SVGSVGElement {
  const holder = document.createElement('div');
  holder.innerHTML = `<svg xmlns="${NS}" width="400" height="200" lang="ar" direction="rtl" class="chart" style="color: red">
    <defs><linearGradient id="g1"><stop offset="0" stop-color="#f00"/></linearGradient></defs>
    <rect x="10" y="10" width="100" height="20" fill="url(#g1)" onclick="alert(1)" data-id="m1" tabindex="0"/>
    <text x="390" y="40" font-size="13">لقاء مع رئيس اللجنة<title>تلميح</title></text>
    <text x="200" y="80" text-anchor="middle">إطلاق منصة NFT في 2027</text>
    <text id="hostile" x="390" y="120"></text>
    <script>alert(1)</script>
    <foreignObject width="10" height="10"><div xmlns="http://www.w3.org/1999/xhtml">html</div></foreignObject>
    <image href="https://example.invalid/x.png" width="10" height="10"/>
    <use href="https://example.invalid/s.svg#x"/>
    <use href="#g1"/>
    <a href="javascript:alert(1)"><rect width="5" height="5"/></a>
  </svg>`;
  document.body.replaceChildren(holder);
  const svg = holder.querySelector('svg')!;
  svg.querySelector('#hostile')!.textContent = `بيانات ${HOSTILE}`;
  return svg;
}

const options = (o: Partial<SerializeOptions> = {}): SerializeOptions => ({
  title: 'زيارة وفد حكومة دولة الإمارات إلى جمهورية كوريا',
  subtitle: 'الخط الزمني · 2–9 أكتوبر 2022',
  desc: 'الخط الزمني للزيارة',
  lang: 'ar',
  dir: 'rtl',
  credit: 'المصدر: \u2068البيان\u2069، 9 أكتوبر 2022',
  exportDate: 'تاريخ التصدير: 5 مايو 2025',
  legend: [{ label: 'يوم محدد', color: '#0a58a6' }],
  mode: 'text',
  fonts: null,
  ...o,
});

const parse = (xml: string) => new DOMParser().parseFromString(xml, 'image/svg+xml');
const allAttrs = (doc: Document) =>
  [...doc.querySelectorAll('*')].flatMap((e) => [...e.attributes]);

describe('serializeSvg', () => {
  it('writes a standalone, well-formed SVG: declaration, namespaces, size, title, desc, language', async () => {
    const xml = await serializeSvg(chart(), options());
    expect(
      xml.startsWith(
        '<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"',
      ),
    ).toBe(true);
    const doc = parse(xml);
    expect(doc.querySelector('parsererror')).toBeNull();
    const root = doc.documentElement;
    expect(root.getAttribute('xmlns:xlink')).toBe('http://www.w3.org/1999/xlink');
    expect(root.getAttribute('width')).toBe('432'); // 400 and 16 px each side
    expect(root.getAttribute('viewBox')).toMatch(/^0 0 432 \d+/);
    expect(root.getAttribute('lang')).toBe('ar');
    expect(root.getAttribute('xml:lang')).toBe('ar');
    expect(root.getAttribute('direction')).toBe('rtl');
    expect(root.querySelector(':scope > title')?.textContent).toBe(options().title);
    expect(root.querySelector(':scope > desc')?.textContent).toBe('الخط الزمني للزيارة');
  });

  it('drops scripts, foreignObject, images, event handlers, classes, styles and links out', async () => {
    const doc = parse(await serializeSvg(chart(), options()));
    for (const tag of ['script', 'foreignObject', 'image', 'a', 'style'])
      expect(doc.getElementsByTagName(tag)).toHaveLength(0);
    const attrs = allAttrs(doc);
    expect(attrs.filter((a) => /^on|^class$|^style$|^data-|^tabindex$/.test(a.name))).toEqual([]);
    const refs = attrs.filter((a) => /href$/.test(a.name)).map((a) => a.value);
    expect(refs).toEqual(['#g1']);
    expect(doc.querySelectorAll('use')).toHaveLength(1);
    // The gradient reference stays local.
    expect(doc.querySelector('rect[fill^="url"]')?.getAttribute('fill')).toBe('url(#g1)');
  });

  it('frames the chart with the title, the legend, the credit and the export date', async () => {
    const doc = parse(await serializeSvg(chart(), options()));
    const texts = [...doc.querySelectorAll('text')].map((t) => t.textContent);
    // The title wraps to the chart's width, each line isolated.
    expect(
      texts
        .filter((t) => /زيارة|كوريا/.test(t!))
        .join(' ')
        .replace(/[\u2068\u2069]/g, ''),
    ).toBe('زيارة وفد حكومة دولة الإمارات إلى جمهورية كوريا');
    expect(texts).toContain('\u2068يوم محدد\u2069');
    expect(texts).toContain('\u2068المصدر: \u2068البيان\u2069، 9 أكتوبر 2022\u2069');
    expect(texts).toContain('\u2068تاريخ التصدير: 5 مايو 2025\u2069');
    // The chart itself sits under the header, at its size.
    const inner = doc.querySelector('svg > svg')!;
    expect(+inner.getAttribute('y')!).toBeGreaterThan(30);
    expect(inner.getAttribute('width')).toBe('400');
    // ...16 px in from both sides, as the title and the legend are.
    expect(inner.getAttribute('x')).toBe('16');
  });

  it('exports hostile strings safely: escaped, well-formed, isolated, and read back unchanged', async () => {
    const xml = await serializeSvg(
      chart(),
      options({ title: HOSTILE, credit: `المصدر: ${HOSTILE}` }),
    );
    expect(xml).not.toMatch(/<script|<!-- x/);
    const doc = parse(xml);
    expect(doc.querySelector('parsererror')).toBeNull();
    expect(doc.getElementsByTagName('script')).toHaveLength(0);
    expect(doc.querySelector('svg > title')!.textContent).toBe(HOSTILE);
    expect(doc.getElementById('hostile')!.textContent).toBe(`بيانات ${HOSTILE}`);
    // In the footer the override is closed before the isolate ends.
    const credit = [...doc.querySelectorAll('text')].find((t) =>
      t.textContent!.includes('المصدر'),
    )!;
    expect(credit.textContent).toBe(`\u2068المصدر: ${HOSTILE}\u202c\u2069`);
  });

  it('reads the live chart without changing it', async () => {
    const svg = chart();
    const before = svg.outerHTML;
    await serializeSvg(svg, options());
    await serializeSvg(svg, options({ mode: 'outline', fonts: kit }));
    expect(svg.outerHTML).toBe(before);
  });

  it('needs fonts for outlines, and says so', async () => {
    await expect(serializeSvg(chart(), options({ mode: 'outline' }))).rejects.toThrow(
      'serializeSvg: mode "outline" needs fonts (a FontKit), got null',
    );
  });

  it('outlines every text: no <text> left, glyph paths defined once, labels kept for search and AT', async () => {
    const doc = parse(await serializeSvg(chart(), options({ mode: 'outline', fonts: kit })));
    expect(doc.querySelector('parsererror')).toBeNull();
    expect(doc.querySelectorAll('text, tspan')).toHaveLength(0);
    expect(doc.querySelectorAll('defs > path[id]').length).toBeGreaterThan(20);
    const labels = [...doc.querySelectorAll('g[aria-label]')].map((g) =>
      g.getAttribute('aria-label'),
    );
    expect(labels).toContain('إطلاق منصة NFT في 2027');
    expect(labels).toContain(`بيانات ${HOSTILE}`);
    expect(doc.querySelector('g[aria-label="إطلاق منصة NFT في 2027"] > title')?.textContent).toBe(
      'إطلاق منصة NFT في 2027',
    );
    for (const use of doc.querySelectorAll('use'))
      expect(use.getAttribute('xlink:href')).toMatch(/^#/);
  });

  it('embeds the font subset for editable text when fonts are given', async () => {
    const xml = await serializeSvg(chart(), options({ fonts: kit }));
    const css = parse(xml).querySelector('style')!.textContent!;
    expect(css).toMatch(/@font-face\{font-family:"IBM Plex Sans Arabic"/);
    expect(css).toContain('data:font/woff;base64,');
    expect(parse(xml).querySelectorAll('text').length).toBeGreaterThan(5);
  });
});
