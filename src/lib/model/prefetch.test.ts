// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import { loadVisitFromUrl } from './load';
import { prefetch, takePrefetched } from './prefetch';
import { readFileSync } from 'node:fs';

const visit = readFileSync('data/visits/korea-2022.json', 'utf8');
/** What `judgeDataUrl` hands over: an absolute http(s) URL. */
const HERE = 'http://localhost:3000/';

describe('prefetch', () => {
  it('hands its response out once, and only for the same URL', () => {
    const fetchImpl = vi.fn(async () => new Response('{}'));
    prefetch(`${HERE}a.json`, fetchImpl as typeof fetch);
    expect(fetchImpl).toHaveBeenCalledWith(`${HERE}a.json`, { credentials: 'same-origin' });
    expect(takePrefetched(`${HERE}b.json`)).toBeNull();
    expect(takePrefetched('a.json')).toBeNull();
    expect(takePrefetched(`${HERE}a.json`)).toBeInstanceOf(Promise);
    expect(takePrefetched(`${HERE}a.json`)).toBeNull();
  });

  it('is what loadVisitFromUrl reads, with the browser fetch', async () => {
    const early = vi.fn(async () => new Response(visit));
    prefetch(`${HERE}v.json`, early as typeof fetch);
    const real = globalThis.fetch;
    const later = vi.fn(async () => new Response('not json'));
    globalThis.fetch = later as typeof fetch;
    try {
      const r = await loadVisitFromUrl(`${HERE}v.json`);
      expect(r.ok).toBe(true);
      expect(later).not.toHaveBeenCalled();
      // Taken once: loading again asks the network.
      expect((await loadVisitFromUrl(`${HERE}v.json`)).ok).toBe(false);
      expect(later).toHaveBeenCalledOnce();
    } finally {
      globalThis.fetch = real;
    }
  });

  it('reports an early network failure like a late one', async () => {
    prefetch(`${HERE}x.json`, (async () => {
      throw new TypeError('Failed to fetch');
    }) as typeof fetch);
    const r = await loadVisitFromUrl(`${HERE}x.json`);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problem).toBe('network');
  });

  it.each([
    'a.json',
    'data:application/json,{}',
    ' data:application/json,{}',
    'DATA:application/json,{}',
    'blob:http://localhost:3000/1',
    'javascript:alert(1)',
    '//evil.example/v.json',
    'http://a b/v.json',
  ])('fetches nothing for %j, which is not a judged absolute http(s) URL', (url) => {
    const fetchImpl = vi.fn(async () => new Response('{}'));
    prefetch(url, fetchImpl as typeof fetch);
    expect(fetchImpl).not.toHaveBeenCalled();
    expect(takePrefetched(url)).toBeNull();
  });
});
