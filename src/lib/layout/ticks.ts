/**
 * Axis ticks that adapt to the zoom: years (up to every 5,000) → months → days → hours →
 * minutes, in the
 * Gregorian or the Hijri Umm al-Qura calendar. The finest step whose measured labels fit
 * without touching wins; a second row names the enclosing period ("أكتوبر 2022" above the days,
 * "ربيع الأول 1444 هـ" in Hijri), pinned to the view's start edge while that period is on screen.
 *
 * No two drawn labels ever overlap, at any span or width: a step is taken only when its real
 * labels keep `minGap` apart, and whatever still would not fit (the coarsest step on a tiny
 * width) is left undrawn, one label at a time (`showLabel`).
 */
import {
  addMonths,
  calendarDate,
  dateFormat,
  monthWords,
  yearWords,
  type Calendar,
} from '../i18n/calendar';
import { formatSpan, type SpanUnit } from '../i18n/dateRange';
import { localizeDigits, type Digits, type Dir, type Lang } from '../i18n/locale';
import { formatClock } from '../i18n/timeZoneWords';
import type { FontSpec, Measure } from '../text/measure';
import { tickInterval, type TickLevel } from './tickIntervals';
import type { TimeScale } from './timeScale';

export type { TickLevel } from './tickIntervals';

export interface Tick {
  t: number;
  x: number;
  label: string;
  /**
   * Where the label is centred: the middle of the period when a tick starts one whole day,
   * month or year (the label names it), else the tick itself.
   */
  labelX: number;
  /** The tick starts a new enclosing period (a month among days, a year among months…). */
  major: boolean;
  /** The label is drawn: it lies inside the width and clear of every other drawn label. */
  showLabel: boolean;
}

export interface PeriodLabel {
  t: number;
  /** Screen x where the label starts (its start edge). */
  x: number;
  label: string;
}

export interface AxisLayout {
  level: TickLevel;
  ticks: Tick[];
  periods: PeriodLabel[];
}

interface Step {
  level: TickLevel;
  every: number;
  /** Shortest duration of one step, in ms, to bound the spacing from below. */
  ms: number;
}

const M = 60_000;
const H = 60 * M;
const D = 24 * H;
const YEARS = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000];
const STEPS: Step[] = [
  ...[5, 10, 15, 30].map((every) => ({ level: 'minute' as const, every, ms: every * M })),
  ...[1, 3, 6, 12].map((every) => ({ level: 'hour' as const, every, ms: every * H })),
  ...[1, 2, 7].map((every) => ({ level: 'day' as const, every, ms: every * D })),
  ...[1, 3, 6].map((every) => ({ level: 'month' as const, every, ms: every * 29 * D })),
  ...YEARS.map((every) => ({ level: 'year' as const, every, ms: every * 354 * D })),
];

const PARENT: Record<TickLevel, Exclude<TickLevel, 'minute' | 'hour'> | null> = {
  minute: 'day',
  hour: 'day',
  day: 'month',
  month: 'year',
  year: null,
};

export interface TickOptions {
  width: number;
  dir: Dir;
  lang: Lang;
  digits: Digits;
  /** The calendar the axis is ticked and labelled in (default `gregory`). */
  calendar?: Calendar;
  /** Measures tick labels in `TICK_FONT` and period labels in `PERIOD_FONT`. */
  measure: Measure;
  /** Least free space between two labels, in px (default 16). */
  minGap?: number;
}

/** The font tick labels are measured in, as `Axis.svelte` sets them. */
export const TICK_FONT: FontSpec = { size: 11.5, weight: 400 };
/** The font of the enclosing periods' labels, as `Axis.svelte` sets them (`.period`). */
export const PERIOD_FONT: FontSpec = { size: 12, weight: 600 };

/** No axis draws more ticks than this, whatever the width: gridlines stay apart. */
const MAX_TICKS = 400;

const labels = new Map<string, string>();

