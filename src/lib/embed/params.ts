/**
 * URL parameters ⇄ what the reader sees. Pure: `parseEmbedParams(URLSearchParams)` never throws
 * and ignores what it does not understand (unknown keys, bad values), and
 * `writeEmbedParams(state, base)` writes the canonical form back, keeping foreign keys such as
 * `utm_source` untouched.
 *
 * A value is read as a reader sees it (`cleanValue`): NFKC (fullwidth letters are ASCII), no
 * invisible characters (bidi marks and controls, zero-width ones, the BOM), trimmed; names of
 * values (view, lang, kinds…) in any case. A parameter given twice counts once: its first
 * non-empty value, or for lists (topics, orgs, people, sides, kinds) every value. Lists are
 * split at commas, spaces (`+`) and the Arabic comma. Ids are what a visit file allows (letters,
 * digits, `_ . : -`, at most 64), so no value can carry markup; anything else is dropped.
 *
 *   view=timeline|orgchart        (default both)
 *   sel=meeting:<id>              selection, `<type>:<id>`
 *   topics=a,b  orgs=…  people=…  sides=guest,host,other  kinds=talk,signing   filters
 *   from=2022-10-04T08:00  to=2022-10-07              visible range, floating wall-clock time
 *   lang=en  digits=arab  theme=light|dark  data=<url>
 *   visit=<id>                                       a bundled visit (visits/list.ts); data= wins
 *   calendar=islamic-umalqura                        Hijri (Umm al-Qura) dates, Gregorian beside
 *   embed=1  transparent=1  plain=1                   embed flags
 */
import { CALENDARS, type Calendar } from '../i18n/calendar';
import { isLang, type Digits, type Lang } from '../i18n/locale';
import { ENGAGEMENT_KINDS, type EngagementKind } from '../layout/kindGlyph';
import type { Side } from '../model/schema';
import type { EmbedFlags, Selection, SelectionType, Theme, ViewMode } from '../state/view.svelte';
import { cleanValue, first, isId, listItems, oneOf, parseFlag } from './paramValues';

export interface Filters {
  topics: string[];
  organizations: string[];
  people: string[];
  sides: Side[];
  /** Engagement kinds (meeting, talk, site-visit…): the timeline's kind filter. */
  kinds: EngagementKind[];
}

/** Everything a link reproduces. Ids are not checked against a visit here (see `pruneToIndex`). */
export interface UrlState {
  view: ViewMode;
  lang: Lang;
  digits: Digits;
  /** The calendar dates are worded in (default Gregorian). */
  calendar: Calendar;
  theme: Theme;
  selection: Selection | null;
  filters: Filters;
  /** [start, end) in floating ms, or null for "fit everything". */
  range: [number, number] | null;
  /**
   * The `data=` value exactly as the link wrote it; null = none (the bundled visit). Not judged
   * here: `judgeDataUrl` (dataUrl.ts) decides, on the resolved URL, whether it may be fetched.
   */
  data: string | null;
  /**
   * The `visit=` value as written: which bundled visit (see `visits/list.ts`); null = none, the
   * default one. Not checked here. Left out (undefined) by states that do not manage it, such
   * as `stateFromView`: `writeEmbedParams` then keeps the base's `visit=` as it is.
   */
  visit?: string | null;
}

export interface EmbedParams extends UrlState {
  /** As read from the address: always there (null when absent). */
  visit: string | null;
  flags: EmbedFlags;
}

export const DEFAULTS: EmbedParams = {
  view: 'both',
  lang: 'ar',
  digits: 'latn',
  calendar: 'gregory',
  theme: 'auto',
  selection: null,
  filters: { topics: [], organizations: [], people: [], sides: [], kinds: [] },
  range: null,
  data: null,
  visit: null,
  flags: { embed: false, transparent: false, plain: false },
};

