/**
 * "Whole chart" export (issue 5): both views draw their whole chart off screen from the pure
 * layouts, so the file holds every unfolded card / every meeting whatever the reader's zoom,
 * pan or culling — where the current-view file does not. Files are read as a user gets them
 * (the download), then shown on their own as an `<img>` in Chromium.
 *
 * Each file is also written to $ZIYARA_SHOTS (default /tmp/h1-shots) for a look by eye.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { generateVisit } from '../fixtures/synthetic';
import { shownMark, waitForState } from './helpers';
import { attrAtRest, viewsPlaced } from './settle';

const SHOTS = process.env.ZIYARA_SHOTS ?? '/tmp/h1-shots';
mkdirSync(SHOTS, { recursive: true });

const bundled = JSON.parse(readFileSync('data/visits/korea-2022.json', 'utf8')) as {
  organizations: { side: string; name: { ar: string } }[];
  meetings: { title: { ar: string } }[];
};
/** A visit with 300 host organizations: 1 root, 12 below it, the rest one level further. */
const big = generateVisit({ seed: 5, meetings: 60, organizations: 300 });

type Area = 'current' | 'whole';
type Format = 'svg-text' | 'svg-outline';
const FORMAT = { 'svg-text': 'SVG بنص قابل للتحرير', 'svg-outline': 'SVG بنص محوَّل إلى أشكال' };
const AREA = { current: 'العرض الحالي', whole: 'المخطط كاملاً' };

async function open(page: Page, query = '') {
  await page.goto(`./${query}`);
  expect(await waitForState(page)).toBe('ready');
  await page.evaluate(() => document.fonts.ready);
}

async function serveBig(page: Page) {
  const body = JSON.stringify(big);
  await page.route('**/visits/big-orgs.json', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body }),
  );
  await open(page, '?data=visits/big-orgs.json');
}

const orgSection = (page: Page) => page.locator('section.orgchart');
const tlSection = (page: Page) => page.getByTestId('timeline');

/** Downloads the chart of `section` through its export menu; the file, its time and size. */
async function exportFrom(section: Locator, area: Area, format: Format = 'svg-text', name = '') {
  const page = section.page();
  await section.getByRole('button', { name: 'تصدير', exact: true }).click();
  await section.getByRole('radio', { name: FORMAT[format] }).check();
  await section.getByRole('radio', { name: AREA[area] }).check();
  const download = page.waitForEvent('download');
  await section.getByRole('button', { name: 'تنزيل' }).click();
  const file = await download;
  const xml = readFileSync((await file.path())!, 'utf8');
  const status = section.getByRole('dialog').getByRole('status');
  await expect(status).toHaveAttribute('data-ms', /\d/);
  const ms = Number(await status.getAttribute('data-ms'));
  await page.keyboard.press('Escape');
  if (name) writeFileSync(join(SHOTS, name), xml);
  return { xml, filename: file.suggestedFilename(), ms, bytes: Buffer.byteLength(xml) };
}

/** All text the file draws as text, bidi controls dropped and spaces collapsed. */
function textOf(xml: string): string {
  const unescape = (s: string) =>
    s
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&');
  return [...xml.matchAll(/<text[^>]*>([^<]*)<\/text>/g)]
    .map((m) => unescape(m[1]!).replace(/[\u2066-\u2069\u200e\u200f]/g, ''))
    .join(' ')
    .replace(/\s+/g, ' ');
}

/** How many times `name` is drawn (a name wrapped over lines reads with a space between). */
const countIn = (text: string, name: string) => text.split(name).length - 1;

/** Names of `names` drawn fewer times than they occur in it. */
function missing(text: string, names: string[]): string[] {
  const need = new Map<string, number>();
  for (const n of names) need.set(n, (need.get(n) ?? 0) + 1);
  return [...need].filter(([n, k]) => countIn(text, n) < k).map(([n]) => n);
}

