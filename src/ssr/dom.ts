/**
 * The render CLI's and the prerender's page: one jsdom window with its globals installed as
 * Vitest's jsdom environment does, plus what jsdom lacks for the app: a box size
 * (`clientWidth`/`clientHeight`, a `ResizeObserver` that reports it), `matchMedia` (a light,
 * fine-pointer screen), `IntersectionObserver`, and a download that keeps the blob instead.
 */
import { JSDOM, VirtualConsole } from 'jsdom';

type BoxOf = (el: Element) => readonly [number, number] | null;

const PAGE = Symbol.for('ziyara.render.page');

interface Page {
  dom: JSDOM | null;
  captured: { blob: Blob | null; name: string };
  /** The boxes of the render under way: a later `installDom` (the CLI's next file) sets its own. */
  box: { width: number; height: number; boxOf?: BoxOf };
}
// One page per process, kept on the global object: the CLI loads a fresh copy of its bundle for
// each file it writes (no module state carries over from one file to the next), and every copy
// draws in the same window, whose globals the first copy installed.
const slot = globalThis as { [PAGE]?: Page };
const page: Page = (slot[PAGE] ??= {
  dom: null,
  captured: { blob: null, name: '' },
  box: { width: 0, height: 0 },
});
const box = page.box;
export const captured = page.captured;
const sizeOf = (el: Element): readonly [number, number] =>
  box.boxOf?.(el) ?? [box.width, box.height];

/** One jsdom window, its globals installed as Vitest's jsdom environment does. */
export function installDom(
  width: number,
  height: number,
  /** The box of one element, when it is not `width` × `height` (the prerendered page's columns). */
  boxOf?: BoxOf,
) {
  Object.assign(box, { width, height, boxOf });
  if (page.dom) {
    // The next file starts on the page as it was new: no styles the last one's components
    // injected (they would take part in the cascade), and Svelte's `$props.id()` counter, kept
    // per window (window.__svelte.uid), from 1 again.
    const doc = page.dom.window.document;
    doc.head.replaceChildren();
    doc.body.replaceChildren();
    for (const a of [...doc.documentElement.attributes])
      if (a.name !== 'data-theme') doc.documentElement.removeAttribute(a.name);
    delete (page.dom.window as unknown as { __svelte?: { uid?: number } }).__svelte?.uid;
    return page.dom;
  }
  const vc = new VirtualConsole(); // silent: jsdom's "not implemented" notes are not ours
  const dom = (page.dom = new JSDOM(
    '<!doctype html><html data-theme="light"><head></head><body></body></html>',
    {
      url: 'http://localhost/',
      pretendToBeVisual: true,
      virtualConsole: vc,
    },
  ));
  const win = dom.window as unknown as Record<string, unknown>;
  const g = globalThis as Record<string, unknown>;
  for (const key of Object.getOwnPropertyNames(win)) {
    if (key in g || key.startsWith('_')) continue;
    try {
      g[key] = win[key];
    } catch {
      /* read-only */
    }
  }
  // Inherited from the window's prototypes (addEventListener, scrollTo…): bound to it.
  for (
    let proto = Object.getPrototypeOf(win);
    proto && proto !== Object.prototype;
    proto = Object.getPrototypeOf(proto)
  )
    for (const key of Object.getOwnPropertyNames(proto)) {
      if (key in g || key === 'constructor') continue;
      const v = win[key];
      g[key] = typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(win) : v;
    }
  // Node has its own of these; the DOM's must be the ones its nodes accept.
  for (const key of [
    'Event',
    'CustomEvent',
    'EventTarget',
    'AbortController',
    'AbortSignal',
    'KeyboardEvent',
    'MouseEvent',
    'FocusEvent',
    'InputEvent',
    'DOMException',
  ])
    if (key in win) g[key] = win[key];
  for (const key of ['navigator', 'location', 'document', 'window', 'self'])
    Object.defineProperty(g, key, {
      configurable: true,
      value: key === 'window' || key === 'self' ? win : win[key],
    });
  const w = dom.window;
  class RO {
    constructor(private cb: ResizeObserverCallback) {}
    observe(el: Element) {
      const [width, height] = sizeOf(el);
      const rect = { width, height, x: 0, y: 0, top: 0, left: 0, right: width, bottom: height };
      queueMicrotask(() =>
        this.cb(
          [
            {
              target: el,
              contentRect: rect,
              borderBoxSize: [{ inlineSize: width, blockSize: height }],
              contentBoxSize: [{ inlineSize: width, blockSize: height }],
            } as unknown as ResizeObserverEntry,
          ],
          this as unknown as ResizeObserver,
        ),
      );
    }
    unobserve() {}
    disconnect() {}
  }
  g.ResizeObserver = (w as unknown as Record<string, unknown>).ResizeObserver = RO;
  class IO {
    observe() {}
    unobserve() {}
    disconnect() {}
    takeRecords() {
      return [];
    }
  }
  g.IntersectionObserver ??= IO;
  const mm = (query: string) => ({
    matches: /prefers-color-scheme:\s*light|hover:\s*hover|pointer:\s*fine/.test(query),
    media: query,
    onchange: null,
    addListener() {},
    removeListener() {},
    addEventListener() {},
    removeEventListener() {},
    dispatchEvent: () => false,
  });
  g.matchMedia = w.matchMedia = mm as unknown as typeof w.matchMedia;
  for (const [prop, k] of [
    ['clientWidth', 0],
    ['clientHeight', 1],
    ['offsetWidth', 0],
    ['offsetHeight', 1],
  ] as const)
    Object.defineProperty(w.HTMLElement.prototype, prop, {
      configurable: true,
      get(this: Element) {
        return sizeOf(this)[k];
      },
    });
  // The Export menu hands its file to the downloads: keep it instead.
  g.URL = w.URL;
  w.URL.createObjectURL = (blob: Blob) => {
    captured.blob = blob;
    return 'blob:render';
  };
  w.URL.revokeObjectURL = () => {};
  w.HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    if (this.download) captured.name = this.download;
  };
  return dom;
}

/** The window of `installDom`. */
export const jsdomWindow = () => page.dom?.window ?? null;
