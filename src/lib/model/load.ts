/**
 * Loading a visit: the bundled one, `?data=URL`, or a local file an author drops on the page.
 * Every failure becomes ValidationError-shaped messages plus a `problem` that names what went
 * wrong in one word (so the page can say it plainly in Arabic and English); nothing throws.
 * Bytes become text in one way only, `readBytes` (readBytes.ts), whichever way the file came.
 *
 * A body is streamed and reported as it arrives (`onProgress`); a file over WORKER_THRESHOLD is
 * parsed and validated in a Web Worker (`parse.worker.ts`), so a 20 MB file never freezes the
 * page. Where no worker can start (an old browser, a policy that forbids it), the same gate runs
 * here instead.
 *
 * A download that stops sending (no byte for `stallMs`, or not done after `totalMs`) is given up
 * with the problem `stalled`, so the page never stays on "Downloading…".
 */
import { LIMITS } from './schema';
import { makeError, type ParseResult } from './parseVisit';
import { takePrefetched } from './prefetch';
import { concat, inTime, looksLikeHtml, readCapped, Stalled, stalled } from './download';
import { parseInWorker, startWorker, type WorkerParser } from './worker';
import { classify, parseVisitBytes, tooLargeError, type FileResult } from './readBytes';

export { prefetch } from './prefetch';
export { classify } from './readBytes';
export type { LoadProblem, LoadProgress, LoadResult } from './loadResult';
import type { LoadProgress, LoadResult } from './loadResult';

/** Bytes above which a file is parsed and validated off the main thread. */
export const WORKER_THRESHOLD = 1024 * 1024;

export interface LoadOptions {
  /** Called as the body arrives, and once when validation starts. */
  onProgress?: (progress: LoadProgress) => void;
  /**
   * Parses and validates a large file elsewhere (default: in a Web Worker, where the browser has
   * them). A rejection falls back to parsing on the main thread.
   */
  parseLarge?: ((body: Blob | Uint8Array) => Promise<ParseResult | LoadResult>) | null;
  /** A download with no new byte for this long is given up (ms; default STALL_MS). */
  stallMs?: number;
  /** A download not finished after this long is given up (ms; default TOTAL_MS). */
  totalMs?: number;
}

/** No byte for this long (ms), from the request on: the server is taken to have stopped. */
export const STALL_MS = 20_000;
/** At most this long (ms) for a whole download: 20 MB needs about 70 KB/s to make it. */
export const TOTAL_MS = 5 * 60_000;

const tooLarge = (bytes: number | null): LoadResult => ({
  ok: false,
  problem: 'too-large',
  errors: [tooLargeError('(root)', bytes)],
});

/**
 * A file that failed the gate, with where each mistake is in its text (line, column, excerpt) and
 * hints: the parser that keeps positions loads only now, in its own chunk (positions.ts).
 */
async function located(result: FileResult, bytes: Uint8Array): Promise<FileResult> {
  if (result.ok || (result.problem !== 'invalid' && result.problem !== 'not-json')) return result;
  try {
    const { locateFileResult } = await import('./positions');
    return locateFileResult(result, bytes);
  } catch {
    return result; // the chunk could not load (offline?): the errors without places
  }
}

const defaultParseLarge = typeof Worker === 'function' ? parseInWorker : null;

/**
 * Reads and validates `size` bytes of a file: in a worker when it is large and one can run,
 * else here (`bytes` reads the body only then). Both run `parseVisitBytes`.
 */
async function parseBody(
  size: number,
  body: () => Blob | Uint8Array,
  bytes: () => Promise<Uint8Array>,
  options: LoadOptions,
): Promise<LoadResult> {
  options.onProgress?.({ phase: 'validate', loaded: size, total: size });
  const parseLarge = options.parseLarge === undefined ? defaultParseLarge : options.parseLarge;
  if (size > WORKER_THRESHOLD && parseLarge) {
    try {
      return classify(await parseLarge(body()));
    } catch {
      // No worker after all (e.g. a Content-Security-Policy without 'self' scripts): run here.
    }
  }
  // (The worker locates the errors itself: parse.worker.ts.)
  const read = await bytes();
  return located(parseVisitBytes(read), read);
}

/**
 * Fetches and validates a visit file. Same-origin or CORS URLs only (the browser enforces it);
 * the size limit is checked from Content-Length before reading, and again while reading. A
 * server that sends nothing for `stallMs` (headers or body), or has not sent the whole file
 * after `totalMs`, is given up: the request is aborted and the problem is `stalled`.
 */