/** The file shown as an `<img>`: its natural size, and whether anything is drawn on it. */
async function asImage(page: Page, xml: string) {
  return page.evaluate(async (xml) => {
    const img = new Image();
    img.src = URL.createObjectURL(new Blob([xml], { type: 'image/svg+xml' }));
    await img.decode();
    // Big charts pass the canvas limits: look at (up to) 2000 × 2000 px of the middle, at 1:1.
    const [w, h] = [Math.min(2000, img.naturalWidth), Math.min(2000, img.naturalHeight)];
    const c = Object.assign(document.createElement('canvas'), { width: w, height: h });
    const g = c.getContext('2d')!;
    g.drawImage(img, (img.naturalWidth - w) / 2, 0, w, h, 0, 0, w, h);
    const d = g.getImageData(0, 0, w, h).data;
    let ink = 0;
    for (let i = 0; i < d.length; i += 4)
      if (d[i + 3]! > 0 && d[i]! + d[i + 1]! + d[i + 2]! < 600) ink++;
    const box = new DOMParser()
      .parseFromString(xml, 'image/svg+xml')
      .documentElement.getAttribute('viewBox')!
      .split(' ')
      .map(Number);
    return { w: img.naturalWidth, h: img.naturalHeight, box, ink: ink / (w * h) };
  }, xml);
}

/** The timeline's visible range once the zoom animation is over (the same two frames in a row). */
const settledRange = async (svg: Locator) => (await attrAtRest(svg, 'data-range')) ?? '';

async function expectDrawn(page: Page, xml: string) {
  const img = await asImage(page, xml);
  expect([img.w, img.h]).toEqual([Math.round(img.box[2]!), Math.round(img.box[3]!)]);
  expect(img.ink, JSON.stringify(img)).toBeGreaterThan(0.005);
  return img;
}

