/**
 * The checks a JSON Schema cannot express, run on a visit whose shape is already valid:
 * unique ids, every reference, participants and parent organizations on the right side, cycles
 * and depth of the organization and place trees, real calendar dates (a source's `published`
 * too) and ranges that do not run backwards, source URLs that parse as plain http(s) links, and
 * text free of control characters and bidi paragraph separators.
 *
 * Ids, references, sides and dates are checked here; trees in `treeChecks.ts`, URLs and text in
 * `textChecks.ts`.
 */
import { checkCountries } from './countryChecks';
import { isKnownTimeZone, isRealDate } from './dates';
import { makeError, preview, type ValidationError } from './errors';
import type { DateSpec, Visit, VisitV1 } from './schema';
import { findControlChars, urlProblem } from './textChecks';
import { findCycles, findTooDeep } from './treeChecks';

export { urlProblem } from './textChecks';

type Collection =
  | 'places'
  | 'sources'
  | 'organizations'
  | 'people'
  | 'topics'
  | 'meetings'
  | 'events'
  | 'figures'
  | 'itinerary';

/**
 * `partial`: for a visit read in part (partial.ts), the stand-ins of records that failed their own
 * schema (a side that failed is not compared) and the collections whose ids are not all known
 * (references into them are not checked). `written`: the visit as the file has it (a version 1
 * file before `migrateV1`), whose own paths the text checks report.
 */
