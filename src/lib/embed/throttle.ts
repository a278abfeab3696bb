/**
 * Latest-wins throttling by kind, for what a host page can make the frame do: however many
 * requests of one kind arrive, the job of that kind runs at most once per `interval` ms. The
 * first request runs at once; those arriving while that kind is cooling down replace each other,
 * and the last of them runs when the cooldown ends (so nothing is lost but repeats).
 *
 * A request costs a map lookup and storing a closure: a flood of messages is cheap to take in.
 */
export interface Throttle<K extends string> {
  /** Runs `job` now, or keeps it as the next job of `kind` (replacing an earlier one). */
  run(kind: K, job: () => void): void;
  /** Drops pending jobs and stops the timers. */
  dispose(): void;
}

export function createThrottle<K extends string>(interval: number): Throttle<K> {
  const slots = new Map<K, { timer: ReturnType<typeof setTimeout>; next?: () => void }>();
  const coolDown = (kind: K) =>
    setTimeout(() => {
      const slot = slots.get(kind);
      if (!slot) return;
      const next = slot.next;
      if (!next) {
        slots.delete(kind); // quiet for a whole interval: the next request runs at once
        return;
      }
      slot.next = undefined;
      slot.timer = coolDown(kind); // before the job, so one that throws cannot stop the throttle
      next();
    }, interval);
  return {
    run(kind, job) {
      const slot = slots.get(kind);
      if (slot) {
        slot.next = job;
        return;
      }
      slots.set(kind, { timer: coolDown(kind) });
      job();
    },
    dispose() {
      for (const slot of slots.values()) clearTimeout(slot.timer);
      slots.clear();
    },
  };
}
