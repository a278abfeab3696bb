/**
 * Whether opened or dropped files are a spreadsheet (an .xlsx workbook, or CSV files) rather
 * than a visit's JSON. In the first view: only names and types, no spreadsheet code.
 */
const SHEET_RE = /\.(xlsx|csv)$/i;
const SHEET_TYPES = new Set([
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'text/csv',
]);

export const isSpreadsheet = (files: readonly { name: string; type?: string }[]) =>
  files.length > 0 && files.every((f) => SHEET_RE.test(f.name) || SHEET_TYPES.has(f.type ?? ''));

/** What the file picker offers: visit JSON, workbooks and CSV files. */
export const ACCEPT = '.json,application/json,.xlsx,.csv';
