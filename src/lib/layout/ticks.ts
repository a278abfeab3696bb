/**
 * Axis ticks that adapt to the zoom: years → months → days → hours. The finest step whose
 * labels fit without touching wins; a second row names the enclosing period ("أكتوبر 2022"
 * above the days), pinned to the view's start edge while that period is on screen.
 * Labels come from date-fns (Arabic locale, Gregorian months, chosen digits).
 */
import { utcDay, utcHour, utcMonth, utcYear, type CountableTimeInterval } from 'd3-time';
import { formatInstant } from '../i18n/format';
import type { Digits, Dir, Lang } from '../i18n/locale';
import type { FontSpec, Measure } from '../text/measure';
import type { TimeScale } from './timeScale';

export type TickLevel = 'hour' | 'day' | 'month' | 'year';

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
  /** The label, centred on the tick, fits inside the width (else only the tick is drawn). */
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

const H = 3_600_000;
const D = 24 * H;
const STEPS: Step[] = [
  ...[1, 3, 6, 12].map((every) => ({ level: 'hour' as const, every, ms: every * H })),
  ...[1, 2, 7].map((every) => ({ level: 'day' as const, every, ms: every * D })),
  ...[1, 3, 6].map((every) => ({ level: 'month' as const, every, ms: every * 28 * D })),
  ...[1, 2, 5, 10, 20, 50, 100].map((every) => ({
    level: 'year' as const,
    every,
    ms: every * 365 * D,
  })),
];

const BASE: Record<TickLevel, CountableTimeInterval> = {
  hour: utcHour,
  day: utcDay,
  month: utcMonth,
  year: utcYear,
};
const PARENT: Record<TickLevel, TickLevel | null> = {
  hour: 'day',
  day: 'month',
  month: 'year',
  year: null,
};

function tickFormat(level: TickLevel, lang: Lang): string {
  switch (level) {
    case 'hour':
      return lang === 'ar' ? 'h a' : 'HH:mm';
    case 'day':
      return 'd';
    case 'month':
      return lang === 'ar' ? 'MMMM' : 'MMM';
    case 'year':
      return 'yyyy';
  }
}
const PERIOD_FORMAT: Record<TickLevel, string> = {
  hour: 'd MMMM yyyy',
  day: 'MMMM yyyy',
  month: 'yyyy',
  year: 'yyyy',
};

/** 28 September, 23:00: a two-digit day and hour and one of the longer month names. */
const WIDE_SAMPLE = Date.UTC(2022, 8, 28, 23);

const labels = new Map<string, string>();
/** Tick labels repeat from frame to frame while panning: format each once. */
function cachedFormat(t: number, pattern: string, lang: Lang, digits: Digits): string {
  const key = `${t}|${pattern}|${lang}|${digits}`;
  let label = labels.get(key);
  if (label === undefined) {
    if (labels.size > 5000) labels.clear();
    label = formatInstant(t, pattern, lang, digits);
    labels.set(key, label);
  }
  return label;
}

export interface TickOptions {
  width: number;
  dir: Dir;
  lang: Lang;
  digits: Digits;
  /** Measures tick and period labels, in `TICK_FONT`. */
  measure: Measure;
  /** Least free space between two labels, in px (default 16). */
  minGap?: number;
}

/** The font tick labels are measured in, as `Axis.svelte` sets them. */
export const TICK_FONT: FontSpec = { size: 11.5, weight: 400 };

/** Ticks and period labels for the visible scale (already zoomed). */
export function layoutTicks(scale: TimeScale, opts: TickOptions): AxisLayout {
  const labelWidth = (label: string) => opts.measure(label, TICK_FONT);
  const [d0, d1] = scale.domain().sort((a, b) => a - b) as [number, number];
  const span = Math.abs(d1 - d0);
  const gap = opts.minGap ?? 16;
  const fmt = (t: number, pattern: string) => cachedFormat(t, pattern, opts.lang, opts.digits);
  const x = scale;

  // The finest step whose widest label fits: judged on a wide sample (two-digit day and
  // hour, a long month name) so that only the chosen step's labels are ever formatted.
  let step = STEPS[STEPS.length - 1]!;
  for (const candidate of STEPS) {
    const spacing = (opts.width * candidate.ms) / span;
    if (spacing < 18) continue;
    const sample = labelWidth(fmt(WIDE_SAMPLE, tickFormat(candidate.level, opts.lang)));
    step = candidate;
    if (spacing >= sample + gap) break;
  }
  const interval = BASE[step.level].every(step.every);
  if (!interval) return { level: 'year', ticks: [], periods: [] };
  const pattern = tickFormat(step.level, opts.lang);
  const parentLevel = PARENT[step.level];
  const centred = step.every === 1 && step.level !== 'hour';
  // From the period that holds the view's start, so that its label shows too.
  const ticks: Tick[] = interval.range(interval.floor(new Date(d0)), new Date(d1)).map((date) => {
    const t = +date;
    const label = fmt(t, pattern);
    const w = labelWidth(label);
    const px = x(t);
    const lx = centred ? (px + x(+BASE[step.level].offset(date, 1))) / 2 : px;
    return {
      t,
      x: px,
      label,
      labelX: lx,
      major: parentLevel !== null && +BASE[parentLevel].floor(date) === t,
      showLabel: lx - w / 2 >= 0 && lx + w / 2 <= opts.width,
    };
  });
  const chosen = { step, ticks };

  const level = chosen.step.level;
  const parent = PARENT[level];
  const periods: PeriodLabel[] = [];
  if (parent) {
    const starts = BASE[parent].range(BASE[parent].floor(new Date(d0)), new Date(d1)).map(Number);
    const r = (px: number) => (opts.dir === 'rtl' ? opts.width - px : px);
    starts.forEach((t, i) => {
      const label = fmt(t, PERIOD_FORMAT[level]);
      const rs = Math.max(r(x(Math.max(t, d0))), 0);
      const next = starts[i + 1];
      const room = (next === undefined ? opts.width : r(x(next))) - rs;
      if (room >= labelWidth(label) + gap / 2)
        periods.push({ t, x: opts.dir === 'rtl' ? opts.width - rs : rs, label });
    });
  }
  return { level, ticks: chosen.ticks, periods };
}
