/**
 * The org chart of any real visit (issues 14 and 15), in Chromium: readable at its fitted size
 * (no text under 10 px) at 360 and 1280 px on both bundled visits, the gate's synthetic
 * three-country tour and a generated large tour; one tree per country under its heading, with
 * country buttons and an edge cue that reach the trees out of view; unnamed people described;
 * the file's own languages; what the sources are unsure of drawn dotted.
 */
import { expect, test, type Page } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import { waitForState } from './helpers';
import { attrAtRest } from './settle';
import { orgTourVisit } from '../fixtures/orgTour';

const section = (page: Page) => page.locator('section.orgchart');
const panned = (page: Page) => page.locator('section.orgchart svg.chart > g').first();

async function open(page: Page, query: string, width: number) {
  await page.setViewportSize({ width, height: 900 });
  // By path, not by glob: the page's own URL names the file in its query.
  const json = (body: string) => ({ status: 200, contentType: 'application/json', body });
  await page.route(
    (url) => url.pathname === '/tour-v2.json',
    (route) => route.fulfill(json(readFileSync('tests/fixtures/valid/tour-v2.json', 'utf8'))),
  );
  await page.route(
    (url) => url.pathname === '/generated-tour.json',
    (route) => route.fulfill(json(JSON.stringify(orgTourVisit(60)))),
  );
  await page.goto(`./?view=orgchart&${query}`);
  expect(await waitForState(page)).toBe('ready');
  await expect(page.getByRole('tree')).toBeVisible();
  await attrAtRest(panned(page), 'transform');
}

/** The smallest drawn size (px on screen) of the chart's texts in its viewport, and how many. */
const smallestText = (page: Page) =>
  page.evaluate(() => {
    const svg = document.querySelector('section.orgchart svg.chart')!;
    const vb = svg.getBoundingClientRect();
    let min = Infinity;
    let n = 0;
    for (const t of svg.querySelectorAll('text')) {
      const r = t.getBoundingClientRect();
      if (!r.width || r.right < vb.left || r.left > vb.right) continue;
      if (r.bottom < vb.top || r.top > vb.bottom) continue;
      const k = Math.hypot(t.getScreenCTM()?.a ?? 1, t.getScreenCTM()?.b ?? 0);
      min = Math.min(min, parseFloat(getComputedStyle(t).fontSize) * k);
      n++;
    }
    return { min, n };
  });

const VISITS = [
  ['korea-2022', 'visit=korea-2022'],
  ['uae-2023', 'visit=uae-2023'],
  ['tour-v2', 'data=/tour-v2.json'],
  ['generated tour', 'data=/generated-tour.json'],
] as const;

for (const [name, query] of VISITS)
  for (const width of [360, 1280])
    for (const lang of ['ar', 'en'] as const)
      test(`${name} at ${width} px (${lang}): fitted text is at least 10 px`, async ({
        page,
      }, info) => {
        await open(page, `${query}&lang=${lang}`, width);
        const { min, n } = await smallestText(page);
        expect(n).toBeGreaterThan(5);
        expect(min).toBeGreaterThanOrEqual(9.99);
        // The country whose tree is shown is named on screen.
        const heading = page.locator('.group .h.country').first();
        const hb = (await heading.boundingBox())!;
        const vb = (await page.locator('section.orgchart .viewport').boundingBox())!;
        expect(hb.x).toBeGreaterThanOrEqual(vb.x - 1);
        expect(hb.x + hb.width).toBeLessThanOrEqual(vb.x + vb.width + 1);
        const box = (await section(page).boundingBox())!;
        expect(box.x + box.width).toBeLessThanOrEqual(width + 0.5);
        await section(page).screenshot({
          path: info.outputPath(`orgchart-${name}-${lang}-${width}.png`),
        });
      });

test('a three-country tour: a tree per country, the cue and the buttons reach the others', async ({
  page,
}) => {
  await open(page, 'data=/tour-v2.json&lang=en', 360);
  await expect(page.locator('.group .h.country')).toHaveText([
    'Saudi Arabia',
    'Qatar',
    'Jordan',
    'International bodies',
  ]);
  const chips = page.getByRole('group', { name: 'Countries in the chart' });
  await expect(chips.getByRole('button', { name: 'Saudi Arabia' })).toHaveAttribute(
    'aria-current',
    'true',
  );
  const cue = page.locator('[data-cue="end"]');
  await expect(cue).toBeVisible();
  await expect(cue).toContainText('3 more');
  await cue.click();
  await expect(chips.getByRole('button', { name: 'Qatar' })).toHaveAttribute(
    'aria-current',
    'true',
  );
  await chips.getByRole('button', { name: 'International bodies' }).click();
  await attrAtRest(panned(page), 'transform');
  await expect(chips.getByRole('button', { name: 'International bodies' })).toHaveAttribute(
    'aria-current',
    'true',
  );
  await expect(page.locator('[data-cue="start"]')).toBeVisible();
  // The framed tree is readable too.
  expect((await smallestText(page)).min).toBeGreaterThanOrEqual(9.99);
});

