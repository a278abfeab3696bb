/**
 * The wheel policy comes from the parsed `?embed=` flag: every spelling that turns the embed UI on
 * (`1`, `true`, `yes`, or a bare `embed=`) also leaves a plain wheel over either view to the page.
 * (The wheel once read the URL on its own and knew only `1`/`true`: `?embed=yes` got the embed UI
 * while the views still captured the page's scroll.)
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { waitForState } from './helpers';
import { viewsPlaced } from './settle';

const VIEWS = {
  timeline: {
    svg: (page: Page) => page.getByTestId('tl-svg'),
    // What the reader sees of the view: the visible range.
    shown: (svg: Locator) => svg.getAttribute('data-range'),
  },
  orgchart: {
    svg: (page: Page) => page.locator('section.orgchart svg.chart'),
    shown: (svg: Locator) => svg.locator(':scope > g').first().getAttribute('transform'),
  },
} as const;

/** Polls `read` until two reads in a row agree (smooth scroll, a late font re-fit), and returns it. */
async function settled<T>(read: () => Promise<T>): Promise<T> {
  let last: T | symbol = Symbol('none');
  let value!: T;
  await expect
    .poll(async () => {
      value = await read();
      const same = value === last;
      last = value;
      return same;
    })
    .toBe(true);
  return value;
}

for (const query of ['?embed=yes', '?embed=']) {
  for (const [name, view] of Object.entries(VIEWS)) {
    test(`${query}: a plain wheel over the ${name} scrolls the page, and the view stays`, async ({
      page,
    }) => {
      await page.setViewportSize({ width: 1000, height: 600 });
      await page.goto(`./${query}`);
      expect(await waitForState(page)).toBe('ready');
      await expect(page.locator('html')).toHaveAttribute('data-embed', '');
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      const svg = view.svg(page);
      await svg.scrollIntoViewIfNeeded();
      // Whether the page's own listener saw the wheel left to it (not taken by the view).
      await page.evaluate(() => {
        addEventListener('wheel', (e) =>
          document.body.setAttribute('data-wheel-taken', String(e.defaultPrevented)),
        );
      });
      await viewsPlaced(page); // a late re-fit would move the view after this read
      const shownBefore = await settled(() => view.shown(svg));
      const scrollBefore = await settled(() => page.evaluate(() => scrollY));
      const box = (await svg.boundingBox())!;
      await page.mouse.move(box.x + box.width / 2, Math.max(box.y, 0) + 60);
      // Towards wherever the page can still go.
      const dy = scrollBefore > 0 ? -300 : 300;
      await page.mouse.wheel(0, dy);

      await expect(page.locator('body')).toHaveAttribute('data-wheel-taken', 'false');
      await expect.poll(() => page.evaluate(() => scrollY)).not.toBe(scrollBefore);
      expect(await settled(() => view.shown(svg))).toBe(shownBefore);
    });
  }
}
