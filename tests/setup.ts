import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/svelte';
import { afterEach } from 'vitest';

// Vitest runs without globals, so Testing Library cannot register its own cleanup.
afterEach(() => cleanup());

// `findBy…` and `waitFor` give up after 1 s by default: on a loaded 2-core machine a lazy chunk
// can take longer than that to arrive. A limit here catches a hang, never a slow machine.
configure({ asyncUtilTimeout: 30_000 });
