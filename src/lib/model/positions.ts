/**
 * Where each of the gate's errors is in the file's text: line, column and an excerpt with the
 * mistake marked, as Elm's and Rust's compilers show it. `JSON.parse` keeps no positions, so the
 * text is read again with Microsoft's `jsonc-parser` (the parser of VS Code), in strict JSON mode.
 * Only on the error path: this module is loaded lazily by the page (load.ts) and statically by
 * the CLI; a valid file never reads it.
 *
 *   locateErrors(text, errors) → the errors with `at` (and hints: hints.ts)
 *
 * A JSON syntax error is located by the same parser and named by its code (`syntax`), which the
 * messages word in Arabic and English. The text is visited once, following only the paths that
 * errors name (a trie), so a large file costs one scan; a file too deep for the parser's
 * recursion keeps its errors unlocated.
 */
import { parse, visit, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { parsePath, type SourcePosition, type ValidationError } from './errors';
import { addHints } from './hints';
import { readBytes, type FileResult } from './readBytes';

const STRICT = { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false };

/** Where a path's value is (or, for an unknown field, its key) in the text. */
interface Span {
  offset: number;
  length: number;
}

interface Trie {
  children: Map<string | number, Trie>;
  /** The value at this path, once seen. */
  value?: Span;
  /** The property key at this path, once seen. */
  key?: Span;
}
const trie = (): Trie => ({ children: new Map() });

/** The spans of every path in `paths`, in one visit of `text`. */
function spans(text: string, paths: readonly (readonly (string | number)[])[]): Trie {
  const root = trie();
  for (const keys of paths) {
    let t = root;
    for (const k of keys) {
      let next = t.children.get(k);
      if (!next) t.children.set(k, (next = trie()));
      t = next;
    }
  }
  // The frame of each open object or array: its trie node (null off the wanted paths).
  const frames: { t: Trie | null; array: boolean; index: number; key: string | null }[] = [];
  const open: (Trie | null)[] = [];
  const child = (): Trie | null => {
    const f = frames[frames.length - 1];
    if (!f) return root;
    if (!f.t) return null;
    const k = f.array ? f.index++ : f.key;
    return k === null ? null : (f.t.children.get(k) ?? null);
  };
  const begin = (offset: number, length: number) => {
    const t = child();
    if (t && !t.value) t.value = { offset, length };
    return t;
  };
  visit(
    text,
    {
      onObjectBegin: (offset) => {
        const t = begin(offset, 1);
        open.push(t);
        frames.push({ t, array: false, index: 0, key: null });
      },
      onObjectProperty: (name, offset, length) => {
        const f = frames[frames.length - 1];
        if (!f) return;
        f.key = name;
        const t = f.t?.children.get(name);
        if (t && !t.key) t.key = { offset, length };
      },
      onObjectEnd: (offset, length) => {
        const t = open.pop();
        frames.pop();
        if (t?.value) t.value.length = offset + length - t.value.offset;
      },
      onArrayBegin: (offset) => {
        const t = begin(offset, 1);
        open.push(t);
        frames.push({ t, array: true, index: 0, key: null });
      },
      onArrayEnd: (offset, length) => {
        const t = open.pop();
        frames.pop();
        if (t?.value) t.value.length = offset + length - t.value.offset;
      },
      onLiteralValue: (_value, offset, length) => {
        begin(offset, length);
      },
    },
    STRICT,
  );
  return root;
}

function find(root: Trie, keys: readonly (string | number)[]): Trie | null {
  let t: Trie | undefined = root;
  for (const k of keys) {
    t = t.children.get(k);
    if (!t) return null;
  }
  return t;
}

/** Longest excerpt line shown, in characters; a longer line is cut around the mistake. */
const LINE_MAX = 100;

/** Characters that would break or disguise an excerpt line, shown as escapes. */
const HIDDEN = /[\p{Cc}\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/u;

/** `s` visible on one line, with the part [from, to) marked; returns the text and the mark. */
function visible(s: string, from: number, to: number) {
  let text = '';
  let start = 0;
  let end = 0;
  for (let i = 0; i < s.length; i++) {
    if (i === from) start = text.length;
    const ch = s[i]!;
    text +=
      ch === '\t'
        ? ' '
        : HIDDEN.test(ch)
          ? `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`
          : ch;
    if (i === to - 1) end = text.length;
  }
  if (from >= s.length) start = text.length;
  if (to > s.length || end < start) end = text.length;
  return { text, start, length: Math.max(1, end - start) };
}

/** Line starts of `text`, computed once. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** Index of the line holding `offset` (binary search). */
function lineOf(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The position of `span` in `text`: its line and column and an excerpt of up to two lines. */
export function positionOf(text: string, starts: readonly number[], span: Span): SourcePosition {
  const index = lineOf(starts, span.offset);
  const lineText = (i: number) =>
    text.slice(starts[i], (starts[i + 1] ?? text.length + 1) - 1).replace(/\r$/, '');
  const full = lineText(index);
  const column = span.offset - starts[index]! + 1;
  let from = column - 1;
  let to = Math.min(full.length, from + Math.max(1, span.length));
  let shown = full;
  let cut = 0;
  if (full.length > LINE_MAX) {
    cut = Math.max(0, Math.min(from - 30, full.length - LINE_MAX));
    shown = full.slice(cut, cut + LINE_MAX);
    from -= cut;
    to = Math.min(to - cut, shown.length);
  }
  const marked = visible(shown, from, to);
  const excerpt: SourcePosition['excerpt'] = [];
  const before = index > 0 ? lineText(index - 1) : '';
  if (before.trim() !== '' && before.length <= LINE_MAX) {
    excerpt.push({ line: index, text: visible(before, 0, 0).text });
  }
  const prefix = cut > 0 ? '…' : '';
  const suffix = cut + LINE_MAX < full.length ? '…' : '';
  excerpt.push({ line: index + 1, text: prefix + marked.text + suffix });
  return {
    line: index + 1,
    column,
    excerpt,
    mark: { start: prefix.length + marked.start, length: marked.length },
  };
}

/** The first syntax error of `text`, as jsonc-parser finds it in strict JSON mode. */
function firstSyntaxError(text: string): ParseError | null {
  const errors: ParseError[] = [];
  parse(text, errors, STRICT);
  return errors[0] ?? null;
}

/**
 * The errors of `text`, each with where it is (`at`) when its path can be found, a JSON syntax
 * error with its code (`syntax`), and hints (hints.ts). Never throws: what cannot be located
 * stays as it was.
 */
export function locateErrors(text: string, errors: readonly ValidationError[]): ValidationError[] {
  try {
    const starts = lineStarts(text);
    if (errors.length === 1 && errors[0]!.kind === 'json' && errors[0]!.path === '(root)') {
      const syntax = firstSyntaxError(text);
      if (!syntax) return [...errors];
      return [
        {
          ...errors[0]!,
          syntax: printParseErrorCode(syntax.error),
          at: positionOf(text, starts, { offset: syntax.offset, length: syntax.length }),
        },
      ];
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      return [...errors];
    }
    const hinted = addHints(json, errors);
    const paths = hinted.map((e) => parsePath(e.path));
    const root = spans(text, paths);
    return hinted.map((e, i) => {
      const keys = paths[i]!;
      if (e.path === '(root)' || keys.length === 0) return e;
      // A missing field (or one a semantic check asks for, such as a country): the object that
      // lacks it. An unknown field: its name.
      const absent = e.kind === 'missing' || e.found === 'nothing';
      const t = absent ? find(root, keys.slice(0, -1)) : find(root, keys);
      const span = e.kind === 'unknown-key' ? (t?.key ?? t?.value) : t?.value;
      if (!span) return e;
      const at = positionOf(text, starts, absent ? { ...span, length: 1 } : span);
      return { ...e, at };
    });
  } catch {
    return [...errors]; // e.g. nesting deeper than the parser's recursion
  }
}

/**
 * The reader's and gate's answer for `bytes` (`parseVisitBytes`), its errors located when the
 * file is JSON with mistakes or not JSON. The one step every way a file arrives takes after the
 * gate: the page (load.ts, lazily), its worker (parse.worker.ts) and the CLI.
 */
export function locateFileResult(result: FileResult, bytes: Uint8Array): FileResult {
  if (result.ok || (result.problem !== 'invalid' && result.problem !== 'not-json')) return result;
  const read = readBytes(bytes);
  return read.ok ? { ...result, errors: locateErrors(read.text, result.errors) } : result;
}
