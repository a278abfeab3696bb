// @vitest-environment node
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { inflateSync } from 'node:zlib';
import * as hb from 'harfbuzzjs';
import { beforeAll, describe, expect, it } from 'vitest';
import decompress from 'woff2-encoder/decompress';
import { createSubsetter, type Subsetter } from './hbSubset';
import { sfntToWoff, woffToSfnt } from './woff';

const require = createRequire(import.meta.url);
const file = (ext: string) =>
  new Uint8Array(
    readFileSync(
      require.resolve(
        `@fontsource/ibm-plex-sans-arabic/files/ibm-plex-sans-arabic-arabic-600-normal.${ext}`,
      ),
    ),
  );

describe('woffToSfnt', () => {
  it.each([
    [
      'IBM Plex Sans Arabic',
      '@fontsource/ibm-plex-sans-arabic/files/ibm-plex-sans-arabic-arabic-600-normal',
    ],
    [
      'IBM Plex Sans KR (a Hangul chunk)',
      '@fontsource/ibm-plex-sans-kr/files/ibm-plex-sans-kr-12-400-normal',
    ],
  ])('%s: the same font as the WOFF2 the page loads (code points, outlines)', async (_, base) => {
    const read = (ext: string) => new Uint8Array(readFileSync(require.resolve(`${base}.${ext}`)));
    const fromWoff = new hb.Face(new hb.Blob(await woffToSfnt(read('woff'))));
    const fromWoff2 = new hb.Face(new hb.Blob(await decompress(read('woff2'))));
    expect(fromWoff.collectUnicodes().length).toBeGreaterThan(50);
    expect([...fromWoff.collectUnicodes()]).toEqual([...fromWoff2.collectUnicodes()]);
    const a = new hb.Font(fromWoff);
    const b = new hb.Font(fromWoff2);
    for (const gid of [1, 20, 40, 60]) expect(a.glyphToPath(gid)).toBe(b.glyphToPath(gid));
  });

  it('refuses what is not WOFF', async () => {
    await expect(woffToSfnt(file('woff2'))).rejects.toThrow('not a WOFF file');
  });
});

interface Table {
  tag: string;
  checksum: number;
  data: Uint8Array;
}

/** The tables of an sfnt, by tag, with each table's bytes. */
function tablesOf(sfnt: Uint8Array): Table[] {
  const v = new DataView(sfnt.buffer, sfnt.byteOffset, sfnt.byteLength);
  return Array.from({ length: v.getUint16(4) }, (_, i) => {
    const rec = 12 + i * 16;
    const offset = v.getUint32(rec + 8);
    return {
      tag: String.fromCharCode(...sfnt.subarray(rec, rec + 4)),
      checksum: v.getUint32(rec + 4),
      data: sfnt.subarray(offset, offset + v.getUint32(rec + 12)),
    };
  }).sort((a, b) => (a.tag < b.tag ? -1 : 1));
}

/**
 * A WOFF file read as the spec lays it out, without our decoder: each table inflated by Node's
 * zlib where it is compressed.
 */
function readWoff(woff: Uint8Array) {
  const v = new DataView(woff.buffer, woff.byteOffset, woff.byteLength);
  const n = v.getUint16(12);
  const tables = Array.from({ length: n }, (_, i) => {
    const rec = 44 + i * 20;
    const [offset, compLength, origLength] = [4, 8, 12].map((k) => v.getUint32(rec + k));
    const raw = woff.subarray(offset!, offset! + compLength!);
    return {
      tag: String.fromCharCode(...woff.subarray(rec, rec + 4)),
      offset: offset!,
      compLength: compLength!,
      checksum: v.getUint32(rec + 16),
      data: compLength! < origLength! ? new Uint8Array(inflateSync(raw)) : raw,
      origLength: origLength!,
    };
  });
  return {
    signature: v.getUint32(0),
    flavor: v.getUint32(4),
    length: v.getUint32(8),
    numTables: n,
    reserved: v.getUint16(14),
    totalSfntSize: v.getUint32(16),
    rest: [...woff.subarray(20, 44)],
    tables,
  };
}

