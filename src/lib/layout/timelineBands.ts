/**
 * The timeline's vertical layout: the axis on top, then a band of meeting lanes, a band of
 * context-event lanes, and a row for items known only by their order. Heights are fixed for a
 * visit (lanes reserved up to a cap), so zooming never makes the page below jump.
 */
import type { Dir } from '../i18n/locale';

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
