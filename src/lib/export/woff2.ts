/**
 * wawoff2's TTF → WOFF2 compressor in the browser. Its emscripten build only exports its module
 * under Node (`module.exports` is set in the Node branch), so the browser evaluates the file's
 * source in a function scope that receives the module object. The source is our own
 * same-origin build asset. Note: its embind glue itself needs `new Function`, so a Content
 * Security Policy must allow 'unsafe-eval' for editable-text export.
 */

interface Woff2Module {
  onRuntimeInitialized?: () => void;
  onAbort?: (what: unknown) => void;
  compress?: (sfnt: Uint8Array) => Uint8Array | false;
}

export type Compress = (sfnt: Uint8Array) => Uint8Array;

/** Runs wawoff2's `compress_binding.js` source and resolves once its wasm is ready. */
export function evalWoff2Binding(source: string): Promise<Compress> {
  return new Promise((resolve, reject) => {
    const mod: Woff2Module = {};
    mod.onAbort = (what) => reject(new Error(`wawoff2 failed to start: ${String(what)}`));
    mod.onRuntimeInitialized = () =>
      resolve((sfnt) => {
        const out = mod.compress?.(sfnt);
        if (!out) throw new Error('WOFF2 compression failed');
        return out.slice();
      });
    new Function('Module', `${source}\n;return Module;`)(mod);
  });
}
