/**
 * Which prerendered first view an address shows (issue 16). `npm run build` draws the bundled
 * default visit's first view for four addresses — the page and its embed (`?embed=1`), each in
 * Arabic and in English (`lang=en`) — at two window widths each (scripts/prerender.ts). The
 * plain page's (`ar`) is in index.html itself; the three others are files beside it
 * (`snapshots/<key>.html`) that the first script fetches before the app. Any other state in the
 * address (another visit, `data=`, a view, a selection, filters, a range, a theme…) has no
 * snapshot: the app draws it from scratch. Pure: no DOM.
 */
import { DEFAULTS, queryString, writeEmbedParams, type EmbedParams } from '../lib/embed/params';

export type SnapshotKey = 'ar' | 'en' | 'embed-ar' | 'embed-en';
export const SNAPSHOT_KEYS: readonly SnapshotKey[] = ['ar', 'en', 'embed-ar', 'embed-en'];
/**
 * The window widths a snapshot is laid out at; the page's CSS (snapshot.css) shows the nearest.
 * An embed has one more, 720 px, for the frames of an article's column.
 */
export const snapshotWidths = (key: SnapshotKey): readonly number[] =>
  key.startsWith('embed') ? [1280, 720, 360] : [1280, 360];
/** The one index.html carries; the others are fetched. */
export const INLINE_SNAPSHOT: SnapshotKey = 'ar';

/** Where a fetched snapshot is, relative to the page. */
export const snapshotFile = (key: SnapshotKey) => `snapshots/${key}.html`;

/**
 * The snapshot of this address, or null when it has none. `defaultVisit` is the bundled
 * default visit's id (`visit=` naming it is the same page).
 */
export function snapshotFor(
  params: EmbedParams,
  hash: string,
  defaultVisit: string,
): SnapshotKey | null {
  if (hash && hash !== '#') return null;
  if (params.visit !== null && params.visit !== defaultVisit) return null;
  // Everything but the language and the embed flag at its default: nothing else written.
  const rest = writeEmbedParams({
    ...params,
    lang: DEFAULTS.lang,
    visit: null,
    flags: { ...params.flags, embed: false },
  });
  if (queryString(rest) !== '') return null;
  const lang = params.lang === 'en' ? 'en' : params.lang === 'ar' ? 'ar' : null;
  if (!lang) return null;
  return params.flags.embed ? `embed-${lang}` : lang;
}
