/**
 * Text widths for layout. In a browser, the canvas measures with the page's fonts; in Node and
 * jsdom (tests, scripts), a deterministic estimator stands in, so that layouts are reproducible
 * there. Layout functions receive a `Measure` and never know which one they got.
 */

export interface FontSpec {
  /** Font size in px. */
  size: number;
  /** CSS weight; 400 unless given. */
  weight?: number;
}

/** Width in px of `text` set in `font`. */
export type Measure = (text: string, font: FontSpec) => number;

/** The family every chart text is set in, as in `app.css`. */
export const FONT_FAMILY =
  '"IBM Plex Sans Arabic", "IBM Plex Sans KR", "Noto Sans Arabic", "Segoe UI", sans-serif';

/** The CSS / canvas `font` shorthand for a spec. */
export const cssFont = (font: FontSpec): string =>
  `${font.weight ?? 400} ${font.size}px ${FONT_FAMILY}`;

// Average advance widths in em, close to IBM Plex Sans Arabic and Noto Sans CJK. Estimates are
// meant to err wide: a card a little too wide is fine, a clipped name is not.
function charEm(cp: number): number {
  if (cp === 0x20) return 0.28;
  if (cp >= 0x300 && cp <= 0x36f) return 0; // combining accents
  if (cp >= 0x64b && cp <= 0x65f) return 0; // harakat
  if (cp >= 0x2066 && cp <= 0x2069) return 0; // bidi isolates
  if (cp >= 0x200b && cp <= 0x200f) return 0;
  if (cp >= 0x30 && cp <= 0x39) return 0.58;
  if (cp >= 0x41 && cp <= 0x5a) return 0.66;
  if (cp >= 0x61 && cp <= 0x7a) return 0.54;
  if (cp >= 0x600 && cp <= 0x6ff) return 0.5;
  if (cp >= 0x1100 && cp <= 0x11ff) return 0.95; // conjoining jamo
  if ((cp >= 0xac00 && cp <= 0xd7af) || (cp >= 0x3000 && cp <= 0x9fff)) return 0.95;
  if (cp < 0x80) return 0.34; // punctuation
  return 0.6;
}

/** The deterministic estimate: per-character advances, 4% wider for semibold and bolder. */
export function estimateWidth(text: string, font: FontSpec): number {
  let em = 0;
  for (const ch of text) em += charEm(ch.codePointAt(0) ?? 0);
  const bold = (font.weight ?? 400) >= 600 ? 1.04 : 1;
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

/**
 * A memoized `Measure`: canvas `measureText` in a browser, `estimateWidth` elsewhere (or when
 * `estimate` is true). Create a new one after web fonts load: cached widths are those of the
 * fonts available when they were measured.
 */
export function createMeasure(options: { estimate?: boolean } = {}): Measure {
  const ctx = options.estimate ? null : canvasContext();
  const cache = new Map<string, number>();
  // Assigning ctx.font re-parses the CSS font string every time (the top cost when laying out
  // 5,000 cards): set it only when the font changes.
  let current = '';
  return (text, font) => {
    const key = `${font.size}|${font.weight ?? 400}|${text}`;
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

function greedy(words: string[], maxWidth: number, font: FontSpec, measure: Measure) {
  const lines: { text: string; width: number }[] = [];
  let cur = '';
  for (const word of words) {
    const next = cur ? `${cur} ${word}` : word;
    if (cur && measure(next, font) > maxWidth) {
      lines.push({ text: cur, width: measure(cur, font) });
      cur = word;
    } else cur = next;
  }
  if (cur) lines.push({ text: cur, width: measure(cur, font) });
  return lines;
}

/**
 * Word wrap to `maxWidth`. A word longer than the line stays whole on a line of its own (Arabic
 * words must not be split); the caller sizes the box from the widest line returned. With
 * `balance` (default true), lines are evened out to the narrowest width that needs no more
 * lines than greedy wrapping, so that a title never ends on a lone word.
 */
export function wrapText(
  text: string,
  maxWidth: number,
  font: FontSpec,
  measure: Measure,
  balance = true,
): { text: string; width: number }[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines = greedy(words, maxWidth, font, measure);
  if (!balance || lines.length < 2) return lines;
  const widest = Math.max(...lines.map((l) => l.width));
  // Already even enough: skip the search (most lines, and most of the cost, on big charts).
  if ((lines.at(-1)?.width ?? 0) > 0.7 * widest) return lines;
  let lo = widest / lines.length;
  let hi = maxWidth;
  let best = lines;
  for (let i = 0; i < 7 && hi - lo > 2; i++) {
    const mid = (lo + hi) / 2;
    const tryLines = greedy(words, mid, font, measure);
    if (tryLines.length <= lines.length) {
      best = tryLines;
      hi = mid;
    } else lo = mid;
  }
  return best;
}
