// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { FSI, isolate, isolateControls, PDI } from './locale';

/**
 * The bidi isolation state after `text`, as the Unicode Bidirectional Algorithm keeps it (rules
 * X1–X8, simplified): a stack of open isolates (`i`) and embeddings or overrides (`e`).
 */
function openAfter(text: string): string {
  const stack: string[] = [];
  for (const ch of text) {
    const c = ch.charCodeAt(0);
    if (c >= 0x2066 && c <= 0x2068) stack.push('i');
    else if (c === 0x2069) {
      const at = stack.lastIndexOf('i');
      if (at >= 0) stack.length = at;
    } else if (c === 0x202a || c === 0x202b || c === 0x202d || c === 0x202e) stack.push('e');
    else if (c === 0x202c && stack.at(-1) === 'e') stack.pop();
  }
  return stack.join('');
}

describe('isolate', () => {
  it('wraps plain text in FSI…PDI', () => {
    expect(isolate('كوه جيان')).toBe(`${FSI}كوه جيان${PDI}`);
  });

  it.each([
    ['an override', '\u202Eabc'],
    ['an override and an unclosed isolate', '\u202Eabc\u2066 def'],
    ['a stray PDI before an override', '\u2069\u202Eevil'],
    ['many of each', '\u2067\u2067\u202E\u2069\u2069\u2069\u2069\u202B\u2068x'],
  ])('leaves nothing open after %s', (_, s) => {
    expect(openAfter(`before ${isolate(s)} after`)).toBe('');
    // …while what was inside stays inside: the override still applies to its own text.
    const inner = isolate(s).slice(1, -1);
    expect(inner.replace(/[\u2066-\u2069]/g, '')).toBe(s.replace(/[\u2066-\u2069]/g, ''));
  });
});

describe('isolateControls', () => {
  it('leaves a plain title alone and isolates one with bidi controls', () => {
    expect(isolateControls('زيارة وفد')).toBe('زيارة وفد');
    expect(isolateControls('\u202Eevil')).toBe(`${FSI}\u202Eevil${PDI}`);
  });
});
