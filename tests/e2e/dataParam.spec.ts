/**
 * `?data=` judged as the browser fetches it, in real Chromium: a value the URL parser turns into
 * a `data:`/`blob:`/`javascript:` URL or another origin (spaces, controls, tabs and newlines,
 * mixed case, `//`, backslashes, user names, lookalike hosts) never loads the visit written into
 * the link; the page shows a notice naming what was refused and why, in Arabic and English, with
 * `data-state="error"`, and offers the site's own visit without pretending it was asked for.
 * Same-origin files still load, and other origins only when the host lists them exactly.
 */
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { serveAppAllowing } from './allowOrigins';
import { serveStatic, type StaticServer } from './staticServer';
import { waitForState } from './helpers';

/** A small valid visit an attacker would write into a link (checked below to load as a file). */
const FORGED = JSON.stringify({
  schemaVersion: 1,
  id: 'forged',
  title: { ar: 'زيارة رسمية مزوّرة', en: 'FORGED OFFICIAL VISIT' },
  languages: ['ar', 'en'],
  guest: { code: 'AE', name: { en: 'Guest' } },
  host: { code: 'KR', name: { en: 'Host' } },
  dates: { precision: 'day', start: '2022-05-10', end: '2022-05-12' },
  places: [],
  sources: [
    {
      id: 's',
      publisher: { en: 'Evil Agency' },
      title: { en: 'Evil report' },
      url: 'https://evil.example/report',
      language: 'en',
      role: 'primary',
    },
  ],
  organizations: [
    { id: 'g', name: { en: 'Guest Gov' }, side: 'guest', level: 'national', kind: 'government' },
  ],
  people: [],
  meetings: [
    {
      id: 'm',
      title: { en: 'FORGED MEETING' },
      date: { precision: 'day', start: '2022-05-10' },
      participants: { guest: [], host: [] },
      sources: ['s'],
    },
  ],
  events: [],
  topics: [],
});
const INLINE = `data:application/json,${FORGED}`;
const BASE64 = `data:application/json;base64,${Buffer.from(FORGED).toString('base64')}`;

const TITLE_AR = 'لا يُسمح بملف الزيارة الذي يطلبه هذا الرابط';
const TITLE_EN = 'The visit file this link asks for is not allowed';

/**
 * Every request the page makes and every URL it hands to fetch(), and a stop to every request
 * off the app's origin (recorded, then aborted), unless `reachable` lists its origin.
 */
async function watchRequests(page: Page, app: string, reachable: string[] = []) {
  const offOrigin: string[] = [];
  const all: string[] = [];
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { fetched: string[] }).fetched = seen;
    const real = window.fetch.bind(window);
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      seen.push(input instanceof Request ? input.url : String(input));
      return real(input, init);
    };
  });
  page.on('request', (r) => all.push(r.url()));
  await page.route(
    (url) => url.origin !== app && !reachable.includes(url.origin),
    async (route) => {
      offOrigin.push(route.request().url());
      await route.abort();
    },
  );
  return {
    offOrigin,
    all,
    fetched: () => page.evaluate(() => (window as unknown as { fetched: string[] }).fetched),
  };
}

/** The visit written into a link never shows: no chart, no title, no meeting. */
async function expectNotLoaded(page: Page) {
  await expect(page.locator('main')).toHaveCount(0);
  await expect(page.locator('body')).not.toContainText('FORGED OFFICIAL VISIT');
  await expect(page.locator('body')).not.toContainText('FORGED MEETING');
  expect(await page.title()).not.toContain('FORGED');
  await expect(page.getByRole('button', { name: /Copy link|انسخ الرابط/ })).toHaveCount(0);
  await expect(page.getByRole('button', { name: /^(Embed|تضمين)$/ })).toHaveCount(0);
}

