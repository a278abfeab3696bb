/**
 * The one pan/zoom engine, as d3-zoom is one: a transform per `<svg>`, limits on its scale, a
 * `constrain` hook, and the wheel policy as the filter for which wheels count. The org chart
 * (`panZoom.ts`) and the timeline (`timeZoom.ts`) are thin adapters that differ only in their
 * axes, their constraint and what they do with the transform.
 *
 *   const g = new Gesture({ axes: 'xy', scaleExtent, policy, onChange });
 *   <svg {@attach g.attach}> …
 *
 * Drag pans, two fingers pan and pinch, the wheel zooms about the pointer, a double click zooms
 * in (Shift: out), a drag swallows its click; `moveTo` (buttons, keys) animates unless motion is
 * reduced. Embedded, a plain wheel is left to the page (`onWheelBlocked`: show the hint), and so
 * is one finger on a plane. `axes: 'x'` is a time axis: y stays 0, a sideways swipe pans, and
 * vertical finger moves scroll the page. Layout never runs on this path.
 */
import {
  followPointer,
  gesturePin,
  listenOn,
  skipAnimation,
  svgPoint,
  swallowNextClick,
  type Held,
  type Point,
} from './pointer';
import { wheelExponent, wheelPixels, wheelShouldZoom, type WheelPolicy } from './wheel';
import { animateZoom, ZoomTransform, zoomIdentity } from './zoomTransform';

export interface GestureOptions {
  /** `xy`: a plane (the org chart); `x`: one axis (the timeline), y stays 0. */
  axes: 'x' | 'xy';
  /** Smallest and largest scale. */
  scaleExtent: [number, number];
  policy: WheelPolicy;
  /** Every transform a gesture asks for passes through this (d3-zoom's `constrain`). */
  constrain?: (t: ZoomTransform) => ZoomTransform;
  /**
   * Every change of transform, many per second (keep it cheap). `byReader`: a gesture, or a
   * `moveTo` that is the reader's (a button or key), not the placing of the view.
   */
  onChange: (t: ZoomTransform, byReader: boolean) => void;
  /** The reader's move is over: a gesture once its last pointer and wheel are done, or a move. */
  onEnd?: (t: ZoomTransform) => void;
  /** A plain wheel was left to the page under the policy: show the ctrl/⌘ hint. */
  onWheelBlocked?: () => void;
}

/** Wheel events closer than this (ms) are one gesture, zooming about one chart point. */
const WHEEL_GESTURE_MS = 150;
/** A press that moves farther than this (px) is a drag, and its click is swallowed. */
const CLICK_DISTANCE = 4;

/** One axis leaves vertical finger moves to the page; embedded, a plane leaves it one finger. */
const touchAction = ({ axes, policy }: GestureOptions) =>
  axes === 'x' ? 'pan-y' : policy.requireModifier ? 'pan-x pan-y' : 'none';

export class Gesture {
  #o: GestureOptions;
  #svg: SVGSVGElement | null = null;
  /** Kept per element, as d3-zoom did: a new `<svg>` starts at the identity. */
  #transforms = new WeakMap<Element, ZoomTransform>();
  /** A transform asked for before the element was attached. */
  #pending: ZoomTransform | null = null;
  /** Stops the running animation, if any. */
  #stopFrames: (() => void) | null = null;
  #held = new Map<number, Held>();
  #press: { x: number; y: number; moved: boolean; stop: () => void } | null = null;
  #wheel: { p: Point; l: Point; timer?: ReturnType<typeof setTimeout> } | null = null;
  /** The reader's gesture under way has moved the view: its end is reported. */
  #changed = false;

  constructor(opts: GestureOptions) {
    this.#o = opts;
  }

  /** New limits, policy or constraint; the transform stays until the caller moves it. */
  configure(opts: Partial<GestureOptions>) {
    this.#o = { ...this.#o, ...opts };
  }

