/**
 * The README's "Hosting securely" headers, as written there (read from its ```http block), on
 * the built app from a sub-path: the views, a large file validated in the Web Worker, the embed
 * dialog and every export (editable SVG, outlined SVG, PNG), with no Content-Security-Policy
 * violation.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { generateVisit } from '../fixtures/synthetic';
import { serveStatic, type StaticServer } from './staticServer';
import { waitForState } from './helpers';

/** The built app (`ZIYARA_DIST` points elsewhere for an ad-hoc build). */
const DIST = process.env.ZIYARA_DIST ?? 'dist';

/** `Name: value` lines of the README's ```http block under "Hosting securely". */
function recommendedHeaders(): Record<string, string> {
  const readme = readFileSync('README.md', 'utf8');
  const section = readme.slice(readme.indexOf('## Hosting securely'));
  const block = /```http\n([\s\S]*?)```/.exec(section)?.[1] ?? '';
  return Object.fromEntries(
    block
      .trim()
      .split('\n')
      .map((line) => [
        line.slice(0, line.indexOf(':')).toLowerCase(),
        line.slice(line.indexOf(':') + 1).trim(),
      ]),
  );
}

test.describe('the recommended headers', () => {
  let site: StaticServer;
  const headers = recommendedHeaders();
  test.beforeAll(async () => {
    const big = JSON.stringify(generateVisit({ seed: 7, meetings: 3000 }));
    site = await serveStatic(DIST, '/ziyara/', headers, { 'big.json': big });
  });
  test.afterAll(() => site.close());

  test('are the ones the README lists', () => {
    expect(Object.keys(headers).sort()).toEqual([
      'content-security-policy',
      'referrer-policy',
      'x-content-type-options',
    ]);
    expect(headers['content-security-policy']).not.toMatch(/unsafe-inline|'unsafe-eval'/);
  });

  test('run the views, the worker, the embed dialog and the exports they allow', async ({
    page,
  }) => {
    test.setTimeout(300_000); // the default is 120 s (playwright.config.ts)
    const problems: string[] = [];
    const requests: string[] = [];
    page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
    page.on('pageerror', (e) => problems.push(e.message));
    page.on('request', (r) => requests.push(r.url()));
    await page.addInitScript(() =>
      document.addEventListener('securitypolicyviolation', (e) =>
        console.error(`CSP: ${e.violatedDirective} ${e.blockedURI}`),
      ),
    );
    await page.goto(`${site.url}?data=big.json&lang=en`);
    expect(await waitForState(page)).toBe('ready');
    expect(requests.some((u) => /parse\.worker-[\w-]+\.js$/.test(u))).toBe(true);

    await page.goto(`${site.url}?lang=en`);
    expect(await waitForState(page)).toBe('ready');
    await page.getByRole('button', { name: 'Embed', exact: true }).click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await page.keyboard.press('Escape');

    // Every export format, from the view whose English labels hold Hangul (IBM Plex Sans KR
    // chunks, hb-subset and CompressionStream for the WOFF subsets, HarfBuzz, PNG through blob:
    // and canvas).
    const section = page.locator('section.orgchart');
    // Names in the file's other languages are off by default (issue 14): ask for them, so the
    // chart (and so the editable export) holds Hangul.
    await section.getByRole('checkbox', { name: 'Other scripts (Arabic and Korean)' }).check();
    await expect(section.locator('svg.chart text', { hasText: '고진' })).toHaveCount(1);
    for (const [format, file] of [
      ['SVG, editable text', /-orgchart\.svg$/],
      ['SVG, text as outlines', /-outlined\.svg$/],
      ['PNG image', /\.png$/],
    ] as const) {
      await section.getByRole('button', { name: 'Export' }).click();
      await section.getByRole('radio', { name: format }).check();
      const download = page.waitForEvent('download');
      await section.getByRole('button', { name: 'Download' }).click();
      const done = await download;
      expect(done.suggestedFilename()).toMatch(file);
      const body = readFileSync((await done.path())!);
      if (format === 'PNG image') expect(body.subarray(1, 4).toString()).toBe('PNG');
      else {
        const xml = body.toString();
        expect(xml).toMatch(/^<\?xml[^>]*>\n<svg /);
        expect(xml).toMatch(/<\/svg>\n$/);
        // Editable: the text with its fonts (a Korean subset among them); outlined: no text.
        if (format === 'SVG, editable text') {
          expect(xml).toContain('고진');
          expect(xml).toMatch(/@font-face\{[^}]*unicode-range:U\+[B-D][0-9A-F]{3}/);
          expect(xml).toContain('src:url(data:font/woff;base64,');
        } else expect(xml).not.toMatch(/<text[\s>]/);
      }
      await page.keyboard.press('Escape');
    }
    expect(problems).toEqual([]);
    // The subsetter's wasm came from the site itself, under connect-src (default-src 'self').
    expect(requests.some((u) => /\/assets\/harfbuzz-subset-[\w-]+\.wasm$/.test(u))).toBe(true);
    expect(
      requests.filter(
        (u) => !u.startsWith(site.url) && !u.startsWith('blob:') && !u.startsWith('data:'),
      ),
    ).toEqual([]);
  });
});
