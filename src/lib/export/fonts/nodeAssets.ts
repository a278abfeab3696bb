/**
 * Font sources for Node (unit tests, benchmarks): the same files the browser fetches, read from
 * node_modules. Never imported by the app.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { FontSources } from './fontKit';

const require = createRequire(import.meta.url);
const file = async (name: string) => new Uint8Array(await readFile(require.resolve(name)));

export const nodeSources: FontSources = {
  font: (subset, weight) =>
    file(
      `@fontsource/ibm-plex-sans-arabic/files/ibm-plex-sans-arabic-${subset}-${weight}-normal.woff`,
    ),
  koreanFont: (chunk, weight) =>
    file(`@fontsource/ibm-plex-sans-kr/files/ibm-plex-sans-kr-${chunk}-${weight}-normal.woff`),
  subsetWasm: () => file('harfbuzzjs/dist/harfbuzz-subset.wasm'),
};
