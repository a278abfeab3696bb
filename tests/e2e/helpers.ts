import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';

/** Serves `tests/fixtures/<name>` at `/fixtures/<name>` for `?data=` without shipping fixtures. */
export async function serveFixtures(page: Page) {
  await page.route('**/fixtures/**', async (route) => {
    const name = new URL(route.request().url()).pathname.split('/fixtures/')[1] ?? '';
    if (!/^[\w/-]+\.json$/.test(name)) return route.fulfill({ status: 404, body: 'not found' });
    try {
      const body = readFileSync(`tests/fixtures/${name}`);
      await route.fulfill({ status: 200, contentType: 'application/json', body });
    } catch {
      await route.fulfill({ status: 404, body: 'not found' });
    }
  });
}

/** Waits for the public contract: `<html data-state>` leaves `loading`. */
export async function waitForState(page: Page): Promise<string> {
  await page.waitForFunction(() => document.documentElement.dataset.state !== 'loading');
  return (await page.evaluate(() => document.documentElement.dataset.state)) ?? '';
}

/**
 * The first timeline mark that is actually shown: non-zero size and wholly inside the box of the
 * timeline's svg (the opening view may show only the visit's first days, so the first mark in
 * document order can lie off the view). Tests that just need "a meeting to click" use this.
 */
export async function shownMark(root: Page | Locator): Promise<Locator> {
  const marks = root.locator('[data-testid=tl-mark]');
  await marks.first().waitFor({ state: 'attached' });
  const index = await marks.evaluateAll((els) =>
    els.findIndex((el) => {
      const svg = (el as SVGElement).ownerSVGElement;
      if (!svg) return false;
      const m = el.getBoundingClientRect();
      const s = svg.getBoundingClientRect();
      return (
        m.width > 0 &&
        m.height > 0 &&
        m.left >= s.left &&
        m.right <= s.right &&
        m.top >= s.top &&
        m.bottom <= s.bottom
      );
    }),
  );
  if (index < 0) throw new Error('no timeline mark is shown inside the chart');
  return marks.nth(index);
}
