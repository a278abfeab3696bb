/**
 * What the export menu calls. It stays small in the main bundle: the serializer, HarfBuzz, the
 * fonts and hb-subset (for the WOFF subsets of editable text) are all imported (and fetched) on
 * first use, then kept.
 */
import type { ExportFormat } from './filename';
import { dropCopies, legendFor } from './legendFor';
import type { ExportMeta } from './meta';
import type { BandTheme, FontKit, LegendItem, TextMode } from './types';
import type { WholeChart } from './wholeChart';

const kits: Partial<Record<'plain' | 'embed', Promise<FontKit>>> = {};

/** The fonts, shaped by HarfBuzz; `embed` adds hb-subset and WOFF for editable-text files. */
export function loadKit(embed: boolean): Promise<FontKit> {
  if (!embed && kits.embed) return kits.embed;
  const key = embed ? 'embed' : 'plain';
  kits[key] ??= (async () => {
    const [{ loadFontKit }, { browserSources }] = await Promise.all([
      import('./fonts/fontKit'),
      import('./fonts/assets'),
    ]);
    return loadFontKit(browserSources, embed);
  })().catch((e: unknown) => {
    delete kits[key];
    throw e;
  });
  return kits[key];
}

const isOpaque = (c: string) => c !== '' && c !== 'transparent' && !/rgba\(.*,\s*0\)$/.test(c);

/** The colour the chart is drawn on: the nearest ancestor with a background. */
export function backgroundOf(el: Element): string {
  for (let e: Element | null = el; e; e = e.parentElement) {
    const c = getComputedStyle(e).backgroundColor;
    if (isOpaque(c)) return c;
  }
  return '#ffffff';
}

/** The page's palette for the header and footer bands (light or dark, as shown). */
export function bandTheme(el: Element): BandTheme {
  // The palette is written with light-dark(): a variable's own value is that function, so
  // each colour is read as a probe element resolves it, in the chart's colour scheme.
  let host: Element = el;
  while (host instanceof SVGElement && host.parentElement) host = host.parentElement;
  const probe = document.createElement('span');
  probe.hidden = true;
  host.appendChild(probe);
  const v = (name: string, fallback: string) => {
    probe.style.color = fallback;
    probe.style.color = `var(${name}, ${fallback})`;
    return getComputedStyle(probe).color || fallback;
  };
  try {
    return {
      paper: backgroundOf(el),
      ink: v('--ink', '#1b2330'),
      muted: v('--ink-2', '#465161'),
      rule: v('--rule', '#dedad0'),
    };
  } finally {
    probe.remove();
  }
}

/** Width and height of a serialized file's root `<svg>`. */
export function svgSize(svg: string): [number, number] {
  const root = /<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
  const num = (name: string) =>
    parseFloat(new RegExp(`\\s${name}="([\\d.]+)"`).exec(root)?.[1] ?? '0');
  return [num('width'), num('height')];
}

export interface ExportResult {
  blob: Blob;
  filename: string;
  /** Wall time, including loading the tooling the first time. */
  ms: number;
}

/**
 * A view's whole chart: drawn off screen inside `host` (the live chart's container, whose theme
 * it takes) by `renderWhole`, serialized, then removed. `width` is the live chart's width, px.
 */
export interface WholeSource {
  whole: WholeChart;
  host: Element;
  width: number;
}

/**
 * Builds the file for `chart` in `format` (PNG from the outlined SVG): the live `<svg>` as
 * shown, or a `WholeSource` drawn for the occasion.
 */
export async function buildExport(
  chart: SVGSVGElement | WholeSource,
  format: ExportFormat,
  meta: ExportMeta,
  filename: string,
): Promise<ExportResult> {
  const t0 = performance.now();
  const mode: TextMode = format.kind === 'svg' ? format.mode : 'outline';
  const whole = 'whole' in chart ? chart : null;
  const [{ serializeSvg }, fonts, render] = await Promise.all([
    import('./svg/serialize'),
    loadKit(mode === 'text'),
    whole ? import('./renderWhole') : null,
  ]);
  const drawn = whole && render ? render.renderWhole(whole.whole, whole.host, whole.width) : null;
  let text: string;
  let legend: LegendItem[] | undefined;
  try {
    const svg = drawn?.svg ?? (chart as SVGSVGElement);
    const theme = meta.theme ?? bandTheme(svg);
    // The legend explains only what this drawing uses (`data-legend`, when it names it), its
    // swatches drawing the shapes of the marks in it (`data-legend-shapes`).
    legend = legendFor(
      meta.legend,
      svg.getAttribute('data-legend'),
      svg.getAttribute('data-legend-shapes'),
    );
    text = await serializeSvg(svg, { ...meta, legend, theme, mode, fonts });
  } finally {
    dropCopies(legend);
    drawn?.dispose();
  }
  let blob: Blob;
  if (format.kind === 'svg') blob = new Blob([text], { type: 'image/svg+xml' });
  else {
    const { rasterize } = await import('./png');
    const [w, h] = svgSize(text);
    blob = await rasterize(text, w, h, format.scale, {
      Title: meta.title,
      Description: meta.desc,
      Source: meta.credit,
      'Creation Time': new Date().toISOString(),
      Software: 'Ziyara',
    });
  }
  return { blob, filename, ms: performance.now() - t0 };
}
