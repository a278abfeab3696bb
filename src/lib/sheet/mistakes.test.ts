// @vitest-environment node
/**
 * Every kind of mistake an editor can make in a workbook gives one message, naming its sheet,
 * row and column, with what was expected and found, in Arabic and English.
 */
import { describe, expect, it } from 'vitest';
import { columnOf, koreaTables, setCell, tableOf } from '../../../tests/fixtures/sheets/workbooks';
import { importTables } from './importSheet';
import type { SheetProblem } from './problems';
import { importFiles } from './workbook';
import { describeSheetProblem, sheetProblemLine } from './words';
import { visitTables } from './write';
import { writeXlsx } from './xlsx';

const place = (p: SheetProblem) => ({ sheet: p.sheet, row: p.row, column: p.column, kind: p.kind });

describe('mistakes in a workbook', () => {
  it('gives one message per mistake, at its sheet, row and column', () => {
    const t = koreaTables();
    const people = tableOf(t, 'people');
    const header = columnOf(people, 'Position (en)');
    people.rows[0]![header] = 'Positon (en)';
    t.push({ name: 'Evnets', rows: [['Id']] });
    const want = [
      {
        ...setCell(t, 'sources', 'albayan-2022-10-09', 'URL', 'albayan.ae/uae/news'),
        kind: 'gate',
      },
      {
        ...setCell(
          t,
          'organizations',
          'kr-opc',
          'Name (en)',
          'Ministry of the Interior and Safety',
        ),
        kind: '-',
      },
      {
        ...setCell(t, 'people', 'koh-jin', 'Organization', 'وزارة الداخلة والسلامة'),
        kind: 'no-ref',
      },
      { ...setCell(t, 'people', 'lee-young', 'Role', 'counterprt'), kind: 'vocab' },
      { ...setCell(t, 'people', 'kang-yo-sik', 'Id', 'koh-jin'), kind: 'gate' },
      { ...setCell(t, 'engagements', 'meeting-koh-jin', 'Date', 'next week'), kind: 'date' },
      {
        ...setCell(
          t,
          'engagements',
          'meeting-lee-young',
          'Organizations',
          'Ministry of the Interior and Safety',
        ),
        kind: 'ambiguous',
      },
      { ...setCell(t, 'events', 'event-dpg-established', 'Approximate', 'maybe'), kind: 'yes-no' },
      { ...setCell(t, 'figures', 'figure-dpg-members', 'Value', 'many'), kind: 'number' },
    ].filter((w) => w.kind !== '-');
    for (const lang of ['Position (ar)', 'Position (en)', 'Position (ko)']) {
      try {
        setCell(t, 'people', 'abdulla-al-nuaimi', lang, null);
      } catch {
        // the renamed column is not there any more: its value is not read anyway
      }
    }
    const missing = setCell(t, 'people', 'abdulla-al-nuaimi', 'Position (ar)', null);
    const r = importTables(t);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const got = r.problems.map(place);
    expect(got).toEqual(
      expect.arrayContaining([
        ...want,
        { ...missing, kind: 'gate' },
        { sheet: 'people', row: 1, column: expect.any(String), kind: 'unknown-column' },
        { sheet: 'Evnets', row: undefined, column: undefined, kind: 'unknown-sheet' },
      ]),
    );
    expect(got).toHaveLength(want.length + 3);
  });

  it('words a mistake in English and Arabic, naming sheet, row and column, expected and found', () => {
    const t = koreaTables();
    const at = setCell(t, 'people', 'koh-jin', 'Organization', 'وزارة الداخلة والسلامة');
    const r = importTables(t);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems).toHaveLength(1);
    const p = r.problems[0]!;
    expect(sheetProblemLine(p, 'en', false)).toBe(
      `People, row ${at.row}, column Organization: no organization named 'وزارة الداخلة والسلامة' (did you mean 'وزارة الداخلية والسلامة'?)`,
    );
    expect(sheetProblemLine(p, 'ar', false)).toBe(
      `الأشخاص، الصف ${at.row}، العمود «الجهة»: لا جهة باسم «وزارة الداخلة والسلامة» (هل تقصد «وزارة الداخلية والسلامة»؟)`,
    );
    // On the page, values from the workbook are isolated.
    expect(describeSheetProblem(p, 'en').what).toContain('\u2068وزارة الداخلة والسلامة\u2069');
  });

  it('places a gate error (a URL without http) at its cell, with the gate’s words', () => {
    const t = koreaTables();
    const at = setCell(t, 'sources', 'albayan-2022-10-09', 'URL', 'albayan.ae/uae/news');
    const r = importTables(t);
    expect(r.ok || r.problems.map(place)).toEqual([{ ...at, kind: 'gate' }]);
    if (!r.ok)
      expect(sheetProblemLine(r.problems[0]!, 'en', false)).toMatch(
        /^Sources, row \d+, column URL: expected .*http/,
      );
  });

  it('says which sheet is missing', () => {
    const t = koreaTables().filter((x) => !x.name.startsWith('Countries'));
    const r = importTables(t);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.problems[0]).toMatchObject({ sheet: 'countries', kind: 'no-sheet' });
      expect(sheetProblemLine(r.problems[0]!, 'en', false)).toContain("no sheet 'Countries'");
    }
  });

  it('refuses a file that is not a spreadsheet, by name', async () => {
    const r = await importFiles([
      { name: 'visit.xlsx', bytes: new TextEncoder().encode('PK not a zip') },
    ]);
    expect(r.ok || r.problems[0]).toMatchObject({ kind: 'unreadable' });
  });

  it('never evaluates a formula: one without a saved value is a message at its cell', async () => {
    const { tables, layouts } = visitTables(
      (await import('../../../tests/fixtures/sheets/workbooks')).koreaVisit() as unknown as Record<
        string,
        unknown
      >,
    );
    const visit = tableOf(tables, 'visit');
    const c = columnOf(visit, 'Title (en)');
    visit.rows[1]![c] = {
      value: '=HYPERLINK("https://example.org","x")',
      type: 'Formula',
    } as never;
    const bytes = await writeXlsx(tables, layouts, { name: 'Read me', rows: [] });
    const r = await importFiles([{ name: 'v.xlsx', bytes }]);
    expect(r.ok || r.problems).toMatchObject([
      { sheet: 'visit', row: 2, column: visit.rows[0]![c], kind: 'formula' },
    ]);
  });
});

