import { describe, expect, it } from 'vitest';
import { orgFit, orgViewportHeight } from './orgViewport';
import type { OrgChartLayout } from './orgChart';

describe('orgViewportHeight', () => {
  it('fits a small chart, with room for one card at least', () => {
    expect(orgViewportHeight(100, 1280, 'vertical')).toBe(320);
    expect(orgViewportHeight(400, 1280, 'vertical')).toBe(416);
  });

  it('caps a tall chart, lower on a phone and higher side-ways', () => {
    expect(orgViewportHeight(5000, 360, 'vertical')).toBe(520);
    expect(orgViewportHeight(5000, 1280, 'vertical')).toBe(680);
    expect(orgViewportHeight(5000, 1280, 'horizontal')).toBe(820);
  });
});

describe('orgFit', () => {
  const layout = {
    width: 900,
    height: 400,
    cards: [{ x: 300, y: 10, w: 200 }],
  } as unknown as OrgChartLayout;
  it('frames the whole chart, anchored on the root card, never above 1:1', () => {
    const { box, options } = orgFit(layout, 1280);
    expect(box).toEqual({ x: 0, y: 0, w: 900, h: 400 });
    expect(options).toMatchObject({ maxScale: 1, minScale: 0.5, anchor: [400, 10] });
    expect(orgFit(layout, 360).options.minScale).toBe(0.8);
  });
});
