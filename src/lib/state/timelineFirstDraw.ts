/**
 * The first drawing of a large visit's timeline, worked out in tasks before it is drawn: the
 * entries (every label measured) in steps, then each layout the first view asks for, in steps
 * too (`layoutTimelineSteps`), each step after `pause()` (a new task). The first view is found
 * by running the chart's own choice of it (`first`) with a `layoutAt` that, for a zoom step
 * not laid out yet, throws `MissingLayout`: that layout is worked out, and the choice run again.
 * Then whatever else the drawing reads that goes over every item (`warm`), a task each.
 */
import { bucketK } from '../layout/timeline';
import type { LayoutCache } from '../layout/timelineLayouts';
import type { Transform } from '../layout/timelinePlace';

export class MissingLayout extends Error {
  constructor(readonly k: number) {
    super(`no timeline layout at zoom ${k} yet`);
  }
}

export interface FirstDrawIO {
  /** Works out the entries in tasks; false if it gave up. */
  entries: () => Promise<boolean>;
  /** The chart's layouts for those entries. */
  layouts: () => LayoutCache;
  /** The first view, with the chart's `layoutAt` throwing `MissingLayout` while `probe(true)`. */
  first: () => Transform;
  probe: (on: boolean) => void;
  /** What the drawing reads besides (maps over every item): each worked out in a task. */
  warm: (() => unknown)[];
  pause: () => Promise<void>;
  /** The views and fonts are still those the work began with. */
  still: () => boolean;
}

/** Resolves true once the first view and its layouts are worked out, false if it gave up. */
export async function firstDrawInTasks(io: FirstDrawIO): Promise<boolean> {
  if (!(await io.entries())) return false;
  // Each layout the choice asks for; a handful at most (`openingView` tries a few runs of days).
  for (let tries = 0; tries < 16; tries++) {
    await io.pause();
    if (!io.still()) return false;
    let k: number | null;
    io.probe(true);
    try {
      const want = bucketK(io.first().k);
      k = io.layouts().has(want) ? null : want;
    } catch (e) {
      if (!(e instanceof MissingLayout)) throw e;
      k = e.k;
    } finally {
      io.probe(false);
    }
    if (k === null) break;
    for (const steps = io.layouts().steps(k); !steps.next().done;) {
      await io.pause();
      if (!io.still()) return false;
    }
  }
  for (const w of io.warm) {
    await io.pause();
    if (!io.still()) return false;
    w();
  }
  await io.pause(); // the drawing itself in a task of its own
  return io.still();
}