/** A tick's label: "15:00", the day of the month, the month's name, the year. Cached. */
function tickLabel(t: number, level: TickLevel, lang: Lang, digits: Digits, calendar: Calendar) {
  const key = `${t}|${level}|${lang}|${digits}|${calendar}`;
  let label = labels.get(key);
  if (label === undefined) {
    if (labels.size > 5000) labels.clear();
    label = formatTick(t, level, lang, digits, calendar);
    labels.set(key, label);
  }
  return label;
}

function formatTick(t: number, level: TickLevel, lang: Lang, digits: Digits, calendar: Calendar) {
  switch (level) {
    case 'minute':
    case 'hour':
      return formatClock(t, lang, digits);
    case 'day':
      return localizeDigits(dateFormat(lang, calendar, { day: 'numeric' }).format(t), digits);
    case 'month': {
      // Gregorian English months are short ("Oct"); Arabic and Hijri names are not shortened.
      const month = lang === 'en' && calendar === 'gregory' ? 'short' : 'long';
      return monthWords(dateFormat(lang, calendar, { month }).format(t));
    }
    case 'year':
      return yearWords(calendarDate(t, calendar).year, calendar, lang, digits);
  }
}

const samples = new Map<string, number[]>();

/**
 * Instants whose labels are the widest a level can show: two-digit days and hours, every month
 * of a year (month names differ in length), the view's first and last years.
 */
function sampleTimes(level: TickLevel, calendar: Calendar, d0: number, d1: number): number[] {
  if (level === 'year') return [d0, d1];
  const key = `${level}|${calendar}`;
  let times = samples.get(key);
  if (!times) {
    const base = Date.UTC(2022, 8, 28, 23); // 28 September, 23:00 (Hijri: 2 Rabiʻ I 1444)
    times =
      level === 'month'
        ? Array.from({ length: 12 }, (_, i) => addMonths(base, i, calendar))
        : [base, addMonths(base, 1, calendar) - D]; // the 28th and a month's last day
    samples.set(key, times);
  }
  return times;
}

/** A period's labels, longest first: "21 جمادى الآخرة 1444 هـ", then "21 جمادى الآخرة". */
const PERIOD_UNITS: Record<Exclude<TickLevel, 'minute' | 'hour'>, SpanUnit[]> = {
  day: ['day', 'dayOfMonth'],
  month: ['month', 'monthName'],
  year: ['year'],
};

/** The enclosing period's label in its `i`-th form (see `PERIOD_UNITS`). Cached. */
function periodLabel(t: number, unit: SpanUnit, lang: Lang, digits: Digits, calendar: Calendar) {
  const key = `${t}|${unit}|${lang}|${digits}|${calendar}|period`;
  let label = labels.get(key);
  if (label === undefined) {
    if (labels.size > 5000) labels.clear();
    label = formatSpan(t, t, unit, lang, digits, calendar);
    labels.set(key, label);
  }
  return label;
}

interface Placed {
  ticks: Tick[];
  /** The shown labels collide (before any is dropped). */
  crowded: boolean;
}

