/**
 * `npm run build`'s last step: writes the first view into the built index.html (issue 16).
 *
 *   node --import tsx scripts/prerender.ts [DIST]        (default dist/)
 *
 * The app runs in jsdom as the render CLI runs the views (src/ssr/prerender.ts, built by Vite
 * into node_modules/.cache/ziyara-render/prerender.mjs), on the page's plain URL: the bundled
 * default visit in Arabic. Its markup once ready goes inside `<div id="app">`, wrapped in
 * `<div data-prerendered>`; `src/main.ts` mounts the live app beside it and removes it when the
 * live app is ready. The "needs JavaScript" notice goes: the page now reads without it. In its
 * place, a note for readers without JavaScript says that the page then shows only the bundled
 * visit, whatever the address asks (src/ssr/urlNotice.ts).
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { DEFAULT_VISIT } from '../src/lib/visits/list';
import { withNoscriptNote } from '../src/ssr/urlNotice';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

async function main() {
  const dist = resolve(process.argv[2] ?? join(ROOT, 'dist'));
  const file = join(dist, 'index.html');
  const page = readFileSync(file, 'utf8');
  if (!page.includes('<div id="app"></div>'))
    throw new Error(`prerender: ${file} has no empty <div id="app"></div> (already prerendered?)`);
  const t0 = performance.now();
  const out = join(ROOT, 'node_modules/.cache/ziyara-render', `prerender-${process.pid}`);
  mkdirSync(out, { recursive: true });
  const { buildRenderBundle } = await import('../src/ssr/buildBundle');
  await buildRenderBundle(ROOT, out, 'prerender');
  const t1 = performance.now();
  const mod = (await import(
    pathToFileURL(join(out, 'prerender.mjs')).href
  )) as typeof import('../src/ssr/prerender');
  const { html } = await mod.prerenderApp();
  rmSync(out, { recursive: true, force: true });
  const next = page
    .replace(
      '<div id="app"></div>',
      () => `<div id="app"><div data-prerendered>${html}</div></div>`,
    )
    .replace(/\s*<noscript>[\s\S]*?<\/noscript>/, '');
  writeFileSync(file, withNoscriptNote(next, DEFAULT_VISIT.title));
  process.stdout.write(
    `prerender: ${file}: first view written (${Math.round(html.length / 1024)} KiB of markup; bundle ${Math.round(t1 - t0)} ms, render ${Math.round(performance.now() - t1)} ms)\n`,
  );
  process.exit(0);
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});
