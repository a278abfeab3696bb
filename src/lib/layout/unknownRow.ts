/**
 * The row of items known only by their order: chips in that order from the start edge. There
 * is no date to zoom to, so this row does not zoom; it pages instead.
 */
import type { Dir } from '../i18n/locale';
import type { Measure } from '../text/measure';
import { truncate } from '../text/truncate';
import { LABEL_FONTS, type TimelineEntry } from './timeline';

export interface ChipGeom {
  id: string;
  order: number;
  /** Left edge and width on screen (this band does not zoom: there is no date to zoom to). */
  x: number;
  w: number;
  /** Screen x where the label begins (its start edge). */
  labelX: number;
  label: string;
  truncated: boolean;
}

/** A "+N" marker for items without a date that the row has no room for. */
export interface ChipMore {
  x: number;
  w: number;
  count: number;
  /** Before the first chip shown, or after the last. */
  side: 'before' | 'after';
}

/**
 * Items known only by their order: chips in that order from the start edge, in one row,
 * beginning with the `first` one (so that a focused chip can always be shown); what does not
 * fit is counted in "+N" markers at either end.
 */
export function layoutUnknown(
  entries: readonly TimelineEntry[],
  opts: { width: number; dir: Dir; measure: Measure; maxLabel?: number; first?: number },
): { chips: ChipGeom[]; more: ChipMore[]; ids: string[] } {
  const PAD = 10;
  const GAP = 8;
  const MORE = 44;
  const unknown = entries.filter((e) => !e.interval).sort((a, b) => a.order - b.order);
  const first = Math.max(0, Math.min(opts.first ?? 0, unknown.length - 1));
  const place = (at: number, w: number) => (opts.dir === 'rtl' ? opts.width - at - w : at);
  const chips: ChipGeom[] = [];
  const more: ChipMore[] = [];
  let at = 0;
  if (first > 0) {
    more.push({ x: place(0, MORE), w: MORE, count: first, side: 'before' });
    at = MORE + GAP;
  }
  for (let i = first; i < unknown.length; i++) {
    const e = unknown[i]!;
    const last = i === unknown.length - 1;
    const cut = truncate(e.label, opts.maxLabel ?? 180, LABEL_FONTS[e.type], opts.measure);
    const w = cut.width + 2 * PAD;
    if (chips.length > 0 && at + w > opts.width - (last ? 0 : MORE + GAP)) break;
    const x = place(at, w);
    chips.push({
      id: e.id,
      order: e.order,
      x,
      w,
      labelX: opts.dir === 'rtl' ? x + w - PAD : x + PAD,
      label: cut.text,
      truncated: cut.truncated || e.truncated,
    });
    at += w + GAP;
  }
  const after = unknown.length - first - chips.length;
  if (after > 0) more.push({ x: place(at, MORE), w: MORE, count: after, side: 'after' });
  return { chips, more, ids: unknown.map((e) => e.id) };
}
