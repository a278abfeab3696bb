/**
 * Embedding, sharing and loading other visits (issue 6): a host page on another origin with two
 * Ziyara iframes through embed.js; deep links; the address bar and history; `?data=` failures;
 * local files; and the build served from a sub-path under a strict Content-Security-Policy.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { HostPage, serveNewsSite } from './embedHost';
import { serveStatic, type StaticServer } from './staticServer';
import { waitForState } from './helpers';
import { serveAppAllowing } from './allowOrigins';

const APP = `http://127.0.0.1:${process.env.ZIYARA_PORT ?? 4173}/`;

test.describe('in a host page, through embed.js', () => {
  let site: StaticServer;
  test.beforeAll(async () => {
    site = await serveNewsSite(APP);
  });
  test.afterAll(() => site.close());
  test('each iframe is as tall as its content, and follows it when it changes', async ({
    page,
  }) => {
    const host = new HostPage(page, site);
    await host.open();
    // Heights follow late changes too (a web font arriving can move a line by a pixel): start
    // from the height the frame has once every font its layout asked for has loaded, and the
    // iframe fits it (not after a guess at how long fonts take).
    const steady = async (id: 'a' | 'b') => {
      await host.show(id);
      await (
        await host.frame(id)
      ).evaluate(async () => {
        await new Promise((r) => requestAnimationFrame(r)); // laid out: its fonts are asked for
        await document.fonts.ready;
      });
      return host.fitted(id);
    };
    const a = await steady('a');
    const b = await steady('b');
    expect(a).toBeGreaterThan(300); // grew from the 300 px the page gave it
    expect(b).not.toBe(a);

    // Open the sources in A: A grows, B does not move.
    await host
      .frameLocator('a')
      .locator('summary')
      .filter({ hasText: /^المصادر$/ })
      .click();
    await expect.poll(() => host.fitted('a')).toBeGreaterThan(a + 40);
    const withSources = await host.fitted('a');
    expect(await host.fitted('b')).toBe(b);

    // Show both views in A: it grows by the org chart.
    await host.frameLocator('a').getByRole('radio', { name: 'الاثنان' }).check();
    await expect.poll(() => host.fitted('a')).toBeGreaterThan(withSources + 200);

    // Stable: no creeping growth from a feedback loop between the frame and its content. (Once
    // the org chart's fonts are in: a late font is not a loop. The wait below only gives a loop
    // time to show; a slower machine makes the check less sharp, never wrong.)
    const settled = await steady('a');
    await page.waitForTimeout(600);
    expect((await host.heights('a')).iframe).toBe(settled);
  });

  test('embed.js that arrives after the iframes still sizes them', async ({ page }) => {
    const host = new HostPage(page, site);
    // embed.js is held back until both frames are ready, however long that takes.
    await page.route('**/embed.js', async (route) => {
      await host.ready('a');
      await host.ready('b');
      await route.continue();
    });
    await host.open();
    expect(await host.fitted('a')).toBeGreaterThan(300);
    expect(await host.fitted('b')).toBeGreaterThan(300);
  });

  test('a deep link opens the same selection inside the iframe, and the host can keep it', async ({
    page,
    context,
  }) => {
    const host = new HostPage(page, site);
    await host.open();
    await host.post('a', {
      type: 'ziyara:select',
      selection: { type: 'meeting', id: 'meeting-lee-young' },
    });
    await expect(host.frameLocator('a').getByTestId('details')).toContainText('لقاء مع لي يونغ');
    // The app told the host its state; embed.js kept it in the host page's hash.
    await expect.poll(() => page.url()).toMatch(/#a=.*sel%3Dmeeting%253Ameeting-lee-young/);
    const events = await host.heard();
    const state = events.filter((e) => e.frame === 'a' && e.type === 'state').at(-1);
    expect(state?.detail.url).toMatch(
      new RegExp(`^${APP.replace(/[.]/g, '\\.')}\\?view=timeline&sel=meeting`),
    );
    expect(state?.detail.url).not.toContain('embed=');

    // The host URL, opened anew, opens the iframe on the same selection.
    const again = new HostPage(await context.newPage(), site);
    await again.open(new URL(page.url()).hash);
    expect(await again.frameSearch('a')).toContain('sel=meeting:meeting-lee-young');
    await expect(again.frameLocator('a').getByTestId('details')).toContainText('لقاء مع لي يونغ');
    // The deep link carries view state only: never a data source or embed flags.
    await again.page.goto(`${again.url}#a=data%3Dhttps%3A%2F%2Fevil.example%2Fv.json`);
    await again.ready('a');
    expect(await again.frameSearch('a')).not.toContain('data=');
  });

  test('an iframe whose src asks for a selection opens on it', async ({ page }) => {
    await page.goto('./?embed=1&sel=person:koh-jin&lang=en');
    expect(await waitForState(page)).toBe('ready');
    await expect(page.getByTestId('details')).toContainText('Koh Jean');
    // An id the visit does not have is dropped, not shown as a broken selection.
    await page.goto('./?embed=1&sel=person:nobody');
    expect(await waitForState(page)).toBe('ready');
    await expect(page.getByTestId('details')).toHaveCount(0);
    await expect.poll(() => page.evaluate(() => location.search)).not.toContain('sel=');
  });

  test('the host page can select and switch the language, and hears the selection', async ({
    page,
  }) => {
    const host = new HostPage(page, site);
    await host.open();
    await host.post('b', { type: 'ziyara:setLanguage', lang: 'ar' });
    const b = await host.frame('b');
    await expect.poll(() => b.evaluate(() => document.documentElement.dir)).toBe('rtl');
    await host.post('b', { type: 'ziyara:select', selection: { type: 'person', id: 'koh-jin' } });
    await expect(host.frameLocator('b').getByTestId('details')).toContainText('كوه جيان');
    await expect
      .poll(async () => (await host.heard()).filter((e) => e.frame === 'b' && e.type === 'select'))
      .toContainEqual({
        frame: 'b',
        type: 'select',
        detail: { selection: { type: 'person', id: 'koh-jin' } },
      });
    await host.post('b', { type: 'ziyara:select', selection: null });
    await expect(host.frameLocator('b').getByTestId('details')).toHaveCount(0);
  });

  test('malformed messages are ignored, both ways', async ({ page }) => {
    const host = new HostPage(page, site);
    await host.open();
    for (const bad of [
      'ziyara:setLanguage',
      { type: 'ziyara:setLanguage', lang: 'fr' },
      { type: 'ziyara:setLanguage', lang: 'en', also: 'alert(1)' },
      { type: 'ziyara:select', selection: { type: 'meeting', id: 42 } },
      { type: 'ziyara:select', selection: { type: 'meeting', id: 'no-such-meeting' } },
      { type: 'ziyara:select', selection: { type: 'planet', id: 'koh-jin' } },
      { type: 'ziyara:select', selection: '<img src=x onerror=alert(1)>' },
      { type: 'ziyara:eval', code: 'document.body.remove()' },
    ]) {
      await host.post('a', bad);
    }
    // Bad heights from the frame itself, and a good-looking one from a frame that is not Ziyara.
    const a = await host.frame('a');
    await a.evaluate(() => {
      for (const height of [1e9, -5, '900', Number.NaN, null]) {
        parent.postMessage({ type: 'ziyara:resize', height }, '*');
      }
      parent.postMessage({ type: 'ziyara:resize', height: 77, extra: { toString: 1 } }, '*');
    });
    await (
      await host.frame('other')
    ).evaluate(() => parent.postMessage({ type: 'ziyara:resize', height: 900 }, '*'));
    // A message that is really from the app, afterwards, still works: the queue was not stuck.
    await host.post('a', { type: 'ziyara:setLanguage', lang: 'en' });
    await expect.poll(() => a.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await host.frameSearch('a')).not.toContain('sel=');
    await expect(host.frameLocator('a').getByTestId('details')).toHaveCount(0);
    await host.fitted('a');
    const other = await page
      .locator('iframe#other')
      .evaluate((e) => e.getBoundingClientRect().height);
    expect(other).toBeLessThan(900);
    const heard = await host.heard();
    expect(
      heard.filter((e) => e.type === 'resize').every((e) => Number(e.detail.height) < 50_000),
    ).toBe(true);
  });
});

