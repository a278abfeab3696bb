/**
 * The headless export (`npm run render`, built by scripts/render.ts into a Node bundle with the
 * components' CSS injected). It writes the file the browser's Export menu writes by running the
 * same code: the page's `OrgChart` or `Timeline` is mounted in jsdom with the view and index
 * contexts, its Export menu is opened and pressed, and the blob it hands to the download is
 * the file. What jsdom lacks is supplied:
 *   - computed styles: `createNodeStyle` (export/nodeStyle.ts) over app.css and the injected
 *     component styles, in the light theme;
 *   - text widths: HarfBuzz with the page's fonts (`hbMeasure`) instead of the canvas;
 *   - the export's font files: read from node_modules instead of fetched, and characters no
 *     face has measured in the system's sans-serif, as the canvas does (ssr/fontSources.ts);
 *   - a size: `clientWidth`/`clientHeight` of `width` × `height` px (the live chart's box);
 *   - PNG: the outlined SVG rasterized by rsvg-convert (librsvg) at `scale`, with the same
 *     text chunks (title, description, source) as the browser's PNG.
 */
import { execFileSync } from 'node:child_process';
import appCss from '../app.css?inline';
import type { Calendar } from '../lib/i18n/calendar';
import type { Lang } from '../lib/i18n/locale';
import { captured, installDom, jsdomWindow } from './dom';

export type RenderView = 'orgchart' | 'timeline';
export type RenderFormat = 'svg-outline' | 'svg-text' | 'png';

export interface RenderOptions {
  /** The visit file's text. */
  text: string;
  view: RenderView;
  format: RenderFormat;
  lang: Lang;
  whole?: boolean;
  calendar?: Calendar;
  /** The live chart's box, px (the page's chart column). */
  width?: number;
  height?: number;
  /** PNG scale (1, 2, 3). */
  scale?: number;
  /** The file name's visit id (default: the file's own `id`). */
  now?: Date;
}

export interface Rendered {
  bytes: Uint8Array;
  /** The name the browser would save it as. */
  filename: string;
  /** Phases, ms: setup (DOM, fonts), mount, export. */
  timings: Record<string, number>;
}

