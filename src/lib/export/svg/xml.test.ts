// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  attr,
  balanceBidi,
  escapeAttr,
  escapeText,
  fmt,
  isolateData,
  oneLine,
  stripInvalidXml,
} from './xml';

const FSI = '\u2068';
const PDI = '\u2069';

describe('escaping', () => {
  it.each([
    ['<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    [']]>', ']]&gt;'],
    ['a & b', 'a &amp; b'],
    ['"quoted" \'single\'', '"quoted" \'single\''],
    ['عهود\u202eالرومي', 'عهود\u202eالرومي'],
  ])('text %j', (input, out) => {
    expect(escapeText(input)).toBe(out);
  });

  it('escapes quotes and whitespace in attributes so values survive parsing unchanged', () => {
    expect(escapeAttr(`a"b'c\n\td<&>`)).toBe('a&quot;b&apos;c&#10;&#9;d&lt;&amp;&gt;');
    expect(attr('aria-label', 'x" onload="y')).toBe(' aria-label="x&quot; onload=&quot;y"');
  });

  it('drops characters XML 1.0 forbids (controls, lone surrogates) but keeps emoji', () => {
    expect(stripInvalidXml('a\u0000b\u0008c\u000bd\ufffe\ud800e😀')).toBe('abcde😀');
  });

  it('drops DEL, the C1 controls and noncharacters too (discouraged in XML 1.0)', () => {
    expect(stripInvalidXml('a\u007fb\u0080c\u0085d\u009fe\ufdd0f\u{1fffe}g\u{10ffff}h')).toBe(
      'abcdefgh',
    );
    expect(escapeText('\u0090<')).toBe('&lt;');
  });

  it.each([
    ['a line break', 'a\r\nb', 'a b'],
    ['tabs and bidi segment separators', 'a\t\u001fb\u000bc', 'a b c'],
    ['bidi paragraph separators', 'a\u2029b\u0085c\u001cd\u001de\u001ef\u2028g', 'a b c d e f g'],
    ['other controls', 'a\u0000b\u0007c\u009bd', 'abcd'],
  ])('oneLine: %s', (_, input, out) => {
    expect(oneLine(input)).toBe(out);
  });

  it('balanceBidi closes what is open and drops stray closers, without wrapping', () => {
    expect(balanceBidi('a\u202eb\u2069\u202c')).toBe('a\u202eb\u202c');
    expect(balanceBidi('plain')).toBe('plain');
  });

  it.each([
    [1.234, '1.23'],
    [-0.001, '0'],
    [1.5e-7, '0'],
    [NaN, '0'],
  ])('fmt(%s)', (n, s) => {
    expect(fmt(n)).toBe(s);
  });
});

describe('isolateData', () => {
  it.each([
    ['plain', 'البيان', `${FSI}البيان${PDI}`],
    ['closes an open override', 'a\u202eb', `${FSI}a\u202eb\u202c${PDI}`],
    ['drops a stray PDI that would end the isolate early', `a${PDI}b`, `${FSI}ab${PDI}`],
    ['drops a stray PDF', 'a\u202cb', `${FSI}ab${PDI}`],
    ['keeps balanced isolates', `a${FSI}b${PDI}c`, `${FSI}a${FSI}b${PDI}c${PDI}`],
    [
      'a PDI closes embeddings opened inside its isolate',
      `\u2067a\u202eb${PDI}c`,
      `${FSI}\u2067a\u202eb${PDI}c${PDI}`,
    ],
    ['closes nested openings in order', '\u2066a\u202bb', `${FSI}\u2066a\u202bb\u202c${PDI}${PDI}`],
  ])('%s', (_, input, out) => {
    expect(isolateData(input)).toBe(out);
  });
});
