import { afterEach } from 'vitest';

// Testing Library and jest-dom are for the files that run in jsdom (the default environment,
// vite.config.ts). A file of pure logic (`// @vitest-environment node`) has no document: loading
// them there would only cost each such file a second or so of imports.
if (typeof document !== 'undefined') {
  await import('@testing-library/jest-dom/vitest');
  const { cleanup, configure } = await import('@testing-library/svelte');

  // Vitest runs without globals, so Testing Library cannot register its own cleanup.
  afterEach(() => cleanup());

  // `findBy…` and `waitFor` give up after 1 s by default: on a loaded 2-core machine a lazy chunk
  // can take longer than that to arrive. A limit here catches a hang, never a slow machine.
  configure({ asyncUtilTimeout: 30_000 });
}