test('unnamed officials are described, found by search, and detailed without a name', async ({
  page,
}) => {
  await open(page, 'data=/tour-v2.json&lang=en', 1280);
  const unnamed = page.locator('[data-item="p:sa-official"]');
  await expect(unnamed).toHaveAccessibleName(/^\u2068?An official, .*\(name not reported\)/);
  await page.getByRole('searchbox', { name: 'Find a name' }).fill('official');
  await expect(page.locator('.current')).toHaveCount(1);
  await unnamed.click();
  await expect(page.locator('#details-title')).toContainText('(name not reported)');
  await page.goto('./?view=orgchart&data=/tour-v2.json&lang=ar');
  expect(await waitForState(page)).toBe('ready');
  await expect(page.locator('[data-item="p:sa-official"]')).toHaveAccessibleName(
    /^\u2068?مسؤول، .*\(لم يُذكر الاسم\)/,
  );
});

test('languages come from the file: no Korean where the file has none', async ({ page }) => {
  await open(page, 'data=/tour-v2.json&lang=en', 1280);
  await expect(page.getByRole('checkbox', { name: 'Other scripts (Arabic)' })).toBeVisible();
  await expect(section(page)).not.toContainText('Korean');
  await expect(page.getByRole('searchbox')).toHaveAccessibleDescription(/Arabic(,)? or English/);
  expect(
    await page.evaluate(() => [...document.fonts].some((f) => f.family.includes('Plex Sans KR'))),
  ).toBe(false);
  await open(page, 'visit=korea-2022&lang=en', 1280);
  const other = page.getByRole('checkbox', { name: 'Other scripts (Arabic and Korean)' });
  const hangul = page.locator('svg.chart text', { hasText: '고진' });
  await expect(hangul).toHaveCount(0);
  const kr = () => page.evaluate(() => [...document.fonts].some((f) => f.family.includes('KR')));
  expect(await kr()).toBe(false);
  await other.check();
  await expect(hangul).toHaveCount(1);
  // The Korean faces come with the Korean names, not before.
  await expect.poll(kr).toBe(true);
});

test('what the sources are unsure of is dotted, tagged and in the legend', async ({ page }) => {
  await open(page, 'data=/tour-v2.json&lang=ar', 1280);
  const ceo = page.locator('[data-item="p:sa-ceo"]');
  await expect(ceo).toHaveAccessibleName(/\(مرجّح\)/);
  await expect(ceo.locator('.doubt-row')).toHaveCount(1);
  expect(
    await ceo.locator('.doubt-row').evaluate((e) => getComputedStyle(e).strokeDasharray),
  ).not.toBe('none');
  await expect(section(page).locator('.legend')).toContainText('خط منقّط');
  await expect(section(page).locator('.legend')).toContainText('شركة');
  await expect(section(page).locator('.legend')).toContainText('هيئة دولية');
});

for (const [format, label] of [
  ['text', 'SVG بنص قابل للتحرير'],
  ['outline', 'SVG بنص محوَّل إلى أشكال'],
] as const)
  test(`the whole-chart export (${format}) draws every country under its heading, dotted outlines kept`, async ({
    page,
  }, info) => {
    await open(page, 'visit=uae-2023&lang=ar', 1280);
    await page.evaluate(() => document.fonts.ready);
    const s = section(page);
    await s.getByRole('button', { name: 'تصدير', exact: true }).click();
    await s.getByRole('radio', { name: label }).check();
    await s.getByRole('radio', { name: 'المخطط كاملاً' }).check();
    const download = page.waitForEvent('download');
    await s.getByRole('button', { name: 'تنزيل' }).click();
    const xml = readFileSync((await (await download).path())!, 'utf8');
    if (format === 'text')
      for (const name of ['الإمارات العربية المتحدة', 'سويسرا', 'صربيا', 'هيئات دولية'])
        expect(xml).toContain(`>${name}</text>`);
    expect(xml).toMatch(/stroke-dasharray="2(px)?[ ,]+3(px)?"/);
    const file = `orgchart-uae-2023-ar-whole-${format}.svg`;
    writeFileSync(info.outputPath(file), xml);
    if (process.env.ZIYARA_SHOTS) writeFileSync(`${process.env.ZIYARA_SHOTS}/${file}`, xml);
  });

test('a 309-digit figure about an organization is formatted and wraps inside its panel', async ({
  page,
}) => {
  const visit = JSON.parse(readFileSync('tests/fixtures/valid/tour-v2.json', 'utf8'));
  visit.figures = [
    {
      id: 'huge',
      value: 1.7976931348623157e308,
      label: { ar: 'رقم طويل جدًا', en: 'a very long number' },
      subject: { type: 'organization', id: 'sa-investment' },
      sources: [visit.sources[0].id],
    },
  ];
  await page.route(
    (url) => url.pathname === '/huge.json',
    (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(visit) }),
  );
  await open(page, 'data=/huge.json&lang=en', 360);
  // The card's header, not its middle (a person's row): select it from the keyboard.
  await page.locator('[data-item="o:sa-investment"]').focus();
  await page.keyboard.press('Enter');
  const figure = page.locator('.entity-figures strong');
  await expect(figure).toContainText('179,769,313,486,231,570');
  const fb = (await figure.boundingBox())!;
  const panel = (await figure.locator('xpath=ancestor::article[1]').boundingBox())!;
  expect(fb.x).toBeGreaterThanOrEqual(panel.x - 0.5);
  expect(fb.x + fb.width).toBeLessThanOrEqual(panel.x + panel.width + 0.5);
  expect(fb.height).toBeGreaterThan(40); // wrapped over several lines
});

