/**
 * The one gate for untrusted data. Nothing else in the app sees a visit that has not passed here.
 *
 *   parseVisit(json: unknown) → { ok: true, visit } | { ok: false, errors }
 *
 * Two passes: the valibot schema checks the shape (types, required fields, formats, lengths,
 * counts); then `checkSemantics` checks what a schema cannot (unique ids, references, sides,
 * cycles and depth of trees, calendar dates, ranges, source URLs, control characters). Every
 * error names the JSON path, what was expected and what was found. It never throws, whatever
 * the input, and its work is bounded: a hostile file with millions of mistakes stops being read
 * after the first few hundred.
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
  | 'inverted-range'
  | 'invalid-url'
  | 'control-char'
  | 'too-deep';

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

/** True when `path` is `root` or lies inside it. */
function isWithin(path: string, root: string): boolean {
  return path === root || path.startsWith(`${root}.`) || path.startsWith(`${root}[`);
}

const TYPE_NAMES: Readonly<Record<string, string>> = {
  Object: 'an object',
  Array: 'an array',
  string: 'a string',
  number: 'a number',
  boolean: 'true or false',
};

/** "expected …" for an issue; our schema's own messages already read that way. */
function describeExpected(issue: v.BaseIssue<unknown>): string {
  if (issue.message.startsWith('expected')) return issue.message;
  const req = issue.requirement;
  const unit = typeof issue.input === 'string' ? 'characters' : 'items';
  switch (issue.type) {
    case 'max_length':
      return `expected at most ${String(req)} ${unit}`;
    case 'min_length':
      return `expected at least ${String(req)} ${unit}`;
    case 'min_value':
      return `expected a number of at least ${String(req)}`;
    case 'max_value':
      return `expected a number of at most ${String(req)}`;
    case 'integer':
      return 'expected a whole number';
    case 'finite':
      return 'expected a finite number';
    case 'regex':
      return `expected text matching ${String(req)}`;
  }
  const e = issue.expected;
  return `expected ${e === null ? 'a different value' : (TYPE_NAMES[e] ?? e)}`;
}

