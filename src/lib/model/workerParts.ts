/**
 * The worker's answer in parts. A visit at the limits, sent in one message, took the page one
 * task of 0.3–0.5 s to receive (structured-clone reading 70,000 records). Its long lists go
 * first, in slices of `SLICE` records, each a message (a task) of its own; then the rest of the
 * answer, with those lists empty. The page puts the slices back in order.
 */
import type { Visit } from './schema';

/** The lists of a visit sent in slices. */
export const SLICED = ['meetings', 'events', 'people', 'organizations', 'sources'] as const;
type SlicedKey = (typeof SLICED)[number];
/** Records per message: a few milliseconds each to receive. */
export const SLICE = 2_000;

export interface Slice {
  slice: SlicedKey;
  items: unknown[];
}

export const isSlice = (m: unknown): m is Slice =>
  typeof m === 'object' && m !== null && 'slice' in m && Array.isArray((m as Slice).items);

/** The messages for `result`: the slices of its visit's lists, then the result without them. */
export function toParts<R extends { ok: boolean; visit?: Visit }>(result: R): (Slice | R)[] {
  const visit = result.ok ? result.visit : undefined;
  if (!visit) return [result];
  const rest: Record<string, unknown> = { ...visit };
  const out: (Slice | R)[] = [];
  for (const key of SLICED) {
    const list = (visit as Partial<Record<SlicedKey, unknown[]>>)[key];
    if (!Array.isArray(list) || list.length <= SLICE) continue;
    for (let i = 0; i < list.length; i += SLICE)
      out.push({ slice: key, items: list.slice(i, i + SLICE) });
    rest[key] = [];
  }
  out.push({ ...result, visit: rest as unknown as Visit });
  return out;
}

/** Collects the slices; `finish` puts them back into the final result's visit. */
export function partsCollector() {
  const lists = new Map<SlicedKey, unknown[][]>();
  return {
    add(s: Slice) {
      const l = lists.get(s.slice);
      if (l) l.push(s.items);
      else lists.set(s.slice, [s.items]);
    },
    finish<R extends { ok: boolean; visit?: Visit }>(result: R): R {
      if (!result.ok || !result.visit || lists.size === 0) return result;
      const visit = result.visit as unknown as Record<string, unknown>;
      for (const [key, parts] of lists) visit[key] = parts.flat();
      return result;
    },
  };
}
