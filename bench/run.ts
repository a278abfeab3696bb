/**
 * `npm run bench` — Ziyara against vis-timeline, TimelineJS and d3-org-chart, side by side (issue 8).
 *
 *   npx tsx bench/run.ts            full run: 3 fresh loads per tool × size, all sizes (< 15 min)
 *   npx tsx bench/run.ts --quick    1 load, sizes 10 and 1,000 only (< 2 min)
 *   options: --runs N, --no-build (reuse bench/.out/ziyara), --out DIR (results folder),
 *            --tools ziyara,vis-timeline,…  --sizes 10,1000 (both kinds)
 *            --timeline-sizes 10000 --org-sizes 5000 (an empty list skips that kind: --org-sizes '')
 *            --rerender bench/results.json (only rewrite results.md from a results.json)
 *
 * Builds the app into bench/.out/ziyara, writes the data into bench/.out/data, serves everything
 * from 127.0.0.1 and drives Debian's Chromium. Loads are interleaved: within a round, each size
 * runs the floor and every tool once, in an order that rotates from round to round, so a noisy
 * neighbour on this shared machine hits every tool alike.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { writeData } from './data';
import { measureLoad, type LoadPlan, type LoadResult, type ZoomPlan } from './measure';
import { exportAvailable, exportProbe } from './export';
import { serve } from './server';
import { renderMarkdown, summarize, type Kind, type RunFile, type ToolId } from './report';

/** Ready later than this: not repeated in later rounds (noted in the results). */
const SLOW_MS = 30_000;
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'bench/.out');
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--headless=new',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

function parseArgs(argv: string[]) {
  const get = (name: string) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const quick = argv.includes('--quick');
  const list = (name: string) => get(name)?.split(',').filter(Boolean).map(Number);
  const sizes = list('--sizes');
  return {
    quick,
    runs: Number(get('--runs') ?? (quick ? 1 : 3)),
    build: !argv.includes('--no-build'),
    tools: get('--tools')?.split(',') as ToolId[] | undefined,
    timelineSizes:
      list('--timeline-sizes') ?? sizes ?? (quick ? [10, 1000] : [10, 100, 1000, 10000]),
    orgSizes: list('--org-sizes') ?? sizes ?? (quick ? [10, 1000] : [10, 100, 1000, 5000]),
    outDir: resolve(get('--out') ?? join(ROOT, 'bench')),
  };
}

// The chart each view draws (falling back to the view's section when the markup changes).
const ZIYARA_TIMELINE: ZoomPlan = {
  how: 'wheel',
  selectors: [
    '[data-testid="tl-svg"]',
    '[data-testid="timeline"]',
    'section.timeline',
    'main > :nth-child(1)',
  ],
};
const ZIYARA_ORGCHART: ZoomPlan = {
  how: 'wheel',
  selectors: [
    '[data-testid="org-svg"]',
    '[data-testid="orgchart"]',
    'section.orgchart',
    'main > :last-child',
  ],
};

interface Tool {
  id: ToolId;
  kinds: Kind[];
  plan(kind: Kind, size: number, data: ReturnType<typeof writeData>): LoadPlan;
}

const TOOLS: Tool[] = [
  {
    id: 'ziyara',
    kinds: ['timeline', 'orgchart'],
    plan: (kind, size, data) => ({
      // One view per page, like each peer (`?view=`; the default shows both).
      url: `/ziyara/index.html?view=${kind}&data=/data/${
        kind === 'timeline' ? data.timeline[size]!.visit : data.orgchart[size]!.visit
      }`,
      zoom: kind === 'timeline' ? ZIYARA_TIMELINE : ZIYARA_ORGCHART,
      drawn: kind === 'timeline' ? 'svg g.mark, svg g.cluster' : 'section.orgchart svg g.card',
    }),
  },
  {
    id: 'vis-timeline',
    kinds: ['timeline'],
    plan: (_kind, size, data) => ({
      url: `/pages/vis-timeline.html?data=/data/${data.timeline[size]!.vis}`,
      drawn: '#chart .vis-item',
      zoom: { how: 'wheel', selectors: ['#chart .vis-center', '#chart'] },
    }),
  },
  {
    id: 'timelinejs',
    kinds: ['timeline'],
    plan: (_kind, size, data) => ({
      url: `/pages/timelinejs.html?data=/data/${data.timeline[size]!.timelinejs}`,
      drawn: '#chart .tl-timemarker',
      // TimelineJS has no wheel zoom (the wheel only pans horizontally): its zoom buttons.
      zoom: {
        how: 'buttons',
        selectors: ['#chart .tl-timenav', '#chart'],
        zoomIn: '#chart .tl-menubar-button .tl-icon-zoom-in',
        zoomOut: '#chart .tl-menubar-button .tl-icon-zoom-out',
      },
    }),
  },
  {
    id: 'd3-org-chart',
    kinds: ['orgchart'],
    plan: (_kind, size, data) => ({
      url: `/pages/d3-org-chart.html?data=/data/${data.orgchart[size]!.d3org}`,
      drawn: '#chart g.node',
      // Its nodes fly in from the root over 400 ms after render(): let them land before zooming.
      zoom: {
        how: 'wheel',
        selectors: ['#chart svg.svg-chart-container', '#chart svg'],
        settleMs: 600,
      },
    }),
  },
];

