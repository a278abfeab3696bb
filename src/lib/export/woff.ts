/**
 * WOFF 1.0 → OpenType (sfnt). @fontsource ships each face as WOFF and WOFF2; HarfBuzz needs the
 * plain sfnt, so the export reads the WOFF files, whose zlib tables the platform's
 * DecompressionStream inflates: no wasm and no evaluated code, fine under a strict
 * Content-Security-Policy. (Decoding WOFF2 would need a Brotli decoder and the glyf transform;
 * the WOFF2 decoders in wasm we tried, wawoff2 and woff2-encoder, build their embind glue with
 * `new Function`, which needs 'unsafe-eval'.) The embedded subsets go out as WOFF2: woff2.ts.
 */

async function pipe(data: Uint8Array, through: DecompressionStream) {
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

/** Decodes a WOFF 1.0 file; throws on anything else. */
export async function woffToSfnt(woff: Uint8Array): Promise<Uint8Array> {
  const v = new DataView(woff.buffer, woff.byteOffset, woff.byteLength);
  if (woff.byteLength < 44 || v.getUint32(0) !== 0x774f4646) throw new Error('not a WOFF file');
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
