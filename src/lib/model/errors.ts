/**
 * The gate's error vocabulary: what kinds of mistake a visit file can hold, and how each is
 * written: a JSON path, what was expected and a short, safe preview of what was found. Every
 * module of the gate (schema issues, precheck, semantics) and every loader speaks it; it
 * imports nothing from them.
 */

export type ErrorKind =
  | 'json'
  | 'too-large'
  | 'type'
  | 'missing'
  | 'unknown-key'
  | 'format'
  | 'too-long'
  | 'too-many'
  | 'value'
  | 'duplicate-id'
  | 'dangling-ref'
  | 'side-mismatch'
  | 'cycle'
  | 'invalid-date'
  | 'inverted-range'
  | 'invalid-url'
  | 'control-char'
  | 'too-deep'
  | 'missing-country'
  | 'wrong-country'
  | 'unnamed-person';

export interface ValidationError {
  /** JSON path such as `meetings[3].date.start`; `(root)` for the whole file. */
  path: string;
  kind: ErrorKind;
  /** What the format wants here, in English (shown isolated inside Arabic messages). */
  expected: string;
  /** A short, safe preview of what the file has here. */
  found: string;
  /** One-line English message: `path: expected …, found …`. */
  message: string;
  /** Where in the file's text, once located (`locateErrors`, positions.ts). */
  at?: SourcePosition;
  /** A likely fix: the nearest id, value or field name (suggest.ts). */
  suggestion?: string;
  /** For a field in the wrong object: where the format has it, e.g. `meetings[…].date (precision "time")`. */
  belongs?: string[];
  /** For a JSON syntax error: what the parser found wrong (jsonc-parser's code, e.g. `CommaExpected`). */
  syntax?: string;
}

/** A place in a file's text, 1-based, with a few lines of it around the mistake. */
export interface SourcePosition {
  line: number;
  column: number;
  /** The lines shown, each with its number; long lines are cut around the mistake. */
  excerpt: { line: number; text: string }[];
  /** The marked part of the last excerpt line: 0-based start (in its text) and length (≥ 1). */
  mark: { start: number; length: number };
}

/** At most this many errors are reported; a broken file should not bury the first ones. */
export const MAX_ERRORS = 100;

export function makeError(
  path: string,
  kind: ErrorKind,
  expected: string,
  found: string,
): ValidationError {
  return { path, kind, expected, found, message: `${path}: ${expected}, found ${found}` };
}

/** Longest preview of a value, in characters. */
const PREVIEW_MAX = 60;

/** Characters JSON.stringify leaves raw that break or disguise a line (bidi, zero-width, …). */
const INVISIBLE = /[\u0085\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/;

/**
 * A string as a JSON-style quoted literal of at most `max` characters, cut with "…". Escapes
 * control and invisible characters so a preview is always one visible line. Reads only as much
 * of the string as it shows.
 */
function quote(s: string, max: number): string {
  let out = '';
  for (const ch of s) {
    const piece = INVISIBLE.test(ch)
      ? `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`
      : JSON.stringify(ch).slice(1, -1);
    if (out.length + piece.length > max - 3) return `"${out}…"`;
    out += piece;
  }
  return `"${out}"`;
}

/** A short, single-line preview of any value, never longer than 60 characters. */
export function preview(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (typeof value === 'string') return quote(value, PREVIEW_MAX);
  if (Array.isArray(value)) {
    const n = value.length;
    return n === 0 ? 'an empty array' : `an array of ${n} item${n === 1 ? '' : 's'}`;
  }
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'function') return 'a function';
  const s = String(value);
  return s.length > PREVIEW_MAX ? `${s.slice(0, PREVIEW_MAX - 1)}…` : s;
}

/** Every invisible or direction-changing character in `s`, as a `\uXXXX` escape. */
export const escapeInvisible = (s: string) =>
  s.replace(
    new RegExp(INVISIBLE.source, 'g'),
    (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );

/**
 * The keys of a path written by `formatPath`: `title["zh-Hant"]` → `["title", "zh-Hant"]`,
 * `meetings[3].date` → `["meetings", 3, "date"]`; `(root)` and any other text that is not such a
 * path → `[]`.
 */
export function parsePath(path: string): (string | number)[] {
  const keys: (string | number)[] = [];
  const re = /(?:^|\.)([A-Za-z_][A-Za-z0-9_]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/y;
  let at = 0;
  while (at < path.length) {
    re.lastIndex = at;
    const m = re.exec(path);
    if (!m) return [];
    if (m[1] !== undefined) keys.push(m[1]);
    else if (m[2] !== undefined) keys.push(Number(m[2]));
    else {
      try {
        keys.push(JSON.parse((m[3] ?? '""').replace(/…"$/, '"')) as string);
      } catch {
        return [];
      }
    }
    at = re.lastIndex;
  }
  return keys;
}

/** `["meetings", 3, "date"]` → `meetings[3].date`; odd keys are quoted: `title["zh-Hant"]`. */
export function formatPath(keys: readonly (string | number)[]): string {
  if (keys.length === 0) return '(root)';
  let out = '';
  for (const k of keys) {
    if (typeof k === 'number') out += `[${k}]`;
    else if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(k)) out += out ? `.${k}` : k;
    else out += `[${quote(String(k), 40)}]`;
  }
  return out;
}
