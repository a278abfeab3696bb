/**
 * The timeline in a real browser, on the bundled visit: direction, zoom under the embed wheel
 * policy, keyboard order, the list view against the marks, and the details panel.
 */
import { expect, test, type Page } from '@playwright/test';
import { scrollAtRest, watchScroll } from './settle';

const ready = async (page: Page, query = '') => {
  await page.goto(`./${query}`);
  await expect(page.locator('html')).toHaveAttribute('data-state', 'ready');
};
const chart = (page: Page) => page.getByTestId('tl-svg');
const range = async (page: Page) =>
  ((await chart(page).getAttribute('data-range')) ?? '').split(',').map(Number) as [number, number];
const centreX = async (page: Page, id: string) => {
  const box = await page
    .locator(`[data-testid=tl-mark][data-id="${id}"] rect.bar`)
    .first()
    .boundingBox();
  return box!.x + box!.width / 2;
};

test.describe('timeline', () => {
  test('runs right-to-left in Arabic and left-to-right in English', async ({ page }) => {
    await ready(page);
    await expect(chart(page)).toHaveAttribute('direction', 'rtl');
    await expect(chart(page)).toHaveAttribute('lang', 'ar');
    const [oct4, oct5] = [
      await centreX(page, 'meeting-lee-young'),
      await centreX(page, 'meeting-koh-jin'),
    ];
    expect(oct4).toBeGreaterThan(oct5);

    await ready(page, '?lang=en');
    await expect(chart(page)).toHaveAttribute('direction', 'ltr');
    expect(await centreX(page, 'meeting-lee-young')).toBeLessThan(
      await centreX(page, 'meeting-koh-jin'),
    );
  });

  test('names each mark by its shown title, then when and where', async ({ page }) => {
    await ready(page);
    await expect(
      page.getByRole('button', { name: 'لقاء مع كوه جيان، 5 أكتوبر 2022' }),
    ).toBeVisible();
    await expect(
      page.getByRole('button', {
        name: /^لقاء مع هيونغ جون بارك، 7 أكتوبر 2022، صباحاً، .*بوسان/,
      }),
    ).toBeVisible();
  });

  test('in embed mode a plain wheel scrolls the page and ctrl+wheel zooms', async ({ page }) => {
    await page.setViewportSize({ width: 1000, height: 600 });
    await ready(page, '?embed=1');
    await chart(page).scrollIntoViewIfNeeded();
    const box = (await chart(page).boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + 120);
    const before = await range(page);
    const scrollBefore = await page.evaluate(() => scrollY);

    await watchScroll(page);
    await page.mouse.wheel(0, 300);
    await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(scrollBefore);
    expect(await range(page)).toEqual(before);
    await expect(page.getByRole('status').filter({ hasText: 'Ctrl' })).toBeVisible();

    // Let the smooth scroll end (scrollend) before aiming at the chart again.
    await scrollAtRest(page);
    await chart(page).scrollIntoViewIfNeeded();
    const box2 = (await chart(page).boundingBox())!;
    await page.mouse.move(box2.x + box2.width / 2, Math.max(box2.y, 0) + 100);
    const scrollMid = await page.evaluate(() => scrollY);
    await page.keyboard.down('Control');
    await page.mouse.wheel(0, -300);
    await page.keyboard.up('Control');
    await expect
      .poll(async () => (await range(page))[1] - (await range(page))[0])
      .toBeLessThan(before[1] - before[0]);
    expect(await page.evaluate(() => scrollY)).toBe(scrollMid);
  });

  test('keyboard walks every meeting and event in time order, as the list lists them', async ({
    page,
  }) => {
    await ready(page);
    await page.getByRole('button', { name: 'قائمة', exact: true }).click();
    const listed = await page
      .getByTestId('tl-list-row')
      .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-id')));
    await page.getByRole('button', { name: 'مخطط', exact: true }).click();

    await page.locator('[data-testid=tl-mark][tabindex="0"]').focus();
    await page.keyboard.press('Home');
    const walked: (string | null)[] = [];
    for (let i = 0; i < listed.length; i++) {
      walked.push(
        await page.evaluate(() => document.activeElement?.getAttribute('data-id') ?? null),
      );
      await page.keyboard.press('ArrowLeft'); // later, in RTL
    }
    expect(walked).toEqual(listed);
    // Mirrored: ArrowRight goes back in time.
    await page.keyboard.press('ArrowRight');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-id'))).toBe(
      listed[listed.length - 2],
    );
  });

  test('the list view shows what the marks show', async ({ page }) => {
    await ready(page);
    const marks = await page
      .getByTestId('tl-mark')
      .evaluateAll((els) =>
        els.map((e) => ({ id: e.getAttribute('data-id'), name: e.getAttribute('aria-label') })),
      );
    expect(marks.length).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'قائمة', exact: true }).click();
    for (const m of marks) {
      const row = page.locator(`[data-testid=tl-list-row][data-id="${m.id}"]`);
      await expect(row).toHaveCount(1);
      // The row carries the date the mark's name gives.
      const date = (m.name ?? '').split('، ')[1] ?? '';
      await expect(row).toContainText(date);
    }
  });

  test('opens details on click, selects a participant, and Esc returns the focus', async ({
    page,
  }) => {
    await ready(page);
    const mark = page.getByRole('button', { name: 'لقاء مع كوه جيان، 5 أكتوبر 2022' });
    await mark.click();
    const panel = page.getByTestId('details');
    await expect(panel.getByRole('heading', { level: 2 })).toBeFocused();
    await expect(panel).toContainText('5 أكتوبر 2022');
    await page.keyboard.press('Escape');
    await expect(panel).toHaveCount(0);
    await expect(mark).toBeFocused();

    await page.keyboard.press('Enter');
    await expect(panel).toBeVisible();
    await panel.getByTestId('details-link').filter({ hasText: 'كوه جيان' }).first().click();
    await expect(panel.getByRole('heading', { level: 2 })).toHaveText(/كوه جيان/);
    await expect(mark).toHaveClass(/related/);
  });

  test('filters fade what they leave out and say how many remain', async ({ page }) => {
    await ready(page);
    await page.getByText('تصفية', { exact: true }).click();
    await page.getByRole('group', { name: 'الجانب' }).getByRole('checkbox').first().check();
    await expect(page.getByRole('status').filter({ hasText: 'يُعرض' })).toBeVisible();
    expect(await page.locator('[data-testid=tl-mark].faded').count()).toBeGreaterThan(0);
  });

  test('opens on the range a link gives, and a zoom writes the new range back', async ({
    page,
  }) => {
    await ready(page, '?from=2022-10-04&to=2022-10-06');
    const [a, b] = await range(page);
    const [wa, wb] = [Date.UTC(2022, 9, 4), Date.UTC(2022, 9, 6)];
    expect(Math.abs(a - wa)).toBeLessThan((wb - wa) * 0.01);
    expect(Math.abs(b - wb)).toBeLessThan((wb - wa) * 0.01);
    await page.getByRole('button', { name: 'كل الأحداث' }).click();
    await expect(page).toHaveURL(/from=2022-0\d.*to=2028-/);
  });
});
