// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';

/**
 * The browser tests never run against a server this run did not start (issue 12): another
 * checkout's build on 4173 used to be reused silently.
 */
describe('playwright.config.ts', () => {
  it('starts its own server on ZIYARA_PORT, refuses a taken port, never reuses one', async () => {
    vi.stubEnv('ZIYARA_PORT', '4999');
    vi.stubEnv('ZIYARA_DIST', '/tmp/elsewhere');
    vi.resetModules();
    const { default: config } = await import('../../playwright.config');
    vi.unstubAllEnvs();
    const server = config.webServer;
    if (!server || Array.isArray(server)) throw new Error('expected one webServer');
    expect(server.reuseExistingServer).toBe(false);
    // `port`, not `url`: Playwright checks with a TCP connect that nothing listens there.
    expect(server.port).toBe(4999);
    expect(server.command).toMatch(/ --port 4999 --strictPort\b/);
    expect(server.command).toContain('--outDir /tmp/elsewhere');
    expect(config.use?.baseURL).toBe('http://127.0.0.1:4999/');
  });

  it('has timeouts that catch a hang, not a loaded machine', async () => {
    const { default: config } = await import('../../playwright.config');
    expect(config.timeout).toBeGreaterThanOrEqual(60_000);
    expect(config.expect?.timeout).toBeGreaterThanOrEqual(10_000);
  });
});
