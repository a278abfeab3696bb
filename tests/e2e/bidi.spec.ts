/**
 * Bidi safety (issue 7): names carrying U+202E (right-to-left override) and unclosed isolates
 * (U+2066–2068) or a stray PDI cannot reorder the text around them — in the timeline's labels,
 * the org chart's cards, the details panel, the list view, the page title and the error list,
 * in Arabic and English. Checked twice: by where the characters of neighbouring strings land
 * on screen (an override that leaked would lay them out backwards), and by the structure
 * around every string that carries an override (an isolating element, a paragraph of its own,
 * or FSI…PDI that leaves nothing open).
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
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

/**
 * Every character of bidi class B (paragraph separator) and S (segment separator), from
 * DerivedBidiClass.txt. A B character ends every embedding, override and isolate (UAX #9, P1
 * and X8), so in a name it lets a following override out of `<bdi>` and FSI…PDI, and the
 * app's own text after the name is reordered (issue 12): the sources footer, the place row,
 * the editable SVG's footer.
 */
const B_AND_S: [string, string][] = [
  ['U+0009', '\u0009'],
  ['U+000A', '\u000A'],
  ['U+000B', '\u000B'],
  ['U+000D', '\u000D'],
  ['U+001C', '\u001C'],
  ['U+001D', '\u001D'],
  ['U+001E', '\u001E'],
  ['U+001F', '\u001F'],
  ['U+0085', '\u0085'],
  ['U+2029', '\u2029'],
];

/** Where each separator-plus-override goes, and the path the gate names when it refuses it. */
function separatorVisit(sep: string): { text: string; paths: string[] } {
  const cut = `${sep}${RLO}`;
  const v = minimal();
  // Sources footer, details sources, export credit: "publisher: title (date)".
  v.sources[0].publisher = { en: `Example News Agency${cut}`, ar: `وكالة الأنباء${cut}` };
  // The place row: "venue، Seoul".
  v.meetings[0].location.venue = { en: `Ministry building${cut}`, ar: `مبنى الوزارة${cut}` };
  // An org card (the host minister has no organization: the unaffiliated card) and the details.
  v.people[1].name = { en: `Host Minister${cut}`, ar: `الوزير المضيف${cut}` };
  // A timeline label followed by the app's words: "title (day not reported)".
  v.meetings[2].title = { en: `Working-group meeting${cut}`, ar: `اجتماع فريق العمل${cut}` };
  // The guest panel: "name, title, organization".
  v.organizations[1].name = { en: `Guest Ministry${cut}`, ar: `وزارة الضيف${cut}` };
  return {
    text: JSON.stringify(v),
    paths: [
      'sources[0].publisher',
      'meetings[0].location.venue',
      'people[1].name',
      'meetings[2].title',
      'organizations[1].name',
    ],
  };
}

/** Strings of the app next to those names, each a left-to-right run that must stay one. */
const SEPARATOR_NEIGHBOURS = {
  en: ['Example report on the visit', '13 May 2022', 'Seoul', 'Minister of Trade'],
  ar: ['Example report on the visit', '2022', 'Seoul', 'Minister of Trade'],
};

async function exportFile(section: Locator, format: 'editable' | 'outlined', lang: 'ar' | 'en') {
  const page = section.page();
  const NAMES = {
    button: { ar: 'تصدير', en: 'Export' },
    editable: { ar: 'SVG بنص قابل للتحرير', en: 'SVG, editable text' },
    outlined: { ar: 'SVG بنص محوَّل إلى أشكال', en: 'SVG, text as outlines' },
    download: { ar: 'تنزيل', en: 'Download' },
  };
  await section.getByRole('button', { name: NAMES.button[lang], exact: true }).click();
  await section.getByRole('radio', { name: NAMES[format][lang] }).check();
  const download = page.waitForEvent('download');
  await section.getByRole('button', { name: NAMES.download[lang] }).click();
  const xml = readFileSync((await (await download).path())!, 'utf8');
  await page.keyboard.press('Escape');
  return xml;
}

/** Share of pixels that differ between two SVG files drawn as images at the same size. */
function drawingDiff(page: Page, a: string, b: string): Promise<number> {
  const url = (xml: string) => `data:image/svg+xml;base64,${Buffer.from(xml).toString('base64')}`;
  return page.evaluate(
    async ([a, b]) => {
      const load = (src: string) =>
        new Promise<HTMLImageElement>((resolve, reject) => {
          const img = new Image();
          img.onload = () => resolve(img);
          img.onerror = reject;
          img.src = src;
        });
      const [ia, ib] = await Promise.all([load(a!), load(b!)]);
      const w = ia.naturalWidth;
      const h = ia.naturalHeight;
      const pixels = (img: HTMLImageElement) => {
        const c = document.createElement('canvas');
        c.width = w;
        c.height = h;
        const ctx = c.getContext('2d')!;
        ctx.fillStyle = '#fff';
        ctx.fillRect(0, 0, w, h);
        ctx.drawImage(img, 0, 0, w, h);
        return ctx.getImageData(0, 0, w, h).data;
      };
      const [pa, pb] = [pixels(ia), pixels(ib)];
      let differ = 0;
      for (let i = 0; i < pa.length; i += 4)
        if ([0, 1, 2].some((k) => Math.abs(pa[i + k]! - pb[i + k]!) > 48)) differ++;
      return differ / (w * h);
    },
    [url(a), url(b)],
  );
}

