/**
 * One fresh page load (new browser context) and everything measured on it: bytes loaded by first
 * contentful paint, by ready and after ready,
 * time to ready, heap, DOM/SVG counts, frame intervals while zooming, and (for Ziyara, when the
 * export module exists) SVG export.
 */
import type { Browser, BrowserContext, CDPSession, Page } from '@playwright/test';
import type { StaticServer } from './server';

export const READY_TIMEOUT_MS = 60_000;
/** The 20 zoom steps stop early past this (a peer taking seconds per step), to bound the run. */
export const ZOOM_BUDGET_MS = 15_000;
/** All of one page's exports (cold + warm repeats) stop past this. */
export const EXPORT_BUDGET_MS = 120_000;
export const VIEWPORT = { width: 1280, height: 800 };

export type Category = 'js' | 'css' | 'font' | 'html' | 'data' | 'harness' | 'other';
export type Bytes = Record<Category, { raw: number; gzip: number; count: number }>;

export interface Frames {
  /** Intervals between animation frames while zooming, ms. */
  median: number;
  p95: number;
  max: number;
  frames: number;
  /** From the first wheel step to the last frame recorded, ms. */
  durationMs: number;
  /** Whether the view visibly changed on a zoom step (a fingerprint of the chart differs). */
  zoomChanged: boolean;
  how: string;
  /** Zoom steps done: 20, or fewer when they took longer than ZOOM_BUDGET_MS together. */
  steps: number;
}

export interface ExportResult {
  view: 'timeline' | 'orgchart';
  textMode: 'text' | 'outline';
  /** The page's first export: it loads the tooling. */
  cold: boolean;
  /** The menu's own `data-ms` (buildExport's wall time). */
  ms: number;
  /** In-page click → done (adds the menu's rendering and the download). */
  wallMs?: number;
  /** File size (`data-bytes`). */
  bytes: number;
}

export interface LoadResult {
  ok: boolean;
  /** "timeout" when the page did not reach ready within 60 s. */
  failure?: 'timeout' | 'error';
  error?: string;
  /** performance.now() in the page when <html data-state="ready"> appeared (navigation start = 0). */
  readyMs?: number;
  /** Harness wall clock from page.goto() to seeing ready (50 ms polling). */
  wallMs?: number;
  fcpMs?: number;
  /** What bounds `bytesFirstPaint`: first-contentful-paint, else first-paint, else ready (and never past ready). */
  firstPaintBy?: 'fcp' | 'fp' | 'ready';
  /** Bytes whose response ended by first contentful paint, or ready if sooner ("at first paint"; the HTML included). */
  bytesFirstPaint?: Bytes;
  /** Bytes whose response ended by ready (includes `bytesFirstPaint`). */
  bytes?: Bytes;
  /** Bytes fetched after ready (lazy chunks, fonts, export tooling). */
  bytesLater?: Bytes;
  externalBlocked?: string[];
  /** JS heap used after ready, after a forced GC (CDP Runtime.getHeapUsage). */
  heapBytes?: number;
  /** CDP Performance.getMetrics after ready. */
  metrics?: Record<string, number>;
  dom?: number;
  svg?: number;
  /** Items (marks, clusters, cards) drawn at ready, by the plan's `drawn` selector. */
  drawn?: number;
  frames?: Frames;
  frameError?: string;
  exports?: ExportResult[];
  exportNote?: string;
}

export interface ZoomPlan {
  /** CSS selectors tried in order; the first visible match is the chart (its largest <svg> if any). */
  selectors: string[];
  /** 'wheel' (page.mouse.wheel over the chart) or 'buttons' (click zoom-in ×10, zoom-out ×10). */
  how: 'wheel' | 'buttons';
  zoomIn?: string;
  zoomOut?: string;
  /** Hold Control during the wheel (embedded Ziyara's policy); false = plain wheel. */
  ctrl?: boolean;
  /** Wait after ready before zooming (peers' entrance animations), ms. */
  settleMs?: number;
  /** Stop the steps early past this many ms (default ZOOM_BUDGET_MS). */
  budgetMs?: number;
}

export interface LoadPlan {
  url: string;
  /** CSS selector of one drawn item (meeting mark, cluster, org card) to count at ready. */
  drawn?: string;
  zoom?: ZoomPlan;
  /** Run the export measurement (Ziyara only). */
  exportProbe?: (page: Page) => Promise<{ results: ExportResult[]; note?: string }>;
}

const INIT_SCRIPT = `(() => {
  try { performance.setResourceTimingBufferSize(100000); } catch {}
  const b = (window.__bench = { readyAt: null, state: null });
  const check = () => {
    const s = document.documentElement && document.documentElement.dataset.state;
    if ((s === 'ready' || s === 'error') && b.readyAt === null) {
      b.readyAt = performance.now();
      b.state = s;
    }
  };
  new MutationObserver(check).observe(document, {
    attributes: true, subtree: true, attributeFilter: ['data-state'],
  });
})();`;

