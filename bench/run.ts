/**
 * `npm run bench` — Ziyara against vis-timeline, TimelineJS and d3-org-chart, side by side (issue 8).
 *
 *   npm run bench                   full run: 3 fresh loads per tool × size, all sizes (< 15 min)
 *   npm run bench -- --quick        1 load, sizes 10 and 1,000 only (< 2 min)
 *   options (`--name value` or `--name=value`):
 *     --runs N            fresh loads per tool × size (default 3; 1 with --quick)
 *     --no-build          reuse bench/.out/ziyara
 *     --out DIR           where results.md / results.json go (default bench/)
 *     --only LIST         tools to run, e.g. --only=ziyara (alias --tools); the floor always runs
 *     --sizes LIST        both kinds, e.g. --sizes=1000; --timeline-sizes / --org-sizes for one kind
 *                         (an empty list skips that kind: --org-sizes=)
 *     --no-export         skip the SVG export probes; --only-export runs only them
 *     --no-render         skip the render part (bench/render.ts: the CLI's cold render times and
 *                         the prerendered first view's paint), which otherwise runs last with
 *                         the same --runs and --out, against the peer run just written
 *     --rerender FILE     only rewrite results.md from a results.json
 *
 * Builds the app into bench/.out/ziyara, writes the data into bench/.out/data, serves everything
 * from 127.0.0.1 and drives Debian's Chromium. Loads are interleaved: within a round, each size
 * runs the floor and every tool once, in an order that rotates from round to round, so a noisy
 * neighbour on this shared machine hits every tool alike.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { writeData } from './data';
import { measureLoad, type LoadPlan, type LoadResult, type ZoomPlan } from './measure';
import { exportAvailable, makeExportProbe, type ExportView, type TextMode } from './export';
import { CHROMIUM_ARGS } from '../playwright.config';
import { serve } from './server';
import { largestCase } from './largest';
import { renderMarkdown, summarize, type Kind, type RunFile, type ToolId } from './report';

/** Ready later than this: not repeated in later rounds (noted in the results). */
const SLOW_MS = 30_000;
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'bench/.out');
/** The timeline size whose export is measured besides the bundled visit's. */
const EXPORT_TIMELINE_SIZE = 1000;
const TOOL_IDS: ToolId[] = ['ziyara', 'vis-timeline', 'timelinejs', 'd3-org-chart'];

