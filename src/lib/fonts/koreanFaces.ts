/**
 * The catalogue of IBM Plex Sans KR as @fontsource ships it: per weight, ~90 numbered files split
 * by unicode-range (Hangul syllables, jamo, CJK punctuation, some Hanja), ordered by how common
 * their characters are. The app lists it after IBM Plex Sans Arabic, which lacks all of these.
 * Only the numbered chunks: IBM Plex Sans Arabic draws Latin, so the KR Latin files never load.
 */
import unicode from '../../../node_modules/@fontsource/ibm-plex-sans-kr/unicode.json';
import { FONT_FAMILIES } from '../text/font';
import { inRanges, parseUnicodeRange, type Ranges } from './fontFaces';

/** The second family of the app's stack. */
export const KOREAN_FAMILY = FONT_FAMILIES[1];

export interface KoreanChunk {
  /** @fontsource's number for the chunk: `ibm-plex-sans-kr-<id>-400-normal.woff2`. */
  id: number;
  /** As written in @fontsource's CSS. */
  range: string;
  ranges: Ranges;
}

export const KOREAN_CHUNKS: readonly KoreanChunk[] = Object.entries(
  unicode as Record<string, string>,
).flatMap(([key, range]) => {
  const id = /^\[(\d+)\]$/.exec(key)?.[1];
  return id ? [{ id: Number(id), range, ranges: parseUnicodeRange(range) }] : [];
});

/** The chunk whose unicode-range holds `cp`, if any (the ranges do not overlap). */
export const koreanChunkOf = (cp: number): KoreanChunk | undefined =>
  KOREAN_CHUNKS.find((c) => inRanges(cp, c.ranges));
