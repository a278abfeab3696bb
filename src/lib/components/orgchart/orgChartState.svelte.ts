/**
 * The org chart's own view state: orientation, folding, other-script names, search and the
 * roving focus of the tree. Folding is stored as the ids toggled away from the default (big
 * charts open folded below the first level), so the effective set is derived, never synced.
 */
import { SvelteSet } from 'svelte/reactivity';
import type { Orientation } from '../../layout/orgChart';
import type { OrgCards } from '../../layout/orgCards';

/** Charts with more organizations than this open folded below the first level. */
export const FOLD_ABOVE = 60;

export class OrgChartState {
  orientation = $state<Orientation>('vertical');
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

  /** The effective set of folded cards. */
  collapsedIn(cards: OrgCards): ReadonlySet<string> {
    // A fresh set for each derivation, never mutated: no need for a reactive one.
    // eslint-disable-next-line svelte/prefer-svelte-reactivity
    return new Set(
      [...cards.cards.keys()].filter(
        (id) => OrgChartState.foldedByDefault(cards, id) !== this.toggled.has(id),
      ),
    );
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
