/**
 * The view state shared by the timeline, the org chart, the details panel and (later) the URL
 * and embedding: language, digits, selection, filters and the visible time range. One rune class,
 * handed down through a typed context.
 */
import { getContext, setContext } from 'svelte';
import { SvelteSet } from 'svelte/reactivity';
import type { Calendar } from '../i18n/calendar';
import { dirOf, type Digits, type Lang } from '../i18n/locale';
import type { VisitIndex } from '../model/derive';
import type { Side } from '../model/schema';
import type { Facet } from './filters';

export type SelectionType = 'meeting' | 'event' | 'person' | 'organization';
export interface Selection {
  type: SelectionType;
  id: string;
}

/** Which views are shown: both (default), or one of them alone (URL `view=`). */
export type ViewMode = 'both' | 'timeline' | 'orgchart';
/** Colour theme: `auto` follows the reader's system setting. */
export type Theme = 'light' | 'dark' | 'auto';
/** Set once from the URL (`?embed=1&transparent=1&plain=1`); the page never changes them. */
export interface EmbedFlags {
  /** Inside another page: no page chrome, compact controls, ctrl+wheel zoom. */
  embed: boolean;
  /** No page background, so the host page shows through. */
  transparent: boolean;
  /** The views alone: no title bar or controls. */
  plain: boolean;
}

/** Who moves the visible range: the timeline's own gestures and buttons, the URL, a host page. */
export type RangeMover = 'timeline' | 'url' | 'host';

export class ViewState {
  lang = $state<Lang>('ar');
  digits = $state<Digits>('latn');
  /** The calendar dates are worded and the axis ticked in (URL `calendar=`). */
  calendar = $state<Calendar>('gregory');
  selection = $state<Selection | null>(null);
  /**
   * A details panel is on the page: Escape is then its to handle (it closes the selection and
   * gives the focus back to what opened it), not the view's that has the focus.
   */
  detailsPanel = $state(false);
  /** Filters: an empty set means "no filter on this facet". */
  topics = new SvelteSet<string>();
  organizations = new SvelteSet<string>();
  people = new SvelteSet<string>();
  sides = new SvelteSet<Side>();
  /** Engagement kinds (meeting, talk, site-visit…). */
  kinds = new SvelteSet<string>();
  /** Visible time range on the timeline [start, end) in floating ms, null = fit all. */
  visibleRange = $state<[number, number] | null>(null);
  view = $state<ViewMode>('both');
  theme = $state<Theme>('auto');
  readonly embed: EmbedFlags = { embed: false, transparent: false, plain: false };

  dir = $derived(dirOf(this.lang));

  constructor(
    init?: Partial<
      Pick<ViewState, 'lang' | 'digits' | 'calendar' | 'selection' | 'view' | 'theme' | 'embed'>
    >,
  ) {
    if (init?.view) this.view = init.view;
    if (init?.theme) this.theme = init.theme;
    if (init?.embed) this.embed = { ...init.embed };
    if (init?.lang) this.lang = init.lang;
    if (init?.digits) this.digits = init.digits;
    if (init?.calendar) this.calendar = init.calendar;
    if (init?.selection) this.selection = init.selection;
  }

  /**
   * Who moved the visible range last, and a counter that changes with every move. The timeline
   * re-places its view only for a move that was not its own (`by !== 'timeline'`), so a gesture
   * never loops back through the shared state into the chart.
   */
  rangeMove = $state<{ by: RangeMover; seq: number }>({ by: 'url', seq: 0 });

  // The intents: the only ways the app changes the view state (tests may set fields directly).

  setLang(lang: Lang) {
    if (this.lang !== lang) this.lang = lang;
  }

  setDigits(digits: Digits) {
    if (this.digits !== digits) this.digits = digits;
  }

  setCalendar(calendar: Calendar) {
    if (this.calendar !== calendar) this.calendar = calendar;
  }

