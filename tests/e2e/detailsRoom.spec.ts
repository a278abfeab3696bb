/**
 * The details panel leaves the page usable (issue 15): while a selection is open, the views'
 * tools are not under it. Beside the side panel (wide screens) the page's column ends where the
 * panel begins; above the phone's bottom sheet the page can scroll anything into view. Each
 * view's Export button is clicked with the mouse at its centre — the point a reader aims at —
 * after checking that the element there is the button itself, not the panel over it.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { waitForState } from './helpers';

const EXPORT = { ar: 'تصدير', en: 'Export' } as const;
const VIEWS = {
  timeline: { sel: 'meeting:meeting-lee-young', section: (p: Page) => p.getByTestId('timeline') },
  orgchart: {
    sel: 'organization:kr-president',
    section: (p: Page) => p.locator('section.orgchart'),
  },
} as const;

/** Scrolls `el` to the top of the viewport (a reader brings the tools into view) and returns
 * its centre, with whether the topmost element there is `el` or inside it. */
async function centreHit(el: Locator) {
  return el.evaluate((b) => {
    b.scrollIntoView({ block: 'start', inline: 'nearest' });
    const r = b.getBoundingClientRect();
    const x = r.left + r.width / 2;
    const y = r.top + r.height / 2;
    const hit = document.elementFromPoint(x, y);
    return {
      x,
      y,
      own: !!hit && b.contains(hit),
      hit: hit?.closest('[data-testid]')?.getAttribute('data-testid') ?? hit?.tagName ?? null,
    };
  });
}

for (const width of [1280, 360])
  for (const lang of ['ar', 'en'] as const)
    for (const name of ['timeline', 'orgchart'] as const)
      test(`with a selection open, Export of the ${name} takes a mouse click: ${width} px, ${lang}`, async ({
        page,
      }) => {
        await page.setViewportSize({ width, height: width < 600 ? 780 : 900 });
        const v = VIEWS[name];
        await page.goto(`./?lang=${lang}&view=${name}&sel=${v.sel}`);
        expect(await waitForState(page)).toBe('ready');
        const panel = page.getByTestId('details');
        await expect(panel).toBeVisible();
        const section = v.section(page);
        const button = section.getByRole('button', { name: EXPORT[lang], exact: true });
        await expect(button).toBeVisible();

        const at = await centreHit(button);
        expect(at, "the element at the Export button's centre is the button").toMatchObject({
          own: true,
        });
        await page.mouse.click(at.x, at.y);
        await expect(section.getByRole('dialog')).toBeVisible();
        await expect(panel).toBeVisible(); // the click opened Export, it did not close the details

        const room = await page.evaluate(() => {
          const main = document.querySelector('main')!.getBoundingClientRect();
          const aside = document.querySelector('[data-testid=details]')!.getBoundingClientRect();
          const de = document.documentElement;
          return {
            overlap: Math.max(
              0,
              Math.min(main.right, aside.right) - Math.max(main.left, aside.left),
            ),
            hscroll: de.scrollWidth - de.clientWidth,
          };
        });
        expect(room.hscroll).toBeLessThanOrEqual(0);
        if (width >= 601) {
          // Beside the side panel: nothing of the page's column under it.
          expect(room.overlap).toBeLessThanOrEqual(0);
        } else {
          // Above the sheet: the page's very end can be scrolled clear of it.
          const end = await page.evaluate(() => {
            window.scrollTo(0, document.documentElement.scrollHeight);
            const app = document.querySelector('.app')!;
            const kids = [...app.children].filter(
              (c) => c.getAttribute('data-testid') !== 'details',
            );
            const last = kids.filter((c) => c.getBoundingClientRect().height > 0).at(-1)!;
            return {
              lastBottom: last.getBoundingClientRect().bottom,
              sheetTop: document.querySelector('[data-testid=details]')!.getBoundingClientRect()
                .top,
            };
          });
          expect(end.lastBottom).toBeLessThanOrEqual(end.sheetTop);
        }
      });

/** The shown item of `selector` nearest the chart's inline end (what the panel would cover). */
async function endmost(page: Page, selector: string, box: string, rtl: boolean) {
  const index = await page.locator(selector).evaluateAll(
    (els, [box, rtl]) => {
      const v = document.querySelector(box as string)!.getBoundingClientRect();
      let best = -1;
      let edge = rtl ? Infinity : -Infinity;
      els.forEach((el, i) => {
        const r = el.getBoundingClientRect();
        const shown = r.width > 0 && r.left >= v.left && r.right <= v.right;
        const inBlock = r.top >= v.top && r.bottom <= Math.min(v.bottom, innerHeight);
        if (!shown || !inBlock) return;
        if (rtl ? r.left < edge : r.right > edge) [best, edge] = [i, rtl ? r.left : r.right];
      });
      return best;
    },
    [box, rtl] as const,
  );
  expect(index).toBeGreaterThanOrEqual(0);
  return page.locator(selector).nth(index);
}

for (const lang of ['ar', 'en'] as const)
  for (const [name, item, box] of [
    ['timeline', '[data-testid=tl-mark]', '[data-testid=tl-svg]'],
    ['orgchart', 'section.orgchart [data-item^="p:"]', 'section.orgchart .viewport'],
  ] as const)
    test(`the ${name} item clicked at the inline end stays in view beside the panel: ${lang}`, async ({
      page,
    }) => {
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.goto(`./?lang=${lang}&view=${name}`);
      expect(await waitForState(page)).toBe('ready');
      await page.evaluate(() => document.fonts.ready);
      const el = await endmost(page, item, box, lang === 'ar');
      await el.click();
      await expect(page.getByTestId('details')).toBeVisible();
      await expect
        .poll(() =>
          el.evaluate((e, box) => {
            const r = e.getBoundingClientRect();
            const v = document.querySelector(box)!.getBoundingClientRect();
            const p = document.querySelector('[data-testid=details]')!.getBoundingClientRect();
            const inside = r.left >= v.left - 0.5 && r.right <= v.right + 0.5;
            const clear = r.right <= p.left + 0.5 || r.left >= p.right - 0.5;
            return inside && clear;
          }, box),
        )
        .toBe(true);
    });

for (const width of [1280, 1920])
  test(`an org card selected by the address is drawn whole in the chart beside the panel: ${width} px`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('./?lang=en&view=orgchart&sel=organization:kr-president');
    expect(await waitForState(page)).toBe('ready');
    await expect(page.getByTestId('details')).toBeVisible();
    const card = page.locator('section.orgchart [data-item][aria-selected=true]');
    await expect
      .poll(() =>
        card.evaluate((e) => {
          const r = e.getBoundingClientRect();
          const v = document.querySelector('section.orgchart .viewport')!.getBoundingClientRect();
          return r.left >= v.left && r.right <= v.right && r.top >= v.top && r.bottom <= v.bottom;
        }),
      )
      .toBe(true);
  });
