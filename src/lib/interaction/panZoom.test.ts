import { describe, expect, it, vi } from 'vitest';
import { zoomIdentity, type ZoomTransform } from 'd3-zoom';
import { PanZoom } from './panZoom';

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
