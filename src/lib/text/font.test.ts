import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applyFontToken, FONT_STACK, inStack } from './font';

describe('the font token', () => {
  it('is what the stylesheet sets its text in, with no second copy of the stack there', () => {
    applyFontToken(document.documentElement);
    expect(document.documentElement.style.getPropertyValue('--font')).toBe(FONT_STACK);
    const css = readFileSync('src/app.css', 'utf8');
    expect(css).toMatch(/font-family:\s*var\(--font\)/);
    expect(css).not.toMatch(/IBM Plex|Noto Sans|Segoe/);
  });

  it('tells the stack’s faces from others, quoted or not', () => {
    expect(inStack('"IBM Plex Sans KR"')).toBe(true);
    expect(inStack('IBM Plex Sans Arabic')).toBe(true);
    expect(inStack('Comic Sans MS')).toBe(false);
  });
});
