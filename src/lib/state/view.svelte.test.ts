// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { ViewState } from './view.svelte';

describe('ViewState intents', () => {
  it('says who moved the range, and counts only real moves', () => {
    const view = new ViewState();
    view.setRange([1, 2], { by: 'timeline' });
    expect(view.rangeMove).toEqual({ by: 'timeline', seq: 1 });
    view.setRange([1, 2], { by: 'url' });
    expect(view.rangeMove).toEqual({ by: 'timeline', seq: 1 });
    view.setRange([1, 3], { by: 'url' });
    expect(view.visibleRange).toEqual([1, 3]);
    expect(view.rangeMove).toEqual({ by: 'url', seq: 2 });
  });

  it('toggles a filter value and replaces a facet only when it differs', () => {
    const view = new ViewState();
    view.toggleFilter('topics', 'ai');
    expect([...view.topics]).toEqual(['ai']);
    view.toggleFilter('topics', 'ai');
    expect(view.filtering).toBe(false);
    view.setFilter('sides', ['host']);
    expect([...view.sides]).toEqual(['host']);
    view.clearFilters();
    expect(view.filtering).toBe(false);
  });

  it('changes language, and with it the direction', () => {
    const view = new ViewState();
    expect(view.dir).toBe('rtl');
    view.setLang('en');
    expect(view.dir).toBe('ltr');
  });
});
