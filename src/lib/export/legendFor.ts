/** Which legend entries go into a file (tiny: it sits in the main chunk with `exportChart`). */
import type { LegendItem } from './types';

/** The width of one shape in a legend swatch (`Legend.svelte` lays them out 36 px apart). */
const SHAPE_W = 36;

/**
 * The entries of `legend` that a drawing uses: `used` is the drawing's `data-legend` (kinds,
 * space-separated); without one, every entry stays. An entry without a kind always stays.
 * `shapes` (the drawing's `data-legend-shapes`, `kind=shape,shape …`) narrows a swatch drawn
 * for the whole visit to the shapes of the marks the file shows: its `g[data-shape]` not named
 * are left out of a copy and the rest closed up, so "likely" is not shown around a diamond
 * when no context event in the file is likely. The copy stands beside its original (the same
 * styles apply to it) and off screen, marked `data-legend-copy`: `dropCopies` removes it once
 * the file is written.
 */
export function legendFor(
  legend: readonly LegendItem[] | undefined,
  used: string | null | undefined,
  shapes?: string | null,
): LegendItem[] | undefined {
  if (!legend || used == null) return legend && [...legend];
  const kinds = new Set(used.split(/\s+/).filter(Boolean));
  const shapesOf = new Map(
    (shapes ?? '')
      .split(/\s+/)
      .filter(Boolean)
      .map((e) => {
        const [kind = '', list = ''] = e.split('=');
        return [kind, new Set(list.split(','))] as const;
      }),
  );
  return legend
    .filter((i) => !i.kind || kinds.has(i.kind))
    .map((i) => {
      const keep = i.kind ? shapesOf.get(i.kind) : undefined;
      return keep && i.swatch ? { ...i, swatch: narrowed(i.swatch, keep) } : i;
    });
}

/** A copy of `swatch` drawing only the shapes in `keep`, side by side as before. */
function narrowed(swatch: SVGSVGElement, keep: ReadonlySet<string>): SVGSVGElement {
  const parts = [...swatch.querySelectorAll(':scope > g[data-shape]')];
  if (parts.length === 0 || parts.every((g) => keep.has(g.getAttribute('data-shape') ?? '')))
    return swatch;
  const copy = swatch.cloneNode(true) as SVGSVGElement;
  let n = 0;
  for (const g of copy.querySelectorAll(':scope > g[data-shape]')) {
    if (!keep.has(g.getAttribute('data-shape') ?? '')) {
      g.remove();
      continue;
    }
    const t = g.getAttribute('transform') ?? '';
    g.setAttribute('transform', t.replace(/^translate\([^)]*\)/, `translate(${SHAPE_W * n},0)`));
    n++;
  }
  if (n === 0) return swatch; // (none named: the swatch as the page draws it)
  copy.setAttribute('viewBox', `0 0 ${SHAPE_W * n} 16`);
  copy.setAttribute('width', String(SHAPE_W * n));
  copy.setAttribute('data-legend-copy', '');
  copy.style.position = 'absolute';
  copy.style.insetInlineStart = '-10000px';
  swatch.after(copy);
  return copy;
}

/** Removes the swatch copies `legendFor` made for a file. */
export function dropCopies(legend: readonly LegendItem[] | undefined): void {
  for (const i of legend ?? []) if (i.swatch?.hasAttribute('data-legend-copy')) i.swatch.remove();
}
