/**
 * What the org chart marks on its cards, as a pure function of the selection, the search and
 * the folding: the selected item, the items linked to the selection, search matches, and the
 * folded cards that hide any of them (so a fold never hides a highlight without a trace).
 */
import type { VisitIndex } from '../model/derive';
import { orgItemId, parseItemId, personItemId } from '../model/itemIds';
import type { Related, Selection } from './view.svelte';
import { cardAncestors, type OrgCards } from '../layout/orgCards';

export interface CardMarks {
  focusId: string | null;
  selectedId: string | null;
  /** Item ids linked to the selection. */
  related: ReadonlySet<string>;
  matches: ReadonlySet<string>;
  current: string | null;
  /** Card ids of folded cards that hide a related item or a match. */
  hiding: ReadonlySet<string>;
  /** A selection with links in the chart is active: other cards step back. */
  dimming: boolean;
}

/**
 * The people to light up for a selection: its own people, and for a person or an organization
 * also everyone in their meetings (the counterparts a guest met, and who else was there).
 */
export function linkedPeople(
  index: VisitIndex,
  sel: Selection | null,
  related: Related,
): Set<string> {
  const viaMeetings =
    sel?.type === 'person' || sel?.type === 'organization'
      ? [...related.meetings].flatMap((m) => {
          const p = index.meetings.get(m)?.participants;
          return [...(p?.host ?? []), ...(p?.guest ?? [])];
        })
      : [];
  return new Set([...related.people, ...viaMeetings]);
}

/** The tree item id of a selection, when it is a person or an organization. */
export const itemOfSelection = (sel: Selection | null): string | null =>
  sel?.type === 'person'
    ? personItemId(sel.id)
    : sel?.type === 'organization'
      ? orgItemId(sel.id)
      : null;

/** The card of each person in the chart. */
export const personCards = (cards: OrgCards): Map<string, string> =>
  new Map([...cards.cards.values()].flatMap((c) => c.people.map((p) => [p.person.id, c.id])));

/**
 * The cards whose folding would hide a tree item: its own card (for a person) and the cards
 * above, nearest first. Empty for an item not in the chart.
 */
export function cardChain(cards: OrgCards, personCard: Map<string, string>, itemId: string) {
  const item = parseItemId(itemId);
  if (!item) return [];
  const person = item.kind === 'person';
  const own = person ? personCard.get(item.id) : item.id;
  if (own === undefined || !cards.cards.has(own)) return [];
  const above = cardAncestors(cards, own);
  return person ? [own, ...above] : above;
}

export function chartMarks(o: {
  cards: OrgCards;
  personCard: Map<string, string>;
  collapsed: ReadonlySet<string>;
  people: ReadonlySet<string>;
  related: Related;
  selection: Selection | null;
  matches: readonly string[];
  current: string | null;
  focusId: string | null;
}): CardMarks {
  const rel = new Set([
    ...[...o.people].map(personItemId),
    ...[...o.related.organizations].map(orgItemId),
  ]);
  const chains = [...rel, ...o.matches]
    .map((it) => ({ it, chain: cardChain(o.cards, o.personCard, it) }))
    .filter((c) => c.chain.length > 0);
  // The outermost folded card is the one on screen.
  const hiding = new Set(
    chains.flatMap(({ chain }) => chain.filter((c) => o.collapsed.has(c)).slice(-1)),
  );
  return {
    focusId: o.focusId,
    selectedId: itemOfSelection(o.selection),
    related: rel,
    matches: new Set(o.matches),
    current: o.current,
    hiding,
    dimming: chains.some(({ it }) => rel.has(it)),
  };
}
