import { describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import {
  MAX_DATA_URL,
  judgeDataUrl,
  pageAllowedOrigins,
  parseAllowedOrigins,
  visibleValue,
  type AllowedOrigins,
  type DataSource,
} from './dataUrl';
import { parseEmbedParams } from './params';

const PAGE = 'https://news.example/ziyara/?lang=en';
const HTTP_PAGE = 'http://news.example/ziyara/';
const INLINE = 'data:application/json,{"schemaVersion":1}';

const judge = (raw: string, page = PAGE, allowed?: AllowedOrigins) =>
  judgeDataUrl(raw, page, allowed);
const allow = (...lists: string[]) => parseAllowedOrigins(...lists).allowed;
/** What the browser would fetch for `raw` on `page`, or its error. */
const browserUrl = (raw: string, page = PAGE) => {
  try {
    return new URL(raw, page);
  } catch {
    return null;
  }
};

/** Every C0 control and the space: what the URL parser strips around a URL. */
const C0 = Array.from({ length: 0x21 }, (_, i) => String.fromCharCode(i));
const hex = (c: string) => `U+${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

describe('judgeDataUrl: what is allowed', () => {
  it.each([
    ['visits/v.json', 'https://news.example/ziyara/visits/v.json'],
    ['./v.json?x=1', 'https://news.example/ziyara/v.json?x=1'],
    ['/other/v.json', 'https://news.example/other/v.json'],
    ['https://news.example/v.json', 'https://news.example/v.json'],
    ['HTTPS://NEWS.example:443/v.json', 'https://news.example/v.json'],
    [' \n visits/v.json\t', 'https://news.example/ziyara/visits/v.json'],
    // Same scheme as the page and no slashes: a path on this site, as the browser reads it.
    ['https:evil.example/v.json', 'https://news.example/ziyara/evil.example/v.json'],
    ['https:/evil.example/v.json', 'https://news.example/evil.example/v.json'],
    // Not schemes at all (non-ASCII, percent-encoded): paths on this site.
    [
      'ｊａｖａｓｃｒｉｐｔ:alert(1)',
      'https://news.example/ziyara/%EF%BD%8A%EF%BD%81%EF%BD%96%EF%BD%81%EF%BD%93%EF%BD%83%EF%BD%92%EF%BD%89%EF%BD%90%EF%BD%94:alert(1)',
    ],
    ['%64ata:application/json,{}', 'https://news.example/ziyara/%64ata:application/json,%7B%7D'],
  ])('%j on this site: fetched as %s', (raw, url) => {
    expect(judge(raw)).toEqual({ kind: 'url', url, raw });
    // …which is exactly what the browser itself makes of it.
    expect(browserUrl(raw)?.href).toBe(url);
  });

  it('reads no data= (or an empty one) as the bundled visit', () => {
    expect(judgeDataUrl(null, PAGE)).toEqual({ kind: 'bundled' });
    expect(judge('')).toEqual({ kind: 'bundled' });
  });

  it('allows a value of exactly the longest length', () => {
    const raw = `v/${'a'.repeat(MAX_DATA_URL - 7)}.json`;
    expect(raw).toHaveLength(MAX_DATA_URL);
    expect(judge(raw).kind).toBe('url');
  });
});

describe('judgeDataUrl: every trick of the URL parser is judged as the browser reads it', () => {
  const refusedAs = (raw: string, reason: string, found: string, page = PAGE) =>
    expect(judge(raw, page)).toEqual({ kind: 'refused', raw, reason, found });

  it.each(C0.map((c) => [hex(c), c]))('%s before data: is still data:', (_, c) => {
    refusedAs(`${c}${INLINE}`, 'scheme', 'data:');
    refusedAs(`${c}${c}${c}javascript:alert(1)`, 'scheme', 'javascript:');
    refusedAs(`${c}blob:https://news.example/0b1c`, 'scheme', 'blob:');
  });

  it.each(C0.map((c) => [hex(c), c]))('%s after data: changes nothing', (_, c) => {
    refusedAs(`${INLINE}${c}`, 'scheme', 'data:');
  });

  it.each([
    'da\tta:application/json,{}',
    'd\na\rta:application/json,{}',
    '\td\ta\nt\ra\t:application/json,{}',
    'data\n:application/json,{}',
    'DaTa:application/json,{}',
    'DATA:application/json,{}',
    ' \u0000 DaTa:application/json,{}',
  ])('%j is data:', (raw) => {
    expect(browserUrl(raw)?.protocol).toBe('data:');
    refusedAs(raw, 'scheme', 'data:');
  });

  it.each([
    ['BLOB:https://news.example/1', 'blob:'],
    ['bl\tob:https://news.example/1', 'blob:'],
    ['JavaScript:alert(1)', 'javascript:'],
    ['java\nscript:alert(1)', 'javascript:'],
    ['jav&#x09;ascript:alert(1)', null],
    ['file:///etc/passwd', 'file:'],
    ['ftp://news.example/v.json', 'ftp:'],
    ['about:blank', 'about:'],
    ['ws://news.example/v.json', 'ws:'],
    ['filesystem:https://news.example/temporary/v.json', 'filesystem:'],
    ['view-source:https://news.example/', 'view-source:'],
  ])('%j is refused for its scheme', (raw, scheme) => {
    if (scheme === null) {
      // An HTML character reference is not decoded in a URL: a path, refused nowhere, fetched as such.
      expect(judge(raw).kind).toBe('url');
      return;
    }
    refusedAs(raw, 'scheme', scheme);
  });

  it.each([
    ['//evil.example/v.json', 'https://evil.example'],
    ['\\\\evil.example/v.json', 'https://evil.example'],
    ['/\\evil.example/v.json', 'https://evil.example'],
    ['\\/evil.example/v.json', 'https://evil.example'],
    [' //evil.example/v.json', 'https://evil.example'],
    ['/\t/evil.example/v.json', 'https://evil.example'],
    ['/\n/evil.example/v.json', 'https://evil.example'],
    ['https://evil.example/v.json', 'https://evil.example'],
    ['https:\\\\evil.example/v.json', 'https://evil.example'],
    ['http://news.example/v.json', 'http://news.example'],
    ['https://news.example:8443/v.json', 'https://news.example:8443'],
    ['https://news.example.evil.example/v.json', 'https://news.example.evil.example'],
    ['https://news.example%2eevil.example/v.json', 'https://news.example.evil.example'],
    ['https://evil%2Eexample/v.json', 'https://evil.example'],
    ['https://evil。example/v.json', 'https://evil.example'],
    ['https://ｅｖｉｌ.example/v.json', 'https://evil.example'],
    // Cyrillic а in place of a: another host, its punycode.
    ['https://news.exаmple/v.json', browserUrl('https://news.exаmple/')!.origin],
    ['https://2130706433/v.json', 'https://127.0.0.1'],
    ['https://0x7f.1/v.json', 'https://127.0.0.1'],
    ['https://[::1]/v.json', 'https://[::1]'],
  ])('%j is another origin: %s', (raw, origin) => {
    expect(browserUrl(raw)?.origin).toBe(origin);
    refusedAs(raw, 'origin', origin);
  });

  it('reads https:host on an http page as another host, as the browser does', () => {
    refusedAs('https:evil.example/v.json', 'origin', 'https://evil.example', HTTP_PAGE);
  });

  it.each([
    ['http://127.0.0.1@evil/v.json', 'http://evil'],
    ['https://news.example@evil.example/v.json', 'https://evil.example'],
    ['https://news.example:x@evil.example/v.json', 'https://evil.example'],
    ['https://news.example%2F@evil.example/v.json', 'https://evil.example'],
    ['https://user:pass@news.example/v.json', 'https://news.example'],
    ['//news.example@evil.example/v.json', 'https://evil.example'],
  ])('%j carries a user name: refused (%s)', (raw, origin) => {
    refusedAs(raw, 'credentials', origin);
  });

  it.each([
    ['http://', 'not-url'],
    ['https://[::1/v.json', 'not-url'],
    ['https://exa mple/v.json', 'not-url'],
    ['https://%zz/', 'not-url'],
    ['http://:80/', 'not-url'],
  ])('%j is not a URL', (raw, reason) => {
    expect(browserUrl(raw)).toBeNull();
    refusedAs(raw, reason, '');
  });

  it.each([' ', '\t\n\r', '\u0000\u001f ', ' '.repeat(50)])(
    '%j names no file: refused as blank, not read as this page',
    (raw) => refusedAs(raw, 'blank', ''),
  );

  it('refuses values longer than the limit, however long, before parsing them', () => {
    refusedAs(`${'a'.repeat(MAX_DATA_URL + 1)}`, 'too-long', String(MAX_DATA_URL + 1));
    const huge = `${' '.repeat(1_000_000)}${INLINE}`;
    refusedAs(huge, 'too-long', String(huge.length));
  });

  it('judges what URLSearchParams decoded from the page address, percent-encoding and all', () => {
    for (const query of [
      'data=%20data:application/json,{}',
      'data=%0Adata:application/json,{}',
      'data=%00data:application/json,{}',
      'data=da%09ta:application/json,{}',
      'data=%09DaTa%3Aapplication%2Fjson%2C%7B%7D',
      'data=+data:application/json,{}',
      'data=%2F%2Fevil.example%2Fv.json',
      'data=%5C%5Cevil.example%2Fv.json',
    ]) {
      const raw = parseEmbedParams(new URLSearchParams(query)).data;
      expect(judgeDataUrl(raw, PAGE).kind, query).toBe('refused');
    }
  });

  it('never allows what the browser would not fetch over http(s) from this site (property)', () => {
    const piece = fc.constantFrom(
      'data:',
      'DaTa:',
      'blob:',
      'javascript:',
      'https:',
      'http:',
      '//',
      '\\',
      '/',
      '@',
      ':',
      '%',
      '%2e',
      '.',
      'evil.example',
      'news.example',
      '。',
      '\t',
      '\n',
      '\r',
      '\u0000',
      ' ',
      '\u001f',
      'а',
      '?',
      '#',
      'v.json',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const raw = pieces.join('');
        const got: DataSource = judge(raw);
        if (got.kind !== 'url') return;
        const seen = browserUrl(raw)!;
        expect(got.url).toBe(seen.href);
        expect(seen.origin).toBe('https://news.example');
        expect(seen.protocol).toBe('https:');
        expect(seen.username + seen.password).toBe('');
      }),
      { numRuns: 5000 },
    );
  });
});

