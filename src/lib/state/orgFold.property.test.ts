// @vitest-environment node
/**
 * Folding works from what changed (issue 16): the folded set is the default one with the
 * toggled cards flipped, and the "+N" counts are worked out once per set of cards. Whatever
 * sequence of folds a reader makes, the chart must be the one a full layout from scratch gives.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { indexVisit } from '../model/derive';
import { generateVisit } from '../../../tests/fixtures/synthetic';
import { buildOrgCards, type OrgCards } from '../layout/orgCards';
import { layoutOrgChart, type LayoutOptions } from '../layout/orgChart';
import { createMeasure } from '../text/measure';
import { OrgChartState } from './orgChart.svelte';

const index = indexVisit(generateVisit({ seed: 11, meetings: 30, organizations: 400 }));
const measure = createMeasure({ estimate: true });
const cardsOf = () => buildOrgCards(index, { lang: 'ar', measure, digits: 'latn' });

/** The definition: every card whose folding differs from its default because it was toggled. */
function naiveCollapsed(cards: OrgCards, toggled: ReadonlySet<string>): Set<string> {
  return new Set(
    [...cards.cards.keys()].filter(
      (id) => OrgChartState.foldedByDefault(cards, id) !== toggled.has(id),
    ),
  );
}

const sorted = (s: ReadonlySet<string>) => [...s].sort();

describe('folding after folding', () => {
  const cards = cardsOf();
  const foldable = [...cards.cards.values()]
    .filter((c) => c.childIds.length > 0 || c.people.length > 0)
    .map((c) => c.id);

  it('is the folded set and the layout a layout from scratch gives, for any sequence of folds', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...foldable), fc.boolean()), { maxLength: 25 }),
        fc.constantFrom<LayoutOptions['orientation']>('vertical', 'horizontal', 'indented'),
        fc.constantFrom<LayoutOptions['dir']>('rtl', 'ltr'),
        (folds, orientation, dir) => {
          const st = new OrgChartState();
          for (const [id, folded] of folds) {
            st.setCollapsed(cards, id, folded);
            // Laid out after every fold, on the same cards: what a reader's chart does.
            layoutOrgChart(cards, { dir, orientation, collapsed: st.collapsedIn(cards) });
          }
          const collapsed = st.collapsedIn(cards);
          expect(sorted(collapsed)).toEqual(sorted(naiveCollapsed(cards, new Set(st.toggled))));
          // From scratch: new cards, so nothing cached for them.
          const fresh = cardsOf();
          const full = layoutOrgChart(fresh, {
            dir,
            orientation,
            collapsed: naiveCollapsed(fresh, new Set(st.toggled)),
          });
          const after = layoutOrgChart(cards, { dir, orientation, collapsed });
          const shape = (l: typeof full) => ({
            size: [l.width, l.height],
            cards: l.cards.map((c) => [c.id, c.x, c.y, c.w, c.h, c.collapsed, c.toggle?.label]),
            links: l.links.map((k) => [k.id, k.d]),
            items: l.items.map((it) => it.id),
          });
          expect(shape(after)).toEqual(shape(full));
        },
      ),
      { numRuns: 20 },
    );
  });
});
