/**
 * Two-dimensional pan and zoom for an SVG view, as a Svelte attachment:
 *
 *   const pz = new PanZoom({ onTransform: (t) => (transform = t) });
 *   <svg {@attach pz.attach}> … <g transform={transform.toString()}> …
 *
 * Drag (mouse, pen or one finger) pans, two fingers pan and pinch, the wheel zooms about the
 * pointer and a double click zooms in (Shift: out) — what d3-zoom did here, in a fraction of its
 * bytes (it brought d3-transition, -interpolate, -color, -timer, -drag… into the first chunk).
 * The wheel follows the shared policy (`wheel.ts`): when embedded, a plain wheel scrolls the
 * page, `onWheelBlocked` lets the view show a hint, and one-finger touch scrolls too (two
 * fingers pan and pinch). Buttons and keys call `zoomBy`, `fit`, `centerOn` and `handleKey`.
 * Layout never runs on this path: a transform is all that changes while the reader pans.
 */
import { defaultWheelPolicy, wheelShouldZoom, type WheelPolicy } from './wheel';
import {
  followPointer,
  gesturePin,
  listenOn,
  skipAnimation,
  svgPoint,
  swallowNextClick,
  type Held,
} from './pointer';
import { ZoomTransform, zoomIdentity, type Point } from './zoomTransform';

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
/** A press that moves farther than this (px) is a drag, and its click is swallowed. */
const CLICK_DISTANCE = 4;
/** Wheel events closer than this (ms) are one gesture, zooming about one chart point. */
const WHEEL_GESTURE_MS = 150;
const ANIMATION_MS = 250;

export class PanZoom {
  #opts: PanZoomOptions;
  #policy: WheelPolicy;
  #extent: [number, number];
  #svg: SVGSVGElement | null = null;
  /** Kept per element, as d3-zoom did: a new `<svg>` starts at the identity. */
  #transforms = new WeakMap<Element, ZoomTransform>();
  #frame = 0;
  #held = new Map<number, Held>();
  #press: { x: number; y: number; moved: boolean } | null = null;
  #wheel: { p: Point; l: Point; timer?: ReturnType<typeof setTimeout> } | null = null;
  #endGesture: (() => void) | null = null;

  constructor(opts: PanZoomOptions) {
    this.#opts = opts;
    this.#policy = opts.policy ?? defaultWheelPolicy();
    this.#extent = opts.scaleExtent ?? [0.05, 2.5];
  }

