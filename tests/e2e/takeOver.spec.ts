/**
 * The take-over of a prerendered first view (issue 16, src/ssr/takeOver.ts): the live app mounts
 * out of sight beside the snapshot and replaces it once ready. It is not hydration (the app draws
 * its own DOM), so it must be invisible: nothing on the page moves when it happens (no layout
 * shift), and the charts' labels stand where the snapshot drew them, at each width the build
 * lays the page out at (an embed's also at 720 px). Web fonts are let in first: a face arriving
 * late moves text for reasons of its own (the page preloads them), not the swap's.
 */
import { expect, test, type Page } from '@playwright/test';

/** Chart labels of what is shown (the snapshot's displayed copy, or the live app). */
const labels = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('svg text')]
      .filter((t) => t.getClientRects().length > 0)
      .map((t) => {
        const b = t.getBoundingClientRect();
        return { text: t.textContent ?? '', x: b.x, y: b.y };
      })
      .filter((t) => t.text.trim()),
  );

for (const query of ['', '?lang=en', '?embed=1'])
  for (const width of query.includes('embed') ? [1280, 720, 360] : [1280, 360])
    test(`the take-over moves nothing (${query || 'plain'}, ${width} px)`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.addInitScript(() => {
        const w = window as unknown as { __shifts: { value: number; at: number }[] };
        w.__shifts = [];
        new PerformanceObserver((list) => {
          for (const e of list.getEntries())
            w.__shifts.push({ value: (e as unknown as { value: number }).value, at: e.startTime });
        }).observe({ type: 'layout-shift', buffered: true });
      });
      let release = () => {};
      const held = new Promise<void>((r) => (release = r));
      await page.route(/\/assets\/App-[^/]*\.js$/, async (route) => {
        await held;
        await route.continue();
      });
      await page.goto(`./${query}`);
      await expect(page.locator('#app > [data-prerendered] > [data-width]:visible')).toHaveCount(1);
      await page.evaluate(async () => {
        await document.fonts.ready;
        for (let i = 0; i < 2; i++) await new Promise((r) => requestAnimationFrame(r));
      });
      const before = await labels(page);
      const releasedAt = await page.evaluate(() => performance.now());
      release();
      await expect(page.locator('html')).toHaveAttribute('data-state', 'ready');
      await expect(page.locator('[data-prerendered]')).toHaveCount(0);
      await page.evaluate(async () => {
        for (let i = 0; i < 2; i++) await new Promise((r) => requestAnimationFrame(r));
      });
      const shift = await page.evaluate(
        (t) =>
          (window as unknown as { __shifts: { value: number; at: number }[] }).__shifts
            .filter((s) => s.at >= t)
            .reduce((sum, s) => sum + s.value, 0),
        releasedAt,
      );
      expect(shift, 'layout shift of the take-over').toBeLessThan(0.01);
      const after = await labels(page);
      expect(before.length).toBeGreaterThan(5);
      // Every label the snapshot showed is in the live chart, where it was (within a pixel).
      const moved = before.filter(
        (b) =>
          !after.some(
            (a) => a.text === b.text && Math.abs(a.x - b.x) <= 1 && Math.abs(a.y - b.y) <= 1,
          ),
      );
      expect(moved.map((m) => `${m.text} @${m.x.toFixed(0)},${m.y.toFixed(0)}`)).toEqual([]);
    });
