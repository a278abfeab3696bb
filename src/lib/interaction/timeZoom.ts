/**
 * d3-zoom for a time axis, as a Svelte attachment: `{@attach zoom.attach}`.
 *
 * x only (y is pinned to 0), wheel / trackpad / drag / pinch / double-click, with limits given
 * by the caller (e.g. one hour to everything). Under the embed wheel policy a plain wheel is left
 * to the page and `onBlockedWheel` lets the view show its "Ctrl + scroll" hint; a sideways
 * trackpad swipe pans. Buttons and keys drive the same behaviour through `zoomBy`, `panBy` and
 * `to`, animated unless the reader prefers reduced motion.
 */
import { select, type Selection } from 'd3-selection';
import { zoom, zoomIdentity, zoomTransform, type D3ZoomEvent, type ZoomTransform } from 'd3-zoom';
import type { Transform } from '../layout/timelinePlace';
import { wheelShouldZoom, type WheelPolicy } from './wheel';

export interface TimeZoomOptions {
  width: number;
  height: number;
  /** Zoom factor limits [min, max]; 1 shows the whole domain. */
  scaleExtent: [number, number];
  policy: WheelPolicy;
  /** Every change of transform, many per second while zooming: keep it cheap. */
  onZoom: (t: Transform) => void;
  /** A gesture, button press or key press has finished. */
  onEnd?: (t: Transform) => void;
  /** A plain wheel was left to the page (embedded): show the ctrl/⌘ hint. */
  onBlockedWheel?: () => void;
}

const ANIMATION_MS = 250;
const reducedMotion = () =>
  typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;

export class TimeZoom {
  #opts: TimeZoomOptions;
  #behavior = zoom<SVGSVGElement, unknown>();
  #sel: Selection<SVGSVGElement, unknown, null, undefined> | null = null;
  #frame = 0;
  #animating = false;
  /** A transform asked for before the element was attached. */
  #pending: Transform | null = null;
  /** Placing the view for the caller (first placement, resize): not reported as an end. */
  #silent = false;

