// @vitest-environment node
/**
 * The kinds of mistake mistakes.test.ts does not make: about a whole row or a header (one
 * visit, one guest country, a column twice), each one message at its sheet and row (and its
 * column for a header); and days judged by the gate's proleptic Gregorian calendar at their
 * cell, year 0000 a leap year (a date library that reads years 0–99 as 1900–1999 refuses its
 * 29 February).
 */
import { describe, expect, it } from 'vitest';
import { columnOf, koreaTables, setCell, tableOf } from '../../../tests/fixtures/sheets/workbooks';
import { importTables } from './importSheet';
import type { SheetProblem } from './problems';
import { sheetProblemLine } from './words';

const problems = (t: ReturnType<typeof koreaTables>): SheetProblem[] => {
  const r = importTables(t);
  return r.ok ? [] : r.problems;
};
const lines = (ps: SheetProblem[], lang: 'ar' | 'en') =>
  ps.map((p) => sheetProblemLine(p, lang, false));

describe('mistakes about a whole row or a header', () => {
  it('a second visit row: one message at the Visit sheet’s row 3', () => {
    const t = koreaTables();
    const visit = tableOf(t, 'visit');
    visit.rows.push([...visit.rows[1]!]);
    const ps = problems(t);
    expect(ps).toMatchObject([{ sheet: 'visit', row: 3, kind: 'one-row' }]);
    expect(lines(ps, 'en')).toEqual(['Visit, row 3: expected one visit, in row 2; found 2 rows']);
    expect(lines(ps, 'ar')).toEqual([
      'الزيارة، الصف 3: المتوقَّع زيارة واحدة في الصف 2؛ الموجود 2 صفوف',
    ]);
  });

  it('a second guest country: one message at its row of the Countries sheet', () => {
    const t = koreaTables();
    const countries = tableOf(t, 'countries');
    const second = [...countries.rows[1]!];
    second[columnOf(countries, 'Code')] = 'SA';
    countries.rows.push(second);
    const ps = problems(t);
    expect(ps).toMatchObject([{ sheet: 'countries', row: 4, kind: 'one-guest' }]);
    expect(lines(ps, 'en')).toEqual([
      'Countries, row 4: expected exactly one country on the guest side, found 2',
    ]);
  });

  it('a column twice: one message at row 1, naming the column', () => {
    const t = koreaTables();
    const people = tableOf(t, 'people');
    const header = people.rows[0]![columnOf(people, 'Position (en)')];
    people.rows[0]!.push(header);
    for (const row of people.rows.slice(1)) row.push(null);
    const ps = problems(t);
    expect(ps).toMatchObject([
      { sheet: 'people', row: 1, column: header, kind: 'duplicate-column' },
    ]);
    expect(lines(ps, 'en')).toEqual([
      `People, row 1, column Position (en): the column '${String(header)}' appears twice`,
    ]);
    expect(lines(ps, 'ar')[0]).toMatch(/^الأشخاص، الصف 1، العمود «المنصب \(en\)»: /);
  });
});

describe('days that must exist', () => {
  it('takes 29 February 0000 and 2024 (leap years), at the cell as typed', () => {
    for (const day of ['0000-02-29', '2024-02-29']) {
      const t = koreaTables();
      setCell(t, 'engagements', 'meeting-koh-jin', 'Date', day);
      const r = importTables(t);
      expect(r.ok && r.visit.meetings.find((m) => m.id === 'meeting-koh-jin')?.date).toMatchObject({
        precision: 'day',
        start: day,
      });
    }
  });

  it.each(['1900-02-29', '0100-02-29', '2022-02-30'])(
    'refuses %s at its cell, saying the day does not exist',
    (day) => {
      const t = koreaTables();
      const at = setCell(t, 'engagements', 'meeting-koh-jin', 'Date', day);
      const ps = problems(t);
      expect(ps.map((p) => ({ sheet: p.sheet, row: p.row, column: p.column }))).toEqual([at]);
      expect(lines(ps, 'en')[0]).toContain(
        `column Date: expected a date that exists in the calendar, found "${day}"`,
      );
    },
  );
});