const VIEWS: readonly ViewMode[] = ['both', 'timeline', 'orgchart'];
const THEMES: readonly Theme[] = ['light', 'dark', 'auto'];
const DIGITS: readonly Digits[] = ['latn', 'arab'];
export const SELECTION_TYPES: readonly SelectionType[] = [
  'meeting',
  'event',
  'person',
  'organization',
];
const SIDES: readonly Side[] = ['guest', 'host', 'other'];
const FILTER_KEYS = { topics: 'topics', organizations: 'orgs', people: 'people' } as const;
const KNOWN_KEYS = [
  'view',
  'sel',
  ...Object.values(FILTER_KEYS),
  'sides',
  'kinds',
  'from',
  'to',
  'lang',
  'digits',
  'calendar',
  'theme',
  'data',
  'embed',
  'transparent',
  'plain',
];

/** Lists hold at most this many ids. */
const MAX_LIST = 200;

/** `meeting:abc` → {type, id}; ids may themselves contain ':', the type never does. */
export function parseSelection(raw: string | null): Selection | null {
  const s = raw === null ? '' : cleanValue(raw);
  const at = s.indexOf(':');
  const type = oneOf(SELECTION_TYPES, s.slice(0, at));
  const id = s.slice(at + 1);
  return at > 0 && type && isId(id) ? { type, id } : null;
}

/** Every value of `key`: the ids, once each, at most MAX_LIST. */
function parseList(q: URLSearchParams, key: string): string[] {
  return [...new Set(listItems(q, key).filter(isId))].slice(0, MAX_LIST);
}

const parseNames = <T extends string>(q: URLSearchParams, key: string, names: readonly T[]) => [
  ...new Set(parseList(q, key).flatMap((s) => oneOf(names, s) ?? [])),
];

const FLOATING_RE = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?)?$/;

/**
 * `2022-10-04` or `2022-10-04T08:30[:15]` as floating ms, for any year 0000–9999; NaN unless it
 * is a real instant.
 */
export function parseFloating(s: string | null): number {
  const m = s ? FLOATING_RE.exec(s) : null;
  if (!m) return NaN;
  const [y, mo, d, h = 0, mi = 0, se = 0] = m.slice(1).map((x) => (x ? Number(x) : undefined));
  // Not `Date.UTC`, which reads years 0–99 as 1900–1999.
  const back = new Date(0);
  back.setUTCFullYear(y!, mo! - 1, d!);
  back.setUTCHours(h, mi, se, 0);
  // Reject 2022-02-30 and 25:00, which the setters would silently roll over.
  const same =
    back.getUTCFullYear() === y &&
    back.getUTCMonth() === mo! - 1 &&
    back.getUTCDate() === d &&
    back.getUTCHours() === h &&
    back.getUTCMinutes() === mi &&
    back.getUTCSeconds() === se;
  return same ? back.getTime() : NaN;
}

/** The first and last instants `from=` / `to=` can hold: 0000-01-01 and 9999-12-31T23:59:59. */
export const FLOATING_MIN = parseFloating('0000-01-01');
export const FLOATING_MAX = parseFloating('9999-12-31T23:59:59');

/**
 * Floating ms (years 0000–9999) → the shortest of `YYYY-MM-DD`, `…THH:MM`, `…THH:MM:SS`
 * (rounded to seconds). Outside those years, the nearest end of them.
 */
export function formatFloating(ms: number): string {
  const s = Math.min(FLOATING_MAX, Math.max(FLOATING_MIN, Math.round(ms / 1000) * 1000));
  const iso = new Date(s).toISOString(); // 2022-10-04T08:30:00.000Z
  if (iso.endsWith('T00:00:00.000Z')) return iso.slice(0, 10);
  return iso.endsWith(':00.000Z') ? iso.slice(0, 16) : iso.slice(0, 19);
}

/**
 * The range a link can hold for `[a, b)`: whole seconds, at least one second long, and moved
 * (keeping its length) inside years 0000–9999, which the timeline's padding can overstep at the
 * ends of a visit spanning them. What `writeEmbedParams` writes, and `parseEmbedParams` reads back
 * exactly.
 */
export function writableRange([a, b]: readonly [number, number]): [number, number] {
  let s = Math.round(a / 1000) * 1000;
  let e = Math.max(Math.round(b / 1000) * 1000, s + 1000);
  if (s < FLOATING_MIN) [s, e] = [FLOATING_MIN, e + (FLOATING_MIN - s)];
  if (e > FLOATING_MAX) [s, e] = [Math.max(FLOATING_MIN, s - (e - FLOATING_MAX)), FLOATING_MAX];
  return [s, e];
}

