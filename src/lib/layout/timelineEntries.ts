/**
 * Timeline entries: meetings and context events prepared once per language and font for the
 * layout (`layoutTimeline`, timeline.ts): the label and its measured width, how the date is
 * drawn (a bracket for a day not reported), the confidence, the engagement kind's glyph and the
 * same-day group. Pure.
 */
import type { Interval } from '../model/dates';
import type { Item } from '../model/derive';
import type { Precision } from '../model/schema';
import type { FontSpec, Measure } from '../text/measure';
import { truncate } from '../text/truncate';
import { GLYPH_LEAD, kindOf, type EngagementKind } from './kindGlyph';
import { sameDayGroups } from './sameDay';
import { runSteps, type Steps } from './steps';

export type Band = Item['type'];
export type PartOfDay = 'morning' | 'afternoon' | 'evening';
export type Confidence = 'confirmed' | 'likely' | 'unknown';

/** One meeting or event, ready for layout: its interval and its (pre-truncated) label. */
export interface TimelineEntry {
  id: string;
  type: Band;
  /** Position in chronological order. */
  order: number;
  precision: Precision;
  approximate: boolean;
  partOfDay?: PartOfDay;
  interval: Interval | null;
  /** The label, cut to `maxLabel` for marks shorter than that. */
  label: string;
  labelWidth: number;
  /** `label` is shortened; the full text goes to the tooltip and the accessible name. */
  truncated: boolean;
  /** The whole label and its width: a long span can carry more than `maxLabel`. */
  fullLabel: string;
  fullWidth: number;
  /**
   * Drawn as a bracket over its range, never a filled bar: one day, not reported, somewhere in
   * the range (`between`, or a meeting known only by its month or year).
   */
  bracket: boolean;
  /** The weakest confidence its provenance gives (`confirmed` when it says nothing). */
  confidence: Confidence;
  /** Engagement kind, when glyphs are drawn (the visit has more than one kind); else null. */
  kind: EngagementKind | null;
  /** Px before the label's text taken by the kind's glyph (0 without one); in `labelWidth`. */
  lead: number;
  /** Same-day group (no sourced order), its place in the group's column, and its size. */
  group: string | null;
  groupIndex: number;
  groupSize: number;
}

/** The label font of each band, as `Marks.svelte` sets them: meetings semibold, events smaller. */
export const LABEL_FONTS: Record<Band, FontSpec> = {
  meeting: { size: 13, weight: 600 },
  event: { size: 12, weight: 400 },
};

/** Labels longer than this are cut with an ellipsis before any layout. */
export const MAX_LABEL = 260;

export interface EntryOptions {
  /** Records whose confidence is not confirmed (`VisitIndex.confidence`). */
  confidence?: ReadonlyMap<string, Confidence>;
  /** Draw a glyph per engagement kind before meeting labels (default: when kinds differ). */
  glyphs?: boolean;
  /** Orders a same-day group's members (default: code points of their labels). */
  compare?: (a: string, b: string) => number;
}

/** True when a date is one unreported day within a range: drawn as a bracket. */
export function isBracket(type: Band, precision: Precision | 'between'): boolean {
  return (
    precision === 'between' ||
    (type === 'meeting' && (precision === 'month' || precision === 'year'))
  );
}

/**
 * Prepares items for layout: label text (cut to `maxLabel`) and its measured width, what the
 * date and the provenance say about drawing it, the engagement kind's glyph, same-day groups.
 */
export function prepareEntries(
  items: readonly Item[],
  labelOf: (item: Item) => string,
  measure: Measure,
  maxLabel = MAX_LABEL,
  opts: EntryOptions = {},
): TimelineEntry[] {
  return runSteps(prepareEntriesSteps(items, labelOf, measure, maxLabel, opts));
}

/** Items measured per step of `prepareEntriesSteps` (at the limits, some 20 ms each). */
export const ENTRY_STEP = 2000;

/**
 * `prepareEntries` in steps: it pauses (yields) after the same-day groups and after every
 * `step` items measured, so that a caller can run each step in a task of its own; what it
 * returns is the same.
 */
export function* prepareEntriesSteps(
  items: readonly Item[],
  labelOf: (item: Item) => string,
  measure: Measure,
  maxLabel = MAX_LABEL,
  opts: EntryOptions = {},
  step = ENTRY_STEP,
): Steps<TimelineEntry[]> {
  const kinds = new Set(items.map(kindOf).filter((k) => k !== null));
  const glyphs = opts.glyphs ?? kinds.size > 1;
  const groups = sameDayGroups(items, labelOf, opts.compare);
  if (items.length > step) yield;
  const out: TimelineEntry[] = [];
  for (let order = 0; order < items.length; order++) {
    if (order > 0 && order % step === 0) yield;
    const item = items[order]!;
    const date = item.data.date;
    const full = labelOf(item);
    const font = LABEL_FONTS[item.type];
    const kind = glyphs ? kindOf(item) : null;
    const lead = kind ? GLYPH_LEAD : 0;
    const cut = truncate(full, maxLabel - lead, font, measure);
    const group = groups.get(item.id);
    out.push({
      id: item.id,
      type: item.type,
      order,
      precision: date.precision,
      approximate: date.approximate === true,
      partOfDay: date.precision === 'day' ? date.partOfDay : undefined,
      interval: item.interval,
      label: cut.text,
      labelWidth: lead + cut.width,
      truncated: cut.truncated,
      fullLabel: full,
      fullWidth: lead + (cut.truncated ? measure(full, font) : cut.width),
      bracket: isBracket(item.type, date.precision),
      confidence: opts.confidence?.get(item.id) ?? 'confirmed',
      kind,
      lead,
      group: group?.key ?? null,
      groupIndex: group?.index ?? 0,
      groupSize: group?.size ?? 1,
    });
  }
  return out;
}

/** Packing order: precise dates first, so that vague spans take the outer lanes. */
export const PRECISION_RANK: Record<Precision | 'between', number> = {
  time: 0,
  day: 1,
  between: 2,
  month: 3,
  year: 4,
  unknown: 5,
};

/** Shortest drawn length of a mark: events are a diamond, meetings a bar (a bracket: 12). */
export function minLength(type: Band, precision: Precision | 'between'): number {
  if (type === 'event') return 10;
  return precision === 'time' ? 6 : precision === 'day' ? 8 : 12;
}

/**
 * A mark is drawn this many px short of its span's end, so that two bars of consecutive days in
 * one lane stay apart, with room between them for a same-day bracket (its spine 5 px before the
 * next day's start); the lanes keep only this much after a mark (`packLanes`' `markGap`), not a
 * label's gap, so that the next day may start in the same lane where this one ends.
 */
export const MARK_END_GAP = 6;

/** The drawn length of a mark whose span is `span` px on screen, at least `min`. */
export const drawnLength = (min: number, span: number): number =>
  Math.max(min, span - MARK_END_GAP);
