/**
 * What keeps the prerendered first view (scripts/prerender.ts) honest about its address without
 * JavaScript. index.html's snapshot is the plain URL's page — the bundled default visit, in
 * Arabic — and, with scripting off, it is all there is whatever the address asks for (`?visit=`,
 * `?data=`, `?lang=en`, a view, a selection…): a `<noscript>` note above it says so, in Arabic
 * and English, naming the visit shown, and that what the address asks needs JavaScript. (With
 * JavaScript, the first script, render-blocking, picks the address's snapshot or removes it
 * before the page paints: src/ssr/takeOver.ts.)
 */

/** A parameter's name, isolated left to right inside the Arabic sentence. */
const param = (name: string) => `<bdi dir="ltr">${name}=</bdi>`;

const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The note a reader without JavaScript sees above the snapshot, naming the visit it shows. */
export function noscriptNote(title: { ar: string; en: string }): string {
  const ar =
    `بدون JavaScript تعرض هذه الصفحة الزيارة المضمّنة «${escapeHtml(title.ar)}» وحدها، بالعربية، ` +
    `أيّاً كان ما يطلبه العنوان: زيارة أخرى (${param('visit')}) أو ملف زيارة (${param('data')}) أو لغة أو عرض آخر ` +
    'يحتاج إلى JavaScript.';
  const en =
    `Without JavaScript, this page shows only the bundled visit, “${escapeHtml(title.en)}”, in ` +
    `Arabic, whatever the address asks for: another visit (${param('visit')}), a visit file (${param('data')}), ` +
    'another language or view needs JavaScript.';
  return (
    `<noscript><div data-nojs-note role="note"><p lang="ar" dir="rtl">${ar}</p>` +
    `<p lang="en" dir="ltr">${en}</p></div></noscript>`
  );
}

/** `page` (the prerendered index.html) with the note, just before `#app`. */
export function withNoscriptNote(page: string, title: { ar: string; en: string }): string {
  return page.replace('<div id="app">', () => `${noscriptNote(title)}\n    <div id="app">`);
}
