import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serveStatic, type StaticServer } from './staticServer';

/** The built app (`ZIYARA_DIST` points elsewhere for an ad-hoc build). */
const DIST = process.env.ZIYARA_DIST ?? 'dist';

/**
 * Serves the built app at `/ziyara/` on a port of its own, as a host that lists `origins` in
 * its `<meta name="ziyara-allowed-origins">` tag would: `?data=` may then load from them. (A page
 * rewritten by `page.route` would not do: Chromium counts a fulfilled document as public, and
 * refuses its requests to 127.0.0.1.) Fails if the built page has no such tag.
 */
export async function serveAppAllowing(
  origins: string,
  files: Record<string, string> = {},
): Promise<StaticServer> {
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  const tag = /(<meta name="ziyara-allowed-origins" content=")[^"]*(")/;
  if (!tag.test(html)) throw new Error('the built index.html has no ziyara-allowed-origins tag');
  const attr = origins.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  const page = html.replace(tag, (_, open: string, close: string) => open + attr + close);
  return serveStatic(DIST, '/ziyara/', {}, { ...files, 'index.html': page });
}
