/**
 * The gate in a Web Worker (`parse.worker.ts`), for large files: it starts while the body is
 * still arriving, and bytes are transferred, not copied.
 */
import type { LoadResult } from './loadResult';
import { isSlice, partsCollector, type Slice } from './workerParts';

export interface WorkerParser {
  /** Sends the body and resolves with the reader's and gate's answer; rejects if it failed. */
  parse(body: Blob | Uint8Array): Promise<LoadResult>;
  /** Stops a worker that will not be needed after all. */
  cancel(): void;
}

/**
 * Starts the gate's Web Worker; it loads its script while the body is still arriving. Bytes are
 * transferred (not copied); a File is passed by reference and read in the worker.
 */
export function startWorker(): WorkerParser {
  const worker = new Worker(new URL('./parse.worker.ts', import.meta.url), { type: 'module' });
  let failure: Error | null = null;
  let waiting: { resolve: (r: LoadResult) => void; reject: (e: Error) => void } | null = null;
  const fail = (error: Error) => {
    worker.terminate();
    failure = error;
    waiting?.reject(error);
  };
  // A valid visit's long lists come first, in slices (workerParts.ts), then the answer.
  const parts = partsCollector();
  worker.onmessage = (e: MessageEvent<Slice | LoadResult>) => {
    if (isSlice(e.data)) return parts.add(e.data);
    worker.terminate();
    waiting?.resolve(parts.finish(e.data));
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
export const parseInWorker = async (body: Blob | Uint8Array) => startWorker().parse(body);
