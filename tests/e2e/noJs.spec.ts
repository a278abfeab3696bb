/**
 * The prerendered first views (issue 16): `npm run build` draws the bundled default visit for
 * the plain page and its embed (`?embed=1`), in Arabic and English (`lang=en`), at 1280 and
 * 360 px (scripts/prerender.ts, src/ssr/snapshots.ts). index.html carries the Arabic page; the
 * first script fetches the others for their address. Without JavaScript the page still shows
 * the visit, its meetings, the org chart and the sources; with the app's code held back, so does
 * every prerendered address; with it, the live app takes over once ready and the snapshot is
 * gone (one of each view, nothing doubled).
 *
 * Needs a build made with `npm run build` (or `vite build` then scripts/prerender.ts) in
 * ZIYARA_DIST; a plain `vite build` has no snapshot and these tests say so.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { waitForState } from './helpers';

type Text = { ar: string; en: string };
const visit = JSON.parse(readFileSync('data/visits/korea-2022.json', 'utf8')) as {
  title: Text;
  meetings: { title: Text }[];
  organizations: { side: string; name: Text }[];
  sources: { publisher: Text }[];
};
const SHOTS = process.env.ZIYARA_SHOTS ?? '/tmp/zh/render';

/** What a reader sees of the snapshot for `key` in `lang`: the visit, meetings, chart, sources. */
async function showsTheVisit(page: Page, key: string, lang: 'ar' | 'en', width: number) {
  const snapshot = page.locator(`#app > [data-prerendered="${key}"]`);
  await expect(snapshot, `the page shows no prerendered ${key} view`).toHaveCount(1);
  // Laid out at the nearer of its two widths: one shown, the other not.
  const shown = snapshot.locator('> [data-width]:visible');
  await expect(shown).toHaveCount(1);
  await expect(shown).toHaveAttribute('data-width', width < 800 ? '360' : '1280');
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
  await expect(shown.getByRole('heading', { level: 1 })).toContainText(visit.title[lang]);
  // The meetings: the timeline's chart draws their titles.
  const timeline = shown.getByTestId('timeline');
  await expect(timeline).toBeVisible();
  // A label is the title, or the title shortened between words ("Meeting with Bang…"), then
  // its qualifiers ("(day not reported)"): what is left before them is a word-prefix of it.
  const names = (await timeline.locator('svg text').allTextContents()).map((t) =>
    t
      .replace(/[\u2066-\u2069]/g, '')
      .split(/…| \(/)[0]!
      .trim(),
  );
  const titles = visit.meetings.map((m) => m.title[lang]);
  // Each drawn label counts once, for the title it is (a label "Meeting…" is not seven).
  const found = names.filter(
    (n) => n.length > 0 && titles.some((t) => t === n || t.startsWith(`${n} `)),
  );
  expect(found.length, `meeting titles drawn: ${found.length} of ${titles.length}`).toBeGreaterThan(
    titles.length / 2,
  );
  // The org chart: a tree with the host organizations' cards, drawn with a size on screen.
  const tree = shown.locator('section.orgchart').getByRole('tree');
  await expect(tree).toBeVisible();
  const cards = (await tree.locator('text').allTextContents()).join(' ').replace(/\s+/g, ' ');
  for (const o of visit.organizations.filter((o) => o.side === 'host').slice(0, 3))
    expect(cards).toContain(o.name[lang].split(' ')[0]!);
  const box = await tree.boundingBox();
  expect(box?.width ?? 0).toBeGreaterThan(Math.min(300, width / 3));
  // The sources, by publisher (an embed folds them into a <details>, which opens without code).
  const folded = shown.locator('details.sources > summary');
  if (await folded.count()) await folded.click();
  const body = await shown.innerText();
  for (const s of visit.sources) expect(body).toContain(s.publisher[lang]);
  // Nothing wider than the window: the page does not scroll sideways.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
    width,
  );
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  for (const width of [1280, 360])
    test(`the built page shows the visit, its meetings, the org chart and the sources (${width} px)`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto('./');
      await showsTheVisit(page, 'ar', 'ar', width);
      await page.screenshot({ path: `${SHOTS}/nojs-${width}.png`, fullPage: true });
    });
});

test.describe('with the app held back, each prerendered address shows its own first view', () => {
  for (const [query, key, lang] of [
    ['', 'ar', 'ar'],
    ['?lang=en', 'en', 'en'],
    ['?embed=1', 'embed-ar', 'ar'],
    ['?embed=1&lang=en', 'embed-en', 'en'],
  ] as const)
    for (const width of [1280, 360])
      test(`${query || 'the plain page'} at ${width} px`, async ({ page }) => {
        // The first script runs (it picks the snapshot); the app itself never arrives.
        await page.route(/\/assets\/App-[^/]*\.js$/, (route) => route.abort());
        await page.setViewportSize({ width, height: 900 });
        await page.goto(`./${query}`);
        await showsTheVisit(page, key, lang, width);
        if (key.startsWith('embed'))
          await expect(page.locator('html')).toHaveAttribute('data-embed', '');
      });
});

test('an address without a snapshot never shows the default one', async ({ page }) => {
  await page.route(/\/assets\/App-[^/]*\.js$/, (route) => route.abort());
  await page.goto('./?view=orgchart');
  // The first script has run (it is render-blocking): the page's snapshot is gone.
  await expect(page.locator('html')).toHaveAttribute('data-state', 'loading');
  await expect(page.locator('[data-prerendered]')).toHaveCount(0);
});

for (const query of ['', '?lang=en', '?embed=1'])
  test(`with JavaScript, the live app replaces the first view once ready: nothing doubled (${query || 'plain'})`, async ({
    page,
  }) => {
    await page.goto(`./${query}`);
    expect(await waitForState(page)).toBe('ready');
    await expect(page.locator('[data-prerendered]')).toHaveCount(0);
    await expect(page.locator('section.orgchart')).toHaveCount(1);
    await expect(page.getByTestId('timeline')).toHaveCount(1);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(
      visit.title[query.includes('en') ? 'en' : 'ar'],
    );
  });
