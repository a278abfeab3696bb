/**
 * The font epoch: one reactive number that moves whenever the widths of the family stack may
 * have changed — once the web fonts the charts use have loaded, and again whenever a later face
 * of the stack arrives (IBM Plex Sans KR once Korean names show, an Arabic-font subset for a
 * rarer character). Both charts derive their measurer from it, so they re-measure at the same
 * moments by the same rule:
 *
 *   const measure = $derived.by(() => (void fontEpoch.current, createMeasure()));
 *
 * It listens to `document.fonts` only while something reactive reads it.
 */
import { createSubscriber } from 'svelte/reactivity';
import { cssFont, inStack, WEIGHTS } from './font';
import { fontsLoaded } from './fontsReady';

/**
 * Calls `bump` once `fonts` is ready with the stack's faces at the app's weights (asked for
 * here, so that `ready` waits for them even before any text is drawn), then on every
 * `loadingdone` that brings a face of the stack. Returns a function that stops.
 */
export function watchFonts(fonts: FontFaceSet | undefined, bump: () => void): () => void {
  if (!fonts) return () => {};
  // Already in (the loader waits for them before drawing): what is measured now is right, and
  // moving the epoch would only measure it all again.
  let settled = fontsLoaded(fonts);
  // …and their own `loadingdone`, still on its way, must not move it either.
  // Read only, never reactive: a plain set.
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  const had = new Set<FontFace>(
    settled && Symbol.iterator in fonts ? [...fonts].filter((f) => f.status === 'loaded') : [],
  );
  let stopped = false;
  void Promise.allSettled(
    Object.values(WEIGHTS).map((weight) => fonts.load(cssFont({ size: 16, weight }), 'ابج')),
  )
    .then(() => fonts.ready)
    .then(() => {
      if (stopped || settled) return;
      settled = true;
      bump();
    })
    .catch(() => {}); // The fallbacks' widths stay: they are the ones drawn.
  // Loads that end before `ready` are covered by it; later ones move the epoch themselves.
  const onDone = (e: FontFaceSetLoadEvent) => {
    if (settled && !stopped && e.fontfaces.some((f) => inStack(f.family) && !had.has(f))) bump();
  };
  fonts.addEventListener('loadingdone', onDone);
  return () => {
    stopped = true;
    fonts.removeEventListener('loadingdone', onDone);
  };
}

let epoch = 0;
const subscribe = createSubscriber((update) =>
  watchFonts(typeof document !== 'undefined' ? document.fonts : undefined, () => {
    epoch++;
    update();
  }),
);

/** The current epoch; reading it in a `$derived` or `$effect` re-runs that on each change. */
export const fontEpoch = {
  get current(): number {
    subscribe();
    return epoch;
  },
};