test.describe('a paragraph or segment separator in a name cannot free an override (issue 12)', () => {
  for (const [name, sep] of B_AND_S) {
    for (const lang of ['ar', 'en'] as const) {
      test(`${name} then U+202E (${lang})`, async ({ page }) => {
        test.setTimeout(180_000);
        const { text, paths } = separatorVisit(sep);
        await page.route('**/crafted/separator.json', (route) =>
          route.fulfill({ status: 200, contentType: 'application/json', body: text }),
        );
        await page.goto(`./?data=crafted/separator.json&lang=${lang}&sel=meeting:m-time`);
        const state = await waitForState(page);
        if (state === 'error') {
          // Refused by the gate: every field is named, and nothing of the visit is drawn.
          const alert = page.getByRole('alert');
          await expect(alert).toBeVisible();
          for (const path of paths) await expect(alert).toContainText(path);
          await expect(page.getByTestId('tl-svg')).toHaveCount(0);
          await expect(page.locator('section.orgchart')).toHaveCount(0);
          const shown = await page.evaluate(() => document.body.innerText);
          expect(shown).not.toContain(RLO);
          return;
        }
        // Accepted (normalised): the text around every name reads in order, on screen…
        expect(state).toBe('ready');
        await page.evaluate(() => document.fonts.ready);
        const needles = SEPARATOR_NEIGHBOURS[lang];
        const screen = await bidiReport(page, needles);
        expect(screen.measured).toBeGreaterThan(0);
        expect(screen.reordered).toEqual([]);
        expect(screen.unisolated).toEqual([]);
        // …and in both exports: the editable file's text (drawn by Chromium), and the outlined
        // file (our own bidi and shaping), which must draw the same.
        const section = page.getByTestId('timeline');
        const editable = await exportFile(section, 'editable', lang);
        const outlined = await exportFile(section, 'outlined', lang);
        await page.setContent(editable.replace(/^<\?xml[^>]*>\n/, ''));
        await page.evaluate(() => document.fonts.ready);
        const file = await bidiReport(page, lang === 'en' ? ['13 May 2022'] : ['2022']);
        expect(file.measured).toBeGreaterThan(0);
        expect(file.reordered).toEqual([]);
        expect(await drawingDiff(page, editable, outlined)).toBeLessThan(0.01);
      });
    }
  }

  test('a line feed in a summary (long text keeps it) frees no override', async ({ page }) => {
    const v = minimal();
    v.meetings[0].summary = { en: `First paragraph.\n${RLO}Second paragraph.` };
    await page.route('**/crafted/summary.json', (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(v) }),
    );
    for (const lang of ['ar', 'en'] as const) {
      await page.goto(`./?data=crafted/summary.json&lang=${lang}&sel=meeting:m-time`);
      expect(await waitForState(page)).toBe('ready');
      await expect(page.getByTestId('details')).toContainText('Second paragraph');
      const report = await bidiReport(page, [
        'Example report on the visit',
        'Seoul',
        'Guest Minister',
      ]);
      expect(report.measured).toBeGreaterThan(0);
      expect(report.reordered).toEqual([]);
      expect(report.unisolated).toEqual([]);
    }
  });
});

test.describe('the words the timeline adds to a label', () => {
  // Found with the separator tests above: a month-precision meeting is labelled
  // "title (day not reported)", and the title was not isolated inside the label, so an override
  // in it reversed the app's "(day not reported)". The label now isolates the title.
  test('an override in a month meeting\'s title does not reverse "(day not reported)"', async ({
    page,
  }) => {
    const v = minimal();
    v.meetings[2].title = { en: `${RLO}Working-group meeting` };
    await page.route('**/crafted/month.json', (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(v) }),
    );
    await page.goto('./?data=crafted/month.json&lang=en&view=timeline');
    expect(await waitForState(page)).toBe('ready');
    await page.evaluate(() => document.fonts.ready);
    const report = await bidiReport(page, ['day not reported']);
    expect(report.measured).toBeGreaterThan(0);
    expect(report.reordered).toEqual([]);
  });
});
