/**
 * The embed code a newsroom pastes: an accessible, lazy, full-width iframe and the host script
 * that keeps its height right. Pure, so the Embed dialog only renders what this returns.
 */
import type { EmbedFlags } from '../state/view.svelte';
import { queryString, writeEmbedParams, type UrlState } from './params';

export interface SnippetOptions {
  /** The app's own address, e.g. `https://example.org/ziyara/` (a directory, ending in `/`). */
  appUrl: string;
  state: UrlState;
  flags: Omit<EmbedFlags, 'embed'>;
  /** Accessible name of the frame, e.g. the visit's title. */
  title: string;
  /** Height before the first resize message arrives, in px. */
  height: number;
}

/**
 * Escapes text for an HTML attribute value in double quotes. Bidi controls and invisible
 * characters become character references: the same attribute once parsed, but the code shows
 * them and cannot be reordered by them.
 */
export function escapeAttribute(s: string): string {
  return s.replace(
    /[&"<>\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g,
    (c) =>
      ({ '&': '&amp;', '"': '&quot;', '<': '&lt;', '>': '&gt;' })[c] ??
      `&#x${c.charCodeAt(0).toString(16).toUpperCase()};`,
  );
}

/** The URL the iframe loads: the state plus `embed=1` and the chosen flags. */
export function embedSrc(opts: Pick<SnippetOptions, 'appUrl' | 'state' | 'flags'>): string {
  const q = writeEmbedParams({ ...opts.state, flags: { ...opts.flags, embed: true } });
  return new URL(queryString(q), opts.appUrl).href;
}

/** A link to the same view as a page of its own (embed flags dropped). */
export function shareUrl(appUrl: string, state: UrlState, base?: URLSearchParams): string {
  return new URL(queryString(writeEmbedParams(state, base)) || '.', appUrl).href;
}

/** The two-line embed code: the iframe, then `embed.js` (which only ever sets heights). */
export function embedSnippet(opts: SnippetOptions): string {
  const src = embedSrc(opts);
  const title = escapeAttribute(opts.title);
  const height = Math.round(Math.min(5000, Math.max(200, opts.height || 0)));
  const script = new URL('embed.js', opts.appUrl).href;
  return [
    `<iframe data-ziyara`,
    `  src="${escapeAttribute(src)}"`,
    `  title="${title}"`,
    `  aria-label="${title}"`,
    `  loading="lazy" width="100%" height="${height}" allow="clipboard-write"`,
    `  style="width:100%;min-width:280px;border:0;display:block"></iframe>`,
    `<script async src="${escapeAttribute(script)}"></script>`,
  ].join('\n');
}