test.describe('whole org chart', () => {
  test('the bundled visit: every host organization, drawn at 1:1', async ({ page }) => {
    await open(page);
    const hosts = bundled.organizations.filter((o) => o.side === 'host').map((o) => o.name.ar);
    expect(hosts).toHaveLength(9); // the guests' three are listed beneath the chart, not in it
    const text = await exportFrom(orgSection(page), 'whole', 'svg-text', 'bundled-org-whole.svg');
    expect(text.filename).toBe('uae-korea-2022-10-orgchart-full.svg');
    expect(missing(textOf(text.xml), hosts)).toEqual([]);
    await expectDrawn(page, text.xml);
    const outlined = await exportFrom(
      orgSection(page),
      'whole',
      'svg-outline',
      'bundled-org-whole-outlined.svg',
    );
    expect(outlined.xml).not.toMatch(/<text[^>]*>[^<]*[\u0600-\u06ff]/);
    await expectDrawn(page, outlined.xml);
    console.log(
      `bundled org chart, whole: text ${text.bytes} B in ${text.ms} ms; ` +
        `outlined ${outlined.bytes} B in ${outlined.ms} ms`,
    );
  });

  test('a nine-country visit: trees packed in rows, not a strip; every text inside its card', async ({
    page,
  }) => {
    await open(page, '?visit=uae-2023');
    const file = await exportFrom(orgSection(page), 'whole', 'svg-text', 'uae-org-whole.svg');
    const img = await expectDrawn(page, file.xml);
    // The screen's one row made a 4,900 × 1,100 px strip: at an article's width, 2 px text.
    expect(img.w / img.h, `${img.w}×${img.h}`).toBeLessThanOrEqual(2.5);
    expect(img.w).toBeLessThan(2400);
    // Each text's glyphs, as Chromium draws the file, inside its card (or, a heading, inside
    // the chart); no two cards overlap.
    const bad = await page.evaluate((xml) => {
      const doc = new DOMParser().parseFromString(xml, 'image/svg+xml');
      const root = document.importNode(doc.documentElement, true) as unknown as SVGSVGElement;
      const box = document.createElement('div');
      box.style.cssText = 'position:absolute;left:0;top:0';
      box.append(root);
      document.body.append(box);
      try {
        const chart = root.querySelector(':scope > svg')!.getBoundingClientRect();
        const out: string[] = [];
        const inside = (r: DOMRect, f: DOMRect) =>
          r.left >= f.left - 0.5 &&
          r.right <= f.right + 0.5 &&
          r.top >= f.top - 0.5 &&
          r.bottom <= f.bottom + 0.5;
        // A card as the file keeps it: a tree's `role="none"` group, its box the first rect.
        const cards = [...root.querySelectorAll('[role="tree"] > g[role="none"]')].map((g) => ({
          g,
          r: g.querySelector(':scope > rect')!.getBoundingClientRect(),
        }));
        for (const { g, r } of cards) {
          if (!inside(r, chart)) out.push(`card outside the chart: ${g.textContent}`);
          for (const t of g.querySelectorAll('text')) {
            const tr = t.getBoundingClientRect();
            if (tr.width && !inside(tr, r)) out.push(`cut: ${t.textContent}`);
          }
        }
        for (const t of root.querySelectorAll('svg > g > g:first-child text')) {
          const tr = t.getBoundingClientRect();
          if (tr.width && !inside(tr, chart)) out.push(`heading cut: ${t.textContent}`);
        }
        for (let i = 0; i < cards.length; i++)
          for (let j = i + 1; j < cards.length; j++) {
            const [a, b] = [cards[i]!.r, cards[j]!.r];
            if (a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom)
              out.push(`overlap ${i} ${j}`);
          }
        return { out, cards: cards.length };
      } finally {
        box.remove();
      }
    }, file.xml);
    expect(bad.cards).toBeGreaterThan(20);
    expect(bad.out).toEqual([]);
    console.log(`uae-2023 org chart, whole: ${img.w}×${img.h}`);
  });

  test('300 organizations: the whole chart follows the folding; the current view is culled', async ({
    page,
  }) => {
    test.setTimeout(300_000); // the default is 120 s (playwright.config.ts)
    await serveBig(page);
    const orgs = big.organizations.filter((o) => o.side === 'host');
    const nameOf = (o: (typeof orgs)[number]) => o.name.ar ?? o.id; // every synthetic org has one
    const depth = (id: string | undefined): number => {
      const o = orgs.find((x) => x.id === id);
      return o?.parent ? 1 + depth(o.parent) : 0;
    };
    const shown = orgs.filter((o) => depth(o.id) <= 1).map(nameOf);
    const folded = orgs.filter((o) => depth(o.id) === 2).map(nameOf);
    expect([shown.length, folded.length]).toEqual([13, 287]);

    // Opened folded below the first level: the whole chart is what is unfolded, no more.
    const first = await exportFrom(orgSection(page), 'whole');
    expect(missing(textOf(first.xml), shown)).toEqual([]);
    expect(folded.filter((n) => !shown.includes(n) && textOf(first.xml).includes(n))).toEqual([]);

    // Unfold every branch ("*" on a first-level item): 300 cards, more than the view draws.
    const tree = orgSection(page).getByRole('tree');
    await tree.locator('[role="treeitem"][aria-level="2"]').first().focus();
    await page.keyboard.press('*');
    await expect(tree.locator('[aria-level="2"][aria-expanded="false"]')).toHaveCount(0);
    const live = await orgSection(page).locator('svg.chart').getAttribute('data-cards');
    expect(Number(live)).toBeLessThan(300);

    const all = orgs.map(nameOf);
    const current = await exportFrom(orgSection(page), 'current', 'svg-text', 'big300-current.svg');
    expect(missing(textOf(current.xml), all).length).toBeGreaterThan(0);
    const whole = await exportFrom(orgSection(page), 'whole', 'svg-text', 'big300-whole.svg');
    expect(missing(textOf(whole.xml), all)).toEqual([]);
    const img = await expectDrawn(page, whole.xml);
    expect(img.w).toBeGreaterThan(10_000);
    // The reader's view did not move.
    expect(await orgSection(page).locator('svg.chart').getAttribute('data-cards')).toBe(live);
    const outlined = await exportFrom(
      orgSection(page),
      'whole',
      'svg-outline',
      'big300-whole-outlined.svg',
    );
    expect(outlined.xml).not.toMatch(/<text[^>]*>[^<]*[\u0600-\u06ff]/);
    console.log(
      `300 organizations, whole: ${img.w}×${img.h}; text ${whole.bytes} B in ${whole.ms} ms; ` +
        `outlined ${outlined.bytes} B in ${outlined.ms} ms`,
    );
  });
});

