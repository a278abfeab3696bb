/**
 * The headless CLI (`npm run render`, issue 16) writes the file the browser's Export menu writes.
 * For both bundled visits, both views, both SVG kinds, Arabic and English: the whole chart is
 * downloaded from the page and rendered by the CLI, both files are drawn by rsvg-convert and the
 * two images compared pixel by pixel. A pixel "differs" when a channel moves by more than 48/255,
 * as in export.spec.ts; the limit is that spec's rsvg-convert limit (0.1 % of the pixels), and a
 * mirrored control shows what a real fault costs. The files' sizes must agree too.
 *
 * And the CLI's text measurer (HarfBuzz, `measureHb.ts`) agrees with Chromium's canvas within a
 * pixel for every label of the bundled visits, at every size and weight the layouts measure.
 *
 * Files are written to $ZIYARA_SHOTS (default /tmp/zh/render/cli) for a look by eye.
 *
 * The CLI runs once per visit and language: one process writes that test's four files (`+`
 * between their options), as a pipeline would; the first run builds its bundle. The measurer
 * test reads the editable files those runs wrote and renders (again in one run) only those a
 * failed or skipped test left unwritten.
 */
import { execFileSync } from 'node:child_process';
import { appendFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { waitForState } from './helpers';

const SHOTS = process.env.ZIYARA_SHOTS ?? '/tmp/zh/render/cli';
mkdirSync(SHOTS, { recursive: true });
const ROOT = resolve('.');
// Inside the checkout: the bundle's own imports (jsdom, HarfBuzz, the fonts) resolve from there.
const CACHE = join(ROOT, 'node_modules/.cache/ziyara-render-e2e');
const LIMIT = 0.001;

type View = 'orgchart' | 'timeline';
type Format = 'svg-text' | 'svg-outline';
type Lang = 'ar' | 'en';
const WORDS = {
  ar: {
    button: 'تصدير',
    'svg-text': 'SVG بنص قابل للتحرير',
    'svg-outline': 'SVG بنص محوَّل إلى أشكال',
    whole: 'المخطط كاملاً',
    go: 'تنزيل',
  },
  en: {
    button: 'Export',
    'svg-text': 'SVG, editable text',
    'svg-outline': 'SVG, text as outlines',
    whole: 'Whole chart',
    go: 'Download',
  },
} as const;

/** One run of the CLI writing every file of `jobs` (each an argument list). */
function cli(jobs: string[][]): string {
  const args = jobs.flatMap((j, i) => (i ? ['+', ...j] : j));
  return execFileSync(process.execPath, ['scripts/render.mjs', ...args], {
    cwd: ROOT,
    env: { ...process.env, ZIYARA_RENDER_CACHE: CACHE },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

const job = (
  visit: string,
  view: View,
  format: Format,
  lang: Lang,
  out: string,
  more: string[],
) => [
  '--visit',
  visit,
  '--view',
  view,
  '--format',
  format,
  '--lang',
  lang,
  '--whole',
  ...more,
  '-o',
  out,
];

/** The editable files this worker's CLI runs have written (the measurer test reads them). */
const written = new Set<string>();

async function open(page: Page, visit: string, lang: Lang) {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`./?visit=${visit}&lang=${lang}`);
  expect(await waitForState(page)).toBe('ready');
  await page.evaluate(() => document.fonts.ready);
}

const section = (page: Page, view: View) =>
  view === 'orgchart' ? page.locator('section.orgchart') : page.getByTestId('timeline');

async function browserExport(page: Page, view: View, format: Format, lang: Lang) {
  const s = section(page, view);
  const w = WORDS[lang];
  await s.getByRole('button', { name: w.button, exact: true }).click();
  await s.getByRole('radio', { name: w[format] }).check();
  await s.getByRole('radio', { name: w.whole }).check();
  const download = page.waitForEvent('download');
  await s.getByRole('button', { name: w.go }).click();
  const file = await download;
  const xml = readFileSync((await file.path())!, 'utf8');
  await expect(s.getByRole('dialog').getByRole('status')).toHaveAttribute('data-ms', /\d/);
  await page.keyboard.press('Escape');
  return { xml, filename: file.suggestedFilename() };
}

/** The live chart's width, which the whole timeline starts from (the CLI's `--width`). */
async function chartWidth(page: Page, view: View): Promise<number> {
  const svg = section(page, view).locator(
    view === 'timeline' ? '[data-testid="tl-svg"]' : 'svg.chart',
  );
  return svg.first().evaluate((e) => e.getBoundingClientRect().width);
}

const sizeOf = (xml: string) => {
  const root = /<svg\b[^>]*>/.exec(xml)![0];
  return [/ width="([\d.]+)"/.exec(root)![1], / height="([\d.]+)"/.exec(root)![1]].map(Number);
};
const png = (svgFile: string) => {
  const out = svgFile.replace(/\.svg$/, '.png');
  execFileSync('rsvg-convert', ['-o', out, svgFile]);
  return `data:image/png;base64,${readFileSync(out).toString('base64')}`;
};

for (const visit of ['korea-2022', 'uae-2023'])
  for (const lang of ['ar', 'en'] as const)
    test(`${visit}, ${lang}: the CLI writes the Export menu's whole-chart files`, async ({
      page,
    }) => {
      test.setTimeout(600_000);
      await open(page, visit, lang);
      const cases = [];
      for (const view of ['orgchart', 'timeline'] as const)
        for (const format of ['svg-outline', 'svg-text'] as const) {
          const name = `${visit}-${view}-${format}-${lang}`;
          const browser = await browserExport(page, view, format, lang);
          const bFile = join(SHOTS, `${name}.browser.svg`);
          writeFileSync(bFile, browser.xml);
          const cFile = join(SHOTS, `${name}.cli.svg`);
          const width = await chartWidth(page, view);
          cases.push({ name, format, browser, bFile, cFile, width, view });
        }
      // One CLI run for the four files, each at its chart's width.
      cli(
        cases.map((c) => job(visit, c.view, c.format, lang, c.cFile, ['--width', String(c.width)])),
      );
      for (const { name, format, browser, bFile, cFile } of cases) {
        if (format === 'svg-text') written.add(cFile);
        const mine = readFileSync(cFile, 'utf8');
        const [bw, bh] = sizeOf(browser.xml);
        const [cw, ch] = sizeOf(mine);
        expect(Math.abs(cw! - bw!), `${name}: width ${cw} vs ${bw}`).toBeLessThanOrEqual(0.5);
        expect(Math.abs(ch! - bh!), `${name}: height ${ch} vs ${bh}`).toBeLessThanOrEqual(0.5);
        expect(mine.includes('<text')).toBe(browser.xml.includes('<text'));
        const a = png(bFile);
        const b = png(cFile);
        const same = await diff(page, a, b, {});
        expect(same.frac, `${name}: ${JSON.stringify(same)}`).toBeLessThan(LIMIT);
        const mirrored = await diff(page, a, b, { mirror: true });
        expect(mirrored.frac, `${name}: mirrored control`).toBeGreaterThan(LIMIT * 10);
        test.info().annotations.push({ type: name, description: JSON.stringify(same) });
        appendFileSync(
          join(SHOTS, 'diffs.jsonl'),
          `${JSON.stringify({ name, ...same, mirrored: mirrored.frac })}\n`,
        );
      }
    });

test("the CLI's measurer agrees with Chromium's canvas within a pixel on every label (and a pixel per character no face has)", async ({
  page,
}) => {
  test.setTimeout(600_000);
  await open(page, 'korea-2022', 'ar');
  // Every string of both visits, and every text the CLI's editable files draw.
  const texts = new Set<string>();
  const collect = (v: unknown): void => {
    if (typeof v === 'string') texts.add(v);
    else if (Array.isArray(v)) v.forEach(collect);
    else if (v && typeof v === 'object') Object.values(v).forEach(collect);
  };
  // The editable files the tests above wrote in this worker; the others rendered here, in one run.
  const files: string[] = [];
  const toRender: string[][] = [];
  for (const visit of ['korea-2022', 'uae-2023']) {
    collect(JSON.parse(readFileSync(`data/visits/${visit}.json`, 'utf8')));
    for (const lang of ['ar', 'en'] as const)
      for (const view of ['orgchart', 'timeline'] as const) {
        const done = join(SHOTS, `${visit}-${view}-svg-text-${lang}.cli.svg`);
        const out = written.has(done) ? done : join(SHOTS, `labels-${visit}-${view}-${lang}.svg`);
        if (out !== done) toRender.push(job(visit, view, 'svg-text', lang, out, []));
        files.push(out);
      }
  }
  if (toRender.length) cli(toRender);
  for (const out of files)
    for (const m of readFileSync(out, 'utf8').matchAll(/<text[^>]*>([^<]*)<\/text>/g))
      texts.add(
        m[1]!
          .replace(/&lt;/g, '<')
          .replace(/&gt;/g, '>')
          .replace(/&quot;/g, '"')
          .replace(/&amp;/g, '&'),
      );
  // Hangul is drawn only in the "other scripts" mode, with faces the page adds on demand.
  const labels = [...texts].filter((t) => t.trim() && !/[\u1100-\u11ff\uac00-\ud7af]/.test(t));
  const specs = [11.5, 12, 12.5, 13, 14, 15].flatMap((size) =>
    [400, 600].map((weight) => ({ size, weight })),
  );
  const mod = (await import(pathToFileURL(join(CACHE, 'render.mjs')).href)) as {
    hbWidths: (t: string[], s: typeof specs) => Promise<number[][]>;
    hbFallbackChars: (t: string[]) => Promise<number[]>;
  };
  const hb = await mod.hbWidths(labels, specs);
  // Characters none of the page's faces has (č, ć in "Vučić"): the canvas draws them in a
  // system font it picks itself, the CLI in fontconfig's sans-serif; allowed 1 px each more.
  const missing = await mod.hbFallbackChars(labels);
  const canvas = await page.evaluate(
    async ({ labels, specs }) => {
      const stack = getComputedStyle(document.documentElement).getPropertyValue('--font');
      for (const s of specs)
        await document.fonts.load(`${s.weight} ${s.size}px ${stack}`, labels.join(''));
      const ctx = document.createElement('canvas').getContext('2d')!;
      return labels.map((t) =>
        specs.map((s) => {
          ctx.font = `${s.weight} ${s.size}px ${stack}`;
          return ctx.measureText(t).width;
        }),
      );
    },
    { labels, specs },
  );
  let worst = { d: 0, label: '', spec: '', fallback: 0 };
  let count = 0;
  const over: (typeof worst)[] = [];
  labels.forEach((t, i) =>
    specs.forEach((s, j) => {
      const d = Math.abs(hb[i]![j]! - canvas[i]![j]!) - missing[i]!;
      count++;
      const at = { d, label: t, spec: `${s.weight} ${s.size}px`, fallback: missing[i]! };
      if (d > worst.d) worst = at;
      if (d > 0.5) over.push(at);
    }),
  );
  const flat = canvas.flat(); // once: flattening it per width made this test take minutes
  const mean = hb.flat().reduce((sum, w, k) => sum + Math.abs(w - flat[k]!), 0) / count;
  const withFallback = labels.filter((_, i) => missing[i]! > 0);
  test.info().annotations.push({
    type: 'measurer',
    description: `${count} widths, worst ${JSON.stringify(worst)}`,
  });
  writeFileSync(
    join(SHOTS, 'measurer.json'),
    JSON.stringify(
      { count, labels: labels.length, mean, worst, withFallback, over: over.slice(0, 30) },
      null,
      1,
    ),
  );
  expect(worst.d, JSON.stringify(worst)).toBeLessThanOrEqual(1);
});

interface DiffOptions {
  mirror?: boolean;
}

/** Share of pixels whose colour differs by more than 48/255 in some channel (export.spec.ts). */
async function diff(page: Page, a: string, b: string, o: DiffOptions) {
  return page.evaluate(
    async ({ a, b, o }) => {
      const load = (src: string) =>
        new Promise<HTMLImageElement>((res, rej) => {
          const i = new Image();
          i.onload = () => res(i);
          i.onerror = () => rej(new Error('image failed to load'));
          i.src = src;
        });
      const [ia, ib] = await Promise.all([load(a), load(b)]);
      const w = Math.max(ia.naturalWidth, ib.naturalWidth);
      const h = Math.max(ia.naturalHeight, ib.naturalHeight);
      const pixels = (img: HTMLImageElement, mirror = false) => {
        const c = document.createElement('canvas');
        c.width = w;
        c.height = h;
        const g = c.getContext('2d')!;
        g.fillStyle = '#fff';
        g.fillRect(0, 0, w, h);
        if (mirror) g.setTransform(-1, 0, 0, 1, w, 0);
        g.drawImage(img, 0, 0);
        return g.getImageData(0, 0, w, h).data;
      };
      const pa = pixels(ia);
      const pb = pixels(ib, o.mirror);
      let differ = 0;
      for (let i = 0; i < pa.length; i += 4)
        if (
          Math.abs(pa[i]! - pb[i]!) > 48 ||
          Math.abs(pa[i + 1]! - pb[i + 1]!) > 48 ||
          Math.abs(pa[i + 2]! - pb[i + 2]!) > 48
        )
          differ++;
      return { w, h, differ, frac: differ / (w * h) };
    },
    { a, b, o },
  );
}
