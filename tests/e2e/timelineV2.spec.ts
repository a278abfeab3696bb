/**
 * The timeline's side of format v2 (issue 14) in a real browser, on the bundled visits and on
 * the synthetic three-country tour: a day not reported drawn as a bracket, never a filled bar;
 * records the sources are not sure of drawn with a dotted outline and worded "(likely)"; same-day
 * items with no sourced order in one column with a shared bracket and under one heading in the
 * list; a glyph, a legend entry and a filter per engagement kind; timed items in their city's
 * time; other countries' participants in the details; and the same marks in an exported file.
 */
import { existsSync, readFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { serveFixtures, waitForState } from './helpers';

const open = async (page: Page, query: string) => {
  await page.goto(`./${query}`);
  expect(await waitForState(page)).toBe('ready');
};
const mark = (page: Page, id: string) => page.locator(`[data-testid=tl-mark][data-id="${id}"]`);
const section = (page: Page) => page.getByTestId('timeline');
const details = (page: Page) => page.getByTestId('details');
const listButton = (page: Page, lang: 'ar' | 'en') =>
  section(page).getByRole('button', { name: lang === 'en' ? 'List' : 'قائمة', exact: true });
const box = async (l: Locator) => (await l.boundingBox())!;
/**
 * Brings item `id` onto the chart as a reader would: from the first item, the arrow keys in
 * time order (each step zooms and pans as far as showing the item takes).
 */
async function reveal(page: Page, id: string, dir: 'ltr' | 'rtl' = 'ltr') {
  const first = section(page).locator('[data-testid=tl-mark]').first();
  await first.focus();
  await page.keyboard.press('Home');
  const next = dir === 'ltr' ? 'ArrowRight' : 'ArrowLeft';
  for (let i = 0; i < 80; i++) {
    const at = await page.evaluate(() => document.activeElement?.getAttribute('data-id'));
    if (at === id) return mark(page, id);
    await page.keyboard.press(next);
  }
  throw new Error(`${id} not reached by keyboard`);
}

test.describe('format v2 on the timeline: the bundled visits', () => {
  test('a day not reported is a bracket over its range, never a filled bar', async ({ page }) => {
    await open(page, '?visit=uae-2023&lang=en');
    const results = await reveal(page, 'e-results-briefing');
    await expect(results).toHaveAttribute(
      'aria-label',
      /between 15 and 17 January 2023 \(day not reported\)/,
    );
    await expect(results.locator('path.bracket')).toHaveCount(1);
    await expect(results.locator('rect.ev-line, rect.ev-span, rect.bar')).toHaveCount(0);
    // The bracket spans three days: as wide as a three-day range on the axis.
    const svg = section(page).getByTestId('tl-svg');
    const [a, b] = ((await svg.getAttribute('data-range')) ?? '').split(',').map(Number);
    const perDay = ((await box(svg)).width / (b! - a!)) * 86_400_000;
    const bracket = await box(results.locator('path.bracket'));
    // (Within a tenth: the bounding box holds the stroke of its end ticks.)
    expect(Math.abs(bracket.width / (3 * perDay) - 1)).toBeLessThan(0.1);
    expect(await results.locator('path.bracket').evaluate((p) => getComputedStyle(p).fill)).toBe(
      'none',
    );

    // Meetings known only by their month (the first bundled visit) no longer fill the month.
    await open(page, '?visit=korea-2022&lang=en');
    const month = mark(page, 'meeting-bang-moon-kyu');
    await expect(month.locator('path.bracket')).toHaveCount(1);
    await expect(month.locator('rect.span, rect.bar')).toHaveCount(0);
  });

  test('an item the sources are not sure of: dotted outline, "(likely)" everywhere', async ({
    page,
  }) => {
    await open(page, '?visit=uae-2023&lang=en');
    const likely = mark(page, 'm06-one-on-one');
    await expect(likely).toHaveAttribute('data-confidence', 'likely');
    const outline = likely.locator('rect.conf-outline');
    await expect(outline).toHaveCount(1);
    // A dash pattern, not a colour: readable without colour vision.
    expect(await outline.evaluate((r) => getComputedStyle(r).strokeDasharray)).not.toBe('none');
    await expect(mark(page, 'm05-mou-signing').locator('rect.conf-outline')).toHaveCount(0);
    await expect(likely.locator('text.label')).toHaveText(/One-on-one talks\u2069? \(likely\)/);
    await expect(likely).toHaveAttribute('aria-label', /^One-on-one talks \(likely\)/);

    await likely.hover();
    await expect(page.getByTestId('tl-tooltip')).toContainText('One-on-one talks (likely)');
    await likely.click();
    await expect(details(page).getByRole('heading', { level: 2 })).toHaveText(
      'One-on-one talks (likely)',
    );
    await expect(details(page).getByTestId('dt-unsure')).toContainText('Participants: likely');
    await expect(details(page).getByTestId('dt-unsure')).toContainText('one-on-one');

    const legend = section(page).locator('details.legend');
    await legend.locator('summary').click();
    await expect(legend.locator('li[data-kind=unsure]')).toHaveText(
      'Dotted outline: likely or unconfirmed',
    );
  });

  test('the same in Arabic: "(مرجّح)", the legend entry and "between"', async ({ page }) => {
    await open(page, '?visit=uae-2023');
    await expect(mark(page, 'm06-one-on-one')).toHaveAttribute('aria-label', /^.+ \(مرجّح\)/);
    await expect(await reveal(page, 'e-results-briefing', 'rtl')).toHaveAttribute(
      'aria-label',
      /بين 15 و/,
    );
    const legend = section(page).locator('details.legend');
    await legend.locator('summary').click();
    await expect(legend.locator('li[data-kind=unsure]')).toHaveText('إطار منقّط: مرجّح أو غير مؤكد');
    await expect(legend.locator('li[data-kind=sameday]')).toHaveText(
      'في اليوم نفسه، الترتيب غير مذكور',
    );
  });

  /** The three meetings of 18 January 2023: no time, no order; alphabetical top to bottom. */
  const JAN18 = ['m25-korea-night', 'm23-ceo-luncheon', 'm24-vestas'];
  const SAME_DAY = { en: 'same day, order not reported', ar: 'في اليوم نفسه، الترتيب غير مذكور' };
  /** They stand in one column, the same-day bracket before its start edge (left in English). */
  async function expectColumn(page: Page, lang: 'en' | 'ar' = 'en') {
    const bars = await Promise.all(JAN18.map((id) => box(mark(page, id).locator('rect.bar'))));
    expect(new Set(bars.map((b) => Math.round(b.x))).size).toBe(1);
    expect(bars[1]!.y).toBeGreaterThan(bars[0]!.y);
    expect(bars[2]!.y).toBeGreaterThan(bars[1]!.y);
    const svg = await box(section(page).getByTestId('tl-svg'));
    const cues = section(page).getByTestId('tl-same-day');
    // The bracket of this column: the one nearest its start edge (other days have theirs).
    const start = lang === 'en' ? bars[0]!.x : bars[0]!.x + bars[0]!.width;
    const all = await Promise.all((await cues.all()).map((c) => box(c)));
    const near = (c: (typeof all)[number]) => Math.abs(c.x + c.width / 2 - start);
    const cue = all.sort((p, q) => near(p) - near(q))[0]!;
    expect(cue.height).toBeGreaterThan(bars[2]!.y - bars[0]!.y);
    if (lang === 'en') expect(cue.x + cue.width).toBeLessThanOrEqual(bars[0]!.x + 1);
    else expect(cue.x).toBeGreaterThanOrEqual(bars[0]!.x + bars[0]!.width - 1);
    // Drawn in the chart, not cut off at its edge.
    expect(cue.x).toBeGreaterThanOrEqual(svg.x);
    expect(cue.x + cue.width).toBeLessThanOrEqual(svg.x + svg.width);
    for (const id of JAN18)
      await expect(mark(page, id)).toHaveAttribute('aria-label', new RegExp(SAME_DAY[lang]));
  }

  test('same-day items without an order stand in one column, not in a sequence', async ({
    page,
  }) => {
    // A shared link around 18 January: the range it holds wins over the opening view (the
    // visit's first days), and that day is drawn whole (issue 14).
    const from = '2023-01-17T21:00';
    const to = '2023-01-19T03:00';
    await open(page, `?visit=uae-2023&lang=en&from=${from}&to=${to}`);
    const [a, b] = ((await section(page).getByTestId('tl-svg').getAttribute('data-range')) ?? '')
      .split(',')
      .map(Number);
    expect(Math.abs(a! - Date.parse(`${from}Z`))).toBeLessThan(60_000);
    expect(Math.abs(b! - Date.parse(`${to}Z`))).toBeLessThan(60_000);
    await expect(section(page).getByTestId('tl-cluster')).toHaveCount(0);
    await expectColumn(page);
    // Hovered, a member says so in words.
    await mark(page, JAN18[0]!).hover();
    await expect(section(page).getByTestId('tl-tooltip')).toContainText(
      'same day, order not reported',
    );

    // Items with an order (15 January, 1–6) keep their sourced sequence and get no cue.
    await expect(await reveal(page, 'm04-expanded-talks')).not.toHaveAttribute(
      'aria-label',
      /same day/,
    );

    await listButton(page, 'en').click();
    const heading = section(page).getByTestId('tl-list-group').first();
    await expect(heading).toHaveText('15 January 2023 · same day, order not reported');
    const rows = section(page).locator('[data-testid=tl-list-row]');
    const order = await rows.evaluateAll((r) => r.map((x) => x.getAttribute('data-id')));
    const at = order.indexOf('m09-grand-mosque');
    // The group's members together, under the heading, alphabetically.
    expect(order.slice(at - 1, at + 2).sort()).toEqual(
      ['m09-grand-mosque', 'm10-noura-al-kaabi', 'm11-fatima-dinner'].sort(),
    );
  });

  for (const lang of ['en', 'ar'] as const)
    test(`with no link, the keyboard reaches 18 January's column (${lang})`, async ({ page }) => {
      // The chart opens on the visit's first days; a reader walks on to 18 January.
      await open(page, `?visit=uae-2023&lang=${lang}`);
      await reveal(page, JAN18[0]!, lang === 'en' ? 'ltr' : 'rtl');
      await expectColumn(page, lang);
      await expect(section(page).getByTestId('tl-tooltip')).toContainText(SAME_DAY[lang]);
    });

  test('each engagement kind has a glyph, a legend entry and a filter', async ({ page }) => {
    await open(page, '?visit=uae-2023&lang=en');
    await reveal(page, 'm13-adsw-keynote');
    await expect(mark(page, 'm13-adsw-keynote').getByTestId('tl-glyph')).toHaveAttribute(
      'data-kind',
      'talk',
    );
    await expect(mark(page, 'm13-adsw-keynote')).toHaveAttribute('aria-label', /, Talk, /);
    const legend = section(page).locator('details.legend');
    await legend.locator('summary').click();
    const kinds = await legend
      .locator('li[data-kind^=kind-]')
      .evaluateAll((l) => l.map((x) => x.getAttribute('data-kind')));
    // Only the kinds the visit has (it has no press event).
    expect(kinds.sort()).toEqual(
      ['ceremony', 'meal', 'meeting', 'other', 'signing', 'site-visit', 'talk']
        .map((k) => `kind-${k}`)
        .sort(),
    );
    await expect(legend.locator('li[data-kind=kind-talk]')).toHaveText('Talk');

    await section(page).getByText('Filter', { exact: true }).click();
    const facet = section(page).getByRole('group', { name: 'Kind' });
    await facet.getByRole('checkbox', { name: /Talk/ }).check();
    await expect(mark(page, 'm13-adsw-keynote')).not.toHaveClass(/faded/);
    await expect(mark(page, 'm05-mou-signing')).toHaveClass(/faded/);

    // A visit of meetings only draws no glyphs and explains none.
    await open(page, '?visit=korea-2022&lang=en');
    await expect(section(page).getByTestId('tl-glyph')).toHaveCount(0);
  });

  test('a timed item says whose clock: "16:30 Abu Dhabi time"', async ({ page }) => {
    await open(page, '?visit=uae-2023&lang=en');
    const arrival = mark(page, 'm01-arrival');
    await expect(arrival).toHaveAttribute('aria-label', /16:30 Abu Dhabi time/);
    await arrival.click();
    await expect(details(page)).toContainText('16:30 Abu Dhabi time');
    await open(page, '?visit=uae-2023');
    await expect(mark(page, 'm01-arrival')).toHaveAttribute('aria-label', /بتوقيت أبوظبي/);
  });

  test("a meeting with other countries' officials lists them in the details", async ({ page }) => {
    // 19 January, Davos: past the opening view's first days, reached as a reader would.
    await open(page, '?visit=uae-2023&lang=en');
    await (await reveal(page, 'm26-wef-address')).click();
    await expect(details(page)).toContainText('Other countries and bodies');
    await expect(details(page).getByRole('button', { name: /Klaus Schwab/ })).toBeVisible();
  });

  test('an exported whole chart draws and explains the same marks', async ({ page }) => {
    await open(page, '?visit=uae-2023&lang=en');
    await page.evaluate(() => document.fonts.ready);
    const s = section(page);
    await s.getByRole('button', { name: 'Export', exact: true }).click();
    await s.getByRole('radio', { name: 'SVG, editable text' }).check();
    await s.getByRole('radio', { name: 'Whole chart' }).check();
    const download = page.waitForEvent('download');
    await s.getByRole('button', { name: 'Download' }).click();
    const xml = readFileSync((await (await download).path())!, 'utf8');
    // The dotted outline, the brackets and the glyphs are in the drawing…
    expect(xml).toMatch(/stroke-dasharray="0\.1(px)?,? 3(px)?"/);
    expect(xml).toContain('v10M');
    // …and the legend explains them, and nothing the drawing lacks.
    expect(xml).toContain('Dotted outline: likely or unconfirmed');
    expect(xml).toContain('Same day, order not reported');
    expect(xml).toContain('A day not reported, within this range');
    expect(xml).toContain('>\u2068Talk\u2069<');
    expect(xml).not.toContain('Press event');
  });
});

const TOUR = 'tests/fixtures/valid/tour-v2.json';

test.describe('format v2 on the timeline: the synthetic three-country tour', () => {
  test.skip(!existsSync(TOUR), 'the gate helper adds tests/fixtures/valid/tour-v2.json');

  test('draws its v2 marks on the chart, with their words', async ({ page }) => {
    await serveFixtures(page);
    await open(page, '?data=fixtures/valid/tour-v2.json&lang=en');
    await expect(mark(page, 'm-sa-talks')).toHaveAttribute('aria-label', /15:00–16:30 Riyadh time/);
    await expect(mark(page, 'm-forum-talk').locator('path.bracket')).toHaveCount(1);
    await expect(mark(page, 'm-forum-talk')).toHaveAttribute('aria-label', /between 4 and 5 March/);
    const press = mark(page, 'm-qa-press');
    await expect(press).toHaveAttribute('aria-label', /\(unconfirmed\)/);
    await expect(press.locator('rect.conf-outline')).toHaveCount(1);
    await expect(press.getByTestId('tl-glyph')).toHaveAttribute('data-kind', 'press');
    // 6 March: two engagements, no time, no part of the day, no order: one column, one
    // bracket. (5 and 7 March each have one in the afternoon or evening: a sequence.)
    await expect(section(page).getByTestId('tl-same-day')).toHaveCount(1);
    for (const id of ['m-qa-talks', 'm-qa-lunch'])
      await expect(mark(page, id)).toHaveAttribute('aria-label', /same day, order not reported/);
    await expect(mark(page, 'm-sa-signing')).not.toHaveAttribute('aria-label', /same day/);
    await mark(page, 'm-jo-meeting').click();
    await expect(details(page)).toContainText('Other countries and bodies');
    await expect(details(page).getByTestId('dt-unsure')).toBeVisible();

    await open(page, '?data=fixtures/valid/tour-v2.json');
    await expect(mark(page, 'm-qa-press')).toHaveAttribute('aria-label', /\(غير مؤكد\)/);
    await expect(mark(page, 'm-forum-talk')).toHaveAttribute('aria-label', /بين 4 و5 مارس/);
  });

  test('draws every item, in English and Arabic, with the v2 marks it uses', async ({ page }) => {
    const tour = JSON.parse(readFileSync(TOUR, 'utf8')) as {
      meetings: {
        id: string;
        kind?: string;
        date: { precision: string };
        provenance?: { confidence: string }[];
      }[];
      events?: { id: string }[];
    };
    await serveFixtures(page);
    for (const lang of ['en', 'ar'] as const) {
      await open(page, `?data=fixtures/valid/tour-v2.json&lang=${lang}`);
      await listButton(page, lang).click();
      const rows = section(page).locator('[data-testid=tl-list-row]');
      await expect(rows).toHaveCount(tour.meetings.length + (tour.events?.length ?? 0));
      for (const m of tour.meetings.filter((x) => x.date.precision === 'between'))
        await expect(
          section(page).locator(`[data-testid=tl-list-row][data-id="${m.id}"]`),
        ).toContainText(lang === 'en' ? 'day not reported' : 'اليوم');
      const unsure = tour.meetings.filter((m) =>
        (m.provenance ?? []).some((p) => p.confidence !== 'confirmed'),
      );
      for (const m of unsure)
        await expect(
          section(page).locator(`[data-testid=tl-list-row][data-id="${m.id}"]`),
        ).toContainText(lang === 'en' ? /\((likely|unconfirmed)\)/ : /\((مرجّح|غير مؤكد)\)/);
    }
  });
});