  /** The attachment: listens on the `<svg>`, and stops on cleanup. */
  attach = (svg: SVGSVGElement) => {
    const stop = new AbortController();
    const on = listenOn(svg, stop.signal);
    on('wheel', (e) => this.#wheeled(e), false);
    on('pointerdown', (e) => this.#pressed(e));
    on('dblclick', (e) => this.#doubleClicked(e), false);
    svg.style.touchAction = touchAction(this.#o);
    svg.style.setProperty('-webkit-tap-highlight-color', 'rgba(0,0,0,0)');
    this.#svg = svg;
    if (this.#pending) this.moveTo(this.#pending, false, false);
    this.#pending = null;
    return () => {
      stop.abort();
      this.#endPress();
      this.#stopAnimation();
      if (this.#wheel) clearTimeout(this.#wheel.timer);
      this.#wheel = null;
      if (this.#svg === svg) this.#svg = null;
    };
  };

  /** The current transform (identity before attaching). */
  get transform(): ZoomTransform {
    return (this.#svg && this.#transforms.get(this.#svg)) ?? zoomIdentity;
  }

  /** The viewport's size in screen px. */
  get viewport(): { w: number; h: number } {
    return { w: this.#svg?.clientWidth ?? 0, h: this.#svg?.clientHeight ?? 0 };
  }

  clampK(k: number): number {
    const [lo, hi] = this.#o.scaleExtent;
    return Math.max(lo, Math.min(hi, k));
  }

  /** The transform at scale `k` that puts chart point `l` at viewport point `p`. */
  pin(k: number, p: Point, l: Point): ZoomTransform {
    return new ZoomTransform(k, p[0] - l[0] * k, this.#o.axes === 'x' ? 0 : p[1] - l[1] * k);
  }

  #constrain = (t: ZoomTransform) => this.#o.constrain?.(t) ?? t;

  /**
   * Sets the transform and reports it. A change that is not the gesture's own (a placement, an
   * animation) moves the points the gesture holds along with it.
   */
  #set(t: ZoomTransform, byGesture: boolean, byReader = byGesture) {
    if (!this.#svg) return;
    if (this.#o.axes === 'x' && t.y !== 0) t = new ZoomTransform(t.k, t.x, 0);
    this.#transforms.set(this.#svg, t);
    if (byGesture) this.#changed = true;
    else {
      for (const h of this.#held.values()) h.l = t.invert(h.p);
      if (this.#wheel) this.#wheel.l = t.invert(this.#wheel.p);
    }
    this.#o.onChange(t, byReader);
  }

  #stopAnimation() {
    if (this.#stopFrames) this.#changed = true; // the gesture that cut it short reports its end
    this.#stopFrames?.();
    this.#stopFrames = null;
  }

  /** A gesture is over: reports the view once, when it moved and no other gesture goes on. */
  #ended() {
    if (!this.#changed || this.#wheel || this.#held.size) return;
    this.#changed = false;
    this.#o.onEnd?.(this.transform);
  }

  #wheeled(e: WheelEvent) {
    const svg = this.#svg;
    if (!svg) return;
    if (this.#o.axes === 'x' && Math.abs(e.deltaX) > Math.abs(e.deltaY) && !e.ctrlKey)
      return this.#swiped(e);
    if (!wheelShouldZoom(e, this.#o.policy)) {
      this.#o.onWheelBlocked?.();
      return; // the page scrolls
    }
    const t = this.transform;
    const k = this.clampK(t.k * 2 ** wheelExponent(e));
    const p = svgPoint(svg, e);
    let w = this.#wheel;
    if (w) {
      // One gesture zooms about one chart point, unless the pointer moves meanwhile.
      clearTimeout(w.timer);
      if (w.p[0] !== p[0] || w.p[1] !== p[1]) [w.p, w.l] = [p, t.invert(p)];
    } else if (k === t.k)
      return; // at a limit: leave the wheel to the page
    else {
      this.#stopAnimation();
      w = this.#wheel = { p, l: t.invert(p) };
    }
    e.preventDefault();
    w.timer = setTimeout(() => {
      this.#wheel = null;
      this.#ended();
    }, WHEEL_GESTURE_MS);
    this.#set(this.#constrain(this.pin(k, w.p, w.l)), true);
  }

  /** On one axis, a sideways trackpad swipe pans by its own distance (with ⌘ when embedded). */
  #swiped(e: WheelEvent) {
    if (this.#o.policy.requireModifier && !e.metaKey) return;
    e.preventDefault();
    this.#stopAnimation();
    const t = this.transform;
    const dx = wheelPixels(e.deltaX, e.deltaMode);
    this.#set(this.#constrain(new ZoomTransform(t.k, t.x - dx, 0)), true);
    this.#ended();
  }

  #pressed(e: PointerEvent) {
    const svg = this.#svg;
    // Not another button or ctrl + click (d3-zoom's filter); synthetic events without a window
    // (test tools) cannot start a drag.
    if (!svg || e.ctrlKey || e.button !== 0 || e.view == null) return;
    this.#stopAnimation();
    this.#held.set(e.pointerId, { p: svgPoint(svg, e), l: [0, 0] });
    this.#rebase();
    if (this.#press) return; // a second finger joins the gesture
    const win = e.view;
    const stop = followPointer(win, {
      move: (ev) => this.#moved(ev),
      up: (ev) => this.#released(ev, win),
      cancel: (ev) => this.#released(ev, null),
    });
    this.#press = { x: e.clientX, y: e.clientY, moved: false, stop };
  }

  /** The press is over: stop following it. */
  #endPress() {
    this.#press?.stop();
    this.#held.clear();
    this.#press = null;
  }

  /** Each held pointer holds the chart point under it now (on press and release). */
  #rebase() {
    const t = this.transform;
    for (const h of this.#held.values()) h.l = t.invert(h.p);
  }

  #moved(e: PointerEvent) {
    const h = this.#held.get(e.pointerId);
    const press = this.#press;
    if (!h || !press || !this.#svg) return;
    h.p = svgPoint(this.#svg, e);
    press.moved ||= Math.hypot(e.clientX - press.x, e.clientY - press.y) > CLICK_DISTANCE;
    // Embedded, one finger on a plane scrolls the host page; two pan and pinch.
    const { axes, policy } = this.#o;
    if (e.pointerType === 'touch' && axes === 'xy' && policy.requireModifier && this.#held.size < 2)
      return;
    e.preventDefault();
    // The first two pointers count (a third finger changes nothing).
    const [a, b] = [...this.#held.values()];
    if (!a) return;
    const g = gesturePin(a, b, this.transform.k, (k) => this.clampK(k));
    this.#set(this.#constrain(this.pin(g.k, g.p, g.l)), true);
  }

  #released(e: PointerEvent, win: Window | null) {
    if (!this.#held.delete(e.pointerId)) return;
    if (this.#held.size) {
      this.#rebase(); // the remaining finger pans on from where it is
      return;
    }
    const moved = this.#press?.moved ?? false;
    this.#endPress();
    // A drag is not a click on what it started on (a card, a mark).
    if (moved && win) swallowNextClick(win);
    this.#ended();
  }

  #doubleClicked(e: MouseEvent) {
    if (!this.#svg || e.ctrlKey || e.button !== 0 || e.view == null) return;
    e.preventDefault();
    const t = this.transform;
    const p = svgPoint(this.#svg, e);
    const k = this.clampK(t.k * (e.shiftKey ? 0.5 : 2));
    this.moveTo(this.#constrain(this.pin(k, p, t.invert(p))));
  }

  /**
   * Moves to `t`, animated unless `animate` is false or the reader prefers reduced motion.
   * `byReader` (default true) marks the move as the reader's and reports its end through
   * `onEnd`; placing the view (first show, a resize, a fit on load) passes false. Before the
   * element is attached, the last transform asked for is kept and placed on attaching.
   */
  moveTo(t: ZoomTransform, animate = true, byReader = true) {
    if (!this.#svg) {
      this.#pending = t;
      return;
    }
    this.#stopFrames?.();
    this.#stopFrames = null;
    const done = () => {
      this.#stopFrames = null;
      if (byReader) this.#o.onEnd?.(this.transform);
    };
    const frame = (now: ZoomTransform) => this.#set(now, false, byReader);
    if (animate && !skipAnimation()) this.#stopFrames = animateZoom(this.transform, t, frame, done);
    else {
      frame(t);
      done();
    }
  }
}
