/** Words shared by the error messages (errorMessages.ts): sides, collections, lists of choices. */
import type { Lang } from './locale';

export type Pair = readonly [en: string, ar: string];
export type Isolate = (s: string) => string;

export const SIDES: Record<string, Pair> = {
  guest: ['the guest side', 'جانب الوفد الزائر'],
  host: ['the host side', 'الجانب المضيف'],
  other: [
    'the other side (third countries, international bodies)',
    'الجانب الآخر (دول أخرى وهيئات دولية)',
  ],
};
export const side = (s: string, lang: Lang) =>
  (SIDES[s] ?? [`"${s}"`, `"${s}"`])[lang === 'en' ? 0 : 1];

export const COLLECTIONS: Record<string, Pair> = {
  places: ['places', 'الأماكن (places)'],
  sources: ['sources', 'المصادر (sources)'],
  organizations: ['organizations', 'الجهات (organizations)'],
  people: ['people', 'الأشخاص (people)'],
  topics: ['topics', 'الموضوعات (topics)'],
  meetings: ['meetings', 'الاجتماعات (meetings)'],
  events: ['events', 'الأحداث (events)'],
  figures: ['figures', 'الأرقام (figures)'],
  itinerary: ['itinerary legs', 'مراحل الجولة (itinerary)'],
};

/** A list of quoted choices, `"a", "b" or "c"`, in either language. */
export function choices(list: string, lang: Lang, q: Isolate): string {
  const items = [...list.matchAll(/"([^"]*)"/g)].map((m) => q(`"${m[1]}"`));
  if (items.length <= 1) return items.join('');
  const last = items.pop()!;
  return lang === 'en' ? `${items.join(', ')} or ${last}` : `${items.join('، ')} أو ${last}`;
}

export const pick = (pair: Pair, lang: Lang) => (lang === 'en' ? pair[0] : pair[1]);
