/**
 * A workbook's tables to a visit, through the one gate:
 *
 *   importTables(tables) → { ok: true, visit, json } | { ok: false, problems }
 *
 * The reader's own mistakes (sheets, headers, cells, names) and the gate's errors on the JSON
 * it made, each placed at its sheet, row and column, one message per cell, in workbook order.
 * Shared by the page (files.ts) and the CLI (scripts/import.ts).
 */
import { parseVisit } from '../model/parseVisit';
import type { Visit } from '../model/schema';
import type { Table } from './cells';
import { onePerCell, placeGateError, type SheetProblem } from './problems';
import { readWorkbook } from './read';
import { SHEETS } from './sheets';

export type SheetImport =
  | { ok: true; visit: Visit; json: Record<string, unknown> }
  | { ok: false; problems: SheetProblem[] };

const sheetOrder = (s: string) => {
  const i = SHEETS.findIndex((x) => x.key === s);
  return i < 0 ? -1 : i;
};

/** Workbook order: sheet, then row, then the reader's messages before the gate's. */
export function inWorkbookOrder(problems: SheetProblem[]): SheetProblem[] {
  return problems
    .map((p, i) => ({ p, i }))
    .sort(
      (a, b) =>
        sheetOrder(a.p.sheet) - sheetOrder(b.p.sheet) ||
        (a.p.row ?? 0) - (b.p.row ?? 0) ||
        a.i - b.i,
    )
    .map((x) => x.p);
}

export function importTables(tables: readonly Table[]): SheetImport {
  const read = readWorkbook(tables);
  // Without its Visit or Countries sheet a workbook is not a visit yet: the gate would only
  // repeat, field by field, what the missing sheet says once.
  if (read.problems.some((p) => p.kind === 'no-sheet'))
    return { ok: false, problems: inWorkbookOrder(read.problems) };
  const result = parseVisit(read.json);
  if (result.ok && read.problems.length === 0)
    return { ok: true, visit: result.visit, json: read.json };
  const gate = result.ok ? [] : result.errors.map((e) => placeGateError(e, read.origins));
  return { ok: false, problems: inWorkbookOrder(onePerCell([...read.problems, ...gate])) };
}
