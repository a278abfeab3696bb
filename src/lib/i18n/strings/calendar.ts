/** The calendar toggle (chrome/CalendarToggle.svelte). */
import type { Lang } from '../locale';

export const calendar = {
  calHijri: { ar: 'هجري', en: 'Hijri' },
  calHijriLabel: {
    ar: 'هجري: التواريخ بتقويم أم القرى، والميلادي بجانبها',
    en: 'Hijri: dates in the Umm al-Qura calendar, with the Gregorian beside them',
  },
} as const satisfies Record<string, Record<Lang, string>>;
