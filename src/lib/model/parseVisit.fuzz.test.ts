// @vitest-environment node
/**
 * Property tests: whatever it is given, `parseVisit` returns (never throws), and what it returns
 * is well formed — a visit, or 1 to MAX_ERRORS errors, each with a path and a one-line message.
 * About 300 runs per property; the whole file takes a few seconds.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_ERRORS, parseVisit, parseVisitText, type ParseResult } from './parseVisit';

const minimalText = readFileSync(
  new URL('../../../tests/fixtures/valid/minimal.json', import.meta.url),
  'utf8',
);
const RUNS = 300;

/** The invariants every result must satisfy. */
function checkWellFormed(result: ParseResult): void {
  if (result.ok) {
    expect(typeof result.visit).toBe('object');
    return;
  }
  expect(result.errors.length).toBeGreaterThan(0);
  expect(result.errors.length).toBeLessThanOrEqual(MAX_ERRORS);
  for (const e of result.errors) {
    expect(typeof e.path).toBe('string');
    expect(e.path.length).toBeGreaterThan(0);
    expect(e.path.length).toBeLessThan(400);
    expect(e.expected).toMatch(/^expected /);
    expect(e.found.length).toBeGreaterThan(0);
    expect(e.found.length).toBeLessThanOrEqual(200);
    expect(e.message).toBe(`${e.path}: ${e.expected}, found ${e.found}`);
    expect(e.message).not.toMatch(/[\n\r\u2028\u2029]/);
  }
}

/** Runs `check` on every generated value: never throwing (a hang hits the test's timeout). */
function holds<T>(arb: fc.Arbitrary<T>, check: (value: T) => void): void {
  fc.assert(fc.property(arb, check), { numRuns: RUNS });
}

type Key = string | number;
/** Every path in a parsed JSON document, the root excluded. */
function pathsOf(value: unknown, prefix: Key[] = []): Key[][] {
  const out: Key[][] = prefix.length ? [prefix] : [];
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...pathsOf(v, [...prefix, i])));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) out.push(...pathsOf(v, [...prefix, k]));
  }
  return out;
}
const paths = pathsOf(JSON.parse(minimalText));

const isObject = (x: unknown) => typeof x === 'object' && x !== null && !Array.isArray(x);
function valueAt(path: readonly Key[]): unknown {
  let node = JSON.parse(minimalText) as unknown;
  for (const k of path) node = (node as Record<Key, unknown>)[k];
  return node;
}

/** minimal.json with the value at `path` replaced, or (`remove`) deleted. */
function mutate(path: readonly Key[], change: { set: unknown } | 'remove'): unknown {
  const doc = JSON.parse(minimalText) as unknown;
  let node = doc as Record<Key, unknown>;
  for (const k of path.slice(0, -1)) node = node[k] as Record<Key, unknown>;
  const last = path[path.length - 1] as Key;
  if (change !== 'remove') node[last] = change.set;
  else if (Array.isArray(node)) node.splice(last as number, 1);
  else delete node[last];
  return doc;
}

/** Values of every kind JavaScript has, not only JSON's. */
const anything = fc.anything({
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withObjectString: true,
  withSparseArray: true,
  withTypedArray: true,
});

describe('parseVisit never throws and returns well-formed results', () => {
  it('on anything at the root', () => {
    holds(anything, (value) => checkWellFormed(parseVisit(value)));
  });

  it('on any JSON value at the root, parsed or as text', () => {
    holds(fc.jsonValue(), (value) => {
      checkWellFormed(parseVisit(value));
      checkWellFormed(parseVisitText(JSON.stringify(value) ?? ''));
    });
  });

  it('on any text', () => {
    holds(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
      checkWellFormed(parseVisitText(text));
    });
  });

  it('on minimal.json with one value replaced by any JSON value', () => {
    holds(fc.tuple(fc.constantFrom(...paths), fc.jsonValue()), ([path, value]) => {
      checkWellFormed(parseVisit(mutate(path, { set: value })));
    });
  });

  it('on minimal.json with one value replaced by anything', () => {
    holds(fc.tuple(fc.constantFrom(...paths), anything), ([path, value]) => {
      checkWellFormed(parseVisit(mutate(path, { set: value })));
    });
  });

  it('on minimal.json with one key or item deleted', () => {
    holds(fc.constantFrom(...paths), (path) => {
      checkWellFormed(parseVisit(mutate(path, 'remove')));
    });
  });

  it('on minimal.json with a key added to any object', () => {
    const objects = [[], ...paths].filter((p) => isObject(valueAt(p)));
    holds(
      fc.tuple(fc.constantFrom(...objects), fc.string({ maxLength: 12 }), fc.jsonValue()),
      ([path, key, value]) => {
        checkWellFormed(parseVisit(mutate([...path, key], { set: value })));
      },
    );
  });
});
