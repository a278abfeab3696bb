/**
 * What the page's `ready` waits for besides Svelte's flush: a view that prepares its first
 * drawing of a large visit in several tasks (so that no task holds the page for long) holds
 * `ready` until that drawing is in. The loader awaits `holdsSettled()` before saying `ready`.
 */
const pending = new Set<Promise<unknown>>();

/** Holds `ready` until `work` settles (whether it succeeds or fails); returns `work`. */
export function holdReady<T>(work: Promise<T>): Promise<T> {
  pending.add(work);
  const drop = () => pending.delete(work);
  work.then(drop, drop);
  return work;
}

/** Resolves once no hold is left, including holds taken while waiting for earlier ones. */
export async function holdsSettled(): Promise<void> {
  while (pending.size) await Promise.allSettled([...pending]);
}
