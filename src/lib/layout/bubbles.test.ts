// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { ClusterGeom } from './timeline';
import { layoutBands } from './timelineBands';
import { bubbleCount, placeBubbles } from './bubbles';

const bands = layoutBands({
  counts: { meeting: 50, event: 50, unknown: 0 },
  maxLanes: { meeting: 2, event: 2 },
});
const cluster = (
  key: string,
  cx: number,
  n: number,
  type: 'meeting' | 'event' = 'meeting',
): ClusterGeom => ({
  key,
  type,
  ids: Array.from({ length: n }, (_, i) => `${key}-${i}`),
  start: 0,
  end: 1,
  cx,
});

describe('placeBubbles', () => {
  it('places each bubble under the transform, on its band row', () => {
    const [b] = placeBubbles([cluster('a', 100, 3)], { k: 2, x: -50 }, bands, 800, 'latn');
    expect(b).toMatchObject({ x: 150, y: bands.meeting!.clusterY, count: '3' });
  });

  it('draws only bubbles in view', () => {
    const out = placeBubbles(
      [cluster('left', -100, 2), cluster('in', 400, 2), cluster('right', 900, 2)],
      { k: 1, x: 0 },
      bands,
      800,
      'latn',
    );
    expect(out.map((b) => b.cluster.key)).toEqual(['in']);
  });

  it('steps aside under a focused item of its own band only', () => {
    const clusters = [cluster('m', 400, 2), cluster('e', 400, 2, 'event')];
    const hide = { x: 380, w: 60, type: 'meeting' };
    const out = placeBubbles(clusters, { k: 1, x: 0 }, bands, 800, 'latn', hide);
    expect(out.map((b) => b.cluster.key)).toEqual(['e']);
  });

  it('shows large counts in thousands and in the reader digits', () => {
    expect(bubbleCount(12345, 'latn')).toBe('12k');
    expect(bubbleCount(42, 'arab')).toBe('٤٢');
  });
});
