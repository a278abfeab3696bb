/**
 * Loading a visit: the bundled one, or `?data=URL`. Every failure becomes a ValidationError-shaped
 * message (never a thrown error reaching the page), so the shell has one way to show problems.
 */
import { LIMITS } from './schema';
import { makeError, parseVisitText, type ParseResult } from './parseVisit';

/**
 * Fetches and validates a visit file. Same-origin or CORS URLs only (the browser enforces it);
 * the size limit is checked from Content-Length before reading, and again on the text.
 */
export async function loadVisitFromUrl(
  url: string,
  fetchImpl: typeof fetch = fetch,
): Promise<ParseResult> {
  const fail = (expected: string, found: string): ParseResult => ({
    ok: false,
    errors: [makeError(url, 'json', expected, found)],
  });
  let res: Response;
  try {
    res = await fetchImpl(url, { credentials: 'same-origin' });
  } catch (e) {
    return fail(
      'expected a reachable file (same origin, or served with CORS)',
      e instanceof Error ? e.message : String(e),
    );
  }
  if (!res.ok)
    return fail(
      'expected the file to exist (HTTP 200)',
      `HTTP ${res.status} ${res.statusText}`.trim(),
    );
  const length = Number(res.headers.get('content-length') ?? 0);
  if (length > LIMITS.fileBytes) {
    return {
      ok: false,
      errors: [
        makeError(
          url,
          'too-large',
          `expected a file of at most ${LIMITS.fileBytes / 1024 / 1024} MB`,
          `${(length / 1024 / 1024).toFixed(1)} MB`,
        ),
      ],
    };
  }
  const text = await res.text();
  return parseVisitText(text);
}
