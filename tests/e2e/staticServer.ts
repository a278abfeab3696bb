/**
 * A tiny static server for the e2e tests: serves a built `dist/` under a sub-path (e.g.
 * `/ziyara/`) with the headers a strict host would send, such as a Content-Security-Policy.
 * Test-only; the app itself is plain static files.
 */
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.svg': 'image/svg+xml',
  '.map': 'application/json',
  '.wasm': 'application/wasm',
};

export interface StaticServer {
  /** e.g. `http://127.0.0.1:41234/ziyara/` */
  url: string;
  close: () => Promise<void>;
}

/**
 * Serves `root` (or nothing, if null) at `prefix` on 127.0.0.1 and a free port; `headers` go on
 * every response; `files` are served from memory, by path relative to `prefix`.
 */
export async function serveStatic(
  root: string | null,
  prefix: string,
  headers: Record<string, string> = {},
  files: Record<string, string> = {},
): Promise<StaticServer> {
  const server: Server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (!path.startsWith(prefix)) {
      res.writeHead(404, headers).end('not found');
      return;
    }
    let rel = normalize(path.slice(prefix.length));
    if (rel.startsWith('..')) rel = '';
    if (rel === '' || rel === '.' || rel.endsWith('/')) rel = join(rel, 'index.html');
    try {
      const body = files[rel] ?? (root !== null ? await readFile(join(root, rel)) : null);
      if (body === null) throw new Error('not found');
      res.writeHead(200, {
        'content-type': TYPES[extname(rel)] ?? 'application/octet-stream',
        ...headers,
      });
      res.end(body);
    } catch {
      res.writeHead(404, headers).end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${prefix}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
