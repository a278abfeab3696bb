/**
 * Wheel policy shared by every zoomable view. On a page of its own the wheel zooms; when the
 * page is embedded (or the author asks for it) a plain wheel must scroll the host page, and only
 * ctrl/⌘ + wheel zooms, as good map embeds do. Trackpad pinch arrives as ctrl+wheel in Chromium,
 * so it keeps working.
 */
export interface WheelPolicy {
  /** True when a plain wheel should be left to the page. */
  requireModifier: boolean;
}

/** Embedded pages (in an iframe, or `?embed=1`) require the modifier. */
export function defaultWheelPolicy(win: Window | undefined = globalThis.window): WheelPolicy {
  if (!win) return { requireModifier: false };
  let framed: boolean;
  try {
    framed = win.self !== win.top;
  } catch {
    framed = true; // cross-origin parent: certainly framed
  }
  const embed = new URLSearchParams(win.location.search).get('embed');
  return { requireModifier: framed || embed === '1' || embed === 'true' };
}

/** Whether a wheel event should zoom under the policy; if not, the caller shows the hint. */
export function wheelShouldZoom(
  e: Pick<WheelEvent, 'ctrlKey' | 'metaKey'>,
  policy: WheelPolicy,
): boolean {
  return !policy.requireModifier || e.ctrlKey || e.metaKey;
}