describe('sfntToWoff', () => {
  let subset: Subsetter;
  let full: Uint8Array;
  beforeAll(async () => {
    subset = await createSubsetter(
      readFileSync(require.resolve('harfbuzzjs/dist/harfbuzz-subset.wasm')),
    );
    full = await woffToSfnt(file('woff'));
  });

  it('writes the header and table directory the spec asks for, every table intact', async () => {
    const sfnt = subset(full, [0x627, 0x644, 0x41]);
    const woff = await sfntToWoff(sfnt);
    const w = readWoff(woff);
    const tables = tablesOf(sfnt);
    expect(w).toMatchObject({
      signature: 0x774f4646, // 'wOFF'
      flavor: 0x00010000, // TrueType
      length: woff.length,
      numTables: tables.length,
      reserved: 0,
      totalSfntSize: tables.reduce(
        (n, t) => n + ((t.data.length + 3) & ~3),
        12 + 16 * tables.length,
      ),
    });
    expect(woff.length % 4).toBe(0);
    // Version 0.0, no metadata, no private block.
    expect(w.rest.every((b) => b === 0)).toBe(true);
    // Sorted by tag; each table 4-byte aligned after the directory, compressed only if smaller,
    // and the same bytes and checksum as in the sfnt.
    expect(w.tables.map((t) => t.tag)).toEqual(tables.map((t) => t.tag));
    w.tables.forEach((t, i) => {
      expect(t.offset % 4, t.tag).toBe(0);
      expect(t.offset).toBeGreaterThanOrEqual(44 + 20 * w.numTables);
      expect(t.compLength).toBeLessThanOrEqual(t.origLength);
      expect(t.data, t.tag).toEqual(tables[i]!.data);
      expect(t.checksum, t.tag).toBe(tables[i]!.checksum);
    });
    // The glyphs compress.
    const glyf = w.tables.find((t) => t.tag === 'glyf')!;
    expect(glyf.compLength).toBeLessThan(glyf.origLength);
  });

  it('round-trips a whole font, table for table, compressed', async () => {
    const woff = await sfntToWoff(full);
    const back = await woffToSfnt(woff);
    expect(tablesOf(back).map((t) => [t.tag, [...t.data]])).toEqual(
      tablesOf(full).map((t) => [t.tag, [...t.data]]),
    );
    // Deflated: well under the sfnt, near @fontsource's WOFF (made with a stronger zlib setting).
    expect(woff.length).toBeLessThan(full.length * 0.6);
    expect(woff.length).toBeLessThan(file('woff').length * 1.15);
  });

  it('a subset loads in HarfBuzz after decoding and shapes Arabic like the full font', async () => {
    const text = 'زيارة وفد حكومة دولة الإمارات إلى جمهورية كوريا';
    const sfnt = subset(
      full,
      [...text].map((c) => c.codePointAt(0)!),
    );
    const woff = await sfntToWoff(sfnt);
    expect(woff.length).toBeLessThan(sfnt.length * 0.7);
    const shape = (font: Uint8Array) => {
      const f = new hb.Font(new hb.Face(new hb.Blob(font)));
      const buf = new hb.Buffer();
      buf.addText(text);
      buf.guessSegmentProperties();
      hb.shape(f, buf);
      return buf
        .getGlyphInfosAndPositions()
        .map((g) => [f.glyphToPath(g.codepoint), g.xAdvance, g.xOffset, g.yOffset, g.cluster]);
    };
    const fromWoff = shape(await woffToSfnt(woff));
    // Joined and ligated (لإ, لى: two letters, one glyph), exactly as with the whole font.
    expect(fromWoff.length).toBeLessThan(text.length);
    expect(fromWoff).toEqual(shape(full));
  });
});
