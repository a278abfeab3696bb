/**
 * Language and direction, in one place. Components never test the language themselves: they ask
 * here for the direction, the text to show and the `lang` to put on it.
 */
import type { Text } from '../model/schema';

export type Lang = 'ar' | 'en';
export type Dir = 'rtl' | 'ltr';
export type Digits = 'latn' | 'arab';

export const dirOf = (lang: Lang): Dir => (lang === 'ar' ? 'rtl' : 'ltr');

/** The direction of text in a language of the data (any BCP 47 tag), e.g. `fa` → rtl. */
const RTL_LANGS = new Set(['ar', 'fa', 'ur', 'he']);
export const dirOfText = (lang: string): Dir =>
  RTL_LANGS.has(lang.split('-')[0] ?? '') ? 'rtl' : 'ltr';

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

const ARABIC_INDIC = '٠١٢٣٤٥٦٧٨٩';

/** Rewrites Western digits as Arabic-Indic ones when the reader asked for them. */
export function localizeDigits(s: string, digits: Digits): string {
  return digits === 'arab' ? s.replace(/[0-9]/g, (d) => ARABIC_INDIC[Number(d)] ?? d) : s;
}

/** First-strong isolate: keeps Latin words and numbers inside Arabic (and vice versa) in order. */
export const FSI = '\u2068';
export const PDI = '\u2069';
const ISOLATE_CONTROLS = /[\u2066-\u2069]/;

/**
 * Wraps a string in FSI…PDI for plain-text contexts (SVG text, tooltips, aria-labels), so that
 * nothing in it can reorder the text around it. The string's own isolates are balanced first: a
 * stray PDI would close this isolate early and an unclosed LRI/RLI/FSI would take its PDI, and
 * either way an override (U+202E) in the string would run on past its end. (Embeddings and
 * overrides need no care: the closing PDI ends every one opened inside.)
 */
export function isolate(s: string): string {
  if (!ISOLATE_CONTROLS.test(s)) return `${FSI}${s}${PDI}`;
  let open = 0;
  let out = '';
  for (const ch of s) {
    if (ch === PDI) {
      if (open === 0) continue; // stray: dropped
      open--;
    } else if (ch >= '\u2066' && ch <= '\u2068') open++;
    out += ch;
  }
  return `${FSI}${out}${PDI.repeat(open)}${PDI}`;
}

const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

/**
 * `isolate(s)` only when `s` carries bidi controls, else `s` as it is: for text that leaves the
 * app and is read by people (embed code), where marks around every title would be noise.
 */
export const isolateControls = (s: string): string => (BIDI_CONTROLS.test(s) ? isolate(s) : s);
