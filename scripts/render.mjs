/**
 * `npm run render` (issue 16): starts the render CLI (scripts/render.ts) from its bundle, built
 * once by Vite (src/ssr/buildBundle.ts) into node_modules/.cache/ziyara-render/ and built again
 * when one of its sources, package-lock.json or the build itself changes (a SHA-256 of their
 * contents, render.key). Plain JavaScript so that a run loads no TypeScript or Svelte compiler:
 * tsx and Vite are imported only to build.
 *
 * ZIYARA_RENDER_CACHE: another cache folder (relative to the checkout), inside the checkout (the
 * bundle's own imports — jsdom, HarfBuzz, the fonts — resolve from there).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = resolve(ROOT, process.env.ZIYARA_RENDER_CACHE ?? 'node_modules/.cache/ziyara-render');
const BUNDLE = join(OUT, 'render.mjs');
const INPUTS = 'render.inputs.json';
const KEY = 'render.key';
/** What the bundle depends on besides the sources it lists. */
const ALWAYS = ['package-lock.json', 'src/ssr/buildBundle.ts'].map((f) => join(ROOT, f));

/** SHA-256 of the files' names and contents. */
function keyOf(files) {
  const h = createHash('sha256');
  for (const f of [...ALWAYS, ...files]) h.update(`${f}\0`).update(readFileSync(f)).update('\0');
  return h.digest('hex');
}

/** True when the bundle was built from the files as they are now. */
function fresh() {
  try {
    const inputs = JSON.parse(readFileSync(join(OUT, INPUTS), 'utf8'));
    return readFileSync(join(OUT, KEY), 'utf8') === keyOf(inputs);
  } catch {
    return false; // no bundle yet, or a source is gone
  }
}

async function build() {
  const tmp = join(OUT, `tmp-${process.pid}`);
  mkdirSync(tmp, { recursive: true });
  try {
    const { tsImport } = await import('tsx/esm/api');
    const { buildRenderBundle } = await tsImport('../src/ssr/buildBundle.ts', import.meta.url);
    await buildRenderBundle(ROOT, tmp);
    writeFileSync(join(tmp, KEY), keyOf(JSON.parse(readFileSync(join(tmp, INPUTS), 'utf8'))));
    // Built aside, then moved in (the key last): a render running at the same time never reads
    // half a file, and never takes an old bundle for a new one.
    for (const f of ['render.mjs', INPUTS, KEY]) renameSync(join(tmp, f), join(OUT, f));
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

if (!fresh()) await build();
const { main } = await import(pathToFileURL(BUNDLE).href);
await main(process.argv.slice(2), ROOT);
