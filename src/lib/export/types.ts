/**
 * Shapes shared by the export modules. The pure core (`serializeSvg`) sees fonts only through
 * `FontKit`, so it can be tested in Node with real fonts or without any.
 */
import type { BaseDir } from './svg/bidi';

export type { BaseDir };
export type TextMode = 'text' | 'outline';
export type ExportView = 'timeline' | 'orgchart';

/** One glyph of a shaped line, in font units: x from the line's left edge, y up. */
export interface PlacedGlyph {
  face: number;
  gid: number;
  x: number;
  y: number;
  /** Index of the span it came from. */
  span: number;
}

/** Characters none of the fonts has, left as text for the viewer's fonts: where and how wide. */
export interface FallbackRun {
  text: string;
  /** Left edge and advance, font units. */
  x: number;
  width: number;
  span: number;
  weight: number;
  rtl: boolean;
}

export interface ShapedLine {
  glyphs: PlacedGlyph[];
  fallback: FallbackRun[];
  /** Advance width of the whole line, font units. */
  width: number;
}

export interface SpanInput {
  text: string;
  weight: number;
}

/** The fonts, loaded: shaping, glyph outlines and subsetting. */
export interface FontKit {
  /**
   * Loads the faces that texts need beyond the ones always loaded: the IBM Plex Sans KR chunks
   * covering their Hangul. `texts`: per CSS font-weight, the characters drawn at it. Call it
   * before `shapeLine` and `fontFaceCss` see those characters (until then they are missing).
   */
  prepare(texts: ReadonlyMap<number, string>): Promise<void>;
  readonly family: string;
  readonly upem: number;
  /** Ascender and descender (negative), font units, as browsers read them (OS/2 typo metrics). */
  readonly ascender: number;
  readonly descender: number;
  /** x-height, font units (for `dominant-baseline: middle`). */
  readonly xHeight: number;
  /**
   * The direction of the first strong character of `text` (UAX #9 rules P2–P3), `undefined`
   * when it has none. Here rather than in the serializer so bidi-js loads with the shaper only.
   */
  firstStrong(text: string): BaseDir | undefined;
  /**
   * Bidi runs, font fallback and HarfBuzz shaping of one line made of styled spans.
   * `letterSpacing` (font units) is added after each character of non-cursive runs, as
   * Chromium does (it leaves Arabic joined and unspaced).
   */
  shapeLine(
    spans: readonly SpanInput[],
    dir: BaseDir,
    lang?: string,
    letterSpacing?: number,
  ): ShapedLine;
  /** The outline of a glyph as SVG path data, font units, y pointing down ('' when empty). */
  glyphPath(face: number, gid: number): string;
  /** `@font-face` rules embedding WOFF subsets that cover `used` code points per CSS weight. */
  fontFaceCss(used: ReadonlyMap<number, ReadonlySet<number>>): Promise<string>;
}

/**
 * One legend entry: a label and either a live `<svg>` swatch (serialized like the chart) or a
 * plain colour drawn as a square, circle or line.
 */
export interface LegendItem {
  label: string;
  /** What it explains (`data-kind` of its `<li>`): a file keeps it only if its drawing uses it. */
  kind?: string;
  swatch?: SVGSVGElement | null;
  color?: string;
  shape?: 'square' | 'circle' | 'line';
}

/** Colours of the bands around the chart (the chart keeps its own). */
export interface BandTheme {
  paper: string;
  ink: string;
  muted: string;
  rule: string;
}

export interface SerializeOptions {
  /** The visit's title: header band, `<title>`. Data: isolated and escaped. */
  title: string;
  /** Second header line, e.g. the view and the visit's dates. */
  subtitle?: string;
  /** `<desc>`: what the file shows, in a sentence. */
  desc: string;
  lang: string;
  dir: BaseDir;
  legend?: readonly LegendItem[];
  /** "المصدر: البيان، 9 أكتوبر 2022" — already worded in `lang`. */
  credit: string;
  /** "تاريخ التصدير: …" — already worded in `lang`. */
  exportDate: string;
  mode: TextMode;
  /** Required for `outline`; for `text` it embeds the font subsets (none without it). */
  fonts: FontKit | null;
  /** Band colours; default the light palette of app.css. */
  theme?: BandTheme;
  /** Background behind the chart; default the theme's paper. */
  background?: string;
}
