/**
 * The one fit math of the pan/zoom views: the transform that shows a box whole, centred, with
 * `padding` px around it, zoomed no more than `maxScale` and no less than `minScale`; a box too
 * big to show whole centres its `anchor` instead, without leaving room past either end. Pure:
 * `PanZoom.fitTransform` wraps it, `orgFit` refines it.
 */
import type { Rect } from './orgTreeItems';

export interface FitOptions {
  /** Screen px around the box; default 16. */
  padding?: number;
  /** Default 1. */
  maxScale?: number;
  /** Default 0. */
  minScale?: number;
  /** Chart coordinates centred when the box is too big; default its top centre. */
  anchor?: readonly [number, number];
}

/** A plain transform: scale `k`, then translate by `x`, `y` (screen px). */
export interface Transform {
  k: number;
  x: number;
  y: number;
}

/** The transform that fits `box` into a viewport of `w` × `h` px (see the module comment). */
export function fitBox(box: Rect, viewport: { w: number; h: number }, o: FitOptions = {}) {
  const { padding = 16, maxScale = 1, minScale = 0 } = o;
  const { w, h } = viewport;
  const fit = Math.min((w - 2 * padding) / box.w, (h - 2 * padding) / box.h, maxScale);
  const k = Math.max(minScale, Number.isFinite(fit) && fit > 0 ? fit : 1);
  const centre = (size: number, start: number, length: number, anchor: number) => {
    if (length * k <= size - 2 * padding) return size / 2 - (start + length / 2) * k;
    const lo = size - padding - (start + length) * k;
    const hi = padding - start * k;
    return Math.max(lo, Math.min(hi, size / 2 - anchor * k));
  };
  const [ax, ay] = o.anchor ?? [box.x + box.w / 2, box.y];
  return { k, x: centre(w, box.x, box.w, ax), y: centre(h, box.y, box.h, ay) } as Transform;
}
