// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { DEFAULTS, parseEmbedParams } from '../embed/params';
import { visitQuery, withVisit } from './links';

const state = parseEmbedParams(
  new URLSearchParams(
    'lang=en&theme=dark&view=timeline&sel=meeting:m01&topics=a&from=2022-10-04&to=2022-10-05&data=x.json',
  ),
);

describe('visitQuery', () => {
  it('keeps language, theme and view; drops selection, filters, range and data=', () => {
    const q = new URLSearchParams(visitQuery(state, 'uae-2023').slice(1));
    expect(Object.fromEntries(q)).toEqual({
      lang: 'en',
      theme: 'dark',
      view: 'timeline',
      visit: 'uae-2023',
    });
  });

  it('writes no visit= for the default visit, so its plain URL stays plain', () => {
    expect(visitQuery({ ...DEFAULTS }, 'korea-2022')).toBe('?');
    expect(visitQuery(state, 'korea-2022')).toBe('?lang=en&theme=dark&view=timeline');
  });
});

describe('withVisit', () => {
  it('adds the visit= a link carries: another bundled visit, not the default one', () => {
    expect(withVisit({ ...DEFAULTS }, 'uae-2023').visit).toBe('uae-2023');
    expect(withVisit({ ...DEFAULTS }, null).visit).toBeNull();
    expect(withVisit({ ...DEFAULTS }, 'korea-2022').visit).toBeNull();
  });
  it('carries none when the page shows a data= file', () => {
    expect(withVisit({ ...DEFAULTS, data: 'x.json' }, 'uae-2023').visit).toBeNull();
  });
});