  setTheme(theme: Theme) {
    if (this.theme !== theme) this.theme = theme;
  }

  setView(mode: ViewMode) {
    if (this.view !== mode) this.view = mode;
  }

  select(sel: Selection | null) {
    const cur = this.selection;
    if (cur?.type === sel?.type && cur?.id === sel?.id) return;
    this.selection = sel;
  }

  /** Sets the visible time range; `by` says who moved it (see `rangeMove`). */
  setRange(range: [number, number] | null, { by }: { by: RangeMover }) {
    const r = this.visibleRange;
    if (r?.[0] === range?.[0] && r?.[1] === range?.[1]) return;
    this.visibleRange = range;
    this.rangeMove = { by, seq: this.rangeMove.seq + 1 };
  }

  /** Adds the value to a facet's filter, or takes it away if it is there. */
  toggleFilter(facet: Facet, value: string) {
    const set = this.filterSet(facet);
    if (set.has(value)) set.delete(value);
    else set.add(value);
  }

  /** Replaces a facet's filter, touching it only if it differs (so effects do not re-run). */
  setFilter(facet: Facet, values: readonly string[]) {
    const set = this.filterSet(facet);
    if (set.size === values.length && values.every((v) => set.has(v))) return;
    set.clear();
    for (const v of values) set.add(v);
  }

  clearFilters() {
    this.topics.clear();
    this.organizations.clear();
    this.people.clear();
    this.sides.clear();
    this.kinds.clear();
  }

  private filterSet(facet: Facet): SvelteSet<string> {
    return facet === 'sides' ? (this.sides as SvelteSet<string>) : this[facet];
  }

  get filtering(): boolean {
    return (
      this.topics.size +
        this.organizations.size +
        this.people.size +
        this.sides.size +
        this.kinds.size >
      0
    );
  }
}

/** The items linked to a selection: what both views highlight. */
export interface Related {
  meetings: Set<string>;
  people: Set<string>;
  organizations: Set<string>;
}

/**
 * What a selection links to. A meeting → its participants and organizations; a person → their
 * meetings; an organization → its meetings and people. Pure; both views derive from it.
 */
export function relatedTo(index: VisitIndex, sel: Selection | null): Related {
  // A pure, one-shot computation: plain Sets are right here (callers wrap it in $derived).
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  const r: Related = { meetings: new Set(), people: new Set(), organizations: new Set() };
  if (!sel) return r;
  if (sel.type === 'meeting') {
    const m = index.meetings.get(sel.id);
    if (!m) return r;
    r.meetings.add(m.id);
    for (const p of [...m.participants.guest, ...m.participants.host]) {
      r.people.add(p);
      const org = index.people.get(p)?.organization;
      if (org) r.organizations.add(org);
    }
    for (const o of m.organizations ?? []) r.organizations.add(o);
  } else if (sel.type === 'event') {
    const e = index.events.get(sel.id);
    for (const p of e?.people ?? []) r.people.add(p);
    for (const o of e?.organizations ?? []) r.organizations.add(o);
  } else if (sel.type === 'person') {
    r.people.add(sel.id);
    for (const m of index.meetingsByPerson.get(sel.id) ?? []) r.meetings.add(m);
    const org = index.people.get(sel.id)?.organization;
    if (org) r.organizations.add(org);
  } else {
    r.organizations.add(sel.id);
    for (const m of index.meetingsByOrg.get(sel.id) ?? []) r.meetings.add(m);
    for (const p of index.visit.people) if (p.organization === sel.id) r.people.add(p.id);
  }
  return r;
}

const VIEW = Symbol('view');
const INDEX = Symbol('index');

export const setView = (v: ViewState) => setContext(VIEW, v);
export const getView = () => getContext<ViewState>(VIEW);
export const setIndex = (i: () => VisitIndex) => setContext(INDEX, i);
/** The visit index, as a getter so that a newly loaded visit flows through. */
export const getIndex = () => getContext<() => VisitIndex>(INDEX);
