/**
 * The languages a visit's texts are written in, for a file that does not list its `languages`:
 * Arabic, English, then the others in the order they first appear.
 */
import type { Visit } from './schema';

const LANG = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

/** Every language key of every multilingual text in `visit`, iteratively (trees are deep). */
export function textLanguages(visit: Visit): string[] {
  const found = new Set<string>();
  const stack: unknown[] = [visit];
  while (stack.length) {
    const value = stack.pop();
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push(value[i]);
    } else if (typeof value === 'object' && value !== null) {
      const entries = Object.entries(value);
      // A text is an object of strings under language codes.
      const text =
        entries.length > 0 && entries.every(([k, v]) => typeof v === 'string' && LANG.test(k));
      if (text) for (const [k] of entries) found.add(k);
      else for (let i = entries.length - 1; i >= 0; i--) stack.push(entries[i]![1]);
    }
  }
  const first = ['ar', 'en'].filter((l) => found.has(l));
  return [...first, ...[...found].filter((l) => l !== 'ar' && l !== 'en')];
}
