/**
 * What keeps the prerendered first view (scripts/prerender.ts) honest about its address. The
 * snapshot is the plain URL's page — the bundled default visit, in Arabic — and nothing else:
 *
 * - With JavaScript, a URL with a search or a hash (`?visit=`, `?data=`, `?lang=`, `#…`) must not
 *   paint it even once while the app loads. `takeOver` (main.ts) removes it, but main.ts is a
 *   module script, run only after the page has been parsed and may have painted. So a small
 *   classic script in `<head>`, which runs before the body is parsed, removes the snapshot as
 *   soon as the parser inserts it (a MutationObserver's callback runs before the next paint).
 *   It is a file of the app's own origin, so `script-src 'self'` allows it; no inline script.
 * - Without JavaScript, the snapshot is all there is, whatever the address asks for: a
 *   `<noscript>` note says so, in Arabic and English, and that the rest needs JavaScript.
 */
import { createHash } from 'node:crypto';

/** The head script (ES5: it runs before anything else, on any browser the app supports). */
export const GATE_SCRIPT = `(function () {
  if (!location.search && !location.hash) return;
  var watch;
  var drop = function () {
    var snapshot = document.querySelector('#app > [data-prerendered]');
    if (!snapshot) return;
    snapshot.parentNode.removeChild(snapshot);
    watch.disconnect();
  };
  watch = new MutationObserver(drop);
  watch.observe(document.documentElement, { childList: true, subtree: true });
  document.addEventListener('DOMContentLoaded', function () {
    drop();
    watch.disconnect();
  });
})();
`;

/** The head script's file, under assets/ with a content hash (cached like the others). */
export function gateFile(): { path: string; text: string } {
  const hash = createHash('sha256').update(GATE_SCRIPT).digest('hex').slice(0, 8);
  return { path: `assets/url-gate-${hash}.js`, text: GATE_SCRIPT };
}

const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The note a reader without JavaScript sees above the snapshot, naming the visit it shows. */
export function noscriptNote(title: { ar: string; en: string }): string {
  const ar =
    `بدون JavaScript تعرض هذه الصفحة الزيارة المضمّنة «${escapeHtml(title.ar)}» وحدها، بالعربية، ` +
    'أيّاً كان ما يطلبه العنوان: زيارة أخرى (visit=) أو ملف زيارة (data=) أو لغة أو عرض آخر ' +
    'يحتاج إلى JavaScript.';
  const en =
    `Without JavaScript, this page shows only the bundled visit, “${escapeHtml(title.en)}”, in ` +
    'Arabic, whatever the address asks for: another visit (visit=), a visit file (data=), ' +
    'another language or view needs JavaScript.';
  return (
    `<noscript><div data-nojs-note role="note"><p lang="ar" dir="rtl">${ar}</p>` +
    `<p lang="en" dir="ltr">${en}</p></div></noscript>`
  );
}

/** `page` (the prerendered index.html) with the head script and the note. */
export function withUrlNotices(
  page: string,
  gatePath: string,
  title: { ar: string; en: string },
): string {
  return page
    .replace('</head>', () => `  <script src="./${gatePath}"></script>\n  </head>`)
    .replace('<div id="app">', () => `${noscriptNote(title)}\n    <div id="app">`);
}
