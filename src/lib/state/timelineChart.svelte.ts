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
import type { Calendar } from '../i18n/calendar';
import { isolate, type Digits, type Dir, type Lang } from '../i18n/locale';
import { unreportedDayNote } from '../i18n/format';
import { collator, type ItemView } from '../i18n/itemWords';
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
import { laneTop, layoutBands } from '../layout/timelineBands';
import type { Interval } from '../model/dates';
import { fontEpoch } from '../text/fontEpoch.svelte';
import { createMeasure } from '../text/measure';

export interface ChartInputs {
  views: ItemView[];
  lang: Lang;
  digits: Digits;
  dir: Dir;
  /** The calendar the axis is ticked in (default Gregorian). */
  calendar?: Calendar;
  /** Longest label before any layout, px (default `MAX_LABEL`; an export draws them whole). */
  maxLabel?: number;
  /** Lanes per band (default `DEFAULT_MAX_LANES`; an export of the whole chart has room). */
  maxLanes?: Record<tl.Band, number>;
}

const HOUR = 3_600_000;
/** Marks this far outside the view are drawn too, so that a pan does not show gaps. */
const MARGIN = 240;

export interface RevealPlan {
  id: string;
  /** The transform to go to, or null to stay. */
  to: Transform | null;
  /** The undated row's first item, when it must page to show the item. */
  unknownFirst: number | null;
  overlay: tl.MarkGeom | null;
}

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
  /** Labels and ticks, each in its font; measured again when the font epoch moves. */
  measure = $derived.by(() => (void fontEpoch.current, createMeasure()));
  entries = $derived.by(() => {
    const { views, lang } = this.#props();
    const labels = new Map(
      views.map((v) => [
        v.id,
        // The title isolated, so that its own bidi controls cannot reorder the words after it;
        // then "(day not reported)" for a month or a range, "(likely)" when not confirmed.
        isolate(v.title.text) + unreportedDayNote(v.item.data.date, lang) + v.confidenceNote,
      ]),
    );
    return tl.prepareEntries(
      views.map((v) => v.item),
      (item) => labels.get(item.id) ?? '',
      this.measure,
      this.#props().maxLabel ?? tl.MAX_LABEL,
      {
        confidence: new Map(views.map((v) => [v.id, v.confidence])),
        // A same-day group's column in the reader's alphabetical order, as the list has it.
        compare: collator(lang),
      },
    );
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

  /** Layouts per zoom bucket, cached until the data, size, language or fonts change. */
  #layouts = $derived.by(() => {
    const cache = new Map<number, tl.TimelineLayout>();
    const entries = this.entries;
    const opts = {
      width: Math.max(this.width, 1),
      dir: this.dir,
      domain: this.domain,
      measure: this.measure,
      maxLanes: this.#props().maxLanes,
    };
    const get = (k: number) => {
      let l = cache.get(k);
      if (!l) {
        l = tl.layoutTimeline(entries, { ...opts, k });
        if (cache.size > 24) cache.clear();
        cache.set(k, l);
      }
      return l;
    };
    /** The finest layout already computed at or below `k`: valid at `k`, costs nothing. */
    const cachedAtMost = (k: number) => {
      let best: tl.TimelineLayout | undefined;
      for (const [ck, l] of cache) if (ck <= k && (!best || ck > best.k)) best = l;
      return best;
    };
    return { get, cachedAtMost };
  });
  layoutAt = (k: number) => this.#layouts.get(k);
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
