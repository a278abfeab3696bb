/**
 * PNG from the standalone SVG: the file is drawn by the browser as an `<img>` onto a canvas at
 * 1×, 2× or 3×, then tagged with its title, source and date (PNG tEXt/iTXt chunks) so the metadata
 * travels with the picture too.
 */
import { balanceBidi, oneLine } from './svg/xml';

/** Chromium's and Firefox's canvas limits: 32,767 px a side, 268 Mpx in all. */
export const MAX_SIDE = 32_767;
export const MAX_AREA = 268_435_456;

export class TooLargeError extends Error {
  override name = 'TooLargeError';
  constructor(width: number, height: number) {
    super(`a ${width}×${height} px image is larger than a browser canvas allows`);
  }
}

async function svgImage(svg: string): Promise<HTMLImageElement> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    return img;
  } finally {
    URL.revokeObjectURL(url);
  }
}

/**
 * Draws `img` at w × h and encodes it as PNG. Synchronously (`toDataURL`): Chromium's `toBlob`
 * and `convertToBlob` wait for an idle period, up to a second after a click in a busy page.
 */
async function draw(img: HTMLImageElement, w: number, h: number): Promise<Uint8Array> {
  const canvas = document.createElement('canvas');
  canvas.width = w;
  canvas.height = h;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new TooLargeError(w, h);
  ctx.drawImage(img, 0, 0, w, h);
  const url = canvas.toDataURL('image/png');
  // A canvas too large to allocate encodes as an empty "data:," URL.
  if (!url.startsWith('data:image/png;base64,')) throw new TooLargeError(w, h);
  // Decoded here, not by fetch(url): fetching a data: URL needs `connect-src data:`, which the
  // README's Content-Security-Policy leaves out. Natively where the browser can (Chromium 140,
  // Firefox 133, Safari 18.2), else through atob().
  const base64 = url.slice(22);
  const fromBase64 = (Uint8Array as { fromBase64?: (s: string) => Uint8Array }).fromBase64;
  if (fromBase64) return fromBase64.call(Uint8Array, base64);
  const bin = atob(base64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

/** Rasterizes `svg` (its size `width`×`height` CSS px) at `scale`; PNG with `meta` text. */
export async function rasterize(
  svg: string,
  width: number,
  height: number,
  scale: number,
  meta: Record<string, string> = {},
): Promise<Blob> {
  const w = Math.ceil(width * scale);
  const h = Math.ceil(height * scale);
  if (w > MAX_SIDE || h > MAX_SIDE || w * h > MAX_AREA) throw new TooLargeError(w, h);
  const png = await draw(await svgImage(svg), w, h);
  return new Blob([withText(png, meta)], { type: 'image/png' });
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** A keyword (PNG 11.3.4): 1–79 printable Latin-1 characters, no leading, trailing or double spaces. */
const KEYWORD = /^(?! )(?!.* {2})(?!.* $)[\x20-\x7e\xa1-\xff]{1,79}$/;
/** Text a tEXt chunk can carry: printable Latin-1 (controls are already gone). */
const LATIN1 = /^[\x20-\x7e\xa0-\xff]*$/;

/**
 * Metadata text as a viewer can show it safely: one line (PNG allows only LF, and a line or
 * bidi paragraph break lets an override escape), no C0 or C1 control, no noncharacter or lone
 * surrogate, and its bidi controls balanced so it cannot reorder the viewer's words after it.
 */
export function pngText(text: string): string {
  return balanceBidi(oneLine(text)).trim();
}

function chunk(type: string, body: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + body.length);
  const v = new DataView(out.buffer);
  v.setUint32(0, body.length);
  for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i);
  out.set(body, 8);
  v.setUint32(8 + body.length, crc32(out.subarray(4, 8 + body.length)));
  return out;
}

const latin1 = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));

/**
 * A text chunk: tEXt when the text is Latin-1 (every reader knows it), else an uncompressed
 * iTXt (UTF-8, no language tag). The keyword is ours, never data: a bad one is a bug.
 */
function textChunk(keyword: string, value: string): Uint8Array {
  if (!KEYWORD.test(keyword)) throw new Error(`not a PNG keyword: ${JSON.stringify(keyword)}`);
  const text = pngText(value);
  const key = latin1(keyword);
  if (LATIN1.test(text)) return chunk('tEXt', new Uint8Array([...key, 0, ...latin1(text)]));
  return chunk('iTXt', new Uint8Array([...key, 0, 0, 0, 0, 0, ...new TextEncoder().encode(text)]));
}

/** Inserts text chunks right after IHDR (signature 8 bytes + IHDR 25 bytes); see `pngText`. */
export function withText(png: Uint8Array, meta: Record<string, string>): Uint8Array<ArrayBuffer> {
  const chunks = Object.entries(meta).map(([k, t]) => textChunk(k, t));
  const extra = chunks.reduce((n, c) => n + c.length, 0);
  const out = new Uint8Array(png.length + extra);
  out.set(png.subarray(0, 33));
  let at = 33;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  out.set(png.subarray(33), at);
  return out;
}
