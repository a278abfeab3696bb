/**
 * Indexes derived once from a validated visit, so that views and the linking between them never
 * scan the whole visit on a hot path.
 */
import { isInternational } from './countries';
import { dateInterval, type Interval } from './dates';
import { cueConfidence, type Confidence, type RecordKind } from './confidence';
import { textLanguages } from './languages';
import type { ContextEvent, Meeting, Organization, Person, Side, Text, Visit } from './schema';

export { confidenceOf, fieldConfidence, type Confidence } from './confidence';

/** A meeting or a context event, as the timeline sees it. */
export type Item =
  | { type: 'meeting'; id: string; data: Meeting; interval: Interval | null }
  | { type: 'event'; id: string; data: ContextEvent; interval: Interval | null };

/** A country of the visit and the side it is on. */
export interface VisitCountry {
  code: string;
  name: Text;
  side: Side;
}

export interface VisitIndex {
  visit: Visit;
  people: Map<string, Person>;
  organizations: Map<string, Organization>;
  /** Children of each organization id, in file order; roots under the key `null`. */
  orgChildren: Map<string | null, Organization[]>;
  meetings: Map<string, Meeting>;
  events: Map<string, ContextEvent>;
  /** Meeting ids by participant id (guest, host and other). */
  meetingsByPerson: Map<string, string[]>;
  /** Meeting ids by organization id: listed on the meeting, or a participant's organization. */
  meetingsByOrg: Map<string, string[]>;
  /** Meetings and events in chronological order (ties and unknown dates by `order`, then file order). */
  items: Item[];
  /** The visit's countries by code: the guest, the hosts (tour order), then the others. */
  countries: Map<string, VisitCountry>;
  /** Organizations by their (resolved) country, in file order; international bodies under `null`. */
  orgsByCountry: Map<string | null, Organization[]>;
  /**
   * The mark-level confidence of each record (organization, person, meeting, event) that is not
   * confirmed: the weakest on the fields that change what it claims (`cueConfidence`).
   */
  confidence: Map<string, Exclude<Confidence, 'confirmed'>>;
  /** The file's `languages`, else the languages its texts are in: ar, en, then the others. */
  languages: string[];
}

/**
 * Appends `value` under `key` unless it is already the list's last entry. Every value for one
 * meeting is appended before the next meeting's, so this is "once per key" without a set of
 * pair keys (which cost more than the rest of the index at 10,000 meetings).
 */
function pushOnce<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (!list) map.set(key, [value]);
  else if (list[list.length - 1] !== value) list.push(value);
}

function countriesOf(visit: Visit): Map<string, VisitCountry> {
  const countries = new Map<string, VisitCountry>();
  const add = (c: { code: string; name: Text }, side: Side) => {
    if (!countries.has(c.code)) countries.set(c.code, { code: c.code, name: c.name, side });
  };
  add(visit.guest, 'guest');
  for (const c of visit.hosts) add(c, 'host');
  for (const c of visit.others ?? []) add(c, 'other');
  return countries;
}

/** Indexes a visit in one go. */
export function indexVisit(visit: Visit): VisitIndex {
  const steps = indexSteps(visit);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/**
 * Indexes a visit in steps, for a caller that yields to the page between them
 * (`indexVisitInTasks`): at the limits each step is a fraction of the whole (maps, the
 * meetings' participants, the items' intervals, their order).
 */
export function* indexSteps(visit: Visit): Generator<void, VisitIndex, void> {
  const people = new Map(visit.people.map((p) => [p.id, p]));
  const organizations = new Map(visit.organizations.map((o) => [o.id, o]));
  const orgChildren = new Map<string | null, Organization[]>();
  const orgsByCountry = new Map<string | null, Organization[]>();
  const confidence = new Map<string, Exclude<Confidence, 'confirmed'>>();
  // The mark-level cue follows only the fields that change what a mark claims (record, date,
  // participants, location, kind; record, name, title, organization, parent): `cueConfidence`
  // in confidence.ts. Every unsure field still shows in the details (itemWords/orgWords).
  const noteConfidence = (
    kind: RecordKind,
    r: { id: string; provenance?: { field: string; confidence: Confidence }[] },
  ) => {
    const c = cueConfidence(kind, r);
    if (c !== 'confirmed') confidence.set(r.id, c);
  };
  for (const o of visit.organizations) {
    const list = orgChildren.get(o.parent ?? null);
    if (list) list.push(o);
    else orgChildren.set(o.parent ?? null, [o]);
    const country = isInternational(o) ? null : (o.country ?? null);
    const byCountry = orgsByCountry.get(country);
    if (byCountry) byCountry.push(o);
    else orgsByCountry.set(country, [o]);
    noteConfidence('organization', o);
  }
  for (const p of visit.people) noteConfidence('person', p);
  yield;

  const meetingsByPerson = new Map<string, string[]>();
  const meetingsByOrg = new Map<string, string[]>();
  for (const m of visit.meetings) {
    const { guest, host, other } = m.participants;
    for (const ids of [guest, host, other])
      for (const id of ids ?? []) {
        pushOnce(meetingsByPerson, id, m.id);
        const org = people.get(id)?.organization;
        if (org) pushOnce(meetingsByOrg, org, m.id);
      }
    for (const org of m.organizations ?? []) pushOnce(meetingsByOrg, org, m.id);
    noteConfidence('meeting', m);
  }
  for (const e of visit.events ?? []) noteConfidence('event', e);
  yield;

  const items: Item[] = [
    ...visit.meetings.map((m): Item => ({
      type: 'meeting',
      id: m.id,
      data: m,
      interval: dateInterval(m.date),
    })),
    ...(visit.events ?? []).map((e): Item => ({
      type: 'event',
      id: e.id,
      data: e,
      interval: dateInterval(e.date),
    })),
  ];
  yield;
  // A stable sort (as every engine's has been since ES2019): file order breaks the ties.
  items.sort((a, b) => {
    const sa = a.interval?.start ?? Infinity;
    const sb = b.interval?.start ?? Infinity;
    if (sa !== sb) return sa - sb;
    const oa = a.data.date.order ?? Infinity;
    const ob = b.data.date.order ?? Infinity;
    return oa === ob ? 0 : oa - ob;
  });

  yield;
  const languages = visit.languages?.length ? [...visit.languages] : textLanguages(visit);
  return {
    visit,
    people,
    organizations,
    orgChildren,
    meetings: new Map(visit.meetings.map((m) => [m.id, m])),
    events: new Map((visit.events ?? []).map((e) => [e.id, e])),
    meetingsByPerson,
    meetingsByOrg,
    items,
    countries: countriesOf(visit),
    orgsByCountry,
    confidence,
    languages,
  };
}

/** `indexVisit`, with `pause()` awaited between its steps (the loader's `nextTask`). */
export async function indexVisitInTasks(
  visit: Visit,
  pause: () => Promise<void>,
): Promise<VisitIndex> {
  const steps = indexSteps(visit);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
    await pause();
  }
}
