/**
 * A spreadsheet read off the main thread: receives the files (name and bytes), answers with
 * `importFiles`'s result, exactly as on the main thread. Started by loadFiles.ts, one worker per
 * import, so that even a workbook at the limits (unzip.ts) never freezes the page; a plain
 * module script from the app's own origin, so it runs under `script-src 'self'`.
 */
import { importFiles, type NamedBytes } from './workbook';

interface WorkerScope {
  onmessage: ((e: MessageEvent<NamedBytes[]>) => void) | null;
  postMessage(message: unknown): void;
}
const scope = self as unknown as WorkerScope;

scope.onmessage = (e) => {
  importFiles(e.data).then(
    (result) => scope.postMessage(result),
    (err: unknown) =>
      scope.postMessage({
        ok: false,
        problems: [{ sheet: 'visit', kind: 'unreadable', found: String(err) }],
      }),
  );
};
