// @vitest-environment node
/**
 * The generated JSON Schemas (`data/visit.schema.json` for format version 2 and
 * `data/visit.v1.schema.json` for version 1, for editors and other tools; each file is judged by
 * its version's, as the gate does) and the
 * runtime gate (`parseVisit`) must agree: on every fixture, on the inputs where valibot alone used
 * to differ from JSON Schema, and on random mutations of a valid visit. The only allowed
 * difference is the semantic checks JSON Schema cannot express, which the gate alone makes.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildVisitJsonSchema } from '../../../scripts/schema';
import { parseVisit, parseVisitText, type ErrorKind, type ParseResult } from './parseVisit';
import { versionOf } from './version';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const read = (path: string) => readFileSync(ROOT + path, 'utf8');
const SCHEMA_FILE = 'data/visit.schema.json';
const minimalText = read('tests/fixtures/valid/minimal.json');
const minimalV2Text = read('tests/fixtures/valid/minimal-v2.json');

const jsonSchema = JSON.parse(read(SCHEMA_FILE)) as Record<string, unknown>;
const jsonSchemaV1 = JSON.parse(read('data/visit.v1.schema.json')) as Record<string, unknown>;
const ajv = new Ajv2020({ allErrors: true, strict: false });
const acceptsV2 = ajv.compile(jsonSchema);
const acceptsV1 = ajv.compile(jsonSchemaV1);
/** The JSON Schema of the file's version (as the gate picks it) accepts it. */
const schemaAccepts = Object.assign(
  (json: unknown) => (versionOf(json) === 1 ? acceptsV1 : acceptsV2)(json),
  {
    get errors() {
      return [acceptsV1.errors, acceptsV2.errors];
    },
  },
);

/** Kinds of error only the gate can find: JSON Schema has no way to say them. */
const SEMANTIC_KINDS: ReadonlySet<ErrorKind> = new Set([
  'duplicate-id',
  'dangling-ref',
  'side-mismatch',
  'cycle',
  'invalid-date',
  'inverted-range',
  'invalid-url',
  'control-char',
  'too-deep',
  'missing-country',
  'wrong-country',
  'unnamed-person',
]);

type Verdict = 'valid' | 'shape' | 'semantic';
/** The gate's verdict: valid, refused for its shape, or refused only for semantic reasons. */
function gateVerdict(result: ParseResult): Verdict {
  if (result.ok) return 'valid';
  return result.errors.every((e) => SEMANTIC_KINDS.has(e.kind)) ? 'semantic' : 'shape';
}
/** What the gate's verdict must be, given the JSON Schema's. */
function agree(json: unknown): { schema: boolean; gate: Verdict } {
  return { schema: schemaAccepts(json), gate: gateVerdict(parseVisit(json)) };
}

