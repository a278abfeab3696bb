/**
 * Text widths for layout. In a browser, the canvas measures with the page's fonts; in Node and
 * jsdom (tests, scripts), a deterministic estimator stands in, so that layouts are reproducible
 * there. Layout functions receive a `Measure` and never know which one they got.
 */
import { cssFont, WEIGHTS, type FontSpec } from './font';

export type { FontSpec } from './font';

/** Width in px of `text` set in `font` (a size and weight in the one family stack). */
export type Measure = (text: string, font: FontSpec) => number;

/**
 * Advance widths in em, per code point, for IBM Plex Sans Arabic (and IBM Plex Sans KR for
 * Hangul). Estimates err wide: a card or lane a little too wide is fine, a clipped name is not.
 * Checked against Chromium's canvas with the real fonts on every text of the bundled visit
 * (`measure.test.ts`): the estimate is never more than 1 % short.
 */
function charEm(cp: number): number {
  if (cp === 0x20) return 0.28;
  // Marks that combine with the letter before them, and invisible controls.
  if ((cp >= 0x300 && cp <= 0x36f) || (cp >= 0x64b && cp <= 0x65f) || cp === 0x670) return 0;
  if ((cp >= 0x200b && cp <= 0x200f) || (cp >= 0x2066 && cp <= 0x2069)) return 0;
  if (cp >= 0x30 && cp <= 0x39) return 0.6; // tabular digits
  if (cp >= 0x660 && cp <= 0x669) return 0.58; // Arabic-Indic digits
  if (cp === 0x4d || cp === 0x57) return 0.86; // M W
  if (cp === 0x6d || cp === 0x77) return 0.8; // m w
  if (cp >= 0x41 && cp <= 0x5a) return 0.66;
  if (cp >= 0x61 && cp <= 0x7a) return 0.54;
  if (cp >= 0x600 && cp <= 0x6ff) return 0.56;
  if (cp >= 0x1100 && cp <= 0x11ff) return 0.95; // conjoining jamo
  if ((cp >= 0xac00 && cp <= 0xd7af) || (cp >= 0x3000 && cp <= 0x9fff)) return 0.95; // Hangul, CJK
  if (cp < 0x80) return 0.4; // punctuation
  if (cp > 0xffff) return 1; // emoji, CJK extensions: one code point, two UTF-16 units
  return 0.6;
}

/** The deterministic estimate: per code point advances, 4 % wider for semibold and bolder. */
export function estimateWidth(text: string, font: FontSpec): number {
  let em = 0;
  for (const ch of text) em += charEm(ch.codePointAt(0) ?? 0);
  const bold = (font.weight ?? WEIGHTS.regular) >= WEIGHTS.semibold ? 1.04 : 1;
  return Math.ceil(em * font.size * bold * 100) / 100;
}

function canvasContext(): CanvasRenderingContext2D | null {
  if (typeof document === 'undefined') return null;
  // jsdom has no canvas and would log "not implemented" on every attempt.
  if (typeof navigator !== 'undefined' && /jsdom/i.test(navigator.userAgent)) return null;
  try {
    return document.createElement('canvas').getContext('2d');
  } catch {
    return null;
  }
}

let engine: (() => Measure) | null = null;

/**
 * Where there is no canvas (Node: the render CLI, prerendering), `createMeasure` hands out
 * measurers made by `make` instead of the estimate: HarfBuzz with the page's fonts
 * (`measureHb.ts`), which agrees with Chromium's canvas. `null` goes back to the estimate.
 */
export function setMeasureEngine(make: (() => Measure) | null): void {
  engine = make;
}

/**
 * A memoized `Measure`: canvas `measureText` in a browser, `estimateWidth` elsewhere (or when
 * `estimate` is true). Create a new one when the font epoch moves (`fontEpoch.svelte.ts`):
 * cached widths are those of the fonts available when they were measured.
 */
export function createMeasure(options: { estimate?: boolean } = {}): Measure {
  const ctx = options.estimate ? null : canvasContext();
  if (!ctx && !options.estimate && engine) return engine();
  const cache = new Map<string, number>();
  // Assigning ctx.font re-parses the CSS font string every time (the top cost when laying out
  // 5,000 cards): set it only when the font changes.
  let current = '';
  return (text, font) => {
    const key = `${font.size}|${font.weight ?? WEIGHTS.regular}|${text}`;
    let w = cache.get(key);
    if (w === undefined) {
      if (ctx) {
        const css = cssFont(font);
        if (css !== current) ctx.font = current = css;
        w = ctx.measureText(text).width;
      } else w = estimateWidth(text, font);
      cache.set(key, w);
    }
    return w;
  };
}
