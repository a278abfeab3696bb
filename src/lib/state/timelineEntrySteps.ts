/**
 * The timeline chart's entries from the worded items: each label is the title, isolated (its
 * own bidi controls cannot reorder the words after it), then "(day not reported)" for a month
 * or a range and "(likely)" when not confirmed; measured in steps (`prepareEntriesSteps`).
 */
import { unreportedDayNote } from '../i18n/format';
import { collator, type ItemView } from '../i18n/itemWords';
import { isolate, type Lang } from '../i18n/locale';
import {
  ENTRY_STEP,
  MAX_LABEL,
  prepareEntriesSteps,
  type TimelineEntry,
} from '../layout/timelineEntries';
import { runSteps, type Steps } from '../layout/steps';
import type { Measure } from '../text/measure';

export function* chartEntrySteps(
  views: readonly ItemView[],
  lang: Lang,
  measure: Measure,
  maxLabel = MAX_LABEL,
): Steps<TimelineEntry[]> {
  const byItem = new Map(views.map((v) => [v.id, v]));
  // Each label worded once, when first asked for (the same-day groups ask for all of them).
  const labels = new Map<string, string>();
  const labelOf = (item: { id: string }) => {
    let l = labels.get(item.id);
    if (l === undefined) {
      const v = byItem.get(item.id);
      l = v
        ? isolate(v.title.text) + unreportedDayNote(v.item.data.date, lang) + v.confidenceNote
        : '';
      labels.set(item.id, l);
    }
    return l;
  };
  // Worded in steps too, before the same-day groups ask for every label at once.
  for (let i = 0; i < views.length; i++) {
    if (i > 0 && i % ENTRY_STEP === 0) yield;
    labelOf(views[i]!);
  }
  if (views.length > ENTRY_STEP) yield;
  return yield* prepareEntriesSteps(
    views.map((v) => v.item),
    labelOf,
    measure,
    maxLabel,
    {
      confidence: new Map(views.map((v) => [v.id, v.confidence])),
      // A same-day group's column in the reader's alphabetical order, as the list has it.
      compare: collator(lang),
    },
  );
}

/**
 * The entries of some views, worked out at once (`get`) or in tasks (`inTasks`); `get` returns
 * what `inTasks` worked out for the same views and measurer, the same as it would compute.
 */
export class ChartEntries {
  #done: { views: readonly ItemView[]; measure: Measure; entries: TimelineEntry[] } | null = null;

  get(views: readonly ItemView[], lang: Lang, measure: Measure, maxLabel?: number) {
    const d = this.#done;
    if (d && d.views === views && d.measure === measure) return d.entries;
    return runSteps(chartEntrySteps(views, lang, measure, maxLabel));
  }

  /** Each step after `pause()` (a new task); false, with nothing kept, once `still()` is not. */
  async inTasks(
    views: readonly ItemView[],
    lang: Lang,
    measure: Measure,
    maxLabel: number | undefined,
    pause: () => Promise<void>,
    still: () => boolean,
  ): Promise<boolean> {
    const steps = chartEntrySteps(views, lang, measure, maxLabel);
    for (;;) {
      await pause();
      if (!still()) return false;
      const r = steps.next();
      if (r.done) {
        this.#done = { views, measure, entries: r.value };
        return true;
      }
    }
  }
}