/** Reads the URL parameters. Never throws; every missing or invalid value takes its default. */
export function parseEmbedParams(q: URLSearchParams): EmbedParams {
  const lang = first(q, 'lang')?.toLowerCase();
  const from = parseFloating(q.get('from'));
  const to = parseFloating(q.get('to'));
  return {
    view: oneOf(VIEWS, first(q, 'view')) ?? DEFAULTS.view,
    lang: isLang(lang) ? lang : DEFAULTS.lang,
    digits: oneOf(DIGITS, first(q, 'digits')) ?? DEFAULTS.digits,
    calendar: oneOf(CALENDARS, first(q, 'calendar')) ?? DEFAULTS.calendar,
    theme: oneOf(THEMES, first(q, 'theme')) ?? DEFAULTS.theme,
    selection: parseSelection(first(q, 'sel')),
    filters: {
      topics: parseList(q, FILTER_KEYS.topics),
      organizations: parseList(q, FILTER_KEYS.organizations),
      people: parseList(q, FILTER_KEYS.people),
      sides: parseNames(q, 'sides', SIDES),
      kinds: parseNames(q, 'kinds', ENGAGEMENT_KINDS),
    },
    range: from < to ? [from, to] : null,
    // As written (judged by dataUrl.ts as the browser reads it): the first non-empty one.
    data: q.getAll('data').find((v) => v !== '') ?? null,
    visit: first(q, 'visit'),
    flags: {
      embed: parseFlag(q, 'embed'),
      transparent: parseFlag(q, 'transparent'),
      plain: parseFlag(q, 'plain'),
    },
  };
}

/**
 * The canonical parameters for `state`, on top of `base` (whose known keys are replaced and whose
 * other keys are kept). Defaults are left out, so the plain page has the plain URL. Flags are
 * written only when given.
 */
export function writeEmbedParams(
  state: UrlState & { flags?: EmbedFlags },
  base: URLSearchParams = new URLSearchParams(),
): URLSearchParams {
  const q = new URLSearchParams(base);
  for (const key of KNOWN_KEYS) q.delete(key);
  const set = (key: string, value: string, dflt?: string) => {
    if (value && value !== dflt) q.set(key, value);
  };
  set('data', state.data ?? '');
  if (state.visit) q.set('visit', state.visit);
  else if (state.visit === null) q.delete('visit');
  set('lang', state.lang, DEFAULTS.lang);
  set('digits', state.digits, DEFAULTS.digits);
  set('calendar', state.calendar, DEFAULTS.calendar);
  set('theme', state.theme, DEFAULTS.theme);
  set('view', state.view, DEFAULTS.view);
  if (state.selection) set('sel', `${state.selection.type}:${state.selection.id}`);
  for (const [facet, key] of Object.entries(FILTER_KEYS)) {
    set(key, [...state.filters[facet as keyof typeof FILTER_KEYS]].sort().join(','));
  }
  set('sides', [...state.filters.sides].sort().join(','));
  set('kinds', [...state.filters.kinds].sort().join(','));
  if (state.range && state.range.every(Number.isFinite)) {
    const [from, to] = writableRange(state.range);
    set('from', formatFloating(from));
    set('to', formatFloating(to));
  }
  for (const flag of ['embed', 'transparent', 'plain'] as const) {
    if (state.flags?.[flag]) q.set(flag, '1');
  }
  return q;
}

/** `?a=1` or '' — for building URLs. */
export const queryString = (q: URLSearchParams): string => {
  const s = q.toString();
  return s ? `?${s}` : '';
};

const sameSelection = (a: Selection | null, b: Selection | null) =>
  a === b || (!!a && !!b && a.type === b.type && a.id === b.id);

/**
 * How a change of state should enter the browser history: a new selection or view is a step the
 * reader may want to go back to (`push`); a range, filter or language change replaces the current
 * entry, so dragging the timeline does not bury the back button.
 */
export function historyAction(prev: UrlState, next: UrlState): 'push' | 'replace' {
  return prev.view !== next.view || !sameSelection(prev.selection, next.selection)
    ? 'push'
    : 'replace';
}
