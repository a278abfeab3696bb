// @vitest-environment node
/**
 * The round trip loses nothing: every bundled visit and generated visits (every precision and
 * field, extreme but legal values) → workbook bytes → visit, deep-equal after the gate.
 */
import { readFileSync, readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbitraryVisit } from '../../../tests/fixtures/arbitraryVisit';
import { parseVisit, parseVisitText } from '../model/parseVisit';
import type { Visit } from '../model/schema';
import { csvTable } from './csv';
import { importTables } from './importSheet';
import { importFiles, visitCsv, visitWorkbook } from './workbook';
import { sheetProblemLine } from './words';

const plain = (v: unknown) => JSON.parse(JSON.stringify(v)) as unknown;
const gate = (v: unknown): Visit => {
  const r = parseVisit(v);
  if (!r.ok) throw new Error(JSON.stringify(r.errors.slice(0, 3)));
  return r.visit;
};

async function throughXlsx(visit: Visit) {
  const bytes = await visitWorkbook(visit as unknown as Record<string, unknown>);
  const back = await importFiles([{ name: 'visit.xlsx', bytes }]);
  if (!back.ok)
    throw new Error(back.problems.map((p) => sheetProblemLine(p, 'en', false)).join('\n'));
  return back.visit;
}

const RUNS = Number(process.env.ZIYARA_SHEET_RUNS ?? 30);
/** Catches a hang, never a slow machine: each generated visit is a whole workbook written and read. */
const HANG = 600_000;

describe('the spreadsheet round trip', () => {
  const dir = 'data/visits';
  it.each(readdirSync(dir).filter((f) => f.endsWith('.json')))(
    'keeps every field of the bundled %s',
    async (file) => {
      const r = parseVisitText(readFileSync(`${dir}/${file}`, 'utf8'));
      expect(r.ok).toBe(true);
      if (!r.ok) return;
      expect(plain(await throughXlsx(r.visit))).toEqual(plain(r.visit));
    },
  );

  const valid = 'tests/fixtures/valid';
  it.each(readdirSync(valid).filter((f) => f.endsWith('.json')))(
    'keeps every field of the valid fixture %s',
    async (file) => {
      const r = parseVisitText(readFileSync(`${valid}/${file}`, 'utf8'));
      expect(r.ok).toBe(true);
      if (!r.ok) return;
      expect(plain(await throughXlsx(r.visit))).toEqual(plain(r.visit));
    },
  );

  it(
    'keeps every field of generated visits, through .xlsx bytes',
    async () => {
      await fc.assert(
        fc.asyncProperty(arbitraryVisit({ maxOrgs: 60, maxMeetings: 60 }), async (v) => {
          const visit = gate(plain(v));
          expect(plain(await throughXlsx(visit))).toEqual(plain(visit));
        }),
        { numRuns: RUNS },
      );
    },
    HANG,
  );

  it(
    'keeps every field through CSV files as well',
    async () => {
      await fc.assert(
        fc.asyncProperty(arbitraryVisit({ big: 0 }), async (v) => {
          const visit = gate(plain(v));
          const tables = visitCsv(visit as unknown as Record<string, unknown>).map((f) =>
            csvTable(f.name, f.text),
          );
          const back = importTables(tables);
          expect(back.ok && plain(back.visit)).toEqual(plain(visit));
        }),
        { numRuns: Math.ceil(RUNS / 2) },
      );
    },
    HANG,
  );
});
