/**
 * Issue 18 in the browser: the four-mistake file (a day 32, a participant who does not exist, a
 * misspelt field "titel", an empty Arabic name), loaded by ?data=, lists four messages in the
 * page's language, each with its line, an excerpt with the mistake marked and, where there is
 * one, a suggestion. Screenshots of both screens go to ZIYARA_SHOTS (default: test output).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { waitForState } from './helpers';

const FOUR = readFileSync('tests/fixtures/messages/four-mistakes.json');

async function open(page: Page, lang: 'ar' | 'en') {
  // Same origin: the app's own server answers /x.json with the file.
  await page.route('**/x.json', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: FOUR }),
  );
  await page.goto(`./?data=/x.json&lang=${lang}`);
  expect(await waitForState(page)).toBe('error');
  return page.getByRole('alert');
}

const EXPECTED = {
  en: {
    title: 'This visit file cannot be shown',
    where: ['line 32, column 23', 'line 61, column 7', 'line 80, column 63', 'line 89, column 46'],
    hints: ['Did you mean "title"?', 'Did you mean "host-minister"?'],
    words: [
      'an empty text',
      'no such field here',
      'the id of one of the people',
      'day 32 of May 2022',
    ],
  },
  ar: {
    title: 'تعذّر عرض ملف الزيارة',
    where: [
      'السطر 32، العمود 23',
      'السطر 61، العمود 7',
      'السطر 80، العمود 63',
      'السطر 89، العمود 46',
    ],
    hints: ['هل تقصد "title"؟', 'هل تقصد "host-minister"؟'],
    words: [
      'نص فارغ',
      'لا يوجد حقل بهذا الاسم هنا',
      'معرّف واحد من الأشخاص',
      'اليوم 32 من مايو 2022',
    ],
  },
} as const;

/** Text as read, without the isolating controls around values. */
const plain = (s: string) => s.replace(/[\u2066-\u2069]/g, '');

for (const lang of ['en', 'ar'] as const) {
  test(`lists the four mistakes in ${lang}, each with its line, excerpt and suggestion`, async ({
    page,
  }, info) => {
    const alert = await open(page, lang);
    const want = EXPECTED[lang];
    await expect(alert.getByRole('heading')).toHaveText(want.title);
    const items = alert.locator('ol > li');
    await expect(items).toHaveCount(4);
    for (let i = 0; i < 4; i++) {
      const item = items.nth(i);
      const text = plain(await item.innerText());
      expect(text).toContain(want.where[i]);
      expect(text).toContain(want.words[i]);
      // The excerpt: the line itself, numbered, with the mistake marked.
      const excerpt = item.locator('pre.excerpt');
      await expect(excerpt).toBeVisible();
      await expect(excerpt).toContainText(want.where[i]!.match(/\d+/)![0]);
      await expect(excerpt.locator('mark')).toHaveCount(1);
      await expect(item.getByRole('link')).toHaveAttribute('href', /data-format\.md#[a-z-]+$/);
    }
    await expect(items.nth(0).locator('mark')).toHaveText('""');
    await expect(items.nth(1).locator('mark')).toHaveText('"titel"');
    await expect(items.nth(2).locator('mark')).toHaveText('"host-ministr"');
    await expect(items.nth(3).locator('mark')).toHaveText('"2022-05-32"');
    expect(plain(await items.nth(1).innerText())).toContain(want.hints[0]);
    expect(plain(await items.nth(2).innerText())).toContain(want.hints[1]);
    const alertText = plain(await alert.innerText());
    if (lang === 'ar') {
      // No English of the app's own on the Arabic screen (the file's values and paths aside).
      const own = alertText
        .replace(/"[^"\n]*"/g, '')
        .split('\n')
        .filter((l) => !/^\s*\d+ │ /.test(l)) // excerpt lines are the file's own text
        .join('\n')
        .replace(/[\w.[\]-]*\[\d+\][\w.[\]-]*/g, '') // JSON paths
        .replace(/docs|data-format\.md|JSON|UTF-8|\bid\b/g, '');
      expect(own).not.toMatch(/\b(expected|found|field|nothing|line|column|empty|the)\b/i);
    }
    // The screen passes axe (WCAG 2.x A and AA) in both themes: contrast of marks and hints too.
    for (const theme of ['light', 'dark'] as const) {
      await page.goto(`./?data=/x.json&lang=${lang}&theme=${theme}`);
      expect(await waitForState(page)).toBe('error');
      const axe = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze();
      expect(axe.violations.map((v) => [theme, v.id, v.nodes.length])).toEqual([]);
    }
    await page.goto(`./?data=/x.json&lang=${lang}`);
    expect(await waitForState(page)).toBe('error');
    const dir = process.env.ZIYARA_SHOTS ?? info.outputDir;
    await page.screenshot({ path: join(dir, `errors-four-mistakes-${lang}.png`), fullPage: true });
    await items.nth(2).screenshot({ path: join(dir, `errors-four-mistakes-${lang}-item3.png`) });
  });
}

test('a file over 1 MB, checked in the worker, gets the same four messages with lines', async ({
  page,
}) => {
  // Trailing white space is JSON: the file is the same, only large enough for the worker.
  const large = Buffer.concat([FOUR, Buffer.alloc(1.5 * 1024 * 1024, 0x20)]);
  await page.route('**/large.json', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: large }),
  );
  await page.goto('./?data=/large.json&lang=en');
  expect(await waitForState(page)).toBe('error');
  const items = page.getByRole('alert').locator('ol > li');
  await expect(items).toHaveCount(4);
  for (const [i, where] of EXPECTED.en.where.entries()) {
    await expect(items.nth(i)).toContainText(where);
    await expect(items.nth(i).locator('pre.excerpt mark')).toHaveCount(1);
  }
});

test('says "not found" for a data= file the server answers with its own page', async ({ page }) => {
  await page.route('**/missing.json', (route) =>
    route.fulfill({
      status: 200,
      contentType: 'text/html',
      body: '<!doctype html><html><body>app</body></html>',
    }),
  );
  await page.goto('./?data=/missing.json&lang=en');
  expect(await waitForState(page)).toBe('error');
  await expect(page.getByRole('alert').getByRole('heading')).toHaveText(
    'The visit file was not found',
  );
});
