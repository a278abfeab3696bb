/**
 * Printing: the page tells the shell when it is printed (Ctrl+P, the Print menu item, a
 * headless `page.pdf`, or print media emulated), so both views can be drawn, and fits each
 * chart's drawing to the paper. The print stylesheet (app.css, `@media print`) hides the chrome.
 */

/** Charts drawn at the screen's width: given a viewBox while printing, they scale to the page. */
const CHARTS = 'main svg[data-testid="tl-svg"], main .orgchart .viewport > svg';

let printingNow = false;
const printListeners = new Set<(printing: boolean) => void>();
function setPrinting(on: boolean) {
  printingNow = on;
  printListeners.forEach((l) => l(on));
}

/**
 * Whether the page is being printed now, and `on` told when that changes (before `watchPrint`'s
 * own callback, so a part mounted or updated in it sees the same). Returns the unsubscribe.
 */
export function printing(on?: (printing: boolean) => void): { now: boolean; off: () => void } {
  if (on) printListeners.add(on);
  return { now: printingNow, off: () => on && printListeners.delete(on) };
}

/**
 * Calls `on(true)` when printing starts and `on(false)` when it ends; returns the unsubscribe.
 * Listens to `beforeprint`/`afterprint` and to the `print` media query (emulated print media
 * fires only the latter).
 */
export function watchPrint(on: (printing: boolean) => void): () => void {
  if (typeof window === 'undefined') return () => {};
  let restore: (() => void) | null = null;
  let active = false;
  const start = () => {
    if (active) return;
    active = true;
    setPrinting(true);
    on(true);
    restore = fitCharts(document);
  };
  const end = () => {
    if (!active) return;
    active = false;
    restore?.();
    restore = null;
    setPrinting(false);
    on(false);
  };
  const media = typeof matchMedia === 'function' ? matchMedia('print') : null;
  const change = (e: MediaQueryListEvent) => (e.matches ? start() : end());
  window.addEventListener('beforeprint', start);
  window.addEventListener('afterprint', end);
  media?.addEventListener('change', change);
  return () => {
    window.removeEventListener('beforeprint', start);
    window.removeEventListener('afterprint', end);
    media?.removeEventListener('change', change);
  };
}

/**
 * Gives each chart `<svg>` a viewBox of its drawn size (if it has none) and marks it for the
 * print stylesheet, which sets `width: 100%; height: auto`: the whole drawing shrinks to the
 * paper's width instead of being cut at its edge. Returns what puts the attributes back.
 */
export function fitCharts(root: ParentNode): () => void {
  const undo: (() => void)[] = [];
  for (const svg of root.querySelectorAll<SVGSVGElement>(CHARTS)) {
    const w = Number(svg.getAttribute('width'));
    const h = Number(svg.getAttribute('height'));
    if (!(w > 0 && h > 0)) continue;
    const hadBox = svg.getAttribute('viewBox');
    // A panned and zoomed drawing (the org chart: one group under a transform) prints whole:
    // the group's own extent becomes the viewBox, the reader's pan and zoom are set aside.
    const panned = hadBox === null ? svg.querySelector<SVGGElement>(':scope > g[transform]') : null;
    const transform = panned?.getAttribute('transform') ?? null;
    const box = panned ? extent(panned) : null;
    if (panned && box) {
      panned.removeAttribute('transform');
      svg.setAttribute('viewBox', `${box.x - 8} ${box.y - 8} ${box.width + 16} ${box.height + 16}`);
    } else if (hadBox === null) svg.setAttribute('viewBox', `0 0 ${w} ${h}`);
    svg.setAttribute('data-print-fit', '');
    undo.push(() => {
      if (panned && transform !== null) panned.setAttribute('transform', transform);
      if (hadBox === null) svg.removeAttribute('viewBox');
      svg.removeAttribute('data-print-fit');
    });
  }
  return () => undo.forEach((u) => u());
}

/** The drawn extent of `g` in its own coordinates, or null (nothing drawn, or no layout). */
function extent(g: SVGGElement): DOMRect | null {
  try {
    const b = g.getBBox();
    return b.width > 0 && b.height > 0 ? b : null;
  } catch {
    return null;
  }
}
