/**
 * Work done in steps: a generator that pauses (yields) between parts of a long computation, so
 * that a caller may run each part in a task of its own (`state/nextTask`); `runSteps` runs them
 * all at once. Either way the result is the same.
 */
export type Steps<T> = Generator<void, T, void>;

export function runSteps<T>(steps: Steps<T>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}
