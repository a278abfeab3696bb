/**
 * The shell's loading state: which visit is shown, or why none is, and how far a load has got.
 * Whatever asked for a visit last wins: a load asked for before it, finishing later, is
 * dropped, and so is its progress. Nothing of a previous visit stays up while another loads or
 * once it fails. `ready` means drawn: after Svelte's flush and the next frame.
 */
import { tick } from 'svelte';
import { indexVisitInTasks, type VisitIndex } from '../model/derive';
import type { LoadProblem, LoadProgress, LoadResult } from '../model/load';
import { makeError, type ValidationError } from '../model/parseVisit';
import { progressStepChanged } from '../i18n/progressWords';
import { fontsSettled } from '../text/fontsReady';
import { nextTask } from './nextTask';
import { holdsSettled } from './readyHolds';
import type { SheetOutcome } from '../sheet/outcome';

export type LoadStatus = 'loading' | 'ready' | 'error';

export interface LoaderHooks {
  /** A visit passed the gate and is about to be shown (e.g. prune a link's unknown ids). */
  beforeShow: (next: VisitIndex) => void;
  /** Fetch what shows an error (the error list's chunk) before saying `error`. */
  prepareError: () => Promise<unknown>;
  /** The page is `ready`: time to preload what a click may open next. */
  onReady: () => void;
}

export class VisitLoader {
  status = $state<LoadStatus>('loading');
  errors = $state<ValidationError[]>([]);
  problem = $state<LoadProblem>('invalid');
  // Raw: the index is replaced whole, never changed in place; a deep proxy over 20,000 meetings
  // would cost more than the views themselves.
  index = $state.raw<VisitIndex | null>(null);
  /** Bytes arriving, then validation, of a file being loaded: shown while `loading`. */
  progress = $state<LoadProgress | null>(null);
  /** The name of a local file being previewed; it has no URL, so no link either. */
  localFile = $state<string | null>(null);
  /** A spreadsheet being previewed (its result's `sheet`): its visit JSON, or its mistakes. */
  sheet = $state.raw<SheetOutcome | null>(null);

  #hooks: LoaderHooks;
  /** The load asked for last. */
  #asked = 0;
  /** The result shown last: an older one must not set `ready` late. */
  #shown = 0;

  constructor(hooks: LoaderHooks) {
    this.#hooks = hooks;
  }

  /**
   * Loads a visit: `get` fetches or reads it, reporting progress. `localFile` names a file an
   * author opened (null for the page's own visit).
   */
  async load(
    get: (onProgress: (p: LoadProgress) => void) => Promise<LoadResult>,
    localFile: string | null = null,
  ) {
    const me = ++this.#asked;
    this.status = 'loading';
    this.index = null;
    this.localFile = localFile;
    this.sheet = null;
    this.progress = null;
    performance.mark('ziyara:load');
    const onProgress = (p: LoadProgress) => {
      if (me === this.#asked && progressStepChanged(p, this.progress)) this.progress = p;
    };
    const result = await get(onProgress);
    if (me === this.#asked) await this.#show(result);
  }

  /** Nothing is loaded (a refused `data=`): an error at once, and no load under way may land. */
  refuse() {
    this.#asked++;
    this.#shown++;
    this.index = null;
    this.localFile = null;
    this.progress = null;
    performance.mark('ziyara:validated');
    this.status = 'error';
  }

  /** The load itself threw (it should not): shown as a network problem, never a stuck page. */
  async failed(e: unknown) {
    const found = e instanceof Error ? e.message : String(e);
    this.errors = [
      {
        path: '(root)',
        kind: 'json',
        expected: 'expected a visit that loads',
        found,
        message: found,
      },
    ];
    this.problem = 'network';
    await this.#hooks.prepareError().catch(() => {});
    this.status = 'error';
  }

  /**
   * Drawing a visit that passed the gate threw (a fault of ours, not of the file): the page
   * says so, as an error, rather than report `ready` over whatever was drawn before.
   */
  drawFailed(error: unknown) {
    this.#shown++; // its pending "ready" must never come
    this.index = null;
    const found = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    this.errors = [
      makeError('(root)', 'value', 'expected a visit Ziyara can draw', found.slice(0, 200)),
    ];
    this.problem = 'draw';
    this.status = 'error';
    void this.#hooks.prepareError().catch(() => {});
  }

  async #show(result: LoadResult) {
    const me = ++this.#shown;
    performance.mark('ziyara:validated');
    this.progress = null;
    this.sheet = (result as { sheet?: SheetOutcome }).sheet ?? null;
    if (!result.ok) {
      await this.#hooks.prepareError().catch(() => {});
      if (me !== this.#shown) return;
      this.errors = result.errors;
      this.problem = result.problem;
      this.status = 'error';
      return;
    }
    // Each phase in a task of its own, so that a large file never holds the page in one long
    // task: receiving it (the worker's answer), indexing it, then drawing it. The drawing waits
    // for the web fonts too (at most a second), so the first layout is measured in them.
    const asked = this.#asked;
    const current = () => me === this.#shown && asked === this.#asked;
    await nextTask();
    if (!current()) return;
    // Indexing in steps too, each in a task of its own (at the limits, ~0.3 s in all).
    const fonts = fontsSettled(1000);
    const next = await indexVisitInTasks(result.visit, nextTask);
    if (!current()) return;
    await Promise.all([fonts, nextTask()]);
    if (!current()) return;
    this.#hooks.beforeShow(next);
    this.index = next;
    this.errors = [];
    // "ready" means the views have rendered: after Svelte's flush, whatever a view of a large
    // visit draws in later tasks (readyHolds), and the next frame. Chromium pauses frames in
    // cross-origin iframes scrolled out of view, hence the timeout as well.
    await tick();
    await holdsSettled();
    if (me !== this.#shown) return;
    await tick();
    const done = () => {
      if (me !== this.#shown || this.status === 'ready') return;
      this.status = 'ready';
      this.#hooks.onReady();
    };
    requestAnimationFrame(done);
    setTimeout(done, 250);
  }
}
