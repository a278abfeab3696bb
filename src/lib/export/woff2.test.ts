// @vitest-environment node
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import * as hb from 'harfbuzzjs';
import { beforeAll, describe, expect, it } from 'vitest';
import decompress from 'woff2-encoder/decompress';
import { createSubsetter, type Subsetter } from './hbSubset';
import { woffToSfnt } from './woff';
import { BROTLI_QUALITY, sfntToWoff2, uintBase128, type BrotliCompress } from './woff2';

const require = createRequire(import.meta.url);
const brotli = require('brotli-wasm') as typeof import('brotli-wasm');
const compress: BrotliCompress = (d) => brotli.compress(d, { quality: BROTLI_QUALITY });
const read = (name: string) => new Uint8Array(readFileSync(require.resolve(name)));
const arabicWoff = () =>
  read('@fontsource/ibm-plex-sans-arabic/files/ibm-plex-sans-arabic-arabic-400-normal.woff');

interface SfntTable {
  tag: string;
  checksum: number;
  data: Uint8Array;
}

/** The table records of an sfnt, by tag, with each table's bytes. */
function tablesOf(sfnt: Uint8Array): SfntTable[] {
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

/** The OpenType table checksum: the sum of its big-endian uint32s, zero-padded. */
function checksum(data: Uint8Array): number {
  const padded = new Uint8Array((data.length + 3) & ~3);
  padded.set(data);
  const v = new DataView(padded.buffer);
  let sum = 0;
  for (let i = 0; i < padded.length; i += 4) sum = (sum + v.getUint32(i)) >>> 0;
  return sum;
}

/** head's checkSumAdjustment (bytes 8–11) zeroed: decoders recompute it. */
const withoutAdjustment = (t: SfntTable) => {
  if (t.tag !== 'head') return t.data;
  const d = t.data.slice();
  d.fill(0, 8, 12);
  return d;
};

/** Reads a UIntBase128 as the spec's pseudo-code does (rejects what decoders reject). */
function readBase128(bytes: number[]): number {
  let acc = 0;
  for (let i = 0; i < 5; i++) {
    const b = bytes[i]!;
    if (i === 0 && b === 0x80) throw new Error('leading zero');
    if (acc > 0x1ffffff) throw new Error('overflow');
    acc = acc * 128 + (b & 0x7f);
    if (!(b & 0x80)) {
      if (i !== bytes.length - 1) throw new Error('trailing bytes');
      return acc;
    }
  }
  throw new Error('longer than 5 bytes');
}

describe('uintBase128', () => {
  it.each([
    [0, [0x00]],
    [1, [0x01]],
    [127, [0x7f]],
    [128, [0x81, 0x00]],
    [16383, [0xff, 0x7f]],
    [16384, [0x81, 0x80, 0x00]],
    [2 ** 21 - 1, [0xff, 0xff, 0x7f]],
    [2 ** 21, [0x81, 0x80, 0x80, 0x00]],
    [2 ** 28 - 1, [0xff, 0xff, 0xff, 0x7f]],
    [2 ** 28, [0x81, 0x80, 0x80, 0x80, 0x00]],
    [0xffffffff, [0x8f, 0xff, 0xff, 0xff, 0x7f]],
  ])('%d is %j, and reads back', (n, bytes) => {
    expect(uintBase128(n)).toEqual(bytes);
    expect(readBase128(uintBase128(n))).toBe(n);
  });

  it.each([-1, 2 ** 32, 1.5, NaN])('refuses %d', (n) => {
    expect(() => uintBase128(n)).toThrow(RangeError);
  });
});

describe('sfntToWoff2', () => {
  let subset: Subsetter;
  beforeAll(async () => {
    subset = await createSubsetter(read('harfbuzzjs/dist/harfbuzz-subset.wasm'));
  });

  /**
   * What must survive: the flavor and every table — same tags, same lengths, same bytes — since
   * that is the font. What may not: the sfnt's own header and records (a decoder lays the
   * tables out again; offsets and searchRange are its own), and head's checkSumAdjustment, which
   * the spec has decoders recompute over the font they rebuild. The record checksums must be
   * right for the bytes (OTS checks them).
   */
  async function roundTrip(sfnt: Uint8Array) {
    const woff2 = sfntToWoff2(sfnt, compress);
    const back = await decompress(woff2);
    expect(new DataView(back.buffer, back.byteOffset).getUint32(0)).toBe(
      new DataView(sfnt.buffer, sfnt.byteOffset).getUint32(0),
    );
    const [a, b] = [tablesOf(sfnt), tablesOf(back)];
    expect(b.map((t) => [t.tag, t.data.length])).toEqual(a.map((t) => [t.tag, t.data.length]));
    a.forEach((t, i) => {
      expect(withoutAdjustment(b[i]!), t.tag).toEqual(withoutAdjustment(t));
      if (t.tag !== 'head') expect(b[i]!.checksum, t.tag).toBe(checksum(t.data));
    });
    return { woff2, back };
  }

  it('writes the header the spec asks for', () => {
    const sfnt = subset(tablesFont(), [0x627, 0x644, 0x41]);
    const woff2 = sfntToWoff2(sfnt, compress);
    const v = new DataView(woff2.buffer);
    const tables = tablesOf(sfnt);
    expect(v.getUint32(0)).toBe(0x774f4632); // 'wOF2'
    expect(v.getUint32(4)).toBe(0x00010000); // TrueType flavor
    expect(v.getUint32(8)).toBe(woff2.length);
    expect(woff2.length % 4).toBe(0);
    expect(v.getUint16(12)).toBe(tables.length);
    expect(v.getUint16(14)).toBe(0);
    expect(v.getUint32(16)).toBe(
      tables.reduce((n, t) => n + ((t.data.length + 3) & ~3), 12 + 16 * tables.length),
    );
    for (let i = 28; i < 48; i++) expect(woff2[i]).toBe(0);
    // The directory, read back: glyf and loca with the null transform (version 3), loca right
    // after glyf, every other table version 0; known tags by index; lengths of the sfnt's.
    const dir = directoryOf(woff2, tables.length);
    // Then the stream, then at most 3 bytes of padding.
    const streamEnd = dir.end + v.getUint32(20);
    expect(woff2.length - streamEnd).toBeGreaterThanOrEqual(0);
    expect(woff2.length - streamEnd).toBeLessThan(4);
    expect(dir.entries.map((e) => e.tag).sort()).toEqual(tables.map((t) => t.tag));
    const glyf = dir.entries.findIndex((e) => e.tag === 'glyf');
    expect(dir.entries[glyf + 1]!.tag).toBe('loca');
    for (const e of dir.entries) {
      expect(e.version, e.tag).toBe(e.tag === 'glyf' || e.tag === 'loca' ? 3 : 0);
      expect(e.known, e.tag).toBe(true);
      expect(e.origLength).toBe(tables.find((t) => t.tag === e.tag)!.data.length);
    }
  });

  it('round-trips a whole font: every table byte for byte', async () => {
    const sfnt = await woffToSfnt(arabicWoff());
    const { woff2 } = await roundTrip(sfnt);
    // Smaller than @fontsource's WOFF of it, near its WOFF2 (which transforms glyf/loca).
    const fontsourceWoff2 = read(
      '@fontsource/ibm-plex-sans-arabic/files/ibm-plex-sans-arabic-arabic-400-normal.woff2',
    );
    expect(woff2.length).toBeLessThan(arabicWoff().length);
    expect(woff2.length).toBeLessThan(fontsourceWoff2.length * 1.25);
  });

  it('round-trips an unknown table tag (index 63 and the tag spelled out)', async () => {
    const sfnt = withExtraTable(subset(tablesFont(), [0x41]), 'Zyra', [1, 2, 3, 4, 5]);
    const { back } = await roundTrip(sfnt);
    expect(tablesOf(back).find((t) => t.tag === 'Zyra')!.data).toEqual(
      new Uint8Array([1, 2, 3, 4, 5]),
    );
    const dir = directoryOf(sfntToWoff2(sfnt, compress), tablesOf(sfnt).length);
    expect(dir.entries.find((e) => !e.known)).toMatchObject({ tag: 'Zyra', origLength: 5 });
  });

  it('a subset loads in HarfBuzz after decoding and shapes Arabic like the full font', async () => {
    const text = 'زيارة وفد حكومة دولة الإمارات إلى جمهورية كوريا';
    const full = tablesFont();
    const sfnt = subset(
      full,
      [...text].map((c) => c.codePointAt(0)!),
    );
    const { back, woff2 } = await roundTrip(sfnt);
    expect(woff2.length).toBeLessThan(sfnt.length * 0.6);
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
    const fromWoff2 = shape(back);
    // Joined and ligated (لإ, لى: two letters, one glyph), exactly as with the whole font.
    expect(fromWoff2.length).toBeLessThan(text.length);
    expect(fromWoff2).toEqual(shape(full));
    const face = new hb.Face(new hb.Blob(back));
    expect(face.getTableFeatureTags('GSUB')).toEqual(
      expect.arrayContaining(['init', 'medi', 'fina', 'rlig']),
    );
  });
});

let fullSfnt: Uint8Array | undefined;
/** IBM Plex Sans Arabic (arabic subset, 400) as an sfnt. */
function tablesFont(): Uint8Array {
  if (!fullSfnt) throw new Error('call after beforeAll');
  return fullSfnt;
}
beforeAll(async () => {
  fullSfnt = await woffToSfnt(arabicWoff());
});

/** The sfnt with one more table (records rewritten, tables copied). */
function withExtraTable(sfnt: Uint8Array, tag: string, bytes: number[]): Uint8Array {
  const tables = [
    ...tablesOf(sfnt).map((t) => ({ tag: t.tag, data: t.data })),
    { tag, data: new Uint8Array(bytes) },
  ].sort((a, b) => (a.tag < b.tag ? -1 : 1));
  const size = tables.reduce((n, t) => n + ((t.data.length + 3) & ~3), 12 + 16 * tables.length);
  const out = new Uint8Array(size);
  const v = new DataView(out.buffer);
  v.setUint32(0, new DataView(sfnt.buffer, sfnt.byteOffset).getUint32(0));
  v.setUint16(4, tables.length);
  let at = 12 + 16 * tables.length;
  tables.forEach((t, i) => {
    const rec = 12 + 16 * i;
    for (let k = 0; k < 4; k++) out[rec + k] = t.tag.charCodeAt(k);
    v.setUint32(rec + 4, checksum(t.data));
    v.setUint32(rec + 8, at);
    v.setUint32(rec + 12, t.data.length);
    out.set(t.data, at);
    at += (t.data.length + 3) & ~3;
  });
  return out;
}

/** The WOFF2 table directory, parsed as a decoder does (§4.2). */
function directoryOf(woff2: Uint8Array, n: number) {
  const known = ['cmap', 'head', 'hhea', 'hmtx', 'maxp', 'name', 'OS/2', 'post', 'cvt ', 'fpgm'];
  known.push('glyf', 'loca', 'prep', 'CFF ', 'VORG', 'EBDT', 'EBLC', 'gasp', 'hdmx', 'kern');
  known.push('LTSH', 'PCLT', 'VDMX', 'vhea', 'vmtx', 'BASE', 'GDEF', 'GPOS', 'GSUB');
  let at = 48;
  const base128 = () => {
    const bytes: number[] = [];
    do bytes.push(woff2[at++]!);
    while (bytes[bytes.length - 1]! & 0x80);
    return readBase128(bytes);
  };
  const entries = Array.from({ length: n }, () => {
    const flags = woff2[at++]!;
    const index = flags & 63;
    const tag =
      index === 63 ? String.fromCharCode(...woff2.subarray(at, (at += 4))) : known[index]!;
    return { tag, known: index !== 63, version: flags >> 6, origLength: base128() };
  });
  return { entries, end: at };
}
