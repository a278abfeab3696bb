/**
 * Where `?data=` may load a visit from, decided on the URL the browser will actually fetch: the
 * value is resolved with `new URL(value, page)` first, which strips leading and trailing spaces
 * and C0 controls, drops tabs and newlines anywhere, lowercases the scheme and host, turns `\` into
 * `/` and reads `//host` as another host. Checking the raw text instead is what let
 * `data=%20data:…` or `da%09ta:…` through. The resolved URL is then the one fetched.
 *
 * Allowed: http(s) on the page's own origin, and on the origins the host lists (see
 * `parseAllowedOrigins`). Never: any other scheme (`data:`, `blob:`, `javascript:`, `file:`…),
 * even when the list says `*`, and URLs carrying a user name or password.
 *
 * Deliberately light: `main.ts` (the small first script) uses it to start the download early.
 */

/** Longest `data=` value read, in UTF-16 units; a visit's address is never near this. */
export const MAX_DATA_URL = 2000;

/** Why a `data=` value was refused, in one word (the notice words each). */
export type DataRefusal = 'too-long' | 'blank' | 'not-url' | 'scheme' | 'credentials' | 'origin';

export type DataSource =
  /** No `data=`: the bundled visit. */
  | { kind: 'bundled' }
  /** `url`: the absolute URL to fetch; `raw`: the value as the link wrote it. */
  | { kind: 'url'; url: string; raw: string }
  /**
   * `found`: what was refused, as data text: the scheme (`data:`), the origin, or the length;
   * empty when the value is not a URL at all.
   */
  | { kind: 'refused'; raw: string; reason: DataRefusal; found: string };

export interface AllowedOrigins {
  /** `*`: any http(s) origin. */
  any: boolean;
  /** Exact origins, serialized as `URL.origin` does (`https://example.org`, `http://h:8080`). */
  origins: ReadonlySet<string>;
}

export const SAME_ORIGIN_ONLY: AllowedOrigins = { any: false, origins: new Set() };

/**
 * An entry must be `http(s)://host[:port]`, optionally with a final `/`: nothing else (no `*.`
 * wildcard inside, which URL would take as a literal host).
 */
const ORIGIN_SHAPE = /^https?:\/\/[^/?#@\\\s*]+\/?$/i;

/**
 * The hosts' list(s) of other origins `?data=` may load from: entries separated by spaces or
 * commas, each `https://host[:port]` or `*`. Every entry is parsed with `URL` and kept as its
 * origin, so `HTTPS://Example.org:443/` is `https://example.org` and a Unicode host is its
 * punycode; matching is exact. Entries that are not a plain origin (a path, a user name
 * `https://a.example@b.example`, a backslash, another scheme) are ignored, and returned in
 * `ignored` so that the page can warn about them.
 */
export function parseAllowedOrigins(...lists: (string | null | undefined)[]): {
  allowed: AllowedOrigins;
  ignored: string[];
} {
  let any = false;
  const origins = new Set<string>();
  const ignored: string[] = [];
  for (const entry of lists.join(' ').split(/[\s,]+/)) {
    if (entry === '') continue;
    if (entry === '*') {
      any = true;
      continue;
    }
    const url = ORIGIN_SHAPE.test(entry) ? tryUrl(entry) : null;
    if (
      url &&
      (url.protocol === 'http:' || url.protocol === 'https:') &&
      !url.username &&
      !url.password &&
      url.pathname === '/' &&
      !url.search &&
      !url.hash
    )
      origins.add(url.origin);
    else ignored.push(entry);
  }
  return { allowed: { any, origins }, ignored };
}

function tryUrl(s: string, base?: string): URL | null {
  try {
    return new URL(s, base);
  } catch {
    return null;
  }
}

/** What the browser's URL parser ignores around and inside a URL: C0 controls and spaces. */
// eslint-disable-next-line no-control-regex -- these controls are what is looked for
const IGNORED_BY_URL = /[\u0000-\u0020]/g;

/**
 * Judges a `data=` value (`raw`, as `URLSearchParams` decoded it) for a page at `page` (its
 * `location.href`). Pure; never throws.
 */
export function judgeDataUrl(
  raw: string | null,
  page: string,
  allowed: AllowedOrigins = SAME_ORIGIN_ONLY,
): DataSource {
  if (raw === null || raw === '') return { kind: 'bundled' };
  const refuse = (reason: DataRefusal, found = ''): DataSource => ({
    kind: 'refused',
    raw,
    reason,
    found,
  });
  if (raw.length > MAX_DATA_URL) return refuse('too-long', String(raw.length));
  // Only controls and spaces: it would resolve to this very page.
  if (raw.replace(IGNORED_BY_URL, '') === '') return refuse('blank');
  const url = tryUrl(raw, page);
  const here = tryUrl(page);
  if (!url || !here) return refuse('not-url');
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return refuse('scheme', url.protocol);
  if (url.username || url.password) return refuse('credentials', url.origin);
  if (url.origin !== here.origin && !allowed.any && !allowed.origins.has(url.origin))
    return refuse('origin', url.origin);
  return { kind: 'url', url: url.href, raw };
}

/** The allowed origins of this page: the build's `VITE_ZIYARA_ALLOWED_ORIGINS` and the meta tag. */
export function pageAllowedOrigins(doc: Document = document): AllowedOrigins {
  const metas = [...doc.querySelectorAll<HTMLMetaElement>('meta[name="ziyara-allowed-origins"]')];
  const { allowed, ignored } = parseAllowedOrigins(
    import.meta.env.VITE_ZIYARA_ALLOWED_ORIGINS as string | undefined,
    ...metas.map((m) => m.content),
  );
  if (ignored.length)
    console.warn(
      `Ziyara: ignored allowed origins (expected https://host[:port] or *): ${ignored.join(' ')}`,
    );
  return allowed;
}

/** This page's `data=` source: `location` judged against `pageAllowedOrigins()`. */
export function pageDataSource(raw: string | null): DataSource {
  return judgeDataUrl(raw, location.href, pageAllowedOrigins());
}

/**
 * Characters that would hide or reorder a value shown to the reader: controls, spaces, bidi
 * controls, zero-width and filler characters, variation selectors (each matched alone).
 */
const INVISIBLE =
  // eslint-disable-next-line no-control-regex, no-misleading-character-class -- on purpose
  /[\u0000-\u0020\u007f-\u00a0\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e\u2000-\u200f\u2028-\u202f\u205f-\u206f\u3000\u3164\ufe00-\ufe0f\ufeff\uffa0\ufff0-\ufffb]/gu;
const SHOWN_MAX = 300;

/**
 * A refused value as the notice shows it: every space, control, bidi or invisible character
 * percent-encoded (so `%0Adata:` reads as such), and cut to 300 characters. Plain text, for a
 * text node only.
 */
export function visibleValue(raw: string): string {
  const chars = [...raw];
  const cut = chars.length > SHOWN_MAX;
  const shown = (cut ? chars.slice(0, SHOWN_MAX) : chars).join('');
  return shown.replace(INVISIBLE, (c) => encodeURIComponent(c)) + (cut ? '…' : '');
}