function emptyBytes(): Bytes {
  const z = () => ({ raw: 0, gzip: 0, count: 0 });
  return { js: z(), css: z(), font: z(), html: z(), data: z(), harness: z(), other: z() };
}

export function categorize(pathname: string): Category {
  const ext = /\.([a-z0-9]+)$/i.exec(pathname)?.[1]?.toLowerCase() ?? '';
  if (pathname.startsWith('/pages/') && ext !== 'html') return 'harness';
  if (['js', 'mjs', 'cjs'].includes(ext)) return 'js';
  if (ext === 'css') return 'css';
  if (['woff2', 'woff', 'ttf', 'otf'].includes(ext)) return 'font';
  if (ext === 'html' || pathname.endsWith('/')) return 'html';
  if (ext === 'json') return 'data';
  return 'other';
}

function tally(server: StaticServer, urls: string[]): Bytes {
  const out = emptyBytes();
  for (const u of urls) {
    const url = new URL(u);
    if (url.origin !== server.origin) continue;
    const s = server.sizes(url.pathname);
    if (!s) continue;
    const c = out[categorize(url.pathname)];
    c.raw += s.raw;
    c.gzip += s.gzip;
    c.count += 1;
  }
  return out;
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i]!;
}

async function findChart(page: Page, selectors: string[]) {
  for (const sel of selectors) {
    const handle = await page.$(sel);
    if (!handle) continue;
    // The largest <svg> inside the view, if any: that is what the wheel should be over.
    const target = await handle.evaluateHandle((el) => {
      let best: Element = el;
      let area = 0;
      for (const svg of [el, ...el.querySelectorAll('svg')]) {
        if (svg.localName !== 'svg') continue;
        const r = svg.getBoundingClientRect();
        if (r.width * r.height > area) {
          area = r.width * r.height;
          best = svg;
        }
      }
      return best;
    });
    const el = target.asElement();
    if (!el) continue;
    await el.scrollIntoViewIfNeeded().catch(() => undefined);
    const box = await el.boundingBox();
    if (box && box.width > 10 && box.height > 10) return { el, box, selector: sel };
  }
  return null;
}

const FINGERPRINT = (el: Element) => {
  // Cheap, outside the measured window: the element count and the attributes of up to 400
  // elements spread evenly over the chart (positions, transforms, styles change on a zoom).
  const all = el.querySelectorAll('*');
  const step = Math.max(1, Math.floor(all.length / 400));
  let h = all.length;
  for (let i = 0; i < all.length; i += step) {
    const attrs = all[i]!.attributes;
    for (let j = 0; j < attrs.length; j++) {
      const v = attrs[j]!.value;
      for (let k = 0; k < v.length; k++) h = (h * 31 + v.charCodeAt(k)) | 0;
    }
  }
  return h;
};

