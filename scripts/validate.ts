/**
 * Checks visit files against the format, as the app would load them:
 *
 *   npm run validate -- FILE.json [FILE.json …]        (runs `tsx scripts/validate.ts`)
 *
 * For each file it prints one of
 *
 *   valid: 5 meetings, 2 people, 2 organizations, 1 events, 2 topics, 1 figures, 2 sources (FILE)
 *
 *   invalid: FILE
 *     meetings[0].participants.host[0]: expected a person on the host side, found "x" (side "guest")
 *
 * with one indented line per error (at most MAX_ERRORS). Exit status: 0 when every file is valid;
 * 1 when some file is invalid — including text that is not JSON and files over LIMITS.fileBytes,
 * which are refused before being read; 2 on a usage error or a file that cannot be read (missing,
 * a directory, no permission), named with the system's reason, without a stack trace.
 */
import { readFileSync, statSync } from 'node:fs';
import {
  MAX_ERRORS,
  makeError,
  parseVisitText,
  type ParseResult,
} from '../src/lib/model/parseVisit';
import { LIMITS } from '../src/lib/model/schema';

const USAGE = `usage: npm run validate -- FILE.json [FILE.json …]
       (or: npx tsx scripts/validate.ts FILE.json …)

Checks each visit file. Exit status 0: all valid; 1: some file invalid; 2: usage error or a file
that cannot be read.`;

class UnreadableError extends Error {}

/** The system's reason, without Node's syscall suffix: "ENOENT: no such file or directory". */
function reason(e: unknown): string {
  if (e instanceof Error) return e.message.replace(/, \w+ '.*'$/s, '');
  return String(e);
}

function check(file: string): ParseResult {
  let size: number;
  try {
    const stat = statSync(file);
    if (stat.isDirectory()) throw new UnreadableError(`cannot read ${file}: it is a directory`);
    size = stat.size;
  } catch (e) {
    if (e instanceof UnreadableError) throw e;
    throw new UnreadableError(`cannot read ${file}: ${reason(e)}`);
  }
  if (size > LIMITS.fileBytes) {
    const expected = `expected a file of at most ${LIMITS.fileBytes / 1024 / 1024} MB`;
    const found = `${(size / 1024 / 1024).toFixed(1)} MB`;
    return { ok: false, errors: [makeError('(root)', 'too-large', expected, found)] };
  }
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new UnreadableError(`cannot read ${file}: ${reason(e)}`);
  }
  // Browsers drop a UTF-8 byte-order mark when they decode a file; so does this.
  return parseVisitText(text.replace(/^\uFEFF/, ''));
}

function report(file: string, result: ParseResult): string[] {
  if (!result.ok) {
    const lines = [`invalid: ${file}`, ...result.errors.map((e) => `  ${e.message}`)];
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
  ];
  return [`valid: ${counts.join(', ')} (${file})`];
}

/** Runs the command line; returns the exit status. */
function main(args: readonly string[]): number {
  const files: string[] = [];
  let options = true;
  for (const arg of args) {
    if (options && arg === '--') options = false;
    else if (options && (arg === '-h' || arg === '--help')) {
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
      const result = check(file);
      console.log(report(file, result).join('\n'));
      if (!result.ok) status = Math.max(status, 1);
    } catch (e) {
      console.error(`validate: ${e instanceof UnreadableError ? e.message : reason(e)}`);
      status = 2;
    }
  }
  return status;
}

process.exitCode = main(process.argv.slice(2));
