// @vitest-environment node
/**
 * The shape of the code, checked: no import cycles, pure layers that stay pure, small modules.
 * These are the rules DEVELOPMENT.md describes; a change that breaks one fails here, not in review.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const SRC = join(ROOT, 'src');
const MAX_LINES = 300;

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

const isSource = (p: string) => /\.(ts|svelte)$/.test(p) && !/\.test\.(ts|svelte)$/.test(p);
const files = walk(SRC).filter(isSource);
const rel = (p: string) => relative(ROOT, p);

/** Every module a file imports (static, dynamic, `export … from`), as written. */
function specifiers(code: string): string[] {
  const out: string[] = [];
  const re =
    /(?:import|export)\s+(?:type\s+)?(?:[^'";]*?\s+from\s+)?['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;
  for (const m of code.matchAll(re)) out.push((m[1] ?? m[2])!);
  return out;
}

/** A relative specifier resolved to a file of src/, or null (a package, a CSS file, an asset). */
function resolveLocal(from: string, spec: string): string | null {
  if (!spec.startsWith('.')) return null;
  const base = resolve(dirname(from), spec.replace(/\?.*$/, ''));
  for (const c of [base, `${base}.ts`, `${base}.svelte`, join(base, 'index.ts')]) {
    if (files.includes(c)) return c;
  }
  return null;
}

const graph = new Map<string, { local: string[]; packages: string[]; typeOnly: Set<string> }>();
for (const f of files) {
  const code = readFileSync(f, 'utf8');
  const local: string[] = [];
  const packages: string[] = [];
  const typeOnly = new Set<string>();
  for (const spec of specifiers(code)) {
    const target = resolveLocal(f, spec);
    if (target) local.push(target);
    else if (!spec.startsWith('.')) packages.push(spec);
  }
  // `import type` is erased at build time, but a cycle through types is still a tangle: keep it.
  for (const m of code.matchAll(/import\s+type\s+[^'";]*?from\s+['"]([^'"]+)['"]/g)) {
    const t = resolveLocal(f, m[1]!);
    if (t) typeOnly.add(t);
  }
  graph.set(f, { local, packages, typeOnly });
}

/** Strongly connected components with more than one module (Tarjan, iterative enough here). */
function cycles(): string[][] {
  let index = 0;
  const idx = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const on = new Set<string>();
  const out: string[][] = [];
  const visit = (v: string) => {
    idx.set(v, index);
    low.set(v, index++);
    stack.push(v);
    on.add(v);
    for (const w of graph.get(v)?.local ?? []) {
      if (!idx.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (on.has(w)) low.set(v, Math.min(low.get(v)!, idx.get(w)!));
    }
    if (low.get(v) === idx.get(v)) {
      const comp: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        on.delete(w);
        comp.push(rel(w));
      } while (w !== v);
      if (comp.length > 1) out.push(comp.sort());
    }
  };
  for (const f of files) if (!idx.has(f)) visit(f);
  return out;
}

const under = (folder: string) => (f: string) => f.startsWith(join(SRC, 'lib', folder) + '/');

describe('architecture', () => {
  it('has no import cycle', () => {
    expect(cycles()).toEqual([]);
  });

  it('keeps layout/ pure: no Svelte, no DOM components', () => {
    const bad = files.filter(under('layout')).flatMap((f) => {
      const g = graph.get(f)!;
      const svelte = g.packages.filter((p) => p === 'svelte' || p.startsWith('svelte/'));
      const comps = g.local.filter((t) => t.endsWith('.svelte') || t.endsWith('.svelte.ts'));
      return [...svelte, ...comps.map(rel)].map((x) => `${rel(f)} → ${x}`);
    });
    expect(bad).toEqual([]);
  });

  it('lets only the lazy whole-chart renderer reach components/ from export/', () => {
    const bad = files.filter(under('export')).flatMap((f) =>
      graph
        .get(f)!
        .local.filter(under('components'))
        .filter(() => !/renderWhole\.ts$/.test(f))
        .map((t) => `${rel(f)} → ${rel(t)}`),
    );
    expect(bad).toEqual([]);
  });

  it('ships no test-only code in src/', () => {
    const bad = files.filter((f) => /synthetic|fake/i.test(f)).map(rel);
    expect(bad).toEqual([]);
  });

  it('changes the shared view state only through its intents', () => {
    const write = /\bview\.(lang|digits|theme|view|selection|visibleRange|rangeMove)\s*=(?!=)/;
    const bad = files
      .filter((f) => !under('state')(f))
      .filter((f) => write.test(readFileSync(f, 'utf8')))
      .map(rel);
    expect(bad).toEqual([]);
  });

  it(`has no module over ${MAX_LINES} lines`, () => {
    const long = files
      .map((f) => [rel(f), readFileSync(f, 'utf8').split('\n').length] as const)
      .filter(([, n]) => n > MAX_LINES)
      .map(([f, n]) => `${f}: ${n}`);
    expect(long).toEqual([]);
  });
});