test.describe('whole timeline', () => {
  const titles = bundled.meetings.map((m) => m.title.ar);

  test('holds every meeting, whatever the zoom; the current view does not', async ({ page }) => {
    await open(page);
    const section = tlSection(page);
    const before = await exportFrom(section, 'whole', 'svg-text', 'bundled-timeline-whole.svg');
    expect(before.filename).toBe('uae-korea-2022-10-timeline-full.svg');
    expect(titles).toHaveLength(7);
    expect(missing(textOf(before.xml), titles)).toEqual([]);
    await expectDrawn(page, before.xml);

    // Zoom far in: the screen shows a few hours, the whole chart stays the same.
    const svg = section.getByTestId('tl-svg');
    await viewsPlaced(page); // no late re-fit replaces the zoom
    const range = await svg.getAttribute('data-range');
    for (let i = 0; i < 4; i++) await section.getByRole('button', { name: 'تكبير' }).click();
    const zoomed = await settledRange(svg);
    expect(zoomed).not.toBe(range);
    const current = await exportFrom(section, 'current', 'svg-text', 'bundled-timeline-zoomed.svg');
    expect(missing(textOf(current.xml), titles).length).toBeGreaterThan(0);
    const after = await exportFrom(section, 'whole', 'svg-text');
    const labels = (xml: string) => titles.filter((t) => textOf(xml).includes(t));
    expect(labels(after.xml)).toEqual(labels(before.xml));
    expect(after.xml.length).toBe(before.xml.length);
    // Exporting did not move the reader's view.
    await expect(svg).toHaveAttribute('data-range', zoomed!);

    const outlined = await exportFrom(
      section,
      'whole',
      'svg-outline',
      'bundled-timeline-whole-outlined.svg',
    );
    await expectDrawn(page, outlined.xml);
    console.log(
      `bundled timeline, whole: text ${before.bytes} B in ${before.ms} ms; ` +
        `outlined ${outlined.bytes} B in ${outlined.ms} ms`,
    );
  });
});

// ——— Publication files (issue 15) ———

const visitOf = (id: string) =>
  JSON.parse(readFileSync(`data/visits/${id}.json`, 'utf8')) as {
    meetings: { title: Record<string, string> }[];
    events?: { title: Record<string, string> }[];
  };
const EN = { ...FORMAT, 'svg-text': 'SVG, editable text', 'svg-outline': 'SVG, text as outlines' };
const EN_AREA = { current: 'Current view', whole: 'Whole chart' };

/** Downloads through the menu in either language (the menu's words follow the page's). */
async function exportIn(
  section: Locator,
  lang: 'ar' | 'en',
  area: Area,
  format: Format,
  name: string,
) {
  if (lang === 'ar') return exportFrom(section, area, format, name);
  const page = section.page();
  await section.getByRole('button', { name: 'Export', exact: true }).click();
  await section.getByRole('radio', { name: EN[format] }).check();
  await section.getByRole('radio', { name: EN_AREA[area] }).check();
  const download = page.waitForEvent('download');
  await section.getByRole('button', { name: 'Download' }).click();
  const xml = readFileSync((await (await download).path())!, 'utf8');
  await expect(section.getByRole('dialog').getByRole('status')).toHaveAttribute('data-ms', /\d/);
  await page.keyboard.press('Escape');
  writeFileSync(join(SHOTS, name), xml);
  return { xml };
}

interface DrawnLabel {
  text: string;
  /** Left and right edge in the chart's own px, as Chromium draws the glyphs. */
  a: number;
  b: number;
}

/**
 * Every text the file's chart draws (a `<text>`, or an outlined text's group, named by its
 * `aria-label`), with the extent of its glyphs as Chromium renders the file, the chart's width,
 * and where the chart stands in the file (`left`, `file`: its left edge and the file's width).
 * The file is put in the page as inline SVG so that each glyph run can be measured.
 */
async function drawnLabels(page: Page, xml: string) {
  return page.evaluate((xml) => {
    const doc = new DOMParser().parseFromString(xml, 'image/svg+xml');
    const root = document.importNode(doc.documentElement, true) as unknown as SVGSVGElement;
    const box = document.createElement('div');
    box.style.cssText = 'position:absolute;left:0;top:0';
    box.append(root);
    document.body.append(box);
    try {
      const chart = root.querySelector(':scope > svg')!;
      const frame = chart.getBoundingClientRect();
      const out: { text: string; a: number; b: number }[] = [];
      for (const el of chart.querySelectorAll('text, g[aria-label]')) {
        if (el.localName === 'g' && !el.querySelector('path, use')) continue;
        const r = el.getBoundingClientRect();
        if (!r.width) continue;
        const text = (el.getAttribute('aria-label') ?? el.textContent ?? '').replace(
          /[\u2066-\u2069\u200e\u200f]/g,
          '',
        );
        out.push({ text, a: r.left - frame.left, b: r.right - frame.left });
      }
      const file = root.getBoundingClientRect();
      return { width: frame.width, left: frame.left - file.left, file: file.width, labels: out };
    } finally {
      box.remove();
    }
  }, xml);
}

/** The file's side margin: the title and the legend stand this far from its edges (svg/bands.ts). */
const MARGIN = 16;

