/**
 * The prerendered first view (issue 16): `npm run build` writes the app's first view — the
 * bundled default visit, in Arabic — into index.html (scripts/prerender.ts). Without JavaScript
 * the page still shows the visit, its meetings, the org chart and the sources; with it, the live
 * app takes over once ready and the snapshot is gone (one of each view, nothing doubled).
 *
 * Needs a build made with `npm run build` (or `vite build` then scripts/prerender.ts) in
 * ZIYARA_DIST; a plain `vite build` has no snapshot and these tests say so.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { waitForState } from './helpers';

const visit = JSON.parse(readFileSync('data/visits/korea-2022.json', 'utf8')) as {
  title: { ar: string };
  meetings: { title: { ar: string } }[];
  organizations: { side: string; name: { ar: string } }[];
  sources: { publisher: { ar: string } }[];
};
const SHOTS = process.env.ZIYARA_SHOTS ?? '/tmp/zh/render';

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the built page shows the visit, its meetings, the org chart and the sources', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto('./');
    const snapshot = page.locator('#app > [data-prerendered]');
    await expect(snapshot, 'index.html carries no prerendered first view').toHaveCount(1);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(visit.title.ar);
    // The meetings: the timeline's chart draws their titles.
    const timeline = page.getByTestId('timeline');
    await expect(timeline).toBeVisible();
    const drawn = (await timeline.locator('svg text').allTextContents()).join(' ');
    const titles = visit.meetings.map((m) => m.title.ar);
    const shown = titles.filter((t) => drawn.includes(t));
    expect(
      shown.length,
      `meeting titles drawn: ${shown.length} of ${titles.length}`,
    ).toBeGreaterThan(titles.length / 2);
    // The org chart: a tree with the host organizations' cards.
    const tree = page.locator('section.orgchart').getByRole('tree');
    await expect(tree).toBeVisible();
    const cards = (await tree.locator('text').allTextContents()).join(' ');
    const hosts = visit.organizations.filter((o) => o.side === 'host');
    for (const o of hosts.slice(0, 3))
      expect(cards.replace(/\s+/g, ' ')).toContain(o.name.ar.split(' ')[0]!);
    // The sources, by publisher.
    const body = await page.locator('body').innerText();
    for (const s of visit.sources) expect(body).toContain(s.publisher.ar);
    // Drawn, not just present: the chart has a size on screen.
    const box = await tree.boundingBox();
    expect(box?.width ?? 0).toBeGreaterThan(300);
    await page.screenshot({ path: `${SHOTS}/nojs.png`, fullPage: true });
  });
});

test('with JavaScript, the live app replaces the first view once ready: nothing doubled', async ({
  page,
}) => {
  await page.goto('./');
  expect(await waitForState(page)).toBe('ready');
  await expect(page.locator('[data-prerendered]')).toHaveCount(0);
  await expect(page.locator('section.orgchart')).toHaveCount(1);
  await expect(page.getByTestId('timeline')).toHaveCount(1);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(visit.title.ar);
});

test('the first view is drawn before the app runs: with the app held back, the chart shows', async ({
  page,
}) => {
  // Every script but the first one is held: what shows is index.html's own markup.
  await page.route(/\/assets\/.*\.js$/, (route) => route.abort());
  await page.goto('./');
  await expect(page.locator('section.orgchart').getByRole('tree')).toBeVisible();
  await expect(page.getByTestId('tl-svg')).toBeVisible();
  await expect(page.getByTestId('timeline').locator('svg text:visible').first()).toBeVisible();
});
