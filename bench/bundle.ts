/**
 * What the first-paint bytes are made of: each JS/CSS file of the built app that the page loads
 * up front, split by original source through its source map (node_modules package, or src/ file),
 * raw and gzip. For the JS + CSS ≤ 50 KiB budget.
 *
 *   npx tsx bench/bundle.ts [bench/.out/ziyara]
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { SourceMap } from './sourcemap';

const dir = resolve(process.argv[2] ?? 'bench/.out/ziyara');
const html = readFileSync(join(dir, 'index.html'), 'utf8');
const entry = [...html.matchAll(/(?:src|href)="\.?\/?(assets\/[^"]+\.(?:js|css))"/g)].map(
  (m) => m[1]!,
);
const kib = (n: number) => (n / 1024).toFixed(1).padStart(7);

function group(source: string): string {
  const s = source.replace(/^(\.\.\/)+/, '');
  const nm = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(s);
  if (nm) return `npm:${nm[1]}`;
  if (/\.svelte(\?|$)/.test(s) || s.includes('.svelte')) return `${s.split('?')[0]}`;
  return s;
}

let totalRaw = 0;
let totalGz = 0;
for (const rel of entry) {
  const file = join(dir, rel);
  const code = readFileSync(file, 'utf8');
  const raw = Buffer.byteLength(code);
  const gz = gzipSync(code).length;
  totalRaw += raw;
  totalGz += gz;
  console.log(`\n${rel}: ${kib(raw)} KiB raw, ${kib(gz)} KiB gzip`);
  if (!existsSync(file + '.map')) {
    console.log('  (no source map)');
    continue;
  }
  const map = new SourceMap(file + '.map');
  const lines = code.split('\n');
  const pieces = new Map<string, string[]>();
  lines.forEach((text, i) => {
    const segs = map.lines[i] ?? [];
    segs.forEach((s, j) => {
      const end = segs[j + 1]?.col ?? text.length;
      const g = group(map.sources[s.source] ?? '?');
      const list = pieces.get(g) ?? [];
      list.push(text.slice(s.col, end));
      pieces.set(g, list);
    });
  });
  const rows = [...pieces.entries()]
    .map(([g, parts]) => {
      const text = parts.join('');
      return { g, raw: Buffer.byteLength(text), gz: gzipSync(text).length };
    })
    .sort((a, b) => b.raw - a.raw);
  // Per-group gzip is compressed alone, so it overstates a little; the shares are what matter.
  const byPkg = new Map<string, { raw: number; gz: number }>();
  for (const r of rows) {
    const k = r.g.startsWith('npm:')
      ? r.g
      : r.g
          .split('/')
          .slice(0, r.g.startsWith('src/lib/components/') ? 4 : 3)
          .join('/');
    const v = byPkg.get(k) ?? { raw: 0, gz: 0 };
    v.raw += r.raw;
    v.gz += r.gz;
    byPkg.set(k, v);
  }
  console.log('  by package / folder (raw KiB, gzip KiB alone):');
  for (const [k, v] of [...byPkg.entries()].sort((a, b) => b[1].raw - a[1].raw).slice(0, 25))
    console.log(`  ${kib(v.raw)} ${kib(v.gz)}  ${k}`);
  console.log('  largest single sources:');
  for (const r of rows.slice(0, 15)) console.log(`  ${kib(r.raw)} ${kib(r.gz)}  ${r.g}`);
}
console.log(
  `\nentry JS + CSS: ${kib(totalRaw)} KiB raw, ${kib(totalGz)} KiB gzip (budget 50 KiB gzip)`,
);
const others = readdirSync(join(dir, 'assets')).filter(
  (f) => /\.(js|css)$/.test(f) && !entry.includes(`assets/${f}`),
);
if (others.length) console.log(`lazy chunks (not at first paint): ${others.join(', ')}`);