interface Drawn {
  width: number;
  left: number;
  file: number;
  labels: DrawnLabel[];
}

/**
 * The titles drawn shortened or not at all, the labels reaching past the chart's edges, and
 * those (tick, lane and band labels alike) closer than `MARGIN` to the file's edges.
 */
function cutLabels(drawn: Drawn, titles: string[]) {
  const texts = drawn.labels.map((l) => l.text);
  const inFile = (x: number) => Math.round((drawn.left + x) * 10) / 10;
  return {
    shortened: texts.filter((t) => t.includes('…')),
    missing: titles.filter((t) => !texts.some((x) => x.startsWith(t))),
    outside: drawn.labels.filter((l) => l.a < -0.5 || l.b > drawn.width + 0.5),
    atEdge: drawn.labels
      .filter((l) => inFile(l.a) < MARGIN - 0.5 || inFile(l.b) > drawn.file - MARGIN + 0.5)
      .map((l) => ({ text: l.text, a: inFile(l.a), b: inFile(l.b), file: drawn.file })),
  };
}

/** What a file must not hold: things to press, and legend entries for what it does not draw. */
function affordances(xml: string, lang: 'ar' | 'en', selected = false) {
  const words = {
    ar: { cluster: 'عناصر متقاربة', press: 'اضغط', related: 'مرتبط بالاختيار' },
    en: { cluster: 'Items close together', press: 'press to', related: 'Linked to the selection' },
  }[lang];
  const labels = [
    ...xml.matchAll(/<text[^>]*>([^<]*)<\/text>/g),
    ...xml.matchAll(/aria-label="([^"]*)"/g),
  ].map((m) => m[1]!.replace(/[\u2066-\u2069]/g, ''));
  // A shape nobody can see: a hit area or a focus ring not showing.
  const unseen = [...xml.matchAll(/<(rect|path)\b[^>]*>/g)].filter(
    (m) => /fill="(none|transparent)"/.test(m[0]) && !/stroke="(?!none)[^"]+"/.test(m[0]),
  );
  return {
    buttons: (xml.match(/role="button"/g) ?? []).length,
    bubbles: labels.filter((t) => /^[+−][\d٠-٩]*$/.test(t.trim())),
    press: labels.filter((t) => t.includes(words.press) || t.includes(words.cluster)),
    related: selected ? [] : labels.filter((t) => t.includes(words.related)),
    unseen: unseen.length,
  };
}

const clean = { buttons: 0, bubbles: [], press: [], related: [], unseen: 0 };

