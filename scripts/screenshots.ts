/**
 * Takes the README's screenshots from a running preview (`npm run build && npm run preview`):
 *   npx tsx scripts/screenshots.ts [baseURL]
 * Writes docs/screenshot-ar.png and docs/screenshot-en.png (1280 px wide, full page).
 */
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS } from '../playwright.config';

const base = process.argv[2] ?? 'http://127.0.0.1:4173/';
const shots = [
  { file: 'docs/screenshot-ar.png', query: '', width: 1280 },
  { file: 'docs/screenshot-en.png', query: '?lang=en', width: 1280 },
];

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
for (const s of shots) {
  const page = await browser.newPage({
    viewport: { width: s.width, height: 900 },
    timezoneId: 'UTC',
  });
  await page.goto(base + s.query);
  await page.waitForFunction(() => document.documentElement.dataset.state !== 'loading');
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: s.file, fullPage: true });
  console.log(`wrote ${s.file}`);
  await page.close();
}
await browser.close();