test.describe('the page itself', () => {
  test('back and forward restore the view; the URL says what is shown', async ({ page }) => {
    await page.goto('./');
    expect(await waitForState(page)).toBe('ready');
    await page.getByRole('radio', { name: 'الهيكل التنظيمي' }).check();
    await expect(page).toHaveURL(/view=orgchart/);
    await page.getByRole('radio', { name: 'الخط الزمني' }).check();
    await expect(page).toHaveURL(/view=timeline/);
    await page.goBack();
    await expect(page.getByRole('radio', { name: 'الهيكل التنظيمي' })).toBeChecked();
    await page.goBack();
    await expect(page.getByRole('radio', { name: 'الاثنان' })).toBeChecked();
    await page.goForward();
    await expect(page.getByRole('radio', { name: 'الهيكل التنظيمي' })).toBeChecked();
  });

  test('copy link gives exactly what is shown, without embed flags inside an iframe', async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('./?embed=1&lang=en&view=orgchart&sel=person:koh-jin&theme=dark');
    expect(await waitForState(page)).toBe('ready');
    // From the keyboard: the details panel, open on the selection, may cover the button.
    await page.getByRole('button', { name: 'Copy link' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toHaveCount(1);
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toBe(`${APP}?lang=en&theme=dark&view=orgchart&sel=person%3Akoh-jin`);
    await page.goto(link);
    expect(await waitForState(page)).toBe('ready');
    await expect(page.getByTestId('details')).toContainText('Koh Jean');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  });

  test('the theme switch cycles auto → light → dark', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto('./?lang=en');
    expect(await waitForState(page)).toBe('ready');
    const paper = () =>
      page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    const light = await paper();
    await page.getByRole('button', { name: /^Theme: Auto/ }).click();
    await page.getByRole('button', { name: /^Theme: Light/ }).click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(page).toHaveURL(/theme=dark/);
    expect(await paper()).not.toBe(light);
  });

  test('the embed dialog writes an accessible iframe with the chosen options', async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('./?lang=en');
    expect(await waitForState(page)).toBe('ready');
    await page.getByRole('button', { name: 'Embed' }).click();
    const dialog = page.getByRole('dialog', { name: 'Embed this visit in another page' });
    await expect(dialog).toBeVisible();
    await dialog.getByRole('radio', { name: 'Org chart' }).check();
    await dialog.getByRole('radio', { name: 'العربية' }).check();
    await dialog.getByRole('checkbox', { name: 'Chart only, no title or controls' }).check();
    await dialog.getByRole('checkbox', { name: /^With the current selection/ }).uncheck();
    await dialog.getByRole('button', { name: 'Copy code' }).click();
    await expect(dialog.getByRole('status')).toHaveText('Code copied');
    const code = await page.evaluate(() => navigator.clipboard.readText());
    const parsed = await page.evaluate((html) => {
      const doc = new DOMParser().parseFromString(html, 'text/html');
      const f = doc.querySelector('iframe')!;
      return {
        src: f.getAttribute('src'),
        title: f.getAttribute('title'),
        label: f.getAttribute('aria-label'),
        loading: f.getAttribute('loading'),
        width: f.getAttribute('width'),
        script: doc.querySelector('script')?.getAttribute('src'),
      };
    }, code);
    expect(parsed).toEqual({
      src: `${APP}?view=orgchart&embed=1&plain=1`,
      title: expect.stringContaining('زيارة وفد حكومة دولة الإمارات'),
      label: parsed.title,
      loading: 'lazy',
      width: '100%',
      script: `${APP}embed.js`,
    });
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(dialog).toBeHidden();
  });

  test('embed mode has no page chrome and fits 280 to 1920 px', async ({ page }) => {
    for (const width of [280, 320, 1920]) {
      await page.setViewportSize({ width, height: 800 });
      await page.goto('./?embed=1&view=timeline');
      expect(await waitForState(page)).toBe('ready');
      await expect(page.getByRole('button', { name: 'تضمين' })).toHaveCount(0);
      await expect(page.getByRole('link', { name: 'افتح في صفحة كاملة' })).toBeVisible();
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, `horizontal overflow at ${width} px`).toBeLessThanOrEqual(0);
    }
  });
});

