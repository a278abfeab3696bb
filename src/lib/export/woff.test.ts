// @vitest-environment node
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import * as hb from 'harfbuzzjs';
import { describe, expect, it } from 'vitest';
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
  it('gives the same font as the WOFF2 the page loads (same code points, same outlines)', async () => {
    const fromWoff = new hb.Face(new hb.Blob(await woffToSfnt(file('woff'))));
    const wawoff2 = require('wawoff2') as { decompress(b: Uint8Array): Promise<Uint8Array> };
    const fromWoff2 = new hb.Face(new hb.Blob(await wawoff2.decompress(file('woff2'))));
    expect([...fromWoff.collectUnicodes()]).toEqual([...fromWoff2.collectUnicodes()]);
    const a = new hb.Font(fromWoff);
    const b = new hb.Font(fromWoff2);
    for (const gid of [1, 100, 300, 500]) expect(a.glyphToPath(gid)).toBe(b.glyphToPath(gid));
  });

  it('refuses what is not WOFF', async () => {
    await expect(woffToSfnt(file('woff2'))).rejects.toThrow('not a WOFF file');
  });
});
