/**
 * Checks visit files against the format, as the app would load them (format version 2, or
 * version 1, which the app still reads; `npm run migrate` converts a version 1 file):
 *
 *   npm run validate -- FILE.json [FILE.json …]        (runs `tsx scripts/validate.ts`)
 *   some-command | npm run validate -- -               (`-` reads standard input)
 *
 * For each file it prints one of
 *
 *   valid: 5 meetings, 2 people, 2 organizations, 1 events, 2 topics, 1 figures, 2 sources, 1 host country, format version 1 (FILE)
 *
 *   invalid: FILE
 *     meetings[0].participants.host[0] (line 80, column 63): expected a person on the host side, found "x", which is on the guest side
 *       80 |       "participants": { "guest": ["x"], "host": ["x"] },
 *          |                                                  ^^^
 *       see docs/data-format.md#meetings
 *
 * with one indented message per error (at most MAX_ERRORS), in the file's order, each with its
 * line and column, an excerpt with carets under the mistake, a suggestion where there is one
 * ("Did you mean …?") and its section of the format's documentation. Messages are in English, or
 * in Arabic with `--lang ar` (or ZIYARA_LANG=ar, or a LANG of ar_…): the page's words
 * (src/lib/i18n/errorMessages.ts). The bytes go through the app's own
 * reader (`parseVisitBytes`, src/lib/model/readBytes.ts), so a file is refused here for the same
 * reason, with the same words, as in the browser: too large, UTF-16/UTF-32, not UTF-8 (at which
 * byte), empty, not JSON, or its mistakes. A file is read in chunks and reading stops one byte
 * past LIMITS.fileBytes whatever it is (a pipe, a device such as /dev/zero, a file still
 * growing); only a regular file whose size is already over the limit is refused unread.
 *
 * Exit status: 0 when every file is valid; 1 when some file is invalid (including all of the
 * above); 2 on a usage error or a file that cannot be read (missing, a directory, no permission),
 * named with the system's reason, without a stack trace.
 */
import { open } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { formatErrorText } from '../src/lib/i18n/errorMessages';
import type { Lang } from '../src/lib/i18n/locale';
import { MAX_ERRORS } from '../src/lib/model/parseVisit';
import { locateFileResult } from '../src/lib/model/positions';
import { parseVisitBytes, tooLargeError, type FileResult } from '../src/lib/model/readBytes';
import { LIMITS } from '../src/lib/model/schema';

const USAGE = `usage: npm run validate -- FILE.json [FILE.json …] [--lang ar|en]
       (or: npx tsx scripts/validate.ts FILE.json …; a FILE of - reads standard input)

Messages are in English, or in Arabic with --lang ar (or ZIYARA_LANG=ar, or a LANG of ar_…).

Checks each visit file. Exit status 0: all valid; 1: some file invalid; 2: usage error or a file
that cannot be read.`;

class UnreadableError extends Error {}

/** The system's reason, without Node's syscall suffix: "ENOENT: no such file or directory". */
function reason(e: unknown): string {
  if (e instanceof Error) return e.message.replace(/, \w+ '.*'$/s, '');
  return String(e);
}

/** At most `max + 1` bytes of `stream` (then it is closed): null when it has more than `max`. */
async function readAtMost(stream: Readable, max: number): Promise<Uint8Array | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      size += chunk.byteLength;
      if (size > max) return null; // leaving the loop destroys the stream
      chunks.push(chunk);
    }
  } finally {
    stream.destroy();
  }
  return Buffer.concat(chunks, size);
}

const tooLarge = (bytes: number | null): FileResult => ({
  ok: false,
  problem: 'too-large',
  errors: [tooLargeError('(root)', bytes)],
});

/** Reads `file` (`-`: standard input) no further than the limit and runs reader and gate. */
async function check(file: string): Promise<FileResult> {
  const { result, bytes } = await checkBytes(file);
  // Where each mistake is in the text, and hints (positions.ts).
  return bytes ? locateFileResult(result, bytes) : result;
}

