/**
 * Pan and zoom along a time axis, as a Svelte attachment: `{@attach zoom.attach}`.
 *
 * x only (`{ k, x }`), wheel / trackpad / drag / pinch / double-click, with limits given by the
 * caller (e.g. one hour to everything) and the view kept over the domain while the reader moves
 * it. Under the embed wheel policy a plain wheel is left to the page and `onBlockedWheel` lets
 * the view show its "Ctrl + scroll" hint; a sideways trackpad swipe pans. Buttons and keys drive
 * the same behaviour through `zoomBy`, `panBy` and `to`, animated unless the reader prefers
 * reduced motion. What d3-zoom did here, without d3-selection, -transition, -interpolate…
 */
import type { Transform } from '../layout/timelinePlace';
import {
  followPointer,
  gesturePin,
  listenOn,
  skipAnimation,
  svgPoint,
  swallowNextClick,
  wheelExponent,
  type Held,
  type Point,
} from './pointer';
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
/** Wheel events closer than this (ms) are one gesture, zooming about one point of the chart. */
const WHEEL_GESTURE_MS = 150;
/** A press that moves farther than this (px) is a drag, and its click is swallowed. */
const CLICK_DISTANCE = 4;
const IDENTITY: Transform = { k: 1, x: 0 };

/**
 * The chart point under screen point `p`. Two-dimensional (y unscaled by the pan, scaled by k)
 * so that a pinch measures the fingers' distance in the plane, as d3-zoom did.
 */
const invert = (t: Transform, p: Point): Point => [(p[0] - t.x) / t.k, p[1] / t.k];
/** The transform at scale `k` that puts chart point `l` under screen point `p`. */
const pin = (k: number, p: Point, l: Point): Transform => ({ k, x: p[0] - l[0] * k });

export class TimeZoom {
  #opts: TimeZoomOptions;
  #svg: SVGSVGElement | null = null;
  /** Kept per element, as d3-zoom did: a new `<svg>` starts at the identity. */
  #transforms = new WeakMap<Element, Transform>();
  #frame = 0;
  #animating = false;
  /** A transform asked for before the element was attached. */
  #pending: Transform | null = null;
  #held = new Map<number, Held>();
  #drag: { x: number; y: number; moved: boolean; stop: () => void } | null = null;
  #wheel: { p: Point; l: Point; timer?: ReturnType<typeof setTimeout> } | null = null;
  /** The reader's gesture under way has moved the view: its end is reported. */
  #changed = false;

  constructor(opts: TimeZoomOptions) {
    this.#opts = opts;
  }

  /** New size or limits; the caller then sets the transform that keeps its visible range. */
  configure(opts: Partial<TimeZoomOptions>) {
    this.#opts = { ...this.#opts, ...opts };
  }