/** Ticks of a step, with each label's place; `crowded` when two labels would touch. */
function placeStep(step: Step, scale: TimeScale, d0: number, d1: number, o: Required<TickOptions>) {
  const interval = tickInterval(step.level, o.calendar);
  const parent = PARENT[step.level];
  const parentInterval = parent ? tickInterval(parent, o.calendar) : null;
  const centred = step.every === 1 && step.level !== 'hour' && step.level !== 'minute';
  // From the period that holds the view's start, so that its label shows too.
  const starts = interval.range(interval.floor(d0), d1, step.every, MAX_TICKS + 1);
  const ticks: Tick[] = [];
  const extents: [number, number, number][] = [];
  for (const t of starts) {
    const label = tickLabel(t, step.level, o.lang, o.digits, o.calendar);
    const w = o.measure(label, TICK_FONT);
    const px = scale(t);
    const lx = centred ? (px + scale(interval.next(t))) / 2 : px;
    const inside = lx - w / 2 >= 0 && lx + w / 2 <= o.width;
    if (inside) extents.push([lx - w / 2, lx + w / 2, ticks.length]);
    ticks.push({
      t,
      x: px,
      label,
      labelX: lx,
      major: parentInterval !== null && parentInterval.floor(t) === t,
      showLabel: inside,
    });
  }
  // Left to right on screen, whatever the direction; each label keeps `minGap` from the last
  // one drawn, or is not drawn.
  extents.sort((a, b) => a[0] - b[0]);
  let end = -Infinity;
  let crowded = starts.length > MAX_TICKS;
  for (const [lo, hi, i] of extents) {
    if (lo >= end + o.minGap) end = hi;
    else {
      crowded = true;
      ticks[i]!.showLabel = false;
    }
  }
  return { ticks, crowded } satisfies Placed;
}

/** Ticks and period labels for the visible scale (already zoomed). */
export function layoutTicks(scale: TimeScale, opts: TickOptions): AxisLayout {
  const o: Required<TickOptions> = { calendar: 'gregory', minGap: 16, ...opts };
  const [d0, d1] = scale.domain().sort((a, b) => a - b) as [number, number];
  const span = Math.abs(d1 - d0);
  if (!(span > 0) || !(o.width > 0)) return { level: 'year', ticks: [], periods: [] };

  // The finest step whose labels keep apart. A step too fine for even the narrowest label is
  // skipped without formatting anything; the others are laid out and judged on their labels.
  let placed: Placed | null = null;
  let level: TickLevel = 'year';
  for (const step of STEPS) {
    const spacing = (o.width * step.ms) / span;
    const coarsest = step === STEPS[STEPS.length - 1];
    if (spacing < 18 && !coarsest) continue;
    const widest = Math.max(
      ...sampleTimes(step.level, o.calendar, d0, d1).map((t) =>
        o.measure(tickLabel(t, step.level, o.lang, o.digits, o.calendar), TICK_FONT),
      ),
    );
    if (spacing < widest + o.minGap && !coarsest) continue;
    const candidate = placeStep(step, scale, d0, d1, o);
    placed = candidate;
    level = step.level;
    if (!candidate.crowded) break;
  }
  const ticks = placed?.ticks ?? [];

  const parent = PARENT[level];
  const periods: PeriodLabel[] = [];
  if (parent) {
    const interval = tickInterval(parent, o.calendar);
    const starts = interval.range(interval.floor(d0), d1, 1, MAX_TICKS);
    const r = (px: number) => (o.dir === 'rtl' ? o.width - px : px);
    // The year is named once: on the first label drawn and on the first one of each new year
    // ("5 October 2022", "6 October", …, "1 January 2023"), in every calendar alike. Naming it
    // wherever it happened to fit put "1444 هـ" on some Hijri days and not on their neighbours.
    let named: number | null = null;
    starts.forEach((t, i) => {
      const rs = Math.max(r(scale(Math.max(t, d0))), 0);
      const next = starts[i + 1] ?? interval.next(t);
      const room = Math.min(o.width, r(scale(next))) - rs;
      const year = calendarDate(t, o.calendar).year;
      const units = PERIOD_UNITS[parent];
      // Where the year is known from a label before, only the shorter forms.
      const forms = named === year && units.length > 1 ? units.slice(1) : units;
      const unit = forms.find(
        (u) =>
          room >=
          o.measure(periodLabel(t, u, o.lang, o.digits, o.calendar), PERIOD_FONT) + o.minGap / 2,
      );
      if (unit === undefined) return;
      if (unit === units[0]) named = year;
      const label = periodLabel(t, unit, o.lang, o.digits, o.calendar);
      periods.push({ t, x: o.dir === 'rtl' ? o.width - rs : rs, label });
    });
  }
  return { level, ticks, periods };
}
