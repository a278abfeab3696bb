/**
 * The org chart's own view state: orientation, folding, other-script names, search and the
 * roving focus of the tree. Folding is stored as the ids toggled away from the default (big
 * charts open folded below the first level), so the effective set is derived, never synced.
 */
import { SvelteSet } from 'svelte/reactivity';
import type { Orientation } from '../layout/orgChart';
import {
  buildOrgCards,
  buildOrgCardsSteps,
  LEVELS,
  type CardOptions,
  type OrgCards,
} from '../layout/orgCards';
import { layoutOrgChart } from '../layout/orgChart';
import type { VisitIndex } from '../model/derive';
import { createSearchIndex } from '../search/arabicSearch';
import { fontEpoch } from '../text/fontEpoch.svelte';
import { createMeasure, type Measure } from '../text/measure';
import { nextTask } from './nextTask';
import { holdReady } from './readyHolds';
import { cardChain, chartMarks, linkedPeople, personCards } from './orgMarks';
import { defaultOrientation } from '../layout/orgViewport';
import { otherLanguages } from '../i18n/orgWords';
import { relatedTo, type ViewState } from './view.svelte';

/** Charts with more organizations than this open folded below the first level. */
export const FOLD_ABOVE = 60;

/** Charts with more organizations than this build their cards in tasks before the first draw. */
const STAGED = 2000;
const NO_CARDS: OrgCards = { roots: [], groups: [], cards: new Map() };
const sameKey = (a: unknown[], b: unknown[]) =>
  a.length === b.length && a.every((x, i) => x === b[i]);

/** The cards each set of cards opens folded, worked out once per set. */
const foldedByDefaultOf = new WeakMap<OrgCards, string[]>();

export class OrgChartState {
  /** The reader's choice; null: what the width opens with (`defaultOrientation`). */
  orientation = $state<Orientation | null>(null);
  showOriginal = $state(false);
  /** Cards whose folding differs from the default. */
  toggled = new SvelteSet<string>();
  query = $state('');
  /** Index of the current search match. */
  matchIndex = $state(0);
  /** The tree item that holds the roving tabindex. */
  focusId = $state<string | null>(null);

  /** Whether a card is folded by default: only on big charts, below the first level. */
  static foldedByDefault(cards: OrgCards, id: string): boolean {
    const c = cards.cards.get(id);
    return !!c && cards.cards.size > FOLD_ABOVE && c.depth >= 1 && c.childIds.length > 0;
  }

  /** The effective set of folded cards: those folded by default, with the toggled ones flipped. */
  collapsedIn(cards: OrgCards): ReadonlySet<string> {
    // Per fold, only the toggled cards are looked at, not all 10,000 of a large chart.
    let byDefault = foldedByDefaultOf.get(cards);
    if (!byDefault) {
      byDefault = [...cards.cards.keys()].filter((id) => OrgChartState.foldedByDefault(cards, id));
      foldedByDefaultOf.set(cards, byDefault);
    }
    // A fresh set for each derivation, never mutated: no need for a reactive one.
    // eslint-disable-next-line svelte/prefer-svelte-reactivity
    const out = new Set(byDefault);
    for (const id of this.toggled) {
      if (!cards.cards.has(id)) continue;
      if (out.has(id)) out.delete(id);
      else out.add(id);
    }
    return out;
  }

  /** Folds every card that holds something (sub-organizations or people), or unfolds them all. */
  setAllCollapsed(cards: OrgCards, collapsed: boolean) {
    for (const [id, c] of cards.cards)
      if (c.childIds.length > 0 || c.people.length > 0) this.setCollapsed(cards, id, collapsed);
  }

  setCollapsed(cards: OrgCards, id: string, collapsed: boolean) {
    const differs = OrgChartState.foldedByDefault(cards, id) !== collapsed;
    if (differs) this.toggled.add(id);
    else this.toggled.delete(id);
  }
}

/**
 * Everything the org chart shows, derived from the visit, the shared view state and the chart's
 * own state: the cards (measured with the web fonts once they have loaded), the folding, the
 * layout, search matches, the roving focus and what a selection marks.
 */
interface ViewInput {
  index: VisitIndex;
  view: ViewState;
  st: OrgChartState;
  /** The viewport's width in px (0 before it is known). */
  width?: number;
}