/** Card boxes (with their fold buttons) and the drawing's frame, in screen px. */
const cardBoxes = (page: Page) =>
  page.evaluate(() => {
    const svg = document.querySelector('section.orgchart .viewport svg.chart')!;
    const f = svg.getBoundingClientRect();
    const box = (r: DOMRect) => ({ l: r.left, r: r.right, t: r.top, b: r.bottom });
    const cards = [...svg.querySelectorAll('g.card')].map((g) => {
      const c = box(g.querySelector('rect.bg')!.getBoundingClientRect());
      const t = g.querySelector('.toggle')?.getBoundingClientRect();
      if (!t?.width) return c;
      return {
        l: Math.min(c.l, t.left),
        r: Math.max(c.r, t.right),
        t: c.t,
        b: Math.max(c.b, t.bottom),
      };
    });
    return { frame: box(f), cards };
  });
type B = { l: number; r: number; t: number; b: number };
const meets = (a: B, b: B) => a.l < b.r && b.l < a.r && a.t < b.b && b.t < a.b;
const holds = (o: B, i: B) => i.l >= o.l - 1 && i.r <= o.r + 1 && i.t >= o.t - 1 && i.b <= o.b + 1;

for (const lang of ['en', 'ar'])
  test(`uae-2023 at 1280 px (${lang}) opens with no card across the frame's edges`, async ({
    page,
  }) => {
    await open(page, `visit=uae-2023&lang=${lang}`, 1280);
    const { frame, cards } = await cardBoxes(page);
    const seen = cards.filter((c) => meets(c, frame));
    expect(seen.length).toBeGreaterThan(3);
    expect(seen.filter((c) => !holds(frame, c))).toEqual([]);
  });

for (const [query, lang] of [
  ['data=/tour-v2.json', 'en'],
  ['visit=uae-2023', 'ar'],
])
  test(`at 360 px the off-screen cue covers no card (${query}, ${lang}), and the country row says it has more`, async ({
    page,
  }) => {
    await open(page, `${query}&lang=${lang}`, 360);
    const cue = page.locator('[data-cue="end"]');
    await expect(cue).toBeVisible();
    const c = await cue.boundingBox();
    const { frame, cards } = await cardBoxes(page);
    const cueBox = { l: c!.x, r: c!.x + c!.width, t: c!.y, b: c!.y + c!.height };
    // Under the drawing, not over it: no card drawn in the frame meets the cue.
    expect(cueBox.t).toBeGreaterThanOrEqual(frame.b - 1);
    // (the drawing clips a card running off its bottom: what is drawn of it is inside the frame)
    const drawn = (k: B) => ({
      l: Math.max(k.l, frame.l),
      r: Math.min(k.r, frame.r),
      t: Math.max(k.t, frame.t),
      b: Math.min(k.b, frame.b),
    });
    expect(cards.filter((k) => meets(k, frame) && meets(drawn(k), cueBox))).toEqual([]);
    // A chip cut by the row's edge is under a fade that says "more this way".
    const row = page.getByRole('group', { name: lang === 'ar' ? /الدول/ : /Countries/ });
    const state = await row.evaluate((el) => {
      const r = el.getBoundingClientRect();
      const cut = [...el.querySelectorAll('button')].filter((b) => {
        const x = b.getBoundingClientRect();
        return x.left < r.left - 1 || x.right > r.right + 1;
      }).length;
      return { cut, fade: getComputedStyle(el).maskImage, end: el.classList.contains('more-end') };
    });
    expect(state.cut).toBeGreaterThan(0);
    expect(state.end).toBe(true);
    expect(state.fade).toContain('gradient');
    // Keyboard: Tab to the last chip scrolls the row to it; the end fade goes, the start one comes.
    const chips = row.getByRole('button');
    const n = await chips.count();
    await chips.first().focus();
    for (let i = 1; i < n; i++) await page.keyboard.press('Tab');
    await expect(chips.last()).toBeFocused();
    await expect(row).toHaveClass(/more-start/);
    await expect(row).not.toHaveClass(/more-end/);
    const last = await chips.last().boundingBox();
    const rb = await row.boundingBox();
    expect(last!.x).toBeGreaterThanOrEqual(rb!.x - 1);
    expect(last!.x + last!.width).toBeLessThanOrEqual(rb!.x + rb!.width + 1);
  });
