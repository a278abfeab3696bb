/**
 * What the timeline says about each meeting and event, in the reader's language: the label, the
 * date worded with its precision, the place, who it was with, an accessible name such as
 * "اجتماع اللجنة، مع كوه جيان، 5 أكتوبر 2022، سيئول" (the shown title first), and the facets
 * the filters work on (`state/filters.ts`).
 * Pure: (index, lang, digits) → plain records, shared by the marks, the list and the tooltip.
 */
import { fill, formatDateSpec, type DateWordsOptions } from './format';
import { once } from '../text/once';
import { isolate, pick, type Digits, type Lang, type Picked } from './locale';
import { ui, type StringKey } from './strings';
import { kindOf, type EngagementKind } from '../layout/kindGlyph';
import { sameDayGroups } from '../layout/sameDay';
import type { Item, VisitIndex } from '../model/derive';
import type { Meeting, Side } from '../model/schema';

export type Confidence = 'confirmed' | 'likely' | 'unknown';

export interface ItemView {
  id: string;
  type: Item['type'];
  /** Position in chronological order. */
  order: number;
  item: Item;
  title: Picked;
  /** The date in words, honest about its precision. */
  date: string;
  /** Venue and place, each isolated (FSI…PDI): shown in the reader's direction, as a list. */
  place: string;
  /**
   * Host-side participants (meetings) or people involved (events), joined in words, each name
   * isolated so that its bidi controls cannot reach the next.
   */
  with: string;
  /** Accessible name, in plain text (screen readers read logical order; no isolates needed). */
  name: string;
  topics: string[];
  organizations: string[];
  people: string[];
  sides: Side[];
  /** The engagement kind (meetings; absent in the file = "meeting"), null for an event. */
  kind: EngagementKind | null;
  /** The kind facet: `[kind]` for a meeting, none for an event. */
  kinds: string[];
  /** The weakest confidence of its provenance (`VisitIndex.confidence`). */
  confidence: Confidence;
  /** " (likely)" / " (مرجّح)" after its label when not confirmed, else "". */
  confidenceNote: string;
  /** Its same-day group (no sourced order): shared key, or null. */
  sameDay: string | null;
}

/** The words of an engagement kind: "Talk" / "كلمة". */
export const kindWord = (kind: EngagementKind, lang: Lang) =>
  ui(`tlKind_${kind}` as StringKey, lang);

/** "likely" / "مرجّح", "unknown" / "غير مؤكد"; "" for confirmed. */
export function confidenceWord(c: Confidence, lang: Lang): string {
  return c === 'likely'
    ? ui('tlConfLikely', lang)
    : c === 'unknown'
      ? ui('tlConfUnknown', lang)
      : '';
}

const SEP = { ar: '، ', en: ', ' } as const;

/** Names joined as "أ، ب وج" / "A, B and C". */
export function joinNames(names: readonly string[], lang: Lang): string {
  if (names.length <= 1) return names[0] ?? '';
  return names.slice(0, -1).join(SEP[lang]) + ui('tlAnd', lang) + names[names.length - 1];
}

/** Venue and place of a location, in the reader's language. */
function placeParts(index: VisitIndex, loc: Meeting['location'], lang: Lang): string[] {
  if (!loc) return [];
  const place = loc.place ? index.visit.places.find((p) => p.id === loc.place) : undefined;
  return [pick(loc.venue, lang).text, pick(place?.name, lang).text].filter(Boolean);
}

/**
 * The city a location is in, for "15:00 Seoul time": its place when that is a city, else the
 * nearest city above it (a venue's parent), else none.
 */
export function cityOf(index: VisitIndex, loc: Meeting['location'], lang: Lang): string {
  const places = index.visit.places;
  let place = loc?.place ? places.find((p) => p.id === loc.place) : undefined;
  for (let hops = 0; place && hops < 8; hops++) {
    if (place.kind === 'city') return pick(place.name, lang).text;
    const parent: string | undefined = place.parent;
    place = parent ? places.find((p) => p.id === parent) : undefined;
  }
  return '';
}

/** "venue، place" from a location, in the reader's language, each part isolated (FSI…PDI). */
export function placeName(index: VisitIndex, loc: Meeting['location'], lang: Lang): string {
  return placeParts(index, loc, lang).map(isolate).join(SEP[lang]);
}

/**
 * Words for every item of the visit, in chronological order. `opts.calendar` words the dates
 * in another calendar (see `formatDateSpec`).
 */
