/**
 * The tree checks of `checkSemantics`: a parent chain of the organizations or of the places
 * that loops back on itself, and a tree deeper than the chart draws. Both iterative.
 */
import { makeError, preview, type ValidationError } from './errors';
import { LIMITS } from './limits';

/** The collections that form trees through `parent`. */
export type TreeCollection = 'organizations' | 'places';

/**
 * Reports each parent chain that loops back on itself, once per cycle, iteratively. True when
 * it found one.
 */
export function findCycles(
  name: TreeCollection,
  items: readonly { id: string; parent?: string }[],
  push: (e: ValidationError) => void,
): boolean {
  let found = false;
  const parentOf = new Map(items.map((o) => [o.id, o.parent]));
  const position = new Map(items.map((o, i) => [o.id, i]));
  const state = new Map<string, 'visiting' | 'done'>();
  for (const item of items) {
    const chain: string[] = [];
    let id: string | undefined = item.id;
    while (id !== undefined && parentOf.has(id) && !state.has(id)) {
      state.set(id, 'visiting');
      chain.push(id);
      id = parentOf.get(id);
    }
    if (id !== undefined && state.get(id) === 'visiting') {
      found = true;
      const loop = chain.slice(chain.indexOf(id));
      // Name a short loop in full; a long one by its first links and its length.
      const shown = loop.length <= 4 ? [...loop, id] : [...loop.slice(0, 3), '…'];
      const links = shown.map((x) => (x === '…' ? x : preview(x))).join(' → ');
      push(
        makeError(
          `${name}[${position.get(id)}].parent`,
          'cycle',
          'expected a tree (no parent chain may loop back)',
          loop.length <= 4 ? `the loop ${links}` : `a loop of ${loop.length}: ${links}`,
        ),
      );
    }
    for (const c of chain) state.set(c, 'done');
  }
  return found;
}

/**
 * Refuses a tree deeper than `LIMITS.treeDepth` levels (a root is level 1), once per
 * collection, naming its deepest item. Run on trees without cycles; iterative, each item's
 * depth computed once.
 */
export function findTooDeep(
  name: TreeCollection,
  items: readonly { id: string; parent?: string }[],
  push: (e: ValidationError) => void,
) {
  const byId = new Map(items.map((o, i) => [o.id, { item: o, i }]));
  const depth = new Map<string, number>();
  let deepest = -1;
  let deepestDepth = 0;
  items.forEach((item, i) => {
    const chain: string[] = [];
    let id: string | undefined = item.id;
    // Up to the first item whose depth is known, or a root (a dangling parent counts as none).
    while (id !== undefined && !depth.has(id) && byId.has(id)) {
      chain.push(id);
      id = byId.get(id)?.item.parent;
    }
    let d = id === undefined ? 0 : (depth.get(id) ?? 0);
    for (let k = chain.length - 1; k >= 0; k--) depth.set(chain[k] ?? '', ++d);
    const own = depth.get(item.id) ?? 0;
    if (own > deepestDepth) [deepest, deepestDepth] = [i, own];
  });
  if (deepestDepth <= LIMITS.treeDepth) return;
  const top: string[] = [];
  let id: string | undefined = items[deepest]?.id;
  let rootId = id;
  while (id !== undefined && byId.has(id)) {
    if (top.length < 3) top.push(preview(id));
    rootId = id;
    id = byId.get(id)?.item.parent;
  }
  push(
    makeError(
      `${name}[${deepest}].parent`,
      'too-deep',
      `expected a tree at most ${LIMITS.treeDepth} levels deep`,
      `${deepestDepth} levels: ${top.join(' → ')} → … → ${preview(rootId)}`,
    ),
  );
}
