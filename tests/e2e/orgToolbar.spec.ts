import { expect, test, type Locator } from '@playwright/test';
import { waitForState } from './helpers';

const MORE = { ar: 'أدوات أخرى', en: 'More tools' } as const;
const ZOOM_IN = { ar: 'تكبير', en: 'Zoom in' } as const;

/** Controls of the toolbar (shown ones) that are not wholly inside the viewport's width. */
const outside = (bar: Locator) =>
  bar.evaluate((el) =>
    [...el.querySelectorAll<HTMLElement>('input, button, label, [role=group]')]
      .filter((c) => c.getClientRects().length > 0)
      .map((c) => ({ c, r: c.getBoundingClientRect() }))
      .filter(({ r }) => r.left < -0.5 || r.right > innerWidth + 0.5)
      .map(({ c }) => c.getAttribute('aria-label') ?? c.textContent?.trim() ?? c.tagName),
  );

for (const width of [320, 360])
  for (const lang of ['ar', 'en'] as const)
    test(`at ${width} px in ${lang}, every org toolbar control is in view, nothing scrolls sideways`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height: 800 });
      await page.goto(`./?lang=${lang}&view=orgchart`);
      expect(await waitForState(page)).toBe('ready');
      const bar = page.locator('section.orgchart .toolbar');
      await expect(bar).toBeVisible();
      // Two rows of 36 px controls: the search, then the layout and "More tools".
      expect((await bar.boundingBox())!.height).toBeLessThanOrEqual(88);
      const search = bar.getByRole('searchbox');
      await expect(search).toBeVisible();
      expect((await search.boundingBox())!.width).toBeGreaterThanOrEqual(160);
      expect(await outside(bar)).toEqual([]);
      const scroll = () =>
        page.evaluate(() => {
          const bar = document.querySelector('section.orgchart .toolbar')!;
          const de = document.documentElement;
          return { bar: bar.scrollWidth - bar.clientWidth, page: de.scrollWidth - de.clientWidth };
        });
      expect(await scroll()).toEqual({ bar: 0, page: 0 });

      // The less-used tools are one tap away, and in view once shown.
      const more = bar.getByRole('button', { name: MORE[lang], exact: true });
      await expect(more).toHaveAttribute('aria-expanded', 'false');
      await expect(bar.getByRole('button', { name: ZOOM_IN[lang], exact: true })).toBeHidden();
      await more.click();
      await expect(more).toHaveAttribute('aria-expanded', 'true');
      await expect(bar.getByRole('button', { name: ZOOM_IN[lang], exact: true })).toBeVisible();
      await expect(bar.getByRole('checkbox')).toBeVisible();
      expect(await outside(bar)).toEqual([]);
      expect(await scroll()).toEqual({ bar: 0, page: 0 });
      // They work from there: fold-all folds, the button then offers to unfold.
      const fold = bar.getByRole('button', { name: lang === 'ar' ? 'طيّ الكل' : 'Collapse all' });
      await fold.click();
      await expect(
        bar.getByRole('button', { name: lang === 'ar' ? 'فتح الكل' : 'Expand all' }),
      ).toBeVisible();
    });

test('wide, the org toolbar keeps its one row without "More tools"', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('./?lang=en&view=orgchart');
  expect(await waitForState(page)).toBe('ready');
  const bar = page.locator('section.orgchart .toolbar');
  await expect(bar.getByRole('button', { name: 'Zoom in', exact: true })).toBeVisible();
  await expect(bar.getByRole('button', { name: 'More tools', exact: true })).toHaveCount(0);
});