test.describe('a data= the browser would fetch from elsewhere is refused, with a notice', () => {
  /** [what, data= value, reason, what the notice names (English)] */
  const tricks: [string, (port: string) => string, string, string][] = [
    ['a leading space', () => ` ${INLINE}`, 'scheme', 'data:'],
    ['a leading newline', () => `\n${INLINE}`, 'scheme', 'data:'],
    ['a leading NUL', () => `\u0000${INLINE}`, 'scheme', 'data:'],
    ['leading C0 controls', () => `\u0001\u0008\u001b\u001f\t\r\n ${INLINE}`, 'scheme', 'data:'],
    ['trailing controls', () => `${INLINE}\u0000\u001f `, 'scheme', 'data:'],
    ['a tab inside the scheme', () => INLINE.replace('data:', 'da\tta:'), 'scheme', 'data:'],
    ['CR and LF inside', () => INLINE.replace('data:', 'd\na\rta:'), 'scheme', 'data:'],
    ['a mixed-case scheme', () => INLINE.replace('data:', 'DaTa:'), 'scheme', 'data:'],
    ['base64', () => ` ${BASE64}`, 'scheme', 'data:'],
    ['blob:', (p) => `\tblob:http://127.0.0.1:${p}/0b1c2d3e`, 'scheme', 'blob:'],
    ['javascript:', () => 'java\nscript:alert(document.domain)', 'scheme', 'javascript:'],
    ['protocol-relative', () => '//evil.example/v.json', 'origin', 'http://evil.example'],
    ['backslashes', () => '\\\\evil.example/v.json', 'origin', 'http://evil.example'],
    ['slash-backslash', () => '/\\evil.example/v.json', 'origin', 'http://evil.example'],
    ['https:host', () => 'https:evil.example/v.json', 'origin', 'https://evil.example'],
    [
      'a user name',
      () => 'http://127.0.0.1@evil.example/v.json',
      'credentials',
      'http://evil.example',
    ],
    [
      'a lookalike host',
      () => 'http://127.0.0.1.evil.example/v.json',
      'origin',
      'http://127.0.0.1.evil.example',
    ],
    ['a Cyrillic host', () => 'http://evil.exаmple/v.json', 'origin', 'http://evil.xn--exmple-4nf'],
    [
      'the same server by another name',
      (p) => `http://localhost:${p}/v.json`,
      'origin',
      `http://localhost:`,
    ],
    ['a very long value', () => `visits/${'a'.repeat(3000)}.json`, 'too-long', '3,012'],
  ];

  for (const [what, value, reason, named] of tricks) {
    test(`${what}`, async ({ page, baseURL }) => {
      const app = new URL(baseURL!).origin;
      const port = new URL(baseURL!).port;
      const raw = value(port);
      const watch = await watchRequests(page, app);
      await page.goto(`./?data=${encodeURIComponent(raw)}`);
      expect(await waitForState(page)).toBe('error');
      const notice = page.getByTestId('data-refused');
      await expect(notice).toHaveAttribute('data-reason', reason);
      await expect(notice.getByRole('heading', { level: 1 })).toHaveText(TITLE_AR);
      await expectNotLoaded(page);

      await page.getByRole('button', { name: 'Show in English' }).click();
      await expect(notice.getByRole('heading', { level: 1 })).toHaveText(TITLE_EN);
      await expect(notice).toContainText(named);
      // The value itself, as text, with what hid the trick made visible.
      const shown = await notice.getByTestId('refused-value').textContent();
      expect(shown!.length).toBeGreaterThan(0);
      expect([...shown!].some((c) => c.charCodeAt(0) <= 0x20)).toBe(false);
      await expectNotLoaded(page);

      // Nothing was fetched but the app's own files; no data:/blob: URL was handed to fetch().
      expect(watch.offOrigin).toEqual([]);
      expect(watch.all.filter((u) => !u.startsWith(app))).toEqual([]);
      const fetched = await watch.fetched();
      expect(fetched.filter((u) => !new URL(u, baseURL).href.startsWith(app))).toEqual([]);
      expect(fetched.some((u) => /v\.json|aaaa/.test(u))).toBe(false);
      // The address keeps what the link said (a reload explains again); the language switch
      // was written next to it.
      await expect.poll(() => new URL(page.url()).searchParams.get('lang')).toBe('en');
      expect(new URL(page.url()).searchParams.get('data')).toBe(raw);
    });
  }

  test('the notice offers the site’s own visit, which then loads as a page without data=', async ({
    page,
  }) => {
    await page.goto(`./?lang=en&view=timeline&data=${encodeURIComponent(` ${INLINE}`)}`);
    expect(await waitForState(page)).toBe('error');
    const link = page.getByRole('link', { name: 'Show this site’s own visit instead' });
    const href = new URL((await link.getAttribute('href'))!);
    expect(href.searchParams.get('data')).toBeNull();
    expect(href.searchParams.get('view')).toBe('timeline');
    await link.click();
    expect(await waitForState(page)).toBe('ready');
    expect(new URL(page.url()).searchParams.get('data')).toBeNull();
    await expect(page.locator('main')).toHaveCount(1);
    await expect(page.getByTestId('data-refused')).toHaveCount(0);
  });

  test('the refused value is data text, never markup', async ({ page }) => {
    const raw = 'https://evil.example/<img src=x onerror="window.pwned=1">\u202Egnp.json';
    await page.goto(`./?lang=en&data=${encodeURIComponent(raw)}`);
    expect(await waitForState(page)).toBe('error');
    const notice = page.getByTestId('data-refused');
    await expect(notice.locator('img')).toHaveCount(0);
    await expect(notice.getByTestId('refused-value')).toHaveText(
      'https://evil.example/<img%20src=x%20onerror="window.pwned=1">%E2%80%AEgnp.json',
    );
    expect(await page.evaluate(() => 'pwned' in window)).toBe(false);
  });
});