  attach = (svg: SVGSVGElement) => {
    const stop = new AbortController();
    const on = listenOn(svg, stop.signal);
    on('wheel', (e) => this.#wheeled(e), false);
    on('pointerdown', (e) => this.#pressed(e));
    on('dblclick', (e) => this.#doubleClicked(e), false);
    svg.style.setProperty('-webkit-tap-highlight-color', 'rgba(0,0,0,0)');
    this.#svg = svg;
    if (this.#pending) this.place(this.#pending);
    this.#pending = null;
    return () => {
      stop.abort();
      this.#drag?.stop();
      this.#stopAnimation();
      if (this.#wheel) clearTimeout(this.#wheel.timer);
      this.#wheel = null;
      if (this.#svg === svg) this.#svg = null;
    };
  };

  get transform(): Transform {
    const t = (this.#svg && this.#transforms.get(this.#svg)) ?? IDENTITY;
    return { k: t.k, x: t.x };
  }

  /**
   * Sets the transform and reports it through `onZoom`. A change that is not the gesture's own
   * (a placement, an animation) moves the points the gesture holds along with it.
   */
  #set(t: Transform, byGesture = false) {
    if (!this.#svg) return;
    this.#transforms.set(this.#svg, t);
    if (byGesture) this.#changed = true;
    else {
      for (const h of this.#held.values()) h.l = invert(t, h.p);
      if (this.#wheel) this.#wheel.l = invert(t, this.#wheel.p);
    }
    this.#opts.onZoom(this.transform);
  }

  #clampK(k: number) {
    const [lo, hi] = this.#opts.scaleExtent;
    return Math.min(hi, Math.max(lo, k));
  }

  /** Keeps k within the limits, around the same centre. */
  #clamp(t: Transform): Transform {
    const k = this.#clampK(t.k);
    if (k === t.k) return t;
    const c = (this.#opts.width / 2 - t.x) / t.k;
    return { k, x: this.#opts.width / 2 - c * k };
  }

  /**
   * Keeps the domain over the view during a gesture (d3-zoom's default constraint, on x): no
   * empty room at an edge, and when zoomed out past the whole domain, centred.
   */
  #constrain(t: Transform): Transform {
    const w = this.#opts.width;
    const dx0 = -t.x / t.k;
    const dx1 = (w - t.x) / t.k - w;
    const dx = dx1 > dx0 ? (dx0 + dx1) / 2 : Math.min(0, dx0) || Math.max(0, dx1);
    return dx ? { k: t.k, x: t.x + dx * t.k } : t;
  }

  #stopAnimation() {
    cancelAnimationFrame(this.#frame);
    if (this.#animating) this.#changed = true; // the gesture that cut it short reports its end
    this.#animating = false;
  }

  /** A gesture is over: reports the view once, when it moved and no other gesture goes on. */
  #ended() {
    if (!this.#changed || this.#wheel || this.#held.size) return;
    this.#changed = false;
    this.#opts.onEnd?.(this.transform);
  }

  #wheeled(e: WheelEvent) {
    if (!this.#svg) return;
    if (Math.abs(e.deltaX) > Math.abs(e.deltaY) && !e.ctrlKey) return this.#swiped(e);
    if (!wheelShouldZoom(e, this.#opts.policy)) {
      this.#opts.onBlockedWheel?.();
      return; // the page scrolls
    }
    const t = this.transform;
    const k = this.#clampK(t.k * 2 ** wheelExponent(e));
    const p = svgPoint(this.#svg, e);
    let w = this.#wheel;
    if (w) {
      // One gesture zooms about one chart point, unless the pointer moves meanwhile.
      clearTimeout(w.timer);
      if (w.p[0] !== p[0] || w.p[1] !== p[1]) [w.p, w.l] = [p, invert(t, p)];
    } else if (k === t.k)
      return; // at a limit: leave the wheel to the page
    else {
      this.#stopAnimation();
      w = this.#wheel = { p, l: invert(t, p) };
    }
    e.preventDefault();
    w.timer = setTimeout(() => {
      this.#wheel = null;
      this.#ended();
    }, WHEEL_GESTURE_MS);
    this.#set(this.#constrain(pin(k, w.p, w.l)), true);
  }

  /** A sideways trackpad swipe pans by its own distance (with ⌘ when embedded). */
  #swiped(e: WheelEvent) {
    if (this.#opts.policy.requireModifier && !e.metaKey) return;
    e.preventDefault();
    this.#stopAnimation();
    const t = this.transform;
    this.#set(this.#constrain({ k: t.k, x: t.x - e.deltaX }), true);
    this.#ended();
  }

  #pressed(e: PointerEvent) {
    const svg = this.#svg;
    // Synthetic events without a window (test tools) cannot start a drag.
    if (!svg || e.ctrlKey || e.button !== 0 || e.view == null) return;
    this.#stopAnimation();
    const p = svgPoint(svg, e);
    this.#held.set(e.pointerId, { p, l: [0, 0] });
    this.#rebase();
    if (this.#drag) return; // a second finger joins the gesture
    const win = e.view;
    const stop = followPointer(win, {
      move: (ev) => this.#moved(ev),
      up: (ev) => this.#released(ev, win),
      cancel: (ev) => this.#released(ev, null),
    });
    this.#drag = {
      x: e.clientX,
      y: e.clientY,
      moved: false,
      stop: () => {
        stop();
        this.#held.clear();
        this.#drag = null;
      },
    };
  }

  /** Each held pointer holds the chart point under it now (on press and release). */
  #rebase() {
    const t = this.transform;
    for (const h of this.#held.values()) h.l = invert(t, h.p);
  }

  #moved(e: PointerEvent) {
    const h = this.#held.get(e.pointerId);
    const drag = this.#drag;
    if (!h || !drag || !this.#svg) return;
    e.preventDefault();
    h.p = svgPoint(this.#svg, e);
    if (!drag.moved) {
      const dx = e.clientX - drag.x;
      const dy = e.clientY - drag.y;
      drag.moved = dx * dx + dy * dy > CLICK_DISTANCE * CLICK_DISTANCE;
    }
    // The first two pointers count (a third finger changes nothing).
    const [a, b] = [...this.#held.values()];
    if (!a) return;
    const g = gesturePin(a, b, this.transform.k, (k) => this.#clampK(k));
    this.#set(this.#constrain(pin(g.k, g.p, g.l)), true);
  }

  #released(e: PointerEvent, win: Window | null) {
    if (!this.#held.delete(e.pointerId)) return;
    if (this.#held.size) {
      this.#rebase(); // the remaining finger pans on from where it is
      return;
    }
    const moved = this.#drag?.moved ?? false;
    this.#drag?.stop();
    if (moved && win) swallowNextClick(win);
    this.#ended();
  }

  #doubleClicked(e: MouseEvent) {
    if (!this.#svg || e.ctrlKey || e.button !== 0 || e.view == null) return;
    e.preventDefault();
    const t = this.transform;
    const p = svgPoint(this.#svg, e);
    const k = this.#clampK(t.k * (e.shiftKey ? 0.5 : 2));
    this.to(this.#constrain(pin(k, p, invert(t, p))));
  }

  /** Zooms by `factor` around screen x `cx` (default: the middle). */
  zoomBy(factor: number, cx = this.#opts.width / 2) {
    const t = this.transform;
    const k = this.#clampK(t.k * factor);
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
    if (!this.#svg) {
      this.#pending = wanted;
      return;
    }
    cancelAnimationFrame(this.#frame);
    this.#animating = false;
    this.#set(this.#clamp(wanted));
  }

  /** Goes to a transform, animated unless `animate` is false or motion is reduced. */
  to(wanted: Transform, animate = true) {
    if (!this.#svg) {
      this.#pending = wanted;
      return;
    }
    cancelAnimationFrame(this.#frame);
    this.#animating = false;
    const target = this.#clamp(wanted);
    if (!animate || skipAnimation()) {
      this.#set(target);
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
      this.#set(p < 1 ? { k, x: -k * a } : target);
      if (p < 1) this.#frame = requestAnimationFrame(step);
      else {
        this.#animating = false;
        this.#opts.onEnd?.(this.transform);
      }
    };
    this.#frame = requestAnimationFrame(step);
  }
}
