/**
 * The largest legal file (issue 16): a visit at the limits of `src/lib/model/limits.ts` —
 * 20,000 meetings, 20,000 events, about 20,000 people, 10,000 organizations — loaded with
 * `?data=`, in both views. Prints, per view: time to ready (navigation start → `data-state`
 * ready), the longest main-thread task up to ready (Long Tasks API), and in the org chart the
 * time to fold and unfold a first-level card (click → the next frame drawn).
 *
 *   npx tsx bench/largest.ts [--dist DIR] [--runs N] [--views timeline,orgchart]
 *                            [--profile | --trace]                   (standalone)
 *   measureLargest(browser, server, options)                         (from bench/run.ts)
 *
 * `--profile` writes a CDP CPU profile of each load to bench/.out/profiles/largest-*.cpuprofile;
 * `--trace` a Chromium trace up to ready (tasks and CPU samples on one clock) to
 * largest-*.trace.json, which `bench/longTask.ts` breaks down task by task.
 */
import { mkdirSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from '@playwright/test';
import { parseVisit } from '../src/lib/model/parseVisit';
import { LIMITS } from '../src/lib/model/limits';
import { generateVisit } from '../tests/fixtures/synthetic';
import { CHROMIUM_ARGS } from '../playwright.config';
import { newContext } from './measure';
import { serve, type StaticServer } from './server';
import { SEED } from './data';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'bench/.out');
export const LARGEST_FILE = 'largest.visit.json';

/** Writes the file at the limits into `dir` (once); returns its size in bytes. */
export function writeLargest(dir: string): number {
  const visit = generateVisit({
    seed: SEED,
    meetings: LIMITS.meetings,
    events: LIMITS.events,
    organizations: LIMITS.organizations - 1, // the generator adds the guest's delegation
    people: 17_000, // plus a sixth as guests: 19,833 in all
  });
  // Under the 20 MiB a file may have (19.5 MiB): Arabic titles only, no summaries or venues.
  for (const m of visit.meetings) {
    delete m.summary;
    if (m.location) delete m.location.venue;
    delete m.title.en;
  }
  for (const e of visit.events ?? []) delete e.title.en;
  const r = parseVisit(visit);
  if (!r.ok) throw new Error(`the largest visit does not pass the gate: ${r.errors[0]?.message}`);
  const text = JSON.stringify(visit);
  if (Buffer.byteLength(text) > LIMITS.fileBytes) throw new Error('the largest visit is too large');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, LARGEST_FILE), text);
  return Buffer.byteLength(text);
}

export interface LargestResult {
  view: 'timeline' | 'orgchart';
  readyMs: number;
  /** The longest main-thread task from navigation to ready. */
  longestTaskMs: number;
  /** Main-thread tasks over 200 ms before ready. */
  tasksOver200: number;
  foldMs?: number;
  unfoldMs?: number;
  unfoldRootMs?: number;
}

/**
 * Long tasks and the moment `data-state` turns ready, recorded in the page. A string: tsx would
 * wrap a function's inner functions in a helper the page does not have.
 */
const WATCH = `(() => {
  const w = { tasks: [], ready: NaN };
  window.largest = w;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) w.tasks.push([e.startTime, e.duration]);
  }).observe({ type: 'longtask', buffered: true });
  new MutationObserver(() => {
    if (Number.isNaN(w.ready) && document.documentElement.dataset.state === 'ready')
      w.ready = performance.now();
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-state'] });
})()`;

/**
 * Click → the next frame drawn, in ms, on the first fold toggle whose label starts with
 * `prefix` ("+": a folded card; "−": an open one) after the first `skip` such toggles.
 */
async function clickToFrame(page: Page, prefix: string, skip = 0): Promise<number> {
  await page
    .waitForFunction(
      `[...document.querySelectorAll('section.orgchart g.toggle')].filter((g) => g.textContent.trim().startsWith(${JSON.stringify(prefix)})).length > ${skip}`,
      null,
      { timeout: 120_000, polling: 500 },
    )
    .catch(async (e: unknown) => {
      const texts = await page.evaluate(
        `[...document.querySelectorAll('g.toggle')].map((g) => g.textContent)`,
      );
      throw new Error(
        `no fold toggle "${prefix}" #${skip} among ${JSON.stringify(texts)}: ${String(e)}`,
      );
    });
  return page.evaluate(
    `(async () => {
      const el = [...document.querySelectorAll('section.orgchart g.toggle')].filter((g) =>
        g.textContent.trim().startsWith(${JSON.stringify(prefix)}))[${skip}];
      const t0 = performance.now();
      el.dispatchEvent(new MouseEvent('click', { bubbles: true }));
      // The frame after the click: its rAF runs once the update is done; the task after it,
      // once that frame's style, layout and paint are.
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      return performance.now() - t0;
    })()`,
  );
}

