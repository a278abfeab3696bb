// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { regionKey, regionOf, viewportOf } from './viewRegion';

describe('regionKey', () => {
  it('always contains the viewport', () => {
    const n = fc.double({ min: -1e6, max: 1e6, noNaN: true });
    const size = fc.double({ min: 1, max: 1e5, noNaN: true });
    fc.assert(
      fc.property(n, n, size, size, (x, y, w, h) => {
        const r = regionOf(regionKey({ x, y, w, h }));
        expect(r.x).toBeLessThanOrEqual(x);
        expect(r.y).toBeLessThanOrEqual(y);
        expect(r.x + r.w).toBeGreaterThanOrEqual(x + w);
        expect(r.y + r.h).toBeGreaterThanOrEqual(y + h);
      }),
    );
  });

  it('stays the same over a small pan, so nothing but the transform changes', () => {
    const a = regionKey(viewportOf({ x: -1000, y: -400, k: 1 }, 800, 600));
    const b = regionKey(viewportOf({ x: -1010, y: -405, k: 1 }, 800, 600));
    expect(b).toBe(a);
    const far = regionKey(viewportOf({ x: -9000, y: -400, k: 1 }, 800, 600));
    expect(far).not.toBe(a);
  });
});
