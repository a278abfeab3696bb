/**
 * A pan/zoom transform — scale `k`, then translate by `x`, `y` — shaped like d3-zoom's
 * `ZoomTransform` (same fields and `toString()`). Immutable.
 */
import type { Point } from './pointer';

export class ZoomTransform {
  constructor(
    readonly k: number,
    readonly x: number,
    readonly y: number,
  ) {}

  scale(k: number): ZoomTransform {
    return k === 1 ? this : new ZoomTransform(this.k * k, this.x, this.y);
  }

  translate(x: number, y: number): ZoomTransform {
    return x === 0 && y === 0
      ? this
      : new ZoomTransform(this.k, this.x + this.k * x, this.y + this.k * y);
  }

  apply(p: Point): Point {
    return [this.applyX(p[0]), this.applyY(p[1])];
  }

  applyX(x: number): number {
    return x * this.k + this.x;
  }

  applyY(y: number): number {
    return y * this.k + this.y;
  }

  /** The chart point under viewport point `p`. */
  invert(p: Point): Point {
    return [(p[0] - this.x) / this.k, (p[1] - this.y) / this.k];
  }

  toString(): string {
    return `translate(${this.x},${this.y}) scale(${this.k})`;
  }
}

export const zoomIdentity = new ZoomTransform(1, 0, 0);

/**
 * The transform a fraction `e` of the way from `a` to `b`. The visible box's origin and size
 * (1/k) move linearly, so a chart point that `a` and `b` show at the same place (the centre of a
 * button zoom, the pointer of a double click) stays there all along.
 */
function interpolateZoom(a: ZoomTransform, b: ZoomTransform, e: number): ZoomTransform {
  const lerp = (u: number, v: number) => u + (v - u) * e;
  const size = lerp(1 / a.k, 1 / b.k);
  const k = 1 / size;
  return new ZoomTransform(k, -lerp(-a.x / a.k, -b.x / b.k) * k, -lerp(-a.y / a.k, -b.y / b.k) * k);
}

const ANIMATION_MS = 250;
/** The one easing of every animated move: cubic in-out, as d3's transitions. */
const ease = (p: number) => (p < 0.5 ? 4 * p ** 3 : 1 - (-2 * p + 2) ** 3 / 2);

/**
 * Calls `frame` with each animation frame's transform from `a` to `b` (the last one `b` itself),
 * then `done`. Returns what stops it.
 */
export function animateZoom(
  a: ZoomTransform,
  b: ZoomTransform,
  frame: (t: ZoomTransform) => void,
  done: () => void,
): () => void {
  const start = performance.now();
  const step = (now: number) => {
    const p = Math.min(1, (now - start) / ANIMATION_MS);
    frame(p < 1 ? interpolateZoom(a, b, ease(p)) : b);
    if (p < 1) id = requestAnimationFrame(step);
    else done();
  };
  let id = requestAnimationFrame(step);
  return () => cancelAnimationFrame(id);
}
