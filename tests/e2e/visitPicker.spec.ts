/**
 * The visit picker, in a real browser: the page lists the bundled visits in both languages,
 * fetches only the visit it shows, and picking the second one loads it through the same gate,
 * puts `visit=` in the address (and in Copy link), and draws its engagements; Back returns to the
 * first. A `visit=` naming no bundled visit says so, in Arabic and English, with the list, and
 * never shows another visit in its place.
 */
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';

const SECOND = JSON.parse(readFileSync('data/visits/uae-2023.json', 'utf8')) as {
  id: string;
  title: { ar: string; en: string };
  meetings: { id: string }[];
};
const FIRST_TITLE_AR = 'زيارة وفد حكومة دولة الإمارات إلى جمهورية كوريا، أكتوبر 2022';

/** Every script and JSON body the page receives, to tell which visit files were fetched. */
function recordBodies(page: Page) {
  const bodies: string[] = [];
  page.on('response', (r) => {
    if (/\.(js|json)(\?|$)/.test(r.url()))
      void r.text().then(
        (t) => bodies.push(t),
        () => {},
      );
  });
  return bodies;
}

test('lists the bundled visits; picking the second loads it, its meetings and its link', async ({
  page,
}) => {
  const bodies = recordBodies(page);
  await page.goto('./');
  await expect(page.locator('html')).toHaveAttribute('data-state', 'ready');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(FIRST_TITLE_AR);
  // First view: the second visit's file is not fetched until it is picked.
  await page.waitForLoadState('networkidle');
  expect(bodies.some((b) => b.includes(SECOND.id))).toBe(false);

  const picker = page.getByTestId('visit-picker');
  await picker.getByText('الزيارات', { exact: true }).click();
  const list = picker.getByRole('list', { name: 'الزيارات المضمّنة في التطبيق' });
  // Each visit in the page's language, the other language beneath.
  await expect(list.getByRole('link')).toHaveCount(2);
  await expect(list.getByRole('link', { name: new RegExp(FIRST_TITLE_AR) })).toHaveAttribute(
    'aria-current',
    'page',
  );
  const second = list.getByRole('link', { name: new RegExp(SECOND.title.ar) });
  await expect(second).toContainText(SECOND.title.en);
  await second.click();

  await expect(page).toHaveURL(/[?&]visit=uae-2023(&|$)/);
  await expect(page.locator('html')).toHaveAttribute('data-state', 'ready');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(SECOND.title.ar);
  expect(bodies.some((b) => b.includes(SECOND.id))).toBe(true);

  // Its engagements are drawn: every meeting has its row in the list view.
  await page.getByRole('button', { name: 'قائمة', exact: true }).click();
  for (const m of SECOND.meetings)
    await expect(page.locator(`[data-testid=tl-list-row][data-id$="${m.id}"]`)).toHaveCount(1);

  // The picker marks it as the one shown; Back returns to the first visit.
  await page.getByTestId('visit-picker').getByText('الزيارات', { exact: true }).click();
  await expect(page.getByRole('link', { name: new RegExp(SECOND.title.ar) })).toHaveAttribute(
    'aria-current',
    'page',
  );
  await page.goBack();
  await expect(page.locator('html')).toHaveAttribute('data-state', 'ready');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(FIRST_TITLE_AR);
});

test('picking keeps the language; the address and the embed code carry visit=', async ({
  page,
}) => {
  await page.goto('./?lang=en');
  await expect(page.locator('html')).toHaveAttribute('data-state', 'ready');
  await page.getByTestId('visit-picker').getByText('Visits', { exact: true }).click();
  await page.getByRole('link', { name: new RegExp(SECOND.title.en) }).click();
  await expect(page.locator('html')).toHaveAttribute('data-state', 'ready');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(SECOND.title.en);
  const url = new URL(page.url());
  expect(url.searchParams.get('lang')).toBe('en');
  expect(url.searchParams.get('visit')).toBe('uae-2023');
  // The embed code loads the same visit.
  await page.getByRole('button', { name: 'Embed', exact: true }).click();
  const code = await page.getByRole('dialog').locator('textarea').inputValue();
  expect(code).toMatch(/src="[^"]*[?&]visit=uae-2023[&"]/);
  // Not keeping the current view resets the view, never the visit.
  const keep = page
    .getByRole('dialog')
    .getByRole('checkbox', { name: 'With the current selection, filters and range' });
  await keep.setChecked(!(await keep.isChecked()));
  const other = await page.getByRole('dialog').locator('textarea').inputValue();
  expect(other).toMatch(/src="[^"]*[?&]visit=uae-2023[&"]/);
});

for (const [lang, title, intro] of [
  ['ar', 'لا توجد زيارة مضمّنة بهذا المعرّف', 'يطلب هذا الرابط الزيارة'],
  ['en', 'There is no bundled visit with this id', 'This link asks for the visit'],
] as const) {
  test(`?visit=nope says so in ${lang}, lists the visits, and shows no other visit`, async ({
    page,
  }) => {
    await page.goto(`./?visit=nope&lang=${lang}`);
    await expect(page.locator('html')).toHaveAttribute('data-state', 'error');
    const notice = page.getByTestId('visit-unknown');
    await expect(notice).toBeVisible();
    await expect(notice.getByRole('heading')).toHaveText(title);
    await expect(notice).toContainText(intro);
    await expect(notice).toContainText('"nope"');
    await expect(notice.getByRole('link')).toHaveCount(2);
    // No visit is drawn in its place.
    await expect(page.getByTestId('tl-svg')).toHaveCount(0);
    await expect(page.getByRole('heading', { level: 1, name: FIRST_TITLE_AR })).toHaveCount(0);
    // The list of problems names what was expected.
    await expect(page.getByRole('alert').filter({ hasText: 'uae-2023' }).first()).toBeVisible();
    // And a link from the notice loads a real visit.
    await notice.getByRole('link').nth(1).click();
    await expect(page.locator('html')).toHaveAttribute('data-state', 'ready');
    await expect(page).toHaveURL(/visit=uae-2023/);
  });
}
