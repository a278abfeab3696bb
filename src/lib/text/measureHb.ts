/**
 * The layout measurer where there is no browser (the render CLI, prerendering): HarfBuzz shaping
 * with the same font files the page loads (IBM Plex Sans Arabic, IBM Plex Sans KR for Hangul),
 * through the export's `FontKit`. Chromium's canvas `measureText` shapes with HarfBuzz too, so
 * the two agree within a pixel per label (tests/e2e/renderCli.spec.ts checks every label of the
 * bundled visits). Never imported by the app.
 */
import type { FontKit } from '../export/types';
import { WEIGHTS } from './font';
import type { Measure } from './measure';

/** A memoized `Measure` over `kit` (whose Korean faces must be `prepare`d for Hangul). */
export function hbMeasure(kit: FontKit): Measure {
  const cache = new Map<string, number>();
  return (text, font) => {
    const weight = font.weight ?? WEIGHTS.regular;
    const key = `${font.size}|${weight}|${text}`;
    let w = cache.get(key);
    if (w === undefined) {
      // Canvas text is laid out left to right unless told otherwise; widths do not depend on it.
      const line = kit.shapeLine([{ text, weight }], 'ltr');
      w = (line.width * font.size) / kit.upem;
      cache.set(key, w);
    }
    return w;
  };
}

/** Every string in a JSON value (a visit), for `FontKit.prepare` at both weights. */
export function stringsOf(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) stringsOf(v, out);
  else if (value && typeof value === 'object')
    for (const v of Object.values(value)) stringsOf(v, out);
  return out;
}
