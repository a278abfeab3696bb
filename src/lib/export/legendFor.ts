/** Which legend entries go into a file (tiny: it sits in the main chunk with `exportChart`). */
import type { LegendItem } from './types';

/**
 * The entries of `legend` that a drawing uses: `used` is the drawing's `data-legend` (kinds,
 * space-separated); without one, every entry stays. An entry without a kind always stays.
 */
export function legendFor(
  legend: readonly LegendItem[] | undefined,
  used: string | null | undefined,
): LegendItem[] | undefined {
  if (!legend || used == null) return legend && [...legend];
  const kinds = new Set(used.split(/\s+/).filter(Boolean));
  return legend.filter((i) => !i.kind || kinds.has(i.kind));
}
