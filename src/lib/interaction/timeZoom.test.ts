import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Transform } from '../layout/timelinePlace';
import { TimeZoom, type TimeZoomOptions } from './timeZoom';
import { fakePointer } from '../../../tests/fixtures/fakePointer';

const WIDTH = 1000;

function setup(o: Partial<TimeZoomOptions> & { requireModifier?: boolean } = {}) {
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  document.body.append(svg);
  const zooms: Transform[] = [];
  const ends: Transform[] = [];
  const blocked = vi.fn();
  const zoom = new TimeZoom({
    width: WIDTH,
    height: 300,
    scaleExtent: [1, 100],
    policy: { requireModifier: o.requireModifier ?? false },
    onZoom: (t) => zooms.push(t),
    onEnd: (t) => ends.push(t),
    onBlockedWheel: blocked,
    ...o,
  });
  const cleanup = zoom.attach(svg);
  return { svg, zoom, zooms, ends, blocked, cleanup };
}

const pointer = (type: string, x: number, y = 100, o: Partial<PointerEventInit> = {}) =>
  fakePointer(type, x, y, o);
const wheel = (target: EventTarget, init: WheelEventInit) => {
  const e = new WheelEvent('wheel', {
    clientX: 200,
    clientY: 100,
    bubbles: true,
    cancelable: true,
    ...init,
  });
  target.dispatchEvent(e);
  return e.defaultPrevented;
};
/** Where base x `x` lands on screen. */
const screenX = (t: Transform, x: number) => t.k * x + t.x;

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('TimeZoom wheel', () => {
  it('zooms about the pointer, as one gesture reported once at its end', () => {
    vi.useFakeTimers();
    const { svg, zoom, ends } = setup();
    zoom.place({ k: 4, x: -1500 });
    const under = (200 - zoom.transform.x) / zoom.transform.k;
    expect(wheel(svg, { deltaY: -100 })).toBe(true);
    expect(wheel(svg, { deltaY: -100 })).toBe(true);
    const t = zoom.transform;
    expect(t.k).toBeCloseTo(4 * 2 ** 0.4);
    expect(screenX(t, under)).toBeCloseTo(200); // the instant under the pointer stays put
    expect(ends).toEqual([]);
    vi.advanceTimersByTime(200);
    expect(ends).toEqual([t]);
  });

  it('keeps the domain over the view, and leaves the wheel to the page at a limit', () => {
    vi.useFakeTimers();
    const { svg, zoom, ends } = setup();
    zoom.place({ k: 2, x: -900 });
    // Zooming out about the left edge would leave empty room on the right: pulled back in.
    wheel(svg, { deltaY: 200, clientX: 0 });
    expect(zoom.transform.k).toBeCloseTo(2 * 2 ** -0.4);
    expect(screenX(zoom.transform, WIDTH)).toBeCloseTo(WIDTH);
    vi.advanceTimersByTime(200);
    zoom.place({ k: 1, x: 0 });
    expect(wheel(svg, { deltaY: 100 })).toBe(false); // fully out: the page scrolls
    expect(zoom.transform).toEqual({ k: 1, x: 0 });
    zoom.place({ k: 100, x: -5000 });
    expect(wheel(svg, { deltaY: -100 })).toBe(false);
    expect(zoom.transform.k).toBe(100);
    vi.advanceTimersByTime(200);
    expect(ends).toHaveLength(1);
  });

  it('embedded, leaves a plain wheel to the page and says so; ctrl or ⌘ + wheel zooms', () => {
    vi.useFakeTimers();
    const { svg, zoom, blocked } = setup({ requireModifier: true });
    expect(wheel(svg, { deltaY: -100 })).toBe(false);
    expect(blocked).toHaveBeenCalledOnce();
    expect(zoom.transform).toEqual({ k: 1, x: 0 });
    expect(wheel(svg, { deltaY: -10, ctrlKey: true })).toBe(true);
    expect(zoom.transform.k).toBeCloseTo(2 ** 0.2); // a trackpad pinch is sped up ×10
    vi.advanceTimersByTime(200);
    expect(wheel(svg, { deltaY: -100, metaKey: true })).toBe(true);
    expect(zoom.transform.k).toBeCloseTo(2 ** 0.4);
  });

  it('pans by a sideways swipe’s own distance, within the domain', () => {
    const { svg, zoom, ends } = setup();
    zoom.place({ k: 10, x: -4000 });
    expect(wheel(svg, { deltaX: 30, deltaY: 2 })).toBe(true);
    expect(zoom.transform).toEqual({ k: 10, x: -4030 });
    expect(ends).toHaveLength(1);
    wheel(svg, { deltaX: -99_999 });
    expect(zoom.transform).toEqual({ k: 10, x: 0 });
  });

  it('embedded, a sideways swipe pans only with ⌘', () => {
    const { svg, zoom, blocked } = setup({ requireModifier: true });
    zoom.place({ k: 10, x: -4000 });
    expect(wheel(svg, { deltaX: 30 })).toBe(false);
    expect(wheel(svg, { deltaX: 30, metaKey: true })).toBe(true);
    expect(zoom.transform.x).toBe(-4030);
    expect(blocked).not.toHaveBeenCalled();
  });
});

