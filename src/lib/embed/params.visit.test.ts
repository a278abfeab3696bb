// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { DEFAULTS, parseEmbedParams, writeEmbedParams } from './params';
import { shareUrl, embedSrc } from './snippet';

const read = (s: string) => parseEmbedParams(new URLSearchParams(s));

describe('visit= (which bundled visit)', () => {
  it('is read as written, and is null when absent or empty', () => {
    expect(read('visit=uae-2023').visit).toBe('uae-2023');
    expect(read('visit=nope').visit).toBe('nope');
    expect(read('').visit).toBeNull();
    expect(read('visit=').visit).toBeNull();
  });

  it('is written back when the state names one, and removed when it says none', () => {
    const base = new URLSearchParams('visit=old&utm_source=x');
    expect(writeEmbedParams({ ...DEFAULTS, visit: 'uae-2023' }, base).toString()).toBe(
      'visit=uae-2023&utm_source=x',
    );
    expect(writeEmbedParams({ ...DEFAULTS, visit: null }, base).toString()).toBe('utm_source=x');
  });

  it("is kept from the base when the state does not manage it (the address bar's sync)", () => {
    const { visit: _drop, ...unmanaged } = { ...DEFAULTS, lang: 'en' as const };
    expect(writeEmbedParams(unmanaged, new URLSearchParams('visit=uae-2023')).toString()).toBe(
      'visit=uae-2023&lang=en',
    );
  });

  it('round-trips, and Copy link and Embed carry it', () => {
    const state = { ...read('visit=uae-2023&lang=en'), flags: undefined };
    expect(read(writeEmbedParams(state).toString()).visit).toBe('uae-2023');
    expect(shareUrl('https://example.org/z/', state)).toBe(
      'https://example.org/z/?visit=uae-2023&lang=en',
    );
    const src = embedSrc({
      appUrl: 'https://example.org/z/',
      state,
      flags: { transparent: false, plain: false },
    });
    expect(new URL(src).searchParams.get('visit')).toBe('uae-2023');
    expect(new URL(src).searchParams.get('embed')).toBe('1');
  });
});