test.describe('publication files (issue 15)', () => {
  for (const id of ['korea-2022', 'uae-2023'])
    for (const lang of ['ar', 'en'] as const)
      test(`${id}, ${lang}: whole timeline labels drawn whole; nothing to press in any file`, async ({
        page,
      }) => {
        test.setTimeout(300_000);
        await open(page, `?visit=${id}&lang=${lang}`);
        const v = visitOf(id);
        const titles = [...v.meetings, ...(v.events ?? [])].map((m) =>
          (m.title[lang] ?? m.title.ar ?? '').replace(/[\u2066-\u2069]/g, ''),
        );
        for (const format of ['svg-text', 'svg-outline'] as const) {
          const name = `${id}-${lang}-timeline-whole-${format}.svg`;
          const file = await exportIn(tlSection(page), lang, 'whole', format, name);
          const drawn = await drawnLabels(page, file.xml);
          expect(cutLabels(drawn, titles), name).toEqual({
            shortened: [],
            missing: [],
            outside: [],
            atEdge: [],
          });
          expect(affordances(file.xml, lang), name).toEqual(clean);
        }
        for (const [section, view] of [
          [tlSection(page), 'timeline'],
          [orgSection(page), 'org'],
        ] as const)
          for (const area of ['current', 'whole'] as const) {
            const name = `${id}-${lang}-${view}-${area}-svg-outline.svg`;
            const file = await exportIn(section, lang, area, 'svg-outline', name);
            expect(affordances(file.xml, lang), name).toEqual(clean);
            await expectDrawn(page, file.xml);
          }
      });

  test('generated visits: whole timeline labels drawn whole, in both languages', async ({
    page,
  }) => {
    test.setTimeout(600_000);
    for (const [seed, meetings, days] of [
      [21, 40, 6],
      [22, 160, 4],
    ] as const) {
      const visit = generateVisit({ seed, meetings, days });
      const body = JSON.stringify(visit);
      await page.route('**/visits/generated.json', (route) =>
        route.fulfill({ status: 200, contentType: 'application/json', body }),
      );
      for (const lang of ['ar', 'en'] as const) {
        await open(page, `?data=visits/generated.json&lang=${lang}`);
        const titles = [...visit.meetings, ...(visit.events ?? [])].map((m) =>
          ((m.title as Record<string, string>)[lang] ?? m.title.ar ?? '').replace(
            /[\u2066-\u2069]/g,
            '',
          ),
        );
        for (const format of ['svg-text', 'svg-outline'] as const) {
          const name = `generated-${seed}-${lang}-timeline-whole-${format}.svg`;
          const file = await exportIn(tlSection(page), lang, 'whole', format, name);
          const drawn = await drawnLabels(page, file.xml);
          const cut = cutLabels(drawn, titles);
          // What truly cannot be laid out is counted in words, not drawn: not "missing" then.
          const counted = /\d+ (more|أخرى|آخر)|اجتماع|حدث/.test(
            drawn.labels.map((l) => l.text).join(' '),
          );
          expect({ ...cut, missing: counted ? [] : cut.missing }, name).toEqual({
            shortened: [],
            missing: [],
            outside: [],
            atEdge: [],
          });
          expect(affordances(file.xml, lang), name).toEqual(clean);
        }
      }
      await page.unroute('**/visits/generated.json');
    }
  });

  test('the legend lists what is drawn, and the selection only once something is selected', async ({
    page,
  }) => {
    // With a selection open the details panel stands beside the page, not over its Export
    // (detailsRoom.spec.ts). The legend function itself is unit-tested (layout/legend.test.ts).
    await open(page);
    const legend = tlSection(page).locator('.legend li');
    const kinds = async () =>
      legend.evaluateAll((li) => li.map((l) => l.getAttribute('data-kind')));
    expect(await kinds()).not.toContain('related');
    const before = await exportFrom(tlSection(page), 'whole', 'svg-text', 'legend-none.svg');
    expect(affordances(before.xml, 'ar').related).toEqual([]);
    // Select a meeting: the legend now explains the marks linked to it, on screen and on paper.
    await (await shownMark(tlSection(page))).click();
    await expect.poll(kinds).toContain('related');
    const after = await exportFrom(tlSection(page), 'whole', 'svg-text', 'legend-selected.svg');
    expect(textOf(after.xml)).toContain('مرتبط بالاختيار');
  });
});

test.describe('labels on screen (issue 15)', () => {
  for (const [name, query, button] of [
    ['Everything', '', 'كل الأحداث'],
    ['panned, English', '?lang=en&from=2022-08-05&to=2022-10-10', ''],
    ['panned, Arabic', '?from=2022-07-12&to=2022-08-25', ''],
  ] as const)
    test(`never cut by the view's edges, shortened only between words: ${name}`, async ({
      page,
    }) => {
      await open(page, query);
      if (button) await tlSection(page).getByRole('button', { name: button, exact: true }).click();
      const svg = tlSection(page).getByTestId('tl-svg');
      await settledRange(svg);
      const titles = visitOf('korea-2022');
      const lang = query.includes('lang=en') ? 'en' : 'ar';
      const all = [...titles.meetings, ...(titles.events ?? [])].map((m) => m.title[lang]!);
      const labels = await svg.evaluate((el) => {
        const box = el.getBoundingClientRect();
        return [...el.querySelectorAll('text.label')].map((t) => {
          const r = t.getBoundingClientRect();
          const text = (t.textContent ?? '').replace(/[\u2066-\u2069]/g, '');
          return { text, a: r.left - box.left, b: r.right - box.left, width: box.width };
        });
      });
      expect(labels.length).toBeGreaterThan(0);
      for (const l of labels) {
        // Clear of the 16 px soft edges: nothing faded or cut at either edge.
        expect(l.a, l.text).toBeGreaterThanOrEqual(15.5);
        expect(l.b, l.text).toBeLessThanOrEqual(l.width - 15.5);
        // Whole, or whole words of its title and an ellipsis.
        const shown = l.text.replace(/…$/, '');
        const title = all.find((t) => t.startsWith(shown) || shown.startsWith(t));
        expect(title, l.text).toBeDefined();
        // (Cut after the whole title: before its "(likely)" or "(day not reported)" note.)
        if (l.text.endsWith('…')) expect(title![shown.length] ?? ' ', l.text).toMatch(/\s/);
      }
    });
});
