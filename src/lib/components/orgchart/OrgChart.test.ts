import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { flushSync } from 'svelte';
import Harness from '../../../../tests/fixtures/OrgChartHarness.svelte';
import { smallVisit, syntheticOrgVisit } from '../../../../tests/fixtures/orgTree';
import { indexVisit } from '../../model/derive';
import { ViewState } from '../../state/view.svelte';

afterEach(cleanup);

function setup(lang: 'ar' | 'en' = 'ar', visit = smallVisit()) {
  const view = new ViewState({ lang });
  const result = render(Harness, { view, index: indexVisit(visit) });
  const tree = screen.getByRole('tree');
  return { view, tree, user: userEvent.setup(), ...result };
}
const item = (name: string | RegExp) => screen.getByRole('treeitem', { name });

describe('OrgChart', () => {
  it('shows the host organizations and counterparts as an Arabic tree', () => {
    const { tree } = setup();
    expect(tree).toHaveAccessibleName('الجهات المضيفة ونظراء الوفد');
    const gov = item(/حكومة جمهورية كوريا/);
    expect(gov).toHaveAttribute('aria-level', '1');
    expect(gov).toHaveAttribute('aria-expanded', 'true');
    const koh = item(/كو جين/);
    expect(koh).toHaveAccessibleName(/رئيس اللجنة الرئاسية/);
    expect(koh).toHaveAccessibleName(/اجتماعان/);
    expect(koh).not.toHaveAccessibleName(/مع الوفد/);
    expect(koh).toHaveAttribute('aria-level', '3');
    expect(within(tree).getAllByRole('treeitem')).toHaveLength(15);
  });

  it('puts language and direction on the root svg and keeps texts as svg text', () => {
    const { container } = setup();
    const svg = container.querySelector('svg.chart');
    expect(svg).toHaveAttribute('lang', 'ar');
    expect(svg).toHaveAttribute('direction', 'rtl');
    expect(svg?.querySelector('foreignObject')).toBeNull();
    expect([...(svg?.querySelectorAll('text') ?? [])].map((t) => t.textContent)).toContain(
      'كو جين',
    );
  });

  it("shows English names alone by default, and the file's other scripts on demand", async () => {
    const { container, user } = setup('en');
    expect(item(/Koh Jin/)).toBeInTheDocument();
    const texts = () => [...container.querySelectorAll('svg.chart text')].map((t) => t.textContent);
    expect(texts()).not.toContain('고진');
    expect(container.querySelector('svg.chart')).toHaveAttribute('direction', 'ltr');
    await user.click(screen.getByRole('checkbox', { name: 'Other scripts (Arabic and Korean)' }));
    expect(texts()).toContain('고진');
    expect(texts()).toContain('كو جين');
  });

  it('offers only the languages the file has: no Korean in a visit without it', () => {
    const visit = smallVisit();
    visit.languages = ['ar', 'en'];
    setup('en', visit);
    expect(screen.getByRole('checkbox', { name: 'Other scripts (Arabic)' })).toBeInTheDocument();
    expect(screen.getByRole('searchbox')).toHaveAccessibleDescription(/in Arabic(,)? or English/);
    expect(document.body.textContent).not.toMatch(/Korean/);
  });

  it('shows other-script names on demand in Arabic', async () => {
    const { container, user } = setup();
    const texts = () => [...container.querySelectorAll('svg.chart text')].map((t) => t.textContent);
    expect(texts()).not.toContain('Koh Jin');
    await user.click(
      screen.getByRole('checkbox', { name: /^لغات أخرى \(الإنجليزية و\s?الكورية\)$/ }),
    );
    expect(texts()).toContain('Koh Jin');
    expect(texts()).toContain('고진');
  });

  it('selects a person or an organization for every view on click', async () => {
    const { view, user } = setup();
    await user.click(item(/كو جين/));
    expect(view.selection).toEqual({ type: 'person', id: 'koh' });
    expect(item(/كو جين/)).toHaveAttribute('aria-selected', 'true');
    await user.click(item(/وزارة الداخلية والسلامة/));
    expect(view.selection).toEqual({ type: 'organization', id: 'kr-mois' });
  });

  it('lights up the participants of a meeting selected elsewhere', () => {
    const { view, container } = setup();
    view.select({ type: 'meeting', id: 'm3' });
    flushSync();
    const related = [...container.querySelectorAll('.person.related')].map((e) =>
      e.getAttribute('data-item'),
    );
    expect(related.sort()).toEqual(['p:kang', 'p:seoul-vm']);
    expect(container.querySelectorAll('.card.dim').length).toBeGreaterThan(0);
  });

  it('lists the guest delegation, head first, and links it to the chart', async () => {
    const { view, user, container } = setup();
    const panel = screen.getByRole('region', { name: 'الوفد الزائر' });
    const buttons = within(panel).getAllByRole('button');
    expect(buttons[0]).toHaveAccessibleName(/رئاسة الوفد.*عهود بنت خلفان الرومي/);
    await user.click(buttons[0]!);
    expect(view.selection).toEqual({ type: 'person', id: 'roumi' });
    expect(buttons[0]).toHaveAttribute('aria-pressed', 'true');
    // Her counterparts light up in the chart.
    const lit = [...container.querySelectorAll('.person.related')].map((e) =>
      e.getAttribute('data-item'),
    );
    expect(lit).toEqual(expect.arrayContaining(['p:koh', 'p:bang', 'p:han', 'p:kang']));
  });

  it('finds a name typed with other Arabic spellings and marks it', async () => {
    const { user, container } = setup();
    await user.type(screen.getByRole('searchbox', { name: 'ابحث عن اسم' }), 'مؤسسه سيول');
    expect(screen.getByRole('status', { name: '' })).toHaveTextContent('1 من 1');
    expect(container.querySelector('.current')).toHaveAttribute('data-item', 'o:kr-sdf');
  });

  it('finds Hangul and English names too', async () => {
    const { user, container } = setup();
    const box = screen.getByRole('searchbox');
    await user.type(box, '박형준');
    expect(container.querySelector('.current')).toHaveAttribute('data-item', 'p:park');
    await user.clear(box);
    await user.type(box, 'moon kyu');
    expect(container.querySelector('.current')).toHaveAttribute('data-item', 'p:bang');
  });

  it('switches between top-down and side-ways', async () => {
    const { user } = setup();
    const side = screen.getByRole('button', { name: 'جانبي' });
    expect(side).toHaveAttribute('aria-pressed', 'false');
    await user.click(side);
    expect(side).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('button', { name: 'من الأعلى' })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
  });

  it('opens a big chart folded below the first level, and unfolds a match', async () => {
    const view = new ViewState({ lang: 'ar' });
    const { container } = render(Harness, { view, index: indexVisit(syntheticOrgVisit(400, 3)) });
    const before = container.querySelectorAll('[role=treeitem]').length;
    expect(before).toBeLessThan(120);
    await userEvent.setup().type(screen.getByRole('searchbox'), 'Organization 350');
    expect(container.querySelector('.current')).toHaveAttribute('data-item', 'o:o350');
  });
});