export async function measureLargest(
  browser: Browser,
  server: StaticServer,
  view: 'timeline' | 'orgchart',
  profileTo?: string,
): Promise<LargestResult> {
  const context = await newContext(browser);
  try {
    const page = await context.newPage();
    await page.addInitScript(WATCH);
    const tracing = profileTo?.endsWith('.trace.json');
    const cdp = profileTo && !tracing ? await context.newCDPSession(page) : null;
    if (tracing)
      await browser.startTracing(page, {
        categories: [
          'devtools.timeline',
          'disabled-by-default-devtools.timeline',
          'disabled-by-default-v8.cpu_profiler',
          'v8',
        ],
      });
    if (cdp) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
      if (!process.env.LARGEST_PROFILE_FOLDS) await cdp.send('Profiler.start');
    }
    await page.goto(`${server.origin}/ziyara/index.html?view=${view}&data=/data/${LARGEST_FILE}`, {
      waitUntil: 'commit',
    });
    await page.waitForFunction(() => document.documentElement.dataset.state === 'ready', null, {
      timeout: 120_000,
    });
    await page.waitForTimeout(500);
    if (tracing && profileTo) {
      mkdirSync(dirname(profileTo), { recursive: true });
      writeFileSync(profileTo, await browser.stopTracing());
    }
    const { ready, tasks } = await page.evaluate(
      () =>
        (window as unknown as { largest: { tasks: [number, number][]; ready: number } }).largest,
    );
    const before = tasks.filter(([s]) => s < ready).map(([, d]) => d);
    const out: LargestResult = {
      view,
      readyMs: Math.round(ready),
      longestTaskMs: Math.round(Math.max(0, ...before)),
      tasksOver200: before.filter((d) => d > 200).length,
    };
    if (view === 'orgchart') {
      // The first card with a toggle is the root; the second, a first-level ministry, folded.
      await page.locator('section.orgchart').scrollIntoViewIfNeeded();
      if (process.env.LARGEST_SHOT) await page.screenshot({ path: process.env.LARGEST_SHOT });
      if (cdp && process.env.LARGEST_PROFILE_FOLDS) await cdp.send('Profiler.start');
      // Unfold a first-level card (a ministry of some 2,300 organizations), then fold the
      // root (every card under it) and unfold it again (back to the ministries, folded).
      out.unfoldMs = Math.round(await clickToFrame(page, '+'));
      await page.waitForTimeout(300);
      out.foldMs = Math.round(await clickToFrame(page, '−'));
      await page.waitForTimeout(300);
      out.unfoldRootMs = Math.round(await clickToFrame(page, '+'));
    }
    if (cdp && profileTo) {
      const { profile } = (await cdp.send('Profiler.stop')) as { profile: unknown };
      mkdirSync(dirname(profileTo), { recursive: true });
      writeFileSync(profileTo, JSON.stringify(profile));
    }
    return out;
  } finally {
    await context.close();
  }
}

export const formatLargest = (r: LargestResult) =>
  `largest file, ${r.view}: ready ${r.readyMs} ms, longest task ${r.longestTaskMs} ms (${r.tasksOver200} over 200 ms)` +
  (r.foldMs !== undefined
    ? `; unfold a ministry ${r.unfoldMs} ms, fold the root ${r.foldMs} ms, unfold it ${r.unfoldRootMs} ms`
    : '');

/**
 * The bench's largest-file case (`bench/run.ts`, skipped with `--quick`): writes the file into
 * `dataDir` (served at /data/), measures both views once and returns one note per view for the
 * results, each with the targets met or missed.
 */
export async function largestCase(
  browser: Browser,
  server: StaticServer,
  dataDir: string,
  quick: boolean,
): Promise<string[]> {
  if (quick) return [];
  const mib = (writeLargest(dataDir) / 2 ** 20).toFixed(1);
  const notes: string[] = [];
  for (const view of ['timeline', 'orgchart'] as const) {
    const r = await measureLargest(browser, server, view).catch((e: unknown) => String(e));
    const line = typeof r === 'string' ? `largest file, ${view}: failed: ${r}` : formatLargest(r);
    console.log(line);
    const verdict = (v: number | undefined, max: number) =>
      v === undefined ? '' : ` ${v <= max ? 'met' : 'missed'} (${(v / max).toFixed(2)})`;
    notes.push(
      typeof r === 'string'
        ? line
        : `${line} (${mib} MiB; targets: ready ≤ 3 s${verdict(r.readyMs, 3000)}, longest task ≤ 200 ms${verdict(r.longestTaskMs, 200)}` +
            (r.foldMs !== undefined
              ? `, fold/unfold ≤ 100 ms${verdict(Math.max(r.foldMs, r.unfoldMs ?? 0, r.unfoldRootMs ?? 0), 100)})`
              : ')'),
    );
  }
  return notes;
}

async function main() {
  const argv = process.argv;
  const opt = (name: string) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const dist = resolve(opt('--dist') ?? join(OUT, 'ziyara'));
  if (!existsSync(join(dist, 'index.html'))) throw new Error(`no build in ${dist}`);
  const data = join(OUT, 'data');
  console.log(`largest file: ${(writeLargest(data) / 2 ** 20).toFixed(1)} MiB`);
  const server = await serve({ '/ziyara/': dist, '/data/': data });
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  try {
    for (let i = 0; i < Number(opt('--runs') ?? 1); i++)
      for (const view of (opt('--views')?.split(',') ?? ['timeline', 'orgchart']) as (
        'timeline' | 'orgchart'
      )[]) {
        const prof = argv.includes('--profile')
          ? join(OUT, 'profiles', `largest-${view}.cpuprofile`)
          : argv.includes('--trace')
            ? join(OUT, 'profiles', `largest-${view}.trace.json`)
            : undefined;
        console.log(formatLargest(await measureLargest(browser, server, view, prof)));
      }
  } finally {
    await browser.close();
    await server.close();
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
}
