/**
 * Headless export: the file the page's Export menu writes, without a browser.
 *
 *   npm run render -- visit.json --view orgchart|timeline --format svg-outline|svg-text|png
 *                     --lang ar|en [--whole] [--calendar gregory|islamic-umalqura]
 *                     [--width 960] [--height 600] [--scale 2] -o FILE
 *   npm run render -- --visit korea-2022 --view orgchart --format svg-outline --lang ar -o out.svg
 *   npm run render -- --visit korea-2022 --view orgchart --format png --lang ar -o a.png \
 *                     + --visit uae-2023 --view timeline --format svg-text --lang en -o b.svg
 *
 * `--visit ID` takes a bundled visit (data/visits/ID.json) instead of a file. `-o -` writes to
 * standard output. `--width`/`--height` are the live chart's box in px (the whole timeline starts
 * looking for room at that width; the current view is what that box shows). A lone `+` starts
 * the next file's options: one process writes them all, in order (each file is the one a run
 * of its own writes). PNG needs rsvg-convert (librsvg) on the PATH; the SVG formats need nothing
 * beyond `npm ci`.
 *
 * This module is the CLI; it runs from the bundle scripts/render.mjs builds (src/ssr/buildBundle.ts:
 * this file, the app's components, Export menu, serializer and fonts, compiled once into
 * node_modules/.cache/ziyara-render/ and rebuilt when one of its sources changes), so a run starts
 * no TypeScript or Svelte compiler.
 *
 * Exit status: 0 written; 1 the visit is invalid or the export failed; 2 usage error.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUNDLED_VISITS } from '../src/lib/visits/list';
import { renderVisit } from '../src/ssr/render';

export { hbFallbackChars, hbWidths, renderVisit } from '../src/ssr/render';

const USAGE =
  "usage: npm run render -- (VISIT.json | --visit ID) --view orgchart|timeline --format svg-outline|svg-text|png --lang ar|en [--whole] [--calendar gregory|islamic-umalqura] [--width PX] [--height PX] [--scale 1|2|3] -o FILE [+ next file's options…]";

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

/** One file's options each, split at a lone `+`. */
export function parseJobs(argv: readonly string[]): Args[] {
  const groups: string[][] = [[]];
  for (const a of argv)
    if (a === '+') groups.push([]);
    else groups.at(-1)!.push(a);
  return groups.map((g, i) =>
    g.length || i === 0 ? parseArgs(g) : usage(`nothing after the "+" of file ${i}`),
  );
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

/** Reads the visit's text: a bundled visit's from the checkout at `root`, or a file. */
function visitText(args: Args, root: string): string {
  if (args.visit) {
    const v = BUNDLED_VISITS.find((b) => b.id === args.visit);
    if (!v)
      usage(
        `--visit: no bundled visit "${args.visit}" (there are ${BUNDLED_VISITS.map((b) => b.id).join(', ')})`,
      );
    return readFileSync(join(root, v.file), 'utf8');
  }
  try {
    return readFileSync(args.file!, 'utf8');
  } catch (e) {
    process.stderr.write(`render: cannot read ${args.file}: ${(e as Error).message}\n`);
    process.exit(2);
  }
}

/** Runs the CLI on `argv` (the arguments after the script); `root` is the checkout. */
export async function main(argv: readonly string[], root: string): Promise<never> {
  const jobs = parseJobs(argv);
  const texts = jobs.map((a) => visitText(a, root));
  for (const [i, args] of jobs.entries()) {
    try {
      // Each file after the first from a fresh copy of this bundle: nothing a render leaves in
      // module state (counters of ids, caches) reaches the next, so each file is byte for byte
      // the one a run of its own writes. The copies share the page (ssr/dom.ts).
      const render: typeof renderVisit = i
        ? (
            (await import(/* @vite-ignore */ `${import.meta.url}?file=${i}`)) as {
              renderVisit: typeof renderVisit;
            }
          ).renderVisit
        : renderVisit;
      const r = await render({ ...args, text: texts[i]! });
      if (args.out === '-') process.stdout.write(r.bytes);
      else writeFileSync(args.out, r.bytes);
      if (process.env.ZIYARA_RENDER_TIMINGS) {
        // Also since the process started, and its CPU time so far (user + system), ms.
        const { user, system } = process.cpuUsage();
        const more = { sinceStart: performance.now(), cpu: (user + system) / 1000 };
        process.stderr.write(`${JSON.stringify({ file: r.filename, ...r.timings, ...more })}\n`);
      }
    } catch (e) {
      process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
      process.exit(1);
    }
  }
  process.exit(0);
}
