/**
 * CSV (RFC 4180: commas, double quotes doubled, line breaks inside quotes), one file per sheet,
 * named after it ("People.csv"). UTF-8, with or without a byte order mark.
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

const quote = (c: Cell) => {
  const t = c === null || c === undefined ? '' : String(c);
  return /[",\n\r]/.test(t) || t !== t.trim() ? `"${t.replace(/"/g, '""')}"` : t;
};

/** A table as CSV text (CRLF line ends, as spreadsheets write them). */
export const writeCsv = (t: Table) =>
  t.rows.map((r) => r.map(quote).join(',')).join('\r\n') + '\r\n';

/** A CSV file's table: its name without the extension names the sheet. */
export const csvTable = (name: string, text: string): Table => ({
  name: name.replace(/^.*[\\/]/, '').replace(/\.csv$/i, ''),
  rows: parseCsv(text),
});