describe('allowed origins', () => {
  const list = allow('https://a.example  https://b.example:8443,http://c.example/');

  it('parses each entry as a URL origin', () => {
    expect([...list.origins]).toEqual([
      'https://a.example',
      'https://b.example:8443',
      'http://c.example',
    ]);
    expect(list.any).toBe(false);
    expect([...allow('HTTPS://A.Example:443/', 'https://bücher.example').origins]).toEqual([
      'https://a.example',
      'https://xn--bcher-kva.example',
    ]);
  });

  it.each([
    'https://a.example/v.json',
    'HTTPS://A.EXAMPLE:443/v.json',
    ' https://a.example/v.json',
    'https://b.example:8443/v.json',
    'http://c.example/v.json',
    'http://c.example:80/v.json',
  ])('allow %j', (raw) => {
    expect(judge(raw, PAGE, list).kind).toBe('url');
  });

  it.each([
    ['https://a.example.evil.net/v.json', 'https://a.example.evil.net'],
    ['https://evil.neta.example/v.json', 'https://evil.neta.example'],
    ['https://evil.net/https://a.example/v.json', 'https://evil.net'],
    ['https://evil.net/?https://a.example', 'https://evil.net'],
    ['http://a.example/v.json', 'http://a.example'],
    ['https://a.example:444/v.json', 'https://a.example:444'],
    ['https://b.example/v.json', 'https://b.example'],
    ['https://c.example/v.json', 'https://c.example'],
    ['https://аa.example/v.json', browserUrl('https://аa.example/')!.origin],
    ['https://a.examplе/v.json', browserUrl('https://a.examplе/')!.origin],
  ])('refuse %j (%s)', (raw, origin) => {
    expect(judge(raw, PAGE, list)).toEqual({
      kind: 'refused',
      raw,
      reason: 'origin',
      found: origin,
    });
  });

  it('refuses credentials on an allowed origin', () => {
    expect(judge('https://x@a.example/v.json', PAGE, list)).toMatchObject({
      kind: 'refused',
      reason: 'credentials',
    });
  });

  it.each([
    'https://a.example@evil.net',
    'https://a.example\\@evil.net',
    'https://a.example\\evil.net',
    'https://a.example/path',
    'https://a.example?x',
    'https://a.example#x',
    'https://user:pw@a.example',
    'javascript:alert(1)',
    'data:',
    'data:text/json',
    'blob:https://a.example/1',
    'file:///',
    '*.a.example',
    'https://*.a.example',
    'a.example',
    '//a.example',
    'https://',
    'null',
  ])('ignores the entry %j, which is not a plain origin', (entry) => {
    const { allowed, ignored } = parseAllowedOrigins(entry);
    expect(ignored).toEqual([entry]);
    expect(allowed).toEqual({ any: false, origins: new Set() });
    expect(judge('https://evil.net/v.json', PAGE, allowed).kind).toBe('refused');
  });

  it('with *, allows any http(s) origin, but never another scheme', () => {
    const any = allow('*');
    expect(judge('https://anything.example/v.json', PAGE, any).kind).toBe('url');
    for (const raw of [
      INLINE,
      ` ${INLINE}`,
      `\u0000${INLINE}`,
      'da\tta:application/json,{}',
      'blob:https://news.example/1',
      'javascript:alert(1)',
      'file:///etc/passwd',
      'https://u:p@anything.example/v.json',
    ])
      expect(judge(raw, PAGE, any).kind, JSON.stringify(raw)).toBe('refused');
  });

  it('reads the build setting VITE_ZIYARA_ALLOWED_ORIGINS, through the same parser', () => {
    vi.stubEnv('VITE_ZIYARA_ALLOWED_ORIGINS', 'https://c.example, https://c.example.evil.net/x');
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      expect([...pageAllowedOrigins().origins]).toEqual(['https://c.example']);
      expect(String(warn.mock.calls[0]?.[0])).toContain('https://c.example.evil.net/x');
    } finally {
      vi.unstubAllEnvs();
      warn.mockRestore();
    }
  });

  it('reads the meta tag(s) of the page', () => {
    document.head.innerHTML =
      '<meta name="ziyara-allowed-origins" content="https://a.example https://a.example@evil.net">' +
      '<meta name="ziyara-allowed-origins" content="https://b.example">' +
      '<meta name="other" content="https://evil.net">';
    const warn = console.warn;
    const warned: unknown[] = [];
    console.warn = (...args: unknown[]) => warned.push(...args);
    try {
      expect([...pageAllowedOrigins().origins]).toEqual(['https://a.example', 'https://b.example']);
      expect(String(warned[0])).toContain('https://a.example@evil.net');
    } finally {
      console.warn = warn;
      document.head.innerHTML = '';
    }
  });
});

describe('visibleValue', () => {
  it('shows what hides a trick: spaces, controls, bidi and invisible characters, encoded', () => {
    expect(visibleValue(` \n\u0000da\tta:x`)).toBe('%20%0A%00da%09ta:x');
    expect(visibleValue('a\u202Eb\u2066c\u200Bd\uFEFFe\u00A0f\u2029g')).toBe(
      'a%E2%80%AEb%E2%81%A6c%E2%80%8Bd%EF%BB%BFe%C2%A0f%E2%80%A9g',
    );
    expect(visibleValue('<img src=x onerror=alert(1)>')).toBe('<img%20src=x%20onerror=alert(1)>');
  });

  it('cuts a long value', () => {
    const shown = visibleValue('a'.repeat(5000));
    expect(shown).toBe(`${'a'.repeat(300)}…`);
  });
});
