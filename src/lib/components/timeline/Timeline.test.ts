import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { flushSync } from 'svelte';
import TimelineHarness from '../../../../tests/fixtures/TimelineHarness.svelte';
import { fakeLayout } from '../../../../tests/fixtures/fakeLayout';
import { timelineVisit } from '../../../../tests/fixtures/timelineVisit';
import type { Lang } from '../../i18n/locale';
import { indexVisit } from '../../model/derive';
import { generateVisit } from '../../../../tests/fixtures/synthetic';
import { ViewState } from '../../state/view.svelte';

beforeAll(() => fakeLayout());
afterEach(() => cleanup());

async function setup(lang: Lang = 'ar', visit = timelineVisit()) {
  const view = new ViewState({ lang });
  const index = indexVisit(visit);
  render(TimelineHarness, { view, index });
  await screen.findByTestId('tl-svg');
  return { view, index, user: userEvent.setup() };
}
const focusedId = () => document.activeElement?.getAttribute('data-id');
const mark = (id: string) =>
  document.querySelector<SVGGElement>(`[data-testid=tl-mark][data-id="${id}"]`)!;

describe('Timeline', () => {
  it('names each mark by its shown title, then who, when and where', async () => {
    await setup();
    expect(
      screen.getByRole('button', {
        name: 'اجتماع لجنة الذكاء الاصطناعي، مع كوه جيان، 5 أكتوبر 2022، سيئول',
      }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('button', {
        name: /^جلسة عمل حول NFT، مع لي مين، أكتوبر 2022 \(اليوم غير مذكور\)/,
      }),
    ).toBeInTheDocument();
    const svg = screen.getByTestId('tl-svg');
    expect(svg).toHaveAttribute('lang', 'ar');
    expect(svg).toHaveAttribute('direction', 'rtl');
  });

  it('opens the details on click, with the date worded with its precision', async () => {
    const { view, user } = await setup();
    await user.click(mark('m-month-b'));
    expect(view.selection).toEqual({ type: 'meeting', id: 'm-month-b' });
    const panel = await screen.findByTestId('details');
    expect(within(panel).getByRole('heading', { level: 2 })).toHaveTextContent('جلسة عمل حول NFT');
    expect(panel).toHaveTextContent('أكتوبر 2022 (اليوم غير مذكور)');
  });

  it('walks the items in time order with the arrows, mirrored in RTL', async () => {
    const { user, index } = await setup();
    const order = index.items.map((i) => i.id);
    mark('m-oh').focus();
    await user.keyboard('{ArrowLeft}');
    expect(focusedId()).toBe(order[order.indexOf('m-oh') + 1]);
    await user.keyboard('{ArrowRight}{ArrowRight}');
    expect(focusedId()).toBe(order[order.indexOf('m-oh') - 1]);
    await user.keyboard('{Home}');
    expect(focusedId()).toBe(order[0]);
    await user.keyboard('{End}');
    expect(focusedId()).toBe(order[order.length - 1]);
  });

  it('walks forward with ArrowRight in English', async () => {
    const { user, index } = await setup('en');
    const order = index.items.map((i) => i.id);
    mark('m-oh').focus();
    await user.keyboard('{ArrowRight}');
    expect(focusedId()).toBe(order[order.indexOf('m-oh') + 1]);
  });

  it('keeps one tab stop in the chart (roving tabindex)', async () => {
    await setup();
    const stops = screen
      .getAllByTestId('tl-mark')
      .filter((m) => m.getAttribute('tabindex') === '0');
    expect(stops).toHaveLength(1);
  });

  it('opens with Enter, closes with Escape and gives the focus back', async () => {
    const { view, user } = await setup();
    mark('m-koh').focus();
    await user.keyboard('{Enter}');
    const panel = await screen.findByTestId('details');
    await user.click(within(panel).getByRole('button', { name: /عمر العلماء/ }));
    expect(view.selection).toEqual({ type: 'person', id: 'omar' });
    await user.keyboard('{Escape}');
    expect(view.selection).toBeNull();
    expect(screen.queryByTestId('details')).toBeNull();
    await new Promise((r) => setTimeout(r));
    expect(focusedId()).toBe('m-koh');
  });

  it('fades what the filters leave out and counts what remains', async () => {
    const { user } = await setup();
    await user.click(screen.getByText('تصفية'));
    const topics = await screen.findByRole('group', { name: 'الموضوعات' }); // a lazy chunk
    await user.click(within(topics).getByRole('checkbox', { name: /NFT/ }));
    expect(mark('m-oh')).not.toHaveClass('faded');
    expect(mark('m-koh')).toHaveClass('faded');
    expect(screen.getByRole('status')).toHaveTextContent('يُعرض 2 من 9');
    await user.click(screen.getByRole('button', { name: 'مسح التصفية' }));
    expect(mark('m-koh')).not.toHaveClass('faded');
  });

  it("highlights a person's meetings when the org chart selects them", async () => {
    const { view } = await setup();
    view.select({ type: 'person', id: 'koh' });
    flushSync();
    expect(mark('m-koh')).toHaveClass('related');
    expect(mark('m-unknown')).toHaveClass('related');
    expect(mark('m-oh')).toHaveClass('dim');
    expect(await screen.findByTestId('details')).toHaveTextContent('رئيس اللجنة');
  });

  it('lists the same items in the same order in the list view', async () => {
    const { user, index } = await setup();
    await user.click(screen.getByRole('button', { name: 'قائمة' }));
    const rows = screen.getAllByTestId('tl-list-row').map((r) => r.getAttribute('data-id'));
    expect(rows).toEqual(index.items.map((i) => i.id));
    await user.click(within(screen.getAllByTestId('tl-list-row')[0]!).getByRole('button'));
    expect(await screen.findByTestId('details')).toBeInTheDocument();
  });

  it('reaches every item by keyboard in a dense visit, clustered ones included', async () => {
    const { user, index } = await setup(
      'ar',
      generateVisit({ seed: 2, meetings: 150, events: 10 }),
    );
    const order = index.items.map((i) => i.id);
    document.querySelector<SVGGElement>('[data-testid=tl-mark][tabindex="0"]')!.focus();
    await user.keyboard('{Home}');
    const walked = [focusedId()];
    for (let i = 1; i < order.length; i++) {
      await user.keyboard('{ArrowLeft}');
      walked.push(focusedId());
    }
    expect(walked).toEqual(order);
  });
});
