/**
 * `f`'s value, computed on the first call only: text that is worded or measured when it is first
 * drawn, not for every record of a large visit up front.
 */
export function once<T>(f: () => T): () => T {
  let value: T | undefined;
  let done = false;
  return () => {
    if (!done) {
      value = f();
      done = true;
    }
    return value as T;
  };
}
