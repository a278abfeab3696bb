/**
 * The timeline and the details on a format-v2 visit (the bundled UAE 2023 one): a day not
 * reported drawn as a bracket, "(likely)" and the unsure fields, same-day groups in the list,
 * kinds as words, glyphs and a filter, other countries' participants, clocks with their city.
 */
import { readFileSync } from 'node:fs';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { flushSync } from 'svelte';
import TimelineHarness from '../../../../tests/fixtures/TimelineHarness.svelte';
import { fakeLayout } from '../../../../tests/fixtures/fakeLayout';
import type { Lang } from '../../i18n/locale';
import { indexVisit } from '../../model/derive';
import { parseVisitText } from '../../model/parseVisit';
import { ViewState } from '../../state/view.svelte';

beforeAll(() => fakeLayout());
afterEach(() => cleanup());

const parsed = parseVisitText(readFileSync('data/visits/uae-2023.json', 'utf8'));
if (!parsed.ok) throw new Error('the bundled visit does not load');
const index = indexVisit(parsed.visit);

async function setup(lang: Lang = 'en') {
  const view = new ViewState({ lang });
  render(TimelineHarness, { view, index });
  await screen.findByTestId('tl-svg');
  return { view, user: userEvent.setup() };
}
const mark = (id: string) =>
  document.querySelector<SVGGElement>(`[data-testid=tl-mark][data-id="${id}"]`);

describe('the timeline on a v2 visit', () => {
  it('names a likely item "(likely)" and outlines its mark dotted', async () => {
    await setup();
    const likely = mark('m06-one-on-one')!;
    expect(likely.getAttribute('aria-label')).toMatch(/^One-on-one talks \(likely\)/);
    expect(likely.querySelector('rect.conf-outline')).not.toBeNull();
    expect(mark('m05-mou-signing')!.querySelector('rect.conf-outline')).toBeNull();
  });

  it('says "(مرجّح)" in Arabic', async () => {
    await setup('ar');
    const likely = document.querySelector('[data-testid=tl-mark][data-confidence=likely]')!;
    expect(likely.getAttribute('aria-label')).toMatch(/^[^،]+ \(مرجّح\)/);
    expect(likely.querySelector('rect.conf-outline')).not.toBeNull();
  });

  it('draws the kind of each engagement as a glyph, and a meeting-only day without one', async () => {
    await setup();
    expect(mark('m05-mou-signing')!.querySelector('[data-kind=signing]')).not.toBeNull();
    expect(mark('m01-arrival')!.getAttribute('aria-label')).toMatch(
      /, Ceremony, 14 January 2023, 16:30 Abu Dhabi time/,
    );
  });

  it('gives the details the unsure fields with their notes, in both languages', async () => {
    const { view, user } = await setup();
    await user.click(mark('m06-one-on-one')!);
    const panel = await screen.findByTestId('details');
    expect(within(panel).getByRole('heading', { level: 2 })).toHaveTextContent(
      'One-on-one talks (likely)',
    );
    expect(within(panel).getByTestId('dt-unsure')).toHaveTextContent(/^Participants: likely/);
    view.setLang('ar');
    flushSync();
    expect(within(panel).getByRole('heading', { level: 2 })).toHaveTextContent('(مرجّح)');
    expect(within(panel).getByTestId('dt-unsure')).toHaveTextContent(/^المشاركون: مرجّح/);
  });

  it("lists other countries' participants under their own heading", async () => {
    const { view } = await setup();
    view.select({ type: 'meeting', id: 'm26-wef-address' });
    flushSync();
    const panel = await screen.findByTestId('details');
    expect(panel).toHaveTextContent('Other countries and bodies');
    expect(within(panel).getByRole('button', { name: /Klaus Schwab/ })).toBeInTheDocument();
    expect(panel).toHaveTextContent('Talk');
  });

  it('groups same-day items without an order under one heading in the list', async () => {
    const { user } = await setup();
    await user.click(screen.getByRole('button', { name: 'List' }));
    const headings = screen.getAllByTestId('tl-list-group').map((h) => h.textContent?.trim());
    expect(headings).toContain('15 January 2023 · same day, order not reported');
    // The ones with an order (15 January, 1–6) are not in a group: six rows before it.
    const rows = screen.getAllByTestId('tl-list-row').map((r) => r.getAttribute('data-id'));
    const first = rows.indexOf('m09-grand-mosque');
    expect(rows.slice(first - 1, first + 2).sort()).toEqual([
      'm09-grand-mosque',
      'm10-noura-al-kaabi',
      'm11-fatima-dinner',
    ]);
    const luncheon = document.querySelector(
      '[data-testid=tl-list-row][data-id="m07-state-luncheon"]',
    );
    expect(luncheon?.querySelector('button')).toHaveTextContent(/President \(likely\)$/);
  });

  it('filters by kind, with one value per kind the visit has', async () => {
    const { user } = await setup();
    await user.click(screen.getByText('Filter'));
    const kinds = await screen.findByRole('group', { name: 'Kind' }); // a lazy chunk
    expect(within(kinds).getAllByRole('checkbox')).toHaveLength(7);
    await user.click(within(kinds).getByRole('checkbox', { name: /Signing/ }));
    expect(mark('m05-mou-signing')).not.toHaveClass('faded');
    expect(mark('m04-expanded-talks')).toHaveClass('faded');
  });
});
