import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

// Vitest 5 targets Node 22; on Node 20 its reporter needs Map.groupBy (Node 21+) to print the
// details of a failing test. Without it a failure is reported only by the exit code.
if (typeof (Map as { groupBy?: unknown }).groupBy !== 'function') {
  Object.defineProperty(Map, 'groupBy', {
    value<T, K>(items: Iterable<T>, key: (item: T, i: number) => K): Map<K, T[]> {
      const out = new Map<K, T[]>();
      let i = 0;
      for (const item of items) {
        const k = key(item, i++);
        const list = out.get(k);
        if (list) list.push(item);
        else out.set(k, [item]);
      }
      return out;
    },
  });
}

/**
 * The error list links each message to its section of the format's description: the build
 * ships that description (docs/data-format.md) beside the app, so the link works on any static
 * host (`VITE_ZIYARA_DOCS_URL` points it elsewhere).
 */
function shipFormatDocs(): Plugin {
  return {
    name: 'ziyara:format-docs',
    apply: 'build',
    generateBundle() {
      this.emitFile({
        type: 'asset',
        fileName: 'docs/data-format.md',
        source: readFileSync(new URL('./docs/data-format.md', import.meta.url)),
      });
    },
  };
}

/**
 * `src/main.ts` is a small first script that starts the visit's download and then imports the app
 * (`App.svelte`) as a chunk of its own. Without a hint the browser would ask for that chunk only
 * once the first script has run: one round trip more. This names the app's chunk, its static
 * imports and its CSS in index.html, so they download in parallel with the first script.
 */
function preloadApp(): Plugin {
  return {
    name: 'ziyara:preload-app',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const bundle = ctx.bundle;
        if (!bundle) return html;
        const chunks = Object.values(bundle).filter((c) => c.type === 'chunk');
        const app = chunks.find((c) => c.facadeModuleId?.endsWith('/src/App.svelte'));
        if (!app) return html;
        const js = new Set<string>();
        const css = new Set<string>();
        const visit = (name: string) => {
          const c = bundle[name];
          if (!c || c.type !== 'chunk' || js.has(name)) return;
          js.add(name);
          for (const f of c.viteMetadata?.importedCss ?? []) css.add(f);
          c.imports.forEach(visit);
        };
        visit(app.fileName);
        const entry = chunks.find((c) => c.isEntry);
        // The Svelte runtime's `mount`, which main.ts imports next to the app.
        for (const name of entry?.dynamicImports ?? []) {
          const c = bundle[name];
          if (c?.type === 'chunk' && c.facadeModuleId?.includes('/node_modules/svelte/'))
            visit(name);
        }
        if (entry) js.delete(entry.fileName); // already a <script>
        const base = ctx.path.replace(/[^/]*$/, '').replace(/^\//, '');
        const href = (f: string) => `./${base}${f}`;
        const tags = [
          ...[...js].map((f) => `<link rel="modulepreload" crossorigin href="${href(f)}">`),
          ...[...css].map((f) => `<link rel="stylesheet" crossorigin href="${href(f)}">`),
        ].filter((tag) => !html.includes(/href="[^"]*"/.exec(tag)![0]));
        return html.replace(/\s*<\/head>/, `\n    ${tags.join('\n    ')}\n  </head>`);
      },
    },
  };
}

// One config for the app, its build and Vitest. `base: './'` keeps the build relocatable to any
// sub-path of a static host.
export default defineConfig({
  base: './',
  plugins: [svelte(), preloadApp(), shipFormatDocs()],
  resolve: process.env.VITEST ? { conditions: ['browser'] } : undefined,
  build: {
    target: 'es2022',
    sourcemap: true,
    rolldownOptions: {
      output: {
        codeSplitting: {
          // Left to itself, Rolldown splits what the app shares with its lazy parts into many
          // small chunks (view state, formats, schema, buttons…), each one more request and
          // compressed on its own. The first view needs them all anyway: everything the app
          // (`App.svelte`) imports statically goes into the app's chunk, what it shares with the
          // first script (URL parameters, locale…) into one small chunk, so that the first
          // script never waits for the app's. Lazy parts keep their chunks and import from these.
          groups: (() => {
            type Ctx = import('vite').Rolldown.ChunkingContext;
            const src = `${import.meta.dirname}/src/`.replaceAll('\\', '/');
            const closure = (ctx: Ctx, from: string) => {
              const seen = new Set<string>();
              const todo = [from];
              for (let id; (id = todo.pop()) !== undefined;)
                if (!seen.has(id)) {
                  seen.add(id);
                  todo.push(...(ctx.getModuleInfo(id)?.importedIds ?? []));
                }
              return seen;
            };
            const memo = new WeakMap<Ctx, { start: Set<string>; app: Set<string> }>();
            const partOf = (id: string, ctx: Ctx) => {
              let sets = memo.get(ctx);
              if (!sets) {
                sets = {
                  start: closure(ctx, `${src}main.ts`),
                  app: closure(ctx, `${src}App.svelte`),
                };
                memo.set(ctx, sets);
              }
              if (!sets.app.has(id)) return null;
              return sets.start.has(id) ? 'start' : 'App';
            };
            return [
              {
                name: (id: string, ctx: Ctx) => (partOf(id, ctx) === 'start' ? 'start' : null),
                priority: 2,
              },
              {
                name: (id: string, ctx: Ctx) => (partOf(id, ctx) === 'App' ? 'App' : null),
                priority: 1,
              },
            ];
          })(),
        },
      },
    },
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'],
    setupFiles: ['tests/setup.ts'],
    // Generous on purpose: on a loaded 2-core machine a component test took 8.6 s against the
    // 5 s default. A timeout here catches a hang, never a slow machine.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
