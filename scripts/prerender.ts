/**
 * `npm run build`'s last step: writes the first views into the build (issue 16).
 *
 *   node --import tsx scripts/prerender.ts [DIST]        (default dist/)
 *
 * The app runs in jsdom as the render CLI runs the views (src/ssr/prerender.ts, built by Vite
 * into node_modules/.cache/ziyara-render/prerender.mjs), on each address that has a snapshot
 * (src/ssr/snapshots.ts): the bundled default visit, plain and `?embed=1`, in Arabic and in
 * English, each laid out at 1280 and 360 px (an embed also at 720). The plain Arabic page goes
 * inside index.html's `<div id="app">`, as `<div data-prerendered="ar">`; the others are written
 * beside it as `snapshots/<key>.html`, which the first script (`src/main.ts`, made
 * render-blocking here) fetches for their address. `src/ssr/takeOver.ts` mounts the live app
 * beside the snapshot and removes it when the live app is ready. The "needs JavaScript" notice
 * goes: the page now reads without it. In its place, a note for readers without JavaScript says
 * that the page then shows only the bundled visit, whatever the address asks
 * (src/ssr/urlNotice.ts).
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { DEFAULT_VISIT } from '../src/lib/visits/list';
import type { Prerendered } from '../src/ssr/prerender';
import {
  INLINE_SNAPSHOT,
  SNAPSHOT_KEYS,
  snapshotFile,
  type SnapshotKey,
} from '../src/ssr/snapshots';
import { withNoscriptNote } from '../src/ssr/urlNotice';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

const attr = (s: string) =>
  s.replace(/[&"<>]/g, (c) => ({ '&': '&amp;', '"': '&quot;', '<': '&lt;', '>': '&gt;' })[c]!);

/** One address's snapshot: its widths side by side, with what the app set on `<html>`. */
function snapshotHtml(key: SnapshotKey, views: readonly Prerendered[]): string {
  const [first] = views;
  if (!first) throw new Error(`prerender: no view drawn for ${key}`);
  const root = [
    `data-prerendered="${key}"`,
    `data-lang="${attr(first.lang)}"`,
    `data-dir="${attr(first.dir)}"`,
    `data-title="${attr(first.title)}"`,
    first.embed ? 'data-embed' : '',
  ].filter(Boolean);
  const widths = views.map((v) => `<div data-width="${v.width}">${v.html}</div>`);
  return `<div ${root.join(' ')}>${widths.join('')}</div>`;
}

/**
 * The faces the first view is drawn in (Arabic and Latin, 400 and 600), asked for while the page
 * is parsed rather than once the stylesheet and the first script have run: the earlier they are
 * in, the fewer readers see the snapshot's text in a fallback font first and then move.
 */
function fontPreloads(dist: string): string {
  const faces = readdirSync(join(dist, 'assets')).filter((f) =>
    /^ibm-plex-sans-arabic-(arabic|latin)-(400|600)-normal-[\w-]+\.woff2$/.test(f),
  );
  return faces
    .map((f) => `<link rel="preload" as="font" type="font/woff2" crossorigin href="./assets/${f}">`)
    .join('\n    ');
}

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
  const views = await mod.prerenderApp(SNAPSHOT_KEYS);
  rmSync(out, { recursive: true, force: true });
  const html = (key: SnapshotKey) =>
    snapshotHtml(
      key,
      views.filter((v) => v.key === key),
    );
  const inline = html(INLINE_SNAPSHOT);
  const sizes = [`${INLINE_SNAPSHOT} ${Math.round(inline.length / 1024)} KiB`];
  mkdirSync(join(dist, 'snapshots'), { recursive: true });
  for (const key of SNAPSHOT_KEYS)
    if (key !== INLINE_SNAPSHOT) {
      const text = html(key);
      writeFileSync(join(dist, snapshotFile(key)), text);
      sizes.push(`${key} ${Math.round(text.length / 1024)} KiB`);
    }
  const next = page
    .replace('<div id="app"></div>', () => `<div id="app">${inline}</div>`)
    // The first script picks the snapshot (or fetches another) before the page paints.
    .replace(/<script type="module"(?![^>]*blocking)/, '<script type="module" blocking="render"')
    .replace(/\s*<\/head>/, () => `\n    ${fontPreloads(dist)}\n  </head>`)
    .replace(/\s*<noscript>[\s\S]*?<\/noscript>/, '');
  writeFileSync(file, withNoscriptNote(next, DEFAULT_VISIT.title));
  process.stdout.write(
    `prerender: ${file}: first views written (${sizes.join(', ')} of markup; bundle ${Math.round(t1 - t0)} ms, render ${Math.round(performance.now() - t1)} ms)\n`,
  );
  process.exit(0);
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});