async function measureZoom(page: Page, plan: ZoomPlan): Promise<Frames> {
  if (plan.settleMs) await page.waitForTimeout(plan.settleMs);
  const found = await findChart(page, plan.selectors);
  if (!found) throw new Error(`no chart found for ${plan.selectors.join(', ')}`);
  const { box } = found;
  const vw = VIEWPORT.width;
  const vh = VIEWPORT.height;
  const x = Math.min(vw - 5, Math.max(5, box.x + box.width / 2));
  const y = Math.min(vh - 5, Math.max(5, box.y + Math.min(box.height, vh - box.y) / 2));
  const rootHandle = await page.evaluateHandle(
    ({ sel }) => document.querySelector(sel) ?? document.body,
    { sel: found.selector },
  );
  await page.mouse.move(x, y);
  await page.waitForTimeout(100); // hover effects settle before the fingerprint
  const before = await rootHandle.evaluate(FINGERPRINT);

  let buttons: { in: { x: number; y: number }; out: { x: number; y: number } } | null = null;
  if (plan.how === 'buttons') {
    const center = async (sel: string) => {
      const b = await (await page.$(sel))?.boundingBox();
      if (!b) throw new Error(`no zoom button ${sel}`);
      return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
    };
    buttons = { in: await center(plan.zoomIn!), out: await center(plan.zoomOut!) };
  }

  // Record rAF timestamps in the page from just before the first step to 300 ms after the last.
  // (A string, not a function: tsx would wrap the named inner function in its `__name` helper,
  // which does not exist in the page.)
  await page.evaluate(`new Promise((resolve) => {
    window.__frames = [];
    window.__recording = true;
    const loop = (t) => {
      window.__frames.push(t);
      if (window.__recording) requestAnimationFrame(loop);
    };
    requestAnimationFrame(loop);
    requestAnimationFrame(() => requestAnimationFrame(() => resolve()));
  })`);
  const t0 = await page.evaluate(() => performance.now());
  const nextFrame = () =>
    page.evaluate(() => new Promise<void>((r) => requestAnimationFrame(() => r())));
  if (plan.ctrl) await page.keyboard.down('Control');
  const budget = plan.budgetMs ?? ZOOM_BUDGET_MS;
  const started = Date.now();
  let steps = 0;
  for (let i = 0; i < 20 && Date.now() - started < budget; i++, steps++) {
    const zoomIn = i < 10;
    if (buttons) {
      const p = zoomIn ? buttons.in : buttons.out;
      await page.mouse.click(p.x, p.y);
    } else {
      await page.mouse.wheel(0, zoomIn ? -100 : 100);
    }
    // One step per frame at most: a continuous wheel gesture, paced by the page itself.
    await nextFrame();
  }
  if (plan.ctrl) await page.keyboard.up('Control');
  await page.waitForTimeout(300);
  const frames = await page.evaluate((start) => {
    const w = window as unknown as { __frames: number[]; __recording: boolean };
    w.__recording = false;
    return w.__frames.filter((t) => t >= start);
  }, t0);
  // Did zooming change anything? One more step in, outside the measured window.
  if (plan.ctrl) await page.keyboard.down('Control');
  await race(
    buttons ? page.mouse.click(buttons.in.x, buttons.in.y) : page.mouse.wheel(0, -300),
    10_000,
  );
  if (plan.ctrl) await page.keyboard.up('Control');
  await page.waitForTimeout(400);
  const after = await rootHandle.evaluate(FINGERPRINT);

  const intervals = frames
    .slice(1)
    .map((t, i) => t - frames[i]!)
    .sort((a, b) => a - b);
  return {
    median: percentile(intervals, 50),
    p95: percentile(intervals, 95),
    max: intervals[intervals.length - 1] ?? NaN,
    frames: intervals.length,
    durationMs: frames.length ? frames[frames.length - 1]! - t0 : NaN,
    zoomChanged: before !== after,
    how: buttons ? 'zoom buttons' : plan.ctrl ? 'ctrl+wheel' : 'wheel',
    steps,
  };
}

async function cdpMetrics(cdp: CDPSession) {
  await cdp.send('HeapProfiler.collectGarbage').catch(() => undefined);
  const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  const { metrics } = (await cdp.send('Performance.getMetrics')) as {
    metrics: { name: string; value: number }[];
  };
  const keep = [
    'JSHeapUsedSize',
    'Nodes',
    'LayoutCount',
    'RecalcStyleCount',
    'LayoutDuration',
    'RecalcStyleDuration',
    'ScriptDuration',
    'TaskDuration',
  ];
  const out: Record<string, number> = {};
  for (const m of metrics) if (keep.includes(m.name)) out[m.name] = m.value;
  return { heapBytes: heap.usedSize, metrics: out };
}

export async function newContext(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({
    viewport: VIEWPORT,
    locale: 'ar',
    timezoneId: 'UTC',
    serviceWorkers: 'block',
  });
}

