/**
 * The first view, drawn at build time (`npm run build` → scripts/prerender.ts): the app itself
 * (`App.svelte`, as `main.ts` mounts it) runs in jsdom on the page's plain URL — the bundled
 * default visit, in Arabic — with the CLI's stand-ins (HarfBuzz widths, a chart column of
 * `width` px), and the markup it shows once `ready` is what index.html carries inside `#app`.
 * The page then paints the visit, its meetings, the org chart and the sources with the first
 * stylesheet, before any script runs, and without JavaScript at all. `main.ts` mounts the live
 * app beside it and swaps it in when the live one is ready.
 */
import { installDom } from './dom';

export interface Prerendered {
  /** The markup of `#app`'s content. */
  html: string;
  lang: string;
  dir: string;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * The boxes of the page's chart columns at a 1280 × 900 window, as Chromium lays them out: the
 * timeline's chart 1134 px wide, the org chart's 1166 × 617 px. (A narrower screen sees the
 * snapshot scroll sideways until the live app, laid out for it, takes over.)
 */
function columnBox(el: Element): readonly [number, number] {
  if (el.closest('[data-testid="timeline"]')) return [1134, 600];
  if (el.closest('section.orgchart')) return [1166, 617];
  return [1280, 900];
}

export async function prerenderApp(): Promise<Prerendered> {
  installDom(1280, 900, columnBox);
  const [
    { mount, flushSync },
    { loadFontKit },
    { browserSources },
    { hbMeasure, stringsOf },
    { setMeasureEngine },
    { applyFontToken, WEIGHTS },
    { BUNDLED_VISITS, DEFAULT_VISIT },
  ] = await Promise.all([
    import('svelte'),
    import('../lib/export/fonts/fontKit'),
    import('./fontSources'),
    import('../lib/text/measureHb'),
    import('../lib/text/measure'),
    import('../lib/text/font'),
    import('../lib/visits/list'),
  ]);
  const doc = document;
  doc.documentElement.setAttribute('lang', 'ar');
  doc.documentElement.setAttribute('dir', 'rtl');
  doc.documentElement.dataset.state = 'loading';
  applyFontToken(doc.documentElement);
  const kit = await loadFontKit(browserSources, false);
  const all = (
    await Promise.all(BUNDLED_VISITS.map(async (v) => stringsOf(JSON.parse(await v.text()))))
  )
    .flat()
    .join('\n');
  await kit.prepare(new Map(Object.values(WEIGHTS).map((w) => [w, all])));
  setMeasureEngine(() => hbMeasure(kit));
  void DEFAULT_VISIT;

  const target = doc.createElement('div');
  target.id = 'app';
  doc.body.replaceChildren(target);
  const { default: App } = await import('../App.svelte');
  mount(App, { target });
  const t0 = Date.now();
  for (;;) {
    flushSync();
    const state = doc.documentElement.dataset.state;
    if (state === 'ready') break;
    if (state === 'error' || Date.now() - t0 > 120_000)
      throw new Error(`prerender: the app did not get ready (state: ${state ?? 'none'})`);
    await sleep(10);
  }
  // Two more turns: effects that run after ready (the fit of the org chart, the axis).
  for (let i = 0; i < 3; i++) {
    await sleep(20);
    flushSync();
  }
  // What a browser without scripts cannot use is left as drawn; nothing to strip but the
  // injected component styles (the page links the same CSS) and live-region contents.
  for (const s of target.querySelectorAll('style')) s.remove();
  // No inline style attributes either: the recommended Content-Security-Policy (style-src
  // 'self') refuses them in the page's markup and reports each one. What the app sets there
  // (d3-zoom's tap highlight, a chart's `direction`, which its attribute also carries) adds
  // nothing to a still snapshot.
  for (const el of target.querySelectorAll('[style]')) el.removeAttribute('style');
  return {
    html: target.innerHTML,
    lang: doc.documentElement.getAttribute('lang') ?? 'ar',
    dir: doc.documentElement.getAttribute('dir') ?? 'rtl',
  };
}