export async function loadVisitFromUrl(
  url: string,
  fetchImpl: typeof fetch = fetch,
  options: LoadOptions = {},
): Promise<LoadResult> {
  const stall = options.stallMs ?? STALL_MS;
  const total = options.totalMs ?? TOTAL_MS;
  const deadline = performance.now() + total;
  const wait = <T>(step: Promise<T>) => inTime(step, stall, deadline, total);
  const abort = new AbortController();
  let res: Response;
  try {
    // The request `main.ts` started early for this URL, if any (only with the browser's fetch).
    const early = fetchImpl === globalThis.fetch ? takePrefetched(url) : null;
    res = await wait(early ?? fetchImpl(url, { credentials: 'same-origin', signal: abort.signal }));
  } catch (e) {
    if (e instanceof Stalled) {
      abort.abort();
      return stalled(url, e, 0);
    }
    const found = e instanceof Error ? e.message : String(e);
    return {
      ok: false,
      problem: 'network',
      errors: [
        makeError(
          url,
          'json',
          'expected a reachable file (same origin, or served with CORS)',
          found,
        ),
      ],
    };
  }
  if (!res.ok) {
    const found = `HTTP ${res.status} ${res.statusText}`.trim();
    res.body?.cancel().catch(() => {});
    return {
      ok: false,
      problem: res.status === 404 || res.status === 410 ? 'not-found' : 'http',
      errors: [makeError(url, 'json', 'expected the file to exist (HTTP 200)', found)],
    };
  }
  const length = Number(res.headers.get('content-length') ?? 0);
  if (length > LIMITS.fileBytes) {
    res.body?.cancel().catch(() => {});
    return tooLarge(length);
  }
  const expected = length > 0 ? length : null;
  // A file announced as large: its worker starts now and loads its script during the download.
  let worker: WorkerParser | null = null;
  if (length > WORKER_THRESHOLD && options.parseLarge === undefined && defaultParseLarge) {
    try {
      worker = startWorker();
    } catch {
      worker = null; // parseBody tries again, then falls back to this thread
    }
  }
  options.onProgress?.({ phase: 'download', loaded: 0, total: expected });
  let chunks: Uint8Array[] | null;
  let loaded = 0;
  try {
    chunks = await readCapped(
      res,
      LIMITS.fileBytes,
      (bytes) => {
        loaded = bytes;
        options.onProgress?.({ phase: 'download', loaded, total: expected });
      },
      wait,
    );
  } catch (e) {
    worker?.cancel();
    abort.abort();
    if (e instanceof Stalled) return stalled(url, e, loaded);
    const found = e instanceof Error ? e.message : String(e);
    return {
      ok: false,
      problem: 'network',
      errors: [makeError(url, 'json', 'expected the whole file', `the download broke: ${found}`)],
    };
  }
  if (chunks === null) {
    worker?.cancel();
    return tooLarge(length);
  }
  const size = chunks.reduce((n, c) => n + c.byteLength, 0);
  if (worker && size <= WORKER_THRESHOLD) worker.cancel();
  const body = () => concat(chunks, size);
  const result = await parseBody(
    size,
    body,
    async () => body(),
    worker && size > WORKER_THRESHOLD ? { ...options, parseLarge: worker.parse } : options,
  );
  // A dev or preview server (or a static host) that answers every unknown path with the app's
  // page: the file is not there. Said as "not found", not "not JSON".
  const type = res.headers.get('content-type') ?? '';
  if (
    !result.ok &&
    result.problem === 'not-json' &&
    // (A server that calls an HTML body JSON does serve that file: it is not JSON.)
    (/html/i.test(type) || (!/json/i.test(type) && looksLikeHtml(chunks)))
  ) {
    const page = type ? `an HTML page (${type})` : 'an HTML page';
    return {
      ok: false,
      problem: 'not-found',
      errors: [makeError(url, 'json', 'expected the file to exist (HTTP 200)', page)],
    };
  }
  return result;
}

/**
 * Reads and validates a local file (file picker or drag and drop): the size is checked first,
 * then its bytes go through the same reader as a download's (never `File.text()`, which would
 * read a UTF-16 file that `?data=` refuses).
 */
export async function loadVisitFromFile(
  file: Blob & { name?: string },
  options: LoadOptions = {},
): Promise<LoadResult> {
  if (file.size > LIMITS.fileBytes) return tooLarge(file.size);
  try {
    return await parseBody(
      file.size,
      () => file,
      async () => new Uint8Array(await file.arrayBuffer()),
      options,
    );
  } catch (e) {
    const found = e instanceof Error ? e.message : String(e);
    return {
      ok: false,
      problem: 'network',
      errors: [makeError(file.name ?? '(file)', 'json', 'expected a readable file', found)],
    };
  }
}