/** One fresh page load of `plan.url` in a new context; never throws. */
export async function measureLoad(
  browser: Browser,
  server: StaticServer,
  plan: LoadPlan,
): Promise<LoadResult> {
  const context = await newContext(browser);
  const external: string[] = [];
  // Only 127.0.0.1: peers that reach for CDNs or web fonts are cut off (and it is reported).
  await context.route(
    (url) => url.origin !== server.origin,
    (route) => {
      external.push(route.request().url());
      return route.abort('blockedbyclient');
    },
  );
  await context.addInitScript(INIT_SCRIPT);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const result: LoadResult = { ok: false, externalBlocked: external };
  try {
    const t0 = Date.now();
    await page.goto(server.origin + plan.url, { waitUntil: 'commit', timeout: READY_TIMEOUT_MS });
    const left = READY_TIMEOUT_MS - (Date.now() - t0);
    // Polled in the page, which cannot answer while a long task runs: the deadline is kept here.
    const seen = page
      .waitForFunction(
        () =>
          (window as unknown as { __bench?: { readyAt: number | null } }).__bench?.readyAt != null,
        null,
        { timeout: 0, polling: 50 },
      )
      .then(
        () => true,
        () => false,
      );
    if (!(await race(seen, Math.max(1, left))) || !(await seen)) {
      result.failure = 'timeout';
      result.error = `not ready within ${READY_TIMEOUT_MS / 1000} s`;
      // The page is stuck in a long task, and closing it would wait for that task (a minute more
      // for TimelineJS at 10,000): crash its renderer (handled off its main thread; never answers).
      void cdp.send('Page.crash').catch(() => undefined);
      return result;
    }
    result.wallMs = Date.now() - t0;
    const info = await page.evaluate(() => {
      const b = (window as unknown as { __bench: { readyAt: number; state: string } }).__bench;
      const entries = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
      const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime;
      return {
        readyAt: b.readyAt,
        state: b.state,
        error: (window as unknown as { __benchError?: string }).__benchError,
        errorText: document.querySelector('[role="alert"]')?.textContent?.slice(0, 500),
        before: [
          location.href,
          ...entries.filter((e) => e.responseEnd <= b.readyAt).map((e) => e.name),
        ],
        fcp,
      };
    });
    if (info.state !== 'ready') {
      result.failure = 'error';
      result.error = info.error ?? info.errorText ?? 'data-state="error"';
      return result;
    }
    result.readyMs = info.readyAt;
    result.fcpMs = info.fcp;
    result.bytes = tally(server, info.before);
    Object.assign(result, await cdpMetrics(cdp));
    const counts = await page.evaluate(
      (drawn) => ({
        dom: document.getElementsByTagName('*').length,
        svg: document.getElementsByTagNameNS('http://www.w3.org/2000/svg', '*').length,
        drawn: drawn ? document.querySelectorAll(drawn).length : undefined,
      }),
      plan.drawn,
    );
    result.dom = counts.dom;
    result.svg = counts.svg;
    result.drawn = counts.drawn;
    result.ok = true;

    if (plan.zoom) {
      try {
        result.frames = await withTimeout(measureZoom(page, plan.zoom), READY_TIMEOUT_MS, 'zoom');
      } catch (e) {
        result.frameError = e instanceof Error ? e.message.split('\n')[0] : String(e);
      }
    }
    if (plan.exportProbe) {
      try {
        const r = await withTimeout(plan.exportProbe(page), EXPORT_BUDGET_MS, 'export');
        result.exports = r.results;
        result.exportNote = r.note;
      } catch (e) {
        result.exportNote = `export failed: ${e instanceof Error ? e.message.split('\n')[0] : e}`;
      }
    }
    // Read at the end, so that the paint entries have surely been reported (they can trail
    // ready by a frame): bytes by first contentful paint, and everything fetched after ready
    // (lazy chunks, late fonts, export tooling).
    const end = await page
      .evaluate((readyAt) => {
        const entries = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
        // No named inner functions here: tsx would wrap them in a `__name` helper the page lacks.
        const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime;
        const fp = performance.getEntriesByName('first-paint')[0]?.startTime;
        const by = fcp !== undefined ? 'fcp' : fp !== undefined ? 'fp' : 'ready';
        // Never past ready: what a page fetches after it is ready (idle prefetches, lazy panels)
        // is not needed for its first paint, even when a loaded machine reports that paint late.
        const bound = Math.min(fcp ?? fp ?? readyAt, readyAt);
        return {
          fcp,
          by: by as 'fcp' | 'fp' | 'ready',
          firstPaint: [
            location.href,
            ...entries.filter((e) => e.responseEnd <= bound).map((e) => e.name),
          ],
          later: entries.filter((e) => e.responseEnd > readyAt).map((e) => e.name),
        };
      }, result.readyMs ?? 0)
      .catch((e: unknown) => {
        result.error = `resource timing not read: ${e instanceof Error ? e.message.split('\n')[0] : e}`;
        return null;
      });
    if (end) {
      result.fcpMs = end.fcp;
      result.firstPaintBy = end.by;
      result.bytesFirstPaint = tally(server, end.firstPaint);
    }
    result.bytesLater = tally(server, end?.later ?? []);
    return result;
  } catch (e) {
    result.ok = false;
    result.failure = result.failure ?? 'error';
    result.error = e instanceof Error ? e.message.split('\n')[0] : String(e);
    return result;
  } finally {
    if (!(await race(context.close(), 10_000).catch(() => false))) {
      // Still stuck: crash the renderer (handled off its main thread; never answers), then close.
      void cdp.send('Page.crash').catch(() => undefined);
      await race(context.close(), 10_000).catch(() => undefined);
    }
  }
}

/** Resolves true when `p` settles within `ms`, false otherwise. */
function race(p: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout;
  return Promise.race([
    p.then(() => true).finally(() => clearTimeout(timer)),
    new Promise<boolean>((resolve) => {
      timer = setTimeout(() => resolve(false), ms);
    }),
  ]);
}

function withTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout;
  return Promise.race([
    p.finally(() => clearTimeout(timer)),
    new Promise<T>((_, reject) => {
      timer = setTimeout(
        () => reject(new Error(`${what} did not finish within ${ms / 1000} s`)),
        ms,
      );
    }),
  ]);
}
