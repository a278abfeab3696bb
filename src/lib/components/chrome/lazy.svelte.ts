/**
 * A component the first view does not show (details panel, embed dialog, error list…), in a
 * chunk of its own, loaded once on first use:
 *
 *   const Panel = lazy(() => import('./Panel.svelte'));
 *   {#if Panel.current}<Panel.current … />{/if}   // and `await Panel.load()` before it is needed
 *
 * `current` is reactive and stays set once loaded, so later renders are synchronous (an
 * `{#await import()}` block would show its pending branch for a moment each time it mounts).
 * Every loader also joins `preloadWhenIdle()`, which the shell calls once the views are ready,
 * so that a reader's first click does not wait on the network.
 */
const everyLoader: Lazy<unknown>[] = [];

export class Lazy<T> {
  /** The module's default export once loaded. */
  current = $state.raw<T | undefined>();
  #import: () => Promise<{ default: T }>;
  #loading: Promise<T> | undefined;

  constructor(load: () => Promise<{ default: T }>) {
    this.#import = load;
    everyLoader.push(this);
  }

  /** Loads the chunk (once; again after a failure, e.g. offline). */
  load(): Promise<T> {
    this.#loading ??= this.#import().then(
      (m) => (this.current = m.default),
      (e: unknown) => {
        this.#loading = undefined;
        throw e;
      },
    );
    return this.#loading;
  }
}

export const lazy = <T>(load: () => Promise<{ default: T }>) => new Lazy(load);

/** Loads every lazy chunk known so far, one per idle period, so clicks find them in place. */
export function preloadWhenIdle() {
  const idle: (f: () => void) => void =
    typeof requestIdleCallback === 'function'
      ? (f) => requestIdleCallback(f, { timeout: 2000 })
      : (f) => setTimeout(f, 50);
  const queue = everyLoader.filter((l) => l.current === undefined);
  const next = () => {
    const l = queue.shift();
    if (!l) return;
    l.load().then(
      () => idle(next),
      () => idle(next),
    );
  };
  idle(next);
}
