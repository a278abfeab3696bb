// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseVisitBytes, readBytes, type ReadResult } from './readBytes';
import { LIMITS } from './schema';

const utf8 = (s: string) => new TextEncoder().encode(s);
const join = (...parts: (Uint8Array | number[])[]) => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
};
const minimal = readFileSync('tests/fixtures/valid/minimal.json', 'utf8');

/** UTF-16 of `s`, little or big end first. */
function utf16(s: string, little: boolean): Uint8Array {
  const out = new Uint8Array(s.length * 2);
  const view = new DataView(out.buffer);
  for (let i = 0; i < s.length; i++) view.setUint16(2 * i, s.charCodeAt(i), little);
  return out;
}
/** UTF-32 of `s`. */
function utf32(s: string, little: boolean): Uint8Array {
  const points = [...s].map((c) => c.codePointAt(0)!);
  const out = new Uint8Array(points.length * 4);
  const view = new DataView(out.buffer);
  points.forEach((p, i) => view.setUint32(4 * i, p, little));
  return out;
}

const failure = (r: ReadResult) => {
  if (r.ok) throw new Error(`expected a failure, read ${r.text.slice(0, 40)}`);
  return r;
};

describe('readBytes', () => {
  it('reads UTF-8 with or without its byte-order mark, the mark dropped', () => {
    expect(readBytes(utf8(minimal))).toEqual({ ok: true, text: minimal });
    expect(readBytes(join([0xef, 0xbb, 0xbf], utf8(minimal)))).toEqual({ ok: true, text: minimal });
    expect(readBytes(utf8('{"name": "وفد \u{1F1F0}\u{1F1F7}"}'))).toEqual({
      ok: true,
      text: '{"name": "وفد \u{1F1F0}\u{1F1F7}"}',
    });
  });

  it.each([
    ['UTF-16 LE', 'utf-16', join([0xff, 0xfe], utf16(minimal, true)), 'byte-order mark FF FE'],
    ['UTF-16 BE', 'utf-16', join([0xfe, 0xff], utf16(minimal, false)), 'byte-order mark FE FF'],
    ['UTF-32 LE', 'utf-32', join([0xff, 0xfe, 0, 0], utf32(minimal, true)), 'FF FE 00 00'],
    ['UTF-32 BE', 'utf-32', join([0, 0, 0xfe, 0xff], utf32(minimal, false)), '00 00 FE FF'],
    ['UTF-16 LE', 'utf-16', utf16(minimal, true), 'no byte-order mark'],
    ['UTF-16 BE', 'utf-16', utf16(minimal, false), 'no byte-order mark'],
    ['UTF-32 LE', 'utf-32', utf32(minimal, true), 'no byte-order mark'],
    ['UTF-32 BE', 'utf-32', utf32(minimal, false), 'no byte-order mark'],
  ])('refuses %s (%s, %s) and names the encoding', (name, problem, bytes, mark) => {
    const r = failure(readBytes(bytes));
    expect(r.problem).toBe(problem);
    expect(r.error.found).toContain(`${name} text`);
    expect(r.error.found).toContain(mark);
    expect(r.error.message).toMatch(/^\(root\): expected UTF-8 text \(save the file as UTF-8\)/);
  });

  it.each([
    [
      'a byte that is never UTF-8',
      join(utf8('{"a": "'), [0xff], utf8('"}')),
      7,
      'FF is never used',
    ],
    ['a stray continuation byte', join(utf8('{"a"'), [0x80], utf8(': 1}')), 4, 'never started'],
    [
      'a lead byte followed by ASCII',
      join(utf8('{"a": "'), [0xc3, 0x28], utf8('"}')),
      7,
      'C3 28 is an incomplete',
    ],
    [
      'an overlong "/" (C0 AF)',
      join(utf8('{"'), [0xc0, 0xaf], utf8('": 1}')),
      2,
      'C0 starts an overlong',
    ],
    [
      'an overlong NUL (E0 80 80)',
      join(utf8('{"'), [0xe0, 0x80, 0x80], utf8('": 1}')),
      2,
      'E0 80 80 is an overlong',
    ],
    [
      'an overlong 4-byte form (F0 80 80 AF)',
      join(utf8('{"'), [0xf0, 0x80, 0x80, 0xaf]),
      2,
      'overlong',
    ],
    [
      'a lone surrogate (ED A0 80)',
      join(utf8('{"a": "x'), [0xed, 0xa0, 0x80], utf8('"}')),
      8,
      'ED A0 80 is an encoded UTF-16 surrogate',
    ],
    [
      'a code point past U+10FFFF (F4 90 80 80)',
      join(utf8('{"'), [0xf4, 0x90, 0x80, 0x80]),
      2,
      'past U+10FFFF',
    ],
    [
      'a sequence cut short at the end',
      join(utf8('{"a": "\u00e9'), [0xe2, 0x82]),
      9,
      'ends inside a character (E2 82',
    ],
    [
      'a lone lead byte at the very end',
      join(utf8('{}'), [0xf0]),
      2,
      'ends inside a character (F0',
    ],
  ])('refuses %s and says at which byte', (_, bytes, offset, reason) => {
    const r = failure(readBytes(bytes));
    expect(r.problem).toBe('not-utf8');
    expect(r.error.expected).toBe('expected UTF-8 text');
    expect(r.error.found).toContain(reason);
    expect(r.error.found).toContain(`at byte ${offset} (line 1, column `);
  });

  it('counts lines and characters (not bytes) to the bad byte', () => {
    const bytes = join(utf8('{\n  "name": "وفد'), [0xff]);
    expect(failure(readBytes(bytes)).error.found).toMatch(/at byte 19 \(line 2, column 15\)$/);
  });

  it('reports a 19.9 MB file whose last byte is bad as not UTF-8, not as too large', () => {
    const size = Math.floor(19.9 * 1024 * 1024);
    const bytes = new Uint8Array(size).fill(0x20);
    bytes[0] = 0x7b;
    bytes[size - 1] = 0xff;
    const r = failure(readBytes(bytes));
    expect(r.problem).toBe('not-utf8');
    expect(r.error.found).toContain(`at byte ${(size - 1).toLocaleString('en-US')}`);
  });

  it('reports a 19.9 MB file of bad bytes as not UTF-8 (each would be 3 bytes of U+FFFD)', () => {
    const r = failure(readBytes(new Uint8Array(Math.floor(19.9 * 1024 * 1024)).fill(0xfe)));
    expect(r.problem).toBe('not-utf8');
    expect(r.error.found).toContain('at byte 0 ');
  });

  it('reads a file of exactly the byte limit; one byte more is too large', () => {
    const at = new Uint8Array(LIMITS.fileBytes).fill(0x20);
    at[0] = 0x5b; // "[" … "]": JSON, though not a visit
    at[LIMITS.fileBytes - 1] = 0x5d;
    const read = readBytes(at);
    expect(read.ok).toBe(true);
    const over = new Uint8Array(LIMITS.fileBytes + 1).fill(0xff); // not even UTF-8: size first
    const r = failure(readBytes(over));
    expect(r.problem).toBe('too-large');
    expect(r.error.message).toBe('(root): expected a file of at most 20 MB, found 20.0 MB');
  });

  it.each([
    ['an empty file', new Uint8Array(0), 'an empty file (0 bytes)'],
    ['a byte-order mark alone', new Uint8Array([0xef, 0xbb, 0xbf]), 'only white space (3 bytes)'],
    ['white space only', utf8(' \n\t\r\n  '), 'only white space (7 bytes)'],
  ])('calls %s empty', (_, bytes, found) => {
    const r = failure(readBytes(bytes));
    expect(r.problem).toBe('empty');
    expect(r.error.found).toBe(found);
  });
});

describe('parseVisitBytes', () => {
  it('reads, then runs the gate', () => {
    expect(parseVisitBytes(utf8(minimal)).ok).toBe(true);
    const notJson = parseVisitBytes(utf8('{"a": 1,}'));
    expect(notJson.ok ? '' : notJson.problem).toBe('not-json');
    const invalid = parseVisitBytes(utf8('{"schemaVersion": 1}'));
    expect(invalid.ok ? '' : invalid.problem).toBe('invalid');
    const utf16le = parseVisitBytes(join([0xff, 0xfe], utf16(minimal, true)));
    expect(utf16le.ok ? '' : utf16le.problem).toBe('utf-16');
  });
});
