/**
 * What the timeline says about each meeting and event, in the reader's language: the label, the
 * date worded with its precision, the place, who it was with, an accessible name such as
 * "اجتماع اللجنة، مع كوه جيان، 5 أكتوبر 2022، سيئول" (the shown title first), and the facets
 * the filters work on (`state/filters.ts`).
 * Pure: (index, lang, digits) → plain records, shared by the marks, the list and the tooltip.
 */
import { fill, formatDateSpec, type DateWordsOptions } from './format';
import { isolate, pick, type Digits, type Lang, type Picked } from './locale';
import { confidenceWord, type Confidence } from './provenanceWords';
import { ui, type StringKey } from './strings';
import { kindOf, type EngagementKind } from '../layout/kindGlyph';
import { sameDayGroups } from '../layout/sameDay';
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
  /** A timed item's zone and city ("Abu Dhabi time"), for the axis caption; else null. */
  readonly zone: ItemZone | null;
}

/** A timed item's zone: the IANA id, and the city of its place in the reader's language (or ''). */
export interface ItemZone {
  timeZone: string;
  city: string;
}

/** The words of an engagement kind: "Talk" / "كلمة". */
export const kindWord = (kind: EngagementKind, lang: Lang) =>
  ui(`tlKind_${kind}` as StringKey, lang);

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
  const dates = new Map<string, string>();
  const places = new Map<string, string[]>();
  const ctx: WordsContext = { index, lang, digits, opts, personName, dates, places };
  return index.items.map((item, order) => {
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
    return new WordedItem(ctx, withIds, {
      id: item.id,
      type: item.type,
      order,
      item,
      title: pick(item.data.title, lang),
      topics: item.data.topics ?? [],
      organizations,
      people,
      sides: [...sides],
      kind: kindOf(item),
      confidence: conf,
      confidenceNote: conf === 'confirmed' ? '' : ` (${confidenceWord(conf, lang)})`,
      sameDay: groups.get(item.id)?.key ?? null,
    });
  });
}

interface WordsContext {
  index: VisitIndex;
  lang: Lang;
  digits: Digits;
  opts: Pick<DateWordsOptions, 'calendar'>;
  personName: (id: string) => string;
  /** Many items share a date or a place: each is worded once. */
  dates: Map<string, string>;
  places: Map<string, string[]>;
}

type Eager = Omit<ItemView, 'date' | 'place' | 'with' | 'name' | 'kinds' | 'zone'>;

/**
 * An item's words: its date, place, "with" and accessible name worded when first read (a mark
 * drawn, the list, a tooltip), not up front: the largest file's 40,000 items took seconds so.
 * A class, not an object with getters, so that 40,000 of them cost no closures each.
 */
class WordedItem implements ItemView {
  id!: string;
  type!: Item['type'];
  order!: number;
  item!: Item;
  title!: Picked;
  topics!: string[];
  organizations!: string[];
  people!: string[];
  sides!: Side[];
  kind!: EngagementKind | null;
  kinds: string[];
  confidence!: Confidence;
  confidenceNote!: string;
  sameDay!: string | null;
  #ctx: WordsContext;
  #withIds: string[];
  #date: string | undefined;
  #parts: string[] | undefined;
  #withNames: string[] | undefined;
  #name: string | undefined;
  #zone: ItemZone | null | undefined;

  constructor(ctx: WordsContext, withIds: string[], eager: Eager) {
    Object.assign(this, eager);
    this.kinds = eager.kind ? [eager.kind] : [];
    this.#ctx = ctx;
    this.#withIds = withIds;
  }

  get date(): string {
    if (this.#date !== undefined) return this.#date;
    const { index, lang, digits, opts, dates } = this.#ctx;
    const { note: _n, sources: _s, ...d } = this.item.data.date;
    const city = d.precision === 'time' ? cityOf(index, this.item.data.location, lang) : '';
    const key = JSON.stringify(d) + city;
    let date = dates.get(key);
    if (date === undefined)
      dates.set(key, (date = formatDateSpec(this.item.data.date, lang, digits, { ...opts, city })));
    return (this.#date = date);
  }

  #placeParts(): string[] {
    if (this.#parts) return this.#parts;
    const { index, lang, places } = this.#ctx;
    const loc = this.item.data.location;
    const key = loc ? `${loc.place ?? ''}|${JSON.stringify(loc.venue ?? null)}` : '';
    let parts = places.get(key);
    if (parts === undefined) places.set(key, (parts = placeParts(index, loc, lang)));
    return (this.#parts = parts);
  }

  #names(): string[] {
    return (this.#withNames ??= this.#withIds.map(this.#ctx.personName).filter(Boolean));
  }

  get zone(): ItemZone | null {
    if (this.#zone !== undefined) return this.#zone;
    const d = this.item.data.date;
    if (d.precision !== 'time') return (this.#zone = null);
    const { index, lang } = this.#ctx;
    return (this.#zone = {
      timeZone: d.timeZone,
      city: cityOf(index, this.item.data.location, lang),
    });
  }

  get place(): string {
    return this.#placeParts().map(isolate).join(SEP[this.#ctx.lang]);
  }

  get with(): string {
    return joinNames(this.#names().map(isolate), this.#ctx.lang);
  }

  get name(): string {
    if (this.#name !== undefined) return this.#name;
    const { lang } = this.#ctx;
    const sep = SEP[lang];
    const withNames = this.#names();
    // The name starts with the label the chart shows (WCAG 2.5.3, label in name: a speech
    // user says what they see); who it was with follows when the title does not say it.
    const shown = this.title.text + this.confidenceNote;
    const kind = this.kind;
    const head =
      this.type === 'meeting'
        ? [
            withNames.every((n) => this.title.text.includes(n))
              ? shown
              : shown + sep + fill(ui('tlWithNames', lang), { names: joinNames(withNames, lang) }),
            kind && kind !== 'meeting' ? kindWord(kind, lang) : '',
          ]
            .filter(Boolean)
            .join(sep)
        : `${ui('tlEvent', lang)}: ${shown}`;
    const when = this.sameDay ? this.date + sep + ui('tlSameDay', lang) : this.date;
    return (this.#name = [head, when, this.#placeParts().join(sep)].filter(Boolean).join(sep));
  }
}

const collators = new Map<Lang, Intl.Collator>();
/** Same-day members in the reader's alphabetical order: no claim about time. */
export function collator(lang: Lang): (a: string, b: string) => number {
  let c = collators.get(lang);
  if (!c) collators.set(lang, (c = new Intl.Collator(lang)));
  return c.compare;
}

export {
  confidenceWord,
  fieldWord,
  unsureFields,
  type Confidence,
  type UnsureField,
} from './provenanceWords';
