/**
 * CSV (RFC 4180: commas, double quotes doubled, line breaks inside quotes), one file per sheet,
 * named after it ("People.csv"). UTF-8, with or without a byte order mark. Cells a spreadsheet
 * program would run as formulas are written defused, and read back as they were (`csvField`).
 */
import type { Cell, Table } from './cells';

/** Rows of a CSV text. */
export function parseCsv(text: string): string[][] {
  const s = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (quoted) {
      if (c === '"') {
        if (s[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && s[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/**
 * CSV injection (OWASP): a spreadsheet program opening a CSV file runs a cell that starts with
 * `=`, `+`, `-`, `@`, a tab or a carriage return as a formula (`=cmd|' /C calc'!A0`). Such a
 * cell is written with a leading apostrophe, and quoted; so is one that already starts with
 * apostrophes before such a character, so that reading strips exactly one and loses nothing.
 * A plain number ("-5") is left alone: it runs nothing.
 */
const RISKY_RE = /^'*[=+\-@\t\r]/;
const NUMBER_RE = /^-?\d+(\.\d+)?$/;

/** The text a cell is written as in CSV: defused (see above), then quoted where RFC 4180 needs. */
export function csvField(c: Cell): string {
  const t = c === null || c === undefined ? '' : String(c);
  if (RISKY_RE.test(t) && !NUMBER_RE.test(t)) return `"'${t.replace(/"/g, '""')}"`;
  return /[",\n\r]/.test(t) || t !== t.trim() ? `"${t.replace(/"/g, '""')}"` : t;
}

/** A CSV cell as written: one defusing apostrophe taken off (only before what it defuses). */
export const csvCell = (t: string) => (/^'+[=+\-@\t\r]/.test(t) ? t.slice(1) : t);

/** A table as CSV text (CRLF line ends, as spreadsheets write them). */
export const writeCsv = (t: Table) =>
  t.rows.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';

/** A CSV file's table: its name without the extension names the sheet. */
export const csvTable = (name: string, text: string): Table => ({
  name: name.replace(/^.*[\\/]/, '').replace(/\.csv$/i, ''),
  rows: parseCsv(text).map((r) => r.map(csvCell)),
});
