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

// Helpers working in parallel each use their own port and build: ZIYARA_PORT=4180 ZIYARA_DIST=/tmp/x.
const PORT = Number(process.env.ZIYARA_PORT ?? 4173);
const DIST = process.env.ZIYARA_DIST ? ` --outDir ${process.env.ZIYARA_DIST}` : '';

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  timeout: 30_000,
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
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
