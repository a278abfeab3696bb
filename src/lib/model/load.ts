/**
 * Loading a visit: the bundled one, `?data=URL`, or a local file an author drops on the page.
 * Every failure becomes ValidationError-shaped messages plus a `problem` that names what went
 * wrong in one word (so the page can say it plainly in Arabic and English); nothing throws.
 *
 * A body is streamed and reported as it arrives (`onProgress`); a file over WORKER_THRESHOLD is
 * parsed and validated in a Web Worker (`parse.worker.ts`), so a 20 MB file never freezes the
 * page. Where no worker can start (an old browser, a policy that forbids it), the same gate runs
 * here instead.
 */
import { LIMITS, type Visit } from './schema';
import { makeError, parseVisitText, type ParseResult, type ValidationError } from './parseVisit';
import { takePrefetched } from './prefetch';

export { prefetch } from './prefetch';

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
  parseLarge?: ((body: Blob | Uint8Array) => Promise<ParseResult>) | null;
}

/** What kind of failure: the page words its headline from this. */
export type LoadProblem = 'network' | 'not-found' | 'http' | 'too-large' | 'not-json' | 'invalid';

export type LoadResult =
  { ok: true; visit: Visit } | { ok: false; problem: LoadProblem; errors: ValidationError[] };

const MB = 1024 * 1024;
const tooLarge = (where: string, bytes: number): LoadResult => ({
  ok: false,
  problem: 'too-large',
  errors: [
    makeError(
      where,
      'too-large',
      `expected a file of at most ${LIMITS.fileBytes / MB} MB`,
      bytes > LIMITS.fileBytes
        ? `${(bytes / MB).toFixed(1)} MB`
        : `more than ${LIMITS.fileBytes / MB} MB`,
    ),
  ],
});

/** Names the problem of a parse failure: not JSON, too large, or a JSON file with mistakes. */
export function classify(result: ParseResult): LoadResult {
  if (result.ok) return result;
  const kind = result.errors[0]?.kind;
  const problem = kind === 'json' ? 'not-json' : kind === 'too-large' ? 'too-large' : 'invalid';
  return { ok: false, problem, errors: result.errors };
}

/**
 * The body's bytes, reading at most `max`: a server that sends no Content-Length (or a wrong
 * one) cannot make the page swallow a huge file. Null when the body is larger.
 */
async function readCapped(
  res: Response,
  max: number,
  progress: (loaded: number) => void,
): Promise<Uint8Array[] | null> {
  if (!res.body) {
    const bytes = new Uint8Array(await res.arrayBuffer());
    progress(bytes.byteLength);
    return bytes.byteLength > max ? null : [bytes];
  }
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
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

/** UTF-8 text of `chunks` (a byte-order mark is dropped, as `Response.text()` does). */
function decode(chunks: readonly Uint8Array[]): string {
  const decoder = new TextDecoder();
  let text = '';
  for (const chunk of chunks) text += decoder.decode(chunk, { stream: true });
  return text + decoder.decode();
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
  /** Sends the body and resolves with the gate's answer; rejects if the worker failed. */
  parse(body: Blob | Uint8Array): Promise<ParseResult>;
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
  let waiting: { resolve: (r: ParseResult) => void; reject: (e: Error) => void } | null = null;
  const fail = (error: Error) => {
    worker.terminate();
    failure = error;
    waiting?.reject(error);
  };
  worker.onmessage = (e: MessageEvent<ParseResult>) => {
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

/** Runs the gate in a new Web Worker; rejects if the worker cannot start or dies. */
const parseInWorker = async (body: Blob | Uint8Array) => startWorker().parse(body);

const defaultParseLarge = typeof Worker === 'function' ? parseInWorker : null;

/**
 * Parses and validates `size` bytes of a file: in a worker when it is large and one can run,
 * else here (`text` reads the body only then).
 */
async function parseBody(
  size: number,
  body: () => Blob | Uint8Array,
  text: () => Promise<string>,
  options: LoadOptions,
): Promise<ParseResult> {
  options.onProgress?.({ phase: 'validate', loaded: size, total: size });
  const parseLarge = options.parseLarge === undefined ? defaultParseLarge : options.parseLarge;
  if (size > WORKER_THRESHOLD && parseLarge) {
    try {
      return await parseLarge(body());
    } catch {
      // No worker after all (e.g. a Content-Security-Policy without 'self' scripts): run here.
    }
  }
  return parseVisitText(await text());
}

/**
 * Fetches and validates a visit file. Same-origin or CORS URLs only (the browser enforces it);
 * the size limit is checked from Content-Length before reading, and again while reading.
 */
export async function loadVisitFromUrl(
  url: string,
  fetchImpl: typeof fetch = fetch,
  options: LoadOptions = {},
): Promise<LoadResult> {
  let res: Response;
  try {
    // The request `main.ts` started early for this URL, if any (only with the browser's fetch).
    const early = fetchImpl === globalThis.fetch ? takePrefetched(url) : null;
    res = await (early ?? fetchImpl(url, { credentials: 'same-origin' }));
  } catch (e) {
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
    return {
      ok: false,
      problem: res.status === 404 || res.status === 410 ? 'not-found' : 'http',
      errors: [makeError(url, 'json', 'expected the file to exist (HTTP 200)', found)],
    };
  }
  const length = Number(res.headers.get('content-length') ?? 0);
  if (length > LIMITS.fileBytes) return tooLarge(url, length);
  const total = length > 0 ? length : null;
  // A file announced as large: its worker starts now and loads its script during the download.
  let worker: WorkerParser | null = null;
  if (length > WORKER_THRESHOLD && options.parseLarge === undefined && defaultParseLarge) {
    try {
      worker = startWorker();
    } catch {
      worker = null; // parseBody tries again, then falls back to this thread
    }
  }
  options.onProgress?.({ phase: 'download', loaded: 0, total });
  let chunks: Uint8Array[] | null;
  try {
    chunks = await readCapped(res, LIMITS.fileBytes, (loaded) =>
      options.onProgress?.({ phase: 'download', loaded, total }),
    );
  } catch (e) {
    worker?.cancel();
    throw e;
  }
  if (chunks === null) {
    worker?.cancel();
    return tooLarge(url, length);
  }
  const size = chunks.reduce((n, c) => n + c.byteLength, 0);
  if (worker && size <= WORKER_THRESHOLD) worker.cancel();
  const result = classify(
    await parseBody(
      size,
      () => concat(chunks, size),
      async () => decode(chunks),
      worker && size > WORKER_THRESHOLD ? { ...options, parseLarge: worker.parse } : options,
    ),
  );
  // A static host that answers every path with its index page: say so rather than quote HTML.
  if (
    !result.ok &&
    result.problem === 'not-json' &&
    /html/i.test(res.headers.get('content-type') ?? '')
  ) {
    const type = res.headers.get('content-type') ?? '';
    result.errors = [makeError(url, 'json', 'expected valid JSON', `an HTML page (${type})`)];
  }
  return result;
}

/** Reads and validates a local file (file picker or drag and drop); the size is checked first. */
export async function loadVisitFromFile(
  file: Blob & { name?: string },
  options: LoadOptions = {},
): Promise<LoadResult> {
  if (file.size > LIMITS.fileBytes) return tooLarge(file.name ?? '(file)', file.size);
  try {
    return classify(
      await parseBody(
        file.size,
        () => file,
        () => file.text(),
        options,
      ),
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
