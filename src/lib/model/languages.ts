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
  // No `Object.entries` per object: at the limits that is 70,000 records' worth of arrays.
  while (stack.length) {
    const value = stack.pop();
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push(value[i]);
    } else if (typeof value === 'object' && value !== null) {
      const record = value as Record<string, unknown>;
      // A text is an object of strings under language codes.
      let text = false;
      for (const k in record) {
        if (!Object.hasOwn(record, k)) continue;
        text = typeof record[k] === 'string' && LANG.test(k);
        if (!text) break;
      }
      const keys = Object.keys(record);
      if (text) for (const k of keys) found.add(k);
      else for (let i = keys.length - 1; i >= 0; i--) stack.push(record[keys[i]!]);
    }
  }
  const first = ['ar', 'en'].filter((l) => found.has(l));
  return [...first, ...[...found].filter((l) => l !== 'ar' && l !== 'en')];
}
