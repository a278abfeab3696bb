/**
 * Hints for the gate's errors, from the file's parsed JSON and the format's schema: the nearest id
 * for a dangling reference, the nearest allowed value for a wrong one, the nearest field name for
 * an unknown field (and, for a field that belongs in another kind of object, where the format has
 * it). A misspelt field is one mistake, not two: "titel" beside a missing "title" becomes one error
 * (the unknown field, with its suggestion) instead of that and "required field missing".
 */
import type { ValidationError } from './errors';
import { parsePath } from './errors';
import { nearest } from './suggest';
import { schemaOf, versionOf } from './version';

interface Node {
  type: string;
  entries?: Record<string, Node>;
  item?: Node;
  value?: Node;
  wrapped?: Node;
  key?: Node | string;
  options?: (Node | string)[];
  literal?: unknown;
}
/** The schema `json` is judged by (its version's). */
const rootOf = (json: unknown) => schemaOf(versionOf(json)) as unknown as Node;

const own = (x: unknown, k: string | number): unknown =>
  typeof x === 'object' && x !== null
    ? (Object.getOwnPropertyDescriptor(x, k)?.value as unknown)
    : undefined;

const unwrap = (n: Node | undefined) => (n?.type === 'optional' ? n.wrapped : n);

/** The variant option of `node` that `value`'s discriminator picks, if any. */
function option(node: Node, value: unknown): Node | undefined {
  const key = node.key as string;
  return (node.options as Node[] | undefined)?.find(
    (o) => unwrap(o.entries?.[key])?.literal === own(value, key),
  );
}

/**
 * The schema at `keys` of `json`, walking variants by their discriminator. `{type: 'picklist'}`
 * of a variant's literals for the discriminator itself.
 */
function schemaAt(json: unknown, keys: readonly (string | number)[]): Node | undefined {
  let node: Node | undefined = rootOf(json);
  let value = json;
  for (const k of keys) {
    node = unwrap(node);
    if (!node) return undefined;
    if (node.type === 'variant') {
      const discriminator = node.key as string;
      if (k === discriminator) {
        const options = (node.options as Node[]).map((o) =>
          String(unwrap(o.entries?.[k])?.literal),
        );
        return { type: 'picklist', options };
      }
      node = option(node, value);
      if (!node) return undefined;
    }
    if (node.type === 'array') node = node.item;
    else if (node.type === 'record') node = node.value;
    else if (node.type === 'strict_object' || node.type === 'object')
      node = node.entries?.[String(k)];
    else return undefined;
    value = own(value, k);
  }
  node = unwrap(node);
  return node?.type === 'variant' ? (option(node, value) ?? node) : node;
}

/** Where each field name is a field, found once by walking the schema. */
const homesByRoot = new Map<Node, Map<string, string[]>>();
function homesOf(root: Node, field: string): string[] {
  let homes = homesByRoot.get(root);
  if (!homes) {
    const found = new Map<string, string[]>();
    const add = (k: string, where: string) => {
      const list = found.get(k) ?? [];
      if (!list.includes(where)) list.push(where);
      found.set(k, list);
    };
    const walk = (n: Node | undefined, where: string, depth: number) => {
      n = unwrap(n);
      if (!n || depth > 12) return;
      if (n.type === 'array') walk(n.item, `${where}[…]`, depth + 1);
      else if (n.type === 'variant') {
        // A date: name the precision whose object has the field.
        for (const o of n.options as Node[]) {
          const p = String(unwrap(o.entries?.[n.key as string])?.literal);
          for (const k of Object.keys(o.entries ?? {})) {
            if (k !== n.key) add(k, `date:${p}`);
          }
        }
      } else if (n.type === 'strict_object' || n.type === 'object') {
        for (const [k, s] of Object.entries(n.entries ?? {})) {
          add(k, where || '(root)');
          walk(s, where ? `${where}.${k}` : k, depth + 1);
        }
      }
    };
    walk(root, '', 0);
    homes = found;
    homesByRoot.set(root, homes);
  }
  return homes.get(field) ?? [];
}

/** The collection an "expected the id of one of the X" error refers to. */
const targetOf = (e: ValidationError) => /one of the (\w+)$/.exec(e.expected)?.[1];

const pathOf = (keys: readonly (string | number)[]) => JSON.stringify(keys);

/** `errors` with suggestions and homes, a misspelt field and its missing twin made one. */
export function addHints(json: unknown, errors: readonly ValidationError[]): ValidationError[] {
  const missing = new Map<string, ValidationError>();
  for (const e of errors) if (e.kind === 'missing') missing.set(pathOf(parsePath(e.path)), e);
  const dropped = new Set<ValidationError>();
  const out: ValidationError[] = [];
  for (const error of errors) {
    const e = { ...error };
    const keys = parsePath(e.path);
    const last = keys[keys.length - 1];
    if (e.kind === 'unknown-key' && typeof last === 'string') {
      const parent = keys.slice(0, -1);
      const node = schemaAt(json, parent);
      const names = Object.keys(node?.entries ?? {});
      const near = nearest(last, names);
      if (near !== undefined) {
        e.suggestion = near;
        const twin = missing.get(pathOf([...parent, near]));
        if (twin) dropped.add(twin);
      }
      const elsewhere = homesOf(rootOf(json), last);
      if (elsewhere.length > 0) e.belongs = elsewhere.slice(0, 4);
    } else if (e.kind === 'dangling-ref') {
      const target = targetOf(e);
      const items = target ? own(json, target) : undefined;
      const value = keys.reduce<unknown>((x, k) => own(x, k), json);
      if (Array.isArray(items) && typeof value === 'string') {
        const ids = items
          .map((x) => own(x, 'id'))
          .filter((x): x is string => typeof x === 'string');
        e.suggestion = nearest(value, ids);
      }
    } else if (e.kind === 'value') {
      const node = schemaAt(json, keys);
      const value = keys.reduce<unknown>((x, k) => own(x, k), json);
      if (node?.type === 'picklist' && typeof value === 'string') {
        e.suggestion = nearest(value, (node.options ?? []).map(String));
      }
    }
    out.push(e);
  }
  return out.filter((e, i) => !dropped.has(errors[i]!));
}
