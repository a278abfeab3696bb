/**
 * A range given from outside the chart — a link's `from`/`to`, the back button, a host page —
 * wins over the opening view, and what it shows is laid out at its own zoom: 18 January 2023 of
 * the bundled UAE visit, three meetings with no order, stands as one column with its bracket.
 * (Placing the view went through a gesture frame's path, which may reuse a coarser cached
 * layout, and no gesture end followed: a link to one day drew none of that day's meetings.)
 */
import { readFileSync } from 'node:fs';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import TimelineHarness from '../../../../tests/fixtures/TimelineHarness.svelte';
import { fakeLayout } from '../../../../tests/fixtures/fakeLayout';
import { parseEmbedParams } from '../../embed/params';
import { indexVisit } from '../../model/derive';
import { parseVisitText } from '../../model/parseVisit';
import { ViewState } from '../../state/view.svelte';

beforeAll(() => fakeLayout());
afterEach(() => cleanup());

const parsed = parseVisitText(readFileSync('data/visits/uae-2023.json', 'utf8'));
if (!parsed.ok) throw new Error('the bundled visit does not load');
const index = indexVisit(parsed.visit);
const JAN18 = ['m23-ceo-luncheon', 'm24-vestas', 'm25-korea-night'];
const link = parseEmbedParams(
  new URLSearchParams('visit=uae-2023&lang=en&from=2023-01-18&to=2023-01-19'),
);

const drawn = (id: string) =>
  document.querySelector(`[data-testid=tl-mark][data-id="${id}"] rect.bar`) !== null;
const shownDays = () =>
  [...document.querySelectorAll('[data-testid=tl-svg] text')].map((t) => t.textContent).join('|');

describe('a range from a link', () => {
  it('opens on it, not on the opening view, and draws the day whole', async () => {
    const view = new ViewState({ lang: 'en' });
    view.setRange(link.range, { by: 'url' });
    render(TimelineHarness, { view, index });
    await screen.findByTestId('tl-svg');
    await expect.poll(() => JAN18.filter(drawn)).toEqual(JAN18);
    expect(shownDays()).toMatch(/18 January 2023/);
    expect(document.querySelectorAll('[data-testid=tl-same-day]').length).toBeGreaterThan(0);
    // The chart did not move the range it was given.
    expect(view.visibleRange).toEqual(link.range);
  });

  it('follows a range set later (back button, host page), laid out at its zoom', async () => {
    const view = new ViewState({ lang: 'en' });
    // First the whole visit, so that no layout finer than it is cached.
    view.setRange([Date.UTC(2023, 0, 14), Date.UTC(2023, 0, 21)], { by: 'url' });
    render(TimelineHarness, { view, index });
    await screen.findByTestId('tl-svg');
    view.setRange(link.range, { by: 'url' });
    flushSync();
    await expect.poll(() => JAN18.filter(drawn)).toEqual(JAN18);
  });
});
