/**
 * The one gate for untrusted data. Nothing else in the app sees a visit that has not passed here.
 *
 *   parseVisit(json: unknown) → { ok: true, visit } | { ok: false, errors }
 *
 * A file is judged by the schema of its version (version.ts): 1 (schemaV1.ts, so its errors
 * keep version 1's paths and words) or 2 (schema.ts). A valid version 1 file is then turned into
 * version 2 (`migrateV1`, migrate.ts), and every visit's countries are resolved
 * (`normalizeCountries`, countries.ts): after the gate, the app sees only version 2.
 *
 * Two passes: the valibot schema checks the shape (types, required fields, formats, lengths,
 * counts); then `checkSemantics` checks what a schema cannot (unique ids, references, sides,
 * cycles and depth of trees, calendar dates, ranges, source URLs, control characters). Every
 * error names the JSON path, what was expected and what was found. It never throws, whatever
 * the input, and its work is bounded: a hostile file with millions of mistakes stops being read
 * after the first few hundred.
 *
 * Its parts: `errors.ts` (the error vocabulary), `precheck.ts` (hostile shapes, before valibot),
 * `schemaIssues.ts` (valibot's issues as errors), `semantics.ts` (the second pass).
 */
import { normalizeCountries } from './countries';
import { MAX_ERRORS, escapeInvisible, makeError, preview, type ValidationError } from './errors';
import { inFileOrder } from './order';
import { partialVisit } from './partial';
import { isRecordLike, precheck, type SchemaNode } from './precheck';
import { migrateV1 } from './migrate';
import { LIMITS, type Visit, type VisitV1 } from './schema';
import { isWithin, issueToError } from './schemaIssues';
import { checkSemantics } from './semantics';
import { schemaOf, versionOf, type FormatVersion } from './version';

export {
  MAX_ERRORS,
  formatPath,
  makeError,
  preview,
  type ErrorKind,
  type ValidationError,
} from './errors';

export type { FormatVersion } from './version';

/** `version`: the format version the file was written in (the visit is version 2 either way). */
export type ParseResult =
  { ok: true; visit: Visit; version?: FormatVersion } | { ok: false; errors: ValidationError[] };

/** A version 1 visit as version 2; a version 2 one as it is (read in part, it may lack its version). */
const asV2 = (visit: Visit | VisitV1, version: FormatVersion): Visit =>
  version === 1 ? migrateV1(visit as VisitV1) : (visit as Visit);

/**
 * Runs the valibot schema, but stops reading once `budget` issues have been raised: valibot
 * reads `config.lang` once per new issue, and containers stop at their next issue once
 * `config.abortEarly` is true. Without this, 18 MB of `[1,1,1,…]` raises millions of issues and
 * exhausts memory. (`v.safeParse` copies its config, so the schema is run directly.)
 */
function runSchema(json: unknown, version: FormatVersion, budget: number) {
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
  return schemaOf(version)['~run']({ value: json }, config);
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
    const version = versionOf(json);
    const owners: ValidationError[] = [];
    precheck(schemaOf(version) as unknown as SchemaNode, json, [], owners);
    const dataset = runSchema(json, version, 2 * MAX_ERRORS);
    const errors: ValidationError[] = [];
    const emitted = new Set<ValidationError>();
    const issues = dataset.issues ?? [];
    for (const issue of issues) {
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
    if (errors.length === 0) {
      const written = dataset.value as Visit | VisitV1;
      const visit = asV2(written, version);
      const semantic = checkSemantics(visit, MAX_ERRORS, undefined, written);
      return semantic.length
        ? { ok: false, errors: inFileOrder(json, semantic) }
        : { ok: true, visit: normalizeCountries(visit), version };
    }
    // Every mistake in one pass: the semantic checks read the parts with the right shape. Not
    // when the shape errors alone fill the list (the schema then stopped before the end).
    if (errors.length >= MAX_ERRORS || issues.length >= 2 * MAX_ERRORS) {
      return { ok: false, errors: inFileOrder(json, errors).slice(0, MAX_ERRORS) };
    }
    const partial = partialVisit(
      json,
      errors.map((e) => e.path),
      version,
    );
    const semantic = checkSemantics(
      asV2(partial.visit, version),
      MAX_ERRORS,
      partial,
      partial.visit,
    );
    return { ok: false, errors: inFileOrder(json, [...errors, ...semantic]).slice(0, MAX_ERRORS) };
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

/**
 * `JSON.parse`'s complaint on one line, with V8's "position N" also as a line and column. The
 * engine quotes the text around the mistake: its bidi controls are escaped, as in `preview`.
 */
function jsonErrorDetail(e: unknown, text: string): string {
  let detail = escapeInvisible(
    (e instanceof Error ? e.message : String(e)).replace(/[\s\p{Cc}]+/gu, ' '),
  ).slice(0, 120);
  // Newer engines add "(line 1 column 34)" themselves: it is said once, ours.
  detail = detail.replace(/ \(line \d+ column \d+\)/, '');
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
