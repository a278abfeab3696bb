/**
 * A visit from a spreadsheet, on the command line, as the page imports it:
 *
 *   npm run import -- visit.xlsx -o visit.json          (runs `tsx scripts/import.ts`)
 *   npm run import -- sheets/ -o visit.json             a folder of CSV files, one per sheet
 *   npm run import -- a.csv b.csv … -o visit.json       or the CSV files themselves
 *
 * On success it writes the visit JSON (format version 2, checked by the one gate) to the -o
 * file, or to standard output without -o, and says on standard error what it wrote. On
 * mistakes it writes nothing and prints one line per mistake, naming sheet, row and column:
 *
 *   People, row 7, column Organization: no organization named 'وزارة الداخليه' (did you mean 'وزارة الداخلية'?)
 *
 * in English, or in Arabic with --lang ar (or ZIYARA_LANG=ar, or a LANG of ar_…).
 *
 * Exit status (as scripts/validate.ts): 0 imported; 1 the workbook has mistakes or cannot be
 * read as one; 2 a usage error or a file that cannot be read (missing, no permission).
 */
import { readFile, readdir, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Lang } from '../src/lib/i18n/locale';
import { importFiles, type NamedBytes } from '../src/lib/sheet/workbook';
import { sheetProblemLine } from '../src/lib/sheet/words';

const USAGE = `usage: npm run import -- WORKBOOK.xlsx|FOLDER|FILE.csv… [-o VISIT.json] [--lang ar|en]

Reads a visit from a spreadsheet (an .xlsx workbook, or CSV files, one per sheet) and writes its
JSON. Exit status 0: imported; 1: the workbook has mistakes; 2: usage error or unreadable file.`;

class Unreadable extends Error {}

const reason = (e: unknown) =>
  e instanceof Error ? e.message.replace(/, \w+ '.*'$/s, '') : String(e);

async function filesOf(path: string): Promise<NamedBytes[]> {
  let info;
  try {
    info = await stat(path);
  } catch (e) {
    throw new Unreadable(`cannot read ${path}: ${reason(e)}`);
  }
  if (info.isDirectory()) {
    const names = (await readdir(path)).filter((n) => /\.csv$/i.test(n)).sort();
    if (names.length === 0) throw new Unreadable(`cannot read ${path}: no .csv files in it`);
    return Promise.all(
      names.map(async (n) => ({ name: n, bytes: new Uint8Array(await readFile(join(path, n))) })),
    );
  }
  try {
    return [{ name: path, bytes: new Uint8Array(await readFile(path)) }];
  } catch (e) {
    throw new Unreadable(`cannot read ${path}: ${reason(e)}`);
  }
}

function envLang(): Lang {
  const wanted = process.env.ZIYARA_LANG || process.env.LC_ALL || process.env.LANG || '';
  return /^ar\b|^ar[_-]/i.test(wanted) ? 'ar' : 'en';
}

async function main(argv: string[]): Promise<number> {
  let out: string | undefined;
  let lang = envLang();
  const inputs: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '-o' || a === '--out') out = argv[++i];
    else if (a === '--lang') lang = argv[++i] === 'ar' ? 'ar' : 'en';
    else if (a === '-h' || a === '--help') {
      console.log(USAGE);
      return 0;
    } else if (a.startsWith('-')) {
      console.error(`import: unknown option ${a}\n\n${USAGE}`);
      return 2;
    } else inputs.push(a);
  }
  if (inputs.length === 0 || (argv.includes('-o') && !out)) {
    console.error(USAGE);
    return 2;
  }
  let files: NamedBytes[];
  try {
    files = (await Promise.all(inputs.map(filesOf))).flat();
  } catch (e) {
    if (e instanceof Unreadable) {
      console.error(`import: ${e.message}`);
      return 2;
    }
    throw e;
  }
  const result = await importFiles(files);
  if (!result.ok) {
    console.error(lang === 'en' ? `invalid: ${inputs.join(' ')}` : `غير صالح: ${inputs.join(' ')}`);
    for (const p of result.problems) console.error(`  ${sheetProblemLine(p, lang, false)}`);
    return 1;
  }
  const text = `${JSON.stringify(result.json, null, 2)}\n`;
  if (out) {
    await writeFile(out, text);
    const v = result.visit;
    console.error(
      `imported: ${v.meetings.length} engagements, ${v.people.length} people, ${v.organizations.length} organizations → ${out}`,
    );
  } else process.stdout.write(text);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (e: unknown) => {
    console.error(`import: ${reason(e)}`);
    process.exitCode = 2;
  },
);
