import { expect, test, type Page } from '@playwright/test';
import { waitForState } from './helpers';
import { attrAtRest, viewsPlaced } from './settle';

/** The org chart's tree, its items by accessible name, and the timeline's meeting marks. */
const chart = (page: Page) => page.getByRole('tree');
const item = (page: Page, name: string | RegExp) =>
  chart(page).getByRole('treeitem', { name, exact: false });
const mark = (page: Page, id: string) => page.locator(`[data-testid="tl-mark"][data-id="${id}"]`);
/** The group that carries the chart's pan and zoom. */
const panned = (page: Page) => page.locator('section.orgchart svg.chart > g').first();

async function open(page: Page, query = '') {
  await page.goto(`./${query}`);
  expect(await waitForState(page)).toBe('ready');
  await expect(chart(page)).toBeVisible();
}

test('walks the tree with the keyboard, arrows mirrored in Arabic', async ({ page }) => {
  await open(page);
  const president = item(page, /رئيس جمهورية كوريا الجنوبية/);
  await president.focus();
  await expect(president).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(item(page, /^\u2068اللجنة الرئاسية للتحول الرقمي/)).toBeFocused();
  // In RTL, ArrowLeft goes into a branch and ArrowRight folds it / goes up.
  await page.keyboard.press('ArrowLeft');
  await expect(item(page, /كوه جيان/)).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(item(page, /^\u2068اللجنة الرئاسية للتحول الرقمي/)).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(item(page, /^\u2068اللجنة الرئاسية للتحول الرقمي/)).toHaveAttribute(
    'aria-expanded',
    'false',
  );
  await expect(item(page, /كوه جيان/)).toHaveCount(0);
  await page.keyboard.press('ArrowLeft');
  await expect(item(page, /كوه جيان/)).toBeVisible();
  await page.keyboard.press('End');
  await expect(item(page, /هيونغ جون بارك/)).toBeFocused();
  await page.keyboard.press('Home');
  await expect(president).toBeFocused();
});

test('uses the other arrows in English', async ({ page }) => {
  await open(page, '?lang=en');
  const seoul = item(page, /^\u2068Seoul Metropolitan Government/);
  await seoul.focus();
  await page.keyboard.press('ArrowLeft');
  await expect(seoul).toHaveAttribute('aria-expanded', 'false');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(item(page, /^\u2068Han Je-hyun/)).toBeFocused();
});

test('selecting a counterpart highlights their meeting on the timeline', async ({ page }) => {
  await open(page);
  await item(page, /كوه جيان/).click();
  await expect(item(page, /كوه جيان/)).toHaveAttribute('aria-selected', 'true');
  await expect(mark(page, 'meeting-koh-jin')).toHaveClass(/related/);
  await expect(mark(page, 'meeting-lee-young')).not.toHaveClass(/related/);
});

test('selecting a meeting on the timeline highlights its participants here', async ({ page }) => {
  await open(page);
  await mark(page, 'meeting-kang-yo-sik').click();
  const kang = page.locator('[data-item="p:kang-yo-sik"]');
  await expect(kang).toHaveClass(/related/);
  await expect(page.locator('[data-item="p:koh-jin"]')).not.toHaveClass(/related/);
  await expect(page.locator('.card.dim').first()).toBeVisible();
});

test('finds a name however it is spelt and centres it', async ({ page }) => {
  await open(page);
  await viewsPlaced(page); // no late re-fit replaces the centring
  await page.getByRole('searchbox', { name: 'ابحث عن اسم' }).fill('مؤسسه سيول');
  const hit = page.locator('[data-item="o:kr-seoul-digital-foundation"]');
  await expect(hit).toHaveClass(/current/);
  // Measured once the centring animation has ended (the transform is the same two frames in a
  // row), not after a guess at how long it takes: mid-way the hit can pass the centre.
  await attrAtRest(panned(page), 'transform');
  const box = await hit.boundingBox();
  const view = await page.locator('.orgchart .viewport').boundingBox();
  expect(box && view).toBeTruthy();
  const dx = box!.x + box!.width / 2 - (view!.x + view!.width / 2);
  expect(Math.abs(dx)).toBeLessThan(40);
});

test('zooms with the buttons and keeps the layout while panning', async ({ page }) => {
  await open(page);
  await viewsPlaced(page); // no late re-fit replaces the zoom
  const group = panned(page);
  const before = (await group.getAttribute('transform'))!;
  const region = page.getByRole('region', { name: 'الهيكل التنظيمي' });
  await region.getByRole('button', { name: 'تكبير', exact: true }).click();
  // The zoom has ended (same transform two frames in a row) before the drag starts.
  expect(await attrAtRest(group, 'transform')).not.toBe(before);
  const svg = page.locator('svg.chart');
  const b = (await svg.boundingBox())!;
  await page.mouse.move(b.x + 40, b.y + 40);
  await page.mouse.down();
  await page.mouse.move(b.x + 140, b.y + 90, { steps: 5 });
  await page.mouse.up();
  expect(await group.getAttribute('transform')).not.toBe(before);
});

test('folds every branch with one button and opens them all again', async ({ page }) => {
  await open(page, '?view=orgchart');
  const region = page.getByRole('region', { name: 'الهيكل التنظيمي' });
  const items = chart(page).getByRole('treeitem');
  const all = await items.count();
  await region.getByRole('button', { name: 'طيّ الكل' }).click();
  // Only the roots stay: the President, Seoul and Busan (Busan has no branch to fold).
  await expect(items).toHaveCount(3);
  await expect(item(page, /رئيس جمهورية كوريا/)).toHaveAttribute('aria-expanded', 'false');
  await region.getByRole('button', { name: 'فتح الكل' }).click();
  await expect(items).toHaveCount(all);
  await expect(region.getByRole('button', { name: 'طيّ الكل' })).toBeVisible();
});

for (const [lang, width] of [
  ['ar', 1280],
  ['en', 1280],
  ['ar', 360],
  ['en', 360],
] as const) {
  test(`screenshot: ${lang} at ${width}px`, async ({ page }, info) => {
    await page.setViewportSize({ width, height: 900 });
    await open(page, lang === 'en' ? '?lang=en' : '');
    const section = page.locator('section.orgchart');
    const box = (await section.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(width + 0.5);
    await section.screenshot({ path: info.outputPath(`orgchart-${lang}-${width}.png`) });
  });
}
