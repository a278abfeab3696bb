/**
 * The wheel, for every zoomable view: which wheels zoom (the policy) and by how much (one wheel
 * math). On a page of its own the wheel zooms; when the page is embedded a plain wheel must
 * scroll the host page, and only ctrl/⌘ + wheel zooms, as good map embeds do. Trackpad pinch
 * arrives as ctrl+wheel in Chromium, so it keeps working.
 */
export interface WheelPolicy {
  /** True when a plain wheel should be left to the page. */
  requireModifier: boolean;
}

/**
 * The policy of a page. `embedded` is the parsed `?embed=` flag (`ViewState.embed.embed`, read
 * once by `parseEmbedParams`: never read from the URL here); a page inside a frame requires the
 * modifier as well, with or without the flag.
 */
export function wheelPolicy(
  embedded: boolean,
  win: { readonly self: unknown; readonly top: unknown } | undefined = globalThis.window,
): WheelPolicy {
  return { requireModifier: embedded || framed(win) };
}

function framed(win: { readonly self: unknown; readonly top: unknown } | undefined): boolean {
  try {
    return !!win && win.self !== win.top;
  } catch {
    return true; // cross-origin parent: certainly framed
  }
}

/** Whether a wheel event should zoom under the policy; if not, the caller shows the hint. */
export function wheelShouldZoom(
  e: Pick<WheelEvent, 'ctrlKey' | 'metaKey'>,
  policy: WheelPolicy,
): boolean {
  return !policy.requireModifier || e.ctrlKey || e.metaKey;
}

/** A wheel delta in px, whatever its `deltaMode` (lines as 25 px, pages as 500, as d3-zoom). */
export function wheelPixels(delta: number, deltaMode: number): number {
  return delta * (deltaMode === 1 ? 25 : deltaMode ? 500 : 1);
}

/**
 * The zoom exponent of one wheel event (scale × 2^exponent): a mouse notch (~100 px) is a gentle
 * step (×2^0.2). A trackpad pinch (ctrl + small deltas) is sped up ten times so that pinching
 * feels direct; ctrl + a mouse notch (how an embedded view is zoomed) stays a gentle step.
 */
export function wheelExponent(e: Pick<WheelEvent, 'deltaY' | 'deltaMode' | 'ctrlKey'>): number {
  const dy = wheelPixels(e.deltaY, e.deltaMode);
  return -dy * 0.002 * (e.ctrlKey && Math.abs(dy) < 50 ? 10 : 1);
}
