// @vitest-environment node
/**
 * Issue 18, in the CLI: the four-mistake file (a day 32, a participant who does not exist, a
 * misspelt field "titel", an empty Arabic name) lists four messages, each with its line and
 * column, an excerpt with carets and, where there is one, a suggestion; in English by default and
 * in Arabic with --lang ar or the environment.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');
const FOUR = 'tests/fixtures/messages/four-mistakes.json';
const TIMEOUT = 120_000;

function validate(args: string[], env: Record<string, string | undefined> = {}) {
  const base: Record<string, string | undefined> = { ...process.env, NO_COLOR: '1' };
  delete base.ZIYARA_LANG;
  delete base.LC_ALL;
  const run = spawnSync(TSX, ['scripts/validate.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: TIMEOUT,
    env: { ...base, LANG: 'C.UTF-8', ...env },
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** The message lines (two-space indent) of an output, without excerpts and hints. */
const heads = (out: string) => out.split('\n').filter((l) => /^ {2}\S/.test(l));

describe('validate CLI messages (issue 18)', () => {
  it(
    'lists all four mistakes in English by default, each with line, excerpt and suggestion',
    () => {
      const run = validate([FOUR]);
      expect(run.status).toBe(1);
      expect(heads(run.stdout)).toEqual([
        '  organizations[0].name.ar (line 32, column 23): expected a text that is not empty, found an empty text ""',
        '  people[1].titel (line 61, column 7): expected no such field here, found a field "titel"',
        '  meetings[0].participants.host[0] (line 80, column 63): expected the id of one of the people, found "host-ministr"',
        '  meetings[1].date.start (line 89, column 46): expected a date that exists in the calendar, found "2022-05-32": day 32 of May 2022, which does not exist (May has 31 days)',
      ]);
      // An excerpt with carets under the misspelt field, and the suggestions.
      expect(run.stdout).toContain(
        '    61 |       "titel": { "en": "Minister of Trade" },\n' +
          '       |       ^^^^^^^\n' +
          '    Did you mean "title"?\n' +
          '    see docs/data-format.md#people\n',
      );
      expect(run.stdout).toContain('    Did you mean "host-minister"?\n');
      expect(run.stdout.match(/^ {4}\d+ \| /gm)).toHaveLength(8);
      expect(run.stdout.match(/^ {7}\| +\^+$/gm)).toHaveLength(4);
    },
    TIMEOUT,
  );

  it(
    'words the same four in Arabic with --lang ar, and with ZIYARA_LANG=ar or LANG=ar_…',
    () => {
      const run = validate(['--lang', 'ar', FOUR]);
      expect(run.status).toBe(1);
      const lines = heads(run.stdout);
      expect(lines).toHaveLength(4);
      expect(lines.map((l) => /\(السطر (\d+)، العمود (\d+)\)/.exec(l)?.slice(1))).toEqual([
        ['32', '23'],
        ['61', '7'],
        ['80', '63'],
        ['89', '46'],
      ]);
      for (const l of lines) {
        expect(l).toMatch(/: المتوقَّع: .+؛ الموجود: .+/);
        // No English words but the file's own (paths, quoted values).
        expect(l.replace(/"[^"]*"|^\s*\S+/g, '')).not.toMatch(/\b(expected|found|field|line)\b/);
      }
      expect(lines[0]).toContain('نص فارغ ""');
      expect(lines[3]).toContain('اليوم 32 من مايو 2022، وهو غير موجود');
      expect(run.stdout).toContain('    هل تقصد "title"؟\n');
      expect(run.stdout).toContain('    هل تقصد "host-minister"؟\n');
      expect(run.stdout).toContain('    انظر docs/data-format.md#dates\n');
      expect(validate([FOUR], { ZIYARA_LANG: 'ar' }).stdout).toBe(run.stdout);
      expect(validate([FOUR], { LANG: 'ar_EG.UTF-8' }).stdout).toBe(run.stdout);
      expect(validate(['--lang=en', FOUR], { ZIYARA_LANG: 'ar' }).stdout).toBe(
        validate([FOUR]).stdout,
      );
    },
    TIMEOUT,
  );

  it(
    'refuses a --lang it does not know: exit 2',
    () => {
      const run = validate(['--lang', 'fr', FOUR]);
      expect(run.stderr).toMatch(/^validate: --lang takes ar or en/);
      expect(run.status).toBe(2);
    },
    TIMEOUT,
  );
});
