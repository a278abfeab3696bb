/**
 * The checks a JSON Schema cannot express, run on a visit whose shape is already valid:
 * unique ids, every reference, participants on the right side, cycles in the organization and
 * place trees, real calendar dates and ranges that do not run backwards.
 */
import { isKnownTimeZone, isRealDate } from './dates';
import { makeError, preview, type ValidationError } from './parseVisit';
import type { DateSpec, Visit } from './schema';

type Collection =
  'places' | 'sources' | 'organizations' | 'people' | 'topics' | 'meetings' | 'events' | 'figures';

export function checkSemantics(visit: Visit, max: number): ValidationError[] {
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

  const ref = (path: string, target: Collection, id: string | undefined) => {
    if (id === undefined) return;
    if (!ids.get(target)?.has(id)) {
      push(makeError(path, 'dangling-ref', `expected the id of one of the ${target}`, preview(id)));
    }
  };
  const refs = (path: string, target: Collection, list: readonly string[] | undefined) =>
    list?.forEach((id, i) => ref(`${path}[${i}]`, target, id));

  const checkDate = (path: string, date: DateSpec) => {
    refs(`${path}.sources`, 'sources', date.sources);
    if (date.precision === 'unknown') return;
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

  visit.places.forEach((p, i) => ref(`places[${i}].parent`, 'places', p.parent));
  visit.organizations.forEach((o, i) => {
    ref(`organizations[${i}].parent`, 'organizations', o.parent);
    refs(`organizations[${i}].sources`, 'sources', o.sources);
    provenance(`organizations[${i}]`, o.provenance);
  });
  visit.people.forEach((p, i) => {
    ref(`people[${i}].organization`, 'organizations', p.organization);
    refs(`people[${i}].sources`, 'sources', p.sources);
    provenance(`people[${i}]`, p.provenance);
  });

  const peopleById = new Map(visit.people.map((p) => [p.id, p]));
  visit.meetings.forEach((m, i) => {
    const path = `meetings[${i}]`;
    for (const side of ['guest', 'host'] as const) {
      m.participants[side].forEach((id, j) => {
        const person = peopleById.get(id);
        const p = `${path}.participants.${side}[${j}]`;
        if (!person) ref(p, 'people', id);
        else if (person.side !== side) {
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

  findCycles('organizations', visit.organizations, push);
  findCycles('places', visit.places, push);
  return errors;
}

/** Reports each parent chain that loops back on itself, once per cycle, iteratively. */
function findCycles(
  name: Collection,
  items: readonly { id: string; parent?: string }[],
  push: (e: ValidationError) => void,
) {
  const parentOf = new Map(items.map((o) => [o.id, o.parent]));
  const position = new Map(items.map((o, i) => [o.id, i]));
  const state = new Map<string, 'visiting' | 'done'>();
  for (const item of items) {
    const chain: string[] = [];
    let id: string | undefined = item.id;
    while (id !== undefined && parentOf.has(id) && !state.has(id)) {
      state.set(id, 'visiting');
      chain.push(id);
      id = parentOf.get(id);
    }
    if (id !== undefined && state.get(id) === 'visiting') {
      const loop = chain.slice(chain.indexOf(id));
      // Name a short loop in full; a long one by its first links and its length.
      const shown = loop.length <= 4 ? [...loop, id] : [...loop.slice(0, 3), '…'];
      const links = shown.map((x) => (x === '…' ? x : preview(x))).join(' → ');
      push(
        makeError(
          `${name}[${position.get(id)}].parent`,
          'cycle',
          'expected a tree (no parent chain may loop back)',
          loop.length <= 4 ? `the loop ${links}` : `a loop of ${loop.length}: ${links}`,
        ),
      );
    }
    for (const c of chain) state.set(c, 'done');
  }
}
