/**
 * Errors in the order of the file: each error's path is followed through the parsed JSON value,
 * and at each step the key's place among its object's keys (JSON.parse keeps the file's order of
 * keys that are not array indices; no key of a visit is one) or the item's index is compared. An
 * error about a missing field sorts at the start of the object that lacks it.
 */
import { parsePath, type ValidationError } from './errors';

/** Each object's keys by place, built once per object (a hostile text may have a million). */
const places = new WeakMap<object, Map<string, number>>();
function placeOf(node: object, key: string): number {
  let map = places.get(node);
  if (!map) {
    map = new Map(Object.keys(node).map((k, i) => [k, i]));
    places.set(node, map);
  }
  return map.get(key) ?? -1;
}

function rank(json: unknown, path: string): number[] {
  const out: number[] = [];
  let node = json;
  for (const key of parsePath(path)) {
    if (Array.isArray(node) && typeof key === 'number') {
      out.push(key);
      node = node[key] as unknown;
    } else if (typeof node === 'object' && node !== null && typeof key === 'string') {
      const i = placeOf(node, key);
      if (i < 0) return [...out, -1];
      out.push(i);
      // An own "__proto__" key is data, not the prototype.
      node = Object.getOwnPropertyDescriptor(node, key)?.value as unknown;
    } else return out;
  }
  return out;
}

function compare(a: number[], b: number[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    if (a[i] !== b[i]) return a[i]! - b[i]!;
  }
  return a.length - b.length;
}

/** `errors` sorted by where their paths lead in `json`; errors at one place keep their order. */
export function inFileOrder(json: unknown, errors: ValidationError[]): ValidationError[] {
  const ranked = errors.map((e, i) => ({ e, i, r: rank(json, e.path) }));
  ranked.sort((x, y) => compare(x.r, y.r) || x.i - y.i);
  return ranked.map((x) => x.e);
}
