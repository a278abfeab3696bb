// @vitest-environment node
/**
 * `npm run validate -- FILE.json …` (scripts/validate.ts), run as a separate process.
 * Exit status: 0 all valid; 1 some file invalid (not JSON and too large count as invalid);
 * 2 usage error or unreadable file.
 */
import { spawn, spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');
const MINIMAL = 'tests/fixtures/valid/minimal.json';
const TIMEOUT = 120_000; // a hang, not a slow machine (tsx starts slowly under load)

function validate(...args: string[]) {
  const run = spawnSync(TSX, ['scripts/validate.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: TIMEOUT,
    env: { ...process.env, NO_COLOR: '1', ZIYARA_LANG: 'en' },
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/**
 * The CLI with its standard input fed by `feed` (which may write forever: the CLI's closing the
 * pipe ends it). Resolves once the CLI has exited.
 */
function validateFed(args: string[], feed: (stdin: NodeJS.WritableStream) => void) {
  return new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(TSX, ['scripts/validate.ts', ...args], {
      cwd: ROOT,
      env: { ...process.env, NO_COLOR: '1' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdin.on('error', () => {}); // EPIPE once the CLI stops reading: expected
    child.on('close', (status) => resolve({ status, stdout, stderr }));
    feed(child.stdin);
  });
}

/** Writes 1 MB blocks of spaces to `out` until it is closed; never ends by itself. */
function endless(out: NodeJS.WritableStream) {
  const block = Buffer.alloc(1024 * 1024, 0x20);
  const more = () => {
    while (out.write(block));
    out.once('drain', more);
  };
  out.on('error', () => out.removeAllListeners('drain'));
  more();
}
/** A stack trace would show lines such as "    at main (…)". */
const noStackTrace = (text: string) => expect(text).not.toMatch(/^\s+at /m);

const scratch = mkdtempSync(join(tmpdir(), 'ziyara-validate-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('validate CLI', () => {
  it(
    'prints the counts of a valid file and exits 0',
    () => {
      const run = validate(MINIMAL);
      expect(run.stdout).toBe(
        `valid: 5 meetings, 2 people, 2 organizations, 1 events, 2 topics, 1 figures, 2 sources, 1 host country, format version 1 (${MINIMAL})\n`,
      );
      expect(run.status).toBe(0);
    },
    TIMEOUT,
  );

  it(
    'accepts format version 2, and says which version a file is in',
    () => {
      const run = validate('tests/fixtures/valid/minimal-v2.json');
      expect(run.stdout).toBe(
        'valid: 3 meetings, 5 people, 6 organizations, 0 events, 1 topics, 0 figures, 1 sources, 2 host countries, format version 2 (tests/fixtures/valid/minimal-v2.json)\n',
      );
      expect(run.status).toBe(0);
    },
    TIMEOUT,
  );

  it(
    'says where a country is missing on a tour of two hosts',
    () => {
      const file = 'tests/fixtures/invalid/v2-missing-country.json';
      const run = validate(file);
      expect(run.stdout).toContain(
        '  organizations[1].country (line 53, column 5): expected a "country": the visit has several countries on the host side ("KR", "JP"), so nothing says which, found nothing: the field is missing\n',
      );
      expect(run.stdout).toContain('    see docs/data-format.md#countries\n');
      expect(run.status).toBe(1);
    },
    TIMEOUT,
  );

  it(
    'npm run migrate writes a version 1 file as version 2 that validates; refuses an invalid one',
    () => {
      const out = join(scratch, 'minimal-v2-migrated.json');
      const run = spawnSync(TSX, ['scripts/migrate.ts', MINIMAL, '-o', out], {
        cwd: ROOT,
        encoding: 'utf8',
        timeout: TIMEOUT,
      });
      expect(run.status).toBe(0);
      expect(run.stderr).toBe(`wrote ${out}: format version 2\n`);
      const written = JSON.parse(readFileSync(out, 'utf8')) as Record<string, unknown>;
      expect(written.schemaVersion).toBe(2);
      expect(written.hosts).toEqual([JSON.parse(readFileSync(join(ROOT, MINIMAL), 'utf8')).host]);
      expect(validate(out).stdout).toMatch(/^valid: 5 meetings, .*, format version 2 /);
      const bad = spawnSync(TSX, ['scripts/migrate.ts', 'tests/fixtures/invalid/cycle.json'], {
        cwd: ROOT,
        encoding: 'utf8',
        timeout: TIMEOUT,
        env: { ...process.env, ZIYARA_LANG: 'en' },
      });
      expect(bad.status).toBe(1);
      expect(bad.stdout).toBe('');
      expect(bad.stderr).toMatch(
        /^invalid: tests\/fixtures\/invalid\/cycle.json\n {2}organizations\[0\]\.parent/,
      );
    },
    TIMEOUT,
  );

  const bundled = existsSync(join(ROOT, 'data/visits'))
    ? readdirSync(join(ROOT, 'data/visits')).filter((f) => f.endsWith('.json'))
    : [];
  if (bundled.length === 0) it.skip('accepts the bundled visit (none in data/visits yet)');
  else {
    it(
      'accepts the bundled visits',
      () => {
        const run = validate(...bundled.map((f) => `data/visits/${f}`));
        expect(run.stdout.match(/^valid: /gm)).toHaveLength(bundled.length);
        expect(run.status).toBe(0);
      },
      TIMEOUT,
    );
  }

  it(
    'prints each error of an invalid file with its path and exits 1',
    () => {
      const file = 'tests/fixtures/invalid/side-mismatch.json';
      const run = validate(file);
      // Issue 18: each error with its line and column, an excerpt and its docs section.
      expect(run.stdout).toBe(
        `invalid: ${file}\n` +
          '  meetings[0].participants.host[0] (line 80, column 63): expected a person on the host side, found "guest-minister", which is on the guest side\n' +
          '    79 |       },\n' +
          '    80 |       "participants": { "guest": ["guest-minister"], "host": ["guest-minister"] },\n' +
          '       |                                                               ^^^^^^^^^^^^^^^^\n' +
          '    see docs/data-format.md#meetings\n',
      );
      expect(run.status).toBe(1);
    },
    TIMEOUT,
  );

  it(
    'treats text that is not JSON as an invalid file: exit 1',
    () => {
      const file = 'tests/fixtures/invalid/not-json.json';
      const run = validate(file);
      expect(run.stdout).toMatch(
        new RegExp(
          `^invalid: ${file}\\n  line 2, column 3: expected valid JSON, which has no comments`,
        ),
      );
      expect(run.status).toBe(1);
    },
    TIMEOUT,
  );

  it(
    'names a missing file and the system’s reason, exits 2, no stack trace',
    () => {
      const run = validate('no/such/visit.json');
      expect(run.stderr).toBe(
        'validate: cannot read no/such/visit.json: ENOENT: no such file or directory\n',
      );
      expect(run.stdout).toBe('');
      expect(run.status).toBe(2);
    },
    TIMEOUT,
  );

  it(
    'refuses a directory: exit 2',
    () => {
      const run = validate('tests');
      expect(run.stderr).toMatch(/cannot read tests: it is a directory/);
      expect(run.status).toBe(2);
    },
    TIMEOUT,
  );

  it(
    'refuses a file over LIMITS.fileBytes without reading it: exit 1',
    () => {
      const big = join(scratch, 'big.json');
      writeFileSync(big, '');
      truncateSync(big, 21 * 1024 * 1024); // sparse: no 21 MB written
      const run = validate(big);
      expect(run.stdout).toBe(
        `invalid: ${big}\n  (root): expected a file of at most 20 MB, found 21.0 MB\n`,
      );
      expect(run.status).toBe(1);
    },
    TIMEOUT,
  );

  it(
    'accepts a file that starts with a byte-order mark, as browsers do',
    () => {
      const bom = join(scratch, 'bom.json');
      writeFileSync(bom, `\uFEFF${readFileSync(join(ROOT, MINIMAL), 'utf8')}`);
      const run = validate(bom);
      expect(run.stdout).toMatch(/^valid: 5 meetings/);
      expect(run.status).toBe(0);
    },
    TIMEOUT,
  );

  it(
    'checks every file: exit 1 if one is invalid, 2 if one cannot be read',
    () => {
      const invalid = 'tests/fixtures/invalid/cycle.json';
      const some = validate(MINIMAL, invalid);
      expect(some.stdout).toMatch(
        /^valid: .*\ninvalid: tests\/fixtures\/invalid\/cycle.json\n {2}organizations\[0\]\.parent \(line 33, column 17\): /,
      );
      expect(some.status).toBe(1);
      const unreadable = validate(invalid, 'missing.json', MINIMAL);
      expect(unreadable.stdout.match(/^(valid|invalid): /gm)).toHaveLength(2);
      expect(unreadable.stderr).toMatch(/missing\.json/);
      expect(unreadable.status).toBe(2);
    },
    TIMEOUT,
  );

  it(
    'prints usage and exits 2 without arguments or with an unknown option',
    () => {
      for (const args of [[], ['--strict', MINIMAL]]) {
        const run = validate(...args);
        expect(run.stderr).toMatch(
          /^(validate: unknown option --strict\n\n)?usage: npm run validate -- FILE\.json/,
        );
        expect(run.stdout).toBe('');
        expect(run.status).toBe(2);
        noStackTrace(run.stderr);
      }
    },
    TIMEOUT,
  );

  it(
    'prints usage and exits 0 with --help; reads a file named after --',
    () => {
      const help = validate('--help');
      expect(help.stdout).toMatch(/^usage: /);
      expect(help.status).toBe(0);
      const dashed = validate('--', MINIMAL);
      expect(dashed.status).toBe(0);
    },
    TIMEOUT,
  );

  it(
    'refuses a UTF-16 file by naming its encoding, as the browser does: exit 1',
    () => {
      const text = readFileSync(join(ROOT, MINIMAL), 'utf8');
      const file = join(scratch, 'utf16.json');
      writeFileSync(file, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
      const run = validate(file);
      expect(run.stdout).toBe(
        `invalid: ${file}\n  (root): expected UTF-8 text (save the file as UTF-8), found UTF-16 LE text (it starts with the byte-order mark FF FE)\n`,
      );
      expect(run.status).toBe(1);
    },
    TIMEOUT,
  );

  it(
    'refuses a file just under the limit whose last byte is not UTF-8 as not UTF-8: exit 1',
    () => {
      const size = Math.floor(19.9 * 1024 * 1024);
      const bytes = Buffer.alloc(size, 0x20);
      bytes[0] = 0x7b;
      bytes[size - 1] = 0xff;
      const file = join(scratch, 'bad-end.json');
      writeFileSync(file, bytes);
      const run = validate(file);
      expect(run.stdout).toBe(
        `invalid: ${file}\n  (root): expected UTF-8 text, found byte FF is never used in UTF-8, at byte ${(size - 1).toLocaleString('en-US')} (line 1, column ${size.toLocaleString('en-US')})\n`,
      );
      expect(run.status).toBe(1);
    },
    TIMEOUT,
  );

  it(
    'refuses an empty file as empty: exit 1',
    () => {
      const file = join(scratch, 'empty.json');
      writeFileSync(file, '');
      const run = validate(file);
      expect(run.stdout).toBe(
        `invalid: ${file}\n  (root): expected a visit: a JSON object starting with {, found an empty file (0 bytes)\n`,
      );
      expect(run.status).toBe(1);
    },
    TIMEOUT,
  );

  it(
    'stops reading /dev/zero at the limit (it reports size 0 and never ends): too large, exit 1',
    () => {
      const run = validate('/dev/zero');
      expect(run.stdout).toBe(
        'invalid: /dev/zero\n  (root): expected a file of at most 20 MB, found more than 20 MB\n',
      );
      expect(run.status).toBe(1);
    },
    TIMEOUT,
  );

  it(
    'reads standard input with -, and stops an endless pipe at the limit: exit 1',
    async () => {
      const run = await validateFed(['-'], endless);
      expect(run.stdout).toBe(
        'invalid: -\n  (root): expected a file of at most 20 MB, found more than 20 MB\n',
      );
      expect(run.status).toBe(1);
      const valid = await validateFed(['-'], (stdin) =>
        stdin.end(readFileSync(join(ROOT, MINIMAL))),
      );
      expect(valid.stdout).toMatch(/^valid: 5 meetings, .* \(-\)\n$/);
      expect(valid.status).toBe(0);
    },
    TIMEOUT,
  );

  it.runIf(process.platform !== 'win32')(
    'reads a named pipe (FIFO) the test feeds, to its end or to the limit',
    async () => {
      const fifo = join(scratch, 'visit.fifo');
      expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
      const visit = readFileSync(join(ROOT, MINIMAL));
      const fed = validateFed([fifo], () => {});
      // Opening a FIFO for writing waits for the reader: the CLI.
      const { createWriteStream } = await import('node:fs');
      createWriteStream(fifo).end(visit);
      const valid = await fed;
      expect(valid.stdout).toMatch(/^valid: 5 meetings/);
      expect(valid.status).toBe(0);
      const endlessRun = validateFed([fifo], () => {});
      const out = createWriteStream(fifo);
      out.on('error', () => {}); // EPIPE once the CLI has read enough
      endless(out);
      const over = await endlessRun;
      out.destroy();
      expect(over.stdout).toMatch(/found more than 20 MB\n$/);
      expect(over.status).toBe(1);
    },
    TIMEOUT,
  );
});
