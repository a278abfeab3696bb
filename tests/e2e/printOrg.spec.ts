import { writeFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { waitForState } from './helpers';

/** Every drawn text of the printed org chart: its size on paper, in CSS px (96 per inch). */
function printedTextSizes(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll<SVGTextElement>('section.orgchart svg text')]
      .filter((t) => {
        const r = t.getBoundingClientRect();
        return r.width > 0 && r.height > 0 && t.textContent?.trim();
      })
      .map((t) => {
        const k = t.getScreenCTM()?.a ?? 1;
        return { px: parseFloat(getComputedStyle(t).fontSize) * Math.abs(k), text: t.textContent };
      }),
  );
}

// A4 at 96 dpi, less Chromium's default margins: the paper's printable width in CSS px.
const A4_WIDTH = 718;

for (const lang of ['en', 'ar']) {
  test(`printed org chart of a nine-country visit reads on A4 (${lang})`, async ({ page }) => {
    await page.setViewportSize({ width: A4_WIDTH, height: 1000 });
    await page.goto(`/?visit=uae-2023&lang=${lang}&view=orgchart`);
    expect(await waitForState(page)).toBe('ready');
    await expect(page.locator('section.orgchart svg').first()).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    // The print trees are drawn once the page hears the media change: wait for them all.
    await expect(page.getByTestId('org-print')).toBeVisible();
    const trees = () =>
      page.evaluate(() =>
        [...document.querySelectorAll('section.orgchart svg')]
          .filter((s) => s.getBoundingClientRect().width > 0)
          .map((s) => s.getBoundingClientRect().right <= document.documentElement.clientWidth + 1),
      );
    await expect.poll(async () => (await trees()).length).toBeGreaterThanOrEqual(9);
    const sizes = await printedTextSizes(page);
    expect(sizes.length).toBeGreaterThan(20);
    const smallest = Math.min(...sizes.map((s) => s.px));
    // About 8 pt: 10 px at 96 dpi. (Nine trees side by side shrunk to the page drew 2 px.)
    expect(smallest).toBeGreaterThanOrEqual(10);
    // Every tree is on paper, none wider than the page.
    expect((await trees()).every(Boolean)).toBe(true);
    // Paper itself: the PDF prints (several pages, not one shrunk sheet).
    const pdf = await page.pdf({ format: 'A4' });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
    expect(pages.length).toBeGreaterThan(1);
    if (process.env.PRINT_OUT) writeFileSync(`${process.env.PRINT_OUT}-${lang}.pdf`, pdf);
  });
}