  /** The attachment: listens on the `<svg>`, and stops on cleanup. */
  attach = (svg: SVGSVGElement) => {
    const stop = new AbortController();
    const on = listenOn(svg, stop.signal);
    on('wheel', (e) => this.#wheeled(e), false);
    on('pointerdown', (e) => this.#pressed(e));
    on('dblclick', (e) => this.#doubleClicked(e), false);
    svg.style.touchAction = this.#policy.requireModifier ? 'pan-x pan-y' : 'none';
    this.#svg = svg;
    return () => {
      stop.abort();
      this.#endGesture?.();
      cancelAnimationFrame(this.#frame);
      if (this.#wheel) clearTimeout(this.#wheel.timer);
      this.#wheel = null;
      if (this.#svg === svg) this.#svg = null;
    };
  };

  get requireModifier(): boolean {
    return this.#policy.requireModifier;
  }

  /** The current transform (identity before attaching). */
  get transform(): ZoomTransform {
    return (this.#svg && this.#transforms.get(this.#svg)) ?? zoomIdentity;
  }

  /** The viewport's size in screen px. */
  get viewport(): { w: number; h: number } {
    return { w: this.#svg?.clientWidth ?? 0, h: this.#svg?.clientHeight ?? 0 };
  }

  /** The part of the chart (chart coordinates) that the viewport shows. */
  visibleBox(): Box {
    const t = this.transform;
    const { w, h } = this.viewport;
    return { x: -t.x / t.k, y: -t.y / t.k, w: w / t.k, h: h / t.k };
  }

  #set(t: ZoomTransform, byReader: boolean) {
    if (!this.#svg) return;
    this.#transforms.set(this.#svg, t);
    this.#opts.onTransform(t, byReader);
  }

  #clampK(k: number) {
    return Math.max(this.#extent[0], Math.min(this.#extent[1], k));
  }

  /** The transform at scale `k` that puts chart point `l` at viewport point `p`. */
  #pin(k: number, p: Point, l: Point) {
    return new ZoomTransform(k, p[0] - l[0] * k, p[1] - l[1] * k);
  }

  /** Where an event is, in the `<svg>`'s own px (as d3's `pointer`). */
  #point(e: { clientX: number; clientY: number }): Point {
    return svgPoint(this.#svg!, e);
  }

  #wheeled(e: WheelEvent) {
    if (!this.#svg) return;
    if (!wheelShouldZoom(e, this.#policy)) {
      this.#opts.onWheelBlocked?.();
      return; // the page scrolls
    }
    // A mouse wheel's notch (~100 px) is a gentle step; a trackpad pinch (ctrl + small deltas)
    // is sped up, as d3-zoom did, so that pinching feels direct.
    const unit = e.deltaMode === 1 ? 0.05 : e.deltaMode ? 1 : 0.002;
    const pinch = e.ctrlKey && Math.abs(e.deltaY) < 50 ? 10 : 1;
    const t = this.transform;
    const k = this.#clampK(t.k * 2 ** (-e.deltaY * unit * pinch));
    const p = this.#point(e);
    let w = this.#wheel;
    if (w) {
      // One gesture zooms about one chart point, unless the pointer moves meanwhile.
      clearTimeout(w.timer);
      if (w.p[0] !== p[0] || w.p[1] !== p[1]) [w.p, w.l] = [p, t.invert(p)];
    } else if (k === t.k)
      return; // at a limit: leave the wheel to the page
    else {
      cancelAnimationFrame(this.#frame);
      w = this.#wheel = { p, l: t.invert(p) };
    }
    e.preventDefault();
    w.timer = setTimeout(() => (this.#wheel = null), WHEEL_GESTURE_MS);
    this.#set(this.#pin(k, w.p, w.l), true);
  }

  #pressed(e: PointerEvent) {
    if (!this.#svg) return;
    if (e.pointerType === 'mouse' && (e.ctrlKey || e.button !== 0)) return;
    if (e.view == null) return; // synthetic events without a window (test tools)
    cancelAnimationFrame(this.#frame);
    const first = this.#held.size === 0;
    this.#held.set(e.pointerId, { p: this.#point(e), l: [0, 0] });
    this.#rebase();
    if (!first) return;
    this.#press = { x: e.clientX, y: e.clientY, moved: false };
    const win = e.view;
    const stop = followPointer(win, {
      move: (ev) => this.#moved(ev),
      up: (ev) => this.#released(ev, win),
      cancel: (ev) => this.#released(ev, null),
    });
    this.#endGesture = () => {
      stop();
      this.#held.clear();
      this.#press = null;
      this.#endGesture = null;
    };
  }

  /** The pointers in play: the first two (a third finger changes nothing). */
  #active(): Held[] {
    return [...this.#held.values()].slice(0, 2);
  }

  /** Each held pointer holds the chart point under it now (on press and release). */
  #rebase() {
    const t = this.transform;
    for (const h of this.#held.values()) h.l = t.invert(h.p);
  }

  #moved(e: PointerEvent) {
    const h = this.#held.get(e.pointerId);
    const press = this.#press;
    if (!h || !press) return;
    h.p = this.#point(e);
    if (!press.moved) {
      const dx = e.clientX - press.x;
      const dy = e.clientY - press.y;
      press.moved = dx * dx + dy * dy > CLICK_DISTANCE * CLICK_DISTANCE;
    }
    const touch = e.pointerType === 'touch';
    // Embedded, one finger scrolls the host page; two pan and pinch.
    if (touch && this.#policy.requireModifier && this.#held.size < 2) return;
    e.preventDefault();
    const [a, b] = this.#active();
    if (!a) return;
    const g = gesturePin(a, b, this.transform.k, (k) => this.#clampK(k));
    this.#set(this.#pin(g.k, g.p, g.l), true);
  }

  #released(e: PointerEvent, win: Window | null) {
    if (!this.#held.delete(e.pointerId)) return;
    if (this.#held.size) {
      this.#rebase(); // the remaining finger pans on from where it is
      return;
    }
    const moved = this.#press?.moved ?? false;
    this.#endGesture?.();
    // A drag is not a click on what it started on (a card, say).
    if (moved && win) swallowNextClick(win);
  }

  #doubleClicked(e: MouseEvent) {
    if (!this.#svg || e.ctrlKey || e.button !== 0 || e.view == null) return;
    e.preventDefault();
    const t = this.transform;
    const p = this.#point(e);
    const k = this.#clampK(t.k * (e.shiftKey ? 0.5 : 2));
    this.transformTo(this.#pin(k, p, t.invert(p)));
  }

  /**
   * Moves to `t`, animated unless `animate` is false or the reader prefers reduced motion.
   * `byReader` (default true) marks the move as the reader's; a fit on load passes false.
   */
  transformTo(t: ZoomTransform, animate = true, byReader = true) {
    if (!this.#svg) return;
    cancelAnimationFrame(this.#frame);
    const from = this.transform;
    if (!animate || skipAnimation()) {
      this.#set(t, byReader);
      return;
    }
    const start = performance.now();
    const step = (now: number) => {
      const p = Math.min(1, (now - start) / ANIMATION_MS);
      const e = 1 - (1 - p) ** 3;
      const k = from.k * (t.k / from.k) ** e;
      const x = from.x + (t.x - from.x) * e;
      const y = from.y + (t.y - from.y) * e;
      this.#set(p < 1 ? new ZoomTransform(k, x, y) : t, byReader);
      if (p < 1) this.#frame = requestAnimationFrame(step);
    };
    this.#frame = requestAnimationFrame(step);
  }

  /** Zooms by `factor` around the viewport's centre. */
  zoomBy(factor: number, animate = true) {
    const { w, h } = this.viewport;
    const t = this.transform;
    const k = this.#clampK(t.k * factor);
    const c: Point = [w / 2, h / 2];
    this.transformTo(this.#pin(k, c, t.invert(c)), animate);
  }

  /** Pans by a screen-pixel offset. */
  panBy(dx: number, dy: number) {
    const t = this.transform;
    this.transformTo(new ZoomTransform(t.k, t.x + dx, t.y + dy), false);
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
    return new ZoomTransform(k, centre(w, box.x, box.w, ax), centre(h, box.y, box.h, ay));
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
