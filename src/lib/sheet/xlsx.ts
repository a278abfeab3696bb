/**
 * Workbook bytes ⇄ tables, through read-excel-file and write-excel-file (one maintainer, small
 * dependency trees: fflate and saxen). Loaded only when a spreadsheet is opened or written.
 *
 * The spreadsheet is untrusted: unzip.ts opens it first, within limits (declared and real
 * sizes, rows, columns, no DOCTYPE), and formulas are never evaluated (the reader takes the
 * value the spreadsheet program saved, an error as empty; one with none is said at its cell).
 */
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
import { WorkbookError, openWorkbook } from './unzip';

export { WorkbookError } from './unzip';

/** Every sheet of an .xlsx file, as tables of cells. */
export async function readXlsx(bytes: Uint8Array): Promise<Table[]> {
  const checked = openWorkbook(bytes);
  try {
    const buffer = checked.buffer.slice(
      checked.byteOffset,
      checked.byteOffset + checked.byteLength,
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
