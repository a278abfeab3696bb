/**
 * The one gate for untrusted data. Nothing else in the app sees a visit that has not passed here.
 *
 *   parseVisit(json: unknown) → { ok: true, visit } | { ok: false, errors }
 *
 * Two passes: the valibot schema checks the shape (types, required fields, formats, lengths,
 * counts); then `checkSemantics` checks what a schema cannot (unique ids, references, sides,
 * cycles, calendar dates, ranges). Every error names the JSON path, what was expected and what
 * was found. It never throws, whatever the input.
 */
import * as v from 'valibot';
import { LIMITS, VisitSchema, type Visit } from './schema';
import { checkSemantics } from './semantics';

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
  | 'inverted-range';

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
}

export type ParseResult = { ok: true; visit: Visit } | { ok: false; errors: ValidationError[] };

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

/** A short, single-line preview of any value, never longer than ~60 characters. */
export function preview(value: unknown): string {
  let s: string;
  if (value === undefined) return 'nothing';
  if (typeof value === 'string') s = JSON.stringify(value);
  else if (Array.isArray(value)) return `an array of ${value.length}`;
  else if (value === null) return 'null';
  else if (typeof value === 'object') return 'an object';
  else s = String(value);
  return s.length > 60 ? `${s.slice(0, 57)}…"` : s;
}

export function formatPath(keys: readonly (string | number)[]): string {
  if (keys.length === 0) return '(root)';
  let out = '';
  for (const k of keys) {
    if (typeof k === 'number') out += `[${k}]`;
    else if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(k)) out += out ? `.${k}` : k;
    else out += `[${JSON.stringify(k)}]`;
  }
  return out;
}

function issueToError(issue: v.BaseIssue<unknown>): ValidationError {
  const keys = (issue.path ?? []).map((p) => p.key as string | number);
  const path = formatPath(keys);
  const message = issue.message;
  const found = preview(issue.input);
  // valibot's default messages read "Invalid type: Expected string but received 5"; ours start
  // with "expected". Normalise both to "expected …".
  const expected = message.startsWith('expected')
    ? message
    : `expected ${issue.expected ?? 'a different value'}`;
  let kind: ErrorKind = 'value';
  if (issue.type === 'strict_object' && issue.expected === 'never') {
    const key = keys[keys.length - 1];
    return makeError(path, 'unknown-key', 'expected no such field', `field ${JSON.stringify(key)}`);
  } else if (issue.input === undefined && issue.kind === 'schema') {
    kind = 'missing';
    const field = /^"/.test(issue.expected ?? '') ? `field ${issue.expected}` : 'value';
    return makeError(path, kind, `expected a required ${field}`, 'nothing');
  } else if (issue.type === 'max_length') {
    kind = typeof issue.input === 'string' ? 'too-long' : 'too-many';
    const size =
      typeof issue.input === 'string' ? issue.input.length : (issue.input as unknown[]).length;
    return makeError(
      path,
      kind,
      expected,
      `${size} ${kind === 'too-long' ? 'characters' : 'items'}`,
    );
  } else if (issue.kind === 'schema') kind = 'type';
  else if (issue.type === 'regex') kind = 'format';
  return makeError(path, kind, expected, found);
}

/** Validates an already-parsed JSON value. Never throws. */
export function parseVisit(json: unknown): ParseResult {
  try {
    if (typeof json !== 'object' || json === null || Array.isArray(json)) {
      return {
        ok: false,
        errors: [makeError('(root)', 'type', 'expected a visit object {…}', preview(json))],
      };
    }
    const result = v.safeParse(VisitSchema, json, { abortPipeEarly: true });
    if (!result.success) {
      return { ok: false, errors: result.issues.slice(0, MAX_ERRORS).map(issueToError) };
    }
    const errors = checkSemantics(result.output, MAX_ERRORS);
    return errors.length ? { ok: false, errors } : { ok: true, visit: result.output };
  } catch (e) {
    // Defensive: a stack overflow on absurd nesting, say. Report it, never crash the page.
    return {
      ok: false,
      errors: [
        makeError(
          '(root)',
          'value',
          'expected a visit the validator can read',
          String(e).slice(0, 80),
        ),
      ],
    };
  }
}

/** Parses JSON text (from a file, a URL, stdin) and validates it. Never throws. */
export function parseVisitText(text: string): ParseResult {
  if (text.length > LIMITS.fileBytes) {
    return {
      ok: false,
      errors: [
        makeError(
          '(root)',
          'too-large',
          `expected a file of at most ${LIMITS.fileBytes / 1024 / 1024} MB`,
          `${(text.length / 1024 / 1024).toFixed(1)} MB`,
        ),
      ],
    };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return {
      ok: false,
      errors: [makeError('(root)', 'json', 'expected valid JSON', detail.slice(0, 120))],
    };
  }
  return parseVisit(json);
}