test.describe('other visits', () => {
  /** Serves `body` at /visits/<name> on the app's origin. */
  async function serve(
    page: Page,
    name: string,
    body: string | Buffer,
    init: { status?: number; contentType?: string } = {},
  ) {
    await page.route(`**/visits/${name}`, (route) =>
      route.fulfill({
        status: init.status ?? 200,
        contentType: init.contentType ?? 'application/json',
        body,
      }),
    );
  }

  const cases: [string, (p: Page) => Promise<void>, string, string, string][] = [
    [
      'missing (404)',
      (p) => serve(p, 'v.json', 'no', { status: 404 }),
      'لم يُعثر على ملف الزيارة',
      'The visit file was not found',
      'HTTP 404',
    ],
    [
      'not JSON',
      (p) => serve(p, 'v.json', 'visit: yes', { contentType: 'text/plain' }),
      'الملف ليس بصيغة JSON',
      'The file is not JSON',
      'نص JSON صحيح', // issue 18: the Arabic page says what was expected in Arabic
    ],
    [
      'an HTML page',
      // Issue 18: a server's HTML page for a data= file (a dev or preview server's fallback) is
      // "not found", not "not JSON".
      (p) => serve(p, 'v.json', '<!doctype html><p>Home', { contentType: 'text/html' }),
      'لم يُعثر على ملف الزيارة',
      'The visit file was not found',
      'صفحة HTML',
    ],
    [
      'invalid',
      (p) => serve(p, 'v.json', '{"schemaVersion": 1, "title": 5}'),
      'تعذّر عرض ملف الزيارة',
      'This visit file cannot be shown',
      'title',
    ],
    [
      'too large',
      (p) => serve(p, 'v.json', Buffer.alloc(20 * 1024 * 1024 + 1, 32)),
      'ملف الزيارة أكبر من المسموح',
      'The visit file is too large',
      '20 ميغابايت', // issue 18: in Arabic on the Arabic page
    ],
  ];
  for (const [what, setup, ar, en, detail] of cases) {
    test(`?data= that is ${what} is explained in Arabic and English`, async ({ page }) => {
      await setup(page);
      await page.goto('./?data=visits/v.json');
      expect(await waitForState(page)).toBe('error');
      const alert = page.getByRole('alert');
      await expect(alert.getByRole('heading', { level: 1 })).toHaveText(ar);
      await expect(alert).toContainText(detail);
      await page.getByRole('button', { name: 'Show in English' }).click();
      await expect(alert.getByRole('heading', { level: 1 })).toHaveText(en);
    });
  }

  test('?data= on another origin without CORS is explained', async ({ page }) => {
    const site = await serveNewsSite(APP); // serves a valid visit.json, without CORS headers
    // A host that allows that origin (dataParam.spec.ts: one that does not, refuses it).
    const app = await serveAppAllowing(new URL(site.url).origin);
    await page.goto(`${app.url}?lang=en&data=${encodeURIComponent(`${site.url}visit.json`)}`);
    await site.close();
    expect(await waitForState(page)).toBe('error');
    await expect(page.getByRole('alert').getByRole('heading')).toHaveText(
      'The visit file could not be reached',
    );
    await app.close();
  });

  test('an author previews a local file: its mistakes are listed, then it shows', async ({
    page,
  }) => {
    await page.goto('./?lang=en');
    expect(await waitForState(page)).toBe('ready');
    const input = page.locator('input[type=file]');
    await input.setInputFiles({
      name: 'draft.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"schemaVersion": 1}'),
    });
    await expect(page.locator('html')).toHaveAttribute('data-state', 'error');
    await expect(page.getByRole('alert')).toContainText('This visit file cannot be shown');
    await expect(page.getByText('draft.json')).toBeVisible();

    // Dropped on the page, the fixed file shows; a local file has no link to copy.
    const visit = readFileSync('data/visits/korea-2022.json', 'utf8');
    await page.evaluate((text) => {
      const data = new DataTransfer();
      data.items.add(new File([text], 'fixed.json', { type: 'application/json' }));
      for (const type of ['dragenter', 'dragover', 'drop']) {
        window.dispatchEvent(new DragEvent(type, { dataTransfer: data, cancelable: true }));
      }
    }, visit);
    await expect(page.locator('html')).toHaveAttribute('data-state', 'ready');
    await expect(page.getByText('fixed.json')).toBeVisible();
    await expect(page.getByRole('button', { name: /^Copy link/ })).toBeDisabled();
    await page.getByRole('button', { name: 'Back to the visit' }).click();
    await expect(page.getByText('fixed.json')).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Copy link' })).toBeEnabled();
  });
});

