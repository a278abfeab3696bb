/**
 * The one font token: the family stack every text of the app is set in, and the weights it
 * uses. Code reads it (canvas measuring, the charts' `font-family`, exports); CSS reads it as
 * the custom property `--font`, which `applyFontToken` writes on the root element at startup,
 * so that the stack is written nowhere else. (TypeScript is the source of truth rather than
 * the stylesheet: a server render or a CLI has no computed styles to read it from.)
 */

/** The families in order of preference: Arabic and Latin first, then Hangul, then fallbacks. */
export const FONT_FAMILIES = [
  'IBM Plex Sans Arabic',
  'IBM Plex Sans KR',
  'Noto Sans Arabic',
  'Segoe UI',
  'Tahoma',
] as const;

/** The CSS `font-family` value: quoted families, then the generic fallback. */
export const FONT_STACK = [...FONT_FAMILIES.map((f) => `"${f}"`), 'sans-serif'].join(', ');

/** The weights the app sets text in (the web fonts load these two only). */
export const WEIGHTS = { regular: 400, semibold: 600 } as const;

/** A size and weight in the one family stack. */
export interface FontSpec {
  /** Font size in px. */
  size: number;
  /** CSS weight; 400 unless given. */
  weight?: number;
}

/** The CSS / canvas `font` shorthand for a spec. */
export const cssFont = (font: FontSpec): string =>
  `${font.weight ?? WEIGHTS.regular} ${font.size}px ${FONT_STACK}`;

/** True when `family` (as a FontFace names it, quoted or not) is one of the stack's. */
export const inStack = (family: string): boolean =>
  (FONT_FAMILIES as readonly string[]).includes(family.replace(/^["']|["']$/g, ''));

/** Writes the stack as `--font` on `root` (the document element), where app.css reads it. */
export function applyFontToken(root: HTMLElement): void {
  root.style.setProperty('--font', FONT_STACK);
}
