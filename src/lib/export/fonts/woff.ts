/**
 * OpenType (sfnt) ⇄ WOFF 1.0 (W3C "WOFF File Format 1.0"), each table zlib-compressed by the
 * platform's CompressionStream / DecompressionStream: no wasm and no evaluated code, fine under
 * a strict Content-Security-Policy. @fontsource ships each face as WOFF and WOFF2; HarfBuzz needs
 * the plain sfnt, so the export reads the WOFF files. The subsets embedded in editable SVGs go
 * out as WOFF too: WOFF2 would make them 14–22 % smaller (about 5 KB a file on the bundled
 * visit), but it needs a Brotli encoder, and brotli-wasm was a 500 KB (gzip) download on the
 * first editable export. (Decoding WOFF2 would also need the glyf transform; the WOFF2 tools in
 * wasm we tried, wawoff2 and woff2-encoder, build their embind glue with `new Function`, which
 * needs 'unsafe-eval'.)
 */

async function pipe(data: Uint8Array, through: CompressionStream | DecompressionStream) {
  const stream = new ReadableStream<BufferSource>({
    start(c) {
      c.enqueue(data as Uint8Array<ArrayBuffer>);
      c.close();
    },
  }).pipeThrough(through);
  const chunks: Uint8Array[] = [];
  const reader = stream.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
  }
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

const align4 = (n: number) => (n + 3) & ~3;
const WOFF_SIGNATURE = 0x774f4646; // 'wOFF'

/** Decodes a WOFF 1.0 file; throws on anything else. */
export async function woffToSfnt(woff: Uint8Array): Promise<Uint8Array> {
  const v = new DataView(woff.buffer, woff.byteOffset, woff.byteLength);
  if (woff.byteLength < 44 || v.getUint32(0) !== WOFF_SIGNATURE) throw new Error('not a WOFF file');
  const flavor = v.getUint32(4);
  const numTables = v.getUint16(12);
  const tables = await Promise.all(
    Array.from({ length: numTables }, async (_, i) => {
      const at = 44 + i * 20;
      const tag = v.getUint32(at);
      const offset = v.getUint32(at + 4);
      const compLength = v.getUint32(at + 8);
      const origLength = v.getUint32(at + 12);
      const checksum = v.getUint32(at + 16);
      const raw = woff.subarray(offset, offset + compLength);
      const data =
        compLength < origLength ? await pipe(raw, new DecompressionStream('deflate')) : raw;
      if (data.length !== origLength) throw new Error('corrupt WOFF table');
      return { tag, checksum, data };
    }),
  );
  tables.sort((a, b) => a.tag - b.tag);
  const headerSize = 12 + numTables * 16;
  const size = tables.reduce((n, t) => n + align4(t.data.length), headerSize);
  const out = new Uint8Array(size);
  const o = new DataView(out.buffer);
  let pow = 1;
  let log = 0;
  while (pow * 2 <= numTables) {
    pow *= 2;
    log++;
  }
  o.setUint32(0, flavor);
  o.setUint16(4, numTables);
  o.setUint16(6, pow * 16);
  o.setUint16(8, log);
  o.setUint16(10, numTables * 16 - pow * 16);
  let offset = headerSize;
  tables.forEach((t, i) => {
    const rec = 12 + i * 16;
    o.setUint32(rec, t.tag);
    o.setUint32(rec + 4, t.checksum);
    o.setUint32(rec + 8, offset);
    o.setUint32(rec + 12, t.data.length);
    out.set(t.data, offset);
    offset += align4(t.data.length);
  });
  return out;
}

/**
 * Encodes an sfnt as WOFF 1.0: the same tables, each deflated when that makes it smaller (the
 * spec stores the others as they are), 4-byte aligned, with the sfnt's checksums.
 */
export async function sfntToWoff(sfnt: Uint8Array): Promise<Uint8Array> {
  const v = new DataView(sfnt.buffer, sfnt.byteOffset, sfnt.byteLength);
  const numTables = v.getUint16(4);
  const tables = await Promise.all(
    Array.from({ length: numTables }, async (_, i) => {
      const rec = 12 + i * 16;
      const offset = v.getUint32(rec + 8);
      const data = sfnt.subarray(offset, offset + v.getUint32(rec + 12));
      const packed = await pipe(data, new CompressionStream('deflate'));
      return {
        tag: v.getUint32(rec),
        checksum: v.getUint32(rec + 4),
        origLength: data.length,
        data: packed.length < data.length ? packed : data,
      };
    }),
  );
  tables.sort((a, b) => a.tag - b.tag);
  const dirEnd = 44 + numTables * 20;
  const size = tables.reduce((n, t) => n + align4(t.data.length), dirEnd);
  const out = new Uint8Array(size);
  const o = new DataView(out.buffer);
  o.setUint32(0, WOFF_SIGNATURE);
  o.setUint32(4, v.getUint32(0)); // flavor
  o.setUint32(8, size);
  o.setUint16(12, numTables);
  o.setUint32(
    16,
    tables.reduce((n, t) => n + align4(t.origLength), 12 + numTables * 16),
  );
  // Version 0.0, no metadata or private block: the rest of the header stays 0.
  let at = dirEnd;
  tables.forEach((t, i) => {
    const rec = 44 + i * 20;
    o.setUint32(rec, t.tag);
    o.setUint32(rec + 4, at);
    o.setUint32(rec + 8, t.data.length);
    o.setUint32(rec + 12, t.origLength);
    o.setUint32(rec + 16, t.checksum);
    out.set(t.data, at);
    at += align4(t.data.length);
  });
  return out;
}
