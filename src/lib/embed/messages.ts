/**
 * The iframe protocol, both ways, as pure functions.
 *
 * Out (to the host page): `ziyara:resize {height}` — and the same height in the Datawrapper
 * (`{'datawrapper-height': {id: height}}`) and AMP (`{sentinel: 'amp', type: 'embed-size', height}`)
 * shapes, so hosts that already run those scripts resize Ziyara too; `ziyara:ready`,
 * `ziyara:select` and `ziyara:state` (the deep link of what the reader sees).
 *
 * In (from the host page): `{type: 'ziyara:select', selection: {type, id} | null}`,
 * `{type: 'ziyara:setLanguage', lang: 'ar' | 'en'}` and `{type: 'ziyara:hello'}` (a host script
 * that arrived late asks for the height and state again). Anything else — other keys, other types,
 * prototypes other than Object's — is refused. Nothing received is ever evaluated.
 */
import { isLang, type Lang } from '../i18n/locale';
import type { Selection } from '../state/view.svelte';
import { SELECTION_TYPES } from './params';

/** A height above this is a bug (or a lie), not a page. */
export const MAX_HEIGHT = 50_000;

export type HostCommand =
  | { type: 'ziyara:hello' }
  | { type: 'ziyara:select'; selection: Selection | null }
  | { type: 'ziyara:setLanguage'; lang: Lang };

export type FrameMessage =
  | { type: 'ziyara:resize'; height: number }
  | { type: 'ziyara:ready'; ok: boolean; url: string }
  | { type: 'ziyara:select'; selection: Selection | null }
  | { type: 'ziyara:state'; url: string; src: string };

/** The height messages for `height` (CSS px, rounded up): Ziyara's own, Datawrapper's, AMP's. */
export function resizeMessages(height: number, id: string): unknown[] {
  const h = Math.min(MAX_HEIGHT, Math.max(0, Math.ceil(height)));
  return [
    { type: 'ziyara:resize', height: h } satisfies FrameMessage,
    { 'datawrapper-height': { [id]: h } },
    { sentinel: 'amp', type: 'embed-size', height: h },
  ];
}

/** A plain object (structured clones of `{…}` literals are), never a class instance or proxy. */
function isPlainObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && Object.getPrototypeOf(x) === Object.prototype;
}

/** A plain object with exactly these keys. */
function hasExactly(x: unknown, keys: readonly string[]): x is Record<string, unknown> {
  if (!isPlainObject(x)) return false;
  const own = Object.keys(x);
  return own.length === keys.length && keys.every((k) => Object.hasOwn(x, k));
}

function parseSelectionValue(x: unknown): Selection | null | undefined {
  if (x === null) return null;
  if (!hasExactly(x, ['type', 'id'])) return undefined;
  const type = SELECTION_TYPES.find((t) => t === x.type);
  const id = x.id;
  if (!type || typeof id !== 'string' || id.length === 0 || id.length > 64) return undefined;
  return { type, id };
}

/**
 * A command from the host page, or null for anything that is not exactly one. Cheap whatever
 * arrives: a message that is not one of ours is refused on its `type` alone, before its keys
 * are listed.
 */
export function parseHostCommand(data: unknown): HostCommand | null {
  if (!isPlainObject(data)) return null;
  switch (data.type) {
    case 'ziyara:hello':
      return hasExactly(data, ['type']) ? { type: 'ziyara:hello' } : null;
    case 'ziyara:select': {
      if (!hasExactly(data, ['type', 'selection'])) return null;
      const selection = parseSelectionValue(data.selection);
      return selection === undefined ? null : { type: 'ziyara:select', selection };
    }
    case 'ziyara:setLanguage':
      return hasExactly(data, ['type', 'lang']) && isLang(data.lang)
        ? { type: 'ziyara:setLanguage', lang: data.lang }
        : null;
    default:
      return null;
  }
}
