import { afterEach, describe, expect, it } from 'vitest';
import { dropCopies, legendFor } from './legendFor';
import type { LegendItem } from './types';

const NS = 'http://www.w3.org/2000/svg';

/** A page legend's `<li>` whose swatch draws `shapes` side by side, as Legend.svelte does. */
function item(kind: string, shapes: string[]): LegendItem {
  const li = document.createElement('li');
  li.dataset.kind = kind;
  const svg = document.createElementNS(NS, 'svg');
  svg.setAttribute('viewBox', `0 0 ${36 * shapes.length} 16`);
  svg.setAttribute('width', String(36 * shapes.length));
  shapes.forEach((shape, i) => {
    const g = document.createElementNS(NS, 'g');
    g.setAttribute('data-shape', shape);
    g.setAttribute('transform', `translate(${36 * i},0) matrix(-1 0 0 1 36 0)`);
    svg.append(g);
  });
  li.append(svg);
  document.body.append(li);
  return { label: kind, kind, swatch: svg };
}

afterEach(() => document.body.replaceChildren());

describe('legendFor', () => {
  it('keeps the entries the drawing names, and every one without a drawing to ask', () => {
    const legend = [item('day', []), item('event', []), { label: 'source' }];
    expect(legendFor(legend, 'day')!.map((i) => i.label)).toEqual(['day', 'source']);
    expect(legendFor(legend, null)).toHaveLength(3);
  });

  it("narrows a swatch to the shapes of the file's marks, closed up, and drops its copy after", () => {
    // The visit has a likely bracket and a likely context event; the file shows the bracket only.
    const page = item('unsure', ['bracket', 'diamond', 'ev-soft']);
    const [file] = legendFor([page], 'unsure', 'unsure=bracket')!;
    const shapes = [...file!.swatch!.querySelectorAll('g[data-shape]')];
    expect(shapes.map((g) => g.getAttribute('data-shape'))).toEqual(['bracket']);
    expect(shapes[0]!.getAttribute('transform')).toBe('translate(0,0) matrix(-1 0 0 1 36 0)');
    expect(file!.swatch!.getAttribute('width')).toBe('36');
    expect(file!.swatch!.getAttribute('viewBox')).toBe('0 0 36 16');
    // The page's own swatch is untouched; the copy stands beside it (same styles) until dropped.
    expect(page.swatch!.querySelectorAll('g[data-shape]')).toHaveLength(3);
    expect(file!.swatch!.previousElementSibling).toBe(page.swatch);
    dropCopies([file!]);
    expect(document.querySelectorAll('[data-legend-copy]')).toHaveLength(0);
    expect(page.swatch!.isConnected).toBe(true);
  });

  it('closes up what is left in order, and keeps a swatch whose shapes are all drawn', () => {
    const page = item('month', ['soft', 'diamond', 'ev-soft']);
    const [two] = legendFor([page], 'month', 'month=soft,ev-soft')!;
    const kept = [...two!.swatch!.querySelectorAll('g[data-shape]')];
    expect(kept.map((g) => g.getAttribute('data-shape'))).toEqual(['soft', 'ev-soft']);
    expect(kept.map((g) => g.getAttribute('transform')!.split(' ')[0])).toEqual([
      'translate(0,0)',
      'translate(36,0)',
    ]);
    const [all] = legendFor([page], 'month', 'month=soft,diamond,ev-soft')!;
    expect(all!.swatch).toBe(page.swatch);
  });
});
