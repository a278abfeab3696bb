/**
 * The references of a read workbook, resolved once every sheet is in: each name or id a cell
 * holds becomes the id of the record it names, or one message (no such record, with the
 * nearest name; or a name two records share, with their ids). The word is kept as written
 * when it resolves to nothing, so the visit keeps its shape; the gate's own complaint about it
 * then falls on a cell that already has a message, and is not said twice.
 */
import type { SheetProblem } from './problems';
import type { PendingRef, Rec, RowsRead, Ctx } from './readRows';
import { Resolver, type Named } from './refs';
import { sheetSpec } from './sheets';
import type { SheetKey, Target } from './spec';

const texts = (t: unknown): string[] =>
  t && typeof t === 'object'
    ? Object.values(t as Record<string, unknown>).filter((s) => typeof s === 'string')
    : [];

/** Every name a record of `target` is known by (the writer uses the same list, in this order). */
export function namesOf(target: Target, r: Rec): string[] {
  switch (target) {
    case 'organizations':
      return [...texts(r.name), ...texts(r.shortName)];
    case 'people':
    case 'places':
      return texts(r.name);
    case 'topics':
      return texts(r.label);
    case 'sources':
    case 'meetings':
    case 'events':
      return texts(r.title);
    case 'countries':
      return texts(r.name);
  }
}

export function countriesOf(json: Rec): Rec[] {
  return [json.guest, ...((json.hosts as Rec[]) ?? []), ...((json.others as Rec[]) ?? [])].filter(
    (c): c is Rec => !!c && typeof c === 'object',
  );
}

export function resolverFor(json: Rec, target: Target): Resolver {
  const records =
    target === 'countries' ? countriesOf(json) : ((json[target] as Rec[] | undefined) ?? []);
  const named: Named[] = records.map((r) => ({
    id: String(target === 'countries' ? r.code : r.id),
    names: namesOf(target, r),
  }));
  return new Resolver(named);
}

const NOUNS: Record<Target, SheetKey> = {
  places: 'places',
  sources: 'sources',
  topics: 'topics',
  organizations: 'organizations',
  people: 'people',
  meetings: 'engagements',
  events: 'events',
  countries: 'countries',
};
const SUBJECTS: Record<string, Target> = {
  organization: 'organizations',
  meeting: 'meetings',
  event: 'events',
};

/** One word resolved, or its message pushed; a cell of names split at commas as a last try. */
function resolveWord(
  word: string,
  target: Target,
  resolver: Resolver,
  ref: PendingRef,
  problems: SheetProblem[],
): string[] {
  const r = resolver.resolve(word);
  if (r.ok) return [r.id];
  if (ref.list && /[,،]/.test(word)) {
    const parts = word
      .split(/[,،]/)
      .map((s) => s.trim())
      .filter(Boolean);
    const all = parts.map((p) => resolver.resolve(p));
    if (all.every((x) => x.ok)) return all.map((x) => (x as { id: string }).id);
  }
  const noun = sheetSpec(NOUNS[target]).noun;
  if (r.why === 'ambiguous')
    problems.push({ ...ref.place, kind: 'ambiguous', found: word, noun, ids: r.ids });
  else
    problems.push({
      ...ref.place,
      kind: 'no-ref',
      found: word,
      noun,
      ...(r.suggestion ? { suggestion: r.suggestion } : {}),
    });
  return [word];
}

const setIn = (rec: Rec, field: string, value: unknown) => {
  const keys = field.split('.');
  let o = rec;
  for (const k of keys.slice(0, -1)) o = (o[k] ??= {}) as Rec;
  o[keys[keys.length - 1]!] = value;
};

export function resolveRefs(json: Rec, read: Map<SheetKey, RowsRead>, ctx: Ctx) {
  const cache = new Map<Target, Resolver>();
  const get = (t: Target) => {
    let r = cache.get(t);
    if (!r) cache.set(t, (r = resolverFor(json, t)));
    return r;
  };
  for (const rows of read.values()) {
    for (const ref of rows.refs) {
      let target: Target | undefined;
      if (ref.target === 'subject') {
        target = SUBJECTS[String((ref.record.subject as Rec | undefined)?.type)];
        if (!target) {
          setIn(ref.record, ref.field, ref.words[0]);
          continue;
        }
      } else target = ref.target;
      const ids = ref.words.flatMap((w) => resolveWord(w, target, get(target), ref, ctx.problems));
      setIn(ref.record, ref.field, ref.list ? ids : ids[0]);
    }
  }
  // The Confidence sheet's Record: a record of the sheet its Sheet column names.
  const conf = read.get('confidence');
  for (const { record, row } of conf?.records ?? []) {
    const owner = record.owner as string | undefined;
    const word = typeof record.record === 'string' ? record.record : undefined;
    if (!owner || !word) continue;
    const target = (
      {
        organizations: 'organizations',
        people: 'people',
        engagements: 'meetings',
        events: 'events',
      } as const
    )[owner as 'people'];
    const place = { sheet: 'confidence' as const, row, column: 'Record / السجل' };
    const ids = resolveWord(
      word,
      target,
      get(target),
      { place, list: false } as PendingRef,
      ctx.problems,
    );
    record.target = ((json[target] as Rec[]) ?? []).find((r) => r.id === ids[0]);
  }
}
