// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Source } from '../model/schema';
import { citationOf, linkHost } from './citation';

const source = (over: Partial<Source> = {}): Source => ({
  id: 's1',
  publisher: { ar: 'البيان', en: 'Al Bayan' },
  title: { ar: 'عهود الرومي في كوريا' },
  role: 'primary',
  language: 'ar',
  url: 'https://www.albayan.ae/uae/news/2022-10-09-1.4534',
  published: '2022-10-09',
  ...over,
});

describe('citationOf', () => {
  it('shows publisher, the title in its own language, the link host and the day', () => {
    const c = citationOf(source(), 'en', 'latn');
    expect(c).toMatchObject({
      publisher: 'Al Bayan',
      title: 'عهود الرومي في كوريا',
      titleLang: 'ar',
      host: 'albayan.ae',
      date: '9 October 2022',
      primary: true,
    });
    expect(c.href).toBe('https://www.albayan.ae/uae/news/2022-10-09-1.4534');
  });

  it('words the day in Arabic with the chosen digits', () => {
    expect(citationOf(source(), 'ar', 'arab').date).toBe('٩ أكتوبر ٢٠٢٢');
  });

  it('has no date rather than a wrong one when the day is not a real day', () => {
    expect(citationOf(source({ published: '2022-99-01' }), 'en', 'latn').date).toBeNull();
  });

  it('keeps years below 100 as written', () => {
    expect(citationOf(source({ published: '0050-03-01' }), 'en', 'latn').date).toBe('1 March 0050');
  });
});

describe('linkHost', () => {
  it.each([
    ['https://user:pass@evil.example/x', null],
    ['https://evil.example@albayan.ae/x', null],
    ['javascript:alert(1)', null],
    ['data:text/html,hi', null],
    ['not a url', null],
    ['', null],
  ])('refuses %j', (url, expected) => {
    expect(linkHost(url)).toBe(expected);
  });

  it('shows the host a reader will really land on', () => {
    expect(linkHost('https://albayan.ae.evil.example/a')?.host).toBe('albayan.ae.evil.example');
    expect(linkHost('HTTPS://WWW.Example.COM:8443/a')).toEqual({
      href: 'https://www.example.com:8443/a',
      host: 'example.com',
    });
  });
});

describe('year zero', () => {
  it('is worded as the year 0000 written in the file, not as year 1', () => {
    expect(citationOf(source({ published: '0000-02-29' }), 'en', 'latn').date).toBe(
      '29 February 0000',
    );
  });
});

describe('citationOf in the Hijri calendar', () => {
  it('words the publication day in Umm al-Qura with the Gregorian day beside it', () => {
    // 9 October 2022 = 13 Rabi‘ I 1444 (Umm al-Qura).
    const ar = citationOf(source(), 'ar', 'arab', 'islamic-umalqura').date;
    expect(ar).toMatch(/^١٣ ربيع الأول ١٤٤٤ هـ \(٩ أكتوبر ٢٠٢٢\)$/);
    const en = citationOf(source(), 'en', 'latn', 'islamic-umalqura').date;
    expect(en).toMatch(/^13 Rabi‘ I 1444 AH \(9 October 2022\)$/);
  });
});
