/**
 * Loads IBM Plex Sans KR for the page only when the page shows Hangul (the English view and
 * "other scripts" show Korean names): its ~180 faces stay out of the first paint, and a visit
 * without Korean never loads them. Watches the document's text, cheaply, until it does.
 */
/** Hangul, CJK and full-width forms: what IBM Plex Sans KR draws and IBM Plex Sans Arabic lacks. */
export const mayNeedKorean = (text: string): boolean =>
  /[\u1100-\u11ff\u2e80-\u9fff\ua960-\ua97f\uac00-\ud7ff\uf900-\ufaff\uff00-\uffef]/.test(text);

/** Starts watching `root` (normally `document.body`); returns a function that stops. */
export function watchForKorean(root: Node = document.body): () => void {
  if (typeof MutationObserver === 'undefined' || typeof document.fonts === 'undefined')
    return () => {};
  let done = false;
  const load = () => {
    done = true;
    observer.disconnect();
    void import('./koreanScreenFaces')
      .then((m) => m.addKoreanFaces(document.fonts, root.textContent ?? ''))
      .catch(() => {}); // The system's fonts stand in, as before.
  };
  const observer = new MutationObserver((records) => {
    for (const r of records) {
      if (done) return;
      if (r.type === 'characterData') {
        if (mayNeedKorean(r.target.nodeValue ?? '')) return load();
      } else for (const n of r.addedNodes) if (mayNeedKorean(n.textContent ?? '')) return load();
    }
  });
  observer.observe(root, { childList: true, characterData: true, subtree: true });
  if (mayNeedKorean(root.textContent ?? '')) load();
  return () => observer.disconnect();
}
