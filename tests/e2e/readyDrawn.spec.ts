/**
 * `ready` means drawn, in the fonts it is drawn in (issue 16): the web fonts download beside the
 * app and the visit, and the loader waits for them before it draws. Before, they arrived just
 * after `ready`: the page laid out again and both charts re-measured every label, so what a
 * reader (or a screenshot taken at `ready`) saw moved a moment later.
 */
import { expect, test, type Page } from '@playwright/test';
import { waitForState } from './helpers';

/** Every chart text with where it stands and how wide it is, in page pixels. */
const texts = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('svg text')].map((t) => {
      const b = t.getBoundingClientRect();
      return `${t.textContent} @${b.x.toFixed(1)},${b.y.toFixed(1)} w${b.width.toFixed(1)}`;
    }),
  );

for (const view of ['timeline', 'orgchart'] as const) {
  test(`the ${view} drawn at ready is the one shown once every font is in`, async ({ page }) => {
    await page.goto(`./?view=${view}&lang=en`);
    expect(await waitForState(page)).toBe('ready');
    const fontsAtReady = await page.evaluate(() =>
      ['400', '600'].every((w) =>
        document.fonts.check(`${w} 16px "IBM Plex Sans Arabic"`, 'ابج Ab'),
      ),
    );
    const atReady = await texts(page);
    // Whatever was still on its way: the font set settles, then two frames are drawn.
    await page.evaluate(async () => {
      await document.fonts.ready;
      for (let i = 0; i < 2; i++) await new Promise((r) => requestAnimationFrame(r));
    });
    expect(fontsAtReady).toBe(true);
    expect(atReady.length).toBeGreaterThan(5);
    expect(await texts(page)).toEqual(atReady);
  });
}
