import { expect, test } from '@playwright/test';
import { waitForState } from './helpers';

test('at 360 px the org toolbar is one row above the chart, every control still reachable', async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto('./?lang=en&view=orgchart');
  expect(await waitForState(page)).toBe('ready');
  const bar = page.locator('section.orgchart .toolbar');
  await expect(bar).toBeVisible();
  const box = (await bar.boundingBox())!;
  expect(box.height).toBeLessThanOrEqual(56); // one row of 36 px controls (four rows before)
  // The page does not scroll sideways; the controls are all there, by name.
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  await expect(bar.getByRole('searchbox')).toBeVisible();
  expect(await bar.getByRole('button').count()).toBeGreaterThan(2);
});
