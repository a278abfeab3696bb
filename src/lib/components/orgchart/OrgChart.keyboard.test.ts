import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import Harness from '../../../../tests/fixtures/OrgChartHarness.svelte';
import { smallVisit } from '../../../../tests/fixtures/orgTree';
import { indexVisit } from '../../model/derive';
import { ViewState } from '../../state/view.svelte';

afterEach(cleanup);

function setup(lang: 'ar' | 'en') {
  const view = new ViewState({ lang });
  render(Harness, { view, index: indexVisit(smallVisit()) });
  return { view, user: userEvent.setup() };
}
const item = (name: RegExp) => screen.getByRole('treeitem', { name });

describe('OrgChart keyboard (ARIA tree)', () => {
  it('has one tab stop, on the first item', async () => {
    const { user } = setup('ar');
    const stops = screen.getAllByRole('treeitem').filter((e) => e.getAttribute('tabindex') === '0');
    expect(stops).toHaveLength(1);
    await user.tab();
    await user.tab(); // search box, then the checkbox and buttons come before the chart
    for (let i = 0; i < 10 && !document.activeElement?.matches('[role=treeitem]'); i++)
      await user.tab();
    expect(document.activeElement).toBe(item(/حكومة جمهورية كوريا/));
  });

  it('moves down and up, Home and End, through the visible items', async () => {
    const { user } = setup('ar');
    item(/حكومة جمهورية كوريا/).focus();
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(item(/^\u2068اللجنة الرئاسية/));
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(item(/كو جين/));
    await user.keyboard('{End}');
    expect(document.activeElement).toBe(item(/بارك هيونغ جون/));
    await user.keyboard('{Home}');
    expect(document.activeElement).toBe(item(/حكومة جمهورية كوريا/));
    await user.keyboard('{ArrowUp}');
    expect(document.activeElement).toBe(item(/حكومة جمهورية كوريا/));
  });

  it('in Arabic, ArrowRight folds and goes to the parent, ArrowLeft unfolds and goes in', async () => {
    const { user } = setup('ar');
    const seoul = item(/حكومة سيول الحضرية/);
    seoul.focus();
    await user.keyboard('{ArrowRight}');
    expect(seoul).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('treeitem', { name: /كانغ يو سيك/ })).toBeNull();
    await user.keyboard('{ArrowRight}');
    expect(document.activeElement).toBe(item(/حكومة جمهورية كوريا/));
    item(/حكومة سيول الحضرية/).focus();
    await user.keyboard('{ArrowLeft}');
    expect(item(/حكومة سيول الحضرية/)).toHaveAttribute('aria-expanded', 'true');
    await user.keyboard('{ArrowLeft}');
    expect(document.activeElement).toBe(item(/^\u2068نائب عمدة سيول/));
  });

  it('in English, the arrows are the other way round', async () => {
    const { user } = setup('en');
    const seoul = item(/Seoul Metropolitan Government/);
    seoul.focus();
    await user.keyboard('{ArrowLeft}');
    expect(seoul).toHaveAttribute('aria-expanded', 'false');
    await user.keyboard('{ArrowRight}');
    expect(item(/Seoul Metropolitan Government/)).toHaveAttribute('aria-expanded', 'true');
    await user.keyboard('{ArrowRight}');
    expect(document.activeElement).toBe(item(/Seoul vice mayor/));
  });

  it('selects with Enter, clears with Escape', async () => {
    const { user, view } = setup('ar');
    item(/لي يونغ/).focus();
    await user.keyboard('{Enter}');
    expect(view.selection).toEqual({ type: 'person', id: 'lee' });
    await user.keyboard('{Escape}');
    expect(view.selection).toBeNull();
  });

  it('unfolds all siblings with *', async () => {
    const { user } = setup('ar');
    for (const name of [/وزارة الداخلية والسلامة/, /مدينة بوسان الحضرية/]) {
      item(name).focus();
      await user.keyboard('{ArrowRight}');
      expect(item(name)).toHaveAttribute('aria-expanded', 'false');
    }
    await user.keyboard('*');
    expect(item(/وزارة الداخلية والسلامة/)).toHaveAttribute('aria-expanded', 'true');
    expect(item(/مدينة بوسان الحضرية/)).toHaveAttribute('aria-expanded', 'true');
  });

  it('jumps by first letter', async () => {
    const { user } = setup('ar');
    item(/حكومة جمهورية كوريا/).focus();
    await user.keyboard('ب');
    expect(document.activeElement).toBe(item(/بانغ مون كيو/));
  });
});
