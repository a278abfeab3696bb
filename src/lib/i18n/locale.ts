/**
 * Language and direction, in one place. Components never test the language themselves: they ask
 * here for the direction, the text to show and the `lang` to put on it.
 */
import type { Text } from '../model/schema';

export type Lang = 'ar' | 'en';
export type Dir = 'rtl' | 'ltr';
export type Digits = 'latn' | 'arab';

export const LANGS: readonly Lang[] = ['ar', 'en'];
export const DEFAULT_LANG: Lang = 'ar';

export const dirOf = (lang: Lang): Dir => (lang === 'ar' ? 'rtl' : 'ltr');

export function isLang(x: unknown): x is Lang {
  return x === 'ar' || x === 'en';
}

/** Languages to try, in order, when a text lacks the reader's language. */
const FALLBACKS: Record<Lang, readonly string[]> = {
  ar: ['ar', 'en'],
  en: ['en', 'ar'],
};

export interface Picked {
  text: string;
  /** The language the text is actually in: put it on the element as `lang`. */
  lang: string;
}

/**
 * The text to show for `lang`: the reader's language, else the other UI language, else any
 * language the data has (e.g. only Korean). Empty text for undefined input.
 */
export function pick(text: Text | undefined, lang: Lang): Picked {
  if (!text) return { text: '', lang };
  for (const l of FALLBACKS[lang]) {
    const t = text[l];
    if (t) return { text: t, lang: l };
  }
  const first = Object.entries(text)[0];
  return first ? { text: first[1], lang: first[0] } : { text: '', lang };
}

/** Shorthand for the string alone. */
export const t = (text: Text | undefined, lang: Lang): string => pick(text, lang).text;

const ARABIC_INDIC = '٠١٢٣٤٥٦٧٨٩';

/** Rewrites Western digits as Arabic-Indic ones when the reader asked for them. */
export function localizeDigits(s: string, digits: Digits): string {
  return digits === 'arab' ? s.replace(/[0-9]/g, (d) => ARABIC_INDIC[Number(d)] ?? d) : s;
}

/** First-strong isolate: keeps Latin words and numbers inside Arabic (and vice versa) in order. */
export const FSI = '\u2068';
export const PDI = '\u2069';
/** Wraps a string in FSI…PDI for plain-text contexts (tooltips, aria-labels, SVG <title>). */
export const isolate = (s: string): string => `${FSI}${s}${PDI}`;
