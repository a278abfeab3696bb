/**
 * The periods an axis is ticked at, in either calendar: minutes, hours, days (a day keeps its Gregorian
 * boundaries in both), months and years of the Gregorian or the Hijri Umm al-Qura calendar,
 * whose boundaries come from Intl (i18n/calendar.ts). Each interval floors an instant, steps to
 * the next period and lists the starts in a range, every `every` periods (as d3-time's
 * `every`: minutes of the hour 0, 15, 30, 45, days of the month 1, 3, 5…, months 1, 4, 7, 10, years divisible by `every`).
 */
import {
  addMonths,
  calendarDate,
  DAY,
  dayFloor,
  meanYear,
  monthStart,
  startOfYear,
  yearStart,
  type Calendar,
} from '../i18n/calendar';

export type TickLevel = 'minute' | 'hour' | 'day' | 'month' | 'year';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

export interface TickInterval {
  floor(ms: number): number;
  /** The start of the period after the one holding `ms`. */
  next(ms: number): number;
  /** Period starts in [from, to), every `every` periods, at most `limit` of them. */
  range(from: number, to: number, every: number, limit: number): number[];
}

/** The count that `every` divides: the hour of the day, day of the month, month, year. */
function ordinal(level: TickLevel, ms: number, calendar: Calendar): number {
  switch (level) {
    case 'minute':
      return new Date(ms).getUTCMinutes();
    case 'hour':
      return new Date(ms).getUTCHours();
    case 'day':
      return calendarDate(ms, calendar).day - 1;
    case 'month':
      return calendarDate(ms, calendar).month - 1;
    case 'year':
      return calendarDate(ms, calendar).year;
  }
}

const floors: Record<TickLevel, (ms: number, c: Calendar) => number> = {
  minute: (ms) => Math.floor(ms / MINUTE) * MINUTE,
  hour: (ms) => Math.floor(ms / HOUR) * HOUR,
  day: (ms) => dayFloor(ms),
  month: monthStart,
  year: yearStart,
};

const nexts: Record<TickLevel, (start: number, c: Calendar) => number> = {
  minute: (t) => t + MINUTE,
  hour: (t) => t + HOUR,
  day: (t) => t + DAY,
  month: (t, c) => addMonths(t, 1, c),
  // A Hijri year has 354 or 355 days, a Gregorian one 365 or 366: 356 / 367 days on is the next.
  year: (t, c) => yearStart(t + (c === 'gregory' ? 367 : 356) * DAY, c),
};

/** The interval of a tick level in a calendar. */
export function tickInterval(level: TickLevel, calendar: Calendar): TickInterval {
  const floor = (ms: number) => floors[level](ms, calendar);
  const next = (ms: number) => nexts[level](floor(ms), calendar);
  return {
    floor,
    next,
    range(from, to, every, limit) {
      const out: number[] = [];
      if (!(to > from)) return out;
      if (level === 'year' && every > 1) {
        // Straight to each year divisible by `every`: a 10,000-year axis steps 10 times, not
        // through 10,000 years.
        const y0 = calendarDate(from, calendar).year;
        let y = Math.ceil(y0 / every) * every;
        let near = from;
        for (let t = startOfYear(y, near, calendar); t < to && out.length < limit;) {
          if (t >= floor(from)) out.push(t);
          y += every;
          near = t + every * meanYear(calendar);
          t = startOfYear(y, near, calendar);
        }
        return out;
      }
      for (let t = floor(from); t < to && out.length < limit; t = nexts[level](t, calendar)) {
        if (every > 1 && ordinal(level, t, calendar) % every !== 0) continue;
        // Days restart at each month's 1st: a tick fewer than `every` days before it (the 29th
        // of a 7-day step) would crowd the 1st, so the month's last step is longer instead.
        if (level === 'day' && every > 1 && addMonths(t, 1, calendar) - t < every * DAY) continue;
        out.push(t);
      }
      return out;
    },
  };
}
