import { afterEach, describe, expect, it, vi } from 'vitest';
import { takeOver } from './takeOver';

const root = document.documentElement;
const page = (key = 'ar') => {
  document.body.innerHTML = `<div id="app"><div data-prerendered="${key}" data-lang="ar" data-dir="rtl"><p>snapshot</p></div></div>`;
  root.dataset.state = 'loading';
  return document.getElementById('app')!;
};
const settle = () => new Promise((r) => setTimeout(r, 0));

afterEach(() => {
  vi.unstubAllGlobals();
  document.title = '';
});

describe('takeOver', () => {
  it('keeps the snapshot of this address until the live app is ready, then shows the live one', async () => {
    const app = page();
    const live = takeOver(app, 'ar');
    expect(live).not.toBe(app);
    expect(live.getAttribute('aria-hidden')).toBe('true');
    expect(app.querySelector('[data-prerendered]')).not.toBeNull();
    root.dataset.state = 'ready';
    await settle();
    expect(app.querySelector('[data-prerendered]')).toBeNull();
    expect(live.hasAttribute('aria-hidden')).toBe(false);
    expect(live.inert).toBe(false);
  });

  it('removes it at once for an address without a snapshot: the app mounts into #app', () => {
    const app = page();
    expect(takeOver(app, null)).toBe(app);
    expect(app.querySelector('[data-prerendered]')).toBeNull();
  });

  it("fetches another address's snapshot and puts it in place, with its language and title", async () => {
    const app = page();
    const html = `<div data-prerendered="embed-en" data-lang="en" data-dir="ltr" data-title="T · Ziyara" data-embed><p>english</p></div>`;
    const fetch = vi.fn(async () => new Response(html));
    vi.stubGlobal('fetch', fetch);
    takeOver(app, 'embed-en');
    expect(app.querySelector('[data-prerendered]')).toBeNull(); // the Arabic one, gone at once
    await vi.waitFor(() =>
      expect(app.querySelector('[data-prerendered="embed-en"]')).not.toBeNull(),
    );
    expect(String((fetch.mock.calls[0] as unknown[])[0])).toMatch(/snapshots\/embed-en\.html$/);
    expect(root.lang).toBe('en');
    expect(root.dir).toBe('ltr');
    expect(root.hasAttribute('data-embed')).toBe(true);
    expect(document.title).toBe('T · Ziyara');
    root.removeAttribute('data-embed');
  });

  it('drops a fetched snapshot that arrives after the live app is ready', async () => {
    const app = page();
    let answer: (r: Response) => void = () => {};
    vi.stubGlobal('fetch', () => new Promise<Response>((r) => (answer = r)));
    takeOver(app, 'en');
    root.dataset.state = 'ready';
    await settle();
    answer(new Response('<div data-prerendered="en" data-lang="en"><p>late</p></div>'));
    await settle();
    await settle();
    expect(app.querySelector('[data-prerendered]')).toBeNull();
  });
});
