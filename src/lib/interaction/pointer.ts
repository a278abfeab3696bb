/**
 * Small pieces of the gesture engine (`gesture.ts`): where an event is in an `<svg>`'s own px,
 * following a press on the window, the click a drag must swallow, whether to animate at all, and
 * what one or two held pointers ask for.
 */
export type Point = [number, number];

/** Where an event is, in the `<svg>`'s own px (as d3's `pointer`): through its screen CTM. */
export function svgPoint(svg: SVGSVGElement, e: { clientX: number; clientY: number }): Point {
  const ctm = typeof svg.getScreenCTM === 'function' ? svg.getScreenCTM() : null;
  if (ctm) {
    const i = ctm.inverse();
    return [i.a * e.clientX + i.c * e.clientY + i.e, i.b * e.clientX + i.d * e.clientY + i.f];
  }
  const r = svg.getBoundingClientRect();
  return [e.clientX - r.left, e.clientY - r.top];
}

/** A drag is not a click on what it started on: swallows the click that follows the release. */
export function swallowNextClick(win: Window) {
  const swallow = (ev: Event) => {
    ev.stopImmediatePropagation();
    ev.preventDefault();
  };
  win.addEventListener('click', swallow, { capture: true, once: true });
  setTimeout(() => win.removeEventListener('click', swallow, { capture: true }), 0);
}

/** True when the reader asks for reduced motion, or when nothing can animate (no rAF). */
export function skipAnimation(): boolean {
  if (typeof requestAnimationFrame !== 'function') return true;
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/**
 * The rest of a gesture that began with a press on the chart: pointer moves, release and cancel
 * are followed on the whole window (capture), with no text selection or native drag of an image
 * or link meanwhile. Returns the function that stops following.
 */
export function followPointer(
  win: Window,
  on: {
    move: (e: PointerEvent) => void;
    up: (e: PointerEvent) => void;
    cancel: (e: PointerEvent) => void;
  },
): () => void {
  const stop = new AbortController();
  const opts = { signal: stop.signal, capture: true };
  const noDefault = (ev: Event) => ev.preventDefault();
  win.addEventListener('pointermove', on.move, opts);
  win.addEventListener('pointerup', on.up, opts);
  win.addEventListener('pointercancel', on.cancel, opts);
  win.addEventListener('selectstart', noDefault, opts);
  win.addEventListener('dragstart', noDefault, opts);
  return () => stop.abort();
}

/** Adds listeners to `el` until `signal` aborts (passive unless told otherwise). */
export function listenOn(el: SVGSVGElement, signal: AbortSignal) {
  return <K extends keyof SVGElementEventMap>(
    type: K,
    fn: (e: SVGElementEventMap[K]) => void,
    passive = true,
  ) => el.addEventListener(type, fn, { signal, passive });
}

/** A pointer held down: where it is now (viewport px) and the chart point it holds. */
export interface Held {
  p: Point;
  l: Point;
}

/**
 * What a gesture of one or two held pointers asks for: the scale `k` and a viewport point `p`
 * that must show chart point `l`. Two fingers: the scale that keeps their chart points under
 * them (clamped), about their midpoint; one finger: the current scale, under that finger.
 */
export function gesturePin(
  a: Held,
  b: Held | undefined,
  k: number,
  clampK: (k: number) => number,
): { k: number; p: Point; l: Point } {
  if (!b) return { k, p: a.p, l: a.l };
  const dp = Math.hypot(b.p[0] - a.p[0], b.p[1] - a.p[1]);
  const dl = Math.hypot(b.l[0] - a.l[0], b.l[1] - a.l[1]);
  const mid = (u: Point, v: Point): Point => [(u[0] + v[0]) / 2, (u[1] + v[1]) / 2];
  return { k: dl > 0 ? clampK(dp / dl) : k, p: mid(a.p, b.p), l: mid(a.l, b.l) };
}
