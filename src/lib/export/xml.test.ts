import { describe, expect, it } from 'vitest';
import { attr, escapeAttr, escapeText, fmt, isolateData, stripInvalidXml } from './xml';

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
