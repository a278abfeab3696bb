/**
 * The reader and the gate, off the main thread: receives a visit file (its bytes, or a File),
 * reads it with `readBytes` and answers with `parseVisitBytes`'s result (the visit, or the
 * problem and its errors, located in the text), exactly as `load.ts` would on the main thread. Started by `load.ts` for
 * large files, one worker per file; a plain module script from the app's own origin, so it runs
 * under `script-src 'self'`.
 */
import { makeError } from './parseVisit';
import { locateFileResult } from './positions';
import { parseVisitBytes, type FileResult } from './readBytes';
import { toParts, type Slice } from './workerParts';

interface WorkerScope {
  onmessage: ((e: MessageEvent<Blob | Uint8Array>) => void) | null;
  postMessage(
    message: Slice | FileResult | { ok: false; problem: 'network'; errors: unknown[] },
  ): void;
}
const scope = self as unknown as WorkerScope;

/** The bytes of the body: as sent, or a File's, read here (never `Blob.text()`). */
const bytesOf = async (body: Blob | Uint8Array) =>
  body instanceof Uint8Array ? body : new Uint8Array(await body.arrayBuffer());

scope.onmessage = (e) => {
  bytesOf(e.data).then(
    // A file with mistakes: where each one is (positions.ts), here rather than on the page.
    // A valid visit in parts, so that the page receives it in short tasks (workerParts.ts).
    (bytes) => {
      for (const m of toParts(locateFileResult(parseVisitBytes(bytes), bytes)))
        scope.postMessage(m);
    },
    (err: unknown) =>
      scope.postMessage({
        ok: false,
        problem: 'network',
        errors: [makeError('(root)', 'json', 'expected a readable file', String(err))],
      }),
  );
};
