import { describe, expect, it } from 'vitest';
import { suffixIds } from './snapshotIds';

describe('suffixIds', () => {
  it('renames the ids of a copy and every reference to them, and nothing else', () => {
    const root = document.createElement('div');
    root.innerHTML = `<h2 id="t">T</h2><section aria-labelledby="t other"><a href="#t">x</a>
      <a href="#elsewhere">y</a><label for="f">F</label><input id="f"><input type="radio" name="v" checked>
      <svg><defs><clipPath id="c"></clipPath></defs><rect clip-path="url(#c)" fill="url('#c')"/></svg></section>`;
    suffixIds(root, '-w360');
    expect(root.querySelector('h2')!.id).toBe('t-w360');
    expect(root.querySelector('section')!.getAttribute('aria-labelledby')).toBe('t-w360 other');
    const [a, b] = root.querySelectorAll('a');
    expect(a!.getAttribute('href')).toBe('#t-w360');
    expect(b!.getAttribute('href')).toBe('#elsewhere');
    expect(root.querySelector('label')!.htmlFor).toBe('f-w360');
    expect(root.querySelector('input')!.id).toBe('f-w360');
    expect(root.querySelector('[type="radio"]')!.getAttribute('name')).toBe('v-w360');
    const rect = root.querySelector('rect')!;
    expect(rect.getAttribute('clip-path')).toBe('url(#c-w360)');
    expect(rect.getAttribute('fill')).toBe("url('#c-w360')");
  });
});
