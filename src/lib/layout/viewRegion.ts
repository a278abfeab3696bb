/**
 * The part of a big chart worth drawing: the viewport grown to a region on a grid, so that most
 * pan frames fall inside the same region and change nothing but the transform. A pure function
 * of the view: the region is given as a key, a string, so that a derived value built on it
 * changes only when the region does.
 */
import type { Rect } from './orgTreeItems';

/** The smallest power of two at least `n`. */
const cell = (n: number) => 2 ** Math.ceil(Math.log2(Math.max(n, 1)));

/**
 * The region around viewport `v` (chart coordinates): on a grid of cells at least the viewport's
 * size (powers of two, so zooming a little keeps the grid), the two-by-two cells from the one
 * `v` starts in. It always contains `v`; panning changes it once per cell crossed.
 */
export function regionKey(v: Rect): string {
  const cw = cell(v.w);
  const ch = cell(v.h);
  // (A tiny negative coordinate divides to -0: step back a cell if rounding overshot.)
  let x = Math.floor(v.x / cw) * cw;
  let y = Math.floor(v.y / ch) * ch;
  if (x > v.x) x -= cw;
  if (y > v.y) y -= ch;
  return `${x},${y},${2 * cw},${2 * ch}`;
}

export function regionOf(key: string): Rect {
  const [x = 0, y = 0, w = 0, h = 0] = key.split(',').map(Number);
  return { x, y, w, h };
}

/** The viewport in chart coordinates, for a transform and a screen size. */
export const viewportOf = (
  t: { x: number; y: number; k: number },
  width: number,
  height: number,
) => ({
  x: -t.x / t.k,
  y: -t.y / t.k,
  w: width / t.k,
  h: height / t.k,
});
