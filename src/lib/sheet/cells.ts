/**
 * Cells as the readers give them (read-excel-file: string, number, boolean, Date or null; CSV:
 * strings) and the small readings every column shares: a cell's text, a list, yes or no, a
 * number. Pure; no library here.
 */
import { EMPTY_MARK } from './spec';

export type Cell = string | number | boolean | Date | null | undefined;

/** One sheet (or one CSV file) as rows of cells; row 0 holds the headers. */
export interface Table {
  name: string;
  rows: Cell[][];
}

const DIGITS_RE = /[\u0660-\u0669\u06f0-\u06f9]/g;

/** Arabic-Indic and Persian digits as ASCII digits: dates and numbers may be typed either way. */
export const asciiDigits = (s: string) =>
  s.replace(DIGITS_RE, (d) => String((d.codePointAt(0) ?? 0) & 0xf));

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** A date cell as the spreadsheet holds it: its wall-clock fields (readers give them in UTC). */
export function dateCellText(d: Date): string {
  if (Number.isNaN(d.getTime())) return '';
  const day = `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  const [h, m, s] = [d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds()];
  if (h === 0 && m === 0 && s === 0) return day;
  return `${day} ${pad(h)}:${pad(m)}${s ? `:${pad(s)}` : ''}`;
}

/** The cell as text, exactly (no trimming: text is kept as written). Empty → ''. */
export function cellText(c: Cell): string {
  if (c === null || c === undefined) return '';
  if (c instanceof Date) return dateCellText(c);
  if (typeof c === 'boolean') return c ? 'yes' : 'no';
  return String(c);
}

/** The cell as a trimmed word (ids, codes, vocabulary, references). */
export const cellWord = (c: Cell) => cellText(c).trim();

/** Whether a cell holds nothing (spaces count as nothing). */
export const isBlank = (c: Cell) => cellText(c).trim() === '';

/** Separators between the items of a list cell: semicolons (Latin or Arabic) and line breaks. */
const LIST_RE = /[;؛\n\r]+/;

/** A list cell: its items, trimmed; `[]` for the empty-list mark; null for an empty cell. */
export function cellList(c: Cell): string[] | null {
  const t = cellText(c).trim();
  if (t === '') return null;
  if (t === EMPTY_MARK) return [];
  return t
    .split(LIST_RE)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

const YES = new Set(['yes', 'y', 'true', '1', 'نعم']);
const NO = new Set(['no', 'n', 'false', '0', 'لا']);

/** Yes or no (true/false cells, "yes"/"no", "نعم"/"لا"); undefined when empty; null when neither. */
export function cellYesNo(c: Cell): boolean | undefined | null {
  if (typeof c === 'boolean') return c;
  const t = asciiDigits(cellWord(c)).toLowerCase();
  if (t === '') return undefined;
  if (YES.has(t)) return true;
  if (NO.has(t)) return false;
  return null;
}

/** A number (number cells, or text such as "1,200", "٢٣" or "1e21"); null when not one. */
export function cellNumber(c: Cell): number | null {
  if (typeof c === 'number') return Number.isFinite(c) ? c : null;
  const t = asciiDigits(cellWord(c))
    .replace(/[\s,٬]/g, '')
    .replace('٫', '.');
  if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(t)) return null;
  const n = Number(t);
  return Number.isFinite(n) ? n : null;
}
