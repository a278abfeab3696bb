/**
 * The gate's errors in words for people, in Arabic and in English: what the format expects here,
 * what the file has, a hint (the nearest id, value or field; where a field belongs) and the
 * section of docs/data-format.md that explains it. The page (ErrorList.svelte) and the CLI
 * (scripts/validate.ts) both word errors through `describeError`, so they say the same thing.
 *
 * The words are in errorExpected.ts and errorFound.ts: each rule reads the gate's English
 * (errors.ts: the gate speaks one vocabulary) and gives both languages. Values from the file are
 * quoted as JSON and isolated (FSI … PDI), so an Arabic name inside an English sentence, or an id
 * inside an Arabic one, keeps its order and cannot reorder the sentence around it. What no rule
 * knows is shown as the gate wrote it, isolated.
 */
import { parsePath, type ValidationError } from '../model/errors';
import { expectedOf } from './errorExpected';
import { foundOf } from './errorFound';
import { COLLECTIONS, type Isolate } from './errorWords';
import type { Lang } from './locale';

export interface ErrorMessage {
  /** "line 12, column 5" / "السطر 12، العمود 5"; empty when the error has no place in the text. */
  where: string;
  expected: string;
  found: string;
  /** "Did you mean …?" and where a misplaced field belongs; empty when there is none. */
  hints: string[];
  /** The section of docs/data-format.md (its anchor, without `#`). */
  docs: string;
}

/** The documentation of the format, from the repository's root. */
export const DOCS_PATH = 'docs/data-format.md';

const FSI = '\u2068';
const PDI = '\u2069';

/** The docs section (anchor of docs/data-format.md) that explains an error. */
export function docsSection(e: ValidationError): string {
  switch (e.kind) {
    case 'json':
    case 'control-char':
      return 'conventions-used-throughout';
    case 'too-large':
    case 'too-long':
    case 'too-many':
    case 'too-deep':
      return 'limits';
    case 'dangling-ref':
    case 'duplicate-id':
      return 'references';
    case 'missing-country':
    case 'wrong-country':
      return 'countries';
  }
  if (/(^dates|\.date)(\.|$)/.test(e.path)) return 'dates';
  if (/\.provenance\[/.test(e.path)) return 'provenance';
  if (/non-empty string|language|multilingual/.test(e.expected))
    return 'conventions-used-throughout';
  const top = /^([a-z]+)\[/.exec(e.path)?.[1];
  if (top && top in COLLECTIONS) return top;
  return 'top-level-fields';
}

/** Where a misplaced field belongs: `date:time` → a date with "precision": "time"; else a path. */
function home(where: string, lang: Lang, q: Isolate): string {
  const m = /^date:(\w+)$/.exec(where);
  if (m) {
    return lang === 'en'
      ? `a date with "precision": ${q(`"${m[1]}"`)}`
      : `تاريخ فيه "precision" هي ${q(`"${m[1]}"`)}`;
  }
  return q(where);
}

function hintsOf(e: ValidationError, lang: Lang, q: Isolate): string[] {
  const en = lang === 'en';
  const out: string[] = [];
  if (e.suggestion !== undefined) {
    const s = q(JSON.stringify(e.suggestion));
    out.push(en ? `Did you mean ${s}?` : `هل تقصد ${s}؟`);
  }
  if (e.belongs && e.belongs.length > 0 && e.suggestion === undefined) {
    const field = q(JSON.stringify(String(parsePath(e.path).pop() ?? '')));
    const list = e.belongs.map((w) => home(w, lang, q)).join(en ? '; ' : '؛ ');
    out.push(
      en
        ? `${field} is a field of ${list}, not of this object.`
        : `الحقل ${field} من حقول ${list}، لا من حقول هذا الكائن.`,
    );
  }
  return out;
}

/** `line 12, column 5` in `lang`, or "" for an error with no place in the text. */
export function whereOf(e: ValidationError, lang: Lang): string {
  if (!e.at) return '';
  return lang === 'en'
    ? `line ${e.at.line}, column ${e.at.column}`
    : `السطر ${e.at.line}، العمود ${e.at.column}`;
}

/**
 * `e` in words in `lang`. `isolate`: wrap each value from the file in FSI … PDI (the page);
 * false for a terminal, which shows the text in the order it is written.
 */
export function describeError(e: ValidationError, lang: Lang, isolate = true): ErrorMessage {
  const q: Isolate = isolate ? (s) => `${FSI}${s}${PDI}` : (s) => s;
  return {
    where: whereOf(e, lang),
    expected: expectedOf(e, lang, q),
    found: foundOf(e, lang, q),
    hints: hintsOf(e, lang, q),
    docs: docsSection(e),
  };
}

/** "and 12 more" under a list cut at `shown` of `total` (`capped`: the gate stopped counting). */
export function moreErrors(total: number, shown: number, capped: boolean, lang: Lang): string {
  const n = total - shown;
  if (lang === 'en') return capped ? `and at least ${n} more` : `and ${n} more`;
  // A count as a number after "عددها" reads right whatever the number (no plural agreement).
  return capped ? `ومشكلات أخرى لا يقل عددها عن ${n}` : `ومشكلات أخرى عددها ${n}`;
}

/**
 * One error for a terminal: the path and place, what was expected and found, the excerpt with
 * carets under the mistake, the hints and the docs section. Lines are indented by `indent`.
 */
export function formatErrorText(e: ValidationError, lang: Lang, indent = '  '): string[] {
  const d = describeError(e, lang, false);
  const en = lang === 'en';
  const head = !d.where ? e.path : e.path === '(root)' ? d.where : `${e.path} (${d.where})`;
  const lines = [
    en
      ? `${indent}${head}: expected ${d.expected}, found ${d.found}`
      : `${indent}${head}: المتوقَّع: ${d.expected}؛ الموجود: ${d.found}`,
  ];
  if (e.at) {
    const width = String(e.at.excerpt[e.at.excerpt.length - 1]?.line ?? 0).length;
    for (const l of e.at.excerpt)
      lines.push(`${indent}  ${String(l.line).padStart(width)} | ${l.text}`);
    lines.push(
      `${indent}  ${' '.repeat(width)} | ${' '.repeat(e.at.mark.start)}${'^'.repeat(Math.min(e.at.mark.length, 60))}`,
    );
  }
  for (const h of d.hints) lines.push(`${indent}  ${h}`);
  // A mistake in the file's content links to its section; a file that cannot be read says all.
  if (e.at) lines.push(`${indent}  ${en ? 'see' : 'انظر'} ${DOCS_PATH}#${d.docs}`);
  return lines;
}
