// @vitest-environment node
import { File as NodeFile } from 'node:buffer';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateVisit } from '../../../tests/fixtures/synthetic';
import { loadVisitFromFile, loadVisitFromUrl, WORKER_THRESHOLD, type LoadProgress } from './load';
import { parseVisitText, type ParseResult } from './parseVisit';
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
      'not-found',
      'an HTML page (text/html; charset=utf-8)',
    ],
    [
      'an HTML page served without its type',
      respond('\n<!DOCTYPE html><p>hi'),
      'not-found',
      'an HTML page',
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

/** A body of `text` streamed in chunks of `size` bytes, with its Content-Length. */
const streamed = (text: string, size: number, length = true): typeof fetch => {
  const bytes = new TextEncoder().encode(text);
  return respond(
    new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < bytes.length; i += size) controller.enqueue(bytes.slice(i, i + size));
        controller.close();
      },
    }),
    length ? { headers: { 'content-length': String(bytes.length) } } : {},
  );
};
/** A visit file just over the worker threshold. */
const large = JSON.stringify(generateVisit({ seed: 3, meetings: 1600 }));

describe('loading large files without freezing the page', () => {
  it('is a test file over the threshold', () => {
    expect(new TextEncoder().encode(large).length).toBeGreaterThan(WORKER_THRESHOLD);
  });

  it('reports the bytes as they arrive, then validation', async () => {
    const seen: LoadProgress[] = [];
    const r = await loadVisitFromUrl('v.json', streamed(visit, 16 * 1024), {
      onProgress: (p) => seen.push(p),
    });
    expect(r.ok).toBe(true);
    const total = new TextEncoder().encode(visit).length;
    const downloads = seen.filter((p) => p.phase === 'download');
    expect(downloads.length).toBeGreaterThan(3);
    expect(downloads.every((p) => p.total === total)).toBe(true);
    const loaded = downloads.map((p) => p.loaded);
    expect(loaded).toEqual([...loaded].sort((a, b) => a - b));
    expect(loaded.at(-1)).toBe(total);
    expect(seen.at(-1)).toEqual({ phase: 'validate', loaded: total, total });
  });

  it('says the total is unknown when the server does not send it', async () => {
    const seen: LoadProgress[] = [];
    await loadVisitFromUrl('v.json', streamed(visit, 16 * 1024, false), {
      onProgress: (p) => seen.push(p),
    });
    expect(seen.filter((p) => p.phase === 'download').every((p) => p.total === null)).toBe(true);
  });

  it('hands a large file to the off-thread parser, as bytes or as the file itself', async () => {
    const bodies: (Blob | Uint8Array)[] = [];
    const parseLarge = async (body: Blob | Uint8Array): Promise<ParseResult> => {
      bodies.push(body);
      const text = body instanceof Uint8Array ? new TextDecoder().decode(body) : await body.text();
      return parseVisitText(text);
    };
    expect((await loadVisitFromUrl('v.json', streamed(large, 64 * 1024), { parseLarge })).ok).toBe(
      true,
    );
    expect(bodies[0]).toBeInstanceOf(Uint8Array);
    expect((bodies[0] as Uint8Array).byteLength).toBeGreaterThan(WORKER_THRESHOLD);
    const big = file(large, 'big.json');
    expect((await loadVisitFromFile(big, { parseLarge })).ok).toBe(true);
    expect(bodies[1]).toBe(big);
  });

  it('parses a small file here, and a large one here too when the worker fails', async () => {
    let calls = 0;
    const failing = async (): Promise<ParseResult> => {
      calls++;
      throw new Error('no worker');
    };
    expect((await loadVisitFromUrl('v.json', respond(visit), { parseLarge: failing })).ok).toBe(
      true,
    );
    expect(calls).toBe(0);
    const r = await loadVisitFromUrl('v.json', streamed(large, 64 * 1024), {
      parseLarge: failing,
    });
    expect(r.ok).toBe(true);
    expect(calls).toBe(1);
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

describe('one reader for downloads and local files', () => {
  const utf16 = (() => {
    const text = readFileSync('tests/fixtures/valid/minimal.json', 'utf8');
    const out = new Uint8Array(2 + text.length * 2);
    out.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) {
      out[2 + 2 * i] = text.charCodeAt(i) & 0xff;
      out[3 + 2 * i] = text.charCodeAt(i) >> 8;
    }
    return out;
  })();
  const bytesFile = (bytes: Uint8Array, name: string) =>
    new NodeFile([bytes], name) as unknown as File;

  it.each([
    ['UTF-16 with its byte-order mark', utf16, 'utf-16'],
    ['invalid UTF-8', new Uint8Array([0x7b, 0x22, 0xc3, 0x28, 0x22, 0x7d]), 'not-utf8'],
    ['an empty file', new Uint8Array(0), 'empty'],
  ])('gives %s the same problem and message either way', async (_, bytes, problem) => {
    const url = await loadVisitFromUrl('v.json', respond(bytes.slice()));
    const local = await loadVisitFromFile(bytesFile(bytes, 'v.json'));
    expect(url.ok ? '' : url.problem).toBe(problem);
    expect(local.ok ? '' : local.problem).toBe(problem);
    expect(url.ok ? [] : url.errors).toEqual(local.ok ? [] : local.errors);
  });

  it('reads a large file through the same reader in the off-thread parser', async () => {
    const big = new Uint8Array(WORKER_THRESHOLD + 10).fill(0x20);
    big[0] = 0xff; // FF FE: UTF-16 LE
    big[1] = 0xfe;
    const seen: unknown[] = [];
    const parseLarge = async (body: Blob | Uint8Array) => {
      seen.push(body);
      const { parseVisitBytes } = await import('./readBytes');
      return parseVisitBytes(
        body instanceof Uint8Array ? body : new Uint8Array(await body.arrayBuffer()),
      );
    };
    const r = await loadVisitFromFile(bytesFile(big, 'big.json'), { parseLarge });
    expect(seen).toHaveLength(1);
    expect(r.ok ? '' : r.problem).toBe('utf-16');
  });
});

describe('a download that stops', () => {
  /** A body that sends `first` and then nothing, ever. */
  const silentAfter = (first: Uint8Array | null): typeof fetch =>
    respond(
      new ReadableStream<Uint8Array>({
        start(controller) {
          if (first) controller.enqueue(first);
        },
      }),
    );

  it('is given up when the body sends nothing after the headers', async () => {
    const r = await loadVisitFromUrl('v.json', silentAfter(null), { stallMs: 300 });
    expect(r.ok ? '' : r.problem).toBe('stalled');
    expect(r.ok ? '' : r.errors[0]!.message).toBe(
      'v.json: expected the server to keep sending the file, found nothing for 0.3 s, before any byte',
    );
  });

  it('says how much had arrived when the body stops halfway', async () => {
    const seen: LoadProgress[] = [];
    const r = await loadVisitFromUrl('v.json', silentAfter(new TextEncoder().encode('{"a": ')), {
      stallMs: 1500,
      onProgress: (p) => seen.push(p),
    });
    expect(r.ok ? '' : r.problem).toBe('stalled');
    expect(r.ok ? '' : r.errors[0]!.found).toBe('nothing for 1.5 s, after 6 bytes');
    expect(seen.at(-1)).toEqual({ phase: 'download', loaded: 6, total: null });
  });

  it('is given up when no headers ever come, and the request is aborted', async () => {
    let signal: AbortSignal | undefined;
    const never = ((_: RequestInfo | URL, init?: RequestInit) => {
      signal = init?.signal ?? undefined;
      return new Promise<Response>(() => {});
    }) as typeof fetch;
    const r = await loadVisitFromUrl('v.json', never, { stallMs: 300 });
    expect(r.ok ? '' : r.problem).toBe('stalled');
    expect(signal?.aborted).toBe(true);
  });

  it('is given up when a trickle of bytes outlasts the whole-download limit', async () => {
    let timer: ReturnType<typeof setInterval> | undefined;
    const trickle = respond(
      new ReadableStream<Uint8Array>({
        start(controller) {
          timer = setInterval(() => controller.enqueue(new Uint8Array([0x20])), 20);
        },
        cancel: () => clearInterval(timer),
      }),
    );
    const r = await loadVisitFromUrl('v.json', trickle, { stallMs: 60_000, totalMs: 400 });
    clearInterval(timer);
    expect(r.ok ? '' : r.problem).toBe('stalled');
    expect(r.ok ? '' : r.errors[0]!.expected).toBe('expected the whole file within 0.4 s');
  });
});

describe('a real server that sends its headers and then nothing', () => {
  it('is given up with the stall message, whatever the speed of the machine', async () => {
    const server = createServer((_, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.flushHeaders(); // and never a byte of the body
    });
    await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
    try {
      const { port } = server.address() as AddressInfo;
      const url = `http://127.0.0.1:${port}/stall.json`;
      const r = await loadVisitFromUrl(url, (u, init) => fetch(u, init), { stallMs: 300 });
      expect(r.ok ? '' : r.problem).toBe('stalled');
      expect(r.ok ? '' : r.errors[0]!.message).toBe(
        `${url}: expected the server to keep sending the file, found nothing for 0.3 s, before any byte`,
      );
    } finally {
      server.closeAllConnections();
      await new Promise((ok) => server.close(ok));
    }
  });
});
