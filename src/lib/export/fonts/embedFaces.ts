/**
 * The `@font-face` rules of an editable SVG: per face used, an hb-subset of exactly the code
 * points drawn with it (GSUB/GPOS kept by hb-subset's layout closure), written as WOFF and
 * embedded as a data: URL.
 */
import { FAMILY } from '../../fonts/fontFaces';
import type { Face } from './face';
import type { Subsetter } from './hbSubset';
import { sfntToWoff } from './woff';

/** Code points as a CSS unicode-range, consecutive ones merged: `U+AC00-AC01,U+B300`. */
export function unicodeRangeOf(cps: Iterable<number>): string {
  const sorted = [...new Set(cps)].sort((a, b) => a - b);
  const parts: string[] = [];
  const hex = (n: number) => n.toString(16).toUpperCase();
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    parts.push(i === j ? `U+${hex(sorted[i]!)}` : `U+${hex(sorted[i]!)}-${hex(sorted[j]!)}`);
    i = j + 1;
  }
  return parts.join(',');
}

function toBase64(bytes: Uint8Array): string {
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin);
}

/**
 * One rule per face, in the order of `index` (the kit's face order). Declaration order =
 * @fontsource's, so the browser's lookup order is the page's. The IBM Plex Sans KR subsets join
 * the same family, declared last with exactly their characters (ones IBM Plex Sans Arabic
 * lacks): the file's texts then need no second family in their font-family, and no range
 * overlaps one of IBM Plex Sans Arabic's.
 */
export async function fontFaceRules(
  used: readonly { face: Face; index: number; cps: readonly number[] }[],
  subsetter: Subsetter,
): Promise<string> {
  const rules = [...used]
    .sort((a, b) => a.index - b.index)
    .map(async ({ face, cps }) => {
      const woff = await sfntToWoff(subsetter(face.sfnt, [...cps]));
      const range = face.korean ? unicodeRangeOf(cps) : face.range;
      return (
        `@font-face{font-family:"${FAMILY}";font-style:normal;font-weight:${face.weight};` +
        `src:url(data:font/woff;base64,${toBase64(woff)}) format("woff");` +
        `unicode-range:${range}}`
      );
    });
  return (await Promise.all(rules)).join('\n');
}
