import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { waitForState } from './helpers';

/** Issue 15: the first screen is the headline, a one-line dek and the chart with its meetings. */

const say = (lang: 'ar' | 'en', ar: string, en: string) => (lang === 'ar' ? ar : en);

async function open(page: Page, query: string) {
  await page.goto(`./${query}`);
  expect(await waitForState(page)).toBe('ready');
  await page.evaluate(() => document.fonts.ready);
}

/** The first meeting on the chart: the top row of the meetings band (lanes fill in time order). */
async function firstMeeting(page: Page) {
  const marks = page.locator('[data-testid=tl-mark].meeting');
  await expect(marks.first()).toBeVisible();
  const boxes = await marks.evaluateAll((els) =>
    els.map((e) => {
      const r = e.getBoundingClientRect();
      return { x: r.x, y: r.y, w: r.width, h: r.height };
    }),
  );
  return boxes.reduce((a, b) => (b.y < a.y ? b : a));
}

for (const [width, height] of [
  [1280, 800],
  [360, 780],
] as const) {
  for (const lang of ['ar', 'en'] as const) {
    test(`${lang} ${width}×${height}: headline, a one-line dek and the first meeting on the first screen`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height });
      await open(page, `?lang=${lang}`);
      expect(await page.evaluate(() => scrollY)).toBe(0);
      const h1 = await page.getByRole('heading', { level: 1 }).boundingBox();
      expect(h1!.y + h1!.height).toBeLessThanOrEqual(height);
      // The dek is one line: the summary in full is behind "About this visit".
      const dek = page.locator('.masthead .dek');
      const lines = await dek.evaluate(
        (el) => el.getBoundingClientRect().height / parseFloat(getComputedStyle(el).lineHeight),
      );
      expect(lines).toBeLessThan(1.5);
      const m = await firstMeeting(page);
      expect(m.y, 'first meeting above the fold').toBeGreaterThanOrEqual(0);
      expect(m.y + m.h, 'first meeting above the fold').toBeLessThanOrEqual(height);
      expect(m.x).toBeGreaterThanOrEqual(0);
      expect(m.x + m.w).toBeLessThanOrEqual(width);
      // Nothing wider than the screen.
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
    });
  }
}

// One row of tools above the axis (two at 360 px), not four or five: measured 108 px from the
// section's top to the axis at 1280 px and 150 px at 360 px (225 and 267 with the old rows).
for (const [width, height, most] of [
  [1280, 800, 120],
  [360, 780, 170],
] as const) {
  for (const lang of ['ar', 'en'] as const) {
    test(`${lang} ${width}×${height}: the timeline's axis starts at most ${most} px below its section's top`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height });
      await open(page, `?lang=${lang}`);
      const top = (await page.getByTestId('timeline').boundingBox())!.y;
      const axis = (await page.locator('[data-testid=tl-svg] .axis').boundingBox())!.y;
      expect(axis - top).toBeLessThanOrEqual(most);
    });
  }
}

test('"About this visit" opens and closes the summary by keyboard', async ({ page }) => {
  await open(page, '?lang=en');
  const about = page.getByRole('button', { name: 'About this visit' });
  const dek = page.locator('.masthead .dek');
  const closed = (await dek.boundingBox())!.height;
  await about.focus();
  await page.keyboard.press('Enter');
  await expect(about).toHaveAttribute('aria-expanded', 'true');
  expect((await dek.boundingBox())!.height).toBeGreaterThan(closed * 2);
  await page.keyboard.press('Space');
  await expect(about).toHaveAttribute('aria-expanded', 'false');
  expect((await dek.boundingBox())!.height).toBe(closed);
});

for (const lang of ['ar', 'en'] as const) {
  test(`${lang}: the "More tools" menu works by keyboard (menu button pattern)`, async ({
    page,
  }) => {
    await open(page, `?lang=${lang}`);
    const button = page.getByRole('button', { name: say(lang, 'أدوات أخرى', 'More tools') });
    const menu = page.getByRole('menu');
    await expect(button).toHaveAttribute('aria-haspopup', 'menu');
    await expect(menu).toBeHidden();
    const printItem = page.getByRole('menuitem', {
      name: say(lang, 'احفظ PDF أو اطبع…', 'Print or save as PDF…'),
    });
    const fileItem = page.getByRole('menuitem', {
      name: say(lang, 'افتح ملف زيارة…', 'Open a visit file…'),
    });

    await button.focus();
    await page.keyboard.press('Enter');
    await expect(menu).toBeVisible();
    await expect(button).toHaveAttribute('aria-expanded', 'true');
    await expect(printItem).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(fileItem).toBeFocused();
    await page.keyboard.press('ArrowDown'); // wraps round
    await expect(printItem).toBeFocused();
    await page.keyboard.press('End');
    await expect(fileItem).toBeFocused();
    await page.keyboard.press('Home');
    await expect(printItem).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(menu).toBeHidden();
    await expect(button).toBeFocused();
    await expect(button).toHaveAttribute('aria-expanded', 'false');

    // ↑ opens on the last item; Tab leaves and closes.
    await page.keyboard.press('ArrowUp');
    await expect(fileItem).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(menu).toBeHidden();
    expect(await page.evaluate(() => !!document.activeElement?.closest('[role=menu]'))).toBe(false);

    // A click outside closes it too.
    await button.click();
    await expect(menu).toBeVisible();
    await page.getByRole('heading', { level: 1 }).click();
    await expect(menu).toBeHidden();
  });
}

