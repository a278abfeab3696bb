/**
 * How params.ts reads one URL parameter's value, whatever a link carries: a value is read as a
 * reader sees it, a parameter given twice counts once, and an id is only what a visit file
 * allows. Pure and tiny: `main.ts`, the first script, parses the address with it.
 */

/** Ids are at most 64 characters (schema LIMITS.idLength). */
export const MAX_ID = 64;

/** The ids a visit file allows (model/fieldSchemas.ts `Id`): never spaces, commas or markup. */
const ID_RE = /^[A-Za-z0-9][A-Za-z0-9_.:-]*$/;
export const isId = (s: string): boolean => s.length <= MAX_ID && ID_RE.test(s);

/**
 * Bidi marks, embeddings, overrides and isolates (U+200E/F, U+202A–E, U+2066–9, U+061C),
 * zero-width characters (U+200B–D, U+2060), the BOM (U+FEFF) and the soft hyphen: invisible,
 * so a value carrying them reads as the value without them.
 */
const INVISIBLE = /[\u00AD\u061C\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/g;

/** A value as a reader sees it: NFKC (fullwidth `ｔａｌｋ` is `talk`), no invisibles, trimmed. */
export function cleanValue(s: string): string {
  return s.normalize('NFKC').replace(INVISIBLE, '').trim();
}

/** A name of a value (view, lang, a kind…), in any case; undefined when it is none of them. */
export function oneOf<T extends string>(list: readonly T[], x: string | null): T | undefined {
  const lower = x?.toLowerCase();
  return list.find((v) => v === lower);
}

/** The first non-empty value of `key`, cleaned; null when there is none. */
export function first(q: URLSearchParams, key: string): string | null {
  for (const raw of q.getAll(key)) {
    const value = cleanValue(raw);
    if (value) return value;
  }
  return null;
}

/**
 * Every value of `key` (`kinds=a&kinds=b` is `kinds=a,b`), cleaned and split at commas, spaces
 * (a `+`) and Arabic commas; not checked.
 */
export function listItems(q: URLSearchParams, key: string): string[] {
  return q.getAll(key).flatMap((raw) => cleanValue(raw).split(/[\s,\u060C]+/));
}

const FLAG_ON = ['', '1', 'true', 'yes'];

/** `embed`, `embed=1`, `embed=true`, `embed=yes` (its first non-empty value, in any case). */
export function parseFlag(q: URLSearchParams, key: string): boolean {
  if (!q.has(key)) return false;
  return FLAG_ON.includes((first(q, key) ?? '').toLowerCase());
}
