import { describe, expect, it } from 'vitest';
import { DEFAULTS } from './params';
import { embedSnippet, embedSrc, escapeAttribute, shareUrl } from './snippet';

const appUrl = 'https://news.example/graphics/ziyara/';
const state = {
  ...DEFAULTS,
  lang: 'en' as const,
  selection: { type: 'meeting' as const, id: 'm1' },
};

describe('embed code', () => {
  it('loads the app from its own directory with embed=1 and the chosen flags', () => {
    const src = embedSrc({ appUrl, state, flags: { transparent: true, plain: false } });
    expect(src).toBe(
      'https://news.example/graphics/ziyara/?lang=en&sel=meeting%3Am1&embed=1&transparent=1',
    );
  });

  it('writes an accessible, lazy, full-width iframe and the host script', () => {
    const code = embedSnippet({
      appUrl,
      state,
      flags: { transparent: false, plain: false },
      title: 'Visit · Ziyara',
      height: 600,
    });
    const doc = new DOMParser().parseFromString(code, 'text/html');
    const iframe = doc.querySelector('iframe')!;
    expect(iframe.getAttribute('title')).toBe('Visit · Ziyara');
    expect(iframe.getAttribute('aria-label')).toBe('Visit · Ziyara');
    expect(iframe.getAttribute('loading')).toBe('lazy');
    expect(iframe.getAttribute('width')).toBe('100%');
    expect(iframe.getAttribute('height')).toBe('600');
    expect(iframe.hasAttribute('data-ziyara')).toBe(true);
    expect(iframe.getAttribute('src')).toContain('embed=1');
    expect(doc.querySelector('script')!.getAttribute('src')).toBe(`${appUrl}embed.js`);
  });

  it('cannot be broken out of by a title', () => {
    const title = '"><script>alert(1)</script><i x="';
    const code = embedSnippet({ appUrl, state, flags: DEFAULTS.flags, title, height: 600 });
    const doc = new DOMParser().parseFromString(code, 'text/html');
    expect(doc.querySelectorAll('script')).toHaveLength(1);
    expect(doc.querySelector('iframe')!.getAttribute('title')).toBe(title);
  });

  it('keeps the height within 200–5000 px', () => {
    const h = (height: number) =>
      /height="(\d+)"/.exec(
        embedSnippet({ appUrl, state, flags: DEFAULTS.flags, title: 't', height }),
      )?.[1];
    expect(h(10)).toBe('200');
    expect(h(1e6)).toBe('5000');
    expect(h(Number.NaN)).toBe('200');
  });

  it('escapes the characters that end an attribute', () => {
    expect(escapeAttribute(`a&b"c<d>`)).toBe('a&amp;b&quot;c&lt;d&gt;');
  });

  it('writes bidi controls as references, so the code cannot be reordered by a title', () => {
    expect(escapeAttribute('\u202Eevil\u2066x\u200F')).toBe('&#x202E;evil&#x2066;x&#x200F;');
    const doc = new DOMParser().parseFromString(
      `<p title="${escapeAttribute('a\u202Eb')}">`,
      'text/html',
    );
    expect(doc.querySelector('p')?.title).toBe('a\u202Eb');
  });
});

describe('shareUrl', () => {
  it('links to the page itself, without embed flags', () => {
    expect(shareUrl(appUrl, state)).toBe(
      'https://news.example/graphics/ziyara/?lang=en&sel=meeting%3Am1',
    );
    expect(shareUrl(appUrl, DEFAULTS)).toBe(appUrl);
  });
});
