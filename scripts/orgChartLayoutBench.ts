/**
 * Org-chart layout cost in Node (issue 4): building the cards (wrap + measure, once per language
 * and font load) and laying them out (on every fold or orientation change), for synthetic trees
 * of 1,000 and 5,000 organizations, all unfolded. Logs numbers; asserts nothing.
 *
 *   npx tsx scripts/orgChartLayoutBench.ts
 *
 * Panning never re-runs any of this (see `interaction/panZoom.ts`); its frame cost is measured in
 * Chromium by the benchmark in bench/.
 */
import { indexVisit } from '../src/lib/model/derive';
import { generateVisit } from '../tests/fixtures/synthetic';
import { buildOrgCards } from '../src/lib/layout/orgCards';
import { layoutOrgChart } from '../src/lib/layout/orgChart';
import { createMeasure } from '../src/lib/text/measure';
import { syntheticOrgVisit } from '../tests/fixtures/orgTree';

const RUNS = 7;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const time = (fn: () => void) => {
  const t = performance.now();
  fn();
  return performance.now() - t;
};

const trees = [
  [
    'wide (generateVisit, 3 levels)',
    (n: number) => generateVisit({ seed: 1, meetings: 10, organizations: n }),
  ],
  ['deep (fixture, ~8 levels)', (n: number) => syntheticOrgVisit(n, 1)],
] as const;

for (const [name, make] of trees)
  for (const n of [1000, 5000]) {
    const index = indexVisit(make(n));
    const measure = createMeasure({ estimate: true });
    const cardsMs: number[] = [];
    const vMs: number[] = [];
    const hMs: number[] = [];
    let cards = buildOrgCards(index, { lang: 'ar', measure });
    for (let i = 0; i < RUNS; i++) {
      cardsMs.push(time(() => (cards = buildOrgCards(index, { lang: 'ar', measure }))));
      vMs.push(time(() => layoutOrgChart(cards, { dir: 'rtl', orientation: 'vertical' })));
      hMs.push(time(() => layoutOrgChart(cards, { dir: 'rtl', orientation: 'horizontal' })));
    }
    const l = layoutOrgChart(cards, { dir: 'rtl', orientation: 'vertical' });
    console.log(
      `${name}, ${n} organizations (${l.items.length} tree items): ` +
        `cards ${median(cardsMs).toFixed(1)} ms, layout top-down ${median(vMs).toFixed(1)} ms, ` +
        `side-ways ${median(hMs).toFixed(1)} ms (median of ${RUNS}, warm)`,
    );
  }
