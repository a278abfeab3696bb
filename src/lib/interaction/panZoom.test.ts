import { describe, expect, it, vi } from 'vitest';
import { PanZoom, ZoomTransform, zoomIdentity } from './panZoom';
import { fakePointer } from '../../../tests/fixtures/fakePointer';

function setup(requireModifier = false) {
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  Object.defineProperty(svg, 'clientWidth', { value: 800 });
  Object.defineProperty(svg, 'clientHeight', { value: 400 });
  svg.setAttribute('width', '800');
  svg.setAttribute('height', '400');
  document.body.append(svg);
  const seen: ZoomTransform[] = [];
  const blocked = vi.fn();
  const pz = new PanZoom({
    policy: { requireModifier },
    onTransform: (t) => seen.push(t),
    onWheelBlocked: blocked,
  });
  const cleanup = pz.attach(svg);
  return { svg, pz, seen, blocked, cleanup };
}

describe('PanZoom', () => {
  it('fits a small chart at scale 1, centred', () => {
    const { pz } = setup();
    const t = pz.fitTransform({ x: 0, y: 0, w: 400, h: 200 }, { padding: 0 });
    expect(t.k).toBe(1);
    expect([t.x, t.y]).toEqual([200, 100]);
  });

  it('scales a big chart down to fit, but not below minScale', () => {
    const { pz } = setup();
    expect(pz.fitTransform({ x: 0, y: 0, w: 1600, h: 400 }, { padding: 0 }).k).toBe(0.5);
    const t = pz.fitTransform(
      { x: 0, y: 0, w: 4000, h: 1200 },
      { padding: 0, minScale: 0.5, anchor: [3000, 0] },
    );
    expect(t.k).toBe(0.5);
    // Too big either way: the anchor is centred across, the chart's top stays at the top.
    expect(t.x + 3000 * t.k).toBe(400);
    expect(t.y).toBe(0);
  });

  it('never leaves empty room at the end when the anchor is near it', () => {
    const { pz } = setup();
    const t = pz.fitTransform(
      { x: 0, y: 0, w: 4000, h: 400 },
      { padding: 0, minScale: 0.5, anchor: [3990, 0] },
    );
    expect(t.x + 4000 * t.k).toBe(800);
  });

  it('zooms and pans from keys, and centres a box', () => {
    const { pz, seen } = setup();
    const key = (k: string, shiftKey = false) => new KeyboardEvent('keydown', { key: k, shiftKey });
    expect(pz.handleKey(key('a'))).toBe(false);
    pz.transformTo(zoomIdentity, false);
    pz.zoomBy(2, false);
    expect(pz.transform.k).toBe(2);
    expect(pz.handleKey(key('ArrowLeft', true))).toBe(true);
    expect(pz.transform.x).toBe(-400 + 80); // zoomed about the centre, then panned
    pz.centerOn({ x: 100, y: 100, w: 0, h: 0 }, 1, false);
    const v = pz.visibleBox();
    expect([v.x + v.w / 2, v.y + v.h / 2]).toEqual([100, 100]);
    expect(seen.length).toBeGreaterThan(2);
  });

  it('leaves a plain wheel to the page when embedded, and says so', () => {
    const { svg, pz, blocked } = setup(true);
    const before = pz.transform;
    svg.dispatchEvent(new WheelEvent('wheel', { deltaY: 100, bubbles: true, cancelable: true }));
    expect(blocked).toHaveBeenCalledOnce();
    expect(pz.transform).toBe(before);
  });

  it('unbinds on cleanup', () => {
    const { svg, cleanup, blocked } = setup(true);
    cleanup();
    svg.dispatchEvent(new WheelEvent('wheel', { deltaY: 100, bubbles: true }));
    expect(blocked).not.toHaveBeenCalled();
  });
});

