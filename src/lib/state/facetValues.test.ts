// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { searchKeys, shownValues, type FacetValue } from './facetValues';

const value = (id: string, label: string, count: number): FacetValue => ({
  id,
  label,
  lang: 'ar',
  count,
});
const many = Array.from({ length: 20_000 }, (_, i) => value(`p${i}`, `شخص ${i}`, 20_000 - i));

describe('shownValues', () => {
  it('draws the first values only, and says how many are left', () => {
    const r = shownValues(many, { selected: new Set(), query: '', key: searchKeys(), limit: 50 });
    expect(r.values.map((v) => v.id)).toEqual(many.slice(0, 50).map((v) => v.id));
    expect(r.hidden).toBe(19_950);
  });

  it('keeps a selected value drawn wherever it is, in order', () => {
    const r = shownValues(many, {
      selected: new Set(['p19999', 'p3']),
      query: '',
      key: searchKeys(),
      limit: 5,
    });
    expect(r.values.map((v) => v.id)).toEqual(['p0', 'p1', 'p2', 'p3', 'p4', 'p19999']);
    expect(r.hidden).toBe(19_994);
  });

  it('finds values by a spelling-tolerant part of their label', () => {
    const list = [value('a', 'أحمد بن علي', 3), value('b', 'Bang Moon-kyu', 2), value('c', 'x', 1)];
    const key = searchKeys();
    expect(shownValues(list, { selected: new Set(), query: 'احمد', key }).values).toEqual([
      list[0],
    ]);
    expect(shownValues(list, { selected: new Set(), query: 'moonkyu', key }).values).toEqual([
      list[1],
    ]);
    const none = shownValues(list, { selected: new Set(['c']), query: 'zzz', key });
    expect(none).toEqual({ values: [list[2]], hidden: 0 });
  });

  it('draws every value of a short facet', () => {
    const list = many.slice(0, 7);
    const r = shownValues(list, { selected: new Set(), query: '  ', key: searchKeys() });
    expect(r).toEqual({ values: list, hidden: 0 });
  });
});