/** The reader's and gate's answer for `file`, and its bytes when they were read. */
async function checkBytes(file: string): Promise<{ result: FileResult; bytes?: Uint8Array }> {
  const max = LIMITS.fileBytes;
  let bytes: Uint8Array | null;
  if (file === '-') bytes = await readAtMost(process.stdin, max);
  else {
    let handle;
    try {
      handle = await open(file, 'r');
    } catch (e) {
      throw new UnreadableError(`cannot read ${file}: ${reason(e)}`);
    }
    try {
      const stat = await handle.stat();
      if (stat.isDirectory()) throw new UnreadableError(`cannot read ${file}: it is a directory`);
      // A regular file's size is only trusted when it is already too large (a pipe or a device
      // says 0 and may never end): then there is no need to read it at all.
      if (stat.isFile() && stat.size > max) return { result: tooLarge(stat.size) };
      bytes = await readAtMost(handle.createReadStream({ autoClose: false }), max);
    } catch (e) {
      if (e instanceof UnreadableError) throw e;
      throw new UnreadableError(`cannot read ${file}: ${reason(e)}`);
    } finally {
      await handle.close();
    }
  }
  return bytes === null ? { result: tooLarge(null) } : { result: parseVisitBytes(bytes), bytes };
}

/** The language of the messages: --lang, else ZIYARA_LANG, else LANG (ar_…: Arabic); English. */
function envLang(): Lang {
  const wanted = process.env.ZIYARA_LANG || process.env.LC_ALL || process.env.LANG || '';
  return /^ar\b|^ar[_-]/i.test(wanted) ? 'ar' : 'en';
}

function report(file: string, result: FileResult, lang: Lang): string[] {
  if (!result.ok) {
    const lines = [`invalid: ${file}`, ...result.errors.flatMap((e) => formatErrorText(e, lang))];
    if (result.errors.length >= MAX_ERRORS) lines.push(`  (stopped after ${MAX_ERRORS} errors)`);
    return lines;
  }
  const v = result.visit;
  const counts = [
    `${v.meetings.length} meetings`,
    `${v.people.length} people`,
    `${v.organizations.length} organizations`,
    `${v.events?.length ?? 0} events`,
    `${v.topics.length} topics`,
    `${v.figures?.length ?? 0} figures`,
    `${v.sources.length} sources`,
    `${v.hosts.length} host ${v.hosts.length === 1 ? 'country' : 'countries'}`,
    `format version ${result.version ?? 2}`,
  ];
  return [`valid: ${counts.join(', ')} (${file})`];
}

/** Runs the command line; resolves with the exit status. */
async function main(args: readonly string[]): Promise<number> {
  const files: string[] = [];
  let options = true;
  let lang: Lang | null = null;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (options && arg === '--') options = false;
    else if (options && (arg === '--lang' || arg.startsWith('--lang='))) {
      const value = arg === '--lang' ? args[++i] : arg.slice('--lang='.length);
      if (value !== 'ar' && value !== 'en') {
        console.error(`validate: --lang takes ar or en\n\n${USAGE}`);
        return 2;
      }
      lang = value;
    } else if (options && (arg === '-h' || arg === '--help')) {
      console.log(USAGE);
      return 0;
    } else if (options && arg.startsWith('-') && arg !== '-') {
      console.error(`validate: unknown option ${arg}\n\n${USAGE}`);
      return 2;
    } else files.push(arg);
  }
  if (files.length === 0) {
    console.error(USAGE);
    return 2;
  }
  let status = 0;
  for (const file of files) {
    try {
      const result = await check(file);
      console.log(report(file, result, lang ?? envLang()).join('\n'));
      if (!result.ok) status = Math.max(status, 1);
    } catch (e) {
      console.error(`validate: ${e instanceof UnreadableError ? e.message : reason(e)}`);
      status = 2;
    }
  }
  return status;
}

process.exitCode = await main(process.argv.slice(2));
