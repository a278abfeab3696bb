/**
 * Screenshots and printed PDFs of the bundled visits, for looking at before a release (issue 15)
 * and for the README. From a running preview (`npm run build && npm run preview`):
 *
 *   npx tsx scripts/screenshots.ts OUT_DIR [baseURL]      (baseURL: http://127.0.0.1:4173/)
 *   npx tsx scripts/screenshots.ts --readme [baseURL]     (docs/screenshot-ar.png, -en.png)
 *
 * OUT_DIR gets, for the default visit, the first screen at 320, 360, 768, 1280 and 1920 px in
 * Arabic and English, light and dark (`first-<lang>-<width>-<theme>.png`) and the whole page
 * (`full-…png`); the second bundled visit at 360 and 1280 px; and the printed page, A4 and Letter
 * in both languages (`print-<visit>-<lang>-<paper>.pdf`, and a PNG per page when `pdftoppm` is
 * installed). The page is printed by Chromium's own `page.pdf`, as a reader's Print would.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { CHROMIUM_ARGS } from '../playwright.config';

type Lang = 'ar' | 'en';
type Theme = 'light' | 'dark';

const args = process.argv.slice(2);
const readme = args[0] === '--readme';
const out = readme ? 'docs' : args[0];
if (!out) {
  console.error('usage: npx tsx scripts/screenshots.ts OUT_DIR [baseURL] | --readme [baseURL]');
  process.exit(2);
}
const base = args[1] ?? 'http://127.0.0.1:4173/';

/** A phone's height at the narrow widths, a laptop's at the wide ones. */
const HEIGHT: Record<number, number> = { 320: 640, 360: 780, 768: 1024, 1280: 800, 1920: 1080 };
const WIDTHS = [320, 360, 768, 1280, 1920];
const LANGS: Lang[] = ['ar', 'en'];
const THEMES: Theme[] = ['light', 'dark'];

interface Shot {
  file: string;
  query: string;
  width: number;
  theme: Theme;
  full: boolean;
}

function shots(): Shot[] {
  if (readme)
    return LANGS.map((lang) => ({
      file: `screenshot-${lang}.png`,
      query: lang === 'en' ? '?lang=en' : '',
      width: 1280,
      theme: 'light',
      full: true,
    }));
  const list: Shot[] = [];
  for (const width of WIDTHS)
    for (const lang of LANGS)
      for (const theme of THEMES)
        for (const full of [false, true])
          list.push({
            file: `${full ? 'full' : 'first'}-${lang}-${width}-${theme}.png`,
            query: `?lang=${lang}`,
            width,
            theme,
            full,
          });
  for (const width of [360, 1280])
    for (const lang of LANGS)
      list.push({
        file: `uae-2023-${lang}-${width}-light.png`,
        query: `?visit=uae-2023&lang=${lang}`,
        width,
        theme: 'light',
        full: false,
      });
  return list;
}

async function openPage(browser: Browser, query: string, width: number, theme: Theme) {
  const page = await browser.newPage({
    viewport: { width, height: HEIGHT[width] ?? 900 },
    colorScheme: theme,
    timezoneId: 'UTC',
  });
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(e.message));
  await page.goto(base + query);
  await page.waitForFunction(() => document.documentElement.dataset.state !== 'loading');
  await page.evaluate(() => document.fonts.ready);
  const state = await page.evaluate(() => document.documentElement.dataset.state);
  if (state !== 'ready') problems.push(`data-state=${state}`);
  // Horizontal overflow is clipping waiting to happen: say so.
  const over = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  if (over > 0) problems.push(`${over} px wider than the screen`);
  return { page, problems };
}

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
mkdirSync(out, { recursive: true });
let failed = 0;
for (const s of shots()) {
  const { page, problems } = await openPage(browser, s.query, s.width, s.theme);
  const path = join(out, s.file);
  await page.screenshot({ path, fullPage: s.full });
  console.log(`wrote ${path}${problems.length ? `  ! ${problems.join('; ')}` : ''}`);
  failed += problems.length ? 1 : 0;
  await page.close();
}

if (!readme) {
  const hasPdftoppm = (() => {
    try {
      execFileSync('pdftoppm', ['-v'], { stdio: 'ignore' });
      return true;
    } catch {
      return false;
    }
  })();
  const prints: [string, string, Lang][] = [
    ['korea-2022', '', 'ar'],
    ['korea-2022', '', 'en'],
    ['uae-2023', 'visit=uae-2023&', 'ar'],
    ['uae-2023', 'visit=uae-2023&', 'en'],
  ];
  for (const [visit, q, lang] of prints)
    for (const format of ['A4', 'Letter'] as const) {
      // A reader prints from a laptop-sized window; the print stylesheet fits it to the paper.
      const { page, problems } = await openPage(browser, `?${q}lang=${lang}`, 1280, 'light');
      const path = join(out, `print-${visit}-${lang}-${format}.pdf`);
      await page.pdf({ path, format, printBackground: true });
      if (hasPdftoppm) execFileSync('pdftoppm', ['-r', '70', '-png', path, path.slice(0, -4)]);
      console.log(`wrote ${path}${problems.length ? `  ! ${problems.join('; ')}` : ''}`);
      failed += problems.length ? 1 : 0;
      await page.close();
    }
}
await browser.close();
if (failed) {
  console.error(`${failed} page(s) had problems (marked !)`);
  process.exit(1);
}
