/**
 * The page's side of the prerendered first view (scripts/prerender.ts): index.html may carry the
 * app's first view, drawn at build time, inside `#app` as `<div data-prerendered>`. It stays on
 * screen while the live app mounts, out of sight and out of the way (laid out at the page's
 * width, so the charts measure what they will show), and gives way to it once the app says
 * `ready` (or `error`). Without that snapshot, or on a URL with parameters (another visit,
 * language or view than the snapshot's), the app mounts into `#app` as before.
 */
export function takeOver(app: HTMLElement): HTMLElement {
  const snapshot = app.querySelector<HTMLElement>(':scope > [data-prerendered]');
  if (!snapshot) return app;
  // The snapshot is the plain URL's page: any parameter (data=, visit=, lang=, embed=…) may ask
  // for another one, which the client draws from scratch.
  if (location.search || location.hash) {
    snapshot.remove();
    return app;
  }
  const live = document.createElement('div');
  live.setAttribute('aria-hidden', 'true');
  live.inert = true;
  live.style.cssText =
    'position:absolute;inset-inline:0;top:0;visibility:hidden;pointer-events:none';
  app.append(live);
  const root = document.documentElement;
  const done = () => {
    const state = root.dataset.state;
    if (state !== 'ready' && state !== 'error') return false;
    snapshot.remove();
    live.removeAttribute('style');
    live.removeAttribute('aria-hidden');
    live.inert = false;
    live.style.display = 'contents';
    return true;
  };
  const watch = new MutationObserver(() => {
    if (done()) watch.disconnect();
  });
  watch.observe(root, { attributes: true, attributeFilter: ['data-state'] });
  return live;
}
