/**
 * What the timeline says about each meeting and event, in the reader's language: the label, the
 * date worded with its precision, the place, who it was with, an accessible name such as
 * "اجتماع اللجنة، مع كوه جيان، 5 أكتوبر 2022، سيئول" (the shown title first), and the facets
 * the filters work on (`state/filters.ts`).
 * Pure: (index, lang, digits) → plain records, shared by the marks, the list and the tooltip.
 */
import { fill, formatDateSpec } from './format';
import { isolate, pick, type Digits, type Lang, type Picked } from './locale';
import { ui } from './strings';
import type { Item, VisitIndex } from '../model/derive';
import type { Meeting, Side } from '../model/schema';

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

/** "venue، place" from a location, in the reader's language, each part isolated (FSI…PDI). */
export function placeName(index: VisitIndex, loc: Meeting['location'], lang: Lang): string {
  return placeParts(index, loc, lang).map(isolate).join(SEP[lang]);
}

export function describeItems(index: VisitIndex, lang: Lang, digits: Digits): ItemView[] {
  const personName = (id: string) => pick(index.people.get(id)?.name, lang).text;
  // Many items share a date or a place: word each once.
  const dates = new Map<string, string>();
  const places = new Map<string, string[]>();
  return index.items.map((item, order) => {
    const title = pick(item.data.title, lang);
    const d = item.data.date;
    const dateKey = JSON.stringify([
      d.precision,
      'start' in d ? d.start : d.order,
      'end' in d ? d.end : 0,
      d.approximate,
      'partOfDay' in d ? d.partOfDay : 0,
      'timeZone' in d ? 0 : 0,
    ]);
    let date = dates.get(dateKey);
    if (date === undefined) dates.set(dateKey, (date = formatDateSpec(d, lang, digits)));
    const loc = item.data.location;
    const placeKey = loc ? `${loc.place ?? ''}|${JSON.stringify(loc.venue ?? null)}` : '';
    let parts = places.get(placeKey);
    if (parts === undefined) places.set(placeKey, (parts = placeParts(index, loc, lang)));
    let people: string[];
    let organizations: string[];
    let withIds: string[];
    const sides = new Set<Side>();
    if (item.type === 'meeting') {
      const { guest, host } = item.data.participants;
      people = [...guest, ...host];
      withIds = host;
      if (guest.length) sides.add('guest');
      if (host.length) sides.add('host');
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
    const withNames = withIds.map(personName).filter(Boolean);
    const withText = joinNames(withNames, lang);
    const place = parts.join(SEP[lang]);
    // The name starts with the label the chart shows (WCAG 2.5.3, label in name: a speech user
    // says what they see); who it was with follows when the title does not already say it.
    const head =
      item.type === 'meeting'
        ? withNames.every((n) => title.text.includes(n))
          ? title.text
          : title.text + SEP[lang] + fill(ui('tlWithNames', lang), { names: withText })
        : `${ui('tlEvent', lang)}: ${title.text}`;
    return {
      id: item.id,
      type: item.type,
      order,
      item,
      title,
      date,
      place: parts.map(isolate).join(SEP[lang]),
      with: joinNames(withNames.map(isolate), lang),
      name: [head, date, place].filter(Boolean).join(SEP[lang]),
      topics: item.data.topics ?? [],
      organizations,
      people,
      sides: [...sides],
    };
  });
}
