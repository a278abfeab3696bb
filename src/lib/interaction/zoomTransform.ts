/**
 * A pan/zoom transform — scale `k`, then translate by `x`, `y` — shaped like d3-zoom's
 * `ZoomTransform` (same fields, methods and `toString()`), so that code written against d3's can
 * take this one without d3-zoom and everything it pulls in. Immutable.
 */
export type Point = [number, number];

/** A continuous scale, as `rescaleX` / `rescaleY` need it (d3-scale's linear or time scales). */
export interface ZoomScale {
  domain(): number[] | Date[];
  domain(domain: Array<Date | number>): this;
  range(): number[];
  range(range: number[]): this;
  copy(): ZoomScale;
  invert(value: number): number | Date;
}

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
    return [p[0] * this.k + this.x, p[1] * this.k + this.y];
  }

  applyX(x: number): number {
    return x * this.k + this.x;
  }

  applyY(y: number): number {
    return y * this.k + this.y;
  }

  invert(p: Point): Point {
    return [(p[0] - this.x) / this.k, (p[1] - this.y) / this.k];
  }

  invertX(x: number): number {
    return (x - this.x) / this.k;
  }

  invertY(y: number): number {
    return (y - this.y) / this.k;
  }

  rescaleX<S extends ZoomScale>(x: S): S {
    return x.copy().domain(x.range().map((v) => x.invert(this.invertX(v)))) as S;
  }

  rescaleY<S extends ZoomScale>(y: S): S {
    return y.copy().domain(y.range().map((v) => y.invert(this.invertY(v)))) as S;
  }

  toString(): string {
    return `translate(${this.x},${this.y}) scale(${this.k})`;
  }
}

export const zoomIdentity = new ZoomTransform(1, 0, 0);