  constructor(opts: TimeZoomOptions) {
    this.#opts = opts;
    this.#behavior
      .filter((e: Event) => this.#filter(e))
      .constrain((t, extent, translateExtent) => {
        // d3's default constraint on x; y is always 0.
        const dx0 = t.invertX(extent[0][0]) - translateExtent[0][0];
        const dx1 = t.invertX(extent[1][0]) - translateExtent[1][0];
        const dx = dx1 > dx0 ? (dx0 + dx1) / 2 : Math.min(0, dx0) || Math.max(0, dx1);
        return zoomIdentity.translate(t.x + dx * t.k, 0).scale(t.k);
      })
      .on('zoom', (e: D3ZoomEvent<SVGSVGElement, unknown>) => this.#opts.onZoom(plain(e.transform)))
      .on('end', (e: D3ZoomEvent<SVGSVGElement, unknown>) => {
        if (!this.#animating && !this.#silent) this.#opts.onEnd?.(plain(e.transform));
      });
    this.#configure();
  }

  #filter(e: Event): boolean {
    if (e.type === 'wheel') {
      const w = e as WheelEvent;
      if (Math.abs(w.deltaX) > Math.abs(w.deltaY) && !w.ctrlKey) return false; // sideways: pan
      if (!wheelShouldZoom(w, this.#opts.policy)) {
        this.#opts.onBlockedWheel?.();
        return false;
      }
      return true;
    }
    const m = e as MouseEvent;
    // Synthetic events without a window (test tools) cannot start a drag.
    return !m.ctrlKey && !m.button && m.view != null;
  }

  #configure() {
    const { width: w, height: h, scaleExtent } = this.#opts;
    this.#behavior
      .scaleExtent(scaleExtent)
      .extent([
        [0, 0],
        [w, h],
      ])
      .translateExtent([
        [0, 0],
        [w, h],
      ]);
  }

  /** New size or limits; the caller then sets the transform that keeps its visible range. */
  configure(opts: Partial<TimeZoomOptions>) {
    this.#opts = { ...this.#opts, ...opts };
    this.#configure();
  }

  attach = (node: SVGSVGElement) => {
    const sel = select(node);
    this.#sel = sel;
    sel.call(this.#behavior);
    const onWheel = (e: WheelEvent) => {
      if (Math.abs(e.deltaX) <= Math.abs(e.deltaY) || e.ctrlKey) return;
      if (this.#opts.policy.requireModifier && !e.metaKey) return;
      e.preventDefault();
      this.#behavior.translateBy(sel, -e.deltaX, 0);
      this.#opts.onEnd?.(this.transform);
    };
    node.addEventListener('wheel', onWheel, { passive: false });
    if (this.#pending) this.place(this.#pending);
    this.#pending = null;
    return () => {
      cancelAnimationFrame(this.#frame);
      node.removeEventListener('wheel', onWheel);
      sel.on('.zoom', null);
      this.#sel = null;
    };
  };

  get transform(): Transform {
    const node = this.#sel?.node();
    if (!node) return { k: 1, x: 0 };
    return plain(zoomTransform(node));
  }

  /** Keeps k within the limits, around the same centre. */
  #clamp(t: Transform): Transform {
    const [lo, hi] = this.#opts.scaleExtent;
    const k = Math.min(hi, Math.max(lo, t.k));
    if (k === t.k) return t;
    const c = (this.#opts.width / 2 - t.x) / t.k;
    return { k, x: this.#opts.width / 2 - c * k };
  }

  /** Zooms by `factor` around screen x `cx` (default: the middle). */
  zoomBy(factor: number, cx = this.#opts.width / 2) {
    const t = this.transform;
    const [lo, hi] = this.#opts.scaleExtent;
    const k = Math.min(hi, Math.max(lo, t.k * factor));
    this.to({ k, x: cx - ((cx - t.x) * k) / t.k });
  }

  /** Pans by `px` screen pixels (positive moves the content right). */
  panBy(px: number) {
    const t = this.transform;
    this.to({ k: t.k, x: t.x + px });
  }

  /**
   * Sets the transform without reporting it through `onEnd`: for placing the view on first
   * show or after a resize, which is not the reader's move. (`onZoom` still sees it.)
   */
  place(wanted: Transform) {
    if (!this.#sel) {
      this.#pending = wanted;
      return;
    }
    cancelAnimationFrame(this.#frame);
    this.#animating = false;
    this.#silent = true;
    try {
      this.#behavior.transform(this.#sel, toD3(this.#clamp(wanted)));
    } finally {
      this.#silent = false;
    }
  }

  /** Goes to a transform, animated unless `animate` is false or motion is reduced. */
  to(wanted: Transform, animate = true) {
    const sel = this.#sel;
    if (!sel) {
      this.#pending = wanted;
      return;
    }
    cancelAnimationFrame(this.#frame);
    const target = this.#clamp(wanted);
    const apply = (t: Transform) => this.#behavior.transform(sel, toD3(t));
    if (!animate || reducedMotion()) {
      this.#animating = false;
      apply(target);
      this.#opts.onEnd?.(this.transform);
      return;
    }
    // Interpolate the visible window's edges (in base px), eased: reads as one smooth move.
    const from = this.transform;
    const w = this.#opts.width;
    const edges = (t: Transform) => [-t.x / t.k, (w - t.x) / t.k] as const;
    const [a0, b0] = edges(from);
    const [a1, b1] = edges(target);
    const t0 = performance.now();
    this.#animating = true;
    const step = (now: number) => {
      const p = Math.min(1, (now - t0) / ANIMATION_MS);
      const e = p < 0.5 ? 2 * p * p : 1 - (-2 * p + 2) ** 2 / 2;
      const a = a0 + (a1 - a0) * e;
      const b = b0 + (b1 - b0) * e;
      const k = w / (b - a);
      apply({ k, x: -k * a });
      if (p < 1) this.#frame = requestAnimationFrame(step);
      else {
        this.#animating = false;
        this.#opts.onEnd?.(this.transform);
      }
    };
    this.#frame = requestAnimationFrame(step);
  }
}

const plain = (t: ZoomTransform): Transform => ({ k: t.k, x: t.x });
const toD3 = (t: Transform): ZoomTransform => zoomIdentity.translate(t.x, 0).scale(t.k);
