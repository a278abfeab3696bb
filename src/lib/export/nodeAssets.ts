/**
 * Font sources for Node (unit tests, benchmarks): the same files the browser fetches, read from
 * node_modules. Never imported by the app.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { FontSources } from './fontKit';

const require = createRequire(import.meta.url);

interface Woff2Binding {
  calledRun?: boolean;
  onRuntimeInitialized?: () => void;
  compress(sfnt: Uint8Array): Uint8Array | false;
}

export const nodeSources: FontSources = {
  font: async (subset, weight) =>
    new Uint8Array(
      await readFile(
        require.resolve(
          `@fontsource/ibm-plex-sans-arabic/files/ibm-plex-sans-arabic-${subset}-${weight}-normal.woff`,
        ),
      ),
    ),
  subsetWasm: async () =>
    new Uint8Array(await readFile(require.resolve('harfbuzzjs/dist/harfbuzz-subset.wasm'))),
  woff2: async () => {
    const m = require('wawoff2/build/compress_binding.js') as Woff2Binding;
    if (!m.calledRun) await new Promise<void>((r) => (m.onRuntimeInitialized = r));
    return (sfnt) => {
      const out = m.compress(sfnt);
      if (!out) throw new Error('WOFF2 compression failed');
      return out.slice();
    };
  },
};
