/**
 * The clock time of a timed date with the zone it was read in: "15:00 Seoul time" /
 * "١٥:٠٠ بتوقيت سيول". The city is the meeting's place when it has one (the caller passes its
 * name); else Intl's generic name of the zone ("Korean Standard Time" / "توقيت كوريا الرسمي");
 * the IANA id only when this runtime's Intl does not know the zone at all.
 *
 * Times are floating wall-clock times (model/dates.ts): the clock is the file's, never moved to
 * the reader's zone.
 */
import { dateFormat, floatingMs as floating } from './calendar';
import { rangeDash } from './dateRange';
import { localizeDigits, type Digits, type Lang } from './locale';

const UTC_IDS = new Set(['UTC', 'Etc/UTC', 'Etc/GMT', 'GMT', 'Etc/Universal', 'Etc/Zulu']);

const zoneNames = new Map<string, string | null>();

/** Intl's generic long name of a zone ("Korean Standard Time"), or null if it has none. */
function genericName(timeZone: string, lang: Lang): string | null {
  const key = `${lang}|${timeZone}`;
  let name = zoneNames.get(key);
  if (name === undefined) {
    try {
      const locale = lang === 'ar' ? 'ar' : 'en-GB';
      const parts = new Intl.DateTimeFormat(locale, {
        timeZone,
        timeZoneName: 'longGeneric',
      }).formatToParts(0);
      name = parts.find((p) => p.type === 'timeZoneName')?.value ?? null;
    } catch {
      name = null; // a zone this runtime does not know
    }
    if (zoneNames.size < 500) zoneNames.set(key, name);
  }
  return name;
}

/**
 * Which time a clock reading is in, as words that follow it: "Seoul time" / "بتوقيت سيول"
 * (with a city), "Korean Standard Time" / "بتوقيت كوريا الرسمي" (Intl's generic name), "UTC" /
 * "بالتوقيت العالمي المنسق". `city` is used as given: isolate it for display if it may hold
 * text of the other direction.
 */
export function timeZoneWords(timeZone: string, lang: Lang, city?: string): string {
  if (city) return lang === 'ar' ? `بتوقيت ${city}` : `${city} time`;
  if (UTC_IDS.has(timeZone)) return lang === 'ar' ? 'بالتوقيت العالمي المنسق' : 'UTC';
  const name = genericName(timeZone, lang);
  if (!name) return lang === 'ar' ? `بتوقيت ${timeZone}` : `${timeZone} time`;
  if (lang === 'en') return name;
  // "توقيت كوريا الرسمي" → "بتوقيت …", "التوقيت العربي الرسمي" → "بالتوقيت …".
  return /^(ال)?توقيت/.test(name) ? `ب${name}` : `بتوقيت ${name}`;
}

/** A clock reading, 24-hour in both languages: "15:00", "٠٩:٣٠". */
export function formatClock(ms: number, lang: Lang, digits: Digits): string {
  const f = dateFormat(lang, 'gregory', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  return localizeDigits(f.format(ms), digits);
}

/** A timed date's clock part, as the details and the tooltip show it. */
export interface TimedDate {
  start: string;
  end?: string;
  timeZone: string;
}

/**
 * The clock time (or times) of a timed date with its zone: "15:00 Seoul time",
 * "09:30–11:00 Seoul time", "١٥:٠٠ بتوقيت سيول". An end on another day gives only the clock
 * here; `formatDateSpec` words such a range in full.
 */
export function formatTimeWithZone(
  date: TimedDate,
  lang: Lang,
  digits: Digits,
  city?: string,
): string {
  const start = formatClock(floating(date.start), lang, digits);
  const end = date.end ? formatClock(floating(date.end), lang, digits) : null;
  const clock = end && end !== start ? start + rangeDash(lang, digits, false) + end : start;
  return `${clock} ${timeZoneWords(date.timeZone, lang, city)}`;
}