test('printing shows the headline, both views, the legend and the sources, and no chrome', async ({
  page,
}) => {
  // Only the timeline on screen: paper still gets both views.
  await open(page, '?lang=en&view=timeline');
  await expect(page.locator('section.orgchart')).toHaveCount(0);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('section.orgchart')).toHaveCount(1);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // The timeline on paper is drawn again for the page's width (PrintTimeline), not the screen's.
  await expect(page.getByTestId('tl-print').locator('svg').first()).toBeVisible();
  await expect(page.getByTestId('tl-svg')).toBeHidden();
  await expect(page.locator('section.orgchart svg').first()).toBeVisible();
  // The legend prints open, the summary in full, the sources and where the page came from.
  await expect(page.getByText('Meeting on a known day')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Sources' })).toBeVisible();
  await expect(page.getByText('Printed from')).toBeVisible();
  const dek = page.locator('.masthead .dek');
  const lines = await dek.evaluate(
    (el) => el.getBoundingClientRect().height / parseFloat(getComputedStyle(el).lineHeight),
  );
  expect(lines).toBeGreaterThan(2);
  // No chrome: not one button, switch, menu or search box is drawn on paper. (The visiting
  // delegation's cards are buttons on screen, and content: they print, as cards.)
  const chrome = await page.evaluate(() =>
    [...document.querySelectorAll('button, input, select, fieldset, [role=menu], [role=toolbar]')]
      .filter((e) => !e.closest('section.guests'))
      .filter((e) => {
        const r = e.getBoundingClientRect();
        return r.width > 1 && r.height > 1 && getComputedStyle(e).visibility !== 'hidden';
      })
      .map((e) => e.getAttribute('aria-label') ?? e.textContent?.trim().slice(0, 40)),
  );
  expect(chrome).toEqual([]);
  // Both views are drawn, each within the page's width: the timeline fitted whole, the org
  // chart as one print-only tree per country (the on-screen, panned chart is not printed).
  const fits = await page.evaluate(() => {
    const within = (s: Element) => {
      const r = s.getBoundingClientRect();
      return r.width > 1 && r.height > 1 && r.right <= document.documentElement.clientWidth + 1;
    };
    return {
      timeline: [...document.querySelectorAll('main [data-testid="tl-print"] > svg')].map(within),
      trees: [...document.querySelectorAll('main section.orgchart .print-trees svg')].map(within),
    };
  });
  expect(fits.timeline).toEqual([true]);
  expect(fits.trees.length).toBeGreaterThan(0);
  expect(fits.trees.every(Boolean)).toBe(true);

  await page.emulateMedia({ media: 'screen' });
  await expect(page.locator('section.orgchart')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'More tools' })).toBeVisible();
});

test('a printed PDF (A4 and Letter) is made without error', async ({ page }) => {
  await open(page, '?lang=ar');
  for (const format of ['A4', 'Letter'] as const) {
    const pdf = await page.pdf({ format, printBackground: true });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    // More than one page of content: the timeline, the org chart, the sources.
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
    expect(pages).toBeGreaterThanOrEqual(2);
  }
  // The screen is as it was: printing put nothing in its way.
  await expect(page.getByRole('button', { name: 'أدوات أخرى' })).toBeVisible();
});

test('a headline breaks only at spaces, never after a hyphen in a name (320 px)', async ({
  page,
}) => {
  const visit = JSON.parse(readFileSync('data/visits/korea-2022.json', 'utf8'));
  visit.title.en =
    'Interior Minister Lee Sang-min and Vice-Minister Han Chang-seob meet the Al-Roumi delegation in Seoul';
  await page.route('**/visits/hyphens.json', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(visit) }),
  );
  for (const width of [320, 360, 420, 768]) {
    await page.setViewportSize({ width, height: 800 });
    await open(page, '?data=visits/hyphens.json&lang=en');
    const h1 = page.getByRole('heading', { level: 1 });
    await expect(h1).toContainText('Lee Sang-min');
    expect(await h1.evaluate((el) => getComputedStyle(el).hyphens)).toBe('manual');
    // Each hyphenated word sits on one line (its glyphs share one line top), whatever the
    // markup; and the text copies as typed, with hyphen-minus.
    const words = await h1.evaluate((el) => {
      const out: { word: string; lines: number }[] = [];
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      const text: { node: Text; at: number }[] = [];
      let all = '';
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        text.push({ node: n as Text, at: all.length });
        all += n.textContent;
      }
      const pos = (k: number) => {
        const t = [...text].reverse().find((x) => x.at <= k)!;
        return [t.node, k - t.at] as const;
      };
      for (const m of all.matchAll(/\S+-\S+/g)) {
        const r = document.createRange();
        r.setStart(...pos(m.index));
        r.setEnd(...pos(m.index + m[0].length - 1));
        const tops = new Set([...r.getClientRects()].map((b) => Math.round(b.top)));
        out.push({ word: m[0], lines: tops.size });
      }
      return out;
    });
    expect(words.map((w) => w.word)).toEqual([
      'Sang-min',
      'Vice-Minister',
      'Chang-seob',
      'Al-Roumi',
    ]);
    expect(
      words.every((w) => w.lines === 1),
      `at ${width} px: ${JSON.stringify(words)}`,
    ).toBe(true);
    expect(await h1.textContent()).toContain('Lee Sang-min and Vice-Minister');
    const h1Box = (await h1.boundingBox())!;
    expect(h1Box.x + h1Box.width).toBeLessThanOrEqual(width);
  }
});
