import { writeFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { waitForState } from './helpers';

/** Every drawn text of the printed org chart: its size on paper, in CSS px (96 per inch). */
function printedTextSizes(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll<SVGTextElement>('section.orgchart svg text')]
      .filter((t) => {
        const r = t.getBoundingClientRect();
        return r.width > 0 && r.height > 0 && t.textContent?.trim();
      })
      .map((t) => {
        const k = t.getScreenCTM()?.a ?? 1;
        return { px: parseFloat(getComputedStyle(t).fontSize) * Math.abs(k), text: t.textContent };
      }),
  );
}

// A4 at 96 dpi, less Chromium's default margins: the paper's printable width in CSS px.
const A4_WIDTH = 718;

for (const lang of ['en', 'ar']) {
  test(`printed org chart of a nine-country visit reads on A4 (${lang})`, async ({ page }) => {
    await page.setViewportSize({ width: A4_WIDTH, height: 1000 });
    await page.goto(`/?visit=uae-2023&lang=${lang}&view=orgchart`);
    expect(await waitForState(page)).toBe('ready');
    await expect(page.locator('section.orgchart svg').first()).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    // The print trees are drawn once the page hears the media change: wait for them all.
    await expect(page.getByTestId('org-print')).toBeVisible();
    const trees = () =>
      page.evaluate(() =>
        [...document.querySelectorAll('section.orgchart svg')]
          .filter((s) => s.getBoundingClientRect().width > 0)
          .map((s) => s.getBoundingClientRect().right <= document.documentElement.clientWidth + 1),
      );
    await expect.poll(async () => (await trees()).length).toBeGreaterThanOrEqual(9);
    const sizes = await printedTextSizes(page);
    expect(sizes.length).toBeGreaterThan(20);
    const smallest = Math.min(...sizes.map((s) => s.px));
    // About 8 pt: 10 px at 96 dpi. (Nine trees side by side shrunk to the page drew 2 px.)
    expect(smallest).toBeGreaterThanOrEqual(10);
    // Every tree is on paper, none wider than the page.
    expect((await trees()).every(Boolean)).toBe(true);
    // Paper itself: the PDF prints (several pages, not one shrunk sheet).
    const pdf = await page.pdf({ format: 'A4' });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
    expect(pages.length).toBeGreaterThan(1);
    if (process.env.PRINT_OUT) writeFileSync(`${process.env.PRINT_OUT}-${lang}.pdf`, pdf);
  });
}

// A4's printable height at 96 dpi, less Chromium's default margins (1 cm each side).
const A4_HEIGHT = 1047;

/** The printed page as boxes: org slices, cards, headings, the timeline and its legend. */
function printedBoxes(page: Page) {
  return page.evaluate(() => {
    const box = (e: Element) => {
      const r = e.getBoundingClientRect();
      return { x: r.x, y: r.y + scrollY, w: r.width, h: r.height };
    };
    // Each printed drawing of the org chart, as the printer sees it: kept whole or not.
    const slices = [...document.querySelectorAll('section.orgchart svg.chart')].filter(
      (s) => s.getBoundingClientRect().width > 0,
    );
    const sliceBoxes = slices.map((s) => ({
      ...box(s),
      avoid: [s, s.parentElement!].some((e) => getComputedStyle(e).breakInside === 'avoid'),
    }));
    // A card drawn in a slice (each slice's <svg> clips the packed drawing to its part).
    const cards: { id: string; slice: number; x: number; y: number; w: number; h: number }[] = [];
    const headings: { text: string; x: number; y: number; w: number; h: number }[] = [];
    slices.forEach((s, i) => {
      const frame = box(s);
      const within = (b: { x: number; y: number; w: number; h: number }) =>
        b.y < frame.y + frame.h && b.y + b.h > frame.y;
      for (const g of s.querySelectorAll('g.card')) {
        const b = box(g.querySelector('rect.bg')!);
        if (within(b))
          cards.push({
            id: g.querySelector('[data-item]')?.getAttribute('data-item') ?? `${i}`,
            slice: i,
            ...b,
          });
      }
      for (const t of s.querySelectorAll('g.heading text')) {
        const b = box(t);
        if (b.w > 0 && within(b)) headings.push({ text: t.textContent ?? '', ...b });
      }
    });
    const tl = [...document.querySelectorAll('section.timeline svg[role]')].find(
      (t) => t.getBoundingClientRect().width > 0,
    );
    const tlTexts = [...document.querySelectorAll<SVGTextElement>('section.timeline svg text')]
      .filter((t) => {
        const r = t.getBoundingClientRect();
        return r.width > 0 && r.height > 0 && t.textContent?.trim();
      })
      .map((t) => parseFloat(getComputedStyle(t).fontSize) * Math.abs(t.getScreenCTM()?.a ?? 1));
    const legend = [
      ...document.querySelectorAll<HTMLElement>('section.timeline .legend li[data-kind]'),
    ]
      .filter((li) => li.getClientRects().length > 0)
      .map((li) => li.dataset.kind ?? '');
    const content = document.querySelector('main')!.getBoundingClientRect();
    return {
      slices: sliceBoxes,
      cards,
      headings,
      drawn: tl?.getAttribute('data-legend')?.split(' ') ?? null,
      legend,
      tlTexts,
      contentWidth: content.width,
    };
  });
}

