/**
 * Where the browser gets the export's heavy bytes: Vite emits each file as a hashed asset
 * (`?url`), fetched only when the user exports; hb-subset's wasm only on an editable-text
 * export. The fonts are @fontsource's WOFF files for the two weights the
 * app uses (the same outlines as the WOFF2 the page loads); IBM Plex Sans KR's chunk URLs are
 * imported only when a text needs one.
 */
import subsetWasmUrl from 'harfbuzzjs/dist/harfbuzz-subset.wasm?url';
// `no-inline`: the Cyrillic files are under Vite's 4 kB inlining limit, and fetching a data: URL
// would need `connect-src data:`, which the README's Content-Security-Policy leaves out.
import arabic400 from '@fontsource/ibm-plex-sans-arabic/files/ibm-plex-sans-arabic-arabic-400-normal.woff?url&no-inline';
import arabic600 from '@fontsource/ibm-plex-sans-arabic/files/ibm-plex-sans-arabic-arabic-600-normal.woff?url&no-inline';
import cyrillicExt400 from '@fontsource/ibm-plex-sans-arabic/files/ibm-plex-sans-arabic-cyrillic-ext-400-normal.woff?url&no-inline';
import cyrillicExt600 from '@fontsource/ibm-plex-sans-arabic/files/ibm-plex-sans-arabic-cyrillic-ext-600-normal.woff?url&no-inline';
import latin400 from '@fontsource/ibm-plex-sans-arabic/files/ibm-plex-sans-arabic-latin-400-normal.woff?url&no-inline';
import latin600 from '@fontsource/ibm-plex-sans-arabic/files/ibm-plex-sans-arabic-latin-600-normal.woff?url&no-inline';
import latinExt400 from '@fontsource/ibm-plex-sans-arabic/files/ibm-plex-sans-arabic-latin-ext-400-normal.woff?url&no-inline';
import latinExt600 from '@fontsource/ibm-plex-sans-arabic/files/ibm-plex-sans-arabic-latin-ext-600-normal.woff?url&no-inline';
import type { FontSources } from './fontKit';
import type { Subset, Weight } from '../../fonts/fontFaces';

const FONT_URLS: Record<`${Subset}-${Weight}`, string> = {
  'arabic-400': arabic400,
  'arabic-600': arabic600,
  'cyrillic-ext-400': cyrillicExt400,
  'cyrillic-ext-600': cyrillicExt600,
  'latin-400': latin400,
  'latin-600': latin600,
  'latin-ext-400': latinExt400,
  'latin-ext-600': latinExt600,
};

async function fetchOk(url: string): Promise<Response> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  return res;
}

const cache = new Map<string, Promise<Uint8Array<ArrayBuffer>>>();
/** A file's bytes, fetched once per page (the plain and the embedding kits share them). */
function bytes(url: string): Promise<Uint8Array<ArrayBuffer>> {
  let p = cache.get(url);
  if (!p) {
    p = fetchOk(url).then(async (r) => new Uint8Array(await r.arrayBuffer()));
    p.catch(() => cache.delete(url));
    cache.set(url, p);
  }
  return p;
}

let ctx: CanvasRenderingContext2D | null | undefined;
/** Width of `text` in the browser's own sans-serif (and its fallbacks), px. */
function measureFallback(text: string, weight: number, size: number): number {
  ctx ??= document.createElement('canvas').getContext('2d');
  if (!ctx) return [...text].length * size;
  ctx.font = `${weight} ${size}px sans-serif`;
  return ctx.measureText(text).width;
}

export const browserSources: FontSources = {
  measureFallback,
  font: (subset, weight) => bytes(FONT_URLS[`${subset}-${weight}`]),
  subsetWasm: () => bytes(subsetWasmUrl),
  koreanFont: async (chunk, weight) =>
    bytes((await import('../../fonts/koreanUrls')).koreanWoffUrl(chunk, weight)),
};
