/**
 * Headless export: the file the page's Export menu writes, without a browser.
 *
 *   npm run render -- visit.json --view orgchart|timeline --format svg-outline|svg-text|png
 *                     --lang ar|en [--whole] [--calendar gregory|islamic-umalqura]
 *                     [--width 960] [--height 600] [--scale 2] -o FILE
 *   npm run render -- --visit korea-2022 --view orgchart --format svg-outline --lang ar -o out.svg
 *
 * `--visit ID` takes a bundled visit (data/visits/ID.json) instead of a file. `-o -` writes to
 * standard output. `--width`/`--height` are the live chart's box in px (the whole timeline starts
 * looking for room at that width; the current view is what that box shows). PNG needs
 * rsvg-convert (librsvg) on the PATH; the SVG formats need nothing beyond `npm ci`.
 *
 * It runs the app's own components, Export menu, serializer and fonts (src/ssr/render.ts),
 * compiled once by Vite into node_modules/.cache/ziyara-render/ (rebuilt when src/ changes).
 *
 * Exit status: 0 written; 1 the visit is invalid or the export failed; 2 usage error.
 */
import { mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** Where the bundle is built; ZIYARA_RENDER_CACHE: another folder inside the checkout (its imports resolve from there). */
const OUT = resolve(
  process.env.ZIYARA_RENDER_CACHE ?? join(ROOT, 'node_modules/.cache/ziyara-render'),
);
const BUNDLE = join(OUT, 'render.mjs');
const USAGE =
  'usage: npm run render -- (VISIT.json | --visit ID) --view orgchart|timeline --format svg-outline|svg-text|png --lang ar|en [--whole] [--calendar gregory|islamic-umalqura] [--width PX] [--height PX] [--scale 1|2|3] -o FILE';

function usage(msg: string): never {
  process.stderr.write(`render: ${msg}\n${USAGE}\n`);
  process.exit(2);
}

interface Args {
  file?: string;
  visit?: string;
  view: 'orgchart' | 'timeline';
  format: 'svg-outline' | 'svg-text' | 'png';
  lang: 'ar' | 'en';
  whole: boolean;
  calendar: 'gregory' | 'islamic-umalqura';
  width?: number;
  height?: number;
  scale?: number;
  out: string;
}

export function parseArgs(argv: readonly string[]): Args {
  const a: Partial<Args> & { whole: boolean } = { whole: false };
  const one = <T extends string>(name: string, v: string | undefined, allowed: readonly T[]) => {
    if (v === undefined) usage(`${name} needs a value`);
    if (!(allowed as readonly string[]).includes(v))
      usage(`${name}: expected ${allowed.join(' or ')}, found "${v}"`);
    return v as T;
  };
  const num = (name: string, v: string | undefined, min: number, max: number) => {
    const n = Number(v);
    if (!Number.isFinite(n) || n < min || n > max)
      usage(`${name}: expected a number from ${min} to ${max}, found "${v ?? ''}"`);
    return n;
  };
  for (let i = 0; i < argv.length; i++) {
    const k = argv[i]!;
    const v = () => argv[++i];
    if (k === '--view') a.view = one('--view', v(), ['orgchart', 'timeline'] as const);
    else if (k === '--format')
      a.format = one('--format', v(), ['svg-outline', 'svg-text', 'png'] as const);
    else if (k === '--lang') a.lang = one('--lang', v(), ['ar', 'en'] as const);
    else if (k === '--calendar')
      a.calendar = one('--calendar', v(), ['gregory', 'islamic-umalqura'] as const);
    else if (k === '--whole') a.whole = true;
    else if (k === '--visit') a.visit = v() ?? usage('--visit needs a bundled visit id');
    else if (k === '--width') a.width = num('--width', v(), 200, 20000);
    else if (k === '--height') a.height = num('--height', v(), 100, 20000);
    else if (k === '--scale') a.scale = num('--scale', v(), 1, 3);
    else if (k === '-o' || k === '--out') a.out = v() ?? usage('-o needs a file name');
    else if (k.startsWith('-') && k !== '-') usage(`unknown option ${k}`);
    else if (a.file) usage(`one visit file only (found "${a.file}" and "${k}")`);
    else a.file = k;
  }
  if (!a.file === !a.visit) usage('give a visit file or --visit ID (one of them)');
  if (!a.view) usage('--view is required');
  if (!a.format) usage('--format is required');
  if (!a.lang) usage('--lang is required');
  if (!a.out) usage('-o FILE is required');
  return { calendar: 'gregory', ...a } as Args;
}

/** True when the bundle is missing or one of its sources (inputs.json) is newer than it. */
function stale(): boolean {
  try {
    const built = statSync(BUNDLE).mtimeMs;
    const inputs = JSON.parse(readFileSync(join(OUT, 'render.inputs.json'), 'utf8')) as string[];
    const files = [
      ...inputs,
      join(ROOT, 'package-lock.json'),
      join(ROOT, 'src/ssr/buildBundle.ts'),
    ];
    return files.some((f) => statSync(f).mtimeMs > built);
  } catch {
    return true;
  }
}

/** Builds the render bundle when it is missing or out of date (src/ssr/buildBundle.ts). */
export async function ensureBundle(): Promise<string> {
  if (!stale()) return BUNDLE;
  mkdirSync(OUT, { recursive: true });
  const { buildRenderBundle } = await import('../src/ssr/buildBundle');
  // Built aside, then moved in: a render running at the same time never reads half a file.
  const tmp = `${OUT}/tmp-${process.pid}`;
  await buildRenderBundle(ROOT, tmp);
  renameSync(join(tmp, 'render.inputs.json'), join(OUT, 'render.inputs.json'));
  renameSync(join(tmp, 'render.mjs'), BUNDLE);
  rmSync(tmp, { recursive: true, force: true });
  return BUNDLE;
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  let text: string;
  if (args.visit) {
    const { BUNDLED_VISITS } = await import('../src/lib/visits/list');
    const v = BUNDLED_VISITS.find((b) => b.id === args.visit);
    if (!v)
      usage(
        `--visit: no bundled visit "${args.visit}" (there are ${BUNDLED_VISITS.map((b) => b.id).join(', ')})`,
      );
    text = readFileSync(join(ROOT, v.file), 'utf8');
  } else {
    try {
      text = readFileSync(args.file!, 'utf8');
    } catch (e) {
      process.stderr.write(`render: cannot read ${args.file}: ${(e as Error).message}\n`);
      process.exit(2);
    }
  }
  await ensureBundle();
  const mod = (await import(pathToFileURL(BUNDLE).href)) as typeof import('../src/ssr/render');
  try {
    const r = await mod.renderVisit({ ...args, text });
    if (args.out === '-') process.stdout.write(r.bytes);
    else writeFileSync(args.out, r.bytes);
    if (process.env.ZIYARA_RENDER_TIMINGS)
      process.stderr.write(`${JSON.stringify({ file: r.filename, ...r.timings })}\n`);
  } catch (e) {
    process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(1);
  }
  process.exit(0);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) void main();
