// The Arabic and Latin subsets only: the near-empty Cyrillic one is small enough for Vite to
// inline as a data: URL, which a strict Content-Security-Policy (font-src 'self') refuses.
import '@fontsource/ibm-plex-sans-arabic/arabic-400.css';
import '@fontsource/ibm-plex-sans-arabic/arabic-600.css';
import '@fontsource/ibm-plex-sans-arabic/latin-400.css';
import '@fontsource/ibm-plex-sans-arabic/latin-600.css';
import '@fontsource/ibm-plex-sans-arabic/latin-ext-400.css';
import '@fontsource/ibm-plex-sans-arabic/latin-ext-600.css';
import './app.css';
import { watchForKorean } from './lib/fonts/koreanOnScreen';
import { parseEmbedParams } from './lib/embed/params';
import { pageDataSource } from './lib/embed/dataUrl';
import { prefetch } from './lib/model/prefetch';
import { applyFontToken } from './lib/text/font';
import { loadFonts } from './lib/text/fontsReady';
import { DEFAULT_VISIT, prefetchBundled } from './lib/visits/list';
import { snapshotFor } from './ssr/snapshots';
import { takeOver } from './ssr/takeOver';
import './ssr/snapshot.css';

// The family stack is defined once, in code; the stylesheet reads it as `--font`.
applyFontToken(document.documentElement);

// This first script is small; the app comes in a chunk of its own. The visit file (`?data=`, or
// the bundled one) starts downloading now, while the browser fetches and compiles the app,
// rather than once the app has started. App.svelte still owns loading: `loadVisitFromUrl` picks
// up this request, and the bundled visit's `import()` resolves to the module already loading.
// Only a `data=` judged allowed is fetched, at the URL it resolves to; a refused one, never.
const params = parseEmbedParams(new URLSearchParams(location.search));
const source = pageDataSource(params.data);
if (source.kind === 'url') prefetch(source.url);
else if (source.kind === 'bundled') prefetchBundled(params.visit); // App reports a failure

// The charts' fonts download now, beside the app and the visit: the loader waits for them (a
// little) before it draws, so the first layout is measured in them and nothing re-lays out
// just after `ready`.
void loadFonts();

// IBM Plex Sans KR (Hangul names) stays out of the first paint: its faces are added once the
// page shows Korean text.
watchForKorean(document.body);

// A first view prerendered into the page (npm run build) stays until the app is ready; it is
// picked now, before the page paints (the prerendered page loads this script render-blocking).
const target = document.getElementById('app');
const into = target && takeOver(target, snapshotFor(params, location.hash, DEFAULT_VISIT.id));
if (into)
  void Promise.all([import('svelte'), import('./App.svelte')]).then(
    ([{ mount }, { default: App }]) => mount(App, { target: into }),
  );