/** The classification table in tests/fixtures/invalid/README.md. */
function readmeRows() {
  const rows: { file: string; cls: string; kind: ErrorKind }[] = [];
  for (const line of read('tests/fixtures/invalid/README.md').split('\n')) {
    const m = /^\| `([^`]+\.json)` +\| (\w+) +\| `[^`]+` +\| `([^`]+)` +\|/.exec(line);
    if (m) rows.push({ file: m[1]!, cls: m[2]!, kind: m[3] as ErrorKind });
  }
  return rows;
}
const rows = readmeRows();

describe('data/visit.schema.json', () => {
  it('is a valid JSON Schema (draft 2020-12) with an $id, title and description', () => {
    expect(ajv.validateSchema(jsonSchema)).toBe(true);
    expect(jsonSchema).toMatchObject({
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      $id: expect.any(String),
      title: expect.any(String),
      description: expect.any(String),
      additionalProperties: false,
    });
  });

  it('is up to date with src/lib/model/schema.ts (else run `npx tsx scripts/schema.ts`)', () => {
    expect(jsonSchema).toEqual(buildVisitJsonSchema(2));
  });

  it('data/visit.v1.schema.json is valid and up to date with src/lib/model/schemaV1.ts', () => {
    expect(ajv.validateSchema(jsonSchemaV1)).toBe(true);
    expect(jsonSchemaV1).toEqual(buildVisitJsonSchema(1));
    const defs = jsonSchemaV1.$defs as Record<string, Record<string, unknown>>;
    expect(defs.Side).toMatchObject({ enum: ['guest', 'host'] });
  });

  it('keeps patterns, enums, required fields, closed objects and limits', () => {
    const defs = jsonSchema.$defs as Record<string, Record<string, unknown>>;
    expect(defs.Id).toMatchObject({ type: 'string', maxLength: 64, pattern: expect.any(String) });
    expect(defs.Side).toMatchObject({ enum: ['guest', 'host', 'other'] });
    expect(defs.ShortText).toMatchObject({
      minProperties: 1,
      propertyNames: { pattern: expect.any(String) },
    });
    expect(defs.Meeting).toMatchObject({
      additionalProperties: false,
      required: expect.arrayContaining(['id', 'title', 'date', 'participants', 'sources']),
    });
    const props = jsonSchema.properties as Record<string, Record<string, unknown>>;
    expect(props.meetings).toMatchObject({ maxItems: 20000 });
  });
});

describe('fixtures: the JSON Schema and the gate agree', () => {
  it('classifies every fixture as syntax, shape or semantic, matching its kind', () => {
    expect(rows.length).toBeGreaterThanOrEqual(20);
    for (const { file, cls, kind } of rows) {
      const expected = kind === 'json' ? 'syntax' : SEMANTIC_KINDS.has(kind) ? 'semantic' : 'shape';
      expect(`${file}: ${cls}`).toBe(`${file}: ${expected}`);
    }
  });

  const valid = [
    ...readdirSync(`${ROOT}tests/fixtures/valid`)
      .filter((f) => f.endsWith('.json'))
      .map((f) => `tests/fixtures/valid/${f}`),
    ...(existsSync(`${ROOT}data/visits`)
      ? readdirSync(`${ROOT}data/visits`)
          .filter((f) => f.endsWith('.json'))
          .map((f) => `data/visits/${f}`)
      : []),
  ];
  it.each(valid)('%s: both accept', (path) => {
    const text = read(path);
    expect(schemaAccepts(JSON.parse(text)), JSON.stringify(schemaAccepts.errors)).toBe(true);
    expect(parseVisitText(text).ok).toBe(true);
  });

  it.each(rows)('$file ($cls)', ({ file, cls }) => {
    const text = read(`tests/fixtures/invalid/${file}`);
    if (cls === 'syntax') {
      expect(() => JSON.parse(text) as unknown).toThrow(SyntaxError);
      expect(gateVerdict(parseVisitText(text))).toBe('shape');
      return;
    }
    const json = JSON.parse(text) as unknown;
    if (cls === 'shape') expect(agree(json)).toEqual({ schema: false, gate: 'shape' });
    else expect(agree(json)).toEqual({ schema: true, gate: 'semantic' });
  });
});

/** Every path in a parsed JSON document, as key lists. */
function pathsOf(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  const out = [prefix];
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...pathsOf(v, [...prefix, i])));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) out.push(...pathsOf(v, [...prefix, k]));
  }
  return out;
}

/** minimal.json (or `base`) with the value at one path replaced, or (value `undefined`) removed. */
function mutated(path: readonly (string | number)[], value: unknown, base = minimalText): unknown {
  const doc = JSON.parse(base) as unknown;
  let node = doc as Record<string | number, unknown>;
  for (const k of path.slice(0, -1)) node = node[k] as Record<string | number, unknown>;
  const last = path[path.length - 1] as string | number;
  if (value === undefined) {
    if (Array.isArray(node)) node.splice(last as number, 1);
    else delete node[last];
  } else node[last] = value;
  return doc;
}

describe('inputs where valibot alone differs from JSON Schema: both refuse', () => {
  const values: [string, (string | number)[], unknown][] = [
    // name, path in minimal.json, new value
    ['an empty array for an all-optional object', ['meetings', 0, 'location'], []],
    ['an array for an object', ['guest'], []],
    ['an array for a date', ['meetings', 3, 'date'], []],
    ['an array for a text', ['topics', 0, 'label'], ['Trade']],
    ['a "constructor" language', ['topics', 0, 'label', 'constructor'], 'x'],
    ['a "prototype" language', ['topics', 0, 'label', 'prototype'], 'x'],
  ];
  it.each(values)('%s', (_name, path, value) => {
    expect(agree(mutated(path, value))).toEqual({ schema: false, gate: 'shape' });
  });

  const texts: [string, string, string][] = [
    // name, text in minimal.json, replacement
    ['a "__proto__" language', '"en": "Trade"', '"en": "Trade", "__proto__": "x"'],
    ['1e999 (Infinity) for a number', '"value": 3', '"value": 1e999'],
    ['1e999 (Infinity) for an order', '"order": 5', '"order": 1e999'],
  ];
  it.each(texts)('%s', (_name, search, replacement) => {
    const text = minimalText.replace(search, replacement);
    expect(text).not.toBe(minimalText);
    expect(agree(JSON.parse(text))).toEqual({ schema: false, gate: 'shape' });
  });
});

describe.each([
  ['minimal.json (version 1)', minimalText],
  ['minimal-v2.json', minimalV2Text],
])('random mutations of %s: the JSON Schema and the gate agree', (_name, base) => {
  const paths = pathsOf(JSON.parse(base)).filter((p) => p.length > 0);
  const mutation = fc.tuple(
    fc.constantFrom(...paths),
    fc.oneof(
      { weight: 4, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
      { weight: 1, arbitrary: fc.constant(undefined) },
      // Plausible values: ids of the file, dates, and strings the formats care about.
      {
        weight: 3,
        arbitrary: fc.constantFrom(
          'guest-minister',
          'host-minister',
          'guest-gov',
          'trade',
          'src-primary',
          'm-time',
          '2022-02-30',
          '2022-13',
          '2021-05-10',
          '2022-05',
          'Asia/Atlantis',
          'decade',
          'host',
          'other',
          'between',
          'KR',
          'JP',
          'FR',
          'kr-ministry',
          'un-forum',
          'international-body',
          2,
          [],
          {},
          [{}],
          { en: 'x' },
          '',
          'x'.repeat(301),
          -1,
          1.5,
        ),
      },
    ),
  );
  it('schema accepts ⇔ the gate finds no shape error (300 runs)', () => {
    fc.assert(
      fc.property(mutation, ([path, value]) => {
        const json = mutated(path, value, base);
        const { schema, gate } = agree(json);
        if (schema) expect(gate).not.toBe('shape');
        else expect(gate).toBe('shape');
      }),
      { numRuns: 300 },
    );
  });
});

describe('known difference', () => {
  it('counts string length in UTF-16 units (gate) versus code points (JSON Schema)', () => {
    // 200 emoji are 200 characters to JSON Schema but 400 UTF-16 units to valibot: within the
    // 300-character limit for the schema, over it for the gate. Real text is rarely affected.
    const json = JSON.parse(minimalText) as { title: Record<string, string> };
    json.title.en = '🎉'.repeat(200);
    expect(agree(json)).toEqual({ schema: true, gate: 'shape' });
  });
});