function kindOf(issue: v.BaseIssue<unknown>): ErrorKind {
  // e.g. `"guest" | "host"`, `1`, or for a variant `("time" | "day" | …)`.
  const expected = (issue.expected ?? '').replace(/^\(/, '');
  switch (issue.type) {
    case 'max_length':
      return typeof issue.input === 'string' ? 'too-long' : 'too-many';
    case 'regex':
      return 'format';
    case 'picklist':
    case 'literal':
    case 'variant':
      // A string where one of some strings was wanted is a wrong value; a number there is a
      // wrong type. (A variant given a non-object expects "Object" and falls through.)
      if (expected.startsWith('"')) return typeof issue.input === 'string' ? 'value' : 'type';
      if (/^-?\d/.test(expected)) return typeof issue.input === 'number' ? 'value' : 'type';
  }
  return issue.kind === 'schema' ? 'type' : 'value';
}

function issueToError(issue: v.BaseIssue<unknown>): ValidationError {
  const keys = (issue.path ?? []).map((p) => p.key as string | number);
  const path = formatPath(keys);
  const last = keys[keys.length - 1];
  if (issue.type === 'strict_object' && issue.expected === 'never') {
    return makeError(path, 'unknown-key', 'expected no such field', `field ${preview(last)}`);
  }
  if (issue.kind === 'schema' && issue.input === undefined) {
    const field = last === undefined ? 'value' : `field ${JSON.stringify(String(last))}`;
    return makeError(path, 'missing', `expected a required ${field}`, 'nothing');
  }
  const kind = kindOf(issue);
  const found =
    kind === 'too-long' || kind === 'too-many'
      ? `${(issue.input as string | unknown[]).length} ${kind === 'too-long' ? 'characters' : 'items'}`
      : preview(issue.input);
  return makeError(path, kind, describeExpected(issue), found);
}

/** The parts of a valibot schema object that `precheck` walks. */
interface SchemaNode {
  readonly type: string;
  readonly entries?: Readonly<Record<string, SchemaNode>>;
  readonly item?: SchemaNode;
  /** The key schema of a record; the discriminator key of a variant. */
  readonly key?: SchemaNode | string;
  readonly value?: SchemaNode;
  readonly wrapped?: SchemaNode;
  readonly options?: readonly SchemaNode[];
  readonly pipe?: readonly {
    readonly type: string;
    readonly requirement?: unknown;
    readonly message?: unknown;
  }[];
}

/** Keys that valibot's `record` silently skips instead of checking. */
const SKIPPED_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

const asSchema = (node: SchemaNode) => node as unknown as v.GenericSchema;
const isRecordLike = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

/**
 * Checks valibot does not make, walking the input along the schema (so its depth is the
 * schema's, whatever the input's nesting):
 * - an array where an object is expected (valibot reads an array as an object with keys "0",
 *   "1", …, and accepts `[]` where every field is optional);
 * - a `__proto__`, `constructor` or `prototype` key in a text, which valibot skips unchecked;
 * - an array longer than its limit, reported before valibot reads each of its items.
 * Each error found here stands for everything valibot reports inside its path.
 */
function precheck(
  schema: SchemaNode,
  value: unknown,
  keys: (string | number)[],
  out: ValidationError[],
): void {
  if (out.length >= MAX_ERRORS) return;
  switch (schema.type) {
    case 'optional':
      if (value !== undefined && schema.wrapped) precheck(schema.wrapped, value, keys, out);
      return;
    case 'array': {
      if (!Array.isArray(value) || !schema.item) return;
      const limit = schema.pipe?.find((a) => a.type === 'max_length');
      const max = limit?.requirement;
      if (typeof max === 'number' && value.length > max) {
        const expected =
          typeof limit?.message === 'string' && limit.message.startsWith('expected')
            ? limit.message
            : `expected at most ${max} items`;
        out.push(makeError(formatPath(keys), 'too-many', expected, `${value.length} items`));
        return;
      }
      for (let i = 0; i < value.length; i++) precheck(schema.item, value[i], [...keys, i], out);
      return;
    }
    case 'strict_object':
    case 'object':
    case 'record':
    case 'variant':
      break;
    default:
      return;
  }
  if (Array.isArray(value)) {
    out.push(makeError(formatPath(keys), 'type', 'expected an object', preview(value)));
    return;
  }
  if (!isRecordLike(value)) return;
  if (schema.type === 'variant') {
    const key = schema.key as string;
    const option = schema.options?.find((o) => {
      const d = o.entries?.[key];
      return d !== undefined && v.is(asSchema(d), value[key]);
    });
    if (option) precheck(option, value, keys, out);
  } else if (schema.type === 'record') {
    for (const k of Object.keys(value)) {
      if (SKIPPED_KEYS.has(k) && typeof schema.key === 'object') {
        const r = v.safeParse(asSchema(schema.key), k);
        const expected = r.success ? 'expected no such field' : describeExpected(r.issues[0]);
        out.push(makeError(formatPath([...keys, k]), 'format', expected, preview(k)));
      }
      if (schema.value) precheck(schema.value, value[k], [...keys, k], out);
    }
  } else {
    for (const [k, s] of Object.entries(schema.entries ?? {})) {
      if (Object.hasOwn(value, k)) precheck(s, value[k], [...keys, k], out);
    }
  }
}

/**
 * Runs the valibot schema, but stops reading once `budget` issues have been raised: valibot
 * reads `config.lang` once per new issue, and containers stop at their next issue once
 * `config.abortEarly` is true. Without this, 18 MB of `[1,1,1,…]` raises millions of issues and
 * exhausts memory. (`v.safeParse` copies its config, so the schema is run directly.)
 */
function runSchema(json: unknown, budget: number) {
  let issues = 0;
  const config = {
    abortPipeEarly: true,
    get lang() {
      issues++;
      return undefined;
    },
    get abortEarly() {
      return issues >= budget;
    },
  };
  return VisitSchema['~run']({ value: json }, config);
}

/** Validates an already-parsed JSON value. Never throws. */
export function parseVisit(json: unknown): ParseResult {
  try {
    if (!isRecordLike(json)) {
      return {
        ok: false,
        errors: [makeError('(root)', 'type', 'expected a visit object {…}', preview(json))],
      };
    }
    const owners: ValidationError[] = [];
    precheck(VisitSchema as unknown as SchemaNode, json, [], owners);
    const dataset = runSchema(json, 2 * MAX_ERRORS);
    const errors: ValidationError[] = [];
    const emitted = new Set<ValidationError>();
    for (const issue of dataset.issues ?? []) {
      if (errors.length >= MAX_ERRORS) break;
      const error = issueToError(issue);
      const owner = owners.find((o) => isWithin(error.path, o.path));
      if (!owner) errors.push(error);
      else if (!emitted.has(owner)) {
        emitted.add(owner);
        errors.push(owner);
      }
    }
    for (const o of owners) if (!emitted.has(o)) errors.push(o);
    if (errors.length) return { ok: false, errors: errors.slice(0, MAX_ERRORS) };
    const visit = dataset.value as Visit;
    const semantic = checkSemantics(visit, MAX_ERRORS);
    return semantic.length ? { ok: false, errors: semantic } : { ok: true, visit };
  } catch (e) {
    // Defensive: a stack overflow on absurd nesting, say. Report it, never crash the page.
    return {
      ok: false,
      errors: [
        makeError('(root)', 'value', 'expected a visit the validator can read', preview(String(e))),
      ],
    };
  }
}

/**
 * UTF-8 size of `text` in bytes, counting no further than just past `stop`.
 * Lone surrogates count as the 3-byte replacement character, as an encoder writes them.
 */
function utf8Bytes(text: string, stop: number): number {
  let bytes = 0;
  for (let i = 0; i < text.length && bytes <= stop; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c < 0xdc00 && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next < 0xe000) {
        bytes += 4;
        i++;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}

/** Every invisible or direction-changing character in `s`, as a `\uXXXX` escape. */
const escapeInvisible = (s: string) =>
  s.replace(
    new RegExp(INVISIBLE.source, 'g'),
    (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );

/**
 * `JSON.parse`'s complaint on one line, with V8's "position N" also as a line and column. The
 * engine quotes the text around the mistake: its bidi controls are escaped, as in `preview`.
 */
function jsonErrorDetail(e: unknown, text: string): string {
  let detail = escapeInvisible(
    (e instanceof Error ? e.message : String(e)).replace(/[\s\p{Cc}]+/gu, ' '),
  ).slice(0, 120);
  const at = /at position (\d+)/.exec(detail);
  if (at) {
    const before = text.slice(0, Number(at[1]));
    const line = before.split('\n').length;
    detail += ` (line ${line}, column ${before.length - before.lastIndexOf('\n')})`;
  }
  return detail;
}

/** Parses JSON text (from a file, a URL, stdin) and validates it. Never throws. */
export function parseVisitText(text: string): ParseResult {
  // One UTF-16 unit is 1–3 UTF-8 bytes: count exactly only when the length leaves it open.
  const max = LIMITS.fileBytes;
  const bytes = text.length > max ? text.length : text.length * 3 <= max ? 0 : utf8Bytes(text, max);
  if (bytes > max) {
    return {
      ok: false,
      errors: [
        makeError(
          '(root)',
          'too-large',
          `expected a file of at most ${max / 1024 / 1024} MB`,
          `at least ${(bytes / 1024 / 1024).toFixed(1)} MB`,
        ),
      ],
    };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return {
      ok: false,
      errors: [makeError('(root)', 'json', 'expected valid JSON', jsonErrorDetail(e, text))],
    };
  }
  return parseVisit(json);
}
