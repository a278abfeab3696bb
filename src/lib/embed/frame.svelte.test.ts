import { flushSync } from 'svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { indexVisit } from '../model/derive';
import { parseVisitText } from '../model/parseVisit';
import { ViewState } from '../state/view.svelte';
import { connectFrame, HOST_INTERVAL_MS } from './frame.svelte';

const result = parseVisitText(readFileSync('data/visits/korea-2022.json', 'utf8'));
if (!result.ok) throw new Error('bundled visit invalid');
const index = indexVisit(result.visit);

/** What the frame posts to a host page that floods it. */
describe('connectFrame under a flood of host messages', () => {
  let host: Window;
  let posted: { type?: unknown }[];
  let view: ViewState;
  let stop: () => void;

  beforeEach(() => {
    vi.useFakeTimers();
    vi.stubGlobal(
      'ResizeObserver',
      class {
        observe() {}
        disconnect() {}
      },
    );
    // A real Window as the parent, so the frame's `e.source === parent` check is the real one.
    const iframe = document.body.appendChild(document.createElement('iframe'));
    host = iframe.contentWindow!;
    posted = [];
    host.postMessage = ((msg: { type?: unknown }) => posted.push(msg)) as Window['postMessage'];
    view = new ViewState();
    stop = $effect.root(() => {
      connectFrame({
        view,
        status: () => 'ready',
        index: () => index,
        links: () => ({ url: 'https://example.org/?view=both', src: location.href }),
        parent: host,
      });
    });
    flushSync();
    posted.length = 0; // the first ready and height
  });
  afterEach(() => {
    stop();
    document.body.replaceChildren();
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  const fromHost = (data: unknown, source: Window = host) =>
    dispatchEvent(new MessageEvent('message', { data, source }));
  const types = () => posted.map((m) => m.type ?? Object.keys(m)[0]);

  it('answers one hello at once with the height, ready and state', () => {
    fromHost({ type: 'ziyara:hello' });
    expect(types()).toEqual([
      'ziyara:resize',
      'datawrapper-height',
      'embed-size',
      'ziyara:ready',
      'ziyara:state',
    ]);
  });

  it('20,000 hellos in one go get two bursts of replies, not 100,000 messages', () => {
    for (let i = 0; i < 20_000; i++) fromHost({ type: 'ziyara:hello' });
    vi.advanceTimersByTime(10 * HOST_INTERVAL_MS);
    expect(posted.length).toBe(10); // the first hello's burst, and one for all the others
  });

  it('20,000 hellos spread over 5 s get at most one burst per interval', () => {
    for (let i = 0; i < 20_000; i++) {
      fromHost({ type: 'ziyara:hello' });
      vi.advanceTimersByTime(0.25);
    }
    vi.advanceTimersByTime(10 * HOST_INTERVAL_MS);
    const bursts = posted.filter((m) => m.type === 'ziyara:ready').length;
    expect(bursts).toBeGreaterThan(1);
    expect(bursts).toBeLessThanOrEqual(5000 / HOST_INTERVAL_MS + 2);
    expect(posted.length).toBe(bursts * 5);
  });

  it('a flood of selections and languages ends on the last of each, with few replies', () => {
    const ids = ['koh-jin', 'lee-young'].filter((id) => index.people.has(id));
    expect(ids).toHaveLength(2);
    for (let i = 0; i < 20_000; i++) {
      fromHost({ type: 'ziyara:select', selection: { type: 'person', id: ids[i % 2]! } });
      fromHost({ type: 'ziyara:setLanguage', lang: i % 2 ? 'en' : 'ar' });
      flushSync();
    }
    // An unknown id at the end does not replace the last good one.
    fromHost({ type: 'ziyara:select', selection: { type: 'person', id: 'nobody' } });
    vi.advanceTimersByTime(10 * HOST_INTERVAL_MS);
    flushSync();
    expect(view.selection).toEqual({ type: 'person', id: ids[1] });
    expect(view.lang).toBe('en');
    expect(posted.filter((m) => m.type === 'ziyara:select')).toHaveLength(2);
  });

  it('messages from another window are ignored', () => {
    for (let i = 0; i < 100; i++) fromHost({ type: 'ziyara:hello' }, window);
    vi.advanceTimersByTime(10 * HOST_INTERVAL_MS);
    expect(posted).toEqual([]);
  });
});
