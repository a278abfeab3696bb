// @vitest-environment node
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import * as hb from 'harfbuzzjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { unicodeRangeOf } from './embedFaces';
import { loadFontKit, type FontSources } from './fontKit';
import { koreanChunkOf } from '../../fonts/koreanFaces';
import { nodeSources } from './nodeAssets';
import type { FontKit } from '../types';
import { woffToSfnt } from './woff';

const require = createRequire(import.meta.url);

let kit: FontKit;
beforeAll(async () => {
  kit = await loadFontKit(nodeSources, true);
});

const cps = (s: string) => new Set([...s].map((c) => c.codePointAt(0)!));
const gids = (text: string, dir: 'rtl' | 'ltr' = 'rtl', weight = 400) =>
  kit.shapeLine([{ text, weight }], dir).glyphs.map((g) => g.gid);

describe('shaping (HarfBuzz)', () => {
  it('joins Arabic letters: a word uses other glyphs than its letters alone', () => {
    const word = gids('بيت');
    const alone = ['ب', 'ي', 'ت'].map((c) => gids(c)[0]);
    expect(word).toHaveLength(3);
    // Initial beh, medial yeh, final teh: none is the isolated form.
    for (const g of word) expect(alone).not.toContain(g);
  });

  it('lays out "NFT" and "2027" inside Arabic in reading order, each left to right', () => {
    const text = 'إطلاق منصة NFT في 2027';
    const line = kit.shapeLine([{ text, weight: 600 }], 'rtl', 'ar');
    const xOf = (ch: string) => {
      const gid = kit.shapeLine([{ text: ch, weight: 600 }], 'ltr').glyphs[0]!.gid;
      return line.glyphs.filter((g) => g.gid === gid).map((g) => g.x);
    };
    const [two1, two2] = xOf('2');
    const [zero] = xOf('0');
    const [seven] = xOf('7');
    const [n] = xOf('N');
    const [t] = xOf('T');
    // 2027 first from the left, digits in order; then NFT in order; Arabic to the right.
    expect(two1!).toBeLessThan(zero!);
    expect(zero!).toBeLessThan(two2!);
    expect(two2!).toBeLessThan(seven!);
    expect(seven!).toBeLessThan(n!);
    expect(n!).toBeLessThan(t!);
    expect(line.glyphs.filter((g) => g.x > t!).length).toBeGreaterThan(8);
  });

  it('measures like Chromium (197.6 px for "مرحبا" at 100 px, 447.4 for "NFT 2027")', () => {
    expect(kit.shapeLine([{ text: 'مرحبا', weight: 400 }], 'rtl').width / 10).toBeCloseTo(197.6, 1);
    expect(kit.shapeLine([{ text: 'NFT 2027', weight: 400 }], 'rtl').width / 10).toBeCloseTo(
      447.4,
      1,
    );
  });

  it('adds letter-spacing to Latin only, never inside joined Arabic (as Chromium does)', () => {
    const w = (text: string, ls: number) =>
      kit.shapeLine([{ text, weight: 400 }], 'ltr', 'ar', ls).width;
    expect(w('abcd', 100) - w('abcd', 0)).toBe(400);
    expect(w('مرحبا', 100)).toBe(w('مرحبا', 0));
  });

  it('draws a glyph as a path in font units with y pointing down', () => {
    const g = kit.shapeLine([{ text: 'H', weight: 400 }], 'ltr').glyphs[0]!;
    const d = kit.glyphPath(g.face, g.gid);
    expect(d).toMatch(/^M/);
    // Cap height is above the baseline: negative y values.
    expect(Math.min(...(d.match(/-?\d+(\.\d+)?/g) ?? []).map(Number))).toBeLessThan(-600);
  });
});

describe('embedded subsets (hb-subset + WOFF)', () => {
  const text = 'زيارة وفد حكومة دولة الإمارات NFT 2027';

  it('embeds WOFF @font-face rules per face used, with the page unicode-ranges', async () => {
    const css = await kit.fontFaceCss(
      new Map([
        [400, cps(text)],
        [600, cps('عهود')],
      ]),
    );
    const rules = css.split('\n');
    // arabic 400, latin 400, arabic 600 — in @fontsource's declaration order.
    expect(rules).toHaveLength(3);
    for (const r of rules) {
      expect(r).toMatch(/^@font-face\{font-family:"IBM Plex Sans Arabic";/);
      expect(r).toMatch(/src:url\(data:font\/woff;base64,[A-Za-z0-9+/=]+\) format\("woff"\)/);
      expect(r).toMatch(/unicode-range:U\+/);
    }
  });

  it('keeps Arabic shaping (GSUB/GPOS) and is far smaller than the full font', async () => {
    const css = await kit.fontFaceCss(new Map([[400, cps(text)]]));
    const b64 = /base64,([^)]+)\)/.exec(css.split('\n')[0]!)![1]!;
    const woff = new Uint8Array(Buffer.from(b64, 'base64'));
    expect(String.fromCharCode(...woff.subarray(0, 4))).toBe('wOFF');
    const full = readFileSync(
      require.resolve('@fontsource/ibm-plex-sans-arabic/files/ibm-plex-sans-arabic-arabic-400-normal.woff'),
    );
    // Smaller than a quarter of @fontsource's full WOFF of the same face.
    expect(woff.length).toBeLessThan(full.length * 0.25);
    const face = new hb.Face(new hb.Blob(await woffToSfnt(woff)));
    expect(face.getTableFeatureTags('GSUB')).toEqual(
      expect.arrayContaining(['init', 'medi', 'fina']),
    );
    expect(face.getTableFeatureTags('GPOS')).toContain('kern');
    // Same shaping with the subset as with the full font: same outlines, same advances.
    const sub = new hb.Font(face);
    const buf = new hb.Buffer();
    buf.addText('الإمارات');
    buf.guessSegmentProperties();
    hb.shape(sub, buf);
    const subPaths = buf.getGlyphInfos().map((g) => sub.glyphToPath(g.codepoint));
    const fullLine = kit.shapeLine([{ text: 'الإمارات', weight: 400 }], 'rtl');
    expect(subPaths).toHaveLength(fullLine.glyphs.length);
    const norm = (d: string) => d.replace(/[\s,]+/g, ' ');
    const fullPaths = fullLine.glyphs.map((g) =>
      norm(kit.glyphPath(g.face, g.gid)).replace(
        /(-?\d+(\.\d+)?) (-?\d+(\.\d+)?)/g,
        (_, x, _a, y) => `${x} ${-y}`,
      ),
    );
    expect(subPaths.map(norm).map((d) => d.replace(/-0(?!\.)/g, '0'))).toEqual(
      fullPaths.map((d) => d.replace(/-0(?!\.)/g, '0')),
    );
  });
});

