/**
 * Word wrapping for multi-line text (org-chart cards): greedy, then balanced so that a title
 * never ends on a lone word.
 */
import type { FontSpec, Measure } from './measure';

/** One wrapped line and its measured width in px. */
export interface Line {
  text: string;
  width: number;
}

function greedy(words: string[], maxWidth: number, font: FontSpec, measure: Measure): Line[] {
  const lines: Line[] = [];
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
): Line[] {
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
