/**
 * Loading a visit: the bundled one, `?data=URL`, or a local file an author drops on the page.
 * Every failure becomes ValidationError-shaped messages plus a `problem` that names what went
 * wrong in one word (so the page can say it plainly in Arabic and English); nothing throws.
 */
import { LIMITS, type Visit } from './schema';
import { makeError, parseVisitText, type ParseResult, type ValidationError } from './parseVisit';

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
 * The body as text, reading at most `max` bytes: a server that sends no Content-Length (or a
 * wrong one) cannot make the page swallow a huge file. Null when the body is larger.
 */
async function readCapped(res: Response, max: number): Promise<string | null> {
  if (!res.body) {
    const text = await res.text();
    return text.length > max ? null : text;
  }
  const reader = res.body.getReader();
  const decoder = new TextDecoder();
  let bytes = 0;
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return text + decoder.decode();
    bytes += value.byteLength;
    if (bytes > max) {
      await reader.cancel();
      return null;
    }
    text += decoder.decode(value, { stream: true });
  }
}

/**
 * Fetches and validates a visit file. Same-origin or CORS URLs only (the browser enforces it);
 * the size limit is checked from Content-Length before reading, and again while reading.
 */
export async function loadVisitFromUrl(
  url: string,
  fetchImpl: typeof fetch = fetch,
): Promise<LoadResult> {
  let res: Response;
  try {
    res = await fetchImpl(url, { credentials: 'same-origin' });
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
  const text = await readCapped(res, LIMITS.fileBytes);
  if (text === null) return tooLarge(url, length);
  const result = classify(parseVisitText(text));
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
export async function loadVisitFromFile(file: Blob & { name?: string }): Promise<LoadResult> {
  if (file.size > LIMITS.fileBytes) return tooLarge(file.name ?? '(file)', file.size);
  let text: string;
  try {
    text = await file.text();
  } catch (e) {
    const found = e instanceof Error ? e.message : String(e);
    return {
      ok: false,
      problem: 'network',
      errors: [makeError(file.name ?? '(file)', 'json', 'expected a readable file', found)],
    };
  }
  return classify(parseVisitText(text));
}
