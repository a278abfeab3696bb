/**
 * `npm run bench`'s "render anywhere" part (issue 16), also on its own:
 *
 *   npx tsx bench/render.ts [--runs N] [--out DIR]
 *
 * 1. The headless CLI (`npm run render`, i.e. `node scripts/render.mjs`): wall time of a fresh
 *    `node` process per view × format for the bundled default visit, whole chart, Arabic, and the
 *    CPU time it used (user + system, reported by the CLI itself at exit). Two kinds of cold:
 *    the first-ever run (an empty cache: the CLI's bundle is built first, as on a fresh checkout
 *    after `npm ci`, or after a source changed), and the normal cold run (a new process each
 *    time, the bundle built, the files in the page cache). Also one run writing all six files
 *    (`+` between them), and a bare `node -e 0`.
 * 2. The prerendered first view: `vite build` + scripts/prerender.ts into bench/.out/prerender,
 *    served by bench/server.ts; per fresh Chromium context (1280 × 800, ar, UTC) the first
 *    contentful paint (`performance` paint entry), whether the org chart and the timeline were
 *    in the page at that paint (they are in index.html: asserted from the served markup and the
 *    DOM before any script ran), and the time to ready (interactive). The same build without the
 *    prerender step is measured beside it.
 *
 * Targets (issue 16), against the last full peer run in bench/results.json:
 *   CLI SVG export of a bundled view ≤ 1 s cold;
 *   first contentful paint with the chart drawn, net of the floor, ≤ ⅓ of the fastest peer's
 *   ready at 10 and 100 items. Writes bench/results-render.md and .json.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync, cpSync, rmSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS } from '../playwright.config';
import { serve } from './server';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'bench/.out');

function arg(name: string, fallback: string): string {
  const argv = process.argv.slice(2);
  const i = argv.findIndex((a) => a === name || a.startsWith(`${name}=`));
  if (i < 0) return fallback;
  const a = argv[i]!;
  return a.includes('=') ? a.slice(a.indexOf('=') + 1) : (argv[i + 1] ?? fallback);
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

function run(cmd: string, args: string[], env: Record<string, string> = {}) {
  const t0 = performance.now();
  const r = spawnSync(cmd, args, { cwd: ROOT, env: { ...process.env, ...env }, encoding: 'utf8' });
  const ms = performance.now() - t0;
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')}: ${r.stderr}`);
  return { ms, stderr: r.stderr, stdout: r.stdout };
}

interface CliRow {
  view: string;
  format: string;
  ms: number[];
  median: number;
  /** CPU ms of the whole process (user + system), median. */
  cpu: number;
  phases: Record<string, number>;
}

/** The CLI's timing lines (ZIYARA_RENDER_TIMINGS), one per file written. */
const timings = (stderr: string) =>
  stderr
    .trim()
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(l) as Record<string, number>);

function benchCli(runs: number) {
  const cache = join(ROOT, 'node_modules/.cache/ziyara-render-bench');
  rmSync(cache, { recursive: true, force: true });
  const env = { ZIYARA_RENDER_CACHE: cache, ZIYARA_RENDER_TIMINGS: '1' };
  const file = (view: string, format: string) =>
    join(OUT, `render/${view}-${format}.${format === 'png' ? 'png' : 'svg'}`);
  const args = (view: string, format: string, out: string) => [
    '--visit',
    'korea-2022',
    '--view',
    view,
    '--format',
    format,
    '--lang',
    'ar',
    '--whole',
    '-o',
    out,
  ];
  const cli = (jobs: string[][]) =>
    run(
      process.execPath,
      ['scripts/render.mjs', ...jobs.flatMap((j, i) => (i ? ['+', ...j] : j))],
      env,
    );
  mkdirSync(join(OUT, 'render'), { recursive: true });
  // The first-ever run: an empty cache, so the bundle is built before the file is written.
  const firstRun = cli([args('orgchart', 'svg-outline', join(OUT, 'render/first.svg'))]);
  const first = { ms: firstRun.ms, cpu: timings(firstRun.stderr)[0]?.cpu ?? NaN };
  const cases = ['orgchart', 'timeline'].flatMap((view) =>
    ['svg-outline', 'svg-text', 'png'].map((format) => ({ view, format })),
  );
  const rows: CliRow[] = [];
  for (const { view, format } of cases) {
    const ms: number[] = [];
    const cpu: number[] = [];
    const phases: Record<string, number[]> = {};
    for (let i = 0; i < runs; i++) {
      const r = cli([args(view, format, file(view, format))]);
      ms.push(r.ms);
      const t = timings(r.stderr)[0] ?? {};
      cpu.push(t.cpu ?? NaN);
      for (const [k, v] of Object.entries(t))
        if (typeof v === 'number' && k !== 'cpu') (phases[k] ??= []).push(v);
    }
    rows.push({
      view,
      format,
      ms,
      median: median(ms),
      cpu: median(cpu),
      phases: Object.fromEntries(Object.entries(phases).map(([k, v]) => [k, median(v)])),
    });
  }
  // All six files in one run.
  const all = cli(cases.map(({ view, format }) => args(view, format, file(view, format))));
  const batch = { files: cases.length, ms: all.ms, cpu: timings(all.stderr).at(-1)?.cpu ?? NaN };
  // A process that only starts Node and exits: what any CLI here pays.
  const node = median(Array.from({ length: runs }, () => run(process.execPath, ['-e', '0']).ms));
  return { first, rows, batch, node };
}

