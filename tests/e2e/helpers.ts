import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';

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