export function describeItems(
  index: VisitIndex,
  lang: Lang,
  digits: Digits,
  opts: Pick<DateWordsOptions, 'calendar'> = {},
): ItemView[] {
  const personName = (id: string) => pick(index.people.get(id)?.name, lang).text;
  const confidence = (index as { confidence?: ReadonlyMap<string, Confidence> }).confidence;
  const groups = sameDayGroups(index.items, (it) => pick(it.data.title, lang).text, collator(lang));
  // Many items share a date or a place: word each once.
  const dates = new Map<string, string>();
  const places = new Map<string, string[]>();
  return index.items.map((item, order) => {
    const title = pick(item.data.title, lang);
    const loc = item.data.location;
    // The date and the place in words only when first read (a mark drawn, the list, a
    // tooltip): the largest file's 40,000 items took seconds to word up front.
    const date = once(() => {
      const { note: _n, sources: _s, ...d } = item.data.date;
      const city = d.precision === 'time' ? cityOf(index, loc, lang) : '';
      const dateKey = JSON.stringify(d) + city;
      let date = dates.get(dateKey);
      if (date === undefined)
        dates.set(
          dateKey,
          (date = formatDateSpec(item.data.date, lang, digits, { ...opts, city })),
        );
      return date;
    });
    const parts = once(() => {
      const placeKey = loc ? `${loc.place ?? ''}|${JSON.stringify(loc.venue ?? null)}` : '';
      let parts = places.get(placeKey);
      if (parts === undefined) places.set(placeKey, (parts = placeParts(index, loc, lang)));
      return parts;
    });
    let people: string[];
    let organizations: string[];
    let withIds: string[];
    const sides = new Set<Side>();
    if (item.type === 'meeting') {
      const { guest, host } = item.data.participants;
      const other = (item.data.participants as { other?: string[] }).other ?? [];
      people = [...guest, ...host, ...other];
      withIds = [...host, ...other];
      if (guest.length) sides.add('guest');
      if (host.length) sides.add('host');
      if (other.length) sides.add('other' as Side);
      const orgs = new Set(item.data.organizations ?? []);
      for (const p of people) {
        const org = index.people.get(p)?.organization;
        if (org) orgs.add(org);
      }
      organizations = [...orgs];
    } else {
      people = item.data.people ?? [];
      withIds = people;
      organizations = item.data.organizations ?? [];
      for (const p of people) {
        const side = index.people.get(p)?.side;
        if (side) sides.add(side);
      }
      for (const o of organizations) {
        const side = index.organizations.get(o)?.side;
        if (side) sides.add(side);
      }
    }
    const conf = confidence?.get(item.id) ?? 'confirmed';
    const confidenceNote = conf === 'confirmed' ? '' : ` (${confidenceWord(conf, lang)})`;
    const kind = kindOf(item);
    const sameDay = groups.get(item.id)?.key ?? null;
    const withNames = once(() => withIds.map(personName).filter(Boolean));
    const name = once(() => {
      const place = parts().join(SEP[lang]);
      // The name starts with the label the chart shows (WCAG 2.5.3, label in name: a speech
      // user says what they see); who it was with follows when the title does not say it.
      const shown = title.text + confidenceNote;
      const head =
        item.type === 'meeting'
          ? [
              withNames().every((n) => title.text.includes(n))
                ? shown
                : shown +
                  SEP[lang] +
                  fill(ui('tlWithNames', lang), { names: joinNames(withNames(), lang) }),
              kind && kind !== 'meeting' ? kindWord(kind, lang) : '',
            ]
              .filter(Boolean)
              .join(SEP[lang])
          : `${ui('tlEvent', lang)}: ${shown}`;
      const when = sameDay ? date() + SEP[lang] + ui('tlSameDay', lang) : date();
      return [head, when, place].filter(Boolean).join(SEP[lang]);
    });
    return {
      id: item.id,
      type: item.type,
      order,
      item,
      title,
      get date() {
        return date();
      },
      get place() {
        return parts().map(isolate).join(SEP[lang]);
      },
      get with() {
        return joinNames(withNames().map(isolate), lang);
      },
      get name() {
        return name();
      },
      topics: item.data.topics ?? [],
      organizations,
      people,
      sides: [...sides],
      kind,
      kinds: kind ? [kind] : [],
      confidence: conf,
      confidenceNote,
      sameDay,
    };
  });
}

const collators = new Map<Lang, Intl.Collator>();
/** Same-day members in the reader's alphabetical order: no claim about time. */
export function collator(lang: Lang): (a: string, b: string) => number {
  let c = collators.get(lang);
  if (!c) collators.set(lang, (c = new Intl.Collator(lang)));
  return c.compare;
}

const FIELD_WORDS = new Set([
  'date',
  'participants',
  'location',
  'name',
  'title',
  'organization',
  'record',
  'topics',
  'summary',
]);
const SIDE_WORDS = { guest: 'guestSide', host: 'hostSide', other: 'dtOtherSide' } as const;

/** A provenance field in words: "participants.host" → "Participants (Host side)". */
export function fieldWord(field: string, lang: Lang): string {
  const [base = field, sub] = field.split('.');
  const word = FIELD_WORDS.has(base) ? ui(`dtField_${base}` as StringKey, lang) : field;
  const side = sub && sub in SIDE_WORDS ? SIDE_WORDS[sub as keyof typeof SIDE_WORDS] : null;
  return side ? `${word} (${ui(side, lang)})` : word;
}

export interface UnsureField {
  field: string;
  confidence: Exclude<Confidence, 'confirmed'>;
  /** "likely" / "مرجّح". */
  word: string;
  note: Picked;
  sources: string[];
}

/** What the sources are not sure of in a record: its provenance entries that are not confirmed. */
export function unsureFields(
  record: {
    provenance?: readonly {
      field: string;
      confidence: Confidence;
      note?: Record<string, string>;
      sources?: string[];
    }[];
  },
  lang: Lang,
): UnsureField[] {
  return (record.provenance ?? [])
    .filter((p) => p.confidence !== 'confirmed')
    .map((p) => ({
      field: fieldWord(p.field, lang),
      confidence: p.confidence as UnsureField['confidence'],
      word: confidenceWord(p.confidence, lang),
      note: pick(p.note, lang),
      sources: p.sources ?? [],
    }));
}
