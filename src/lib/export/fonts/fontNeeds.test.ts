import { describe, expect, it } from 'vitest';
import { textsByWeight } from './fontNeeds';

const NS = 'http://www.w3.org/2000/svg';

function svg(markup: string): SVGSVGElement {
  const el = document.createElementNS(NS, 'svg');
  el.innerHTML = markup;
  document.body.append(el);
  return el;
}

const bands = { title: 'Visit', subtitle: 'Org chart', credit: 'Source', exportDate: 'Exported' };

describe('textsByWeight', () => {
  it('collects the Hangul of each text at its computed weight, and nothing else', () => {
    const root = svg(
      '<text style="font-weight:600">Koh Jean <tspan style="font-weight:400">고진</tspan></text>' +
        '<text style="font-weight:600">윤석열</text><text>لقاء مع رئيس اللجنة NFT 2027</text>',
    );
    const out = textsByWeight([root], bands);
    expect(out.get(400)).toBe('고진');
    expect(out.get(600)).toContain('윤석열');
    expect([...out.values()].join('')).not.toMatch(/[\u0600-\u06ff]/);
  });

  it('adds the bands at their weights: title 600, the rest 400', () => {
    const out = textsByWeight([], {
      ...bands,
      title: '아랍에미리트 정부 대표단 방한',
      legend: [{ label: '부산' }],
    });
    expect(out.get(600)).toBe('아랍에미리트 정부 대표단 방한');
    expect(out.get(400)).toContain('부산');
  });

  it('is empty for a chart in Arabic and Latin only', () => {
    const root = svg('<text>زيارة وفد حكومة دولة الإمارات — Visit, 9 October 2022</text>');
    expect(textsByWeight([root], bands).size).toBe(0);
  });
});
