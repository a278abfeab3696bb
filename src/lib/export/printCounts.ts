/**
 * What an exported timeline says where the screen has "+N" bubbles: a count in words that reads
 * on paper ("3 more meetings", "٣ اجتماعات أخرى"), with nothing to press. Counts that would
 * overlap are merged into one, so that every count is drawn whole and apart.
 */
import { localizeDigits, type Digits, type Lang } from '../i18n/locale';
import { ui } from '../i18n/strings';
import { pluralForm } from '../i18n/orgWords';
import type { FontSpec, Measure } from '../text/measure';

export type CountKind = 'meeting' | 'event' | 'undated';

/** The count's font, as the bubbles' count. */
export const COUNT_FONT: FontSpec = { size: 11.5, weight: 600 };

/** "3 more meetings" / "٣ اجتماعات أخرى", plural-aware, in the reader's digits. */
export function countWords(n: number, kind: CountKind, lang: Lang, digits: Digits): string {
  let text: string;
  if (kind === 'undated') text = ui('exportMoreUndated', lang);
  else {
    const form = pluralForm(n, lang);
    const f = form === 'zero' ? 'other' : form;
    text = ui(`${kind === 'meeting' ? 'exportMoreMeetings' : 'exportMoreEvents'}_${f}`, lang);
  }
  return localizeDigits(text.replace('{n}', String(n)), digits);
}

export interface CountInput {
  kind: CountKind;
  n: number;
  /** Centre wanted, screen x, and the row's y (text baseline). */
  x: number;
  y: number;
}

export interface PlacedCount extends CountInput {
  key: string;
  text: string;
  /** Width drawn, px. */
  w: number;
}

const GAP = 10;

/**
 * The counts as drawn: worded, measured, merged with a neighbour in the same row when they
 * would come closer than 10 px, and kept inside [inset, width − inset].
 */
export function placeCounts(
  inputs: readonly CountInput[],
  o: { lang: Lang; digits: Digits; measure: Measure; width: number; inset?: number },
): PlacedCount[] {
  const inset = o.inset ?? 4;
  const make = (c: CountInput): PlacedCount => {
    const text = countWords(c.n, c.kind, o.lang, o.digits);
    const w = o.measure(text, COUNT_FONT);
    const half = w / 2;
    const x = Math.min(Math.max(c.x, inset + half), Math.max(inset + half, o.width - inset - half));
    return { ...c, x, text, w, key: `${c.kind}:${c.y}:${Math.round(c.x)}` };
  };
  const rows = new Map<number, PlacedCount[]>();
  for (const c of inputs) {
    const row = rows.get(c.y) ?? [];
    row.push(make(c));
    rows.set(c.y, row);
  }
  const out: PlacedCount[] = [];
  for (const row of rows.values()) {
    row.sort((a, b) => a.x - b.x);
    const placed: PlacedCount[] = [];
    for (const c of row) {
      let cur = c;
      let prev = placed[placed.length - 1];
      while (prev && prev.x + prev.w / 2 + GAP > cur.x - cur.w / 2) {
        placed.pop();
        const n = prev.n + cur.n;
        cur = make({ kind: cur.kind, n, y: cur.y, x: (prev.x * prev.n + cur.x * cur.n) / n });
        prev = placed[placed.length - 1];
      }
      placed.push(cur);
    }
    out.push(...placed);
  }
  return out;
}