const FLOOR_PLAN: LoadPlan = {
  url: '/pages/empty.html',
  zoom: { how: 'wheel', selectors: ['html'] },
};

function chromiumVersion(version: string) {
  return version;
}

function cpuModel() {
  try {
    const info = readFileSync('/proc/cpuinfo', 'utf8');
    return /model name\s*:\s*(.+)/.exec(info)?.[1]?.trim() ?? cpus()[0]?.model ?? 'unknown';
  } catch {
    return cpus()[0]?.model ?? 'unknown';
  }
}

function fmtLine(r: LoadResult, floor = false) {
  if (!r.ok) return `${r.failure}: ${r.error}`;
  const kib = (b: number) => (b / 1024).toFixed(0);
  const js = r.bytes ? kib(r.bytes.js.gzip + r.bytes.css.gzip) : '?';
  const f = r.frames
    ? `p95 ${r.frames.p95.toFixed(1)} ms${r.frames.zoomChanged || floor ? '' : ' (zoom changed nothing!)'}`
    : (r.frameError ?? '');
  const ex = r.exports?.length
    ? ` export ${r.exports.map((e) => `${e.mode} ${e.ms.toFixed(0)} ms`).join(', ')}`
    : r.exportNote
      ? ` export: ${r.exportNote}`
      : '';
  return `ready ${r.readyMs?.toFixed(0)} ms, js+css ${js} KiB gz, drawn ${r.drawn ?? '?'}, dom ${r.dom}, svg ${r.svg}, ${f}${ex}`;
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const rerender = process.argv.indexOf('--rerender');
  if (rerender >= 0) {
    // Re-render results.md from a results.json (after a change to the report only).
    const file = resolve(process.argv[rerender + 1] ?? join(args.outDir, 'results.json'));
    const run = JSON.parse(readFileSync(file, 'utf8')) as RunFile;
    writeFileSync(join(dirname(file), 'results.md'), renderMarkdown(run, summarize(run)));
    console.log(`rendered ${join(dirname(file), 'results.md')}`);
    return;
  }
  const started = Date.now();
  mkdirSync(OUT, { recursive: true });

  if (args.build) {
    console.log('building the app into bench/.out/ziyara …');
    const b = spawnSync(
      'npx',
      ['vite', 'build', '--outDir', 'bench/.out/ziyara', '--emptyOutDir'],
      {
        cwd: ROOT,
        stdio: ['ignore', 'pipe', 'pipe'],
        encoding: 'utf8',
      },
    );
    if (b.status !== 0) {
      console.error(`${b.stdout}\n${b.stderr}`.replace(/^\s+at .*$/gm, '').trim());
      throw new Error('vite build failed (the app does not build right now; see above)');
    }
  } else if (!existsSync(join(OUT, 'ziyara/index.html'))) {
    throw new Error('--no-build but bench/.out/ziyara has no build');
  }

  console.log('writing data into bench/.out/data …');
  const tData = Date.now();
  const data = writeData(join(OUT, 'data'), args.timelineSizes, args.orgSizes);
  console.log(`  (${((Date.now() - tData) / 1000).toFixed(1)} s)`);

  const nm = (p: string) => join(ROOT, 'node_modules', p);
  const server = await serve({
    '/ziyara/': join(OUT, 'ziyara'),
    '/data/': join(OUT, 'data'),
    '/pages/': join(ROOT, 'bench/pages'),
    '/nm/vis-timeline/standalone/': nm('vis-timeline/standalone'),
    '/nm/moment/locale/': nm('moment/locale'),
    '/nm/@knight-lab/timelinejs/dist/': nm('@knight-lab/timelinejs/dist'),
    '/nm/d3/dist/': nm('d3/dist'),
    '/nm/d3-flextree/build/': nm('d3-flextree/build'),
    '/nm/d3-org-chart/build/': nm('d3-org-chart/build'),
  });
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  const runFile: RunFile = {
    date: new Date().toISOString(),
    mode: args.quick ? 'quick' : 'full',
    runsPerCell: args.runs,
    cpu: cpuModel(),
    cores: cpus().length,
    chromium: chromiumVersion(browser.version()),
    node: process.version,
    dataBytes: data.bytes,
    sizes: { timeline: args.timelineSizes, orgchart: args.orgSizes },
    loads: [],
    durationS: 0,
    notes: [],
  };

  const gaveUp = new Set<string>();
  const slow = new Set<string>();
  const exporting = exportAvailable(ROOT);
  if (!exporting.ok) runFile.notes.push(exporting.note);
  try {
    for (let round = 0; round < args.runs; round++) {
      // SVG export of the bundled visit (the issue's target), both text modes, once per round.
      if (exporting.ok && (!args.tools || args.tools.includes('ziyara'))) {
        const t0 = Date.now();
        const result = await measureLoad(browser, server, {
          url: '/ziyara/index.html',
          exportProbe,
        });
        const took = ((Date.now() - t0) / 1000).toFixed(1);
        runFile.loads.push({ kind: 'export', tool: 'ziyara', size: 0, round, result });
        console.log(
          `[${round + 1}/${args.runs}] export (bundled visit) ziyara: ${fmtLine(result)} (${took} s)`,
        );
      }
      for (const kind of ['timeline', 'orgchart'] as const) {
        const sizes = kind === 'timeline' ? args.timelineSizes : args.orgSizes;
        for (const size of sizes) {
          const tools = TOOLS.filter(
            (t) => t.kinds.includes(kind) && (!args.tools || args.tools.includes(t.id)),
          );
          const order: (Tool | 'floor')[] = ['floor', ...tools];
          // Rotate the order each round: ABC, BCA, CAB …
          const shift = (round + sizes.indexOf(size)) % order.length;
          const rotated = [...order.slice(shift), ...order.slice(0, shift)];
          for (const t of rotated) {
            const tool: ToolId = t === 'floor' ? 'floor' : t.id;
            const key = `${kind}|${tool}|${size}`;
            if (slow.has(key)) continue;
            if (gaveUp.has(key)) {
              runFile.loads.push({
                kind,
                tool,
                size,
                round,
                result: {
                  ok: false,
                  failure: 'timeout',
                  error: 'skipped: did not finish within 60 s in an earlier round',
                },
              });
              continue;
            }
            const plan = t === 'floor' ? FLOOR_PLAN : t.plan(kind, size, data);
            if (plan.zoom && args.quick) plan.zoom = { ...plan.zoom, budgetMs: 8_000 };
            const t0 = Date.now();
            const result = await measureLoad(browser, server, plan);
            if (result.failure === 'timeout') gaveUp.add(key);
            // A page that needs more than 30 s to get ready is measured once: three such loads
            // (TimelineJS at 10,000) would take a third of the 15-minute budget.
            if ((result.readyMs ?? 0) > SLOW_MS) slow.add(key);
            runFile.loads.push({ kind, tool, size, round, result });
            const took = ((Date.now() - t0) / 1000).toFixed(1);
            console.log(
              `[${round + 1}/${args.runs}] ${kind} ${size} ${tool}: ${fmtLine(result, tool === 'floor')} (${took} s)`,
            );
          }
        }
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  runFile.durationS = (Date.now() - started) / 1000;

  const summary = summarize(runFile);
  mkdirSync(args.outDir, { recursive: true });
  writeFileSync(
    join(args.outDir, 'results.json'),
    JSON.stringify({ ...runFile, summary }, null, 2) + '\n',
  );
  writeFileSync(join(args.outDir, 'results.md'), renderMarkdown(runFile, summary));
  console.log(`done in ${runFile.durationS.toFixed(0)} s → ${join(args.outDir, 'results.md')}`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
