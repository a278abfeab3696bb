/**
 * The spreadsheet path end to end, for the page and the CLI alike:
 *
 *   importFiles([{ name, bytes }]) → SheetImport     an .xlsx, or CSV files (one per sheet)
 *   visitWorkbook(visit) → Uint8Array                the .xlsx Ziyara writes (template too)
 *   visitCsv(visit) → { name, text }[]               the same as CSV files
 *
 * Every file is untrusted: its size, rows and columns are held to SHEET_LIMITS (unzip.ts), for
 * an .xlsx before anything is inflated or parsed, and a formula is never evaluated.
 * The page imports this module lazily, so the first view carries none of it.
 */
import type { Table } from './cells';
import { csvTable, writeCsv } from './csv';
import { matchSheet } from './headers';
import { importTables, inWorkbookOrder, type SheetImport } from './importSheet';
import type { Measure, SheetProblem, Unreadable } from './problems';
import { onePerCell } from './problems';
import { README_NAME, readMeRows } from './readMe';
import type { Rec } from './readRows';
import { FORMULA_MARK, SHEET_LIMITS, WorkbookError } from './unzip';
import { visitTables } from './write';
import { readXlsx, writeXlsx } from './xlsx';

export type { SheetImport } from './importSheet';

export interface NamedBytes {
  name: string;
  bytes: Uint8Array;
}

const starts = (b: Uint8Array, magic: number[]) => magic.every((x, i) => b[i] === x);
const isZip = (b: Uint8Array) => starts(b, [0x50, 0x4b]);
/** An OLE compound file: a password-protected .xlsx (Excel encrypts into one), or an old .xls. */
const isCfb = (b: Uint8Array) => starts(b, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

function fail(problem: SheetProblem): SheetImport {
  return { ok: false, problems: [problem] };
}
const unreadable = (found: string, why?: Unreadable): SheetImport =>
  fail({ sheet: 'visit', kind: 'unreadable', found, ...(why ? { why } : {}) });
const tooLarge = (file: string, measure: Measure, found: number, at?: string): SheetImport =>
  fail({
    sheet: 'visit',
    kind: 'too-large',
    file,
    measure,
    found,
    limit: SHEET_LIMITS[measure],
    ...(at ? { in: at } : {}),
  });

/** A table past the rows or columns limit (a CSV file; an .xlsx is checked as it is opened). */
function pastLimits(file: string, t: Table): SheetImport | null {
  if (t.rows.length > SHEET_LIMITS.rows) return tooLarge(file, 'rows', t.rows.length, t.name);
  const wide = t.rows.find((r) => r.length > SHEET_LIMITS.columns);
  return wide ? tooLarge(file, 'columns', wide.length, t.name) : null;
}

/** Formula cells with no saved value (unzip.ts marks them): one problem each, the cell emptied. */
function unsavedFormulas(tables: Table[]): SheetProblem[] {
  const out: SheetProblem[] = [];
  for (const t of tables) {
    const m = matchSheet(t.name);
    const sheet = 'spec' in m ? m.spec.key : t.name;
    t.rows.forEach((row, r) =>
      row.forEach((c, k) => {
        if (c !== FORMULA_MARK) return;
        row[k] = null;
        const header = r > 0 ? t.rows[0]![k] : undefined;
        out.push({
          sheet,
          row: r + 1,
          ...(header ? { column: String(header) } : {}),
          kind: 'formula',
        });
      }),
    );
  }
  return out;
}

async function tablesOf(f: NamedBytes): Promise<Table[] | SheetImport> {
  if (f.bytes.length === 0) return unreadable(f.name, 'empty');
  if (f.bytes.length > SHEET_LIMITS.bytes) return tooLarge(f.name, 'bytes', f.bytes.length);
  if (isCfb(f.bytes)) return unreadable(f.name, 'encrypted');
  if (isZip(f.bytes)) {
    try {
      return await readXlsx(f.bytes);
    } catch (e) {
      if (!(e instanceof WorkbookError)) return unreadable(`${f.name}: ${String(e)}`);
      const m = e.measure;
      if (m) return tooLarge(f.name, m.measure, m.found, m.in);
      if (e.message === 'doctype') return unreadable(`${f.name}: ${e.found}`, 'doctype');
      return unreadable(`${f.name}: ${e.found}`);
    }
  }
  if (/\.csv$/i.test(f.name)) {
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(f.bytes);
    } catch {
      return unreadable(`${f.name}: not UTF-8 text`);
    }
    return [csvTable(f.name, text)];
  }
  return unreadable(f.name, /\.xlsx$/i.test(f.name) ? 'not-zip' : undefined);
}

/** Reads a workbook (.xlsx) or CSV files and imports the visit they hold. */
export async function importFiles(files: readonly NamedBytes[]): Promise<SheetImport> {
  const tables: Table[] = [];
  for (const f of files) {
    const read = await tablesOf(f);
    if (!Array.isArray(read)) return read;
    for (const t of read) {
      const past = pastLimits(f.name, t);
      if (past) return past;
    }
    tables.push(...read);
  }
  const formulas = unsavedFormulas(tables);
  const result = importTables(tables);
  if (formulas.length === 0) return result;
  const rest = result.ok ? [] : result.problems;
  return { ok: false, problems: inWorkbookOrder(onePerCell([...formulas, ...rest])) };
}

/** A visit as the .xlsx workbook Ziyara writes: Read me first, then a sheet per collection. */
export function visitWorkbook(visit: Rec): Promise<Uint8Array> {
  const { tables, layouts } = visitTables(visit);
  return writeXlsx(tables, layouts, { name: README_NAME, rows: readMeRows() });
}

/** A visit as CSV files, one per sheet. */
export function visitCsv(visit: Rec): { name: string; text: string }[] {
  return visitTables(visit).tables.map((t) => ({ name: `${t.name}.csv`, text: writeCsv(t) }));
}
