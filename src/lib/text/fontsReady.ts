/**
 * The web fonts the charts measure with, asked for once, as early as the first script runs:
 * they then download beside the app and the visit instead of after the first drawing, and the
 * loader waits for them (a little) before it draws, so that the first layout is measured in the
 * fonts it is drawn in. Otherwise the faces land just after `ready`, the page lays out again and
 * both charts re-measure everything (`fontEpoch`): the frame after `ready` came 130–180 ms late,
 * and the largest file built its 10,000 org cards twice.
 */
import { cssFont, WEIGHTS } from './font';

/** Arabic and Latin letters: the two subsets' faces (a `unicode-range` each) at once. */
const SAMPLE = 'ابج Ab';

let loading: Promise<void> | undefined;

/** Starts loading the stack's faces at the app's weights (once); resolves when they are in. */
export function loadFonts(
  fonts: FontFaceSet | undefined = typeof document !== 'undefined' ? document.fonts : undefined,
): Promise<void> {
  loading ??= fonts
    ? Promise.allSettled(
        Object.values(WEIGHTS).map((weight) => fonts.load(cssFont({ size: 16, weight }), SAMPLE)),
      ).then(() => {})
    : Promise.resolve();
  return loading;
}

/**
 * True once every face `loadFonts` asks for is in: measuring now gives the drawn widths, and no
 * later font epoch is needed for them.
 */
export function fontsLoaded(
  fonts: FontFaceSet | undefined = typeof document !== 'undefined' ? document.fonts : undefined,
): boolean {
  if (!fonts) return false;
  try {
    return Object.values(WEIGHTS).every((weight) =>
      fonts.check(cssFont({ size: 16, weight }), SAMPLE),
    );
  } catch {
    return false;
  }
}

/** `loadFonts()`, but never longer than `ms`: a slow font must not hold the visit back. */
export function fontsSettled(ms: number): Promise<void> {
  return Promise.race([loadFonts(), new Promise<void>((r) => setTimeout(r, ms))]);
}
