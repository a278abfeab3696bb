// @vitest-environment node
/**
 * A workbook is untrusted input: formulas written by hand into the sheet XML (with and without a
 * saved value, HYPERLINK, DDE), text that looks like a formula, XML with a DOCTYPE ("billion
 * laughs"), and files that are no workbook at all. Each comes out as plain text or one clear
 * message; nothing is ever evaluated, expanded or thrown.
 */
import { describe, expect, it } from 'vitest';
import {
  CFB,
  LAUGHS,
  koreaWith,
  patchSheets,
  withCells,
} from '../../../tests/fixtures/sheets/hostile';
import { importFiles, type SheetImport } from './workbook';
import { describeSheetProblem, sheetProblemLine } from './words';

const read = (bytes: Uint8Array, name = 'hostile.xlsx') => importFiles([{ name, bytes }]);
const person = (r: SheetImport, id: string) =>
  r.ok ? r.visit.people.find((p) => p.id === id) : undefined;
const lines = (r: SheetImport) =>
  r.ok ? [] : r.problems.map((p) => sheetProblemLine(p, 'en', false));

const DDE = `=cmd|' /C calc'!A0`;

describe('formulas are never evaluated', () => {
  it('reads the value a formula saved, never the formula', async () => {
    const base = await koreaWith([
      ['people', 'koh-jin', 'Name (en)', 'M1'],
      ['people', 'lee-young', 'Name (en)', 'M2'],
      ['people', 'kang-yo-sik', 'Name (en)', 'M3'],
    ]);
    const r = await read(
      withCells(base, {
        M1: (ref) => `<c r="${ref}" t="str"><f>CONCAT("Ko","h")</f><v>Saved name</v></c>`,
        M2: (ref) =>
          `<c r="${ref}" t="str"><f>HYPERLINK("https://evil.example","click")</f><v>click</v></c>`,
        // A DDE formula; the spreadsheet program saved an error: read as empty.
        M3: (ref) => `<c r="${ref}" t="e"><f>cmd|' /C calc'!A0</f><v>#REF!</v></c>`,
      }),
    );
    expect(lines(r)).toEqual([]);
    expect(person(r, 'koh-jin')?.name?.en).toBe('Saved name');
    expect(person(r, 'lee-young')?.name?.en).toBe('click');
    expect(person(r, 'kang-yo-sik')?.name?.en).toBeUndefined();
    expect(JSON.stringify(r.ok && r.json)).not.toMatch(/evil\.example|calc|CONCAT/);
  });

  it('says at its cell that a formula has no saved value, in both languages', async () => {
    const base = await koreaWith([
      ['people', 'koh-jin', 'Name (en)', 'M1'],
      ['people', 'lee-young', 'Position (en)', 'M2'],
    ]);
    const r = await read(
      withCells(base, {
        M1: (ref) => `<c r="${ref}" t="str"><f>1+1</f></c>`,
        M2: (ref) => `<c r="${ref}"><f>${DDE.slice(1).replace(/'/g, '&apos;')}</f></c>`,
      }),
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems.map((p) => [p.sheet, p.column?.split(' / ')[0], p.kind])).toEqual([
      ['people', 'Name (en)', 'formula'],
      ['people', 'Position (en)', 'formula'],
    ]);
    const [en, ar] = [
      describeSheetProblem(r.problems[0]!, 'en'),
      describeSheetProblem(r.problems[0]!, 'ar'),
    ];
    expect(en.where).toMatch(/^People, row \d+, column Name \(en\)$/);
    expect(en.what).toMatch(/^a formula with no saved value: Ziyara never computes formulas/);
    expect(ar.what).toMatch(/^صيغة بلا قيمة محفوظة/);
  });

  it.each(['=1+1', DDE, '=HYPERLINK("https://evil.example","x")', '+1', '-1+2', '@SUM(A1)'])(
    'keeps text typed as %j exactly as text',
    async (text) => {
      const r = await read(await koreaWith([['people', 'koh-jin', 'Name (en)', text]]));
      expect(lines(r)).toEqual([]);
      expect(person(r, 'koh-jin')?.name?.en).toBe(text);
    },
  );
});

describe('XML the reader refuses', () => {
  it('refuses a DOCTYPE with entities ("billion laughs"), expanding nothing', async () => {
    const base = await koreaWith([['people', 'koh-jin', 'Name (en)', 'M1']]);
    const bomb = patchSheets(
      withCells(base, { M1: (ref) => `<c r="${ref}" t="inlineStr"><is><t>&lol9;</t></is></c>` }),
      (xml) => xml.replace('?>', `?>${LAUGHS}`),
    );
    const r = await read(bomb);
    expect(r.ok || r.problems).toMatchObject([{ kind: 'unreadable', why: 'doctype' }]);
    expect(lines(r)[0]).toMatch(/DOCTYPE or ENTITY declaration, which no workbook has$/);
  });

  it('reads a deeply nested shared string without overflowing the stack', async () => {
    const base = await koreaWith([['people', 'koh-jin', 'Name (en)', 'M1']]);
    const deep = `${'<r>'.repeat(100_000)}<t>deep</t>${'</r>'.repeat(100_000)}`;
    const r = await read(
      withCells(base, { M1: (ref) => `<c r="${ref}" t="inlineStr"><is>${deep}</is></c>` }),
    );
    // Read or refused, with an answer either way.
    expect(r.ok || r.problems.length > 0).toBe(true);
  });
});

describe('files that are no workbook', () => {
  it.each([
    ['an empty file', new Uint8Array(), 'hostile.xlsx', 'empty', /the file is empty$/],
    [
      'a password-protected workbook (OLE compound file)',
      CFB,
      'hostile.xlsx',
      'encrypted',
      /password-protected/,
    ],
    [
      'a text file renamed .xlsx',
      new TextEncoder().encode('name,title\n'),
      'hostile.xlsx',
      'not-zip',
      /not an \.xlsx file/,
    ],
  ])('names %s', async (_what, bytes, name, why, words) => {
    const r = await read(bytes, name);
    expect(r.ok || r.problems).toMatchObject([{ kind: 'unreadable', why }]);
    expect(lines(r)[0]).toMatch(words);
    if (!r.ok)
      expect(describeSheetProblem(r.problems[0]!, 'ar').what).toMatch(/^تعذّرت قراءة الملف/);
  });

  it('refuses a truncated workbook, and a zip with garbage after its header', async () => {
    const whole = await koreaWith([]);
    for (const bytes of [
      whole.slice(0, whole.length / 2),
      new Uint8Array([0x50, 0x4b, 3, 4, 9, 9]),
    ]) {
      const r = await read(bytes);
      expect(r.ok || r.problems[0]?.kind).toBe('unreadable');
    }
  });
});
