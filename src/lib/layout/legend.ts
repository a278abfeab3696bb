/**
 * The timeline's legend as a list computed from what is drawn: one entry per encoding that at
 * least one drawn item uses, in a fixed order, and "linked to the selection" only while
 * something is selected. The same function serves the page and every export, so a legend
 * never explains a mark that is not there.
 *
 * To add an encoding (a dotted outline for likely items, an engagement kind…): add its kind to
 * `TIMELINE_LEGEND` where it should stand, a rule in `timelineLegend`, a string `tlLg…` and
 * a swatch in `Legend.svelte`.
 */
import type { Precision } from '../model/schema';
import { ENGAGEMENT_KINDS, kindOf, type EngagementKind } from './kindGlyph';
import { markShape, type MarkShape } from './markShape';
import { isBracket } from './timelineEntries';

/** Every entry the timeline's legend can show, in the order shown. */
export const TIMELINE_LEGEND = [
  'day',
  'time',
  'part',
  'month',
  'bracket',
  'approx',
  'unsure',
  'sameday',
  ...ENGAGEMENT_KINDS.map((k) => `kind-${k}` as const),
  'event',
  'unknown',
  'cluster',
  'related',
] as const;
export type LegendKind = (typeof TIMELINE_LEGEND)[number];

/** What the legend needs to know of one drawn item. */
export interface LegendMark {
  type: 'meeting' | 'event';
  precision: Precision;
  approximate: boolean;
  partOfDay?: string;
  /** Drawn on the time axis (false: in the row of items known only by order). */
  dated: boolean;
  /** A day not reported, drawn as a bracket over its range (`isBracket`). */
  bracket?: boolean;
  /** Not confirmed by its sources: a dotted outline. */
  unsure?: boolean;
  /** In a same-day group (no sourced order): the group's bracket. */
  sameDay?: boolean;
  /** Engagement kind: a glyph, drawn when the marks have more than one kind. */
  kind?: EngagementKind | null;
}

export interface LegendOptions {
  /** Something is selected, and the drawing marks what is linked to it. */
  selection: boolean;
  /** "+N" bubbles are drawn (pressing one zooms in): never in an export. */
  clusters: boolean;
}

/** The legend entries for `marks` as drawn (see the module comment). */
export function timelineLegend(marks: Iterable<LegendMark>, opts: LegendOptions): LegendKind[] {
  return timelineLegendEntries(marks, opts).map((e) => e.kind);
}

/** A legend entry and the shapes (`markShape`) of the drawn marks it explains. */
export interface LegendEntry {
  kind: LegendKind;
  /**
   * Its swatch draws these, in this order (meetings' before events'): the marks' own shapes for
   * a precision entry, the shapes an outline is drawn around for `approx` and `unsure`, the
   * diamond every context event carries for `event`; empty for the rest (their own cue).
   */
  shapes: MarkShape[];
}

const SHAPE_ORDER: readonly MarkShape[] = [
  'bar',
  'part',
  'bracket',
  'soft',
  'diamond',
  'ev-bracket',
  'ev-soft',
];
/** Entries whose swatch is a mark's shape (or an outline around one). */
const SHAPED = new Set<LegendKind>(['day', 'time', 'part', 'month', 'bracket', 'approx', 'unsure']);

/** `timelineLegend` with each entry's shapes, for the swatches. */
export function timelineLegendEntries(
  marks: Iterable<LegendMark>,
  opts: LegendOptions,
): LegendEntry[] {
  const used = new Map<LegendKind, Set<MarkShape>>();
  const use = (k: LegendKind, shape?: MarkShape) => {
    let set = used.get(k);
    if (!set) used.set(k, (set = new Set()));
    if (shape && SHAPED.has(k)) set.add(shape);
  };
  const kinds = new Set<EngagementKind>();
  for (const m of marks) {
    if (m.kind) kinds.add(m.kind);
    if (!m.dated) {
      use('unknown');
      continue;
    }
    const shape = markShape(m);
    if (m.approximate) use('approx', shape);
    if (m.unsure) use('unsure', shape);
    if (m.sameDay) use('sameday');
    if (m.bracket) use('bracket', shape);
    else if (m.precision === 'month' || m.precision === 'year') use('month', shape);
    if (m.type === 'event') use('event');
    else if (m.precision === 'time') use('time', shape);
    else if (m.precision === 'day') use(m.partOfDay ? 'part' : 'day', shape);
  }
  if (kinds.size > 1) for (const k of kinds) use(`kind-${k}`);
  if (opts.clusters) use('cluster');
  if (opts.selection) use('related');
  return TIMELINE_LEGEND.filter((k) => used.has(k)).map((kind) => ({
    kind,
    shapes: kind === 'event' ? ['diamond'] : SHAPE_ORDER.filter((s) => used.get(kind)!.has(s)),
  }));
}

/**
 * A timeline item (as `indexVisit` lists them) as the legend sees it; `ctx` says which records
 * are not confirmed (`VisitIndex.confidence`) and which items stand in a same-day group.
 */
export function legendMarkOf(
  item: {
    id?: string;
    type: 'meeting' | 'event';
    interval: unknown;
    data: { date: { precision: Precision; approximate?: boolean; partOfDay?: string } };
  },
  ctx: { confidence?: ReadonlyMap<string, string>; sameDay?: ReadonlySet<string> } = {},
): LegendMark {
  const d = item.data.date;
  const confidence = item.id === undefined ? undefined : ctx.confidence?.get(item.id);
  return {
    type: item.type,
    precision: d.precision,
    approximate: d.approximate === true,
    partOfDay: d.precision === 'day' ? d.partOfDay : undefined,
    dated: item.interval !== null,
    bracket: isBracket(item.type, d.precision),
    unsure: confidence !== undefined && confidence !== 'confirmed',
    sameDay: item.id !== undefined && (ctx.sameDay?.has(item.id) ?? false),
    kind: kindOf(item),
  };
}

/**
 * Whether the live chart can draw "+N" bubbles: some band holds more dated items than it has
 * lanes (it then reserves a "+N" row, `layoutBands`), so at some zoom they gather.
 */
export function mayCluster(
  marks: Iterable<LegendMark>,
  maxLanes: Readonly<Record<'meeting' | 'event', number>>,
): boolean {
  const n = { meeting: 0, event: 0 };
  for (const m of marks) if (m.dated) n[m.type]++;
  return n.meeting > maxLanes.meeting || n.event > maxLanes.event;
}
