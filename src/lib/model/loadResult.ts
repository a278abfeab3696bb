/** What a load reports: its progress, and its result or the one-word problem and the errors. */
import type { ValidationError } from './errors';
import type { FileProblem } from './readBytes';
import type { Visit } from './schema';

export interface LoadProgress {
  /** `download`: the body is arriving; `validate`: the file is being parsed and checked. */
  phase: 'download' | 'validate';
  /** Bytes read so far. */
  loaded: number;
  /** Bytes expected (Content-Length or the file's size); null when the server does not say. */
  total: number | null;
}

/**
 * What kind of failure: the page words its headline from this. `draw` is the page's own: a visit
 * that loaded, and then could not be drawn (App.svelte).
 */
export type LoadProblem = FileProblem | 'network' | 'not-found' | 'http' | 'stalled' | 'draw';

export type LoadResult =
  { ok: true; visit: Visit } | { ok: false; problem: LoadProblem; errors: ValidationError[] };
