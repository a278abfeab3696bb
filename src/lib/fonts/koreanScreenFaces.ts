/**
 * IBM Plex Sans KR on the page: one `FontFace` per @fontsource chunk and weight, added to
 * `document.fonts` like the @font-face rules of its CSS would be — the browser fetches a chunk
 * only once a character of its unicode-range is drawn. Loaded with `import()` by
 * `watchForKorean`, so that none of it weighs on the first paint.
 */
import { WEIGHTS } from './fontFaces';
import { KOREAN_CHUNKS, KOREAN_FAMILY } from './koreanFaces';
import { koreanWoff2Url } from './koreanUrls';

/** Adds the faces to `fonts` (once); resolves when the chunks `text` needs have loaded. */
export async function addKoreanFaces(fonts: FontFaceSet, text: string): Promise<void> {
  if (![...fonts].some((f) => f.family.replace(/"/g, '') === KOREAN_FAMILY))
    for (const weight of WEIGHTS)
      for (const chunk of KOREAN_CHUNKS)
        fonts.add(
          new FontFace(KOREAN_FAMILY, `url(${koreanWoff2Url(chunk.id, weight)}) format("woff2")`, {
            weight: String(weight),
            unicodeRange: chunk.range,
            display: 'swap',
          }),
        );
  // Start the chunks the page shows now (rather than at its next layout), so that views
  // waiting on `document.fonts.ready` measure their labels with them.
  await Promise.all(WEIGHTS.map((w) => fonts.load(`${w} 16px "${KOREAN_FAMILY}"`, text)));
}