test.describe('static hosting: a sub-path, a strict CSP, nothing from elsewhere', () => {
  // The minimal policy the build needs: everything from its own origin, nothing inline, no eval.
  const CSP = "default-src 'self'; script-src 'self'; style-src 'self'";
  let server: StaticServer;
  test.beforeAll(async () => {
    server = await serveStatic(process.env.ZIYARA_DIST ?? 'dist', '/ziyara/', {
      'content-security-policy': CSP,
    });
  });
  test.afterAll(async () => server.close());

  for (const query of ['', '?embed=1&lang=en&theme=dark']) {
    test(`serves from /ziyara/${query} under "${CSP}"`, async ({ page }) => {
      const violations: string[] = [];
      const requests: string[] = [];
      page.on('request', (r) => requests.push(r.url()));
      page.on('console', (m) => {
        if (m.type() === 'error') violations.push(m.text());
      });
      page.on('pageerror', (e) => violations.push(e.message));
      await page.addInitScript(() =>
        document.addEventListener('securitypolicyviolation', (e) =>
          console.error(`CSP: ${e.violatedDirective} ${e.blockedURI}`),
        ),
      );
      await page.goto(server.url + query);
      expect(await waitForState(page)).toBe('ready');
      // Exercise what renders more: another view, the selection, the theme, the dialog.
      await page.getByRole('radio', { name: /Org chart|الهيكل التنظيمي/ }).check();
      await page.getByRole('radio', { name: /Both|الاثنان/ }).check();
      if (!query) {
        await page.getByRole('button', { name: /^المظهر/ }).click();
        await page.getByRole('button', { name: 'تضمين' }).click();
        await expect(page.getByRole('dialog')).toBeVisible();
        await page.keyboard.press('Escape');
      }
      await page.waitForTimeout(300);
      expect(violations).toEqual([]);
      const elsewhere = requests.filter((u) => !u.startsWith(server.url));
      expect(elsewhere).toEqual([]);
      expect(requests.some((u) => u.endsWith('.woff2'))).toBe(true);
    });
  }
});