describe('TimeZoom pointers', () => {
  it('pans by dragging, within the domain, swallows the click and reports the end once', () => {
    const { svg, zoom, ends } = setup();
    zoom.place({ k: 4, x: -1500 });
    const clicked = vi.fn();
    svg.addEventListener('click', clicked);
    svg.dispatchEvent(pointer('pointerdown', 100));
    window.dispatchEvent(pointer('pointermove', 160, 140));
    expect(zoom.transform).toEqual({ k: 4, x: -1440 });
    window.dispatchEvent(pointer('pointermove', 99_999));
    expect(zoom.transform).toEqual({ k: 4, x: 0 }); // the domain's start at the left edge
    window.dispatchEvent(pointer('pointerup', 99_999));
    svg.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(clicked).not.toHaveBeenCalled();
    expect(ends).toEqual([{ k: 4, x: 0 }]);
    window.dispatchEvent(pointer('pointermove', 300));
    expect(zoom.transform.x).toBe(0);
  });

  it('keeps a press that barely moves a click, and a click on its own reports nothing', () => {
    const { svg, zoom, ends } = setup();
    zoom.place({ k: 4, x: -1500 });
    const clicked = vi.fn();
    svg.addEventListener('click', clicked);
    svg.dispatchEvent(pointer('pointerdown', 100));
    window.dispatchEvent(pointer('pointerup', 100));
    expect(ends).toEqual([]);
    svg.dispatchEvent(pointer('pointerdown', 100));
    window.dispatchEvent(pointer('pointermove', 102));
    window.dispatchEvent(pointer('pointerup', 102));
    svg.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(clicked).toHaveBeenCalledOnce();
    expect(zoom.transform.x).toBe(-1498);
  });

  it('does not drag with another button, with ctrl held, or from an event without a window', () => {
    const { svg, zoom, zooms } = setup();
    zoom.place({ k: 4, x: -1500 });
    svg.dispatchEvent(pointer('pointerdown', 100, 100, { button: 2 }));
    window.dispatchEvent(pointer('pointermove', 200));
    svg.dispatchEvent(pointer('pointerdown', 100, 100, { ctrlKey: true, pointerId: 2 }));
    window.dispatchEvent(pointer('pointermove', 200, 100, { pointerId: 2 }));
    svg.dispatchEvent(new MouseEvent('pointerdown', { clientX: 100, bubbles: true }));
    window.dispatchEvent(pointer('pointermove', 200));
    expect(zooms).toHaveLength(1);
  });

  it('pinches with two fingers about their midpoint, within the scale limits', () => {
    const { svg, zoom, ends } = setup();
    const touch = (type: string, id: number, x: number, target: EventTarget = window) =>
      target.dispatchEvent(pointer(type, x, 100, { pointerId: id, pointerType: 'touch' }));
    touch('pointerdown', 1, 400, svg);
    touch('pointerdown', 2, 600, svg);
    touch('pointermove', 1, 300);
    touch('pointermove', 2, 700);
    // Twice as far apart: twice the scale, and the midpoint (500) stays put.
    expect(zoom.transform.k).toBeCloseTo(2);
    expect(screenX(zoom.transform, 500)).toBeCloseTo(500);
    touch('pointermove', 2, 900_000);
    expect(zoom.transform.k).toBe(100);
    // One finger lifts: the other pans on from where it is, without a jump.
    touch('pointerup', 2, 900_000);
    const before = zoom.transform;
    touch('pointermove', 1, 290);
    expect(zoom.transform).toEqual({ k: 100, x: before.x - 10 });
    expect(ends).toEqual([]);
    touch('pointerup', 1, 290);
    expect(ends).toHaveLength(1);
  });

  it('zooms in on a double click about the pointer (out with Shift), at once when motion is reduced', () => {
    vi.stubGlobal('matchMedia', () => ({ matches: true }));
    const { svg, zoom, ends } = setup();
    zoom.place({ k: 4, x: -1500 });
    const under = (250 - -1500) / 4;
    svg.dispatchEvent(pointer('dblclick', 250));
    expect(zoom.transform.k).toBe(8);
    expect(screenX(zoom.transform, under)).toBe(250);
    svg.dispatchEvent(pointer('dblclick', 250, 100, { shiftKey: true }));
    expect(zoom.transform).toEqual({ k: 4, x: -1500 });
    expect(ends).toHaveLength(2);
  });
});

