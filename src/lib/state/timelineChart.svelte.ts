/**
 * The state of one timeline chart: its size, zoom transform and fonts, and everything derived
 * from them through the pure layout functions (entries, lanes per zoom bucket, marks in view,
 * axis, the row of undated items, the tooltip's place). The component renders it and wires
 * the pan/zoom (interaction/timeZoom.ts) and the keyboard to it.
 *
 * Hot path: a zoom frame changes `t` only, which re-filters the marks in view and re-places
 * the axis; lanes are computed per zoom bucket, and during a gesture the finest layout already
 * computed at or below the current zoom is reused (it stays valid: marks only spread apart).
 */
/* eslint-disable svelte/prefer-svelte-reactivity -- the Maps, Sets and Dates here are derived
   snapshots or a memo, rebuilt when their inputs change, never state that is mutated. */
import { layoutTicks } from '../layout/ticks';
import * as tl from '../layout/timeline';
import {
  fitTransform,
  markInView,
  placeMark,
  revealItem,
  type Transform,
} from '../layout/timelinePlace';
import { fitToView } from '../layout/labelFit';
import { layoutUnknown } from '../layout/unknownRow';
import { layoutCaches } from '../layout/timelineLayouts';
import { chartCaption } from '../layout/axisCaption';
import { laneTop, layoutBands } from '../layout/timelineBands';
import type { Interval } from '../model/dates';
import { fontEpoch } from '../text/fontEpoch.svelte';
import { createMeasure, type Measure } from '../text/measure';
import { nextTask } from './nextTask';
import { holdReady } from './readyHolds';
import { firstDrawInTasks, MissingLayout } from './timelineFirstDraw';
import { ChartEntries } from './timelineEntrySteps';
import type { ChartInputs, RevealPlan } from './timelineChartTypes';

export type { ChartInputs, RevealPlan };

const HOUR = 3_600_000;
const STAGED = 4000; // items above which the first drawing is worked out in tasks
/** Marks this far outside the view are drawn too, so that a pan does not show gaps. */
const MARGIN = 240;

