/**
 * Talking to the host page when Ziyara runs in an iframe. Call `connectFrame` while a component
 * initialises; outside an iframe it does nothing.
 *
 * Posts the document height whenever it changes (ResizeObserver), `ziyara:ready` when the visit
 * has loaded or failed, `ziyara:select` when the selection changes; `postState` sends the deep
 * link. A `ziyara:hello` from the host (its script loaded late) gets all three again. Accepts only
 * the commands `parseHostCommand` lets through, and only from the parent.
 * Messages go out with targetOrigin '*': they carry nothing the iframe's own URL does not.
 *
 * The host page cannot make the frame busy or chatty: each kind of command (hello, select,
 * setLanguage) takes effect at most once per `HOST_INTERVAL_MS`, the latest one winning
 * (`throttle.ts`), so 20,000 hellos get a handful of replies, not 100,000. Taking a message in
 * is a shape check and a map lookup; the work happens when the throttle runs it.
 */
import { untrack } from 'svelte';
import type { VisitIndex } from '../model/derive';
import type { Selection, ViewState } from '../state/view.svelte';
import { parseHostCommand, resizeMessages, type FrameMessage, type HostCommand } from './messages';
import { createThrottle } from './throttle';
import { hasItem } from './viewBinding';

/** How often one kind of host command can take effect (and be answered), in ms. */
export const HOST_INTERVAL_MS = 250;

export interface FrameOptions {
  view: ViewState;
  status: () => 'loading' | 'ready' | 'error';
  index: () => VisitIndex | null;
  /** The standalone link to what the reader sees, and the iframe's own current address. */
  links: () => { url: string; src: string };
  /** The host page's window; by default `parentWindow()` (tests pass their own). */
  parent?: Window | null;
}

/** The parent window when framed, else null. */
export function parentWindow(win: Window = window): Window | null {
  return win.parent && win.parent !== win ? win.parent : null;
}

export function connectFrame(opts: FrameOptions): { postState: () => void } {
  const parent = opts.parent === undefined ? parentWindow() : opts.parent;
  if (!parent) return { postState: () => {} };
  const { view } = opts;
  const post = (msg: FrameMessage | unknown) => parent.postMessage(msg, '*');
  const chartId = () => opts.index()?.visit.id ?? 'ziyara';
  const postState = () => post({ type: 'ziyara:state', ...opts.links() });
  const postReady = (status: 'ready' | 'error') =>
    post({ type: 'ziyara:ready', ok: status === 'ready', url: opts.links().url });

  let lastHeight = -1;
  const postHeight = () => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === lastHeight) return;
    lastHeight = height;
    for (const msg of resizeMessages(height, chartId())) post(msg);
  };

  $effect(() => {
    const observer = new ResizeObserver(postHeight);
    observer.observe(document.documentElement);
    return () => observer.disconnect();
  });

  $effect(() => {
    const status = opts.status();
    if (status !== 'loading') untrack(() => postReady(status));
  });

  let lastKey: string | undefined;
  $effect(() => {
    const sel = view.selection;
    const selection = sel ? { type: sel.type, id: sel.id } : null; // a plain copy: proxies do not clone
    const key = sel ? `${sel.type}:${sel.id}` : '';
    if (lastKey !== undefined && key !== lastKey) post({ type: 'ziyara:select', selection });
    lastKey = key;
  });

  $effect(() => {
    const commands = createThrottle<HostCommand['type']>(HOST_INTERVAL_MS);
    const later = (kind: HostCommand['type'], job: () => void) => commands.run(kind, job);
    const canSelect = (sel: Selection | null) => {
      const index = opts.index();
      return sel === null || (index !== null && hasItem(index, sel));
    };
    const onMessage = (e: MessageEvent) => {
      if (e.source !== parent) return;
      const cmd = parseHostCommand(e.data);
      if (cmd?.type === 'ziyara:hello') {
        // The host script came after our first messages: say it all again.
        later(cmd.type, () => {
          lastHeight = -1;
          postHeight();
          const status = opts.status();
          if (status !== 'loading') {
            postReady(status);
            postState();
          }
        });
      } else if (cmd?.type === 'ziyara:setLanguage') later(cmd.type, () => view.setLang(cmd.lang));
      else if (cmd?.type === 'ziyara:select' && canSelect(cmd.selection)) {
        // Checked on arrival too, so that an unknown id cannot replace a good pending selection.
        later(cmd.type, () => {
          if (canSelect(cmd.selection)) view.select(cmd.selection);
        });
      }
    };
    addEventListener('message', onMessage);
    return () => {
      removeEventListener('message', onMessage);
      commands.dispose();
    };
  });

  return { postState };
}