test.describe('a host page that floods the iframe', () => {
  let site: StaticServer;
  test.beforeAll(async () => {
    site = await serveNewsSite(APP);
  });
  test.afterAll(() => site.close());

  test('20,000 messages get a bounded number of replies, and the last command wins', async ({
    page,
  }) => {
    const host = new HostPage(page, site);
    await host.open();
    await page.evaluate(() => {
      const frame = (document.getElementById('a') as HTMLIFrameElement).contentWindow!;
      const w = window as unknown as { replies: number; first: number; last: number };
      w.replies = 0;
      addEventListener('message', (e) => {
        if (e.source !== frame) return;
        w.replies++;
        w.last = performance.now();
      });
      // Hellos (each used to bring back 5 messages), with a selection every tenth message
      // switching between two people; then a language, to know when all have been handled.
      w.first = w.last = performance.now();
      for (let i = 0; i < 20_000; i++) {
        const id = i % 20 === 9 ? 'koh-jin' : 'lee-young';
        frame.postMessage(
          i % 10 === 9
            ? { type: 'ziyara:select', selection: { type: 'person', id } }
            : { type: 'ziyara:hello' },
          '*',
        );
      }
      frame.postMessage({ type: 'ziyara:setLanguage', lang: 'en' }, '*');
    });
    const a = await host.frame('a');
    // Messages from one window arrive in order: once the language has changed, all were handled.
    await expect.poll(() => a.evaluate(() => document.documentElement.lang)).toBe('en');
    const heard = () =>
      page.evaluate(() => {
        const w = window as unknown as { replies: number; first: number; last: number };
        return { replies: w.replies, ms: w.last - w.first };
      });
    let [prev, now] = [-1, await heard()];
    while (now.replies !== prev) {
      await page.waitForTimeout(1000); // until the replies stop, however long that takes
      [prev, now] = [now.replies, await heard()];
    }
    test.info().annotations.push({ type: 'replies', description: JSON.stringify(now) });
    // The frame answers each kind of command at most once per 250 ms (HOST_INTERVAL_MS), so
    // the bound grows with the time the flood took to handle, never with the number of
    // messages: each 250 ms, at most a hello's 5 messages, a selection, the state and 3
    // heights. (Before the limit: 90,000 replies to the hellos alone.) A slower machine only
    // widens the bound; nothing here is timed.
    const windows = Math.ceil(now.ms / 250) + 1;
    expect(now.replies).toBeGreaterThan(0);
    expect(now.replies).toBeLessThanOrEqual(10 * windows + 10);
    // The last selection won, and the frame still does what the host asks.
    await expect.poll(() => host.frameSearch('a')).toContain('sel=person:lee-young');
    await expect(host.frameLocator('a').getByTestId('details')).toContainText('Lee Young');
  });
});
