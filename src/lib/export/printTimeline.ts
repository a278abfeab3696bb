/**
 * The timeline as a file draws it (`WholeTimeline.svg.svelte`), from the chart's own layout at
 * one transform: the marks in view with their labels fitted (`fitToView`), the "+N" clusters
 * and the undated row's "+N" as counts in words (`placeCounts`), the bands, and the legend
 * entries the drawing uses. For the whole chart (`whole`), the bands hold exactly the lanes
 * used, and the drawing is widened at its far end until the last labels stand whole.
 */
import type { Digits, Dir, Lang } from '../i18n/locale';
import { EDGE_INSET, fitToView, readingSpan } from '../layout/labelFit';
import { timelineLegendEntries, type LegendKind, type LegendMark } from '../layout/legend';
import type { MarkGeom, TimelineLayout } from '../layout/timeline';
import { layoutBands, type TimelineBands } from '../layout/timelineBands';
import { markInView, placeMark, type Transform } from '../layout/timelinePlace';
import type { ChipGeom, ChipMore } from '../layout/unknownRow';
import type { Measure } from '../text/measure';
import {
  COUNT_FONT,
  countWords,
  placeCounts,
  type CountInput,
  type PlacedCount,
} from './printCounts';

export interface PrintInput {
  layout: TimelineLayout;
  t: Transform;
  width: number;
  dir: Dir;
  lang: Lang;
  digits: Digits;
  measure: Measure;
  /** The chart's bands, as on screen (kept for a partial view). */
  bands: TimelineBands;
  unknown: { chips: readonly ChipGeom[]; more: readonly ChipMore[] };
  whole: boolean;
  /** Something is selected (the legend then explains the marks linked to it). */
  selection: boolean;
  /** How the legend sees item `id` (`legendMarkOf` with the visit's context). */
  legendMark: (id: string) => LegendMark | undefined;
}

export interface PrintTimeline {
  /** Width of the drawing, px: the chart's, plus room at the far end for the last labels. */
  width: number;
  /** How far the chart's own drawing (axis, undated row) moves right: that room, in RTL. */
  shift: number;
  /** The transform to place marks with, in the drawing's width. */
  t: Transform;
  marks: MarkGeom[];
  bands: TimelineBands;
  counts: PlacedCount[];
  legend: LegendKind[];
  /**
   * The shapes each shaped entry's swatch draws, of the drawn marks only (`kind=shape,shape`,
   * space-separated): the page's legend draws those of the whole visit (`legendFor`).
   */
  legendShapes: string;
}

/** The file's drawing of the chart (see the module comment). */
export function printTimeline(o: PrintInput): PrintTimeline {
  const { layout, dir, measure } = o;
  const inView = layout.marks.filter((m) => markInView(m, o.t, o.width, dir, 0));
  // Room the last labels need past the far edge (whole chart only: a view keeps its width).
  let extra = 0;
  if (o.whole)
    for (const m of inView) {
      const [rs] = readingSpan(m, o.t, o.width, dir);
      extra = Math.max(extra, rs + m.labelWidth - (o.width - EDGE_INSET));
    }
  extra = Math.ceil(extra);
  const width = o.width + extra;
  const shift = dir === 'rtl' ? extra : 0;
  const t = { k: o.t.k, x: o.t.x + shift };
  const marks = inView.map((m) => fitToView(m, t, width, dir, measure));

  const clustered = { meeting: false, event: false };
  for (const c of layout.clusters) clustered[c.type] = true;
  const bands = o.whole
    ? layoutBands({
        counts: {
          meeting: layout.lanes.meeting + (clustered.meeting ? 1 : 0),
          event: layout.lanes.event + (clustered.event ? 1 : 0),
          unknown: o.unknown.chips.length,
        },
        maxLanes: { meeting: layout.lanes.meeting, event: layout.lanes.event },
      })
    : o.bands;

  const inputs: CountInput[] = [];
  for (const c of layout.clusters) {
    const x = t.k * c.cx + t.x;
    const y = bands[c.type]?.clusterY;
    if (x < 0 || x > width || y == null) continue;
    inputs.push({ kind: c.type, n: c.ids.length, x, y: y + 4 });
  }
  if (bands.unknown)
    for (const m of o.unknown.more) {
      // Starts where the "+N" would: its words run on from the last chip.
      const w = measure(countWords(m.count, 'undated', o.lang, o.digits), COUNT_FONT);
      const x = shift + (dir === 'rtl' ? m.x + m.w - w / 2 : m.x + w / 2);
      inputs.push({ kind: 'undated', n: m.count, x, y: bands.unknown.top + 17 });
    }
  const counts = placeCounts(inputs, { lang: o.lang, digits: o.digits, measure, width });

  // The legend explains what the file shows: a mark whose shape or label is inside it.
  const drawn: LegendMark[] = [];
  for (const m of marks) {
    const p = placeMark(m, t, width, dir);
    const seen = (p.x < width && p.x + p.w > 0) || (p.labelShown && m.labelWidth > 0);
    const lm = seen ? o.legendMark(m.id) : undefined;
    if (lm) drawn.push(lm);
  }
  for (const c of o.unknown.chips) {
    const lm = o.legendMark(c.id);
    if (lm) drawn.push(lm);
  }
  const entries = timelineLegendEntries(drawn, { selection: o.selection, clusters: false });
  const legend = entries.map((e) => e.kind);
  // The shapes each swatch draws, of the drawn marks only: "unsure=bracket month=soft,diamond".
  const legendShapes = entries
    .filter((e) => e.shapes.length > 0)
    .map((e) => `${e.kind}=${e.shapes.join(',')}`)
    .join(' ');
  return { width, shift, t, marks, bands, counts, legend, legendShapes };
}
