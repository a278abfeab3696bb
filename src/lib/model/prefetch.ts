/**
 * The `?data=` file's request, started by `main.ts` before the app's code has even loaded, so
 * that the download runs while the browser compiles and starts the app instead of after.
 * `loadVisitFromUrl` takes the response when it asks for the same URL; everything else about
 * loading (limits, progress, errors) stays there. Deliberately free of imports: it is part of the
 * small first script.
 */

let pending: { url: string; response: Promise<Response> } | null = null;

/**
 * Starts fetching `url` the way `loadVisitFromUrl` would (same credentials), once. `url` is the
 * absolute http(s) URL `judgeDataUrl` resolved and allowed; anything else is not fetched at all.
 */
export function prefetch(url: string, fetchImpl: typeof fetch = fetch): void {
  if (!/^https?:\/\/[!-~]+$/.test(url)) return; // what URL.href always is: printable ASCII
  let response: Promise<Response>;
  try {
    response = fetchImpl(url, { credentials: 'same-origin' });
  } catch (e) {
    response = Promise.reject(e);
  }
  // Nobody awaits it yet: a failure is reported when the loader takes it, not as "unhandled".
  response.catch(() => {});
  pending = { url, response };
}

/** The prefetched response of `url`, handed out once (a later load fetches afresh); else null. */
export function takePrefetched(url: string): Promise<Response> | null {
  if (pending?.url !== url) return null;
  const { response } = pending;
  pending = null;
  return response;
}