export class RenderError extends Error {
  override name = 'RenderError';
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function until<T>(what: string, get: () => T | null | undefined, ms = 60_000): Promise<T> {
  const t0 = Date.now();
  for (;;) {
    const v = get();
    if (v) return v;
    if (Date.now() - t0 > ms) throw new RenderError(`render: gave up waiting for ${what}`);
    await sleep(5);
  }
}

/** Renders one file as the Export menu would. */
export async function renderVisit(o: RenderOptions): Promise<Rendered> {
  const t0 = performance.now();
  const width = o.width ?? 960;
  const height = o.height ?? 600;
  installDom(width, height);
  const doc = document;
  doc.documentElement.lang = o.lang;
  doc.documentElement.dir = o.lang === 'ar' ? 'rtl' : 'ltr';
  const [
    { flushSync, mount, unmount, tick },
    { parseVisitText },
    { indexVisit },
    { ViewState },
    { createNodeStyle },
    { loadFontKit },
    { browserSources: nodeSources },
    { hbMeasure, stringsOf },
    { setMeasureEngine },
    { applyFontToken, WEIGHTS },
    { default: Harness },
  ] = await Promise.all([
    import('svelte'),
    import('../lib/model/parseVisit'),
    import('../lib/model/derive'),
    import('../lib/state/view.svelte'),
    import('../lib/export/nodeStyle'),
    import('../lib/export/fonts/fontKit'),
    import('./fontSources'),
    import('../lib/text/measureHb'),
    import('../lib/text/measure'),
    import('../lib/text/font'),
    import('./RenderHarness.svelte'),
  ]);
  applyFontToken(doc.documentElement);
  const style = createNodeStyle(doc, { baseCss: appCss, width });
  (globalThis as Record<string, unknown>).getComputedStyle = style.getComputedStyle;
  (jsdomWindow() as unknown as Record<string, unknown>).getComputedStyle = style.getComputedStyle;

  const parsed = parseVisitText(o.text);
  if (!parsed.ok)
    throw new RenderError(
      `render: the visit is not valid (${parsed.errors.length} error(s)); run npm run validate on it. First: ${parsed.errors[0]?.path ?? ''}: ${parsed.errors[0]?.message ?? ''}`,
    );
  const visit = parsed.visit;
  const kit = await loadFontKit(nodeSources, false);
  const all = stringsOf(visit).join('\n');
  await kit.prepare(new Map(Object.values(WEIGHTS).map((w) => [w, all])));
  setMeasureEngine(() => hbMeasure(kit));
  const t1 = performance.now();

  const target = doc.createElement('div');
  doc.body.replaceChildren(target);
  const view = new ViewState({ lang: o.lang, calendar: o.calendar ?? 'gregory' });
  const app = mount(Harness, { target, props: { view, index: indexVisit(visit), which: o.view } });
  try {
    flushSync();
    await tick();
    await sleep(0);
    flushSync();
    const t2 = performance.now();
    const menu = await until('the Export menu', () => target.querySelector('.export'));
    const press = (el: Element | null | undefined, what: string) => {
      if (!el) throw new RenderError(`render: the Export menu has no ${what}`);
      (el as HTMLElement).click();
      flushSync();
    };
    press(menu.querySelector('button'), 'button');
    await tick();
    const fmt = o.format === 'png' ? 'svg-outline' : o.format;
    press(menu.querySelector(`input[name$="-format"][value="${fmt}"]`), `format ${fmt}`);
    const area = menu.querySelector(
      `input[name$="-area"][value="${o.whole ? 'whole' : 'current'}"]`,
    );
    if (area) press(area, 'area');
    else if (o.whole) throw new RenderError('render: this view offers no whole-chart export');
    captured.blob = null;
    style.invalidate();
    press(menu.querySelector('button.go'), 'download button');
    const status = menu.querySelector('[role="status"]');
    await until('the export', () => {
      if (captured.blob) return true;
      const s = status?.textContent ?? '';
      if (!status?.hasAttribute('data-ms') && /fail|تعذّر|تعذر/i.test(s))
        throw new RenderError(`render: the export failed: ${s}`);
      return null;
    });
    let bytes = new Uint8Array(await captured.blob!.arrayBuffer());
    let filename = captured.name;
    if (o.format === 'png') {
      const scale = o.scale ?? 2;
      const [{ withText }, { exportMeta }] = await Promise.all([
        import('../lib/export/png'),
        import('../lib/export/meta'),
      ]);
      const png = rasterize(bytes, scale);
      const meta = exportMeta(
        visit,
        o.view,
        o.lang,
        view.digits,
        o.now ?? new Date(),
        [],
        view.calendar,
      );
      bytes = withText(png, {
        Title: meta.title,
        Description: meta.desc,
        Source: meta.credit,
        'Creation Time': (o.now ?? new Date()).toISOString(),
        Software: 'Ziyara',
      });
      filename = filename.replace(/(-outlined)?\.svg$/, scale > 1 ? `@${scale}x.png` : '.png');
    }
    const t3 = performance.now();
    return {
      bytes,
      filename,
      timings: { setup: t1 - t0, mount: t2 - t1, export: t3 - t2 },
    };
  } finally {
    void unmount(app);
    setMeasureEngine(null);
  }
}

/** The outlined SVG as PNG at `scale`, by rsvg-convert (librsvg). */
function rasterize(svg: Uint8Array, scale: number): Uint8Array {
  try {
    return new Uint8Array(
      execFileSync('rsvg-convert', ['--format', 'png', '--zoom', String(scale)], {
        input: svg,
        maxBuffer: 1 << 30,
      }),
    );
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    if (err.code === 'ENOENT')
      throw new RenderError(
        'render: PNG needs rsvg-convert (Debian/Ubuntu: apt-get install librsvg2-bin; macOS: brew install librsvg); the SVG formats need nothing else',
      );
    throw e;
  }
}

/**
 * Widths of `texts` at each font spec by the CLI's measurer (HarfBuzz with the page's fonts), for
 * the test that holds it to Chromium's canvas.
 */
export async function hbWidths(
  texts: readonly string[],
  specs: readonly { size: number; weight: number }[],
): Promise<number[][]> {
  const [{ loadFontKit }, { browserSources: nodeSources }, { hbMeasure }] = await Promise.all([
    import('../lib/export/fonts/fontKit'),
    import('./fontSources'),
    import('../lib/text/measureHb'),
  ]);
  const kit = await loadFontKit(nodeSources, false);
  const all = texts.join('\n');
  await kit.prepare(new Map(specs.map((s) => [s.weight, all])));
  const measure = hbMeasure(kit);
  return texts.map((t) => specs.map((s) => measure(t, s)));
}

/** How many characters of each text no face of ours has (drawn and measured in a system font). */
export async function hbFallbackChars(texts: readonly string[]): Promise<number[]> {
  const [{ loadFontKit }, { browserSources }] = await Promise.all([
    import('../lib/export/fonts/fontKit'),
    import('./fontSources'),
  ]);
  const kit = await loadFontKit(browserSources, false);
  return texts.map((t) =>
    kit
      .shapeLine([{ text: t, weight: 400 }], 'ltr')
      .fallback.reduce((n, f) => n + [...f.text].length, 0),
  );
}
