/**
 * What the longest main-thread tasks of a Chromium trace are made of (issue 16: "found with a
 * Chromium profile, not by guessing"). Reads a trace written by `bench/largest.ts --trace`
 * (categories devtools.timeline and v8.cpu_profiler: tasks and CPU samples on one clock) and
 * prints, for each of the longest tasks, the trace events inside it by self time (script,
 * layout, style, paint …) and the JS functions sampled in it, by self and by total time, named
 * by their source file and line when the build has source maps.
 *
 *   npx tsx bench/longTask.ts bench/.out/profiles/largest-timeline.trace.json [--dist DIR] [--top N]
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { SourceMap } from './sourcemap';
import type { CallFrame, TraceEvent } from './trace';

function arg(name: string, fallback: string) {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1]! : fallback;
}

const file = process.argv[2];
if (!file) throw new Error('usage: longTask.ts TRACE.json [--dist DIR] [--top N]');
const dist = resolve(arg('--dist', 'bench/.out/ziyara-profile'));
const topN = Number(arg('--top', '2'));
const raw = JSON.parse(readFileSync(file, 'utf8')) as TraceEvent[] | { traceEvents: TraceEvent[] };
const ev = Array.isArray(raw) ? raw : raw.traceEvents;
const main = ev.find(
  (e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain',
);
if (!main) throw new Error('no renderer main thread in the trace');
const onMain = (e: TraceEvent) => e.pid === main.pid && e.tid === main.tid;

// CPU samples of the main thread: Profile (start) + ProfileChunk (nodes, samples, deltas).
const profileIds = new Set(
  ev.filter((e) => e.name === 'Profile' && onMain(e)).map((e) => `${e.pid}:${e.id}`),
);
const frames = new Map<number, { frame: CallFrame; parent?: number }>();
const samples: { ts: number; node: number }[] = [];
let clock = NaN;
for (const e of ev) {
  if (e.name === 'Profile' && profileIds.has(`${e.pid}:${e.id}`))
    clock = e.args?.data?.startTime ?? e.ts;
  if (e.name !== 'ProfileChunk' || !profileIds.has(`${e.pid}:${e.id}`)) continue;
  const cp = e.args?.data?.cpuProfile;
  for (const n of cp?.nodes ?? []) frames.set(n.id, { frame: n.callFrame, parent: n.parent });
  const deltas = e.args?.data?.timeDeltas ?? [];
  (cp?.samples ?? []).forEach((node, i) => {
    clock += deltas[i] ?? 0;
    samples.push({ ts: clock, node });
  });
}
samples.sort((a, b) => a.ts - b.ts);

const maps = new Map<string, SourceMap | null>();
const where = (f: CallFrame) => {
  const m = /\/(assets\/[^/?#]+\.js)/.exec(f.url);
  if (!m) return f.url ? `${f.url.split('/').pop()}:${f.lineNumber + 1}` : '';
  if (!maps.has(m[1]!)) {
    const map = join(dist, m[1]!) + '.map';
    maps.set(m[1]!, existsSync(map) ? new SourceMap(map) : null);
  }
  return (
    maps.get(m[1]!)?.lookup(f.lineNumber, f.columnNumber) ??
    `${m[1]!.split('/').pop()}:${f.lineNumber + 1}`
  );
};
const labels = new Map<number, string>();
const label = (id: number) => {
  let l = labels.get(id);
  if (l === undefined) {
    const f = frames.get(id)!.frame;
    const w = where(f);
    l = `${f.functionName || '(anonymous)'}${w ? ` ${w}` : ''}`;
    labels.set(id, l);
  }
  return l;
};

const tasks = ev
  .filter((e) => onMain(e) && e.ph === 'X' && e.name === 'RunTask' && e.dur !== undefined)
  .sort((a, b) => b.dur! - a.dur!);
const xs = ev
  .filter((e) => onMain(e) && e.ph === 'X' && e.dur !== undefined && e.name !== 'RunTask')
  .sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
const ms = (us: number) => (us / 1000).toFixed(1).padStart(8);
const top = (m: Map<string, number>, n: number) =>
  [...m.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([k, v]) => `  ${ms(v)} ms  ${k}`)
    .join('\n');
const t0 = Math.min(...ev.filter((e) => e.ts > 0).map((e) => e.ts));

console.log(
  `${tasks.length} tasks on the main thread; over 50 ms: ${tasks
    .filter((t) => t.dur! > 50_000)
    .map((t) => `${(t.dur! / 1000).toFixed(0)}`)
    .join(', ')} ms`,
);
for (const task of tasks.slice(0, topN)) {
  const end = task.ts + task.dur!;
  console.log(
    `\n=== task of ${(task.dur! / 1000).toFixed(0)} ms at ${((task.ts - t0) / 1000).toFixed(0)} ms after the trace began`,
  );
  // Trace events inside the task, by self time (nested events subtracted).
  const inside = xs.filter((e) => e.ts >= task.ts && e.ts + e.dur! <= end);
  const self = new Map<string, number>();
  const stack: { end: number; name: string }[] = [];
  for (const e of inside) {
    while (stack.length && stack[stack.length - 1]!.end <= e.ts) stack.pop();
    const p = stack[stack.length - 1];
    if (p) self.set(p.name, (self.get(p.name) ?? 0) - e.dur!);
    self.set(e.name, (self.get(e.name) ?? 0) + e.dur!);
    stack.push({ end: e.ts + e.dur!, name: e.name });
  }
  console.log('trace events by self time:\n' + top(self, 12));
  // JS samples inside the task.
  const selfJs = new Map<string, number>();
  const totalJs = new Map<string, number>();
  const inTask = samples.filter((s) => s.ts >= task.ts && s.ts <= end);
  inTask.forEach((s, i) => {
    const dt = (inTask[i + 1]?.ts ?? end) - s.ts;
    const k = label(s.node);
    selfJs.set(k, (selfJs.get(k) ?? 0) + dt);
    const seen = new Set<string>();
    for (let c: number | undefined = s.node; c !== undefined; c = frames.get(c)?.parent) {
      const kk = label(c);
      if (seen.has(kk)) continue;
      seen.add(kk);
      totalJs.set(kk, (totalJs.get(kk) ?? 0) + dt);
    }
  });
  console.log(`${inTask.length} samples; JS by self time:\n` + top(selfJs, 20));
  console.log(
    'by total time (frames from src/):\n' +
      top(
        new Map([...totalJs].filter(([k]) => /(^| |\/)src\//.test(k) && !/node_modules/.test(k))),
        40,
      ),
  );
}
