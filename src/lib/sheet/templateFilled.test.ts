// @vitest-environment node
/**
 * The committed template (public/ziyara-template.xlsx), filled from the Korea 2022 visit as a
 * new user would: its example rows written over with the visit's rows, column by column under
 * the template's own headers, days typed into Excel (date cells), the sheet the visit does not
 * need (Legs: one host country) deleted. Saved as .xlsx and imported, it gives the bundled
 * visit.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { koreaTables, koreaVisit } from '../../../tests/fixtures/sheets/workbooks';
import type { Cell, Table } from './cells';
import { importTables } from './importSheet';
import { importFiles } from './workbook';
import { sheetProblemLine } from './words';
import { readXlsx, writeXlsx } from './xlsx';

const plain = (v: unknown) => JSON.parse(JSON.stringify(v)) as unknown;

/** The template's sheets with the Korea rows under their headers; `legs`: keep Legs, emptied. */
async function filledTemplate(legs: boolean): Promise<Table[]> {
  const template = await readXlsx(new Uint8Array(readFileSync('public/ziyara-template.xlsx')));
  const korea = koreaTables();
  const out: Table[] = [];
  for (const t of template) {
    const head = (t.rows[0] ?? []).map(String);
    const k = korea.find((x) => x.name === t.name);
    if (t.name.startsWith('Read me')) out.push(t);
    else if (k) {
      const from = (k.rows[0] ?? []).map(String);
      // Every column the visit fills is one the template already has.
      expect(from.filter((h) => !head.includes(h))).toEqual([]);
      const rows = k.rows.slice(1).map((r) => head.map((h): Cell => r[from.indexOf(h)] ?? null));
      out.push({ name: t.name, rows: [t.rows[0]!, ...rows] });
    } else if (legs) out.push({ name: t.name, rows: [t.rows[0]!] });
  }
  return out;
}

/** Days typed into Excel become date cells. */
function typeDays(tables: Table[]): number {
  let typed = 0;
  for (const t of tables.filter((x) => x.name.startsWith('Engagements'))) {
    const c = (t.rows[0] ?? []).findIndex((h) => String(h).startsWith('Date /'));
    for (const row of t.rows.slice(1)) {
      const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(String(row[c]));
      if (!m) continue;
      row[c] = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
      typed++;
    }
  }
  return typed;
}

describe('the template filled from the Korea 2022 visit', () => {
  it('gives the bundled visit, through a saved .xlsx', async () => {
    const tables = await filledTemplate(false);
    expect(typeDays(tables)).toBeGreaterThan(2);
    const [readMe, ...sheets] = tables;
    const bytes = await writeXlsx(sheets, [], {
      name: readMe!.name,
      rows: readMe!.rows.map((r) => r.map((c) => String(c ?? ''))),
    });
    const r = await importFiles([{ name: 'korea-from-template.xlsx', bytes }]);
    if (!r.ok) throw new Error(r.problems.map((p) => sheetProblemLine(p, 'en', false)).join('\n'));
    expect(plain(r.visit)).toEqual(plain(koreaVisit()));
  });

  it('reads a sheet left with its headers only as an empty list (Legs: no legs)', async () => {
    const r = importTables(await filledTemplate(true));
    expect(r.ok).toBe(true);
    if (r.ok) expect(plain(r.visit)).toEqual({ ...(plain(koreaVisit()) as object), itinerary: [] });
  });
});