describe('TimeZoom programmatic moves', () => {
  it('places the view without reporting an end, also before it is attached', () => {
    const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    const zooms: Transform[] = [];
    const onEnd = vi.fn();
    const zoom = new TimeZoom({
      width: WIDTH,
      height: 300,
      scaleExtent: [1, 50],
      policy: { requireModifier: false },
      onZoom: (t) => zooms.push(t),
      onEnd,
    });
    zoom.place({ k: 200, x: -100_000 });
    expect(zoom.transform).toEqual({ k: 1, x: 0 });
    zoom.attach(svg);
    // Kept within the scale limits, about the same centre.
    const c = (WIDTH / 2 + 100_000) / 200;
    expect(zoom.transform).toEqual({ k: 50, x: WIDTH / 2 - c * 50 });
    expect(zooms).toHaveLength(1);
    expect(onEnd).not.toHaveBeenCalled();
  });

  it('animates a move frame by frame and reports its end once; at once without motion', () => {
    const frames: FrameRequestCallback[] = [];
    vi.stubGlobal('requestAnimationFrame', (f: FrameRequestCallback) => frames.push(f));
    vi.stubGlobal('cancelAnimationFrame', () => {});
    vi.stubGlobal('matchMedia', () => ({ matches: false }));
    const { zoom, zooms, ends } = setup();
    const t0 = performance.now();
    zoom.zoomBy(2);
    frames.shift()!(t0 + 125);
    const mid = zoom.transform;
    expect(mid.k).toBeGreaterThan(1);
    expect(mid.k).toBeLessThan(2);
    // The middle of the view stays in the middle all along.
    expect(screenX(mid, 500)).toBeCloseTo(500);
    expect(ends).toEqual([]);
    frames.shift()!(t0 + 300);
    expect(zoom.transform).toEqual({ k: 2, x: -500 });
    expect(ends).toEqual([{ k: 2, x: -500 }]);
    expect(frames).toHaveLength(0);

    vi.stubGlobal('matchMedia', () => ({ matches: true }));
    const n = zooms.length;
    zoom.panBy(100);
    expect(zoom.transform).toEqual({ k: 2, x: -400 });
    expect(zooms).toHaveLength(n + 1);
    expect(ends).toHaveLength(2);
  });

  it('a gesture cuts a running animation short, and reports where it stopped', () => {
    const frames: FrameRequestCallback[] = [];
    vi.stubGlobal('requestAnimationFrame', (f: FrameRequestCallback) => frames.push(f));
    vi.stubGlobal('cancelAnimationFrame', () => frames.splice(0));
    vi.stubGlobal('matchMedia', () => ({ matches: false }));
    const { svg, zoom, ends } = setup();
    zoom.to({ k: 8, x: -3500 });
    frames.shift()!(performance.now() + 100);
    svg.dispatchEvent(pointer('pointerdown', 100));
    expect(frames).toHaveLength(0);
    window.dispatchEvent(pointer('pointerup', 100));
    expect(ends).toEqual([zoom.transform]);
  });

  it('keeps zoomBy within the scale limits, about the given point', () => {
    vi.stubGlobal('matchMedia', () => ({ matches: true }));
    const { zoom } = setup();
    zoom.zoomBy(1000, 250);
    expect(zoom.transform).toEqual({ k: 100, x: 250 - 250 * 100 });
    zoom.zoomBy(0.001);
    expect(zoom.transform.k).toBe(1);
  });

  it('unbinds on cleanup', () => {
    const { svg, zoom, cleanup, blocked } = setup({ requireModifier: true });
    cleanup();
    wheel(svg, { deltaY: 100 });
    svg.dispatchEvent(pointer('pointerdown', 100));
    window.dispatchEvent(pointer('pointermove', 200));
    expect(blocked).not.toHaveBeenCalled();
    expect(zoom.transform).toEqual({ k: 1, x: 0 });
  });
});
