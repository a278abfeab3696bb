/**
 * The timeline's vertical layout: the axis on top, then a band of meeting lanes, a band of
 * context-event lanes, and a row for items known only by their order. Heights are fixed for a
 * visit (lanes reserved up to a cap), so zooming never makes the page below jump.
 */
import type { Dir } from '../i18n/locale';
import type { Measure } from '../text/measure';

export interface BandGeom {
  /** Baseline of the band's title. */
  titleY: number;
  /** Top of the first lane. */
  top: number;
  laneHeight: number;
  lanes: number;
  /** Centre of the "+N" row, or null when the band cannot overflow. */
  clusterY: number | null;
  bottom: number;
}

export interface TimelineBands {
  axisHeight: number;
  meeting: BandGeom | null;
  event: BandGeom | null;
  /** Baseline of the title and top of the chips row, when some items have no date. */
  unknown: { titleY: number; top: number } | null;
  height: number;
}

export interface BandOptions {
  /** Dated items per band, and the most lanes each may use. */
  counts: { meeting: number; event: number; unknown: number };
  maxLanes: { meeting: number; event: number };
}

const AXIS = 46;
const TITLE = 26;
const CLUSTER_ROW = 30;
const LANE = { meeting: 36, event: 30 } as const;
const CHIP_ROW = 34;
const GAP = 8;

export function layoutBands(opts: BandOptions): TimelineBands {
  let y = AXIS;
  const band = (type: 'meeting' | 'event'): BandGeom | null => {
    const n = opts.counts[type];
    if (n === 0) return null;
    const lanes = Math.min(n, opts.maxLanes[type]);
    const titleY = y + 17;
    const top = y + TITLE;
    let bottom = top + lanes * LANE[type];
    let clusterY: number | null = null;
    if (n > lanes) {
      clusterY = bottom + CLUSTER_ROW / 2;
      bottom += CLUSTER_ROW;
    }
    y = bottom + GAP;
    return { titleY, top, laneHeight: LANE[type], lanes, clusterY, bottom };
  };
  const meeting = band('meeting');
  const event = band('event');
  let unknown: TimelineBands['unknown'] = null;
  if (opts.counts.unknown > 0) {
    unknown = { titleY: y + 17, top: y + TITLE };
    y = unknown.top + CHIP_ROW + GAP;
  }
  return { axisHeight: AXIS, meeting, event, unknown, height: y };
}

/**
 * Top of lane `lane` of a band; lane -1 is the band's "+N" row (where a focused item that no
 * zoom frees from its cluster is drawn).
 */
export function laneTop(bands: TimelineBands, type: 'meeting' | 'event', lane: number): number {
  const band = type === 'meeting' ? bands.meeting : bands.event;
  if (!band) return 0;
  if (lane < 0) return (band.clusterY ?? band.bottom) - band.laneHeight / 2 - 4;
  return band.top + lane * band.laneHeight;
}

/** Where each band's title stands: at the chart's start edge, in either direction. */
export function bandTitles(
  bands: TimelineBands,
  width: number,
  dir: Dir,
): { band: 'meeting' | 'event' | 'unknown'; x: number; y: number }[] {
  const x = dir === 'rtl' ? width - 2 : 2;
  const out: { band: 'meeting' | 'event' | 'unknown'; x: number; y: number }[] = [];
  if (bands.meeting) out.push({ band: 'meeting', x, y: bands.meeting.titleY });
  if (bands.event) out.push({ band: 'event', x, y: bands.event.titleY });
  if (bands.unknown) out.push({ band: 'unknown', x, y: bands.unknown.titleY });
  return out;
}

/** A band with dated items none of which lies in the visible range, and its note. */
export interface BandNote {
  band: 'meeting' | 'event';
  /** The note's start edge and baseline: in the band's first lane, under its title. */
  x: number;
  y: number;
  /** "Outside this range: 13", as `words` gives it. */
  text: string;
  /** Start edge of the live chart's "Show all" after the note (not drawn in a file). */
  actionX: number;
}

/** The font of a band's note, as `BandTitles.svg.svelte` sets it (`.band-note`). */
export const NOTE_FONT = { size: 12, weight: 400 } as const;

export interface BandNoteOptions {
  width: number;
  dir: Dir;
  measure: Measure;
  /** The note for `outside` items of a band (digits already chosen by the caller). */
  words: (band: 'meeting' | 'event', outside: number) => string;
}

/**
 * Notes for the bands that hold dated items but none in `range` ([start, end) in ms): their
 * lanes keep their height (zooming never makes the page jump), so the band says why it is blank.
 */
export function bandNotes(
  bands: TimelineBands,
  entries: readonly {
    type: 'meeting' | 'event';
    interval: { start: number; end: number } | null;
  }[],
  range: readonly [number, number],
  o: BandNoteOptions,
): BandNote[] {
  const [r0, r1] = range[0] <= range[1] ? range : [range[1], range[0]];
  const out: BandNote[] = [];
  for (const type of ['meeting', 'event'] as const) {
    const band = type === 'meeting' ? bands.meeting : bands.event;
    if (!band) continue;
    let total = 0;
    let inView = false;
    for (const e of entries) {
      if (e.type !== type || !e.interval) continue;
      total++;
      // A point in time (start = end) is in view when it lies inside the range.
      if (e.interval.start < r1 && Math.max(e.interval.end, e.interval.start + 1) > r0) {
        inView = true;
        break;
      }
    }
    if (inView || total === 0) continue;
    const text = o.words(type, total);
    const x = o.dir === 'rtl' ? o.width - 2 : 2;
    const w = o.measure(text, NOTE_FONT) + 10;
    out.push({
      band: type,
      x,
      y: band.top + Math.min(band.laneHeight, 30) / 2 + 4,
      text,
      actionX: o.dir === 'rtl' ? x - w : x + w,
    });
  }
  return out;
}
