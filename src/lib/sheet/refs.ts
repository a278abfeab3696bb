/**
 * References by name or by id, whichever the author wrote. An id names its record exactly; a
 * name matches in any language, folded as the search folds it (Arabic letter variants,
 * diacritics, case), so "وزارة الداخليه" finds "وزارة الداخلية" only as a suggestion, never
 * silently. A name two records share is ambiguous: the author is asked for the id.
 */
import { normalizeForSearch } from '../search/arabicSearch';
import { nearest } from '../model/suggest';

export interface Named {
  id: string;
  /** Every name the record is known by, in any language. */
  names: string[];
}

export type Resolution =
  | { ok: true; id: string }
  | { ok: false; why: 'missing'; suggestion?: string }
  | { ok: false; why: 'ambiguous'; ids: string[] };

const fold = (s: string) => normalizeForSearch(s).replace(/\s+/g, ' ').trim();

export class Resolver {
  readonly #ids = new Set<string>();
  readonly #byName = new Map<string, string[]>();
  readonly #words: string[] = [];

  constructor(records: readonly Named[]) {
    for (const r of records) {
      this.#ids.add(r.id);
      this.#words.push(r.id);
    }
    for (const r of records) {
      for (const n of new Set(r.names.map(fold))) {
        if (n === '') continue;
        const list = this.#byName.get(n) ?? [];
        if (!list.includes(r.id)) list.push(r.id);
        this.#byName.set(n, list);
      }
      this.#words.push(...r.names);
    }
  }

  resolve(word: string): Resolution {
    if (this.#ids.has(word)) return { ok: true, id: word };
    const ids = this.#byName.get(fold(word)) ?? [];
    if (ids.length === 1) return { ok: true, id: ids[0]! };
    if (ids.length > 1) return { ok: false, why: 'ambiguous', ids };
    const suggestion = nearest(word, this.#words);
    return suggestion === undefined
      ? { ok: false, why: 'missing' }
      : { ok: false, why: 'missing', suggestion };
  }

  /**
   * How to write a reference to `id`: the first of `names` that reads back as it (and can sit
   * in a list cell), else the id itself.
   */
  writeRef(id: string, names: readonly string[]): string {
    for (const n of names) {
      if (n !== n.trim() || /[;؛\n\r,،]/.test(n) || n === '—' || n === '') continue;
      const r = this.resolve(n);
      if (r.ok && r.id === id) return n;
    }
    return id;
  }
}
