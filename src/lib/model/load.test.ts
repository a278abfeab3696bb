import { File as NodeFile } from 'node:buffer';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadVisitFromFile, loadVisitFromUrl } from './load';
import { LIMITS } from './schema';

// jsdom's File has no `text()`; every browser's has, and so has Node's.
const file = (body: string, name: string) => new NodeFile([body], name) as unknown as File;
const visit = readFileSync('data/visits/korea-2022.json', 'utf8');
const respond =
  (body: BodyInit | null, init: ResponseInit = {}): typeof fetch =>
  async () =>
    new Response(body, init);

describe('loadVisitFromUrl', () => {
  it('loads a valid visit', async () => {
    const r = await loadVisitFromUrl(
      'v.json',
      respond(visit, { headers: { 'content-type': 'application/json' } }),
    );
    expect(r.ok).toBe(true);
  });

  it.each([
    [
      '404',
      respond('nope', { status: 404, statusText: 'Not Found' }),
      'not-found',
      'HTTP 404 Not Found',
    ],
    ['500', respond('', { status: 500 }), 'http', 'HTTP 500'],
    [
      'a network failure',
      (async () => {
        throw new TypeError('Failed to fetch');
      }) as typeof fetch,
      'network',
      'Failed to fetch',
    ],
    ['plain text', respond('hello'), 'not-json', ''],
    [
      "a host's HTML fallback page",
      respond('<!doctype html><p>hi', { headers: { 'content-type': 'text/html; charset=utf-8' } }),
      'not-json',
      'an HTML page (text/html; charset=utf-8)',
    ],
    ['a JSON file that is no visit', respond('{"title": 5}'), 'invalid', ''],
    [
      'a declared size over the limit',
      respond('{}', { headers: { 'content-length': String(LIMITS.fileBytes + 1) } }),
      'too-large',
      'MB',
    ],
  ])('names the problem of %s', async (_, fetchImpl, problem, found) => {
    const r = await loadVisitFromUrl('v.json', fetchImpl);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problem).toBe(problem);
    expect(r.errors.length).toBeGreaterThan(0);
    expect(r.errors[0]!.found).toContain(found);
  });

  it('stops reading a body without Content-Length once it passes the limit', async () => {
    let sent = 0;
    const chunk = new Uint8Array(1024 * 1024).fill(32);
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        sent += chunk.byteLength;
        controller.enqueue(chunk);
      },
    });
    const r = await loadVisitFromUrl('v.json', respond(body));
    expect(r.ok ? '' : r.problem).toBe('too-large');
    expect(sent).toBeLessThan(LIMITS.fileBytes + 3 * chunk.byteLength);
  });
});

describe('loadVisitFromFile', () => {
  it('loads a valid file', async () => {
    const r = await loadVisitFromFile(file(visit, 'v.json'));
    expect(r.ok).toBe(true);
  });

  it('refuses a file over the limit before reading it', async () => {
    const huge = {
      size: LIMITS.fileBytes + 1,
      name: 'big.json',
      text: () => Promise.reject(new Error('read')),
    };
    const r = await loadVisitFromFile(huge as unknown as File);
    expect(r.ok ? '' : r.problem).toBe('too-large');
  });

  it('lists the mistakes of an invalid file', async () => {
    const r = await loadVisitFromFile(file('{"schemaVersion": 1}', 'bad.json'));
    expect(r.ok ? '' : r.problem).toBe('invalid');
  });
});
