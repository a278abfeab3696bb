/**
 * The org chart of a format-v2 visit: a tree per country under its heading, country buttons and
 * an edge cue for the trees out of view, unnamed people, companies and international bodies,
 * and what the sources are unsure of — on the bundled January 2023 visit (two hosts, six other
 * countries, the World Economic Forum).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import Harness from '../../../../tests/fixtures/OrgChartHarness.svelte';
import uae from '../../../../data/visits/uae-2023.json';
import { parseVisit } from '../../model/parseVisit';
import { indexVisit } from '../../model/derive';
import { ViewState } from '../../state/view.svelte';

afterEach(cleanup);

function setup(lang: 'ar' | 'en') {
  const parsed = parseVisit(structuredClone(uae));
  if (!parsed.ok) throw new Error('the bundled visit does not load');
  const view = new ViewState({ lang });
  const result = render(Harness, { view, index: indexVisit(parsed.visit) });
  return { view, user: userEvent.setup(), ...result };
}
const headings = (c: HTMLElement) =>
  [...c.querySelectorAll('.group .h.country')].map((t) => t.textContent);

describe('OrgChart, one tree per country', () => {
  it('heads each host and other country, then the international bodies, in the reader’s language', () => {
    const { container } = setup('en');
    expect(headings(container)).toEqual([
      'United Arab Emirates',
      'Switzerland',
      'Azerbaijan',
      'Denmark',
      'United States',
      'Philippines',
      'Serbia',
      'United Kingdom',
      'International bodies',
    ]);
    const tags = [...container.querySelectorAll('.group .h.tag')].map((t) => t.textContent);
    expect(tags.slice(0, 3)).toEqual(['Host country', 'Host country', 'Other country']);
    cleanup();
    const ar = setup('ar');
    expect(headings(ar.container)[0]).toBe('الإمارات العربية المتحدة');
    expect(headings(ar.container).at(-1)).toBe('هيئات دولية');
  });

  it('keeps the guest delegation in its panel, out of the trees', () => {
    const { container } = setup('en');
    expect(container.querySelector('[data-item="o:kr-president"]')).toBeNull();
    const panel = screen.getByRole('region', { name: 'Visiting delegation' });
    expect(within(panel).getAllByRole('button')[0]).toHaveAccessibleName(/Yoon Suk Yeol/);
  });

  // Framing a country is checked in a browser (tests/e2e/orgchartV2.spec.ts): jsdom has no layout.
  it('offers a button per country and a cue for the trees out of view', () => {
    const { container } = setup('en');
    const chips = within(screen.getByRole('group', { name: 'Countries in the chart' }));
    expect(chips.getAllByRole('button')).toHaveLength(9);
    const cue = container.querySelector<HTMLButtonElement>('[data-cue="end"]');
    expect(cue).not.toBeNull();
    expect(cue?.textContent).toMatch(/more/);
    expect(chips.getByRole('button', { name: 'Serbia' })).not.toHaveAttribute('aria-current');
    expect(chips.getByRole('button', { name: 'United Arab Emirates' })).toHaveAttribute(
      'aria-current',
      'true',
    );
  });

  it('gives companies and international bodies their own level in the legend', () => {
    const { container } = setup('ar');
    const legend = container.querySelector('.legend');
    expect(legend).toHaveTextContent('شركة');
    expect(legend).toHaveTextContent('هيئة دولية');
    expect(
      screen.getByRole('treeitem', { name: /المنتدى الاقتصادي العالمي/ }),
    ).toHaveAccessibleName(/هيئة دولية/);
  });

  it('draws what the sources are unsure of dotted, says so, and explains it in the legend', () => {
    const { container } = setup('en');
    const court = container.querySelector('[data-item="o:ae-presidential-court"]');
    expect(court).toHaveAccessibleName(/\(likely\)/);
    expect(court?.closest('.card')?.querySelector('.bg.doubt')).not.toBeNull();
    expect(container.querySelector('.legend')).toHaveTextContent('Dotted: likely or unconfirmed');
    cleanup();
    const ar = setup('ar');
    expect(ar.container.querySelector('.legend')).toHaveTextContent('خط منقّط');
    const court2 = ar.container.querySelector('[data-item="o:ae-presidential-court"]');
    expect(court2).toHaveAccessibleName(/\(مرجّح\)/);
  });

  it('describes a person no source names, inventing no name', () => {
    setup('en');
    const panel = screen.getByRole('region', { name: 'Visiting delegation' });
    expect(
      within(panel).getByRole('button', { name: /An official, .*Akh.* \(name not reported\)/ }),
    ).toBeInTheDocument();
  });
});
