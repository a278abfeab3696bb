/**
 * Two-dimensional pan and zoom for an SVG view, wrapping d3-zoom as a Svelte attachment:
 *
 *   const pz = new PanZoom({ onTransform: (t) => (transform = t) });
 *   <svg {@attach pz.attach}> … <g transform={transform.toString()}> …
 *
 * Wheel, drag, pinch and double-click come from d3-zoom; the wheel follows the shared policy
 * (`wheel.ts`): when embedded, a plain wheel scrolls the page, `onWheelBlocked` lets the view
 * show a hint, and one-finger touch scrolls too (two fingers pan and pinch). Buttons and keys
 * call `zoomBy`, `fit`, `centerOn` and `handleKey`. Layout never runs on this path: a transform
 * is all that changes while the reader pans.
 */
import { select, type Selection } from 'd3-selection';
import { zoom, zoomIdentity, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';
import { defaultWheelPolicy, wheelShouldZoom, type WheelPolicy } from './wheel';

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface PanZoomOptions {
  /** Smallest and largest zoom; default [0.05, 2.5]. */
  scaleExtent?: [number, number];
  /** Default: `defaultWheelPolicy()` of the page. */
  policy?: WheelPolicy;
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
const reducedMotion = () =>
  typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;

export class PanZoom {
  #opts: PanZoomOptions;
  #policy: WheelPolicy;
  #zoom: ZoomBehavior<SVGSVGElement, unknown>;
  #sel: Selection<SVGSVGElement, unknown, null, undefined> | null = null;
  #frame = 0;
  #byReader = false;

  constructor(opts: PanZoomOptions) {
    this.#opts = opts;
    this.#policy = opts.policy ?? defaultWheelPolicy();
    const policy = this.#policy;
    this.#zoom = zoom<SVGSVGElement, unknown>()
      .scaleExtent(opts.scaleExtent ?? [0.05, 2.5])
      .clickDistance(4)
      // The viewport in CSS px, as everything else here measures it.
      .extent(function (this: SVGSVGElement) {
        return [
          [0, 0],
          [this.clientWidth, this.clientHeight],
        ];
      })
      // d3 multiplies ctrl+wheel by 10 for trackpad pinches (small deltas); a mouse wheel held
      // with ctrl/⌘ (deltas of ~100) would then jump to the zoom limit in one notch.
      .wheelDelta((e: WheelEvent) => {
        const unit = e.deltaMode === 1 ? 0.05 : e.deltaMode ? 1 : 0.002;
        const pinch = e.ctrlKey && Math.abs(e.deltaY) < 50 ? 10 : 1;
        return -e.deltaY * unit * pinch;
      })
      .filter((e: Event) => {
        if (e.type === 'wheel') {
          if (wheelShouldZoom(e as WheelEvent, policy)) return true;
          this.#opts.onWheelBlocked?.();
          return false;
        }
        if (e.type === 'touchstart' && policy.requireModifier)
          return (e as TouchEvent).touches.length >= 2;
        const m = e as MouseEvent;
        // Synthetic events without a window (test tools) cannot start a drag.
        return !m.ctrlKey && !m.button && m.view != null;
      })
      .on('zoom', (e: { transform: ZoomTransform; sourceEvent: Event | null }) =>
        this.#opts.onTransform(e.transform, !!e.sourceEvent || this.#byReader),
      );
  }

  /** The attachment: binds d3-zoom to the `<svg>`, and unbinds it on cleanup. */
  attach = (svg: SVGSVGElement) => {
    const sel = select(svg);
    sel.call(this.#zoom);
    svg.style.touchAction = this.#policy.requireModifier ? 'pan-x pan-y' : 'none';
    this.#sel = sel;
    return () => {
      cancelAnimationFrame(this.#frame);
      sel.on('.zoom', null);
      this.#sel = null;
    };
  };

  get requireModifier(): boolean {
    return this.#policy.requireModifier;
  }

  /** The current transform (identity before attaching). */
  get transform(): ZoomTransform {
    const node = this.#sel?.node();
    return node ? ((node as { __zoom?: ZoomTransform }).__zoom ?? zoomIdentity) : zoomIdentity;
  }

  /** The viewport's size in screen px. */
  get viewport(): { w: number; h: number } {
    const node = this.#sel?.node();
    return { w: node?.clientWidth ?? 0, h: node?.clientHeight ?? 0 };
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
    const sel = this.#sel;
    if (!sel) return;
    cancelAnimationFrame(this.#frame);
    const from = this.transform;
    const apply = (to: ZoomTransform) => {
      this.#byReader = byReader;
      this.#zoom.transform(sel, to);
      this.#byReader = false;
    };
    if (!animate || reducedMotion() || typeof requestAnimationFrame !== 'function') {
      apply(t);
      return;
    }
    const start = performance.now();
    const step = (now: number) => {
      const p = Math.min(1, (now - start) / 250);
      const e = 1 - (1 - p) ** 3;
      const k = from.k * (t.k / from.k) ** e;
      const x = from.x + (t.x - from.x) * e;
      const y = from.y + (t.y - from.y) * e;
      apply(zoomIdentity.translate(x, y).scale(k));
      if (p < 1) this.#frame = requestAnimationFrame(step);
    };
    this.#frame = requestAnimationFrame(step);
  }

  /** Zooms by `factor` around the viewport's centre. */
  zoomBy(factor: number, animate = true) {
    const { w, h } = this.viewport;
    const t = this.transform;
    const [lo, hi] = this.#zoom.scaleExtent();
    const k = Math.max(lo, Math.min(hi, t.k * factor));
    const cx = (w / 2 - t.x) / t.k;
    const cy = (h / 2 - t.y) / t.k;
    this.transformTo(zoomIdentity.translate(w / 2 - cx * k, h / 2 - cy * k).scale(k), animate);
  }

  /** Pans by a screen-pixel offset. */
  panBy(dx: number, dy: number) {
    const t = this.transform;
    this.transformTo(zoomIdentity.translate(t.x + dx, t.y + dy).scale(t.k), false);
  }

  /**
   * The transform that shows `box` whole, centred, with `padding` px around it, no larger than
   * `maxScale` (default 1) and no smaller than `minScale`. When `minScale` wins, the box's
   * `anchor` point (chart coordinates, e.g. the root card) is centred instead.
   */
  fitTransform(
    box: Box,
    o: { padding?: number; maxScale?: number; minScale?: number; anchor?: [number, number] } = {},
  ): ZoomTransform {
    const { padding = 16, maxScale = 1, minScale = 0 } = o;
    const { w, h } = this.viewport;
    const fit = Math.min((w - 2 * padding) / box.w, (h - 2 * padding) / box.h, maxScale);
    const k = Math.max(minScale, Number.isFinite(fit) && fit > 0 ? fit : 1);
    const centre = (size: number, start: number, length: number, anchor: number) => {
      if (length * k <= size - 2 * padding) return size / 2 - (start + length / 2) * k;
      // Too big to show whole: centre the anchor, without leaving empty room at either end.
      const lo = size - padding - (start + length) * k;
      const hi = padding - start * k;
      return Math.max(lo, Math.min(hi, size / 2 - anchor * k));
    };
    const [ax, ay] = o.anchor ?? [box.x + box.w / 2, box.y];
    return zoomIdentity
      .translate(centre(w, box.x, box.w, ax), centre(h, box.y, box.h, ay))
      .scale(k);
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
    this.transformTo(zoomIdentity.translate(x, y).scale(k), animate);
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
    else if (e.key === '0' && this.#opts.onFitRequest) this.#opts.onFitRequest();
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
