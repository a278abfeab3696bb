/**
 * Where Ziyara's time goes, for the owners of the views: a CDP CPU profile of one load or of the
 * 20 zoom steps, on an unminified build (so functions keep their names), each function mapped to
 * its source file and line through the build's source maps.
 *
 *   npx tsx bench/profile.ts --what timeline --size 1000 [--phase load|zoom] [--no-build]
 *   npx tsx bench/profile.ts --what orgchart --size 5000 --phase zoom
 *   npx tsx bench/profile.ts --what timeline --size 10 --trace   (Chromium trace instead:
 *       the renderer main thread's time by event — compile, script, style, layout, paint …)
 *
 * Prints the Chromium time split (script, layout, style) and the top functions by self and total
 * time; writes the .cpuprofile (open it in DevTools › Performance) to bench/.out/profiles/.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { writeData } from './data';
import { newContext } from './measure';
import { serve } from './server';
import { SourceMap } from './sourcemap';
import type { TraceEvent } from './trace';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'bench/.out');
const BUILD = join(OUT, 'ziyara-profile');

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}
interface Profile {
  nodes: Node[];
  samples: number[];
  timeDeltas: number[];
}

function arg(name: string, fallback: string) {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1]! : fallback;
}

async function main() {
  const what = arg('--what', 'timeline') as 'timeline' | 'orgchart';
  const size = Number(arg('--size', '1000'));
  const phase = arg('--phase', 'load') as 'load' | 'zoom';
  if (!process.argv.includes('--no-build') || !existsSync(join(BUILD, 'index.html'))) {
    const b = spawnSync(
      'npx',
      ['vite', 'build', '--minify', 'false', '--outDir', BUILD, '--emptyOutDir'],
      { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' } },
    );
    if (b.status !== 0) throw new Error(`vite build failed\n${b.stdout}\n${b.stderr}`);
  }
  const data = writeData(
    join(OUT, 'data'),
    what === 'timeline' ? [size] : [],
    what === 'orgchart' ? [size] : [],
  );
  const file = what === 'timeline' ? data.timeline[size]!.visit : data.orgchart[size]!.visit;
  const server = await serve({ '/ziyara/': BUILD, '/data/': join(OUT, 'data') });
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--headless=new', '--disable-gpu', '--disable-background-networking'],
  });
  try {
    const context = await newContext(browser);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    const metrics = async () => {
      const { metrics: m } = (await cdp.send('Performance.getMetrics')) as {
        metrics: { name: string; value: number }[];
      };
      return Object.fromEntries(m.map((x) => [x.name, x.value]));
    };
    const url = `${server.origin}/ziyara/index.html?view=${what}&data=/data/${file}`;
    let m0: Record<string, number> = {};
    const tracing = process.argv.includes('--trace');
    const startRecording = async () => {
      if (tracing)
        await browser.startTracing(page, {
          categories: [
            'devtools.timeline',
            'v8',
            'disabled-by-default-v8.compile',
            'loading',
            'blink',
          ],
        });
      else await cdp.send('Profiler.start');
    };
    if (phase === 'load') {
      await startRecording();
      await page.goto(url, { waitUntil: 'commit' });
    } else {
      await page.goto(url, { waitUntil: 'commit' });
    }
    await page.waitForFunction(() => document.documentElement.dataset.state === 'ready', null, {
      timeout: 120_000,
    });
    if (phase === 'zoom') {
      const sel = what === 'timeline' ? '[data-testid="tl-svg"]' : 'section.orgchart svg';
      const el = await page.$(sel);
      await el?.scrollIntoViewIfNeeded();
      const box = await el?.boundingBox();
      if (!box) throw new Error(`no ${sel}`);
      await page.mouse.move(box.x + box.width / 2, box.y + Math.min(box.height, 400) / 2);
      m0 = await metrics();
      await startRecording();
      for (let i = 0; i < 20; i++) {
        await page.mouse.wheel(0, i < 10 ? -100 : 100);
        await page.evaluate(() => new Promise((r) => requestAnimationFrame(r)));
      }
      await page.waitForTimeout(300);
    }
    const m1 = await metrics();
    mkdirSync(join(OUT, 'profiles'), { recursive: true });
    const name = `${what}-${size}-${phase}`;
    if (tracing) {
      const readyAt = await page.evaluate(() => performance.now());
      const buf = await browser.stopTracing();
      writeFileSync(join(OUT, 'profiles', `${name}.trace.json`), buf);
      console.log(`${name} (trace; open in DevTools › Performance):`);
      summarizeTrace(JSON.parse(buf.toString()) as { traceEvents: TraceEvent[] }, readyAt);
      await context.close();
      return;
    }
    const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
    writeFileSync(join(OUT, 'profiles', `${name}.cpuprofile`), JSON.stringify(profile));
    await context.close();

    const d = (k: string) => ((m1[k] ?? 0) - (m0[k] ?? 0)) * 1000;
    console.log(
      `${name}: task ${d('TaskDuration').toFixed(0)} ms = script ${d('ScriptDuration').toFixed(0)} + layout ${d('LayoutDuration').toFixed(0)} (${(m1.LayoutCount ?? 0) - (m0.LayoutCount ?? 0)}×) + style ${d('RecalcStyleDuration').toFixed(0)} (${(m1.RecalcStyleCount ?? 0) - (m0.RecalcStyleCount ?? 0)}×) + other`,
    );
    report(profile, server.origin);
  } finally {
    await browser.close();
    await server.close();
  }
}

/** Self time of each event name on the renderer's main thread (nested events subtracted). */
function summarizeTrace(trace: { traceEvents: TraceEvent[] }, readyAt: number) {
  const ev = trace.traceEvents;
  const main = ev.find(
    (e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain',
  );
  if (!main) {
    console.log('no renderer main thread in the trace');
    return;
  }
  const xs = ev
    .filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.dur !== undefined)
    .sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const self = new Map<string, number>();
  const stack: { end: number; name: string }[] = [];
  let busy = 0;
  const childTime = new Map<number, number>();
  xs.forEach((e, i) => {
    while (stack.length && stack[stack.length - 1]!.end <= e.ts) stack.pop();
    if (stack.length === 0) busy += e.dur!;
    else {
      const parentIndex = (stack[stack.length - 1] as { end: number; name: string; i?: number }).i!;
      childTime.set(parentIndex, (childTime.get(parentIndex) ?? 0) + e.dur!);
    }
    stack.push({ end: e.ts + e.dur!, name: e.name, i } as { end: number; name: string });
  });
  xs.forEach((e, i) => {
    const key =
      e.name === 'EvaluateScript' || e.name === 'v8.compile'
        ? `${e.name} ${(e.args?.data?.url ?? '').split('/').pop()}`
        : e.name;
    self.set(key, (self.get(key) ?? 0) + (e.dur! - (childTime.get(i) ?? 0)) / 1000);
  });
  console.log(
    `renderer main thread busy ${(busy / 1000).toFixed(0)} ms (page clock at the end: ${readyAt.toFixed(0)} ms); self time by event:`,
  );
  for (const [k, v] of [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 25))
    console.log(`  ${v.toFixed(1).padStart(8)} ms  ${k}`);
}

