/**
 * Keeps the address bar in step with the view, and the view with the back and forward buttons.
 * Call `syncUrl` while a component initialises (it owns two effects).
 *
 * A new selection or view is pushed as a history entry; continuous changes (the visible range
 * while zooming, filters, language) replace the current entry, at most every `delay` ms, since
 * browsers throttle the History API. Inside an iframe nothing is pushed: the host page's back
 * button belongs to the host.
 */
import type { VisitIndex } from '../model/derive';
import type { ViewState } from '../state/view.svelte';
import { historyAction, parseEmbedParams, queryString, writeEmbedParams } from './params';
import type { UrlState } from './params';
import { applyToView, pruneToIndex, stateFromView } from './viewBinding';

export interface UrlSyncOptions {
  view: ViewState;
  /** The visit's `?data=` source, constant for the page. */
  data: string | null;
  /** The loaded visit, to drop unknown ids on back/forward; null while loading. */
  index: () => VisitIndex | null;
  /** False inside an iframe: replace only, never push. */
  push: boolean;
  /** Told after each write to the address bar (e.g. to post `ziyara:state`). */
  onChange?: () => void;
  /** Coalescing delay for replaced entries, ms (default 250). */
  delay?: number;
}

export function syncUrl(opts: UrlSyncOptions) {
  const { view, data, delay = 250 } = opts;
  let committed: UrlState = stateFromView(view, data);
  let pendingUrl: string | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;

  // A one-shot read of the address, not state: a plain URLSearchParams is right.
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  const addressQuery = () => new URLSearchParams(location.search);
  const here = () => location.pathname + location.search + location.hash;
  const urlFor = (state: UrlState) => {
    const q = writeEmbedParams({ ...state, flags: view.embed }, addressQuery());
    return location.pathname + queryString(q) + location.hash;
  };
  const flush = () => {
    clearTimeout(timer);
    if (pendingUrl === null) return;
    history.replaceState(history.state, '', pendingUrl);
    pendingUrl = null;
    opts.onChange?.();
  };

  $effect(() => {
    const next = stateFromView(view, data);
    const url = urlFor(next);
    const prev = committed;
    committed = next;
    if (url === (pendingUrl ?? here())) return;
    if (opts.push && historyAction(prev, next) === 'push') {
      flush(); // the entry we leave keeps its latest range and filters
      history.pushState(null, '', url);
      opts.onChange?.();
    } else {
      pendingUrl = url;
      clearTimeout(timer);
      timer = setTimeout(flush, delay);
    }
  });

  $effect(() => {
    const onPop = () => {
      clearTimeout(timer);
      pendingUrl = null;
      const state = parseEmbedParams(addressQuery());
      const index = opts.index();
      applyToView(view, index ? pruneToIndex(state, index) : state);
      opts.onChange?.();
    };
    addEventListener('popstate', onPop);
    return () => {
      removeEventListener('popstate', onPop);
      flush();
    };
  });
}
