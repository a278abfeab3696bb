/** The time axis's caption, when its ticks are clock times (layout/axisCaption.ts). */
import type { Lang } from '../locale';

export const axis = {
  /** Followed by the zone's words: "Times: Abu Dhabi time", "الأوقات بتوقيت أبوظبي". */
  axisTimesIn: { ar: 'الأوقات {zone}', en: 'Times: {zone}' },
  axisLocalTimes: { ar: 'بالتوقيت المحلي لكل مكان', en: 'Local time at each place' },
} as const satisfies Record<string, Record<Lang, string>>;
