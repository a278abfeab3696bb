// Shared by the peer pages (loaded first, tiny): the ready contract Ziyara also follows
// (`<html data-state="ready">`), and the data loader.
window.bench = {
  data: async () => {
    const url = new URLSearchParams(location.search).get('data');
    if (!url) throw new Error('no ?data=');
    const res = await fetch(url);
    if (!res.ok) throw new Error(`HTTP ${res.status} for ${url}`);
    return res.json();
  },
  /** Ready two animation frames from now (the rule for peers without a rendered event). */
  readyAfterTwoFrames: () =>
    new Promise((resolve) =>
      requestAnimationFrame(() =>
        requestAnimationFrame(() => {
          document.documentElement.dataset.state = 'ready';
          resolve();
        }),
      ),
    ),
  fail: (e) => {
    window.__benchError = e instanceof Error ? `${e.message}\n${e.stack}` : String(e);
    document.documentElement.dataset.state = 'error';
  },
  escape: (s) => String(s).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`),
};
