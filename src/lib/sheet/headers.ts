/**
 * Which sheet a tab (or CSV file) is, and which column each header names. A tab is known by its
 * English or Arabic name or both ("People · الأشخاص", "people.csv"); a header by either half of
 * "Name (ar) / الاسم (ar)". Case, Arabic letter variants and diacritics do not matter.
 */
import { normalizeForSearch } from '../search/arabicSearch';
import { nearest } from '../model/suggest';
import { cellText, type Cell } from './cells';
import type { SheetProblem } from './problems';
import { SHEETS } from './sheets';
import { DATE_PARTS, header, type ColumnSpec, type SheetSpec } from './spec';

const fold = (s: string) =>
  normalizeForSearch(s)
    .replace(/[\s_]+/g, ' ')
    .trim();

/** Tabs that explain the workbook and are not read. */
const IGNORED = new Set(['read me', 'readme', 'اقرأني', 'about', 'lists'].map(fold));

export type SheetMatch = { spec: SheetSpec } | { ignored: true } | { problem: SheetProblem };

/** The sheet a tab or file name is. */
export function matchSheet(name: string): SheetMatch {
  const base = name.replace(/\.(csv|txt)$/i, '');
  const parts = [base, ...base.split(/\s*[·•|/–—-]\s*/)].map(fold).filter(Boolean);
  for (const spec of SHEETS) {
    const names = [spec.en, spec.ar, spec.key].map(fold);
    if (parts.some((p) => names.includes(p))) return { spec };
  }
  if (parts.some((p) => IGNORED.has(p))) return { ignored: true };
  const suggestion = nearest(
    base,
    SHEETS.map((s) => s.en),
  );
  if (suggestion === undefined) return { ignored: true };
  return { problem: { sheet: base, kind: 'unknown-sheet', found: name, suggestion } };
}

/** What one column of a sheet holds. */
export interface ColumnRef {
  column: ColumnSpec;
  /** For multilingual text: its language. */
  lang?: string;
  /** For a date: which part (`date` for the date itself). */
  part?: (typeof DATE_PARTS)[number]['key'] | 'date';
  /** Its header as the workbook writes it. */
  header: string;
}

interface Label {
  column: ColumnSpec;
  part?: ColumnRef['part'];
  multilingual: boolean;
  en: string;
  ar: string;
}

function labels(spec: SheetSpec): Label[] {
  const out: Label[] = [];
  for (const column of spec.columns) {
    if (column.type === 'date') {
      out.push({ column, part: 'date', multilingual: false, en: column.en, ar: column.ar });
      for (const p of DATE_PARTS)
        out.push({ column, part: p.key, multilingual: p.key === 'note', en: p.en, ar: p.ar });
    } else out.push({ column, multilingual: column.type === 'text', en: column.en, ar: column.ar });
  }
  return out;
}

/** The header a column is written with. */
export function headerOf(ref: Omit<ColumnRef, 'header'>): string {
  const p = ref.part && ref.part !== 'date' ? DATE_PARTS.find((d) => d.key === ref.part)! : null;
  return header(p?.en ?? ref.column.en, p?.ar ?? ref.column.ar, ref.lang);
}

const LANG_OF = /^(.*?)\s*[([]\s*([A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*)\s*[)\]]\s*$/;

/** Reads a sheet's header row: one entry per column (null: a blank header, not read). */
export function readHeaders(
  spec: SheetSpec,
  row: readonly Cell[],
  problems: SheetProblem[],
): (ColumnRef | null)[] {
  const known = labels(spec);
  const seen = new Set<string>();
  return row.map((cell, i) => {
    const text = cellText(cell).trim();
    if (text === '') return null;
    let found: ColumnRef | null = null;
    for (const half of text.split('/')) {
      const m = LANG_OF.exec(half.trim());
      const [label, lang] = m ? [m[1]!, m[2]!] : [half.trim(), undefined];
      const l = known.find((k) => fold(k.en) === fold(label) || fold(k.ar) === fold(label));
      if (!l || l.multilingual !== (lang !== undefined)) continue;
      const ref = {
        column: l.column,
        ...(lang ? { lang } : {}),
        ...(l.part ? { part: l.part } : {}),
      };
      found = { ...ref, header: headerOf(ref) };
      break;
    }
    if (!found) {
      const all = known.flatMap((k) =>
        k.multilingual
          ? [header(k.en, k.ar, 'ar'), header(k.en, k.ar, 'en')]
          : [header(k.en, k.ar)],
      );
      const suggestion =
        nearest(text, all) ??
        nearest(
          text.split('/')[0]!.trim(),
          all.map((h) => h.split(' / ')[0]!),
        );
      problems.push({
        sheet: spec.key,
        row: 1,
        column: `${columnLetter(i)}`,
        kind: 'unknown-column',
        found: text,
        ...(suggestion ? { suggestion } : {}),
      });
      return null;
    }
    if (seen.has(found.header)) {
      problems.push({
        sheet: spec.key,
        row: 1,
        column: found.header,
        kind: 'duplicate-column',
        found: text,
      });
      return null;
    }
    seen.add(found.header);
    return found;
  });
}

/** A, B, … Z, AA, AB…: the letter a spreadsheet shows above column `i` (0-based). */
export function columnLetter(i: number): string {
  let s = '';
  for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26))
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}
