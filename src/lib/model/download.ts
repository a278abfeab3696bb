/**
 * A visit file's download, bounded: at most `max` bytes whatever the server says, and given up
 * when it stalls (no byte for a while) or takes too long in all. Used by `load.ts`.
 */
import { makeError } from './errors';
import type { LoadResult } from './loadResult';

/** Why a download was given up: `stall` ms without a byte, or the whole download took too long. */
export class Stalled extends Error {
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
export function inTime<T>(
  step: Promise<T>,
  stall: number,
  deadline: number,
  total: number,
): Promise<T> {
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
export async function readCapped(
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
export function stalled(url: string, e: Stalled, loaded: number): LoadResult {
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
export function concat(chunks: readonly Uint8Array[], size: number): Uint8Array {
  const out = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.byteLength;
  }
  return out;
}

/** Bytes that start like an HTML page (`<!doctype html`, `<html`), after white space. */
export function looksLikeHtml(chunks: readonly Uint8Array[]): boolean {
  const head = new TextDecoder().decode(chunks[0]?.subarray(0, 64)).trimStart().toLowerCase();
  return head.startsWith('<!doctype html') || head.startsWith('<html');
}