describe('PanZoom gestures', () => {
  const pointer = fakePointer;

  it('pans by dragging, keeping the chart point under the pointer, and swallows its click', () => {
    const { svg, pz } = setup();
    const clicked = vi.fn();
    svg.addEventListener('click', clicked);
    svg.dispatchEvent(pointer('pointerdown', 100, 100));
    window.dispatchEvent(pointer('pointermove', 130, 90));
    window.dispatchEvent(pointer('pointermove', 160, 120));
    expect([pz.transform.x, pz.transform.y, pz.transform.k]).toEqual([60, 20, 1]);
    window.dispatchEvent(pointer('pointerup', 160, 120));
    svg.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(clicked).not.toHaveBeenCalled();
    // Moving after release pans no more.
    window.dispatchEvent(pointer('pointermove', 300, 300));
    expect(pz.transform.x).toBe(60);
  });

  it('keeps a press that barely moves a click', () => {
    const { svg, pz } = setup();
    const clicked = vi.fn();
    svg.addEventListener('click', clicked);
    svg.dispatchEvent(pointer('pointerdown', 100, 100));
    window.dispatchEvent(pointer('pointermove', 102, 101));
    window.dispatchEvent(pointer('pointerup', 102, 101));
    svg.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(clicked).toHaveBeenCalledOnce();
    expect(pz.transform.x).toBe(2);
  });

  it('does not drag with the right button or with ctrl held', () => {
    const { svg, pz } = setup();
    svg.dispatchEvent(pointer('pointerdown', 100, 100, { button: 2 }));
    window.dispatchEvent(pointer('pointermove', 200, 200));
    svg.dispatchEvent(pointer('pointerdown', 100, 100, { ctrlKey: true, pointerId: 2 }));
    window.dispatchEvent(pointer('pointermove', 200, 200, { pointerId: 2 }));
    expect(pz.transform).toBe(zoomIdentity);
  });

  it('pinches with two fingers about their midpoint, within the scale limits', () => {
    const { svg, pz } = setup();
    const touch = (type: string, id: number, x: number, y: number, target: EventTarget = window) =>
      target.dispatchEvent(pointer(type, x, y, { pointerId: id, pointerType: 'touch' }));
    touch('pointerdown', 1, 300, 200, svg);
    touch('pointerdown', 2, 500, 200, svg);
    touch('pointermove', 1, 200, 200);
    touch('pointermove', 2, 600, 200);
    // The fingers are twice as far apart: twice the scale, the midpoint (400, 200) stays put.
    expect(pz.transform.k).toBeCloseTo(2);
    expect(pz.transform.applyX(400)).toBeCloseTo(400);
    touch('pointermove', 2, 100_000, 200);
    expect(pz.transform.k).toBe(2.5);
  });

  it('embedded, leaves one finger to the page but pinches with two', () => {
    const { svg, pz } = setup(true);
    expect(svg.style.touchAction).toBe('pan-x pan-y');
    const touch = (type: string, id: number, x: number, target: EventTarget = window) =>
      target.dispatchEvent(pointer(type, x, 200, { pointerId: id, pointerType: 'touch' }));
    touch('pointerdown', 1, 300, svg);
    touch('pointermove', 1, 350);
    expect(pz.transform).toBe(zoomIdentity);
    touch('pointerdown', 2, 500, svg);
    touch('pointermove', 2, 700);
    expect(pz.transform.k).toBeGreaterThan(1);
  });

  it('zooms with the wheel about the pointer, and leaves it to the page at a limit', () => {
    vi.useFakeTimers();
    try {
      const { svg, pz } = setup();
      const wheel = (deltaY: number) => {
        const e = new WheelEvent('wheel', {
          deltaY,
          clientX: 200,
          clientY: 100,
          bubbles: true,
          cancelable: true,
        });
        svg.dispatchEvent(e);
        return e.defaultPrevented;
      };
      expect(wheel(-100)).toBe(true);
      const t = pz.transform;
      expect(t.k).toBeCloseTo(2 ** 0.2);
      expect(t.applyX(200)).toBeCloseTo(200); // the point under the pointer stays put
      expect(t.applyY(100)).toBeCloseTo(100);
      vi.advanceTimersByTime(200); // that wheel gesture is over
      pz.transformTo(zoomIdentity.scale(2.5), false);
      expect(wheel(-100)).toBe(false);
      expect(pz.transform.k).toBe(2.5);
      expect(wheel(100)).toBe(true);
      expect(pz.transform.k).toBeLessThan(2.5);
    } finally {
      vi.useRealTimers();
    }
  });

  it('zooms in on a double click (out with Shift), at once when motion is reduced', () => {
    const { svg, pz } = setup();
    vi.stubGlobal('matchMedia', () => ({ matches: true }));
    try {
      svg.dispatchEvent(pointer('dblclick', 100, 50));
      expect(pz.transform.k).toBe(2);
      expect(pz.transform.apply([100, 50])).toEqual([100, 50]);
      svg.dispatchEvent(pointer('dblclick', 100, 50, { shiftKey: true }));
      expect(pz.transform.k).toBe(1);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('animates a button zoom with the middle of the view still all along', () => {
    const frames: FrameRequestCallback[] = [];
    vi.stubGlobal('requestAnimationFrame', (f: FrameRequestCallback) => frames.push(f));
    vi.stubGlobal('cancelAnimationFrame', () => {});
    vi.stubGlobal('matchMedia', () => ({ matches: false }));
    try {
      const { pz } = setup();
      pz.transformTo(new ZoomTransform(1, -100, 50), false);
      const middle = pz.transform.invert([400, 200]);
      const t0 = performance.now();
      pz.zoomBy(2);
      for (const dt of [60, 125, 190]) {
        frames.shift()!(t0 + dt);
        const t = pz.transform;
        expect(t.k).toBeGreaterThan(1);
        expect(t.k).toBeLessThan(2);
        expect(t.apply(middle)[0]).toBeCloseTo(400);
        expect(t.apply(middle)[1]).toBeCloseTo(200);
      }
      frames.shift()!(t0 + 300);
      expect(pz.transform.k).toBe(2);
      expect(frames).toHaveLength(0);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('reports gestures as the reader’s, and a fit on load as not', () => {
    const calls: boolean[] = [];
    const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    const pz = new PanZoom({
      policy: { requireModifier: false },
      onTransform: (_, r) => calls.push(r),
    });
    pz.attach(svg);
    pz.fit({ x: 0, y: 0, w: 10, h: 10 }, {}, false, false);
    svg.dispatchEvent(pointer('pointerdown', 0, 0));
    window.dispatchEvent(pointer('pointermove', 10, 10));
    window.dispatchEvent(pointer('pointerup', 10, 10));
    expect(calls).toEqual([false, true]);
  });
});

describe('ZoomTransform', () => {
  it('scales then translates, like d3-zoom’s, and prints as an SVG transform', () => {
    const t = zoomIdentity.translate(10, 20).scale(2);
    expect([t.k, t.x, t.y]).toEqual([2, 10, 20]);
    expect(t.apply([1, 1])).toEqual([12, 22]);
    expect(t.invert(t.apply([3, 4]))).toEqual([3, 4]);
    expect(t.toString()).toBe('translate(10,20) scale(2)');
  });
});
