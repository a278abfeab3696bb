/**
 * The spreadsheet path end to end, for the page and the CLI alike:
 *
 *   importFiles([{ name, bytes }]) → SheetImport     an .xlsx, or CSV files (one per sheet)
 *   visitWorkbook(visit) → Uint8Array                the .xlsx Ziyara writes (template too)
 *   visitCsv(visit) → { name, text }[]               the same as CSV files
 *
 * The page imports this module lazily, so the first view carries none of it.
 */
import type { Table } from './cells';
import { csvTable, writeCsv } from './csv';
import { importTables, type SheetImport } from './importSheet';
import { README_NAME, readMeRows } from './readMe';
import type { Rec } from './readRows';
import { visitTables } from './write';
import { WorkbookError, readXlsx, writeXlsx } from './xlsx';

export type { SheetImport } from './importSheet';

export interface NamedBytes {
  name: string;
  bytes: Uint8Array;
}

const isZip = (b: Uint8Array) => b[0] === 0x50 && b[1] === 0x4b;

function unreadable(found: string): SheetImport {
  return { ok: false, problems: [{ sheet: 'visit', kind: 'unreadable', found }] };
}

/** Reads a workbook (.xlsx) or CSV files and imports the visit they hold. */
export async function importFiles(files: readonly NamedBytes[]): Promise<SheetImport> {
  const tables: Table[] = [];
  for (const f of files) {
    if (isZip(f.bytes)) {
      try {
        tables.push(...(await readXlsx(f.bytes)));
      } catch (e) {
        return unreadable(`${f.name}: ${e instanceof WorkbookError ? e.found : String(e)}`);
      }
    } else if (/\.csv$/i.test(f.name)) {
      let text: string;
      try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(f.bytes);
      } catch {
        return unreadable(`${f.name}: not UTF-8 text`);
      }
      tables.push(csvTable(f.name, text));
    } else return unreadable(f.name);
  }
  return importTables(tables);
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
