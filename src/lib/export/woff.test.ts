// @vitest-environment node
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import * as hb from 'harfbuzzjs';
import { describe, expect, it } from 'vitest';
import decompress from 'woff2-encoder/decompress';
import { woffToSfnt } from './woff';

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
