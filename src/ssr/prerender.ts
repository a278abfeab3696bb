/**
 * The first views, drawn at build time (`npm run build` → scripts/prerender.ts): the app itself
 * (`App.svelte`, as `main.ts` mounts it) runs in jsdom with the CLI's stand-ins (HarfBuzz widths,
 * chart columns of the size Chromium gives them), once per page address the build prerenders —
 * the bundled default visit, plain and `?embed=1`, in Arabic and in English — and at each window
 * width of snapshots.ts (1280 and 360 px; an embed also at 720). The markup it shows once `ready`
 * is what the page carries (or fetches first, see snapshots.ts) inside `#app`: the visit, its
 * meetings, the org chart and the sources paint with the first stylesheet, before the app's
 * script runs, and without JavaScript at all.
 */
import { installDom } from './dom';
import { snapshotWidths, type SnapshotKey } from './snapshots';

export interface Prerendered {
  key: SnapshotKey;
  /** The window width it was laid out at. */
  width: number;
  /** The markup of `#app`'s content. */
  html: string;
  /** What the app set on `<html>`. */
  lang: string;
  dir: string;
  embed: boolean;
  /** The document's title. */
  title: string;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * The chart columns' boxes, as Chromium lays the page out at each window width (measured on the
 * live app: `.chart` of the timeline, `.viewport` of the org chart; heights are derived).
 */
const BOXES: Record<'page' | 'embed', Record<number, { tl: number; oc: number }>> = {
  page: { 1280: { tl: 1134, oc: 1166 }, 360: { tl: 310, oc: 334 } },
  embed: { 1280: { tl: 1222, oc: 1254 }, 720: { tl: 662, oc: 694 }, 360: { tl: 310, oc: 334 } },
};
let box = { width: 1280, tl: 1134, oc: 1166 };

function columnBox(el: Element): readonly [number, number] {
  if (el.closest('[data-testid="timeline"]')) return [box.tl, 600];
  if (el.closest('section.orgchart')) return [box.oc, 617];
  return [box.width, 900];
}

/** The page address of each snapshot (the first script picks one by the same rule). */
export const SEARCH: Record<SnapshotKey, string> = {
  ar: '',
  en: '?lang=en',
  'embed-ar': '?embed=1',
  'embed-en': '?embed=1&lang=en',
};

export async function prerenderApp(
  keys: readonly SnapshotKey[] = ['ar'],
  widthsOf: (key: SnapshotKey) => readonly number[] = snapshotWidths,
): Promise<Prerendered[]> {
  installDom(1280, 900, columnBox);
  const [
    { mount, unmount, flushSync },
    { loadFontKit },
    { browserSources },
    { hbMeasure, stringsOf },
    { setMeasureEngine },
    { applyFontToken, WEIGHTS },
    { BUNDLED_VISITS },
    { suffixIds },
  ] = await Promise.all([
    import('svelte'),
    import('../lib/export/fonts/fontKit'),
    import('./fontSources'),
    import('../lib/text/measureHb'),
    import('../lib/text/measure'),
    import('../lib/text/font'),
    import('../lib/visits/list'),
    import('./snapshotIds'),
  ]);
  const doc = document;
  const root = doc.documentElement;
  applyFontToken(root);
  const kit = await loadFontKit(browserSources, false);
  const all = (
    await Promise.all(BUNDLED_VISITS.map(async (v) => stringsOf(JSON.parse(await v.text()))))
  )
    .flat()
    .join('\n');
  await kit.prepare(new Map(Object.values(WEIGHTS).map((w) => [w, all])));
  setMeasureEngine(() => hbMeasure(kit));
  const { default: App } = await import('../App.svelte');

  const out: Prerendered[] = [];
  for (const key of keys) {
    const widths = widthsOf(key);
    for (const width of widths) {
      const embed = key.startsWith('embed');
      box = { width, ...(BOXES[embed ? 'embed' : 'page'][width] ?? BOXES.page[1280]!) };
      history.replaceState(null, '', `/${SEARCH[key]}`);
      for (const a of ['data-embed', 'data-transparent', 'data-theme']) root.removeAttribute(a);
      root.setAttribute('lang', 'ar');
      root.setAttribute('dir', 'rtl');
      root.dataset.state = 'loading';
      const target = doc.createElement('div');
      target.id = 'app';
      doc.body.replaceChildren(target);
      const app = mount(App, { target });
      const t0 = Date.now();
      for (;;) {
        flushSync();
        const state = root.dataset.state;
        if (state === 'ready') break;
        if (state === 'error' || Date.now() - t0 > 120_000)
          throw new Error(
            `prerender ${key}: the app did not get ready (state: ${state ?? 'none'})`,
          );
        await sleep(10);
      }
      // A few more turns: effects that run after ready (the fit of the org chart, the axis).
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
      // Form state the app set as properties (a segmented control's checked radio) becomes
      // markup, or the snapshot shows none of its options chosen.
      for (const i of target.querySelectorAll('input')) i.toggleAttribute('checked', i.checked);
      for (const o of target.querySelectorAll('option')) o.toggleAttribute('selected', o.selected);
      // Two widths of one page share the document: the second one's ids get a suffix.
      if (width !== widths[0]) suffixIds(target, `-w${width}`);
      out.push({
        key,
        width,
        html: target.innerHTML,
        lang: root.getAttribute('lang') ?? 'ar',
        dir: root.getAttribute('dir') ?? 'rtl',
        embed: root.hasAttribute('data-embed'),
        title: doc.title,
      });
      await unmount(app);
      flushSync();
    }
  }
  setMeasureEngine(null);
  return out;
}
