/**
 * Resolves in a new task, after the browser may have painted and handled input: a yield between
 * the phases of loading a large visit. A `MessageChannel` message, not `setTimeout(0)`, which
 * nested timers clamp to 4 ms; `scheduler.yield()` where there is one.
 */
export function nextTask(): Promise<void> {
  const s = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof s?.yield === 'function') return s.yield();
  if (typeof MessageChannel === 'undefined') return new Promise((r) => setTimeout(r, 0));
  return new Promise((resolve) => {
    const { port1, port2 } = new MessageChannel();
    port1.onmessage = () => {
      port1.close();
      resolve();
    };
    port2.postMessage(null);
  });
}
