/**
 * The page's side of the prerendered first view (scripts/prerender.ts, snapshots.ts). Run by the
 * first script, which the prerendered page loads with `blocking="render"`: what is decided here
 * is decided before the page first paints.
 *   - The address's snapshot is the one index.html carries (`ar`): it stays.
 *   - It is another prerendered one (`en`, `embed-ar`, `embed-en`): index.html's goes at once,
 *     and the right one is fetched (`snapshots/<key>.html`) and put in its place, with the
 *     language, direction and title it was drawn in.
 *   - It has none (another visit, `data=`, a view, a selection…): the snapshot goes at once,
 *     so that no other state than the one asked for is ever shown; the app draws from scratch.
 * The live app mounts beside the snapshot, out of sight and out of the way (laid out at the
 * page's width, so the charts measure what they will show), and takes its place once it says
 * `ready` (or `error`). This is a take-over, not hydration: the live app draws its own DOM.
 * Without a snapshot (a plain `vite build`), the app mounts into `#app` as before.
 */
import { snapshotFile, type SnapshotKey } from './snapshots';

/** What the app sets on `<html>`, as the snapshot was drawn. */
function applyRoot(snapshot: HTMLElement) {
  const root = document.documentElement;
  const { lang, dir, title } = snapshot.dataset;
  if (lang) root.lang = lang;
  if (dir) root.dir = dir;
  root.toggleAttribute('data-embed', snapshot.hasAttribute('data-embed'));
  if (title) document.title = title;
}

export function takeOver(app: HTMLElement, key: SnapshotKey | null): HTMLElement {
  let snapshot = app.querySelector<HTMLElement>(':scope > [data-prerendered]');
  if (!snapshot) return app;
  const root = document.documentElement;
  const settled = () => root.dataset.state === 'ready' || root.dataset.state === 'error';
  if (key === null) {
    snapshot.remove();
    return app;
  }
  const live = document.createElement('div');
  live.setAttribute('aria-hidden', 'true');
  live.inert = true;
  live.style.cssText =
    'position:absolute;inset-inline:0;top:0;visibility:hidden;pointer-events:none';
  app.append(live);
  if (snapshot.dataset.prerendered !== key) {
    snapshot.remove();
    snapshot = null;
    void fetch(new URL(snapshotFile(key), document.baseURI))
      .then((r) => (r.ok ? r.text() : ''))
      .then((html) => {
        if (!html || settled()) return;
        const t = document.createElement('template');
        t.innerHTML = html;
        const next = t.content.firstElementChild;
        if (!(next instanceof HTMLElement) || next.dataset.prerendered !== key) return;
        applyRoot(next);
        snapshot = next;
        app.insertBefore(next, live);
      })
      .catch(() => {}); // no snapshot then: the app draws as it would without one
  }
  const done = () => {
    if (!settled()) return false;
    snapshot?.remove();
    snapshot = null;
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
