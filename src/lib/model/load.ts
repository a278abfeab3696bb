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
import { LIMITS, type Visit } from './schema';
import { makeError, type ParseResult, type ValidationError } from './parseVisit';
import { takePrefetched } from './prefetch';
import { classify, parseVisitBytes, readBytes, tooLargeError, type FileProblem } from './readBytes';

export { prefetch } from './prefetch';
export { classify } from './readBytes';

/** Bytes above which a file is parsed and validated off the main thread. */
export const WORKER_THRESHOLD = 1024 * 1024;

export interface LoadProgress {
  /** `download`: the body is arriving; `validate`: the file is being parsed and checked. */
  phase: 'download' | 'validate';
  /** Bytes read so far. */
  loaded: number;
  /** Bytes expected (Content-Length or the file's size); null when the server does not say. */
  total: number | null;
}

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

/**
 * What kind of failure: the page words its headline from this. `draw` is the page's own: a visit
 * that loaded, and then could not be drawn (App.svelte).
 */
export type LoadProblem = FileProblem | 'network' | 'not-found' | 'http' | 'stalled' | 'draw';

export type LoadResult =
  { ok: true; visit: Visit } | { ok: false; problem: LoadProblem; errors: ValidationError[] };

const tooLarge = (bytes: number | null): LoadResult => ({
  ok: false,
  problem: 'too-large',
  errors: [tooLargeError('(root)', bytes)],
});

/** Why a download was given up: `stall` ms without a byte, or the whole download took too long. */
class Stalled extends Error {
  constructor(
    readonly ms: number,
    readonly whole: boolean,
  ) {
    super(whole ? 'too slow' : 'stalled');
  }
}

/**
 * Races `step` against the two clocks of a download: `stall` ms from now, and the `deadline`
 * (a `performance.now()` time). Rejects with Stalled when a clock runs out first.
 */
function inTime<T>(step: Promise<T>, stall: number, deadline: number, total: number): Promise<T> {
  const left = deadline - performance.now();
  const whole = left < stall;
  const ms = Math.max(0, Math.min(stall, left));
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Stalled(whole ? total : stall, whole)), ms);
  });
  return Promise.race([step, timeout]).finally(() => clearTimeout(timer));
}

/**
 * The body's bytes, reading at most `max`: a server that sends no Content-Length (or a wrong
 * one) cannot make the page swallow a huge file. Null when the body is larger. `wait` bounds
 * each read (inTime); a stall cancels the body and rejects with Stalled.
 */
async function readCapped(
  res: Response,
  max: number,
  progress: (loaded: number) => void,
  wait: <T>(step: Promise<T>) => Promise<T>,
): Promise<Uint8Array[] | null> {
  if (!res.body) {
    const bytes = new Uint8Array(await wait(res.arrayBuffer()));
    progress(bytes.byteLength);
    return bytes.byteLength > max ? null : [bytes];
  }
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let bytes = 0;
  for (;;) {
    let step: ReadableStreamReadResult<Uint8Array>;
    try {
      step = await wait(reader.read());
    } catch (e) {
      reader.cancel().catch(() => {});
      throw e;
    }
    const { done, value } = step;
    if (done) return chunks;
    bytes += value.byteLength;
    if (bytes > max) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
    progress(bytes);
  }
}

/** The failure of a download given up by `inTime`, after `loaded` bytes had arrived. */
function stalled(url: string, e: Stalled, loaded: number): LoadResult {
  const s = `${Number((e.ms / 1000).toFixed(1))} s`;
  const after = loaded > 0 ? `after ${loaded.toLocaleString('en-US')} bytes` : 'before any byte';
  return {
    ok: false,
    problem: 'stalled',
    errors: [
      makeError(
        url,
        'json',
        e.whole
          ? `expected the whole file within ${s}`
          : 'expected the server to keep sending the file',
        e.whole ? `not finished after ${s} (${after})` : `nothing for ${s}, ${after}`,
      ),
    ],
  };
}

/** One buffer holding `chunks` (a copy: the chunks stay readable if the worker fails). */
function concat(chunks: readonly Uint8Array[], size: number): Uint8Array {
  const out = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.byteLength;
  }
  return out;
}

interface WorkerParser {
  /** Sends the body and resolves with the reader's and gate's answer; rejects if it failed. */
  parse(body: Blob | Uint8Array): Promise<LoadResult>;
  /** Stops a worker that will not be needed after all. */
  cancel(): void;
}

/**
 * Starts the gate's Web Worker; it loads its script while the body is still arriving. Bytes are
 * transferred (not copied); a File is passed by reference and read in the worker.
 */
function startWorker(): WorkerParser {
  const worker = new Worker(new URL('./parse.worker.ts', import.meta.url), { type: 'module' });
  let failure: Error | null = null;
  let waiting: { resolve: (r: LoadResult) => void; reject: (e: Error) => void } | null = null;
  const fail = (error: Error) => {
    worker.terminate();
    failure = error;
    waiting?.reject(error);
  };
  worker.onmessage = (e: MessageEvent<LoadResult>) => {
    worker.terminate();
    waiting?.resolve(e.data);
  };
  worker.onerror = (e) => {
    e.preventDefault();
    fail(new Error(e.message || 'the validation worker failed'));
  };
  worker.onmessageerror = () => fail(new Error('the validation worker sent an unreadable result'));
  return {
    parse: (body) =>
      new Promise((resolve, reject) => {
        if (failure) return reject(failure);
        waiting = { resolve, reject };
        worker.postMessage(body, body instanceof Uint8Array ? [body.buffer] : []);
      }),
    cancel: () => worker.terminate(),
  };
}

/**
 * A file that failed the gate, with where each mistake is in its text (line, column, excerpt) and
 * hints: the parser that keeps positions loads only now, in its own chunk (positions.ts).
 */
async function located(result: LoadResult, bytes: () => Promise<Uint8Array>): Promise<LoadResult> {
  if (result.ok || (result.problem !== 'invalid' && result.problem !== 'not-json')) return result;
  try {
    const read = readBytes(await bytes());
    if (!read.ok) return result;
    const { locateErrors } = await import('./positions');
    return { ...result, errors: locateErrors(read.text, result.errors) };
  } catch {
    return result; // the chunk could not load (offline?): the errors without places
  }
}

/** Bytes that start like an HTML page (`<!doctype html`, `<html`), after white space. */
function looksLikeHtml(chunks: readonly Uint8Array[]): boolean {
  const head = new TextDecoder().decode(chunks[0]?.subarray(0, 64)).trimStart().toLowerCase();
  return head.startsWith('<!doctype html') || head.startsWith('<html');
}

/** Runs the gate in a new Web Worker; rejects if the worker cannot start or dies. */
const parseInWorker = async (body: Blob | Uint8Array) => startWorker().parse(body);

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
  return parseVisitBytes(await bytes());
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
    (/html/i.test(type) || looksLikeHtml(chunks))
  ) {
    const page = type ? `an HTML page (${type})` : 'an HTML page';
    return {
      ok: false,
      problem: 'not-found',
      errors: [makeError(url, 'json', 'expected the file to exist (HTTP 200)', page)],
    };
  }
  return located(result, async () => body());
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
    const bytes = async () => new Uint8Array(await file.arrayBuffer());
    return await located(await parseBody(file.size, () => file, bytes, options), bytes);
  } catch (e) {
    const found = e instanceof Error ? e.message : String(e);
    return {
      ok: false,
      problem: 'network',
      errors: [makeError(file.name ?? '(file)', 'json', 'expected a readable file', found)],
    };
  }
}
