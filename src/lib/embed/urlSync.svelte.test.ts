import { flushSync } from 'svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { indexVisit } from '../model/derive';
import { parseVisitText } from '../model/parseVisit';
import { ViewState } from '../state/view.svelte';
import { syncUrl } from './urlSync.svelte';

const result = parseVisitText(readFileSync('data/visits/korea-2022.json', 'utf8'));
if (!result.ok) throw new Error('bundled visit invalid');
const index = indexVisit(result.visit);

describe('syncUrl', () => {
  let view: ViewState;
  let stop: () => void;
  let changes: number;

  function start(push = true) {
    view = new ViewState();
    changes = 0;
    stop = $effect.root(() => {
      syncUrl({ view, data: null, index: () => index, push, onChange: () => changes++ });
    });
    flushSync();
  }

  beforeEach(() => {
    vi.useFakeTimers();
    history.replaceState(null, '', '/ziyara/?utm_source=test');
  });
  afterEach(() => {
    stop();
    vi.useRealTimers();
  });

  it('pushes a new history entry for a selection, keeping foreign parameters', () => {
    start();
    const before = history.length;
    view.select({ type: 'meeting', id: 'meeting-lee-young' });
    flushSync();
    expect(location.pathname + location.search).toBe(
      '/ziyara/?utm_source=test&sel=meeting%3Ameeting-lee-young',
    );
    expect(history.length).toBe(before + 1);
    expect(changes).toBe(1);
  });

  it('replaces the entry for a range, once the changes settle', () => {
    start();
    const before = history.length;
    view.visibleRange = [Date.UTC(2022, 9, 4), Date.UTC(2022, 9, 5)];
    flushSync();
    view.visibleRange = [Date.UTC(2022, 9, 4), Date.UTC(2022, 9, 6)];
    flushSync();
    expect(location.search).toBe('?utm_source=test'); // not yet: coalesced
    vi.advanceTimersByTime(300);
    expect(location.search).toBe('?utm_source=test&from=2022-10-04&to=2022-10-06');
    expect(history.length).toBe(before);
    expect(changes).toBe(1);
  });

  it('writes the kind filter into the address and reads it back on back and forward', () => {
    start();
    const before = history.length;
    view.toggleFilter('kinds', 'talk');
    view.toggleFilter('kinds', 'signing');
    flushSync();
    vi.advanceTimersByTime(300);
    expect(location.search).toBe('?utm_source=test&kinds=signing%2Ctalk');
    expect(history.length).toBe(before); // a filter replaces the entry
    history.replaceState(null, '', '?kinds=meal,nap');
    dispatchEvent(new PopStateEvent('popstate'));
    flushSync();
    expect([...view.kinds]).toEqual(['meal']);
  });

  it('never pushes inside an iframe', () => {
    start(false);
    const before = history.length;
    view.select({ type: 'person', id: 'koh-jin' });
    flushSync();
    vi.advanceTimersByTime(300);
    expect(location.search).toContain('sel=person%3Akoh-jin');
    expect(history.length).toBe(before);
  });

  it('restores the view from the address on back and forward, dropping unknown ids', () => {
    start();
    history.replaceState(
      null,
      '',
      '?sel=person:koh-jin&view=orgchart&people=koh-jin,nobody&lang=en',
    );
    dispatchEvent(new PopStateEvent('popstate'));
    flushSync();
    expect(view.selection).toEqual({ type: 'person', id: 'koh-jin' });
    expect(view.view).toBe('orgchart');
    expect(view.lang).toBe('en');
    expect([...view.people]).toEqual(['koh-jin']);

    history.replaceState(null, '', '?sel=person:nobody');
    dispatchEvent(new PopStateEvent('popstate'));
    flushSync();
    expect(view.selection).toBeNull();
    expect(view.view).toBe('both');
  });

  it('a selection after a range change keeps the range in the entry it leaves', () => {
    start();
    view.visibleRange = [Date.UTC(2022, 9, 4), Date.UTC(2022, 9, 5)];
    flushSync();
    const spy = vi.spyOn(history, 'replaceState');
    view.select({ type: 'meeting', id: 'meeting-koh-jin' });
    flushSync();
    expect(spy).toHaveBeenCalledWith(null, '', expect.stringContaining('from=2022-10-04'));
    expect(location.search).toContain('sel=meeting%3Ameeting-koh-jin');
    expect(location.search).toContain('from=2022-10-04');
  });
});