describe('Hangul from IBM Plex Sans KR', () => {
  const name = '윤석열 대통령';
  /** A kit of its own that records which Korean chunks it reads. */
  async function koreanKit(embed = false) {
    const read: string[] = [];
    const sources: FontSources = {
      ...nodeSources,
      koreanFont: (chunk, weight) => {
        read.push(`${chunk}-${weight}`);
        return nodeSources.koreanFont(chunk, weight);
      },
    };
    return { kit: await loadFontKit(sources, embed), read };
  }

  it('loads only the chunks of the characters present, at the weights they are drawn in', async () => {
    const { kit, read } = await koreanKit();
    await kit.prepare(new Map([[600, `Meeting with ${name}`]]));
    const chunks = new Set(
      [...name.replace(' ', '')].map((c) => koreanChunkOf(c.codePointAt(0)!)!.id),
    );
    expect(read.sort()).toEqual([...chunks].map((c) => `${c}-600`).sort());
    expect(read.length).toBeLessThan(7);
    // Again, or with characters IBM Plex Sans Arabic has: nothing more is read.
    await kit.prepare(
      new Map([
        [600, name],
        [400, 'مرحبا Hello 2027'],
      ]),
    );
    expect(read).toHaveLength(chunks.size);
  });

  it('shapes and outlines Hangul with real glyphs once prepared; missing before', async () => {
    const { kit } = await koreanKit();
    const before = kit.shapeLine([{ text: name, weight: 400 }], 'ltr');
    expect(before.glyphs).toHaveLength(1); // the space only: the rest is left to the viewer
    expect(before.fallback.map((f) => f.text)).toEqual(['윤석열', '대통령']);
    await kit.prepare(new Map([[400, name]]));
    const after = kit.shapeLine([{ text: name, weight: 400 }], 'ltr');
    expect(after.fallback).toEqual([]);
    expect(after.glyphs).toHaveLength(7);
    // Each syllable is its own outline, a full-width ideograph-like advance (~0.9 em).
    const paths = after.glyphs.map((g) => kit.glyphPath(g.face, g.gid)).filter(Boolean);
    expect(new Set(paths).size).toBe(6);
    expect(paths.every((d) => d.length > 100)).toBe(true);
    expect(after.width).toBeGreaterThan(6 * 850);
    expect(after.width).toBeLessThan(6 * 1000 + 400);
  });

  it('embeds the Korean subset in the same family, limited to exactly its characters', async () => {
    const { kit } = await koreanKit(true);
    const text = `لقاء ${name}`;
    await kit.prepare(new Map([[400, text]]));
    const css = await kit.fontFaceCss(new Map([[400, cps(text)]]));
    const rules = css.split('\n');
    const korean = rules.filter((r) => /unicode-range:U\+[BCD]/.test(r));
    // One rule per chunk used, after the Arabic ones, family "IBM Plex Sans Arabic".
    expect(korean.length).toBeGreaterThan(0);
    expect(rules.indexOf(korean[0]!)).toBeGreaterThan(0);
    const ranges = korean.map((r) => /unicode-range:([^}]+)/.exec(r)![1]!).join(',');
    expect(ranges.split(',').sort()).toEqual(
      unicodeRangeOf(cps(name.replace(' ', '')))
        .split(',')
        .sort(),
    );
    for (const r of korean) {
      expect(r).toMatch(
        /^@font-face\{font-family:"IBM Plex Sans Arabic";font-style:normal;font-weight:400;/,
      );
      const b64 = /base64,([^)]+)\)/.exec(r)![1]!;
      const face = new hb.Face(
        new hb.Blob(await woffToSfnt(new Uint8Array(Buffer.from(b64, 'base64')))),
      );
      const has = [...face.collectUnicodes()];
      const wanted = [...cps(name)].filter((c) => c !== 32);
      expect(has.some((c) => wanted.includes(c))).toBe(true);
      // A subset: a handful of glyphs, not the chunk's hundreds.
      expect(has.length).toBeLessThan(10);
    }
  });

  it.each([
    [[0xac00], 'U+AC00'],
    [[0xac01, 0xac00, 0xac02, 0xb300], 'U+AC00-AC02,U+B300'],
    [[0x20, 0x22, 0x21, 0x21], 'U+20-22'],
  ])('unicodeRangeOf(%j) is %s', (list, css) => {
    expect(unicodeRangeOf(list)).toBe(css);
  });
});