async function benchFirstView(runs: number) {
  const plain = join(OUT, 'prerender-plain');
  const pre = join(OUT, 'prerender');
  run('npx', ['vite', 'build', '--outDir', plain, '--emptyOutDir', '--logLevel', 'error']);
  rmSync(pre, { recursive: true, force: true });
  cpSync(plain, pre, { recursive: true });
  const prerender = run(process.execPath, ['--import', 'tsx', 'scripts/prerender.ts', pre]).ms;
  const html = readFileSync(join(pre, 'index.html'), 'utf8');
  const inHtml = {
    orgChart: /<svg[^>]*class="[^"]*chart/.test(html) && html.includes('role="tree"'),
    timeline: html.includes('data-testid="tl-svg"'),
  };
  const server = await serve({ '/pre/': pre, '/plain/': plain });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  const measure = async (path: string) => {
    const fcp: number[] = [];
    const ready: number[] = [];
    let chartAtFcp = true;
    for (let i = 0; i < runs; i++) {
      const ctx = await browser.newContext({
        viewport: { width: 1280, height: 800 },
        locale: 'ar',
        timezoneId: 'UTC',
      });
      const page = await ctx.newPage();
      // Before any script of the page: is the chart there at the first paint?
      await page.addInitScript(() => {
        new PerformanceObserver((list) => {
          for (const e of list.getEntries())
            if (e.name === 'first-contentful-paint')
              (window as unknown as { __chartAtFcp: boolean }).__chartAtFcp =
                !!document.querySelector('section.orgchart [role="tree"]') &&
                !!document.querySelector('[data-testid="tl-svg"]');
        }).observe({ type: 'paint', buffered: true });
        new MutationObserver(() => {
          const w = window as unknown as { __readyAt?: number };
          if (document.documentElement.dataset.state === 'ready') w.__readyAt ??= performance.now();
        }).observe(document.documentElement, { attributes: true, attributeFilter: ['data-state'] });
      });
      await page.goto(`${server.origin}${path}`);
      await page.waitForFunction(() => document.documentElement.dataset.state === 'ready', null, {
        timeout: 60_000,
      });
      const m = await page.evaluate(() => {
        const p = performance.getEntriesByName('first-contentful-paint')[0];
        return {
          fcp: p?.startTime ?? NaN,
          ready: (window as unknown as { __readyAt?: number }).__readyAt ?? NaN,
          now: performance.now(),
          chart: (window as unknown as { __chartAtFcp?: boolean }).__chartAtFcp ?? false,
        };
      });
      fcp.push(m.fcp);
      ready.push(Number.isFinite(m.ready) ? m.ready : m.now);
      chartAtFcp &&= m.chart;
      await ctx.close();
    }
    return { fcp: median(fcp), ready: median(ready), chartAtFcp, fcpRuns: fcp, readyRuns: ready };
  };
  const withPrerender = await measure('/pre/');
  const without = await measure('/plain/');
  await browser.close();
  await server.close();
  return { prerender, inHtml, withPrerender, without };
}

function peers() {
  try {
    const r = JSON.parse(readFileSync(join(ROOT, 'bench/results.json'), 'utf8')) as {
      date: string;
      summary: {
        floor: { readyMs: number };
        cells: { kind: string; tool: string; size: number; netMs?: number }[];
      };
    };
    const fastest = (kind: string, size: number) =>
      r.summary.cells
        .filter((c) => c.kind === kind && c.size === size && c.tool !== 'ziyara' && c.netMs)
        .sort((a, b) => a.netMs! - b.netMs!)[0];
    return { date: r.date, floor: r.summary.floor.readyMs, fastest };
  } catch {
    return null;
  }
}

