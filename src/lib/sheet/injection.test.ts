// @vitest-environment node
/**
 * On the way out: a visit whose names start with `=`, `+`, `-` or `@` (a tab or a carriage
 * return the gate refuses in a name; CSV defuses them too) is written as text cells in .xlsx (shared strings, never a `<f>` formula) and defused in CSV
 * (a leading apostrophe, OWASP), and both read back to the same visit. And the Arabic message
 * for a bad date isolates each accepted form on its own.
 */
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { koreaVisit } from '../../../tests/fixtures/sheets/workbooks';
import { parseVisit } from '../model/parseVisit';
import type { Visit } from '../model/schema';
import { csvCell, csvField, parseCsv } from './csv';
import { DATE_FORMS } from './dates';
import { importFiles, visitCsv, visitWorkbook } from './workbook';
import { dateForms, describeSheetProblem, sheetProblemLine } from './words';

const NAMES = [
  `=cmd|' /C calc'!A0`,
  '=HYPERLINK("https://evil.example","x")',
  '+1+1',
  '-2+3',
  '@SUM(1)',
  "'=already quoted",
  "''+twice",
  '-5',
];
const plain = (v: unknown) => JSON.parse(JSON.stringify(v)) as unknown;

function hostileVisit(): Visit {
  const v = plain(koreaVisit()) as Visit;
  NAMES.forEach((n, i) => {
    v.people[i]!.name = { ...v.people[i]!.name, en: n };
  });
  const r = parseVisit(v);
  if (!r.ok) throw new Error(JSON.stringify(r.errors.slice(0, 2)));
  return r.visit;
}

describe('formula injection on the way out', () => {
  it('keeps the names the gate lets through', () => {
    expect(
      hostileVisit()
        .people.slice(0, NAMES.length)
        .map((p) => p.name?.en),
    ).toEqual(NAMES);
  });

  it('writes them as text cells in .xlsx, never formulas, and reads them back', async () => {
    const visit = hostileVisit();
    const bytes = await visitWorkbook(visit as unknown as Record<string, unknown>);
    const files = unzipSync(bytes);
    for (const [name, data] of Object.entries(files))
      if (name.startsWith('xl/worksheets/sheet')) expect(strFromU8(data)).not.toMatch(/<f[\s>/]/);
    const sst = strFromU8(files['xl/sharedStrings.xml']!);
    expect(sst).toContain('<t>=cmd|&apos; /C calc&apos;!A0</t>'.replace(/&apos;/g, "'"));
    const back = await importFiles([{ name: 'v.xlsx', bytes }]);
    expect(back.ok || back.problems.map((p) => sheetProblemLine(p, 'en', false))).toBe(true);
    if (back.ok) expect(plain(back.visit)).toEqual(plain(visit));
  });

  it('defuses them in CSV with one leading apostrophe, and reads them back as they were', async () => {
    const visit = hostileVisit();
    const files = visitCsv(visit as unknown as Record<string, unknown>);
    const people = parseCsv(files.find((f) => f.name.startsWith('People'))!.text);
    const cells = people.flat();
    for (const n of NAMES.slice(0, 5)) expect(cells).toContain(`'${n}`);
    expect(cells).toContain("''=already quoted");
    expect(cells).toContain("'''+twice");
    expect(cells).toContain('-5'); // a plain number runs nothing
    // No field of any file starts, unquoted or quoted, with a formula character.
    for (const f of files)
      for (const c of parseCsv(f.text).flat())
        if (c !== '-5') expect(c).not.toMatch(/^[=+\-@\t\r]/);
    const back = await importFiles(
      files.map((f) => ({ name: f.name, bytes: new TextEncoder().encode(f.text) })),
    );
    expect(back.ok || back.problems.map((p) => sheetProblemLine(p, 'en', false))).toBe(true);
    if (back.ok) expect(plain(back.visit)).toEqual(plain(visit));
  });

  it('strips an apostrophe only where it defuses something', () => {
    // (A name cannot start with a tab or a carriage return: the gate refuses them in one-line
    // text. Any cell that does is defused the same way.)
    for (const t of ["'", "'x", "it's", "'5", '', '=x', "'=x", "''=x", '\tx', '\rx', "'\tx"])
      expect(csvCell(parseCsv(csvField(t))[0]?.[0] ?? '')).toBe(t);
    expect(csvCell("'plain")).toBe("'plain");
    expect(csvCell("'=x")).toBe('=x');
    expect(csvField('\tx')).toBe('"\'\tx"');
    expect(csvField('\r=x')).toBe('"\'\r=x"');
  });
});

describe('the accepted forms of a date, in a message', () => {
  const FSI = '\u2068';
  const PDI = '\u2069';
  const problem = {
    sheet: 'engagements',
    row: 7,
    column: 'Date / التاريخ',
    kind: 'date' as const,
    found: 'next week',
    expected: DATE_FORMS,
  };

  it('isolates each form on its own in Arabic, on the page and on the command line', () => {
    for (const isolate of [true, false]) {
      const ar = describeSheetProblem(problem, 'ar', isolate).what;
      for (const f of DATE_FORMS) expect(ar).toContain(`${FSI}${f}${PDI}`);
      // Between two forms, only Arabic punctuation, outside any isolate.
      expect(ar).toContain(`${FSI}2022-10-04${PDI}، ${FSI}2022-10-04 to 2022-10-07${PDI}، `);
      expect(ar).toContain(`${PDI} أو ${FSI}unknown${PDI}`);
    }
    expect(dateForms(['2022-10-04'], 'ar', false)).toBe(`${FSI}2022-10-04${PDI}`);
  });

  it('leaves the English line plain on the command line', () => {
    expect(sheetProblemLine(problem, 'en', false)).toBe(
      "Engagements, row 7, column Date: expected a date such as 2022-10-04, 2022-10-04 to 2022-10-07, 2022-10, 2022, between 2022-10-03 and 2022-10-09, 2022-10-07 10:30, or unknown; found 'next week'",
    );
  });
});
