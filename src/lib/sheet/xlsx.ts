/**
 * Workbook bytes ⇄ tables, through read-excel-file and write-excel-file (one maintainer, small
 * dependency trees: fflate and saxen). Loaded only when a spreadsheet is opened or written.
 *
 * The spreadsheet is untrusted: formulas are never evaluated (the reader takes the value the
 * spreadsheet program cached, an error as empty); the archive's declared sizes are checked
 * before anything is inflated, so a small file cannot unpack into gigabytes.
 */
import { unzipSync } from 'fflate';
import readXlsxFile from 'read-excel-file/universal';
import writeXlsxFile, { type Feature, type SheetData } from 'write-excel-file/universal';
import {
  getOrderOfSiblings,
  insertElementMarkupAccordingToOrderOfSiblings,
  sanitizeAttributeValue,
  getCellAddress,
} from 'write-excel-file/utility';
import type { Cell, Table } from './cells';
import type { SheetLayout } from './write';
import { DATE_PARTS } from './spec';

/** Largest workbook read, packed and unpacked. */
export const XLSX_LIMITS = { bytes: 20 * 1024 * 1024, unpacked: 200 * 1024 * 1024, entries: 2000 };

export class WorkbookError extends Error {
  constructor(
    message: string,
    readonly found: string,
  ) {
    super(message);
  }
}

/** The archive's declared contents, without inflating any of it. */
function checkArchive(bytes: Uint8Array) {
  if (bytes.length > XLSX_LIMITS.bytes)
    throw new WorkbookError('too-large', `${(bytes.length / 1024 / 1024).toFixed(1)} MB`);
  let total = 0;
  let entries = 0;
  try {
    unzipSync(bytes, {
      filter: (f) => {
        total += f.originalSize;
        entries++;
        return false; // nothing is inflated
      },
    });
  } catch (e) {
    throw new WorkbookError('not-xlsx', e instanceof Error ? e.message : String(e));
  }
  if (entries > XLSX_LIMITS.entries || total > XLSX_LIMITS.unpacked)
    throw new WorkbookError('too-large', `${(total / 1024 / 1024).toFixed(0)} MB unpacked`);
}

/** Every sheet of an .xlsx file, as tables of cells. */
export async function readXlsx(bytes: Uint8Array): Promise<Table[]> {
  checkArchive(bytes);
  try {
    const buffer = bytes.buffer.slice(
      bytes.byteOffset,
      bytes.byteOffset + bytes.byteLength,
    ) as ArrayBuffer;
    const sheets = await readXlsxFile(buffer, { trim: false });
    return sheets.map((s) => ({ name: s.sheet, rows: s.data as unknown as Cell[][] }));
  } catch (e) {
    throw new WorkbookError('not-xlsx', e instanceof Error ? e.message : String(e));
  }
}

interface Validation {
  sqref: string;
  values: readonly string[];
}
type SheetWithValidations = { dataValidations?: Validation[] };

/** Drop-down lists (data validation) on a sheet's columns: write-excel-file's way to add XML. */
const dropDowns: Feature<Blob> = {
  files: {
    transform: {
      'xl/worksheets/sheet{id}.xml': {
        transform: (xml, options) => {
          const list = (options as unknown as SheetWithValidations).dataValidations;
          if (!list?.length) return xml;
          const body = list
            .map(
              (v) =>
                `<dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1" sqref="${sanitizeAttributeValue(v.sqref)}"><formula1>"${v.values.join(',')}"</formula1></dataValidation>`,
            )
            .join('');
          return insertElementMarkupAccordingToOrderOfSiblings(
            xml,
            `<dataValidations count="${list.length}">${body}</dataValidations>`,
            getOrderOfSiblings('xl/worksheets/sheet{id}.xml', 'worksheet') ?? [],
            'worksheet',
          );
        },
      },
    },
  },
};

/** Rows a drop-down covers below the header. */
const VALIDATED_ROWS = 1000;

function validations(layout: SheetLayout): Validation[] {
  const out: Validation[] = [];
  layout.columns.forEach((c, i) => {
    const values =
      c.column.type === 'date'
        ? DATE_PARTS.find((p) => p.key === c.part && 'values' in p)
        : undefined;
    const list =
      values && 'values' in values
        ? values.values
        : c.column.type === 'vocab' && !c.part
          ? c.column.values
          : undefined;
    if (!list) return;
    out.push({
      sqref: `${getCellAddress(1, i)}:${getCellAddress(VALIDATED_ROWS, i)}`,
      values: list,
    });
  });
  return out;
}

const HEADER = {
  fontWeight: 'bold',
  backgroundColor: '#E8EEF4',
  wrap: true,
  alignVertical: 'top',
  height: 32,
} as const;

function cell(c: Cell) {
  if (c === null || c === undefined || c === '') return null;
  // A cell already in write-excel-file's form (tests write formulas this way).
  if (typeof c === 'object' && !(c instanceof Date)) return c;
  if (typeof c === 'number') return { value: c, type: Number };
  if (c instanceof Date) {
    const timed = c.getUTCHours() || c.getUTCMinutes() || c.getUTCSeconds();
    return { value: c, type: Date, format: timed ? 'yyyy-mm-dd hh:mm' : 'yyyy-mm-dd' };
  }
  return { value: String(c), type: String, wrap: typeof c === 'string' && c.includes('\n') };
}

/**
 * Tables as an .xlsx file: a bold, frozen header row, drop-down lists for closed vocabularies,
 * and the `readMe` rows first, on a sheet of their own.
 */
export async function writeXlsx(
  tables: Table[],
  layouts: SheetLayout[],
  readMe: { name: string; rows: string[][] },
): Promise<Uint8Array> {
  const sheets = [
    {
      sheet: readMe.name,
      data: readMe.rows.map((r, i) =>
        r.map((t) => (i === 0 ? { value: t, fontWeight: 'bold' as const } : t)),
      ) as SheetData,
      columns: [{ width: 34 }, { width: 110 }, { width: 110 }],
    },
    ...tables.map((t, k) => ({
      sheet: t.name,
      data: t.rows.map((r, i) =>
        r.map((c) => (i === 0 ? { value: String(c), ...HEADER } : cell(c))),
      ) as SheetData,
      columns: (t.rows[0] ?? []).map((h) => ({
        width: Math.min(40, Math.max(14, String(h).length * 0.6)),
      })),
      stickyRowsCount: 1,
      dataValidations: layouts[k] ? validations(layouts[k]) : [],
    })),
  ];
  const blob = await writeXlsxFile(sheets as never, { features: [dropDowns] }).toBlob();
  return new Uint8Array(await blob.arrayBuffer());
}
