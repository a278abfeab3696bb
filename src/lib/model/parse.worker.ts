/**
 * The gate, off the main thread: receives a visit file (its bytes, or a File), reads it as UTF-8
 * and answers with `parseVisitText`'s result (the visit, or the errors). Started by `load.ts` for large
 * files, one worker per file; a plain module script from the app's own origin, so it runs under
 * `script-src 'self'`.
 */
import { makeError, parseVisitText, type ParseResult } from './parseVisit';

interface WorkerScope {
  onmessage: ((e: MessageEvent<Blob | Uint8Array>) => void) | null;
  postMessage(message: ParseResult): void;
}
const scope = self as unknown as WorkerScope;

/** UTF-8, a byte-order mark dropped, as `Response.text()` and `Blob.text()` read it. */
const read = async (body: Blob | Uint8Array) =>
  body instanceof Uint8Array ? new TextDecoder().decode(body) : body.text();

scope.onmessage = (e) => {
  read(e.data).then(
    (text) => scope.postMessage(parseVisitText(text)),
    (err: unknown) =>
      scope.postMessage({
        ok: false,
        errors: [makeError('(root)', 'json', 'expected a readable file', String(err))],
      }),
  );
};