export class TimelineChartState {
  /** The component's props, read through a getter so that they stay reactive. */
  #input: () => ChartInputs;
  /** (A method, so that field initializers may use it: deriveds are only read later.) */
  #props(): ChartInputs {
    return this.#input();
  }
  width = $state(0);
  t = $state.raw<Transform>({ k: 1, x: 0 });
  /** A gesture is under way: the layout may reuse a cached one until it ends. */
  zooming = $state(false);
  hoverId = $state<string | null>(null);
  focusId = $state<string | null>(null);
  /** The item that holds the tab stop. */
  lastFocused = $state<string | null>(null);
  /** The first undated item shown: the row pages so that a focused one is always drawn. */
  unknownFirst = $state(0);
  /** A focused item that no zoom frees from its "+N" cluster, drawn in that row meanwhile. */
  overlayCandidate = $state.raw<tl.MarkGeom | null>(null);

  constructor(input: () => ChartInputs) {
    this.#input = input;
  }

  get dir() {
    return this.#props().dir;
  }
  byId = $derived(new Map(this.#props().views.map((v) => [v.id, v])));
  /** One measurer per font epoch, outside the reactive graph: `prepareFirst` shares its widths. */
  #measureOf: { epoch: number; measure: Measure } | null = null;
  /** Labels and ticks, each in its font; measured again when the font epoch moves. */
  measure = $derived.by(() => {
    const epoch = fontEpoch.current;
    if (this.#measureOf?.epoch !== epoch) this.#measureOf = { epoch, measure: createMeasure() };
    return this.#measureOf.measure;
  });
  #entriesOf = new ChartEntries();
  entries = $derived.by(() => {
    const { views, lang, maxLabel } = this.#props();
    return this.#entriesOf.get(views, lang, this.measure, maxLabel);
  });
  domain = $derived(tl.timelineDomain(this.entries));
  bands = $derived(
    layoutBands({
      counts: {
        meeting: this.entries.filter((e) => e.type === 'meeting' && e.interval).length,
        event: this.entries.filter((e) => e.type === 'event' && e.interval).length,
        unknown: this.entries.filter((e) => !e.interval).length,
      },
      maxLanes: tl.DEFAULT_MAX_LANES,
    }),
  );
  maxK = $derived(Math.max(1, (this.domain[1] - this.domain[0]) / HOUR));
  base = $derived(tl.baseScale(this.domain, Math.max(this.width, 1), this.dir));

  #layoutsOf = layoutCaches();
  /** Layouts per zoom bucket, cached until the data, size, language or fonts change. */
  #layouts = $derived(
    this.#layoutsOf(this.entries, {
      width: Math.max(this.width, 1),
      dir: this.dir,
      domain: this.domain,
      measure: this.measure,
      maxLanes: this.#props().maxLanes,
    }),
  );
  #probing = false; // see `firstDrawInTasks`
  layoutAt = (k: number) => {
    if (this.#probing && !this.#layouts.has(k)) throw new MissingLayout(k);
    return this.#layouts.get(k);
  };
  layout = $derived.by(() => {
    const want = tl.bucketK(this.t.k);
    return (this.zooming && this.#layouts.cachedAtMost(want)) || this.#layouts.get(want);
  });
  /** Marks in view, each label fitted to the view's edges (shortened at a word, or not drawn). */
  visible = $derived(
    this.layout.marks
      .filter((m) => markInView(m, this.t, this.width, this.dir, MARGIN))
      .map((m) => fitToView(m, this.t, this.width, this.dir, this.measure)),
  );
  unknown = $derived(
    layoutUnknown(this.entries, {
      width: this.width,
      dir: this.dir,
      measure: this.measure,
      first: this.unknownFirst,
      maxLabel: this.#props().maxLabel,
    }),
  );
  /** The visible time range, and the zoomed scale over the same pixels. */
  shownRange = $derived(this.rangeOf(this.t));
  axis = $derived.by(() => {
    const { lang, digits, calendar } = this.#props();
    const scale = this.base.copy().domain(this.shownRange.map((ms) => new Date(ms)));
    return layoutTicks(scale, {
      width: this.width,
      dir: this.dir,
      lang,
      digits,
      calendar,
      measure: this.measure,
    });
  });
  /** "Times: Abu Dhabi time" over clock-time ticks (layout/axisCaption.ts), else null. */
  caption = $derived(chartCaption(this, this.#props().views, this.#props().lang));

  #laidOut = $derived(new Set(this.layout.marks.map((m) => m.id)));
  overlay = $derived(
    this.overlayCandidate &&
      this.overlayCandidate.id === this.lastFocused &&
      !this.#laidOut.has(this.overlayCandidate.id)
      ? this.overlayCandidate
      : null,
  );
  /** What the marks layer draws: the marks in view, and the overlay if any. */
  drawn = $derived(this.overlay ? [...this.visible, this.overlay] : this.visible);
  /** Where the overlay covers the "+N" row, so that bubbles there step aside. */
  overlaySpan = $derived.by(() => {
    if (!this.overlay) return null;
    const p = this.place(this.overlay);
    return { x: p.hitX, w: p.hitW, type: this.overlay.type };
  });
  #shown = $derived(
    new Set([...this.drawn.map((m) => m.id), ...this.unknown.chips.map((c) => c.id)]),
  );
  activeId = $derived(
    this.lastFocused && this.#shown.has(this.lastFocused)
      ? this.lastFocused
      : (this.visible[0]?.id ?? this.unknown.chips[0]?.id ?? null),
  );
  /** The tooltip: what it is about, and where it goes (under the item, from its label). */
  tip = $derived.by(() => {
    const id = this.hoverId ?? this.focusId;
    const v = id ? this.byId.get(id) : undefined;
    if (!v) return null;
    const bands = this.bands;
    // `inset`: how far from the chart's start edge the tip begins, in either direction.
    const inset = (x: number) => (this.dir === 'rtl' ? this.width - x : x);
    const m = this.drawn.find((x) => x.id === v.id);
    if (m)
      return {
        view: v,
        inset: inset(this.place(m).labelX),
        y: laneTop(bands, m.type, m.lane) + (bands[m.type]?.laneHeight ?? 30),
      };
    const c = this.unknown.chips.find((x) => x.id === v.id);
    if (c && bands.unknown) return { view: v, inset: inset(c.labelX), y: bands.unknown.top + 30 };
    return null;
  });

  place = (m: tl.MarkGeom) => placeMark(m, this.t, this.width, this.dir);

  #stage = $state<'before' | 'preparing' | 'done'>('before');
  /** Nothing is drawn yet: a large visit's first drawing is still to be worked out. */
  waiting = $derived(
    this.#stage === 'preparing' ||
      (this.#stage === 'before' && this.#props().views.length > STAGED),
  );

  /**
   * Once, while `waiting`: the entries (every label measured) in steps, then the `first` view's
   * layout, then what the drawing reads, each in a new task (`pause`), the page's
   * `ready` held meanwhile; the deriveds then find them. True while under way. Gives up if the
   * views or fonts change meanwhile (`firstDrawInTasks`).
   */
  prepareFirst(first: () => Transform, pause = nextTask): boolean {
    if (this.#stage !== 'before') return this.#stage === 'preparing';
    this.#stage = 'preparing';
    const { views, lang, maxLabel } = this.#props();
    const measure = this.measure;
    const still = () => this.#props().views === views && this.measure === measure;
    const run = firstDrawInTasks({
      entries: () => this.#entriesOf.inTasks(views, lang, measure, maxLabel, pause, still),
      layouts: () => this.#layouts,
      first,
      probe: (on) => (this.#probing = on),
      warm: [() => this.byId, () => this.bands],
      pause,
      still,
    });
    void holdReady(run.catch(() => false).finally(() => (this.#stage = 'done')));
    return true;
  }

  rangeOf(tr: Transform): [number, number] {
    const a = +this.base.invert((0 - tr.x) / tr.k);
    const b = +this.base.invert((this.width - tr.x) / tr.k);
    return a < b ? [a, b] : [b, a];
  }

  fit(iv: Interval, pad = 0.05): Transform {
    return fitTransform(iv, this.domain, this.width, this.dir, pad);
  }

  /**
   * A gesture frame: the view moved to `t` (a coarser cached layout may serve meanwhile). Not
   * `byReader`, the view was placed (first show, a resize, a link's range): no end follows, so
   * it is laid out at its zoom at once — else a link to one day drew none of its meetings.
   */
  gestureMove(t: Transform, byReader = true) {
    this.zooming = byReader;
    this.t = t;
  }

  /** The gesture ended at `t`: lay out exactly at the zoom it reached. */
  gestureEnd(t: Transform) {
    this.t = t;
    this.zooming = false;
  }

  /**
   * What showing item `id` from transform `from` takes, without changing anything: the
   * transform to go to (null: stay), the undated row's first item if it must page, and the
   * item to draw over its "+N" cluster if no zoom frees it.
   */
  revealPlan(id: string, from: Transform): RevealPlan {
    const entry = this.entries.find((e) => e.id === id);
    if (!entry) return { id, to: null, unknownFirst: null, overlay: null };
    const page = !entry.interval && !this.unknown.chips.some((c) => c.id === id);
    const r = revealItem(entry, from, this.layoutAt, {
      width: this.width,
      dir: this.dir,
      maxK: this.maxK,
      domain: this.domain,
    });
    return {
      id,
      to: r && (r.t.k !== from.k || r.t.x !== from.x) ? r.t : null,
      unknownFirst: page ? this.unknown.ids.indexOf(id) : null,
      overlay: r?.overlay ?? null,
    };
  }

  /** Makes item `plan.id` the focused one, as `revealPlan` worked out. */
  reveal(plan: RevealPlan) {
    this.lastFocused = plan.id;
    if (plan.unknownFirst !== null) this.unknownFirst = plan.unknownFirst;
    this.overlayCandidate = plan.overlay;
  }

  /** Shows the previous or next undated items. */
  pageUnknown(side: 'before' | 'after') {
    const n = this.unknown.chips.length;
    this.unknownFirst =
      side === 'after' ? this.unknownFirst + n : Math.max(0, this.unknownFirst - n);
  }
}
