/**
 * Any visit as a spreadsheet an editor can fill or correct:
 *
 *   npm run sheet -- visit.json -o visit.xlsx            (runs `tsx scripts/sheet.ts`)
 *   npm run sheet -- visit.json -o folder --csv          CSV files, one per sheet
 *
 * The visit goes through the one gate first (version 1 files are read as version 2), so the
 * workbook holds what the app would show; `npm run import` reads it back to the same visit.
 * Exit status: 0 written; 1 the visit file is invalid (its mistakes printed as by validate);
 * 2 a usage error or a file that cannot be read.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { formatErrorText } from '../src/lib/i18n/errorMessages';
import { parseVisitBytes } from '../src/lib/model/readBytes';
import { visitCsv, visitWorkbook } from '../src/lib/sheet/workbook';

const USAGE = `usage: npm run sheet -- VISIT.json -o WORKBOOK.xlsx
       npm run sheet -- VISIT.json -o FOLDER --csv

Writes a visit as a spreadsheet (the template's sheets and columns). Exit status 0: written;
1: the visit file is invalid; 2: usage error or unreadable file.`;

const reason = (e: unknown) =>
  e instanceof Error ? e.message.replace(/, \w+ '.*'$/s, '') : String(e);

async function main(argv: string[]): Promise<number> {
  let out: string | undefined;
  let csv = false;
  const inputs: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '-o' || a === '--out') out = argv[++i];
    else if (a === '--csv') csv = true;
    else if (a === '-h' || a === '--help') {
      console.log(USAGE);
      return 0;
    } else if (a.startsWith('-')) {
      console.error(`sheet: unknown option ${a}\n\n${USAGE}`);
      return 2;
    } else inputs.push(a);
  }
  if (inputs.length !== 1 || !out) {
    console.error(USAGE);
    return 2;
  }
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(inputs[0]!));
  } catch (e) {
    console.error(`sheet: cannot read ${inputs[0]}: ${reason(e)}`);
    return 2;
  }
  const result = parseVisitBytes(bytes);
  if (!result.ok) {
    console.error(`invalid: ${inputs[0]}`);
    for (const e of result.errors) for (const line of formatErrorText(e, 'en')) console.error(line);
    return 1;
  }
  const visit = result.visit as unknown as Record<string, unknown>;
  if (csv) {
    await mkdir(out, { recursive: true });
    const files = visitCsv(visit);
    for (const f of files) await writeFile(join(out, f.name), f.text);
    console.error(`written: ${files.length} CSV files → ${out}`);
  } else {
    await writeFile(out, await visitWorkbook(visit));
    console.error(`written: ${out}`);
  }
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (e: unknown) => {
    console.error(`sheet: ${reason(e)}`);
    process.exitCode = 2;
  },
);
