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
