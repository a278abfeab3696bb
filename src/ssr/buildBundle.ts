/**
 * Builds the render CLI (scripts/render.ts, with src/ssr/render.ts) or the prerender
 * (src/ssr/prerender.ts) into one Node module (`render.mjs`, `prerender.mjs`): the
 * Svelte components compiled for the client runtime (they mount in jsdom) with their CSS
 * injected as `<style>` (which the Node style resolver reads), the export's font sources read
 * from node_modules instead of fetched. Node packages other than Svelte stay external.
 */
import { join } from 'node:path';

export async function buildRenderBundle(
  root: string,
  outDir: string,
  /** `render` (the CLI) or `prerender` (the first view for index.html). */
  entry: 'render' | 'prerender' = 'render',
): Promise<void> {
  const [{ build }, { svelte }] = await Promise.all([
    import('vite'),
    import('@sveltejs/vite-plugin-svelte'),
  ]);
  const assets = join(root, 'src/ssr/fontSources.ts');
  await build({
    root,
    configFile: false,
    logLevel: 'error',
    mode: 'production',
    plugins: [
      svelte({ emitCss: false, compilerOptions: { css: 'injected' } }),
      {
        name: 'ziyara:render-node-fonts',
        enforce: 'pre',
        resolveId(source, importer) {
          if (source === './fonts/assets' && importer?.endsWith('/export/exportChart.ts'))
            return assets;
          return null;
        },
      },
      {
        // The bundle's own sources, so that the CLI rebuilds only when one of them changes.
        name: 'ziyara:render-inputs',
        generateBundle(_o, bundle) {
          const ids = new Set<string>();
          for (const c of Object.values(bundle))
            if (c.type === 'chunk')
              for (const id of c.moduleIds) {
                const file = id.split('?')[0]!;
                if (file.startsWith(root) && !file.includes('/node_modules/')) ids.add(file);
              }
          this.emitFile({
            type: 'asset',
            fileName: `${entry}.inputs.json`,
            source: JSON.stringify([...ids].sort(), null, 1),
          });
        },
      },
    ],
    build: {
      // A client build (the components mount in jsdom) for Node: Node's own modules, jsdom and
      // HarfBuzz (its wasm is read from disk) are left to Node.
      lib: {
        entry: join(root, entry === 'render' ? 'scripts/render.ts' : `src/ssr/${entry}.ts`),
        formats: ['es'],
        fileName: () => `${entry}.mjs`,
      },
      outDir,
      emptyOutDir: false,
      minify: false,
      sourcemap: false,
      target: 'node20',
      copyPublicDir: false,
      rolldownOptions: {
        external: [/^node:/, 'jsdom', 'harfbuzzjs', /^harfbuzzjs\//],
        output: { codeSplitting: false },
        checks: { pluginTimings: false },
      },
    },
  });
}