describe('a workbook filled as a new user would', () => {
  it('reads dates typed into Excel (date cells) and gives the bundled Korea 2022 visit', async () => {
    const { koreaVisit } = await import('../../../tests/fixtures/sheets/workbooks');
    const visit = koreaVisit();
    const { tables, layouts } = visitTables(visit as unknown as Record<string, unknown>);
    const meetings = tableOf(tables, 'engagements');
    const c = columnOf(meetings, 'Date');
    let typed = 0;
    for (const row of meetings.rows.slice(1)) {
      const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(String(row[c]));
      if (m) {
        row[c] = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
        typed++;
      }
    }
    expect(typed).toBeGreaterThan(2);
    const bytes = await writeXlsx(tables, layouts, { name: 'Read me', rows: [] });
    const r = await importFiles([{ name: 'korea.xlsx', bytes }]);
    expect(r.ok).toBe(true);
    if (r.ok)
      expect(JSON.parse(JSON.stringify(r.visit))).toEqual(JSON.parse(JSON.stringify(visit)));
  });
});

describe('a workbook an editor wrote by hand', () => {
  it('makes ids from English names where the Id column is empty, and resolves names to them', async () => {
    const { koreaTables: tables } = await import('../../../tests/fixtures/sheets/workbooks');
    const t = tables();
    const orgs = tableOf(t, 'organizations');
    const idCol = columnOf(orgs, 'Id');
    for (const row of orgs.rows.slice(1)) row[idCol] = null;
    // A reference by the English name, with other case and spacing.
    const at = setCell(t, 'people', 'lee-young', 'Organization', 'ministry of  SMEs and startups');
    const r = importTables(t);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const mss = r.visit.organizations.find((o) => o.name.en === 'Ministry of SMEs and Startups');
    expect(mss?.id).toBe('ministry-of-smes-and-startups');
    expect(r.visit.people.find((p) => p.id === 'lee-young')?.organization).toBe(mss?.id);
    expect(at.sheet).toBe('people');
  });
});
