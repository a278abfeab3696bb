/**
 * The catalogue of IBM Plex Sans Arabic as @fontsource ships it: per weight, four files split by
 * unicode-range. Browsers pick a face per character, checking the last-declared face first; the
 * export does the same so that outlines and embedded subsets match what the page shows.
 */
import { FONT_FAMILIES, WEIGHTS as APP_WEIGHTS } from '../text/font';

/** The first family of the app's stack, and the weights the app sets text in. */
export const FAMILY = FONT_FAMILIES[0];
export const WEIGHTS = [APP_WEIGHTS.regular, APP_WEIGHTS.semibold] as const;
export type Weight = (typeof WEIGHTS)[number];

/** In the order of @fontsource's CSS (declaration order). */
export const SUBSETS = [
  {
    subset: 'arabic',
    range:
      'U+0600-06FF,U+0750-077F,U+0870-088E,U+0890-0891,U+0897-08E1,U+08E3-08FF,U+200C-200E,U+2010-2011,U+204F,U+2E41,U+FB50-FDFF,U+FE70-FE74,U+FE76-FEFC,U+102E0-102FB,U+10E60-10E7E,U+10EC2-10EC4,U+10EFC-10EFF,U+1EE00-1EE03,U+1EE05-1EE1F,U+1EE21-1EE22,U+1EE24,U+1EE27,U+1EE29-1EE32,U+1EE34-1EE37,U+1EE39,U+1EE3B,U+1EE42,U+1EE47,U+1EE49,U+1EE4B,U+1EE4D-1EE4F,U+1EE51-1EE52,U+1EE54,U+1EE57,U+1EE59,U+1EE5B,U+1EE5D,U+1EE5F,U+1EE61-1EE62,U+1EE64,U+1EE67-1EE6A,U+1EE6C-1EE72,U+1EE74-1EE77,U+1EE79-1EE7C,U+1EE7E,U+1EE80-1EE89,U+1EE8B-1EE9B,U+1EEA1-1EEA3,U+1EEA5-1EEA9,U+1EEAB-1EEBB,U+1EEF0-1EEF1',
  },
  {
    subset: 'cyrillic-ext',
    range: 'U+0460-052F,U+1C80-1C8A,U+20B4,U+2DE0-2DFF,U+A640-A69F,U+FE2E-FE2F',
  },
  {
    subset: 'latin-ext',
    range:
      'U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+0304,U+0308,U+0329,U+1D00-1DBF,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C0,U+2113,U+2C60-2C7F,U+A720-A7FF',
  },
  {
    subset: 'latin',
    range:
      'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD',
  },
] as const;
export type Subset = (typeof SUBSETS)[number]['subset'];

export type Ranges = readonly (readonly [number, number])[];

/** Parses a CSS `unicode-range` list such as `U+0600-06FF,U+204F`. */
export function parseUnicodeRange(css: string): Ranges {
  return css.split(',').map((part) => {
    const [a, b] = part.trim().replace(/^U\+/i, '').split('-');
    const lo = parseInt(a ?? '', 16);
    return [lo, b ? parseInt(b, 16) : lo] as const;
  });
}

export const inRanges = (cp: number, ranges: Ranges): boolean =>
  ranges.some(([lo, hi]) => cp >= lo && cp <= hi);

/** The face CSS font matching picks among @fontsource's 400 and 600 for a computed weight. */
export const nearestWeight = (w: number): Weight => (w > 500 ? 600 : 400);

/** Code points that never need a glyph of their own: bidi controls, joiners, selectors. */
export function isInvisibleControl(cp: number): boolean {
  return (
    cp === 0x00ad ||
    cp === 0x061c ||
    (cp >= 0x200b && cp <= 0x200f) ||
    (cp >= 0x202a && cp <= 0x202e) ||
    (cp >= 0x2060 && cp <= 0x2069) ||
    cp === 0xfeff ||
    (cp >= 0xfe00 && cp <= 0xfe0f)
  );
}
