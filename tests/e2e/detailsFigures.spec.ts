import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { waitForState } from './helpers';

for (const lang of ['en', 'ar']) {
  test(`a 309-digit figure about a meeting wraps inside its details panel at 360 px (${lang})`, async ({
    page,
  }) => {
    const visit = JSON.parse(readFileSync('tests/fixtures/valid/tour-v2.json', 'utf8'));
    visit.figures = [
      {
        id: 'huge',
        value: 1.7976931348623157e308,
        label: { ar: 'رقم طويل جدًا', en: 'a very long number' },
        subject: { type: 'meeting', id: 'm-sa-talks' },
        sources: [visit.sources[0].id],
      },
    ];
    await page.route(
      (url) => url.pathname === '/huge.json',
      (route) =>
        route.fulfill({
          status: 200,
          contentType: 'application/json',
          body: JSON.stringify(visit),
        }),
    );
    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto(`./?data=/huge.json&lang=${lang}&view=timeline&sel=meeting:m-sa-talks`);
    expect(await waitForState(page)).toBe('ready');
    const figure = page.locator('.figures strong');
    await expect(figure).toBeVisible();
    const fb = (await figure.boundingBox())!;
    const panel = (await figure.locator('xpath=ancestor::article[1]').boundingBox())!;
    expect(fb.x).toBeGreaterThanOrEqual(panel.x - 0.5);
    expect(fb.x + fb.width).toBeLessThanOrEqual(panel.x + panel.width + 0.5);
    expect(fb.height).toBeGreaterThan(40); // wrapped over several lines
    // The page itself does not scroll sideways.
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  });
}