export class OrgChartView {
  #input: () => ViewInput;
  constructor(input: () => ViewInput) {
    this.#input = input;
    if (input().index.organizations.size > STAGED) this.#prepare();
  }
  #in() {
    return this.#input();
  }

  /** One measurer per font epoch, outside the reactive graph: the cards built in tasks use it. */
  #measureOf: { epoch: number; measure: Measure } | null = null;
  measure = $derived.by(() => {
    const epoch = fontEpoch.current;
    if (this.#measureOf?.epoch !== epoch) this.#measureOf = { epoch, measure: createMeasure() };
    return this.#measureOf.measure;
  });
  #options(): { index: VisitIndex; key: unknown[] } & CardOptions {
    const { index, view, st } = this.#in();
    const o = { lang: view.lang, digits: view.digits, showOriginal: st.showOriginal };
    return { index, ...o, measure: this.measure, key: [index, o.lang, o.digits, o.showOriginal] };
  }
  /** Cards built in tasks (`#prepare`) for these options; nothing is drawn until they are. */
  #built: { key: unknown[]; cards: OrgCards } | null = null;
  #preparing = $state(false);
  /** A large chart's cards are still being built (none drawn yet). */
  get preparing() {
    return this.#preparing;
  }
  cards = $derived.by(() => {
    const { index, key, ...options } = this.#options();
    if (this.#preparing) return NO_CARDS;
    const b = this.#built;
    if (b && sameKey(b.key, [...key, options.measure])) return b.cards;
    return buildOrgCards(index, options);
  });

  /**
   * A large chart's cards are built in steps, each in a task of its own, then who is on which
   * card; the page's `ready` waits for them, and for the drawing that follows in another task.
   */
  #prepare() {
    const { index, key, ...options } = this.#options();
    const still = () => sameKey([...this.#options().key, this.measure], [...key, options.measure]);
    const steps = buildOrgCardsSteps(index, options);
    this.#preparing = true;
    const run = async () => {
      for (;;) {
        await nextTask();
        if (!still()) return;
        const r = steps.next();
        if (!r.done) continue;
        this.#built = { key: [...key, options.measure], cards: r.value };
        await nextTask();
        this.#personOf.set(r.value, personCards(r.value));
        await nextTask(); // the texts of the cards open by default (above the folds), measured
        for (const c of r.value.cards.values()) if (c.depth <= 1) void c.width;
        return;
      }
    };
    void holdReady(
      run()
        .catch(() => {})
        .then(nextTask)
        .finally(() => (this.#preparing = false)),
    );
  }
  collapsed = $derived(this.#in().st.collapsedIn(this.cards));
  orientation = $derived(this.#in().st.orientation ?? defaultOrientation(this.#in().width ?? 0));
  /** The file's languages besides the reader's: what "other scripts" adds. */
  otherLanguages = $derived(otherLanguages(this.#in().index.languages, this.#in().view.lang));
  layout = $derived.by(() => {
    const { view } = this.#in();
    return layoutOrgChart(this.cards, {
      dir: view.dir,
      orientation: this.orientation,
      collapsed: this.collapsed,
      digits: view.digits,
    });
  });
  #personOf = new WeakMap<OrgCards, ReturnType<typeof personCards>>();
  personCard = $derived.by(() => {
    let p = this.#personOf.get(this.cards);
    if (!p) this.#personOf.set(this.cards, (p = personCards(this.cards)));
    return p;
  });
  search = $derived(createSearchIndex([...this.cards.cards.values()].flatMap((c) => c.names)));
  matches = $derived(this.search.search(this.#in().st.query));
  current = $derived(this.matches[this.#in().st.matchIndex] ?? null);
  /** Whether any card or row is drawn dotted (likely or unknown): the legend then explains it. */
  dotted = $derived(
    [...this.cards.cards.values()].some((c) => c.confidence || c.people.some((p) => p.confidence)),
  );
  levels = $derived(
    LEVELS.filter((l) => [...this.cards.cards.values()].some((c) => c.level === l)),
  );
  /** The roving focus, falling back to the first item when its own is folded away. */
  focusId = $derived.by(() => {
    const f = this.#in().st.focusId;
    return f && this.layout.itemById.has(f) ? f : (this.layout.items[0]?.id ?? null);
  });
  // Linking both ways goes through the shared selection.
  related = $derived(relatedTo(this.#in().index, this.#in().view.selection));
  /** The people a selection lights up, here and in the guest panel. */
  people = $derived(linkedPeople(this.#in().index, this.#in().view.selection, this.related));
  marks = $derived.by(() => {
    const { view } = this.#in();
    return chartMarks({
      cards: this.cards,
      personCard: this.personCard,
      collapsed: this.collapsed,
      people: this.people,
      related: this.related,
      selection: view.selection,
      matches: this.matches,
      current: this.current,
      focusId: this.focusId,
    });
  });
  /** The folded cards that would hide a tree item, nearest first. */
  chainOf = (itemId: string) => cardChain(this.cards, this.personCard, itemId);
}
