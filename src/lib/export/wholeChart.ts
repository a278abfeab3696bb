/**
 * What a view hands the export to draw its whole chart: plain data, never the live `<svg>`. The
 * export draws it once, off screen and at 1:1 (`renderWhole`, loaded on first use), from the
 * same pure layouts the view uses, so the file cannot catch a view in the middle of a zoom, a
 * cull or a late layout. Types only: nothing here reaches the main bundle.
 */
import type { CardMarks } from '../state/orgMarks';
import type { Calendar } from '../i18n/calendar';
import type { Digits, Dir, Lang } from '../i18n/locale';
import type { OrgChartLayout, Rect } from '../layout/orgChart';
import type { ItemView } from '../i18n/itemWords';

/** The org chart as folded by the reader: every card of `layout`, all text drawn. */
export interface WholeOrgChart {
  view: 'orgchart';
  /** `layoutOrgChart` of the current fold state, orientation and language. */
  layout: OrgChartLayout;
  /** Selection, links and search matches as on screen (the focus ring is left out). */
  marks: CardMarks;
  lang: Lang;
  /** The tree's accessible name. */
  label: string;
  /**
   * For a file of the current view: the part drawn (chart coordinates, `orgViewFrame`: the view
   * widened to the cards it cuts) at zoom `k`, `layout` holding only the cards drawn whole.
   * Absent for the whole chart.
   */
  frame?: { box: Rect; k: number };
}

/** The timeline over its whole extent (zoom 1) or `range`, with the marks' states as on screen. */
export interface WholeTimeline {
  view: 'timeline';
  views: ItemView[];
  lang: Lang;
  digits: Digits;
  dir: Dir;
  /** The calendar the axis is ticked in, as on screen (default Gregorian). */
  calendar?: Calendar;
  faded: ReadonlySet<string>;
  related: ReadonlySet<string>;
  selectedId: string | null;
  dimOthers: boolean;
  /**
   * The visible time range (floating ms) for a file of the current view; absent for the whole
   * chart. Either way the file is drawn from this description, never from the live `<svg>`.
   */
  range?: readonly [number, number];
}

export type WholeChart = WholeOrgChart | WholeTimeline;
