// @vitest-environment node
/**
 * `npm run sheet -- visit.json -o visit.xlsx` and `npm run import -- visit.xlsx -o visit.json`
 * (scripts/sheet.ts, scripts/import.ts), run as separate processes. Exit status as validate's:
 * 0 done; 1 the input has mistakes; 2 usage error or unreadable file.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { parseVisitText } from '../../src/lib/model/parseVisit';
import { csvTable, writeCsv } from '../../src/lib/sheet/csv';
import { setCell } from '../fixtures/sheets/workbooks';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');
const TIMEOUT = 120_000; // a hang, not a slow machine (tsx starts slowly under load)
const KOREA = 'data/visits/korea-2022.json';

function run(script: 'import' | 'sheet', args: string[], lang = 'en') {
  const r = spawnSync(TSX, [`scripts/${script}.ts`, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: TIMEOUT,
    env: { ...process.env, NO_COLOR: '1', ZIYARA_LANG: lang },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const scratch = mkdtempSync(join(tmpdir(), 'ziyara-sheet-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const gate = (text: string) => {
  const r = parseVisitText(text);
  if (!r.ok) throw new Error('invalid');
  return JSON.parse(JSON.stringify(r.visit)) as unknown;
};

describe('sheet and import CLIs', () => {
  it(
    'turns a visit into a workbook and back into the same visit: exit 0',
    () => {
      const xlsx = join(scratch, 'korea.xlsx');
      const json = join(scratch, 'korea.json');
      const out = run('sheet', [KOREA, '-o', xlsx]);
      expect(out.status).toBe(0);
      expect(readFileSync(xlsx).subarray(0, 2).toString()).toBe('PK');
      const back = run('import', [xlsx, '-o', json]);
      expect(back.stderr).toMatch(/^imported: 7 engagements, 10 people, 12 organizations → /);
      expect(back.status).toBe(0);
      expect(gate(readFileSync(json, 'utf8'))).toEqual(gate(readFileSync(KOREA, 'utf8')));
    },
    TIMEOUT * 2,
  );

  it(
    'reads a folder of CSV files, one per sheet; without -o the JSON goes to standard output',
    () => {
      const dir = join(scratch, 'csv');
      expect(run('sheet', [KOREA, '-o', dir, '--csv']).status).toBe(0);
      expect(readdirSync(dir)).toContain('People · الأشخاص.csv');
      const back = run('import', [dir]);
      expect(back.status).toBe(0);
      expect(gate(back.stdout)).toEqual(gate(readFileSync(KOREA, 'utf8')));
    },
    TIMEOUT * 2,
  );

  it(
    'prints one line per mistake naming sheet, row and column, writes nothing and exits 1',
    () => {
      const dir = join(scratch, 'bad');
      expect(run('sheet', [KOREA, '-o', dir, '--csv']).status).toBe(0);
      const file = join(dir, 'People · الأشخاص.csv');
      const t = csvTable(file, readFileSync(file, 'utf8'));
      const at = setCell([t], 'people', 'lee-young', 'Role', 'counterprt');
      writeFileSync(file, writeCsv(t));
      const json = join(scratch, 'bad.json');
      const en = run('import', [dir, '-o', json]);
      expect(en.status).toBe(1);
      expect(existsSync(json)).toBe(false);
      expect(en.stderr).toContain(
        `  People, row ${at.row}, column Role: expected one of 'head-of-delegation', 'delegation-member', 'ambassador', 'counterpart', 'official'; found 'counterprt' (did you mean 'counterpart'?)`,
      );
      const ar = run('import', [dir, '-o', json], 'ar');
      expect(ar.status).toBe(1);
      expect(ar.stderr).toContain(`الأشخاص، الصف ${at.row}، العمود «الدور»: المتوقَّع واحدة من`);
    },
    TIMEOUT * 3,
  );

  it(
    'names a missing file and exits 2; prints usage without arguments',
    () => {
      const missing = run('import', ['no/such.xlsx']);
      expect(missing.status).toBe(2);
      expect(missing.stderr).toMatch(/^import: cannot read no\/such\.xlsx: ENOENT/);
      const usage = run('sheet', []);
      expect(usage.status).toBe(2);
      expect(usage.stderr).toMatch(/^usage: npm run sheet/);
    },
    TIMEOUT * 2,
  );

  it(
    'refuses an invalid visit file with the gate’s messages: exit 1',
    () => {
      const bad = join(scratch, 'bad-visit.json');
      writeFileSync(bad, '{"schemaVersion": 2}');
      const r = run('sheet', [bad, '-o', join(scratch, 'x.xlsx')]);
      expect(r.status).toBe(1);
      expect(r.stderr).toMatch(/^invalid: /);
      expect(existsSync(join(scratch, 'x.xlsx'))).toBe(false);
    },
    TIMEOUT,
  );
});
