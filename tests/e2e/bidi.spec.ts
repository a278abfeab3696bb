/**
 * Bidi safety (issue 7): names carrying U+202E (right-to-left override) and unclosed isolates
 * (U+2066–2068) or a stray PDI cannot reorder the text around them — in the timeline's labels,
 * the org chart's cards, the details panel, the list view, the page title and the error list,
 * in Arabic and English. Checked twice: by where the characters of neighbouring strings land
 * on screen (an override that leaked would lay them out backwards), and by the structure
 * around every string that carries an override (an isolating element, a paragraph of its own,
 * or FSI…PDI that leaves nothing open).
 */
import { expect, test, type Page } from '@playwright/test';
import { minimal, minimalText } from '../fixtures/hostile/cases';
import { bidiReport } from './guards';
import { waitForState } from './helpers';

const RLO = '\u202E';

/** minimal.json with overrides and unbalanced isolates in names, titles, venues and labels. */
function craftedVisit(): string {
  const v = minimal();
  v.title = { ar: `${RLO}زيارة اختبار`, en: `${RLO}Minimal test visit` };
  v.people[1].name = { en: `${RLO}abc\u2066 def` }; // host-minister: RLO, then an open LRI
  v.meetings[0].title = { en: `\u2069${RLO}Talks\u2068 at the ministry` }; // a stray PDI first
  v.meetings[0].location.venue = { en: `${RLO}Ministry building\u2067` };
  v.organizations[1].name = { en: `${RLO}Guest Ministry\u2066` };
  v.topics[0].label = { en: `${RLO}Trade` };
  v.sources[0].publisher = { en: `${RLO}Example News Agency\u2067` };
  return JSON.stringify(v);
}

/** Strings shown next to the crafted ones, each a left-to-right run that must stay one. */
const NEIGHBOURS = [
  'Minister of Trade',
  'Guest Minister',
  'Seoul',
  'Site visit',
  'Example report on the visit',
  'Energy',
  'Example Daily',
];

async function open(page: Page, query: string) {
  await page.route('**/crafted/visit.json', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: craftedVisit() }),
  );
  await page.goto(`./?data=crafted/visit.json${query}`);
  expect(await waitForState(page)).toBe('ready');
  await page.evaluate(() => document.fonts.ready);
}

const VIEWS: [string, string, (page: Page) => Promise<void>][] = [
  ['timeline and org chart', '', async () => {}],
  ['details of a meeting', '&sel=meeting:m-time', async () => {}],
  ['details of a person', '&sel=person:host-minister', async () => {}],
  ['details of an organization', '&sel=organization:guest-ministry', async () => {}],
  [
    'list view',
    '&view=timeline',
    async (page) => {
      await page.getByRole('button', { name: /^(قائمة|List)$/ }).click();
      await expect(page.getByTestId('tl-list')).toBeVisible();
    },
  ],
  [
    'tooltip',
    '&view=timeline',
    async (page) => {
      await page.locator('[data-testid=tl-mark][data-id="m-time"]').hover();
      await expect(page.getByTestId('tl-tooltip')).toBeVisible();
    },
  ],
];

test.describe('a name with bidi controls cannot reorder the text around it', () => {
  for (const lang of ['ar', 'en'] as const) {
    for (const [what, query, then] of VIEWS) {
      test(`${what} (${lang})`, async ({ page }) => {
        await open(page, `${query}&lang=${lang}`);
        await then(page);
        const report = await bidiReport(page, NEIGHBOURS);
        expect(report.measured).toBeGreaterThan(0);
        expect(report.checked).toBeGreaterThan(0);
        expect(report.reordered).toEqual([]);
        expect(report.unisolated).toEqual([]);
      });
    }
  }

  test('the page title isolates the visit title', async ({ page }) => {
    await open(page, '&lang=en');
    const title = await page.title();
    expect(title.startsWith('\u2068')).toBe(true);
    expect(title.endsWith('\u2069 · Ziyara')).toBe(true);
  });

  test('the error list shows bidi controls as escapes, never raw', async ({ page }) => {
    const broken = minimalText.replace('"schemaVersion": 1,', `"schemaVersion": 1, "x": ${RLO}y,`);
    await page.route('**/crafted/broken.json', (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: broken }),
    );
    for (const lang of ['ar', 'en']) {
      await page.goto(`./?data=crafted/broken.json&lang=${lang}`);
      expect(await waitForState(page)).toBe('error');
      const shown = await page.getByRole('alert').innerText();
      expect(shown).toContain('\\u202e');
      expect(shown).not.toContain(RLO);
    }
  });

  test('the embed code writes an override in the title as a character reference', async ({
    page,
  }) => {
    await open(page, '&lang=en');
    await page.getByRole('button', { name: 'Embed' }).click();
    const code = await page.getByRole('dialog').locator('textarea').inputValue();
    // The frame's title is the visit's title, isolated, then the app's name.
    expect(code).toContain('title="&#x2068;&#x202E;Minimal test visit&#x2069; · Ziyara"');
    expect(code).not.toContain(RLO);
  });
});
