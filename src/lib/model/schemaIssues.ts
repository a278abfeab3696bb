/**
 * Valibot's issues in the gate's words: each issue becomes one `ValidationError` with a path,
 * an error kind, an "expected …" and a preview of what was found. The only module that reads
 * valibot's issue objects.
 */
import type * as v from 'valibot';
import { formatPath, makeError, preview, type ErrorKind, type ValidationError } from './errors';

/** True when `path` is `root` or lies inside it. */
export function isWithin(path: string, root: string): boolean {
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
export function describeExpected(issue: v.BaseIssue<unknown>): string {
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

export function kindOf(issue: v.BaseIssue<unknown>): ErrorKind {
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

export function issueToError(issue: v.BaseIssue<unknown>): ValidationError {
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
