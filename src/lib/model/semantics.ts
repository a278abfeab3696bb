/**
 * The checks a JSON Schema cannot express, run on a visit whose shape is already valid:
 * unique ids, every reference, participants and parent organizations on the right side, cycles
 * and depth of the organization and place trees, real calendar dates (a source's `published`
 * too) and ranges that do not run backwards, source URLs that parse as plain http(s) links, and
 * text free of control characters and bidi paragraph separators.
 */
import { isKnownTimeZone, isRealDate } from './dates';
import { formatPath, makeError, preview, type ValidationError } from './parseVisit';
import { LIMITS, type DateSpec, type Visit } from './schema';

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
  const orgsById = new Map(visit.organizations.map((o) => [o.id, o]));
  visit.organizations.forEach((o, i) => {
    ref(`organizations[${i}].parent`, 'organizations', o.parent);
    // The chart draws each side's tree from its roots: a child under the other side's parent
    // would be reachable from neither, and vanish with its people.
    const parent = o.parent === undefined ? undefined : orgsById.get(o.parent);
    if (parent && parent.side !== o.side) {
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
    if (org && org.side !== p.side) {
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

  if (!findCycles('organizations', visit.organizations, push))
    findTooDeep('organizations', visit.organizations, push);
  if (!findCycles('places', visit.places, push)) findTooDeep('places', visit.places, push);
  findControlChars(visit, push);
  return errors;
}

/**
 * What is wrong with a source's link, or null. The schema has checked that it starts with
 * "http://" or "https://"; here it must also parse as a URL (WHATWG, as the browser will read
 * it) with no user name or password, and hold no spaces or control characters, which the
 * browser would silently strip or encode, so that the link shown is the link followed.
 */
export function urlProblem(raw: string): string | null {
  if (/[\s\p{Cc}\p{Cf}]/u.test(raw)) {
    return 'expected a URL without spaces, control or invisible characters (write them %-encoded)';
  }
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return 'expected a URL that parses, such as "https://example.org/article"';
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return 'expected an http(s) URL';
  if (url.username !== '' || url.password !== '' || /^https?:\/\/[^/?#]*@/i.test(raw)) {
    return 'expected a URL without a user name or password';
  }
  return null;
}

/**
 * Reports each parent chain that loops back on itself, once per cycle, iteratively. True when
 * it found one.
 */
function findCycles(
  name: Collection,
  items: readonly { id: string; parent?: string }[],
  push: (e: ValidationError) => void,
): boolean {
  let found = false;
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
      found = true;
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
  return found;
}

/**
 * Refuses a tree deeper than `LIMITS.treeDepth` levels (a root is level 1), once per
 * collection, naming its deepest item. Run on trees without cycles; iterative, each item's
 * depth computed once.
 */
function findTooDeep(
  name: Collection,
  items: readonly { id: string; parent?: string }[],
  push: (e: ValidationError) => void,
) {
  const byId = new Map(items.map((o, i) => [o.id, { item: o, i }]));
  const depth = new Map<string, number>();
  let deepest = -1;
  let deepestDepth = 0;
  items.forEach((item, i) => {
    const chain: string[] = [];
    let id: string | undefined = item.id;
    // Up to the first item whose depth is known, or a root (a dangling parent counts as none).
    while (id !== undefined && !depth.has(id) && byId.has(id)) {
      chain.push(id);
      id = byId.get(id)?.item.parent;
    }
    let d = id === undefined ? 0 : (depth.get(id) ?? 0);
    for (let k = chain.length - 1; k >= 0; k--) depth.set(chain[k] ?? '', ++d);
    const own = depth.get(item.id) ?? 0;
    if (own > deepestDepth) [deepest, deepestDepth] = [i, own];
  });
  if (deepestDepth <= LIMITS.treeDepth) return;
  const top: string[] = [];
  let id: string | undefined = items[deepest]?.id;
  let rootId = id;
  while (id !== undefined && byId.has(id)) {
    if (top.length < 3) top.push(preview(id));
    rootId = id;
    id = byId.get(id)?.item.parent;
  }
  push(
    makeError(
      `${name}[${deepest}].parent`,
      'too-deep',
      `expected a tree at most ${LIMITS.treeDepth} levels deep`,
      `${deepestDepth} levels: ${top.join(' → ')} → … → ${preview(rootId)}`,
    ),
  );
}

/** Fields whose text is long (paragraphs): a line feed there is a paragraph break. */
const LONG_TEXT_FIELDS = new Set(['summary', 'note']);
/**
 * Refused in every text: control characters (Unicode general category Cc, which holds every
 * character of bidi class B and S but U+2029) and U+2028/U+2029. In short text (names, titles,
 * labels) that includes the line feed.
 *
 * Bidi classes B (paragraph separator) and S (segment separator), from DerivedBidiClass.txt:
 *   B: U+000A, U+000D, U+001C..U+001E, U+0085, U+2029
 *   S: U+0009, U+000B, U+001F
 * A B character ends every embedding, override and isolate (UAX #9, rule P1 and X8), so a name
 * holding one could let an override out of its <bdi> or FSI…PDI and reorder the app's own text
 * around it. Long text keeps U+000A, its paragraph break: renderers collapse it to a space or
 * put each paragraph in a block of its own.
 */
const SHORT_TEXT_BAD = /[\p{Cc}\u2028\u2029]/u;
const LONG_TEXT_BAD = /[^\P{Cc}\n]|[\u2028\u2029]/u; // Cc but U+000A, U+2028, U+2029

const codePoint = (ch: string) =>
  `U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;

interface Step {
  value: unknown;
  key: string | number | null;
  up: Step | null;
}
const keysOf = (step: Step) => {
  const keys: (string | number)[] = [];
  for (let s: Step | null = step; s && s.key !== null; s = s.up) keys.push(s.key);
  return keys.reverse();
};

/** Walks every string of the visit (its depth is the schema's), iteratively. */
function findControlChars(visit: Visit, push: (e: ValidationError) => void) {
  const stack: Step[] = [{ value: visit, key: null, up: null }];
  while (stack.length) {
    const step = stack.pop()!;
    const { value } = step;
    if (typeof value === 'string') {
      const long = LONG_TEXT_FIELDS.has(String(step.up?.key));
      const bad = long ? LONG_TEXT_BAD : SHORT_TEXT_BAD;
      if (!bad.test(value)) continue;
      let position = 0;
      for (const ch of value) {
        position++;
        if (!bad.test(ch)) continue;
        push(
          makeError(
            formatPath(keysOf(step)),
            'control-char',
            long
              ? 'expected text without tabs, control characters or paragraph separators other than a line feed (U+000A)'
              : 'expected text on one line, without tabs, control characters or paragraph separators',
            `${codePoint(ch)} at character ${position} of ${preview(value)}`,
          ),
        );
        break;
      }
    } else if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push({ value: value[i], key: i, up: step });
    } else if (typeof value === 'object' && value !== null) {
      const keys = Object.keys(value);
      for (let i = keys.length - 1; i >= 0; i--) {
        const k = keys[i]!;
        // A source's link has its own check (urlProblem).
        if (k === 'url' && typeof step.key === 'number' && step.up?.key === 'sources') continue;
        stack.push({ value: (value as Record<string, unknown>)[k], key: k, up: step });
      }
    }
  }
}
