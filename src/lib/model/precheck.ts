/**
 * The checks the gate makes before valibot reads a visit: hostile shapes valibot lets through
 * or reads too slowly. Walks the input along the schema, so its depth is the schema's whatever
 * the input's nesting.
 */
import * as v from 'valibot';
import { MAX_ERRORS, formatPath, makeError, preview, type ValidationError } from './errors';
import { describeExpected } from './schemaIssues';

/** The parts of a valibot schema object that `precheck` walks. */
export interface SchemaNode {
  readonly type: string;
  readonly entries?: Readonly<Record<string, SchemaNode>>;
  readonly item?: SchemaNode;
  /** The key schema of a record; the discriminator key of a variant. */
  readonly key?: SchemaNode | string;
  readonly value?: SchemaNode;
  readonly wrapped?: SchemaNode;
  readonly options?: readonly SchemaNode[];
  readonly pipe?: readonly {
    readonly type: string;
    readonly requirement?: unknown;
    readonly message?: unknown;
  }[];
}

/** Keys that valibot's `record` silently skips instead of checking. */
const SKIPPED_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** A schema object's fields, listed once per schema (not once per record read). */
const fields = new WeakMap<SchemaNode, [string, SchemaNode][]>();
function entriesOf(schema: SchemaNode): [string, SchemaNode][] {
  let list = fields.get(schema);
  if (!list) fields.set(schema, (list = Object.entries(schema.entries ?? {})));
  return list;
}

const asSchema = (node: SchemaNode) => node as unknown as v.GenericSchema;
export const isRecordLike = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

/**
 * Checks valibot does not make, walking the input along the schema (so its depth is the
 * schema's, whatever the input's nesting):
 * - an array where an object is expected (valibot reads an array as an object with keys "0",
 *   "1", …, and accepts `[]` where every field is optional);
 * - a `__proto__`, `constructor` or `prototype` key in a text, which valibot skips unchecked;
 * - an array longer than its limit, reported before valibot reads each of its items.
 * Each error found here stands for everything valibot reports inside its path. `keys` is the
 * path so far, pushed to and popped as the walk goes (a new array per record was most of the
 * walk's cost at the limits); it is as given once the walk returns.
 */
export function precheck(
  schema: SchemaNode,
  value: unknown,
  keys: (string | number)[],
  out: ValidationError[],
): void {
  if (out.length >= MAX_ERRORS) return;
  switch (schema.type) {
    case 'optional':
      if (value !== undefined && schema.wrapped) precheck(schema.wrapped, value, keys, out);
      return;
    case 'array': {
      if (!Array.isArray(value) || !schema.item) return;
      const limit = schema.pipe?.find((a) => a.type === 'max_length');
      const max = limit?.requirement;
      if (typeof max === 'number' && value.length > max) {
        const expected =
          typeof limit?.message === 'string' && limit.message.startsWith('expected')
            ? limit.message
            : `expected at most ${max} items`;
        out.push(makeError(formatPath(keys), 'too-many', expected, `${value.length} items`));
        return;
      }
      for (let i = 0; i < value.length; i++) {
        keys.push(i);
        precheck(schema.item, value[i], keys, out);
        keys.pop();
      }
      return;
    }
    case 'strict_object':
    case 'object':
    case 'record':
    case 'variant':
      break;
    default:
      return;
  }
  if (Array.isArray(value)) {
    out.push(makeError(formatPath(keys), 'type', 'expected an object', preview(value)));
    return;
  }
  if (!isRecordLike(value)) return;
  if (schema.type === 'variant') {
    const key = schema.key as string;
    const option = schema.options?.find((o) => {
      const d = o.entries?.[key];
      return d !== undefined && v.is(asSchema(d), value[key]);
    });
    if (option) precheck(option, value, keys, out);
  } else if (schema.type === 'record') {
    for (const k of Object.keys(value)) {
      if (SKIPPED_KEYS.has(k) && typeof schema.key === 'object') {
        const r = v.safeParse(asSchema(schema.key), k);
        const expected = r.success ? 'expected no such field' : describeExpected(r.issues[0]);
        out.push(makeError(formatPath([...keys, k]), 'format', expected, preview(k)));
      }
      if (schema.value) {
        keys.push(k);
        precheck(schema.value, value[k], keys, out);
        keys.pop();
      }
    }
  } else {
    for (const [k, s] of entriesOf(schema)) {
      if (!Object.hasOwn(value, k)) continue;
      keys.push(k);
      precheck(s, value[k], keys, out);
      keys.pop();
    }
  }
}