function report(profile: Profile, origin: string) {
  const maps = new Map<string, SourceMap | null>();
  const mapFor = (url: string) => {
    if (!url.startsWith(origin + '/ziyara/')) return null;
    if (!maps.has(url)) {
      const file = join(BUILD, new URL(url).pathname.slice('/ziyara/'.length)) + '.map';
      maps.set(url, existsSync(file) ? new SourceMap(file) : null);
    }
    return maps.get(url) ?? null;
  };
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => {
    self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  const label = (n: Node) => {
    const f = n.callFrame;
    const where = mapFor(f.url)?.lookup(f.lineNumber, f.columnNumber);
    const file =
      where ?? (f.url ? `${new URL(f.url).pathname.split('/').pop()}:${f.lineNumber + 1}` : '');
    return `${f.functionName || '(anonymous)'}${file ? ` ${file}` : ''}`;
  };
  const selfBy = new Map<string, number>();
  const totalBy = new Map<string, number>();
  let all = 0;
  for (const [id, ms] of self) {
    const n = byId.get(id)!;
    const key = label(n);
    all += n.callFrame.functionName === '(idle)' ? 0 : ms;
    selfBy.set(key, (selfBy.get(key) ?? 0) + ms);
    // Inclusive: credit every distinct ancestor frame once.
    const seen = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const k = label(byId.get(cur)!);
      if (seen.has(k)) continue;
      seen.add(k);
      totalBy.set(k, (totalBy.get(k) ?? 0) + ms);
    }
  }
  // For the heaviest self-time functions: which app frame (first ancestor in src/) they run for.
  const appCaller = new Map<string, Map<string, number>>();
  for (const [id, ms] of self) {
    const key = label(byId.get(id)!);
    let caller = '(no app frame)';
    for (let cur = parent.get(id); cur !== undefined; cur = parent.get(cur)) {
      const k = label(byId.get(cur)!);
      if (/ src\//.test(k) && k !== key) {
        caller = k;
        break;
      }
    }
    const m = appCaller.get(key) ?? new Map<string, number>();
    m.set(caller, (m.get(caller) ?? 0) + ms);
    appCaller.set(key, m);
  }
  const top = (m: Map<string, number>, n: number) =>
    [...m.entries()]
      .filter(([k]) => !/^\((root|idle|program)\)/.test(k))
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([k, v]) => `  ${v.toFixed(1).padStart(8)} ms  ${k}`)
      .join('\n');
  console.log(
    `busy (non-idle) sampled time: ${all.toFixed(0)} ms; (program) ${(selfBy.get('(program)') ?? 0).toFixed(0)} ms, GC ${(selfBy.get('(garbage collector)') ?? 0).toFixed(0)} ms`,
  );
  console.log('top self time:');
  console.log(top(selfBy, 25));
  console.log('heaviest self-time functions, by the app frame they ran under:');
  for (const [k] of [...selfBy.entries()]
    .filter(([k]) => !/^\((root|idle|program|garbage collector)\)/.test(k))
    .sort((a, b) => b[1] - a[1])
    .slice(0, 8)) {
    const callers = [...(appCaller.get(k) ?? new Map<string, number>()).entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 3)
      .map(([c, v]) => `${v.toFixed(0)} ms under ${c}`)
      .join('; ');
    console.log(`  ${k}: ${callers}`);
  }
  console.log('top total time:');
  console.log(top(totalBy, 30));
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
