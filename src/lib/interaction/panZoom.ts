/**
 * Two-dimensional pan and zoom for an SVG view (the org chart), as a Svelte attachment: an
 * adapter over the one gesture engine (`gesture.ts`, axes `xy`, no constraint):
 *
 *   const pz = new PanZoom({ policy: wheelPolicy(view.embed.embed), onTransform: (t) => … });
 *   <svg {@attach pz.attach}> … <g transform={transform.toString()}> …
 *
 * What this adds: fitting a box, centring on one, keeping the focused card in view, and the
 * zoom and pan keys. Buttons and keys call `zoomBy`, `fit`, `centerOn` and `handleKey`.
 */
import { fitBox } from '../layout/fitBox';
import { Gesture } from './gesture';
import type { Point } from './pointer';
import type { WheelPolicy } from './wheel';
import { ZoomTransform, zoomIdentity } from './zoomTransform';

export { ZoomTransform, zoomIdentity };

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface PanZoomOptions {
  /** Smallest and largest zoom; default [0.05, 2.5]. */
  scaleExtent?: [number, number];
  /** Which wheels zoom: `wheelPolicy(embedded)` with the parsed embed flag. */
  policy: WheelPolicy;
  /**
   * Called on every change of transform (the hot path: keep it cheap); `byReader` is true for
   * the reader's gestures and for zoom and pan methods called from buttons or keys.
   */
  onTransform: (t: ZoomTransform, byReader: boolean) => void;
  /** A plain wheel was left to the page under the policy: show a hint. */
  onWheelBlocked?: () => void;
  /** Called by the `0` key. */
  onFitRequest?: () => void;
}

const PAN_STEP = 80;

export class PanZoom {
  #g: Gesture;
  #onFit: (() => void) | undefined;

  constructor(opts: PanZoomOptions) {
    this.#onFit = opts.onFitRequest;
    this.#g = new Gesture({
      axes: 'xy',
      scaleExtent: opts.scaleExtent ?? [0.05, 2.5],
      policy: opts.policy,
      onChange: opts.onTransform,
      onWheelBlocked: opts.onWheelBlocked,
    });
  }

  /** The attachment: listens on the `<svg>`, and stops on cleanup. */
  attach = (svg: SVGSVGElement) => this.#g.attach(svg);

  /** The current transform (identity before attaching). */
  get transform(): ZoomTransform {
    return this.#g.transform;
  }

  /** The viewport's size in screen px. */
  get viewport(): { w: number; h: number } {
    return this.#g.viewport;
  }

  /** The part of the chart (chart coordinates) that the viewport shows. */
  visibleBox(): Box {
    const t = this.transform;
    const { w, h } = this.viewport;
    return { x: -t.x / t.k, y: -t.y / t.k, w: w / t.k, h: h / t.k };
  }

  /**
   * Moves to `t`, animated unless `animate` is false or the reader prefers reduced motion.
   * `byReader` (default true) marks the move as the reader's; a fit on load passes false.
   */
  transformTo(t: ZoomTransform, animate = true, byReader = true) {
    this.#g.moveTo(t, animate, byReader);
  }

  /** Zooms by `factor` around the viewport's centre. */
  zoomBy(factor: number, animate = true) {
    const { w, h } = this.viewport;
    const t = this.transform;
    const c: Point = [w / 2, h / 2];
    this.transformTo(this.#g.pin(this.#g.clampK(t.k * factor), c, t.invert(c)), animate);
  }

  /** Pans by a screen-pixel offset. */
  panBy(dx: number, dy: number) {
    const t = this.transform;
    this.transformTo(new ZoomTransform(t.k, t.x + dx, t.y + dy), false);
  }

  /**
   * The transform that shows `box` whole, centred, with `padding` px around it, no larger than
   * `maxScale` (default 1) and no smaller than `minScale`. When `minScale` wins, the box's
   * `anchor` point (chart coordinates, e.g. the root card) is centred instead. `viewport` is the
   * size to fit into; default the attached svg's, which is 0 × 0 before it is attached.
   */
  fitTransform(
    box: Box,
    o: {
      padding?: number;
      maxScale?: number;
      minScale?: number;
      anchor?: [number, number];
      viewport?: { w: number; h: number };
    } = {},
  ): ZoomTransform {
    const { k, x, y } = fitBox(box, o.viewport ?? this.viewport, o);
    return new ZoomTransform(k, x, y);
  }

  fit(box: Box, o?: Parameters<PanZoom['fitTransform']>[1], animate = true, byReader = true) {
    this.transformTo(this.fitTransform(box, o), animate, byReader);
  }

  /** Centres `box` in the viewport, zooming in to at least `minScale` (default 0.8). */
  centerOn(box: Box, minScale = 0.8, animate = true) {
    const { w, h } = this.viewport;
    const k = Math.max(this.transform.k, minScale);
    const x = w / 2 - (box.x + box.w / 2) * k;
    const y = h / 2 - (box.y + box.h / 2) * k;
    this.transformTo(new ZoomTransform(k, x, y), animate);
  }

  /** Centres `box` only if it is not already wholly in view (keyboard focus follows this). */
  ensureVisible(box: Box, margin = 16) {
    const v = this.visibleBox();
    const m = margin / this.transform.k;
    const inside =
      box.x >= v.x + m &&
      box.y >= v.y + m &&
      box.x + box.w <= v.x + v.w - m &&
      box.y + box.h <= v.y + v.h - m;
    if (!inside) this.centerOn(box, this.transform.k);
  }

  /** Zoom and pan keys: + / − / 0, and Shift + arrows. True when the key was handled. */
  handleKey(e: KeyboardEvent): boolean {
    if (e.ctrlKey || e.metaKey || e.altKey) return false;
    if (e.key === '+' || e.key === '=') this.zoomBy(1.25);
    else if (e.key === '-' || e.key === '_') this.zoomBy(0.8);
    else if (e.key === '0' && this.#onFit) this.#onFit();
    else if (e.shiftKey && e.key.startsWith('Arrow')) {
      const d = { ArrowLeft: [1, 0], ArrowRight: [-1, 0], ArrowUp: [0, 1], ArrowDown: [0, -1] }[
        e.key
      ];
      if (!d) return false;
      this.panBy((d[0] ?? 0) * PAN_STEP, (d[1] ?? 0) * PAN_STEP);
    } else return false;
    return true;
  }
}
