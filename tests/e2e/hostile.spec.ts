/**
 * Hostile and broken visit files in the browser (issue 7): every case of
 * tests/fixtures/hostile/cases.ts loaded through `?data=`. Each renders or shows its clear error;
 * no dialog opens, nothing logs an error, no request leaves for a payload's URL, and a scan of
 * the whole document finds no element or attribute that came from the data. What renders is
 * also opened in the details panel and the list view, so that every component meets the data.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { HOSTILE_CASES, PAYLOADS } from '../fixtures/hostile/cases';
import { guard, scanDom, strayRequests, type Guard } from './guards';
import { waitForState } from './helpers';

const bodies = new Map<string, string>();
const body = (name: string) => {
  let text = bodies.get(name);
  if (text === undefined) {
    text = HOSTILE_CASES.find((c) => c.name === name)!.text();
    bodies.set(name, text);
  }
  return text;
};

async function open(page: Page, name: string, query = '') {
  await page.route(`**/hostile/${name}.json`, (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: body(name) }),
  );
  await page.goto(`./?data=hostile/${name}.json${query}`);
  return waitForState(page);
}

function expectClean(g: Guard, scan: string[]) {
  expect(scan).toEqual([]);
  expect(g.dialogs).toEqual([]);
  expect(g.errors).toEqual([]);
  expect(strayRequests(g)).toEqual([]);
}

test.describe('hostile visit files', () => {
  for (const c of HOSTILE_CASES) {
    const outcome = c.expect === 'ready' ? 'renders' : `is refused: ${c.expect.kind}`;
    test(`${c.name} (${c.what}) ${outcome}`, async ({ page }) => {
      test.setTimeout(300_000); // the default is 120 s (playwright.config.ts)
      const g = guard(page);
      const state = await open(page, c.name, '&lang=en');
      if (c.expect === 'ready') {
        expect(state).toBe('ready');
        await expect(page.getByTestId('timeline')).toBeVisible();
      } else {
        expect(state).toBe('error');
        const alert = page.getByRole('alert');
        await expect(alert).toBeVisible();
        // The loader refuses an oversized file before parsing it, naming the file and the limit.
        const where = c.expect.kind === 'too-large' ? '20 MB' : c.expect.path;
        await expect(alert.locator('li').first()).toContainText(where);
        expect(await alert.locator('li').count()).toBeLessThanOrEqual(100);
      }
      expectClean(g, await scanDom(page));
    });
  }

  test('markup in every text field is shown as text, in every view and panel', async ({ page }) => {
    test.setTimeout(300_000); // the default is 120 s (playwright.config.ts)
    const g = guard(page);
    for (const query of [
      '&sel=meeting:m-time',
      '&sel=person:host-minister',
      '&sel=event:ev-founding',
    ]) {
      for (const lang of ['ar', 'en']) {
        expect(await open(page, 'markup-in-every-text', `${query}&lang=${lang}`)).toBe('ready');
        await expect(page.getByTestId('details')).toBeVisible();
        expectClean(g, await scanDom(page));
      }
    }
    // The words arrive as text: the page shows the payloads themselves.
    const shown = await page.evaluate(() => document.body.innerText);
    for (const i of [1, 5, 7]) expect(shown).toContain(PAYLOADS[i]);
    // The list view and a tooltip render them too.
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('details')).toHaveCount(0);
    await page.getByRole('button', { name: 'List', exact: true }).click();
    await expect(page.getByTestId('tl-list-row').first()).toBeVisible();
    expectClean(g, await scanDom(page));
    await page.getByRole('button', { name: 'Chart', exact: true }).click();
    await page.getByTestId('tl-mark').first().hover();
    expectClean(g, await scanDom(page));
  });

  test('the source link keeps an http(s) URL with markup in it as a plain href', async ({
    page,
  }) => {
    const g = guard(page);
    expect(await open(page, 'markup-in-source-url', '&sel=meeting:m-time&lang=en')).toBe('ready');
    const link = page.getByTestId('details').getByRole('link', { name: /Example report/ });
    await expect(link).toHaveAttribute('href', /^https:\/\/example\.org\//);
    await expect(link).toHaveAttribute('rel', /noopener/);
    expectClean(g, await scanDom(page));
  });

  test('a prototype-polluting file pollutes nothing', async ({ page }) => {
    for (const name of ['proto-keys', 'proto-root']) {
      expect(await open(page, name)).toBe('error');
      expect(await page.evaluate(() => 'polluted' in {})).toBe(false);
    }
  });

  test('the exported SVG holds no element or attribute from the data', async ({ page }) => {
    const g = guard(page);
    expect(await open(page, 'markup-in-every-text', '&lang=ar')).toBe('ready');
    const section = page.getByTestId('timeline');
    const button = section.getByRole('button', { name: 'تصدير' });
    test.skip((await button.count()) === 0, 'the export menu is not wired into the views yet');
    await button.click();
    await section.getByRole('radio', { name: 'SVG بنص قابل للتحرير' }).check();
    const download = page.waitForEvent('download');
    await section.getByRole('button', { name: 'تنزيل' }).click();
    const xml = readFileSync(await (await download).path(), 'utf8');
    const facts = await page.evaluate((xml) => {
      const doc = new DOMParser().parseFromString(xml, 'image/svg+xml');
      const all = [...doc.querySelectorAll('*')];
      const attrs = all.flatMap((e) => [...e.attributes]);
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        foreign: all
          .filter((e) =>
            /^(script|foreignObject|image|iframe|a|animate|set)$|zq/i.test(e.localName),
          )
          .map((e) => e.localName),
        attributes: attrs
          .filter((a) => /^on|zq/i.test(a.name) || /^(javascript|data):/i.test(a.value.trim()))
          .map((a) => a.name),
      };
    }, xml);
    expect(facts).toEqual({ error: null, foreign: [], attributes: [] });
    expect(xml).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expectClean(g, await scanDom(page));
  });
});
