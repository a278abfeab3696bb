/**
 * A tiny static server on 127.0.0.1 (random free port) for the built app, the data, the peer
 * pages and the few peer files they load from node_modules. Bodies are sent uncompressed; the
 * harness gzips the same bodies itself (`gzipSize`) to report transfer sizes.
 */
import { createServer, type Server } from 'node:http';
import { readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.cjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
  '.map': 'application/json',
};

export interface StaticServer {
  origin: string;
  /** The file a URL path is served from, or null. */
  fileOf(pathname: string): string | null;
  /** Raw and gzip (zlib default level 6) sizes of the body served for a URL path. */
  sizes(pathname: string): { raw: number; gzip: number } | null;
  close(): Promise<void>;
}

/** `mounts`: URL prefix (e.g. "/ziyara/") → folder. Longest prefix wins. */
export async function serve(mounts: Record<string, string>): Promise<StaticServer> {
  const prefixes = Object.keys(mounts).sort((a, b) => b.length - a.length);
  const fileOf = (pathname: string): string | null => {
    let path: string;
    try {
      path = decodeURIComponent(pathname);
    } catch {
      return null;
    }
    for (const prefix of prefixes) {
      if (!path.startsWith(prefix)) continue;
      const root = normalize(mounts[prefix]!);
      let file = normalize(join(root, path.slice(prefix.length)));
      if (file !== root && !file.startsWith(root + sep)) return null;
      try {
        if (statSync(file).isDirectory()) file = join(file, 'index.html');
        return statSync(file).isFile() ? file : null;
      } catch {
        return null;
      }
    }
    return null;
  };
  const sizeCache = new Map<string, { raw: number; gzip: number }>();
  const sizes = (pathname: string) => {
    const file = fileOf(pathname);
    if (!file) return null;
    let s = sizeCache.get(file);
    if (!s) {
      const body = readFileSync(file);
      s = { raw: body.length, gzip: gzipSync(body).length };
      sizeCache.set(file, s);
    }
    return s;
  };

  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const file = fileOf(url.pathname);
    if (!file || (req.method !== 'GET' && req.method !== 'HEAD')) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const body = readFileSync(file);
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'content-length': body.length,
      'cache-control': 'no-store',
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('server has no port');
  return {
    origin: `http://127.0.0.1:${address.port}`,
    fileOf,
    sizes,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
