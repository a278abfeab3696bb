/**
 * One face of the export's fonts: a WOFF file decoded to the sfnt HarfBuzz reads (and hb-subset
 * cuts embedded subsets from), with its unicode-range and the code points its cmap maps.
 */
import * as hb from 'harfbuzzjs';
import { parseUnicodeRange, type Ranges, type Weight } from '../../fonts/fontFaces';
import { woffToSfnt } from './woff';

export interface Face {
  weight: Weight;
  range: string;
  ranges: Ranges;
  sfnt: Uint8Array;
  font: hb.Font;
  cmap: Set<number>;
  /** A chunk of IBM Plex Sans KR. */
  korean?: boolean;
}

/** Decodes a WOFF file into a face at `upem` units per em (0: the font's own). */
export async function openFace(
  woff: Uint8Array,
  weight: Weight,
  range: string,
  upem = 0,
): Promise<Face> {
  const sfnt = await woffToSfnt(woff);
  const face = new hb.Face(new hb.Blob(sfnt));
  const font = new hb.Font(face);
  if (upem && face.upem !== upem) font.setScale(upem, upem);
  return {
    weight,
    range,
    ranges: parseUnicodeRange(range),
    sfnt,
    font,
    cmap: new Set(face.collectUnicodes()),
  };
}