export function checkSemantics(
  visit: Visit,
  max: number,
  partial?: { standIns: ReadonlySet<object>; opaque: ReadonlySet<string> },
  written: Visit | VisitV1 = visit,
): ValidationError[] {
  // A stand-in whose side failed its schema has none: no side check involves it.
  const sided = (x: object) => !partial?.standIns.has(x) || 'side' in x;
  const errors: ValidationError[] = [];
  const push = (e: ValidationError) => {
    if (errors.length < max) errors.push(e);
  };

  const ids = new Map<Collection, Map<string, number>>();
  const index = (name: Collection, items: readonly { id: string }[]) => {
    const seen = new Map<string, number>();
    items.forEach((item, i) => {
      const first = seen.get(item.id);
      if (first !== undefined) {
        push(
          makeError(
            `${name}[${i}].id`,
            'duplicate-id',
            `expected an id not used before (already used at ${name}[${first}])`,
            preview(item.id),
          ),
        );
      } else seen.set(item.id, i);
    });
    ids.set(name, seen);
  };
  index('places', visit.places);
  index('sources', visit.sources);
  index('organizations', visit.organizations);
  index('people', visit.people);
  index('topics', visit.topics);
  index('meetings', visit.meetings);
  index('events', visit.events ?? []);
  index('figures', visit.figures ?? []);
  index('itinerary', visit.itinerary ?? []);
  // Meetings and events are drawn on one timeline and listed together: one id each across both.
  (visit.events ?? []).forEach((e, i) => {
    const m = ids.get('meetings')?.get(e.id);
    if (m === undefined) return;
    push(
      makeError(
        `events[${i}].id`,
        'duplicate-id',
        `expected an id not used before (already used at meetings[${m}])`,
        preview(e.id),
      ),
    );
  });

  const ref = (path: string, target: Collection, id: string | undefined) => {
    if (id === undefined || partial?.opaque.has(target)) return;
    if (!ids.get(target)?.has(id)) {
      push(makeError(path, 'dangling-ref', `expected the id of one of the ${target}`, preview(id)));
    }
  };
  const refs = (path: string, target: Collection, list: readonly string[] | undefined) =>
    list?.forEach((id, i) => ref(`${path}[${i}]`, target, id));

  const checkDate = (path: string, date: DateSpec) => {
    refs(`${path}.sources`, 'sources', date.sources);
    if (date.precision === 'unknown') return;
    if (date.precision === 'between') {
      for (const key of ['earliest', 'latest'] as const) {
        if (!isRealDate(date[key])) {
          push(
            makeError(
              `${path}.${key}`,
              'invalid-date',
              'expected a date that exists in the calendar',
              preview(date[key]),
            ),
          );
          return;
        }
      }
      // One day known to the day is precision "day": a range of one day is not "between".
      if (date.latest <= date.earliest) {
        push(
          makeError(
            `${path}.latest`,
            'inverted-range',
            `expected a latest day after the earliest ${preview(date.earliest)}`,
            preview(date.latest),
          ),
        );
      }
      return;
    }
    for (const key of ['start', 'end'] as const) {
      const value = date[key];
      if (value !== undefined && !isRealDate(value)) {
        push(
          makeError(
            `${path}.${key}`,
            'invalid-date',
            'expected a date that exists in the calendar',
            preview(value),
          ),
        );
        return;
      }
    }
    if (date.precision === 'time' && !isKnownTimeZone(date.timeZone)) {
      push(
        makeError(
          `${path}.timeZone`,
          'invalid-date',
          'expected a known IANA time zone',
          preview(date.timeZone),
        ),
      );
    }
    // Strings of one precision compare in calendar order; an end before its start runs backwards.
    if (date.end !== undefined && date.end < date.start) {
      push(
        makeError(
          `${path}.end`,
          'inverted-range',
          `expected an end not before the start ${preview(date.start)}`,
          preview(date.end),
        ),
      );
    }
  };

  const provenance = (path: string, list: { sources?: string[] }[] | undefined) =>
    list?.forEach((p, i) => refs(`${path}.provenance[${i}].sources`, 'sources', p.sources));

  checkDate('dates', visit.dates);

  visit.sources.forEach((s, i) => {
    if (s.published !== undefined && !isRealDate(s.published)) {
      push(
        makeError(
          `sources[${i}].published`,
          'invalid-date',
          'expected a date that exists in the calendar',
          preview(s.published),
        ),
      );
    }
    if (s.url !== undefined) {
      const problem = urlProblem(s.url);
      if (problem) push(makeError(`sources[${i}].url`, 'invalid-url', problem, preview(s.url)));
    }
  });

  visit.places.forEach((p, i) => ref(`places[${i}].parent`, 'places', p.parent));
  (visit.itinerary ?? []).forEach((leg, i) => {
    ref(`itinerary[${i}].place`, 'places', leg.place);
    refs(`itinerary[${i}].sources`, 'sources', leg.sources);
    checkDate(`itinerary[${i}].dates`, leg.dates);
  });
  const orgsById = new Map(visit.organizations.map((o) => [o.id, o]));
  visit.organizations.forEach((o, i) => {
    ref(`organizations[${i}].parent`, 'organizations', o.parent);
    // The chart draws each side's tree from its roots: a child under the other side's parent
    // would be reachable from neither, and vanish with its people.
    const parent = o.parent === undefined ? undefined : orgsById.get(o.parent);
    if (parent && sided(parent) && sided(o) && parent.side !== o.side) {
      push(
        makeError(
          `organizations[${i}].parent`,
          'side-mismatch',
          `expected a parent organization on the ${o.side} side, as this one is`,
          `${preview(parent.id)} (side "${parent.side}")`,
        ),
      );
    }
    refs(`organizations[${i}].sources`, 'sources', o.sources);
    provenance(`organizations[${i}]`, o.provenance);
  });
  visit.people.forEach((p, i) => {
    ref(`people[${i}].organization`, 'organizations', p.organization);
    // The same: a person is drawn in their side's chart, on their organization's card.
    const org = p.organization === undefined ? undefined : orgsById.get(p.organization);
    if (org && sided(org) && sided(p) && org.side !== p.side) {
      push(
        makeError(
          `people[${i}].organization`,
          'side-mismatch',
          `expected an organization on the ${p.side} side, as this person is`,
          `${preview(org.id)} (side "${org.side}")`,
        ),
      );
    }
    refs(`people[${i}].sources`, 'sources', p.sources);
    provenance(`people[${i}]`, p.provenance);
  });

  const peopleById = new Map(visit.people.map((p) => [p.id, p]));
  visit.meetings.forEach((m, i) => {
    const path = `meetings[${i}]`;
    for (const side of ['guest', 'host', 'other'] as const) {
      m.participants[side]?.forEach((id, j) => {
        const person = peopleById.get(id);
        const p = `${path}.participants.${side}[${j}]`;
        if (!person) ref(p, 'people', id);
        else if (sided(person) && person.side !== side) {
          push(
            makeError(
              p,
              'side-mismatch',
              `expected a person on the ${side} side`,
              `${preview(id)} (side "${person.side}")`,
            ),
          );
        }
      });
    }
    refs(`${path}.organizations`, 'organizations', m.organizations);
    ref(`${path}.location.place`, 'places', m.location?.place);
    refs(`${path}.topics`, 'topics', m.topics);
    refs(`${path}.sources`, 'sources', m.sources);
    provenance(path, m.provenance);
    checkDate(`${path}.date`, m.date);
  });
  (visit.events ?? []).forEach((e, i) => {
    const path = `events[${i}]`;
    refs(`${path}.people`, 'people', e.people);
    refs(`${path}.organizations`, 'organizations', e.organizations);
    ref(`${path}.location.place`, 'places', e.location?.place);
    refs(`${path}.topics`, 'topics', e.topics);
    refs(`${path}.sources`, 'sources', e.sources);
    provenance(path, e.provenance);
    checkDate(`${path}.date`, e.date);
  });
  const subjectCollection = {
    organization: 'organizations',
    meeting: 'meetings',
    event: 'events',
  } as const;
  (visit.figures ?? []).forEach((f, i) => {
    ref(`figures[${i}].subject.id`, subjectCollection[f.subject.type], f.subject.id);
    refs(`figures[${i}].sources`, 'sources', f.sources);
  });

  const orgTreeOk = !findCycles('organizations', visit.organizations, push);
  if (orgTreeOk) findTooDeep('organizations', visit.organizations, push);
  if (orgTreeOk) checkCountries(visit, push, sided, partial?.opaque);
  if (!findCycles('places', visit.places, push)) findTooDeep('places', visit.places, push);
  findControlChars(written, push);
  return errors;
}