type Box = { x: number; y: number; w: number; h: number };
const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.w - 0.5 && b.x < a.x + a.w - 0.5 && a.y < b.y + b.h - 0.5 && b.y < a.y + a.h - 0.5;

for (const [query, wide] of [
  ['lang=en', true],
  ['lang=ar', true],
  ['visit=uae-2023&lang=ar', false],
] as const)
  test(`printed page (${query}): no card split or overlapped, timeline at 8 pt, legend as drawn`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: A4_WIDTH, height: 1000 });
    await page.goto(`/?${query}`);
    expect(await waitForState(page)).toBe('ready');
    await page.evaluate(() => document.fonts.ready);
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByTestId('org-print')).toBeVisible();
    const p = await printedBoxes(page);
    expect(p.slices.length).toBeGreaterThan(0);
    // Each slice is kept whole and fits a page: the printer moves it, it never cuts it.
    for (const s of p.slices) {
      expect(s.avoid).toBe(true);
      expect(s.h).toBeLessThanOrEqual(A4_HEIGHT);
      expect(s.x + s.w).toBeLessThanOrEqual(A4_WIDTH + 1);
    }
    // Every card is drawn whole inside one slice: none crosses a slice's (so a page's) edge.
    for (const c of p.cards) {
      const s = p.slices[c.slice]!;
      expect(c.y, `card ${JSON.stringify(c)} cut by a slice's edge`).toBeGreaterThanOrEqual(
        s.y - 0.5,
      );
      expect(c.y + c.h, `card ${JSON.stringify(c)} cut`).toBeLessThanOrEqual(s.y + s.h + 0.5);
    }
    // Nothing overlaps: no two cards, no heading on a card, no two headings.
    const boxes: (Box & { what: string })[] = [
      ...p.cards.map((c) => ({ ...c, what: `card ${c.id}` })),
      ...p.headings.map((h) => ({ ...h, what: `heading ${h.text}` })),
    ];
    const hits: string[] = [];
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++)
        if (overlaps(boxes[i]!, boxes[j]!)) hits.push(`${boxes[i]!.what} / ${boxes[j]!.what}`);
    expect(hits).toEqual([]);
    // A tree wide enough uses the page's width, not an outline in a third of it.
    if (wide) {
      const left = Math.min(...p.cards.map((c) => c.x));
      const right = Math.max(...p.cards.map((c) => c.x + c.w));
      expect(right - left).toBeGreaterThan(0.75 * p.contentWidth);
    }
    // The timeline's smallest printed text is at least 8 pt (10.67 px at 96 dpi).
    expect(p.tlTexts.length).toBeGreaterThan(5);
    expect(Math.min(...p.tlTexts)).toBeGreaterThanOrEqual(10.6);
    // The printed legend explains only what the printed timeline draws.
    expect(p.drawn).not.toBeNull();
    expect(p.legend.length).toBeGreaterThan(0);
    expect(p.legend.filter((k) => !p.drawn!.includes(k))).toEqual([]);
  });
