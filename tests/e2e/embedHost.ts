/**
 * Page object for tests/e2e/host.html: a news page on another origin (another port) that embeds
 * two Ziyara iframes (`#a` with data-ziyara, `#b` matched by its src) through embed.js.
 */
import { readFileSync } from 'node:fs';
import { expect, type Frame, type Page } from '@playwright/test';
import { serveStatic, type StaticServer } from './staticServer';

/**
 * Starts the news site: the host page at `<url>article.html`, and `visit.json` (a valid visit,
 * served without CORS headers). A real server, not page.route: Chromium refuses to let a page
 * that has no address (as a route-fulfilled one) frame a local server.
 */
export function serveNewsSite(appUrl: string): Promise<StaticServer> {
  const html = readFileSync('tests/e2e/host.html', 'utf8').replaceAll('{{APP}}', appUrl);
  const visit = readFileSync('data/visits/korea-2022.json', 'utf8');
  return serveStatic(null, '/news/', {}, { 'article.html': html, 'visit.json': visit });
}

export class HostPage {
  constructor(
    readonly page: Page,
    readonly site: StaticServer,
  ) {}

  get url() {
    return `${this.site.url}article.html`;
  }

  async open(hash = '') {
    await this.page.goto(`${this.url}${hash}`);
    await this.ready('a');
    await this.ready('b');
  }

  async frame(id: string): Promise<Frame> {
    const handle = await this.page.locator(`iframe#${id}`).elementHandle();
    const frame = await handle?.contentFrame();
    if (!frame) throw new Error(`no frame #${id}`);
    return frame;
  }

  frameLocator(id: string) {
    return this.page.frameLocator(`iframe#${id}`);
  }

  /** Brings the iframe into view: Chromium pauses rendering in cross-origin frames out of view. */
  async show(id: string) {
    await this.page.locator(`iframe#${id}`).scrollIntoViewIfNeeded();
  }

  async ready(id: string) {
    await this.show(id);
    await expect
      .poll(async () =>
        (await this.frame(id)).evaluate(() => document.documentElement.dataset.state),
      )
      .toBe('ready');
  }

  /** The frame's content height and the iframe's height on the host page, in CSS px. */
  async heights(id: string) {
    const frame = await this.frame(id);
    const content = await frame.evaluate(() =>
      Math.ceil(document.documentElement.getBoundingClientRect().height),
    );
    const iframe = await this.page
      .locator(`iframe#${id}`)
      .evaluate((e) => e.getBoundingClientRect().height);
    return { content, iframe };
  }

  /** Waits until the iframe is exactly as tall as its content; returns that height. */
  async fitted(id: string): Promise<number> {
    await this.show(id);
    await expect
      .poll(async () => {
        const h = await this.heights(id);
        return Math.abs(h.content - h.iframe);
      })
      .toBeLessThanOrEqual(1);
    return (await this.heights(id)).iframe;
  }

  /** Posts `message` from the host page to the iframe `id`. */
  async post(id: string, message: unknown) {
    await this.page.evaluate(
      ([frameId, msg]) =>
        (
          document.getElementById(frameId as string) as HTMLIFrameElement
        ).contentWindow!.postMessage(msg, '*'),
      [id, message] as const,
    );
  }

  /** The `ziyara:*` DOM events embed.js fired on the iframes. */
  heard(): Promise<{ frame: string; type: string; detail: Record<string, unknown> }[]> {
    return this.page.evaluate(() => (window as unknown as { heard: [] }).heard);
  }

  /** The frame's own address (its query holds the state). */
  async frameSearch(id: string): Promise<string> {
    return (await this.frame(id)).evaluate(() => decodeURIComponent(location.search));
  }
}
