/**
 * What a timeline mark is drawn as, decided in one place: `Marks.svelte` draws each mark by
 * `markShape`, and the legend's swatches draw the shape of the marks they explain with the same
 * path functions, so a swatch cannot drift from the mark it explains. Pure.
 *
 *   markShape(m)             'bar' | 'part' | 'bracket' | 'soft' (meetings),
 *                            'diamond' | 'ev-bracket' | 'ev-soft' (context events)
 *   bracketPath(x, w, y)     |———| over [x, x + w], 10 px high from y
 *   diamondPath(cx, cy)      the context event's diamond, 10 px wide
 */
import type { Precision } from '../model/schema';

export type MarkShape = 'bar' | 'part' | 'bracket' | 'soft' | 'diamond' | 'ev-bracket' | 'ev-soft';

/** What `markShape` reads of a mark (a `MarkGeom` or a `LegendMark`). */
export interface ShapeOf {
  type: 'meeting' | 'event';
  precision: Precision | 'between';
  /** A day not reported, drawn as a bracket over its range (`isBracket`). */
  bracket?: boolean;
  partOfDay?: string;
}

/**
 * The shape of a mark: a bracket over a range whose day is not reported; a soft-ended span over
 * a month or a year; a meeting's bar (with its part of the day darker); an event's diamond (a
 * thin line under it when it spans days and is drawn wide enough, `Marks.svelte`).
 */
export function markShape(m: ShapeOf): MarkShape {
  const soft = m.precision === 'month' || m.precision === 'year';
  if (m.type === 'event') return m.bracket ? 'ev-bracket' : soft ? 'ev-soft' : 'diamond';
  if (m.bracket) return 'bracket';
  if (soft) return 'soft';
  return m.partOfDay ? 'part' : 'bar';
}

/** |———| over [x, x + w] on a bar row from y: a day somewhere in the range, none filled. */
export const bracketPath = (x: number, w: number, y: number): string =>
  `M${x},${y}v10M${x},${y + 5}h${w}M${x + w},${y}v10`;

/** The context event's diamond centred on (cx, cy). */
export const diamondPath = (cx: number, cy: number): string => `M${cx - 5},${cy}l5,-5l5,5l-5,5z`;