test.describe('what may load', () => {
  test.beforeEach(async ({ page }) => {
    await page.route('**/visits/forged.json', (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: FORGED }),
    );
  });

  test('a same-origin file loads, fetched at the URL it resolves to', async ({ page, baseURL }) => {
    const app = new URL(baseURL!).origin;
    const watch = await watchRequests(page, app);
    // The same file a link could also write with spaces around it: the browser strips them.
    for (const value of ['visits/forged.json', ' \n visits/forged.json\t']) {
      await page.goto(`./?lang=en&data=${encodeURIComponent(value)}`);
      expect(await waitForState(page)).toBe('ready');
      await expect(page.locator('main')).toHaveCount(1);
      await expect(page.getByRole('heading', { level: 1 })).toContainText('FORGED OFFICIAL VISIT');
      expect(await watch.fetched()).toContain(`${app}/visits/forged.json`);
      await expect(page.getByRole('button', { name: 'Copy link' })).toBeVisible();
    }
    expect(watch.offOrigin).toEqual([]);
  });

  test.describe('another origin', () => {
    let other: StaticServer;
    let otherOrigin: string;
    test.beforeAll(async () => {
      other = await serveStatic(
        null,
        '/',
        { 'access-control-allow-origin': '*' },
        { 'v.json': FORGED },
      );
      otherOrigin = new URL(other.url).origin;
    });
    test.afterAll(() => other.close());

    const sites: StaticServer[] = [];
    test.afterEach(async () => {
      await Promise.all(sites.splice(0).map((s) => s.close()));
    });
    /** The app served by a host whose tag lists `list`, showing `?data=value`. */
    const load = async (page: Page, list: string, value: string) => {
      const site = await serveAppAllowing(list);
      sites.push(site);
      const watch = await watchRequests(page, new URL(site.url).origin, [otherOrigin]);
      await page.goto(`${site.url}?lang=en&data=${encodeURIComponent(value)}`);
      return { state: await waitForState(page), watch };
    };

    test('is refused by default, and nothing is asked of it', async ({ page }) => {
      const { state, watch } = await load(page, '', `${otherOrigin}/v.json`);
      expect(state).toBe('error');
      const notice = page.getByTestId('data-refused');
      await expect(notice).toContainText(
        `This link asks for a visit from ${otherOrigin}, which this site does not allow.`,
      );
      await expectNotLoaded(page);
      expect(watch.all.filter((u) => u.startsWith(otherOrigin))).toEqual([]);
    });

    test('is refused when the list only looks like it names it', async ({ page }) => {
      const host = otherOrigin.replace('http://', '');
      const list = [
        `http://${host}@evil.example`,
        `http://evil.example@${host}`,
        `${otherOrigin}.evil.example`,
        `${otherOrigin}/v.json`,
        `${otherOrigin}\\@evil.example`,
        otherOrigin.replace(/:\d+$/, ''),
        otherOrigin.replace('http:', 'https:'),
        `*.${host}`,
        `//${host}`,
        host,
        'javascript:alert(1)',
        'data:',
      ].join(' ');
      const { state, watch } = await load(page, list, `${otherOrigin}/v.json`);
      expect(state).toBe('error');
      await expect(page.getByTestId('data-refused')).toHaveAttribute('data-reason', 'origin');
      await expectNotLoaded(page);
      expect(watch.all.filter((u) => u.startsWith(otherOrigin))).toEqual([]);
    });

    test('loads when the host lists it exactly (any case, default port)', async ({ page }) => {
      const list = `https://a.example ${otherOrigin.toUpperCase()}/`;
      const { state, watch } = await load(page, list, `  ${otherOrigin}/v.json`);
      expect(state).toBe('ready');
      await expect(page.getByRole('heading', { level: 1 })).toContainText('FORGED OFFICIAL VISIT');
      expect(await watch.fetched()).toContain(`${otherOrigin}/v.json`);
    });

    test('with *, loads from any http(s) origin, but never a data: visit', async ({ page }) => {
      let r = await load(page, '*', `${otherOrigin}/v.json`);
      expect(r.state).toBe('ready');
      await page.unrouteAll({ behavior: 'wait' });
      r = await load(page, '*', `\u0000${INLINE}`);
      expect(r.state).toBe('error');
      await expect(page.getByTestId('data-refused')).toHaveAttribute('data-reason', 'scheme');
      await expectNotLoaded(page);
    });
  });
});

test('index.html ships the tag empty: only this site’s own files', () => {
  const html = readFileSync('index.html', 'utf8');
  expect(html).toMatch(/<meta name="ziyara-allowed-origins" content="" \/>/);
});
