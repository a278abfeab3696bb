import { describe, expect, it, vi } from 'vitest';
import { loadVisitFromUrl } from './load';
import { prefetch, takePrefetched } from './prefetch';
import { readFileSync } from 'node:fs';

const visit = readFileSync('data/visits/korea-2022.json', 'utf8');

describe('prefetch', () => {
  it('hands its response out once, and only for the same URL', () => {
    const fetchImpl = vi.fn(async () => new Response('{}'));
    prefetch('a.json', fetchImpl as typeof fetch);
    expect(fetchImpl).toHaveBeenCalledWith('a.json', { credentials: 'same-origin' });
    expect(takePrefetched('b.json')).toBeNull();
    expect(takePrefetched('a.json')).toBeInstanceOf(Promise);
    expect(takePrefetched('a.json')).toBeNull();
  });

  it('is what loadVisitFromUrl reads, with the browser fetch', async () => {
    const early = vi.fn(async () => new Response(visit));
    prefetch('v.json', early as typeof fetch);
    const real = globalThis.fetch;
    const later = vi.fn(async () => new Response('not json'));
    globalThis.fetch = later as typeof fetch;
    try {
      const r = await loadVisitFromUrl('v.json');
      expect(r.ok).toBe(true);
      expect(later).not.toHaveBeenCalled();
      // Taken once: loading again asks the network.
      expect((await loadVisitFromUrl('v.json')).ok).toBe(false);
      expect(later).toHaveBeenCalledOnce();
    } finally {
      globalThis.fetch = real;
    }
  });

  it('reports an early network failure like a late one', async () => {
    prefetch('x.json', (async () => {
      throw new TypeError('Failed to fetch');
    }) as typeof fetch);
    const r = await loadVisitFromUrl('x.json');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problem).toBe('network');
  });
});