async function main() {
  const runs = Number(arg('--runs', '3'));
  const outDir = resolve(arg('--out', join(ROOT, 'bench')));
  const load = loadavg()[0]!;
  const t0 = Date.now();
  const cli = benchCli(runs);
  const first = await benchFirstView(runs);
  const ref = peers();
  const lines: string[] = [];
  const fmt = (n: number) => Math.round(n).toLocaleString('en');
  lines.push('# Render anywhere: CLI and prerendered first view (issue 16)', '');
  lines.push(
    `${new Date().toISOString()} · ${cpus().length} cores (${cpus()[0]?.model ?? '?'}) · load average ${load.toFixed(1)} at the start · ${runs} runs per cell (medians) · ${Math.round((Date.now() - t0) / 1000)} s`,
    '',
  );
  lines.push('## Targets', '', '| target | case | measured | ratio | |', '|---|---|---|---|---|');
  for (const r of cli.rows.filter((x) => x.format !== 'png')) {
    const ratio = r.median / 1000;
    lines.push(
      `| CLI SVG export of a bundled view ≤ 1 s cold | ${r.view}, ${r.format} (normal cold run) | ${fmt(r.median)} ms wall (CPU ${fmt(r.cpu)} ms) | ${ratio.toFixed(3)} (≤ 1) | **${ratio <= 1 ? 'met' : 'missed'}** |`,
    );
  }
  {
    const ratio = cli.first.ms / 1000;
    lines.push(
      `| CLI SVG export of a bundled view ≤ 1 s cold | orgchart, svg-outline, first-ever run (builds the CLI) | ${fmt(cli.first.ms)} ms wall (CPU ${fmt(cli.first.cpu)} ms) | ${ratio.toFixed(3)} (≤ 1) | **${ratio <= 1 ? 'met' : 'missed'}** |`,
    );
  }
  if (ref) {
    const net = first.withPrerender.fcp - ref.floor;
    for (const kind of ['timeline', 'orgchart'])
      for (const size of [10, 100]) {
        const peer = ref.fastest(kind, size);
        if (!peer?.netMs) continue;
        const ratio = net / peer.netMs;
        const applies = size === 10;
        lines.push(
          `| first contentful paint with the chart drawn (net) ≤ ⅓ of the fastest peer's ready | ${kind} ${size} | ` +
            (applies
              ? `bundled visit (7 meetings, 13 events, 16 host organizations) ${fmt(net)} ms (chart at FCP: ${first.withPrerender.chartAtFcp ? 'yes' : 'no'}); ${peer.tool} ${fmt(peer.netMs)} ms | ${ratio.toFixed(3)} (≤ 0.333) | **${ratio <= 1 / 3 && first.withPrerender.chartAtFcp ? 'met' : 'missed'}** |`
              : `not prerendered: a ${size}-item file comes by \`data=\`, which keeps the client path; ${peer.tool} ${fmt(peer.netMs)} ms | — | **missed** (not measured) |`),
        );
      }
  }
  lines.push('', '## CLI (`npm run render`), bundled visit korea-2022, whole chart, Arabic', '');
  lines.push(
    `Cold: a fresh \`node scripts/render.mjs\` process per file, wall time, and the CPU time (user + system) the process used, which is what the wall time comes down to on an idle machine (this one had other jobs running: see the load average). First-ever run (empty cache: the CLI's bundle is built, then the file written): ${fmt(cli.first.ms)} ms wall, ${fmt(cli.first.cpu)} ms CPU. All ${cli.batch.files} files below in one run (\`+\` between them): ${fmt(cli.batch.ms)} ms wall, ${fmt(cli.batch.cpu)} ms CPU. A bare \`node -e 0\`: ${fmt(cli.node)} ms.`,
    '',
    '| view | format | wall ms (median) | runs | CPU ms | setup | mount | export | process start → file written |',
    '|---|---|---|---|---|---|---|---|---|',
  );
  for (const r of cli.rows)
    lines.push(
      `| ${r.view} | ${r.format} | ${fmt(r.median)} | ${r.ms.map(fmt).join(', ')} | ${fmt(r.cpu)} | ${fmt(r.phases.setup ?? NaN)} | ${fmt(r.phases.mount ?? NaN)} | ${fmt(r.phases.export ?? NaN)} | ${fmt(r.phases.sinceStart ?? NaN)} |`,
    );
  lines.push('', '## Prerendered first view (plain URL: bundled default visit, Arabic)', '');
  lines.push(
    `Prerender step: ${fmt(first.prerender)} ms. In the served index.html: org chart ${first.inHtml.orgChart ? 'yes' : 'no'}, timeline ${first.inHtml.timeline ? 'yes' : 'no'}.`,
    '',
    '| build | first contentful paint ms | chart in the page at FCP | ready (interactive) ms |',
    '|---|---|---|---|',
    `| prerendered | ${fmt(first.withPrerender.fcp)} (${first.withPrerender.fcpRuns.map(fmt).join(', ')}) | ${first.withPrerender.chartAtFcp ? 'yes' : 'no'} | ${fmt(first.withPrerender.ready)} |`,
    `| client only | ${fmt(first.without.fcp)} (${first.without.fcpRuns.map(fmt).join(', ')}) | ${first.without.chartAtFcp ? 'yes' : 'no'} | ${fmt(first.without.ready)} |`,
  );
  if (ref)
    lines.push(
      '',
      `Peers: the last full run's (${ref.date}) ready times net of its floor (${ref.floor.toFixed(1)} ms); FCP is made net of the same floor.`,
    );
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'results-render.md'), `${lines.join('\n')}\n`);
  writeFileSync(
    join(outDir, 'results-render.json'),
    JSON.stringify(
      {
        date: new Date().toISOString(),
        load,
        runs,
        cli,
        first,
        ref: ref && { date: ref.date, floor: ref.floor },
      },
      null,
      1,
    ),
  );
  process.stdout.write(`${lines.join('\n')}\n`);
}

void main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exit(1);
});
