/**
 * A mistake in a workbook: where (sheet, row, column) and what, in one vocabulary the reader,
 * the gate's mapped errors, the page and the CLI share. Words in both languages: words.ts.
 */
import type { ValidationError } from '../model/errors';
import type { SheetKey } from './spec';

/** What a file has too much of (unzip.ts SHEET_LIMITS). */
export type Measure = 'bytes' | 'unpacked' | 'entries' | 'rows' | 'columns';

/** Why a file cannot be read, when it is known. */
export type Unreadable = 'empty' | 'encrypted' | 'not-zip' | 'doctype';

export interface CellPlace {
  sheet: SheetKey | string;
  /** 1-based, as the spreadsheet numbers it (row 1 holds the headers). */
  row?: number;
  /** The column's header as the workbook has it (or would have it). */
  column?: string;
}

export type SheetProblem = CellPlace &
  (
    | { kind: 'no-sheet' }
    | { kind: 'unknown-sheet'; found: string; suggestion?: string }
    | { kind: 'unknown-column'; found: string; suggestion?: string }
    | { kind: 'duplicate-column'; found: string }
    | { kind: 'one-row'; found: number }
    | { kind: 'one-guest'; found: number }
    | { kind: 'vocab'; found: string; values: readonly string[]; suggestion?: string }
    | { kind: 'date'; found: string; expected: readonly string[] }
    | { kind: 'number'; found: string }
    | { kind: 'yes-no'; found: string }
    | { kind: 'no-ref'; found: string; noun: readonly [string, string]; suggestion?: string }
    | { kind: 'ambiguous'; found: string; noun: readonly [string, string]; ids: string[] }
    | { kind: 'bad-id'; found: string }
    | { kind: 'unreadable'; found: string; why?: Unreadable }
    /** A file past one of the limits (unzip.ts SHEET_LIMITS): what was found, and the limit. */
    | {
        kind: 'too-large';
        /** The file's name, and the sheet's where the limit is one of a sheet's. */
        file: string;
        in?: string;
        measure: Measure;
        found: number;
        limit: number;
      }
    /** A formula cell with no saved value: never computed, so nothing to read. */
    | { kind: 'formula' }
    /** One of the gate's errors on the visit the workbook made, placed back in the workbook. */
    | { kind: 'gate'; error: ValidationError }
  );

/** The gate's error at a JSON path, placed where the workbook holds it (`origins`). */
export function placeGateError(
  error: ValidationError,
  origins: ReadonlyMap<string, CellPlace>,
): SheetProblem {
  let path = error.path;
  for (;;) {
    const at = origins.get(path);
    if (at) return { ...at, kind: 'gate', error };
    const cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
    if (cut <= 0) break;
    path = path.slice(0, cut);
  }
  return { sheet: 'visit', kind: 'gate', error };
}

/** One message per cell: a gate error where the reader has already said something goes. */
export function onePerCell(problems: SheetProblem[]): SheetProblem[] {
  const said = new Set<string>();
  const key = (p: SheetProblem) => `${p.sheet}\u0000${p.row ?? ''}\u0000${p.column ?? ''}`;
  for (const p of problems) if (p.kind !== 'gate') said.add(key(p));
  const out: SheetProblem[] = [];
  for (const p of problems) {
    if (p.kind === 'gate') {
      if (said.has(key(p))) continue;
      said.add(key(p));
    }
    out.push(p);
  }
  return out;
}
