import { expect, test } from '@playwright/test';
import { serveFixtures, waitForState } from './helpers';

test('opens the bundled visit in Arabic, right to left, and reaches ready', async ({ page }) => {
  await page.goto('./');
  expect(await waitForState(page)).toBe('ready');
  const html = page.locator('html');
  await expect(html).toHaveAttribute('dir', 'rtl');
  await expect(html).toHaveAttribute('lang', 'ar');
  const title = page.getByRole('heading', { level: 1 });
  await expect(title).toBeVisible();
  await expect(title).toContainText('زيارة وفد حكومة دولة الإمارات');
  await expect(page.getByRole('heading', { name: 'المصادر' })).toBeVisible();
  await expect(page.getByRole('link', { name: /عهود الرومي تبحث/ })).toHaveAttribute(
    'href',
    /albayan\.ae/,
  );
});

test('switches to English, left to right', async ({ page }) => {
  await page.goto('./?lang=en');
  expect(await waitForState(page)).toBe('ready');
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('UAE government delegation');
  await page.getByRole('button', { name: 'اعرض باللغة العربية' }).click();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
});

test('shows the list of errors for an invalid ?data= file, never a blank page', async ({
  page,
}) => {
  await serveFixtures(page);
  await page.goto('./?data=fixtures/invalid/dangling-person-organization.json');
  expect(await waitForState(page)).toBe('error');
  const alert = page.getByRole('alert');
  await expect(alert).toBeVisible();
  await expect(alert).toContainText('تعذّر عرض ملف الزيارة');
  await expect(alert).toContainText('people[');
  await expect(alert).toContainText('organization');
});

test('explains a missing ?data= file (HTTP 404)', async ({ page }) => {
  await serveFixtures(page);
  await page.goto('./?data=fixtures/nope.json&lang=en');
  expect(await waitForState(page)).toBe('error');
  await expect(page.getByRole('alert')).toContainText('HTTP 404');
});

test('explains a file that is not JSON', async ({ page }) => {
  await serveFixtures(page);
  await page.goto('./?data=fixtures/invalid/not-json.json&lang=en');
  expect(await waitForState(page)).toBe('error');
  await expect(page.getByRole('alert')).toContainText('valid JSON');
});

test('the masthead reads guest → hosts, the arrow in the reading direction', async ({ page }) => {
  const kicker = page.getByTestId('kicker');
  const seen = () =>
    kicker.evaluate((el) =>
      [...el.querySelectorAll('.side, .arrow')].map((e) => e.textContent?.trim()).join(' '),
    );
  await page.goto('./?lang=en');
  expect(await waitForState(page)).toBe('ready');
  expect(await seen()).toBe('United Arab Emirates → Republic of Korea');
  await page.goto('./');
  expect(await waitForState(page)).toBe('ready');
  expect(await seen()).toBe('الإمارات العربية المتحدة ← جمهورية كوريا');
  // Drawn right to left: the guest at the right, the arrow pointing left to the host.
  const guest = (await kicker.locator('.side.guest').boundingBox())!;
  const host = (await kicker.locator('.side.host').first().boundingBox())!;
  expect(guest.x).toBeGreaterThan(host.x);
  // A tour of two host countries.
  await page.goto('./?visit=uae-2023&lang=en');
  expect(await waitForState(page)).toBe('ready');
  expect(await seen()).toBe('Republic of Korea → United Arab Emirates Switzerland');
});
