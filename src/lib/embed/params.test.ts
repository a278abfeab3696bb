import { describe, expect, it } from 'vitest';
import {
  DEFAULTS,
  formatFloating,
  historyAction,
  parseEmbedParams,
  parseFloating,
  writeEmbedParams,
  type UrlState,
} from './params';

const parse = (q: string) => parseEmbedParams(new URLSearchParams(q));
const ms = (s: string) => Date.parse(`${s}Z`);

describe('parseEmbedParams', () => {
  it('gives the defaults for an empty query', () => {
    expect(parse('')).toEqual(DEFAULTS);
  });

  it.each([
    ['view=timeline', { view: 'timeline' }],
    ['view=orgchart', { view: 'orgchart' }],
    ['lang=en', { lang: 'en' }],
    ['digits=arab', { digits: 'arab' }],
    ['theme=dark', { theme: 'dark' }],
    ['sel=meeting:meeting-lee-young', { selection: { type: 'meeting', id: 'meeting-lee-young' } }],
    ['sel=person:a:b', { selection: { type: 'person', id: 'a:b' } }],
    ['data=fixtures/v.json', { data: 'fixtures/v.json' }],
    ['data=https://example.org/v.json', { data: 'https://example.org/v.json' }],
    [
      'from=2022-10-04&to=2022-10-07T18:30',
      { range: [ms('2022-10-04T00:00'), ms('2022-10-07T18:30')] },
    ],
  ])('reads %s', (query, expected) => {
    expect(parse(query)).toEqual({ ...DEFAULTS, ...expected });
  });

  it('reads filters, dropping duplicates, blanks and unknown sides', () => {
    const p = parse('topics=b,a,a,,c&orgs=kr-mois&people=x&sides=host,moon');
    expect(p.filters).toEqual({
      topics: ['b', 'a', 'c'],
      organizations: ['kr-mois'],
      people: ['x'],
      sides: ['host'],
    });
  });

  it.each([
    ['embed=1', true],
    ['embed=true', true],
    ['embed', true],
    ['embed=0', false],
    ['embed=no', false],
  ])('reads the flag %s as %s', (query, value) => {
    expect(parse(query).flags.embed).toBe(value);
  });

  it.each([
    'view=gantt',
    'lang=fr',
    'digits=roman',
    'theme=sepia',
    'sel=meeting',
    'sel=:x',
    'sel=planet:x',
    `sel=meeting:${'x'.repeat(65)}`,
    'sel=meeting:a b',
    'data=javascript:alert(1)',
    'data=data:application/json,{}',
    'data=blob:https://x/1',
    `data=${'a'.repeat(2001)}`,
    'from=2022-10-07&to=2022-10-04',
    'from=2022-10-04',
    'from=2022-02-30&to=2022-03-02',
    'from=2022-13-01&to=2023-01-02',
    'from=2022-10-04T25:00&to=2022-10-05',
    'from=yesterday&to=today',
  ])('ignores the invalid %s', (query) => {
    expect(parse(query)).toEqual(DEFAULTS);
  });

  it('ignores unknown keys', () => {
    expect(parse('utm_source=x&__proto__=1&constructor=2')).toEqual(DEFAULTS);
  });
});

describe('floating times', () => {
  it.each([
    ['2022-10-04', '2022-10-04'],
    ['2022-10-04T08:30', '2022-10-04T08:30'],
    ['2022-10-04T08:30:15', '2022-10-04T08:30:15'],
    ['2022-10-04T08:00:00', '2022-10-04T08:00'],
  ])('%s round-trips as %s', (input, output) => {
    expect(formatFloating(parseFloating(input))).toBe(output);
  });

  it('rounds to whole seconds', () => {
    expect(formatFloating(ms('2022-10-04T08:30:15') + 499)).toBe('2022-10-04T08:30:15');
  });
});

describe('writeEmbedParams', () => {
  const state: UrlState = {
    ...DEFAULTS,
    view: 'timeline',
    lang: 'en',
    theme: 'dark',
    selection: { type: 'meeting', id: 'm1' },
    filters: { topics: ['b', 'a'], organizations: [], people: ['p'], sides: ['host'] },
    range: [ms('2022-10-04T00:00'), ms('2022-10-05T12:00')],
    data: 'v.json',
  };

  it('writes only what differs from the defaults', () => {
    expect(writeEmbedParams(DEFAULTS).toString()).toBe('');
  });

  it('writes the canonical form, which reads back to the same state', () => {
    const q = writeEmbedParams(state);
    expect(q.toString()).toBe(
      'data=v.json&lang=en&theme=dark&view=timeline&sel=meeting%3Am1&topics=a%2Cb&people=p&sides=host&from=2022-10-04&to=2022-10-05T12%3A00',
    );
    const back = parseEmbedParams(q);
    expect(back).toEqual({
      ...state,
      filters: { ...state.filters, topics: ['a', 'b'] },
      flags: DEFAULTS.flags,
    });
  });

  it('keeps foreign keys and replaces known ones', () => {
    const base = new URLSearchParams('utm_source=news&lang=ar&embed=1&sel=person:x');
    const q = writeEmbedParams({ ...DEFAULTS, lang: 'en' }, base);
    expect(q.toString()).toBe('utm_source=news&lang=en');
  });

  it('writes the embed flags when given', () => {
    const flags = { embed: true, transparent: false, plain: true };
    expect(writeEmbedParams({ ...DEFAULTS, flags }).toString()).toBe('embed=1&plain=1');
  });
});

describe('historyAction', () => {
  it.each<[string, Partial<UrlState>, 'push' | 'replace']>([
    ['a new selection', { selection: { type: 'person', id: 'p' } }, 'push'],
    ['a new view', { view: 'orgchart' }, 'push'],
    ['a new range', { range: [0, 1000] }, 'replace'],
    ['a new filter', { filters: { ...DEFAULTS.filters, topics: ['t'] } }, 'replace'],
    ['a new language', { lang: 'en' }, 'replace'],
  ])('%s → %s', (_, change, action) => {
    expect(historyAction(DEFAULTS, { ...DEFAULTS, ...change })).toBe(action);
  });

  it('an equal selection in a new object is no new step', () => {
    const a = { ...DEFAULTS, selection: { type: 'meeting' as const, id: 'm' } };
    const b = { ...DEFAULTS, selection: { type: 'meeting' as const, id: 'm' } };
    expect(historyAction(a, b)).toBe('replace');
  });
});
