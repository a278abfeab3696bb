/**
 * Where the browser gets IBM Plex Sans KR's chunks: Vite copies every numbered file of the two
 * weights the app uses to the build (hashed names), and a reader fetches only the chunks their
 * text needs — WOFF2 for the page, WOFF 1.0 for the export (which decodes it without wasm).
 */
import type { Weight } from './fontFaces';

// Relative patterns: the export fixture page is built with another Vite root. `no-inline`: a few chunks are under Vite's 4 kB inlining limit, and a data: URL is refused
// by a strict Content-Security-Policy (font-src 'self').
const WOFF2 = import.meta.glob<string>(
  '../../../node_modules/@fontsource/ibm-plex-sans-kr/files/ibm-plex-sans-kr-[0-9]*-{400,600}-normal.woff2',
  { query: '?url&no-inline', import: 'default', eager: true },
);
const WOFF = import.meta.glob<string>(
  '../../../node_modules/@fontsource/ibm-plex-sans-kr/files/ibm-plex-sans-kr-[0-9]*-{400,600}-normal.woff',
  { query: '?url&no-inline', import: 'default', eager: true },
);

function url(files: Record<string, string>, chunk: number, weight: Weight, ext: string): string {
  const dir = '../../../node_modules/@fontsource/ibm-plex-sans-kr/files';
  const found = files[`${dir}/ibm-plex-sans-kr-${chunk}-${weight}-normal.${ext}`];
  if (!found) throw new Error(`IBM Plex Sans KR has no chunk ${chunk} at weight ${weight}`);
  return found;
}

export const koreanWoff2Url = (chunk: number, weight: Weight) => url(WOFF2, chunk, weight, 'woff2');
export const koreanWoffUrl = (chunk: number, weight: Weight) => url(WOFF, chunk, weight, 'woff');
