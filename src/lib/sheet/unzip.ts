/**
 * An .xlsx archive opened with distrust, before any spreadsheet code reads it:
 *
 *   openWorkbook(bytes) → the same workbook, re-packed (stored) from what was really inflated
 *
 * - sizes: the archive's declared sizes are checked first (a quick refusal), then every byte
 *   actually inflated is counted, and inflating stops past `SHEET_LIMITS.unpacked`: an archive
 *   whose headers lie about its sizes is refused the same way, after at most one chunk more;
 * - XML: a DOCTYPE or ENTITY declaration before the root element (which no workbook has;
 *   entity expansion is the "billion laughs") refuses the file;
 * - cells: a cell or row past `SHEET_LIMITS.rows` or `.columns` refuses the file (the reader
 *   would otherwise build the whole grid up to it: one cell at XFD1048576 is 17 billion);
 * - formulas are never evaluated: a formula cell keeps the value the spreadsheet program saved;
 *   one with no saved value becomes the `FORMULA_MARK` text, which workbook.ts reports at its
 *   cell.
 *
 * The reader (read-excel-file) then gets an archive whose every size is true.
 */
import { Unzip, UnzipInflate, strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { LIMITS } from '../model/limits';
import type { Measure } from './problems';

/** Largest workbook read. Each is tested at the limit and just past it (hostile.test.ts). */
export const SHEET_LIMITS = {
  /** Bytes of the file itself (an .xlsx, or each CSV file): the visit file's own limit. */
  bytes: LIMITS.fileBytes,
  /** Bytes of XML inflated from an .xlsx, counted as they are inflated. */
  unpacked: 100 * 1024 * 1024,
  /** Entries in the archive. */
  entries: 2000,
  /** Rows of a sheet, its header row included: more than any collection may hold. */
  rows: 50_000,
  /** Columns of a sheet: more than the widest sheet has. */
  columns: 200,
} as const;

/** The text a formula cell with no saved value is read as (a Unicode noncharacter pair). */
export const FORMULA_MARK = '\uFDD0formula\uFDD1';

export class WorkbookError extends Error {
  constructor(
    /** 'too-large', 'not-xlsx' or 'doctype'. */
    message: string,
    readonly found: string,
    /** For 'too-large': what there is too much of, how much, and where (a sheet's name). */
    readonly measure?: { measure: Measure; found: number; limit: number; in?: string },
  ) {
    super(message);
  }
}

const tooLarge = (measure: Measure, found: number, at?: string) =>
  new WorkbookError('too-large', measure, {
    measure,
    found,
    limit: SHEET_LIMITS[measure],
    ...(at ? { in: at } : {}),
  });

/** The entries spreadsheet code reads: XML and relationships (as read-excel-file filters). */
const kept = (name: string) => name.endsWith('.xml') || name.endsWith('.xml.rels');

/** Bytes pushed to the inflater at a time: one push inflates to at most ~1032 times this. */
const CHUNK = 16 * 1024;

function declared(bytes: Uint8Array) {
  let total = 0;
  let entries = 0;
  try {
    unzipSync(bytes, {
      filter: (f) => {
        entries++;
        if (kept(f.name)) total += f.originalSize;
        return false; // nothing is inflated here
      },
    });
  } catch (e) {
    throw new WorkbookError('not-xlsx', e instanceof Error ? e.message : String(e));
  }
  if (entries > SHEET_LIMITS.entries) throw tooLarge('entries', entries);
  if (total > SHEET_LIMITS.unpacked) throw tooLarge('unpacked', total);
}

/** Every kept entry, inflated and counted as it goes; stops at the first chunk past the limit. */
function inflate(bytes: Uint8Array): Record<string, Uint8Array> {
  const out: Record<string, Uint8Array> = {};
  let total = 0;
  // (fflate catches what its callbacks throw: a failure is noted, and thrown between pushes.)
  let failure: WorkbookError | null = null;
  const unzip = new Unzip((file) => {
    if (!kept(file.name) || failure) return; // never started: skipped
    const parts: Uint8Array[] = [];
    file.ondata = (err, data, final) => {
      if (failure) return;
      if (err) {
        failure = new WorkbookError('not-xlsx', err.message);
        return;
      }
      total += data.length;
      if (total > SHEET_LIMITS.unpacked) {
        failure = tooLarge('unpacked', total);
        return;
      }
      parts.push(data);
      if (final) out[file.name] = join(parts);
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  for (let i = 0; i < bytes.length; i += CHUNK) {
    try {
      unzip.push(bytes.subarray(i, i + CHUNK), i + CHUNK >= bytes.length);
    } catch (e) {
      failure ??= new WorkbookError('not-xlsx', e instanceof Error ? e.message : String(e));
    }
    if (failure) throw failure;
  }
  return out;
}

function join(parts: Uint8Array[]): Uint8Array {
  if (parts.length === 1) return parts[0]!;
  const all = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) all.set(p, (at += p.length) - p.length);
  return all;
}

const LT = 0x3c;
const BANG = 0x21;

/**
 * Whether the XML's prolog (all before its root element) declares a DOCTYPE or an ENTITY: a
 * byte scan, stopping at the root element's `<` (a DTD can be nowhere else).
 */
function hasDtd(xml: Uint8Array): boolean {
  for (let i = 0; i + 2 < xml.length; i++) {
    if (xml[i] !== LT) continue;
    const next = xml[i + 1]!;
    if (next === BANG) {
      const word = String.fromCharCode(...xml.subarray(i + 2, i + 9)).toUpperCase();
      if (word.startsWith('DOCTYPE') || word.startsWith('ENTITY')) return true;
    } else if (next !== 0x3f) return false; // neither "<!" nor "<?": the root element
  }
  return false;
}
const CELL_RE = /<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)|<row\b([^>]*?)\/?>/g;
const REF_RE = /\br="([A-Z]{1,4})(\d{1,9})"/;
const ROW_RE = /\br="(\d{1,9})"/;

const columnNumber = (letters: string) =>
  [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);

/** A sheet's XML, checked against the limits, with its unsaved formulas marked. */
function sheetXml(xml: string, name: string): string {
  let row = 0;
  let column = 0;
  const tooFar = (r: number, c: number) => {
    if (r > SHEET_LIMITS.rows) throw tooLarge('rows', r, name);
    if (c > SHEET_LIMITS.columns) throw tooLarge('columns', c, name);
  };
  return xml.replace(CELL_RE, (whole, attrs?: string, body?: string, rowAttrs?: string) => {
    if (rowAttrs !== undefined) {
      const r = ROW_RE.exec(rowAttrs);
      row = r ? Number(r[1]) : row + 1;
      column = 0;
      tooFar(row, 0);
      return whole;
    }
    const ref = REF_RE.exec(attrs ?? '');
    if (ref) {
      column = columnNumber(ref[1]!);
      tooFar(Number(ref[2]), column);
    } else tooFar(row, ++column);
    // A formula with no saved value: never computed here; said at its cell instead.
    if (body && /<f[\s>/]/.test(body) && !/<v[\s>/]/.test(body)) {
      const at = ref ? ` r="${ref[1]}${ref[2]}"` : '';
      return `<c${at} t="inlineStr"><is><t>${FORMULA_MARK}</t></is></c>`;
    }
    return whole;
  });
}

const isSheet = (name: string) => /^xl\/worksheets\/[^/]+\.xml$/.test(name);

const attr = (tag: string, name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1] ?? '';
const unescapeXml = (s: string) =>
  s.replace(/&(amp|lt|gt|quot|apos);/g, (_, e: string) =>
    e === 'amp' ? '&' : e === 'lt' ? '<' : e === 'gt' ? '>' : e === 'quot' ? '"' : "'",
  );

/** Each worksheet's entry → the sheet's name (from the workbook and its relationships). */
function sheetNames(entries: Record<string, Uint8Array>): Map<string, string> {
  const names = new Map<string, string>();
  const book = entries['xl/workbook.xml'];
  const rels = entries['xl/_rels/workbook.xml.rels'];
  if (!book || !rels) return names;
  const targets = new Map<string, string>();
  for (const [tag] of strFromU8(rels).matchAll(/<Relationship\b[^>]*>/g)) {
    const target = attr(tag, 'Target').replace(/^\/?(xl\/)?/, 'xl/');
    targets.set(attr(tag, 'Id'), target);
  }
  for (const [tag] of strFromU8(book).matchAll(/<sheet\b[^>]*>/g)) {
    const target = targets.get(attr(tag, 'r:id'));
    if (target) names.set(target, unescapeXml(attr(tag, 'name')));
  }
  return names;
}

/**
 * The workbook's XML, inflated within the limits and checked, re-packed (stored, so its sizes
 * are exact) for the reader. Throws a WorkbookError saying why it refuses.
 */
export function openWorkbook(bytes: Uint8Array): Uint8Array {
  if (bytes.length > SHEET_LIMITS.bytes) throw tooLarge('bytes', bytes.length);
  declared(bytes);
  const entries = inflate(bytes);
  const out: Zippable = {};
  const names = sheetNames(entries);
  for (const [name, data] of Object.entries(entries)) {
    if (hasDtd(data)) throw new WorkbookError('doctype', name);
    out[name] = [
      isSheet(name) ? strToU8(sheetXml(strFromU8(data), names.get(name) ?? name)) : data,
      { level: 0 },
    ];
  }
  return zipSync(out);
}
