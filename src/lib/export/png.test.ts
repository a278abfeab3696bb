// @vitest-environment node
import { crc32, deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { pngText, withText } from './png';

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'latin1');
  Buffer.from(data).copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

/** A valid 1×1 PNG. */
function tinyPng(): Uint8Array {
  const ihdr = Buffer.from([0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0]);
  const idat = deflateSync(Buffer.from([0, 255, 255, 255]));
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', ihdr),
    chunk('IDAT', idat),
    chunk('IEND', new Uint8Array()),
  ]);
}

function chunks(png: Uint8Array) {
  const b = Buffer.from(png);
  const out: { type: string; data: Buffer; crcOk: boolean }[] = [];
  for (let at = 8; at < b.length;) {
    const len = b.readUInt32BE(at);
    const type = b.toString('latin1', at + 4, at + 8);
    const data = b.subarray(at + 8, at + 8 + len);
    out.push({
      type,
      data,
      crcOk: crc32(b.subarray(at + 4, at + 8 + len)) === b.readUInt32BE(at + 8 + len),
    });
    at += 12 + len;
  }
  return out;
}

describe('withText', () => {
  it('adds UTF-8 iTXt chunks after IHDR, with valid CRCs', () => {
    const png = withText(tinyPng(), { Title: 'زيارة <script>', Source: 'المصدر: البيان' });
    const list = chunks(png);
    expect(list.map((c) => c.type)).toEqual(['IHDR', 'iTXt', 'iTXt', 'IDAT', 'IEND']);
    expect(list.every((c) => c.crcOk)).toBe(true);
    const title = list[1]!.data;
    expect(title.toString('latin1', 0, 5)).toBe('Title');
    expect(title.subarray(10).toString('utf8')).toBe('زيارة <script>');
  });
});

/** Every C0 and C1 control, DEL, the bidi paragraph and segment breaks, U+2028, noncharacters. */
const CONTROLS = [
  ...Array.from({ length: 0x20 }, (_, i) => String.fromCharCode(i)),
  ...Array.from({ length: 0x21 }, (_, i) => String.fromCharCode(0x7f + i)),
  '\u2028',
  '\u2029',
  '\ufffe',
  '\uffff',
  '\ufdd0',
  '\u{1fffe}',
  '\ud800', // a lone surrogate
].join('x');

describe('PNG text metadata', () => {
  // An override left open, too: it must not reach the viewer's words after the title.
  const meta = {
    Title: `زيارة${CONTROLS}\u202eرسمية`,
    Source: `Al Bayan${CONTROLS}`,
    Software: 'Ziyara',
  };
  const list = chunks(withText(tinyPng(), meta));

  it('uses tEXt for Latin-1 text and iTXt for the rest, with valid CRCs', () => {
    expect(list.map((c) => c.type)).toEqual(['IHDR', 'iTXt', 'tEXt', 'tEXt', 'IDAT', 'IEND']);
    expect(list.every((c) => c.crcOk)).toBe(true);
  });

  it('carries no control character in any chunk: no NUL inside the text, no C0, DEL or C1', () => {
    for (const c of list.filter((x) => x.type === 'tEXt' || x.type === 'iTXt')) {
      const sep = c.data.indexOf(0);
      const keyword = c.data.toString('latin1', 0, sep);
      expect(keyword).toMatch(/^[\x20-\x7e]{1,79}$/);
      const bytes = c.data.subarray(sep + (c.type === 'iTXt' ? 5 : 1));
      if (c.type === 'iTXt') expect(c.data.subarray(sep, sep + 5)).toEqual(Buffer.alloc(5)); // flags, no language
      // tEXt: Latin-1 without controls (not even LF); iTXt: UTF-8 without NUL or controls.
      const text =
        c.type === 'tEXt'
          ? bytes.toString('latin1')
          : new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      expect([...bytes].some((b) => b < 0x20 || b === 0x7f)).toBe(false);
      // eslint-disable-next-line no-control-regex
      expect(text).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\ufffe\uffff\ufdd0\ufffd]/u);
      expect(text).not.toMatch(/\u{1fffe}/u);
    }
    const title = list[1]!.data.subarray(10).toString('utf8');
    // Controls went, each break became a space, and the override is closed before the end.
    expect(title.replace(/[x ]/g, '')).toBe('زيارة\u202eرسمية\u202c');
    expect(title).toContain('x x'); // a break became a space, not nothing
    expect(list[2]!.data.toString('latin1').replace(/[x ]/g, '')).toBe('Source\0AlBayan');
  });

  it.each([
    ['a line break', 'a\r\nb', 'a b'],
    ['a bidi paragraph break', 'a\u2029\u202eb', 'a \u202eb\u202c'],
    ['a stray PDI', 'a\u2069b', 'ab'],
    ['plain text', 'وفد الإمارات', 'وفد الإمارات'],
  ])('pngText: %s', (_, input, out) => {
    expect(pngText(input)).toBe(out);
  });

  it('refuses a keyword PNG does not allow (keywords are ours, never data)', () => {
    expect(() => withText(tinyPng(), { 'Ti\ntle': 'x' })).toThrow(/keyword/);
    expect(() => withText(tinyPng(), { '': 'x' })).toThrow(/keyword/);
  });
});
