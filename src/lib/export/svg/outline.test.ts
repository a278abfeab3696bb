// @vitest-environment node
import { beforeAll, describe, expect, it } from 'vitest';
import { loadFontKit } from '../fonts/fontKit';
import { nodeSources } from '../fonts/nodeAssets';
import { baselineShift, GlyphDefs, lineLeft, outlineText, strokeFirst } from './outline';
import type { TextModel } from './textModel';
import type { FontKit } from '../types';

let kit: FontKit;
beforeAll(async () => {
  kit = await loadFontKit(nodeSources, false);
});

const model = (text: string, extra: Partial<TextModel> = {}): TextModel => ({
  label: text,
  dir: 'rtl',
  lang: 'ar',
  size: 13,
  letterSpacing: 0,
  baseline: 'auto',
  chunks: [{ x: 100, y: 50, anchor: 'start', spans: [{ text, weight: 600, paint: '', dy: 0 }] }],
  ...extra,
});

describe('placing a line', () => {
  it.each([
    ['start', true, 60],
    ['start', false, 100],
    ['end', true, 100],
    ['end', false, 60],
    ['middle', true, 80],
  ] as const)('anchor %s, rtl %s: left edge %s for a 40 px line at x=100', (anchor, rtl, left) => {
    expect(lineLeft(100, 40, anchor, rtl)).toBe(left);
  });

  it('shifts the baseline as Chromium does for each dominant-baseline (100 px text)', () => {
    // Chromium rounds ascent (108.5 → 109) and descent (41.5 → 42) to whole pixels.
    expect(baselineShift('auto', 100, kit)).toBe(0);
    expect(baselineShift('central', 100, kit)).toBe(33.5);
    expect(baselineShift('hanging', 100, kit)).toBeCloseTo(87.2);
    expect(baselineShift('text-before-edge', 100, kit)).toBe(109);
    expect(baselineShift('ideographic', 100, kit)).toBe(-42);
    expect(baselineShift('middle', 100, kit)).toBeCloseTo(25.8, 0);
  });

  it('paint-order: stroke first for "stroke" and "markers stroke"', () => {
    expect(strokeFirst('stroke')).toBe(true);
    expect(strokeFirst('markers stroke fill')).toBe(true);
    expect(strokeFirst('normal')).toBe(false);
    expect(strokeFirst('fill stroke')).toBe(false);
  });
});

describe('outlineText', () => {
  it('writes glyphs as <use> of shared outlines, no text, right-aligned for an RTL start', () => {
    const defs = new GlyphDefs();
    const out = outlineText(model('لقاء مع رئيس اللجنة'), kit, defs, null);
    expect(out).not.toMatch(/<text/);
    const uses = out.match(/<use /g) ?? [];
    expect(uses.length).toBeGreaterThan(10);
    // Letters repeat: fewer outlines than glyphs.
    expect(defs.size).toBeLessThan(uses.length);
    const width =
      (kit.shapeLine([{ text: 'لقاء مع رئيس اللجنة', weight: 600 }], 'rtl').width * 13) / 1000;
    const tx = Number(/translate\((-?[\d.]+) /.exec(out)![1]);
    expect(tx).toBeCloseTo(100 - width, 1);
  });

  it('leaves only characters no font has (Thai) as text, placed where the browser puts them', () => {
    const out = outlineText(
      model('رئيس وزراء تايلاند สวัสดี ครับ', { dir: 'rtl' }),
      kit,
      new GlyphDefs(),
      null,
    );
    const texts = [...out.matchAll(/<text x="([\d.]+)"[^>]*>([^<]*)<\/text>/g)];
    // Two words (the space between is the font's own), left to right, in the viewer's sans-serif.
    expect(texts.map((t) => t[2])).toEqual(['สวัสดี', 'ครับ']);
    expect(Number(texts[0]![1])).toBeLessThan(Number(texts[1]![1]));
    expect(texts[0]![0]).toContain('font-family="sans-serif"');
    expect(texts[0]![0]).toContain('direction="ltr"');
    expect((out.match(/<use /g) ?? []).length).toBeGreaterThan(10);
  });

  it('outlines Hangul too once its IBM Plex Sans KR chunks are loaded: no text at all', async () => {
    const text = 'رئيس جمهورية كوريا 대한민국 대통령';
    await kit.prepare(new Map([[600, text]]));
    const defs = new GlyphDefs();
    const out = outlineText(model(text, { dir: 'rtl' }), kit, defs, null);
    expect(out).not.toMatch(/<text/);
    // 7 Hangul syllables, 6 different: each an outline of its own.
    expect(defs.toString().match(/<path /g)!.length).toBeGreaterThan(6 + 10);
  });

  it('draws an underline under the glyphs, font-size / 10 thick unless set (as Chromium does)', () => {
    const out = outlineText(
      model('لقاء مرتبط', { underline: { thickness: null } }),
      kit,
      new GlyphDefs(),
      null,
    );
    const rect = /<rect y="([\d.]+)" width="[\d.]+" height="([\d.]+)"\/>/.exec(out)!;
    // 1.3 px at 13 px, in font units of the scaled group: 100 thick, top 50 below the baseline.
    expect([Number(rect[1]), Number(rect[2])]).toEqual([50, 100]);
    expect(out.indexOf('<rect')).toBeLessThan(out.indexOf('<use'));
  });

  it('paints a halo as all strokes, then all fills, so joins are not cut', () => {
    const out = outlineText(model('الاجتماعات'), kit, new GlyphDefs(), { width: 3, first: true });
    const strokePass = out.indexOf('fill="none"');
    const fillPass = out.indexOf('stroke="none"');
    expect(strokePass).toBeGreaterThan(0);
    expect(fillPass).toBeGreaterThan(strokePass);
    // 3 px halo inside a group scaled by 13/1000.
    expect(out).toMatch(/stroke-width="230\.77"/);
  });
});
