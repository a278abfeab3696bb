/**
 * OpenType (sfnt) → WOFF2 (W3C "WOFF File Format 2.0"), for the subsets embedded in editable
 * SVG exports. Only the container: every table goes in untransformed (the "null transform"),
 * so the file is the sfnt's tables, concatenated and Brotli-compressed as one stream, behind a
 * 48-byte header and a compact table directory. The glyf/loca and hmtx transforms would save
 * a few % more on large fonts; on our subsets of a few dozen glyphs Brotli does the work.
 *
 * The compressor is passed in (brotli-wasm: wasm-bindgen glue, no evaluated code, so it runs
 * under a Content-Security-Policy with 'wasm-unsafe-eval' but without 'unsafe-eval').
 */

export type BrotliCompress = (data: Uint8Array) => Uint8Array;

/**
 * Brotli quality for the subsets, as google/woff2 uses by default. Measured on the bundled
 * visit's four editable exports (21 subsets, 161 KB of sfnt): 77.3 KB at 11, 81.2 KB at 9 (+5 %),
 * 81.9 KB at 6 (+6 %); 11 took ~0.12 s per export (Node, wasm, a busy machine), 6 under 0.01 s.
 */
export const BROTLI_QUALITY = 11;

/** Tags with a 6-bit index in the table directory (spec §4.1, "Known Table Tags"); 63: other. */
const KNOWN_TAGS = [
  'cmap', 'head', 'hhea', 'hmtx', 'maxp', 'name', 'OS/2', 'post', 'cvt ', 'fpgm', 'glyf', 'loca',
  'prep', 'CFF ', 'VORG', 'EBDT', 'EBLC', 'gasp', 'hdmx', 'kern', 'LTSH', 'PCLT', 'VDMX', 'vhea',
  'vmtx', 'BASE', 'GDEF', 'GPOS', 'GSUB', 'EBSC', 'JSTF', 'MATH', 'CBDT', 'CBLC', 'COLR', 'CPAL',
  'SVG ', 'sbix', 'acnt', 'avar', 'bdat', 'bloc', 'bsln', 'cvar', 'fdsc', 'feat', 'fmtx', 'fvar',
  'gvar', 'hsty', 'just', 'lcar', 'mort', 'morx', 'opbd', 'prop', 'trak', 'Zapf', 'Silf', 'Glat',
  'Gloc', 'Feat', 'Sill',
]; // prettier-ignore

const WOFF2_SIGNATURE = 0x774f4632; // 'wOF2'
const HEADER_SIZE = 48;
const align4 = (n: number) => (n + 3) & ~3;

/**
 * UIntBase128 (spec §3.1): a uint32 in 1–5 bytes, 7 bits each, most significant first, the high
 * bit set on every byte but the last. Never a leading 0x80 (decoders reject it), so 0 is [0].
 */
export function uintBase128(n: number): number[] {
  if (!Number.isInteger(n) || n < 0 || n > 0xffffffff) throw new RangeError(`UIntBase128: ${n}`);
  const out = [n % 128];
  for (let rest = Math.floor(n / 128); rest > 0; rest = Math.floor(rest / 128))
    out.unshift(0x80 | (rest % 128));
  return out;
}

interface Table {
  tag: string;
  data: Uint8Array;
}

/** The tables of an sfnt in WOFF2 directory order: by tag, loca right after glyf (§5.1). */
function readTables(sfnt: Uint8Array): { flavor: number; tables: Table[] } {
  const v = new DataView(sfnt.buffer, sfnt.byteOffset, sfnt.byteLength);
  const flavor = v.getUint32(0);
  if (flavor === 0x74746366) throw new Error('WOFF2: font collections are not supported');
  const tables = Array.from({ length: v.getUint16(4) }, (_, i) => {
    const rec = 12 + i * 16;
    const tag = String.fromCharCode(...sfnt.subarray(rec, rec + 4));
    const offset = v.getUint32(rec + 8);
    const length = v.getUint32(rec + 12);
    if (offset + length > sfnt.byteLength) throw new Error(`WOFF2: table ${tag} out of bounds`);
    return { tag, data: sfnt.subarray(offset, offset + length) };
  });
  tables.sort((a, b) => (a.tag < b.tag ? -1 : a.tag > b.tag ? 1 : 0));
  const loca = tables.findIndex((t) => t.tag === 'loca');
  if (loca >= 0 && tables.some((t) => t.tag === 'glyf')) {
    const [t] = tables.splice(loca, 1);
    tables.splice(tables.findIndex((t) => t.tag === 'glyf') + 1, 0, t!);
  }
  return { flavor, tables };
}

/**
 * Encodes an sfnt (TrueType or CFF flavoured, not a collection) as WOFF2, every table with the
 * null transform. Decoding gives back each table byte for byte (head's checkSumAdjustment is
 * recomputed by decoders).
 */
export function sfntToWoff2(sfnt: Uint8Array, brotliCompress: BrotliCompress): Uint8Array {
  const { flavor, tables } = readTables(sfnt);

  // Table directory (§4.2): flags (bits 0–5 the known-tag index or 63, bits 6–7 the transform
  // version), the tag if 63, origLength. The null transform is version 3 for glyf and loca (0
  // would mean their glyph transform) and 0 for every other table; an untransformed table has
  // no transformLength.
  const dir: number[] = [];
  for (const { tag, data } of tables) {
    const known = KNOWN_TAGS.indexOf(tag);
    const version = tag === 'glyf' || tag === 'loca' ? 3 : 0;
    dir.push((version << 6) | (known < 0 ? 63 : known));
    if (known < 0) for (let k = 0; k < 4; k++) dir.push(tag.charCodeAt(k));
    dir.push(...uintBase128(data.length));
  }

  // One Brotli stream of the tables, concatenated in directory order with no padding between
  // them (§5: a decoder finds each table at the sum of the lengths before it).
  const stream = new Uint8Array(tables.reduce((n, t) => n + t.data.length, 0));
  let at = 0;
  for (const { data } of tables) {
    stream.set(data, at);
    at += data.length;
  }
  const compressed = brotliCompress(stream);

  // The file: header, directory, compressed stream, zero-padded to a multiple of 4 bytes (no
  // metadata or private block follows).
  const length = align4(HEADER_SIZE + dir.length + compressed.length);
  const out = new Uint8Array(length);
  const o = new DataView(out.buffer);
  // Size of the sfnt a decoder rebuilds: header, 16-byte records, tables padded to 4 bytes.
  const totalSfntSize = tables.reduce((n, t) => n + align4(t.data.length), 12 + 16 * tables.length);
  const head = tables.find((t) => t.tag === 'head')?.data;
  o.setUint32(0, WOFF2_SIGNATURE);
  o.setUint32(4, flavor);
  o.setUint32(8, length);
  o.setUint16(12, tables.length); // numTables; reserved (14) stays 0
  o.setUint32(16, totalSfntSize);
  o.setUint32(20, compressed.length); // totalCompressedSize
  // majorVersion.minorVersion: the font's revision, as google/woff2 writes it (informative).
  if (head && head.length >= 8) out.set(head.subarray(4, 8), 24);
  // metaOffset, metaLength, metaOrigLength, privOffset, privLength (28–47): all 0.
  out.set(dir, HEADER_SIZE);
  out.set(compressed, HEADER_SIZE + dir.length);
  return out;
}