function parseArgs(raw: string[]) {
  // `--name=value` → `--name value`.
  const argv = raw.flatMap((a) => {
    const m = /^(--[^=]+)=(.*)$/.exec(a);
    return m ? [m[1]!, m[2]!] : [a];
  });
  const get = (...names: string[]) => {
    for (const name of names) {
      const i = argv.indexOf(name);
      if (i >= 0) return argv[i + 1] ?? '';
    }
    return undefined;
  };
  const quick = argv.includes('--quick');
  const list = (...names: string[]) => {
    const v = get(...names);
    if (v === undefined) return undefined;
    const out = v.split(',').filter(Boolean).map(Number);
    if (out.some((n) => !Number.isInteger(n) || n <= 0)) throw new Error(`bad sizes: ${v}`);
    return out;
  };
  const sizes = list('--sizes', '--size');
  const tools = get('--only', '--tools')?.split(',').filter(Boolean) as ToolId[] | undefined;
  const unknown = tools?.filter((t) => !TOOL_IDS.includes(t));
  if (unknown?.length)
    throw new Error(`unknown tool(s) ${unknown.join(', ')}: ${TOOL_IDS.join(', ')}`);
  const onlyExport = argv.includes('--only-export');
  const runs = Number(get('--runs') ?? (quick ? 1 : 3));
  if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs wants a whole number ≥ 1');
  return {
    quick,
    runs,
    build: !argv.includes('--no-build'),
    render: !argv.includes('--no-render') && !onlyExport && (!tools || tools.includes('ziyara')),
    tools,
    exports: !argv.includes('--no-export') && (!tools || tools.includes('ziyara')),
    timelineSizes: onlyExport
      ? []
      : (list('--timeline-sizes') ?? sizes ?? (quick ? [10, 1000] : [10, 100, 1000, 10000])),
    orgSizes: onlyExport
      ? []
      : (list('--org-sizes') ?? sizes ?? (quick ? [10, 1000] : [10, 100, 1000, 5000])),
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
  const jsCss = (b: LoadResult['bytes']) => (b ? kib(b.js.gzip + b.css.gzip) : '?');
  const js = `${jsCss(r.bytesFirstPaint)} at first paint / ${jsCss(r.bytes)} by ready`;
  const f = r.frames
    ? `p95 ${r.frames.p95.toFixed(1)} ms${r.frames.zoomChanged || floor ? '' : ' (zoom changed nothing!)'}`
    : (r.frameError ?? '');
  const ex = r.exports?.length
    ? ` export ${r.exports
        .map(
          (e) =>
            `${e.view} ${e.textMode}${e.cold ? ' (cold)' : ''} ${e.ms.toFixed(0)} ms ${(e.bytes / 1024).toFixed(0)} KiB`,
        )
        .join(', ')}`
    : r.exportNote
      ? ` export: ${r.exportNote}`
      : '';
  if (r.exports || r.exportNote)
    return `ready ${r.readyMs?.toFixed(0)} ms,${ex}${r.exports?.length && r.exportNote ? ` (${r.exportNote})` : ''}`;
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
    // Into a fresh folder first: a failed build (someone mid-edit) leaves the last good one.
    const next = join(OUT, 'ziyara-next');
    const b = spawnSync('npx', ['vite', 'build', '--outDir', next, '--emptyOutDir'], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
    });
    if (b.status !== 0) {
      const log = `${b.stdout}\n${b.stderr}`
        // eslint-disable-next-line no-control-regex
        .replace(/\u001b\[[0-9;]*m/g, '')
        .replace(/^\s+at .*$/gm, '')
        .replace(/\n{3,}/g, '\n\n')
        .trim();
      console.error(log);
      console.error(
        '\nvite build failed (the app does not build right now; see above).' +
          (existsSync(join(OUT, 'ziyara/index.html'))
            ? ' bench/.out/ziyara still holds the last good build: --no-build uses it.'
            : ''),
      );
      process.exit(1);
    }
    rmSync(join(OUT, 'ziyara'), { recursive: true, force: true });
    renameSync(next, join(OUT, 'ziyara'));
  } else if (!existsSync(join(OUT, 'ziyara/index.html'))) {
    throw new Error('--no-build but bench/.out/ziyara has no build');
  }

  console.log('writing data into bench/.out/data …');
  const tData = Date.now();
  const exporting = exportAvailable(ROOT);
  const withExports = args.exports && exporting.ok;
  const dataTimelineSizes = [
    ...new Set([...args.timelineSizes, ...(withExports ? [EXPORT_TIMELINE_SIZE] : [])]),
  ];
  const data = writeData(join(OUT, 'data'), dataTimelineSizes, args.orgSizes);
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
    chromium: browser.version(),
    node: process.version,
    dataBytes: data.bytes,
    sizes: { timeline: args.timelineSizes, orgchart: args.orgSizes },
    loads: [],
    durationS: 0,
    notes: [],
  };

  const gaveUp = new Set<string>();
  const slow = new Set<string>();
  if (!exporting.ok) runFile.notes.push(exporting.note);
  else if (!withExports) runFile.notes.push('SVG export not measured in this run (option).');
  // SVG export: the bundled visit (the issue's target; both views) and the 1,000-meeting
  // timeline. One fresh page per visit × the mode of its first (cold) export.
  const exportLoads: { size: number; url: string; views: ExportView[]; label: string }[] = [
    { size: 0, url: '/ziyara/index.html', views: ['timeline', 'orgchart'], label: 'bundled visit' },
    {
      size: EXPORT_TIMELINE_SIZE,
      url: `/ziyara/index.html?view=timeline&data=/data/${data.timeline[EXPORT_TIMELINE_SIZE]?.visit}`,
      views: ['timeline'],
      label: `timeline ${EXPORT_TIMELINE_SIZE}`,
    },
  ];
  try {
    for (let round = 0; round < args.runs; round++) {
      if (withExports) {
        const modes: TextMode[] = round % 2 ? ['outline', 'text'] : ['text', 'outline'];
        for (const ex of exportLoads) {
          for (const coldMode of modes) {
            const t0 = Date.now();
            const result = await measureLoad(browser, server, {
              url: ex.url,
              exportProbe: makeExportProbe({ views: ex.views, coldMode }),
            });
            const took = ((Date.now() - t0) / 1000).toFixed(1);
            runFile.loads.push({ kind: 'export', tool: 'ziyara', size: ex.size, round, result });
            console.log(
              `[${round + 1}/${args.runs}] export (${ex.label}, ${coldMode} first) ziyara: ${fmtLine(result)} (${took} s)`,
            );
          }
        }
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
    runFile.notes.push(...(await largestCase(browser, server, join(OUT, 'data'), args.quick)));
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
  if (args.render) {
    // Issue 16's numbers besides the peers': the headless CLI per view × format and the
    // prerendered first view (first contentful paint with the chart, time to ready).
    console.log('the render part (bench/render.ts) …');
    const r = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'bench/render.ts', '--runs', String(args.runs), '--out', args.outDir],
      { cwd: ROOT, stdio: 'inherit' },
    );
    if (r.status !== 0) {
      console.error('bench/render.ts failed (above); results.md of the peers is written.');
      process.exit(1);
    }
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
