import { defineConfig } from '@playwright/test';

// Debian's Chromium, never a downloaded browser. The app is served by `vite preview` from the
// production build, so e2e tests see exactly what ships.
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--headless=new',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

// Another port and build: ZIYARA_PORT=4180 ZIYARA_DIST=/tmp/x (two checkouts side by side, or
// helpers working in parallel).
const PORT = Number(process.env.ZIYARA_PORT ?? 4173);
const DIST = process.env.ZIYARA_DIST ? ` --outDir ${process.env.ZIYARA_DIST}` : '';

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  // Generous: a timeout catches a hang, never a slow or loaded machine. Tests wait for states
  // (expect/poll), not for durations.
  timeout: 120_000,
  expect: { timeout: 15_000 },
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    headless: true,
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: CHROMIUM_ARGS,
    },
    locale: 'ar',
    timezoneId: 'UTC',
  },
  webServer: {
    command: `npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort${DIST}`,
    // Never test against a server this run did not start (another checkout's build, an old
    // preview). `port`, not `url`: Playwright then checks that nothing at all listens there
    // (a TCP connect; an HTTP probe hangs on a listener that never answers) and stops with
    // "http://localhost:PORT is already used" before any test; `--strictPort` makes vite refuse
    // a taken port rather than pick the next one.
    port: PORT,
    reuseExistingServer: false,
    timeout: 120_000,
  },
});
