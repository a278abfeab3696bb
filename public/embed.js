/*
 * Ziyara embed.js — keeps embedded Ziyara iframes as tall as their content.
 *
 *   <iframe data-ziyara src="https://example.org/ziyara/?embed=1" title="…"></iframe>
 *   <script async src="https://example.org/ziyara/embed.js"></script>
 *
 * Handles iframes marked `data-ziyara`, and iframes loaded from the directory this script comes
 * from. A message counts only if it comes from such an iframe's own window and origin, and has
 * exactly the expected shape; heights are clamped. Nothing received is ever evaluated or put into
 * markup. The iframe also fires DOM events a host page may listen to:
 *
 *   iframe.addEventListener('ziyara:select', (e) => e.detail.selection) // {type, id} | null
 *   'ziyara:ready' {ok}   'ziyara:state' {url, src}   'ziyara:resize' {height}
 *
 * Deep links (opt-in): with `data-ziyara-deeplink` and an `id`, the view state of that iframe is
 * kept in the host page's hash (`#<id>=<state>`) and restored from it on load, so a host URL can
 * open the embed on a given selection. Only view-state keys travel: never `data` or embed flags.
 */
(function () {
  'use strict';
  var MAX_HEIGHT = 50000;
  var MIN_HEIGHT = 50;
  var STATE_KEYS = [
    'view',
    'sel',
    'topics',
    'orgs',
    'people',
    'sides',
    'from',
    'to',
    'lang',
    'digits',
    'theme',
  ];
  var script = document.currentScript;
  var base = script && script.src ? new URL('.', script.src).href : null;

  function isPlainObject(x) {
    return typeof x === 'object' && x !== null && Object.getPrototypeOf(x) === Object.prototype;
  }

  function isZiyara(iframe) {
    return iframe.hasAttribute('data-ziyara') || (base !== null && iframe.src.indexOf(base) === 0);
  }

  function originOf(url) {
    try {
      return new URL(url, location.href).origin;
    } catch {
      return null;
    }
  }

  /** The Ziyara iframe whose window sent the message, or null. */
  function frameFor(source) {
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === source && isZiyara(frames[i])) return frames[i];
    }
    return null;
  }

  function emit(iframe, name, detail) {
    iframe.dispatchEvent(new CustomEvent('ziyara:' + name, { detail: detail }));
  }

  function isSelection(s) {
    return (
      s === null ||
      (isPlainObject(s) &&
        typeof s.type === 'string' &&
        s.type.length <= 20 &&
        typeof s.id === 'string' &&
        s.id.length <= 64)
    );
  }

  // Deep links in the host page's hash: only when the hash is ours (empty, or key=value pairs).
  function hashParams() {
    var hash = location.hash.slice(1);
    return hash === '' || hash.indexOf('=') > 0 ? new URLSearchParams(hash) : null;
  }

  function stateOnly(query) {
    var out = new URLSearchParams();
    STATE_KEYS.forEach(function (k) {
      var v = query.get(k);
      if (v !== null && v.length <= 2000) out.set(k, v);
    });
    return out;
  }

  function linkable(iframe) {
    return iframe.id !== '' && iframe.hasAttribute('data-ziyara-deeplink') && isZiyara(iframe);
  }

  function remember(iframe, src) {
    var params = hashParams();
    if (!linkable(iframe) || params === null) return;
    var state = stateOnly(new URL(src).searchParams).toString();
    if (state) params.set(iframe.id, state);
    else params.delete(iframe.id);
    var hash = params.toString();
    history.replaceState(
      history.state,
      '',
      location.pathname + location.search + (hash ? '#' + hash : ''),
    );
  }

  function restore(iframe) {
    var params = hashParams();
    var stored = params && params.get(iframe.id);
    if (!linkable(iframe) || !stored) return;
    var url = new URL(iframe.getAttribute('src') || '', location.href);
    var wanted = stateOnly(new URLSearchParams(stored));
    STATE_KEYS.forEach(function (k) {
      url.searchParams.delete(k);
      if (wanted.has(k)) url.searchParams.set(k, wanted.get(k));
    });
    if (url.href !== iframe.src) iframe.src = url.href;
  }

  window.addEventListener('message', function (e) {
    var d = e.data;
    if (!isPlainObject(d) || typeof d.type !== 'string' || d.type.indexOf('ziyara:') !== 0) return;
    var iframe = frameFor(e.source);
    if (iframe === null || e.origin !== originOf(iframe.src)) return;
    if (d.type === 'ziyara:resize') {
      var h = d.height;
      if (typeof h !== 'number' || !isFinite(h) || h < 0 || h > MAX_HEIGHT) return;
      h = Math.max(MIN_HEIGHT, Math.ceil(h));
      iframe.style.height = h + 'px';
      emit(iframe, 'resize', { height: h });
    } else if (d.type === 'ziyara:ready' && typeof d.ok === 'boolean') {
      emit(iframe, 'ready', { ok: d.ok });
    } else if (d.type === 'ziyara:select' && isSelection(d.selection)) {
      var s = d.selection;
      emit(iframe, 'select', { selection: s && { type: s.type, id: s.id } });
    } else if (
      d.type === 'ziyara:state' &&
      typeof d.url === 'string' &&
      typeof d.src === 'string' &&
      originOf(d.url) === e.origin &&
      originOf(d.src) === e.origin
    ) {
      emit(iframe, 'state', { url: d.url, src: d.src });
      remember(iframe, d.src);
    }
  });

  Array.prototype.forEach.call(document.getElementsByTagName('iframe'), function (iframe) {
    if (!isZiyara(iframe)) return;
    restore(iframe);
    // Frames that loaded before this script posted their height to no one: ask again. ('*': a
    // frame still loading is at about:blank, and the greeting carries nothing.)
    if (iframe.contentWindow) iframe.contentWindow.postMessage({ type: 'ziyara:hello' }, '*');
  });
})();
