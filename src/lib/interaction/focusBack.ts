/**
 * Gives the focus back to what opened a panel, even when the view redraws it. Closing the
 * details panel widens the page again, and the chart may draw the opener's item anew for its
 * new width: the element focused a moment ago is then gone, and the focus would fall to
 * `<body>`. So the item is found again by its `data-id` inside the opener's section, and
 * focused whenever it is redrawn while nothing else has the focus (or still what had it when
 * the panel closed, an Export button outside it, say), until the reader acts (a key, a pointer)
 * or focuses something else.
 */
export function focusBack(
  opener: Element | null,
  scope: Element | null,
  id: string | null,
  doc: Document = document,
): () => void {
  const sel = id ? `[data-id="${CSS.escape(id)}"]` : null;
  const find = (): HTMLElement | SVGElement | null => {
    if (opener?.isConnected) return opener as HTMLElement;
    if (!sel) return null;
    const root = scope?.isConnected ? scope : doc;
    return root.querySelector<HTMLElement | SVGElement>(sel);
  };
  // Where the reader was when the panel closed (a button outside it, say): still there means
  // the focus has not been given back yet.
  const from = doc.activeElement;
  const lost = () => {
    const now = doc.activeElement;
    return !now || now === doc.body || now === from;
  };
  let target = find();
  target?.focus();
  if (!sel && !opener) return () => {};
  const watch = new MutationObserver(() => {
    if (!lost()) return;
    const el = find();
    if (el && el !== target) {
      target = el;
      el.focus();
    }
  });
  watch.observe(doc.body, { childList: true, subtree: true });
  const stop = () => {
    watch.disconnect();
    doc.removeEventListener('keydown', stop, true);
    doc.removeEventListener('pointerdown', stop, true);
    doc.removeEventListener('focusin', other, true);
  };
  const other = (e: FocusEvent) => {
    if (e.target !== target) stop();
  };
  doc.addEventListener('keydown', stop, true);
  doc.addEventListener('pointerdown', stop, true);
  doc.addEventListener('focusin', other, true);
  return stop;
}
