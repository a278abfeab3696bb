/**
 * The one reader of a visit file's bytes, for every way a file arrives: the file picker, drag and
 * drop, `?data=` (load.ts, parse.worker.ts) and `npm run validate` (scripts/validate.ts).
 *
 *   readBytes(bytes) → { ok: true, text } | { ok: false, problem, error }
 *
 * In this order: more than LIMITS.fileBytes bytes is `too-large` (counted on the bytes, before
 * any decoding); a byte-order mark of UTF-16 or UTF-32 (or the NUL bytes of either without one)
 * is `utf-16` / `utf-32`; bytes that are not UTF-8 are `not-utf8`, with the offset of the first
 * bad byte; nothing but white space is `empty`. UTF-8 with or without its byte-order mark is
 * read (the mark dropped). Never `File.text()` or `Response.text()`: those replace bad bytes with
 * U+FFFD (three bytes each, so a 19.9 MB file of them reads as "too large") and `Blob.text()`
 * quietly decodes a UTF-16 file that `fetch` would not. Pure: no DOM, no Node, never throws.
 */
import { LIMITS, type Visit } from './schema';
import { makeError, parseVisitText, type ParseResult, type ValidationError } from './parseVisit';

/** Why bytes are not a visit's text. */
export type ReadProblem = 'too-large' | 'empty' | 'not-utf8' | 'utf-16' | 'utf-32';

export type ReadResult =
  { ok: true; text: string } | { ok: false; problem: ReadProblem; error: ValidationError };

/** What kind of failure a visit file has after reading and the gate: worded by the page. */
export type FileProblem = ReadProblem | 'not-json' | 'invalid';

export type FileResult =
  | { ok: true; visit: Visit; version?: 1 | 2 }
  | { ok: false; problem: FileProblem; errors: ValidationError[] };

const MB = 1024 * 1024;
const hex = (b: number) => b.toString(16).toUpperCase().padStart(2, '0');
const hexes = (bytes: Uint8Array, from: number, to: number) =>
  Array.from(bytes.subarray(from, to), hex).join(' ');
/** A byte count with thousands separators, as a reader would write it: 20,866,999. */
const count = (n: number) => n.toLocaleString('en-US');

/** The "too large" error of a file of `bytes` bytes (`null`: more than the limit, size unknown). */
export function tooLargeError(where: string, bytes: number | null): ValidationError {
  return makeError(
    where,
    'too-large',
    `expected a file of at most ${LIMITS.fileBytes / MB} MB`,
    bytes !== null && bytes > LIMITS.fileBytes
      ? `${(bytes / MB).toFixed(1)} MB`
      : `more than ${LIMITS.fileBytes / MB} MB`,
  );
}

/** The encoding a file's first bytes announce, when it is UTF-16 or UTF-32 rather than UTF-8. */
function otherEncoding(b: Uint8Array): { problem: 'utf-16' | 'utf-32'; found: string } | null {
  const at = (i: number) => b[i] ?? -1;
  const mark = (name: string, n: number) =>
    `${name} text (it starts with the byte-order mark ${hexes(b, 0, n)})`;
  if (at(0) === 0xff && at(1) === 0xfe && at(2) === 0 && at(3) === 0)
    return { problem: 'utf-32', found: mark('UTF-32 LE', 4) };
  if (at(0) === 0 && at(1) === 0 && at(2) === 0xfe && at(3) === 0xff)
    return { problem: 'utf-32', found: mark('UTF-32 BE', 4) };
  if (at(0) === 0xff && at(1) === 0xfe) return { problem: 'utf-16', found: mark('UTF-16 LE', 2) };
  if (at(0) === 0xfe && at(1) === 0xff) return { problem: 'utf-16', found: mark('UTF-16 BE', 2) };
  // No mark, but JSON starts with an ASCII character, which these encodings pad with NUL bytes
  // (the detection RFC 4627 described). A NUL byte is never in JSON text, so nothing valid is lost.
  const ascii = (x: number) => x > 0 && x < 0x80;
  const bare = (name: string) =>
    `${name} text (no byte-order mark; NUL bytes between the characters)`;
  if (b.length >= 4) {
    if (ascii(at(0)) && at(1) === 0 && at(2) === 0 && at(3) === 0)
      return { problem: 'utf-32', found: bare('UTF-32 LE') };
    if (at(0) === 0 && at(1) === 0 && at(2) === 0 && ascii(at(3)))
      return { problem: 'utf-32', found: bare('UTF-32 BE') };
    if (ascii(at(0)) && at(1) === 0 && ascii(at(2)) && at(3) === 0)
      return { problem: 'utf-16', found: bare('UTF-16 LE') };
    if (at(0) === 0 && ascii(at(1)) && at(2) === 0 && ascii(at(3)))
      return { problem: 'utf-16', found: bare('UTF-16 BE') };
  }
  return null;
}

