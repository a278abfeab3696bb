/**
 * Waiting for a view to come to rest, by its state and never by a duration (issue 12: no test
 * may depend on how fast or busy the machine is).
 *
 * "At rest" is: the value read in two consecutive animation frames is the same. A zoom or pan
 * animation (interaction/zoomTransform.ts) sets a new transform in every frame until its last
 * one, and its frame callback was asked for before ours (at the click or key that started it,
 * then again in each of its frames), so in every frame it runs before our read: two equal reads
 * in a row mean it has ended, however long each frame took. Call these after the action that
 * starts the animation has been dispatched (a Playwright click or fill returns once the page has
 * handled the event, and the animation's first frame is then already asked for).
 */
import type { Locator, Page } from '@playwright/test';

/** The attribute `attr` of `locator` once it is the same in two consecutive frames. */
export function attrAtRest(locator: Locator, attr: string): Promise<string | null> {
  return locator.evaluate(async (el, attr) => {
    const frame = () => new Promise((r) => requestAnimationFrame(r));
    let last = el.getAttribute(attr);
    for (;;) {
      await frame();
      const now = el.getAttribute(attr);
      if (now === last) return now;
      last = now;
    }
  }, attr);
}

/**
 * Resolves once the views are placed for good: the fonts are in, and the timeline's range, the
 * org chart's transform, its viewport's width and the page's size have stayed the same two
 * frames in a row. `ready` comes before that: a web font or the width settling re-fits a chart
 * later, and a zoom or search done meanwhile is replaced by that fit.
 */
export function viewsPlaced(page: Page): Promise<void> {
  return page.evaluate(async () => {
    const frame = () => new Promise((r) => requestAnimationFrame(r));
    const look = () =>
      JSON.stringify([
        document.fonts.status,
        document.querySelector('[data-testid=tl-svg]')?.getAttribute('data-range'),
        document.querySelector('section.orgchart svg.chart > g')?.getAttribute('transform'),
        document.querySelector('section.orgchart .viewport')?.clientWidth,
        document.documentElement.scrollWidth,
        document.documentElement.scrollHeight,
      ]);
    let [last, still] = [look(), 0];
    while (still < 2 || document.fonts.status !== 'loaded') {
      await document.fonts.ready;
      await frame();
      const now = look();
      still = now === last ? still + 1 : 0;
      last = now;
    }
  });
}

/**
 * The page's scroll position once a scroll has ended: `scrollend` fired after the last `scroll`
 * (Chromium fires it when a smooth scroll or a wheel's scroll is over), or no scroll at all for
 * two frames. Call `watchScroll` before the action that scrolls.
 */
export async function watchScroll(page: Page) {
  await page.evaluate(() => {
    const w = window as unknown as { scrolling: boolean };
    w.scrolling = false;
    addEventListener('scroll', () => (w.scrolling = true), { passive: true });
    addEventListener('scrollend', () => (w.scrolling = false));
  });
}

export function scrollAtRest(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const w = window as unknown as { scrolling: boolean };
    const frame = () => new Promise((r) => requestAnimationFrame(r));
    let last = scrollY;
    for (;;) {
      await frame();
      if (!w.scrolling && scrollY === last) return scrollY;
      last = scrollY;
    }
  });
}
