/**
 * Where a timeline label may stand on screen, and the label that fits there: never cut by the
 * view's edges (or faded by their soft edges), its name shortened only at a word boundary and
 * its qualifiers ("(likely)") kept whole (`truncate`), else not drawn (the tooltip, the
 * accessible name and the list keep the full text).
 *
 * All in reading coordinates: 0 at the view's start edge (the right edge in RTL), `width` at
 * its far edge. Lane packing reserved [rs, rs + max(mark, label)] for the mark, so a label
 * that stays inside that footprint never meets another.
 */
import type { Dir } from '../i18n/locale';
import type { Measure } from '../text/measure';
import { truncate } from '../text/truncate';
import { LABEL_FONTS, type MarkGeom } from './timeline';

/** Room kept free at each edge of the view: the soft edges' 16 px fade, and 2 px. */
export const EDGE_INSET = 18;
/** A label shortened below this is not worth drawing (as `minLabel` in the layout). */
export const MIN_FITTED = 40;

export interface LabelSlot {
  /** Where the label begins. */
  start: number;
  /** Length it may run to, px (≤ 0: nowhere). */
  room: number;
}

/**
 * The slot for the label of a mark that starts at `rs` and ends at `re` (reading coordinates)
 * with a label `lw` wide, in a view `width` wide. A mark that starts inside the view has its
 * label at its start, up to the far edge; one that starts before the view (or in its faded
 * edge) has it slide in to `inset`, and run no further than the mark's footprint.
 */
export function labelSlot(
  rs: number,
  re: number,
  lw: number,
  width: number,
  inset = EDGE_INSET,
): LabelSlot {
  const far = width - inset;
  if (rs >= inset) return { start: rs, room: far - rs };
  const end = Math.min(Math.max(re, rs + lw), far);
  return { start: inset, room: end - inset };
}

/** Start and end of a mark in reading coordinates under transform `t`. */
export function readingSpan(
  m: MarkGeom,
  t: { k: number; x: number },
  width: number,
  dir: Dir,
): [number, number] {
  const s = t.k * m.x0 + t.x;
  const e = t.k * m.x1 + t.x;
  const rs = dir === 'rtl' ? width - s : s;
  const len = Math.max(m.minLength, Math.abs(e - s));
  return [rs, rs + len];
}

/**
 * `m` as it can be drawn in a view `width` wide under `t`: itself when its label fits its slot,
 * else a copy whose label is shortened at a word boundary to the slot, or empty when that
 * leaves less than `MIN_FITTED` px (or no word). A label shortened for the slot of a mark that
 * starts before the view stays inside the mark's own span, so `labelSlot` keeps granting it.
 */
export function fitToView(
  m: MarkGeom,
  t: { k: number; x: number },
  width: number,
  dir: Dir,
  measure: Measure,
  inset = EDGE_INSET,
): MarkGeom {
  const [rs, re] = readingSpan(m, t, width, dir);
  const slot = labelSlot(rs, re, m.labelWidth, width, inset);
  if (m.labelWidth <= slot.room + 0.5) return m;
  const room = rs >= inset ? slot.room : Math.min(re, width - inset) - inset;
  const cut =
    room >= MIN_FITTED
      ? truncate(m.fullLabel, room - (m.lead || 0), LABEL_FONTS[m.type], measure)
      : { text: '', width: 0 };
  // `lead`: the engagement kind's glyph before the text, part of the label's width.
  return {
    ...m,
    label: cut.text,
    labelWidth: cut.text ? cut.width + (m.lead || 0) : 0,
    truncated: true,
  };
}