/**
 * The first byte where `bytes` stop being UTF-8, and why, as the WHATWG decoder (and so a fatal
 * `TextDecoder`) judges it: stray continuation bytes, overlong forms, encoded surrogates, code
 * points past U+10FFFF, a sequence cut short. Only run once the decoder has refused the bytes.
 */
export function firstInvalidUtf8(bytes: Uint8Array): { offset: number; reason: string } | null {
  const n = bytes.length;
  for (let i = 0; i < n;) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lo = 0xa0; // below: an overlong form
      if (b === 0xed) hi = 0x9f; // above: a UTF-16 surrogate, which UTF-8 never encodes
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lo = 0x90; // below: overlong
      if (b === 0xf4) hi = 0x8f; // above: past U+10FFFF
    } else {
      const reason =
        b <= 0xbf
          ? `byte ${hex(b)} continues a character that never started`
          : b <= 0xc1
            ? `byte ${hex(b)} starts an overlong encoding`
            : `byte ${hex(b)} is never used in UTF-8`;
      return { offset: i, reason };
    }
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined) {
        return {
          offset: i,
          reason: `the file ends inside a character (${hexes(bytes, i, n)} is cut short)`,
        };
      }
      const [min, max] = k === 1 ? [lo, hi] : [0x80, 0xbf];
      if (c < min || c > max) {
        const what =
          k === 1 && b === 0xed && c >= 0xa0 && c <= 0xbf
            ? 'an encoded UTF-16 surrogate'
            : k === 1 && (b === 0xe0 || b === 0xf0) && c >= 0x80 && c < min
              ? 'an overlong encoding'
              : k === 1 && b === 0xf4 && c > 0x8f && c <= 0xbf
                ? 'a code point past U+10FFFF'
                : 'an incomplete character';
        const shown = hexes(bytes, i, Math.min(n, i + need + 1));
        return { offset: i, reason: `${shown} is ${what}` };
      }
    }
    i += need + 1;
  }
  return null;
}

/** Line and column (1-based, in characters) of byte `offset`, for a message a reader can follow. */
function lineAndColumn(bytes: Uint8Array, offset: number): string {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      start = i + 1;
    }
  }
  let column = 1;
  for (let i = start; i < offset; i++) if ((bytes[i]! & 0xc0) !== 0x80) column++;
  return `line ${count(line)}, column ${count(column)}`;
}

const isSpace = (c: number) => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;

/** A visit file's text from its bytes, or the one reason it has none. `where` names the file. */
export function readBytes(bytes: Uint8Array, where = '(root)'): ReadResult {
  if (bytes.byteLength > LIMITS.fileBytes) {
    return { ok: false, problem: 'too-large', error: tooLargeError(where, bytes.byteLength) };
  }
  const other = otherEncoding(bytes);
  if (other) {
    return {
      ok: false,
      problem: other.problem,
      error: makeError(where, 'json', 'expected UTF-8 text (save the file as UTF-8)', other.found),
    };
  }
  let text: string;
  try {
    // `ignoreBOM: false` (the default): a UTF-8 byte-order mark is read and dropped.
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const bad = firstInvalidUtf8(bytes) ?? { offset: 0, reason: 'bytes the decoder refused' };
    return {
      ok: false,
      problem: 'not-utf8',
      error: makeError(
        where,
        'json',
        'expected UTF-8 text',
        `${bad.reason}, at byte ${count(bad.offset)} (${lineAndColumn(bytes, bad.offset)})`,
      ),
    };
  }
  let i = 0;
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  if (i === text.length) {
    const found =
      bytes.byteLength === 0
        ? 'an empty file (0 bytes)'
        : `only white space (${count(bytes.byteLength)} bytes)`;
    return {
      ok: false,
      problem: 'empty',
      error: makeError(where, 'json', 'expected a visit: a JSON object starting with {', found),
    };
  }
  return { ok: true, text };
}

/** Names the problem of the gate's answer: not JSON, too large, or JSON with mistakes. */
export function classify(result: ParseResult | FileResult): FileResult {
  if (result.ok || 'problem' in result) return result;
  const kind = result.errors[0]?.kind;
  const problem = kind === 'json' ? 'not-json' : kind === 'too-large' ? 'too-large' : 'invalid';
  return { ok: false, problem, errors: result.errors };
}

/** Bytes of a visit file through the reader and then the gate: its visit or its problems. */
export function parseVisitBytes(bytes: Uint8Array, where = '(root)'): FileResult {
  const read = readBytes(bytes, where);
  if (!read.ok) return { ok: false, problem: read.problem, errors: [read.error] };
  return classify(parseVisitText(read.text));
}
