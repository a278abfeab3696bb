/**
 * Spreadsheet files opened in the page, as the loader's result: the visit (previewed at once)
 * with the JSON to download, or the mistakes by sheet, row and column. Lazy: the page loads
 * this module, and the spreadsheet libraries behind it, only when a spreadsheet is opened.
 * Nothing leaves the browser. The reading runs in a Web Worker where one can start.
 */
import { makeError } from '../model/errors';
import type { LoadResult } from '../model/loadResult';
import type { SheetOutcome } from './outcome';
import { importFiles, type NamedBytes, type SheetImport } from './workbook';
import { describeSheetProblem } from './words';

/** `importFiles` in a Web Worker (sheet.worker.ts); rejects if none can start or it dies. */
function inWorker(files: NamedBytes[]): Promise<SheetImport> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./sheet.worker.ts', import.meta.url), { type: 'module' });
    const done = () => worker.terminate();
    worker.onmessage = (e: MessageEvent<SheetImport>) => (done(), resolve(e.data));
    worker.onerror = (e) => {
      e.preventDefault();
      done();
      reject(new Error(e.message || 'the spreadsheet worker failed'));
    };
    worker.onmessageerror = () => (done(), reject(new Error('unreadable worker result')));
    worker.postMessage(
      files,
      files.map((f) => f.bytes.buffer as ArrayBuffer),
    );
  });
}

/**
 * Off the main thread where a worker can run, so the page keeps answering while a large or
 * hostile workbook is read; here otherwise (no Worker, or a policy that forbids it).
 */
async function importOffThread(files: NamedBytes[]): Promise<SheetImport> {
  if (typeof Worker === 'function') {
    try {
      return await inWorker(files.map((f) => ({ name: f.name, bytes: f.bytes.slice() })));
    } catch {
      // No worker after all: read here.
    }
  }
  return importFiles(files);
}

export async function loadSheetFiles(
  files: readonly File[],
): Promise<LoadResult & { sheet: SheetOutcome }> {
  const named = await Promise.all(
    files.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })),
  );
  const result = await importOffThread(named);
  const fileName = files.length === 1 ? files[0]!.name : files.map((f) => f.name).join(', ');
  if (result.ok) {
    const json = `${JSON.stringify(result.json, null, 2)}\n`;
    return { ok: true, visit: result.visit, sheet: { fileName, problems: [], json } };
  }
  // The plain list the page falls back to if the sheet errors' own chunk cannot load.
  const errors = result.problems.map((p) => {
    const m = describeSheetProblem(p, 'en', false);
    return makeError(m.where, 'value', m.what, '');
  });
  return {
    ok: false,
    problem: 'invalid',
    errors,
    sheet: { fileName, problems: result.problems, json: null },
  };
}
