/**
 * Writes a visit file of format version 1 as version 2:
 *
 *   npm run migrate -- FILE.json                 (prints the version 2 file on standard output)
 *   npm run migrate -- FILE.json -o OUT.json     (writes it to OUT.json; OUT may be FILE itself)
 *
 * The file is first read and checked exactly as `npm run validate` and the app do (the same
 * reader, the same gate, the same messages, `--lang ar` for Arabic); only a valid file is
 * converted. The conversion is `migrateV1` (src/lib/model/migrate.ts): `"schemaVersion": 2`, the
 * one `host` becomes `"hosts": [host]`, every other field is kept as it is, in the file's order;
 * nothing is guessed. A `$schema` pointing at `visit.schema.json` still does (that is version
 * 2's now). A file already in version 2 is written unchanged.
 *
 * Exit status: 0 when written; 1 when the file is invalid (its errors are printed); 2 on a usage
 * error or a file that cannot be read or written.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { formatErrorText } from '../src/lib/i18n/errorMessages';
import type { Lang } from '../src/lib/i18n/locale';
import { migrateV1 } from '../src/lib/model/migrate';
import { locateFileResult } from '../src/lib/model/positions';
import { parseVisitBytes } from '../src/lib/model/readBytes';
import type { VisitV1 } from '../src/lib/model/schema';

const USAGE = `usage: npm run migrate -- FILE.json [-o OUT.json] [--lang ar|en]

Writes a visit of format version 1 as version 2 (to standard output, or to OUT.json).
The file must be valid; its mistakes are listed as by npm run validate.`;

const reason = (e: unknown) =>
  e instanceof Error ? e.message.replace(/, \w+ '.*'$/s, '') : String(e);

function main(args: readonly string[]): number {
  let file: string | undefined;
  let out: string | undefined;
  let lang: Lang = /^ar\b|^ar[_-]/i.test(process.env.ZIYARA_LANG || process.env.LANG || '')
    ? 'ar'
    : 'en';
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '-o' || arg === '--out') out = args[++i];
    else if (arg === '--lang') {
      const value = args[++i];
      if (value !== 'ar' && value !== 'en') {
        console.error(`migrate: --lang takes ar or en\n\n${USAGE}`);
        return 2;
      }
      lang = value;
    } else if (arg === '-h' || arg === '--help') {
      console.log(USAGE);
      return 0;
    } else if (arg.startsWith('-') || file !== undefined) {
      console.error(`migrate: unexpected ${arg}\n\n${USAGE}`);
      return 2;
    } else file = arg;
  }
  if (file === undefined || (args.includes('-o') && !out)) {
    console.error(USAGE);
    return 2;
  }
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    console.error(`migrate: cannot read ${file}: ${reason(e)}`);
    return 2;
  }
  const result = locateFileResult(parseVisitBytes(bytes), bytes);
  if (!result.ok) {
    console.error(
      [`invalid: ${file}`, ...result.errors.flatMap((e) => formatErrorText(e, lang))].join('\n'),
    );
    return 1;
  }
  // The file as written (not the gate's normalized visit): only the version changes.
  const written = JSON.parse(new TextDecoder().decode(bytes).replace(/^\uFEFF/, '')) as VisitV1;
  const text =
    result.version === 1
      ? `${JSON.stringify(migrateV1(written), null, 2)}\n`
      : new TextDecoder().decode(bytes);
  if (out === undefined) process.stdout.write(text);
  else {
    try {
      writeFileSync(out, text);
    } catch (e) {
      console.error(`migrate: cannot write ${out}: ${reason(e)}`);
      return 2;
    }
    console.error(
      result.version === 1
        ? `wrote ${out}: format version 2`
        : `wrote ${out}: already format version 2, unchanged`,
    );
  }
  return 0;
}

process.exitCode = main(process.argv.slice(2));
