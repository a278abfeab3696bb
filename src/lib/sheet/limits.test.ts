// @vitest-environment node
/**
 * Every size limit of a spreadsheet (SHEET_LIMITS, unzip.ts), at the limit and just past it:
 * file bytes, entries, bytes really inflated (with honest sizes and with sizes that lie), rows
 * and columns (with and without cell addresses), in an .xlsx and in CSV. At the limit the
 * file is read (its mistakes, if any, are its cells'); past it, one `too-large` message.
 */
import { describe, expect, it } from 'vitest';
import {
  koreaWith,
  lyingEntry,
  pack,
  padding,
  patchSheets,
  unpack,
} from '../../../tests/fixtures/sheets/hostile';
import { SHEET_LIMITS } from './unzip';
import { importFiles, type SheetImport } from './workbook';
import { sheetProblemLine } from './words';

const read = (bytes: Uint8Array, name = 'big.xlsx') => importFiles([{ name, bytes }]);
const refused = (r: SheetImport) => !r.ok && r.problems.some((p) => p.kind === 'too-large');
const readable = (r: SheetImport) =>
  r.ok || !r.problems.some((p) => p.kind === 'too-large' || p.kind === 'unreadable');
const HANG = 120_000;
const first = (r: SheetImport) => (r.ok ? '' : sheetProblemLine(r.problems[0]!, 'en', false));

/** The Korea workbook's entries, and the bytes its kept (XML) entries inflate to. */
async function korea() {
  const entries = unpack(await koreaWith([]));
  const xml = Object.entries(entries)
    .filter(([n]) => n.endsWith('.xml') || n.endsWith('.xml.rels'))
    .reduce((s, [, d]) => s + d.length, 0);
  return { entries, xml };
}

describe('the limits of an .xlsx', () => {
  it(
    'reads a file of exactly the byte limit, and refuses one byte more',
    async () => {
      const { entries } = await korea();
      const sized = (n: number) => pack({ ...entries, 'xl/media/pad.bin': new Uint8Array(n) }, 0);
      const pad = SHEET_LIMITS.bytes - sized(0).length;
      expect(readable(await read(sized(pad)))).toBe(true);
      const r = await read(sized(pad + 1));
      expect(refused(r)).toBe(true);
      expect(first(r)).toBe(
        `Visit: the file is too large to read safely: 'big.xlsx' has 20 MB (${SHEET_LIMITS.bytes + 1} bytes) (at most 20 MB)`,
      );
    },
    HANG,
  );

  it(
    `reads ${SHEET_LIMITS.entries} entries, and refuses one more`,
    async () => {
      const { entries } = await korea();
      const n = Object.keys(entries).length;
      const more = (k: number) =>
        pack({
          ...entries,
          ...Object.fromEntries(
            Array.from({ length: k }, (_, i) => [`xl/media/${i}.bin`, new Uint8Array(1)]),
          ),
        });
      expect(readable(await read(more(SHEET_LIMITS.entries - n)))).toBe(true);
      expect(refused(await read(more(SHEET_LIMITS.entries - n + 1)))).toBe(true);
    },
    HANG,
  );

  it(
    'reads XML that inflates to exactly the limit, and refuses one byte more',
    async () => {
      const { entries, xml } = await korea();
      const pad = SHEET_LIMITS.unpacked - xml;
      const bomb = (n: number) => pack({ ...entries, 'xl/pad.xml': padding(n) });
      expect(bomb(pad + 1).length).toBeLessThan(200 * 1024); // a small file…
      expect(readable(await read(bomb(pad)))).toBe(true);
      expect(refused(await read(bomb(pad + 1)))).toBe(true); // …refused by its declared sizes
    },
    HANG,
  );

  it(
    'refuses an archive whose sizes lie, by counting what it really inflates',
    async () => {
      const { entries, xml } = await korea();
      const pad = SHEET_LIMITS.unpacked - xml;
      const base = pack(entries);
      // The headers declare 100 bytes; the data inflates to the limit, then one byte past it.
      const at = lyingEntry(base, 'xl/pad.xml', padding(pad), 100);
      const past = lyingEntry(base, 'xl/pad.xml', padding(pad + 1), 100);
      expect(readable(await read(at))).toBe(true);
      const r = await read(past);
      expect(refused(r)).toBe(true);
      expect(first(r)).toBe(
        "Visit: the file is too large to read safely: 'big.xlsx' has more than 100 MB of XML once unpacked (at most 100 MB)",
      );
    },
    HANG,
  );

  const sheet = (f: (xml: string) => string) => async () =>
    read(
      patchSheets(await koreaWith([]), (xml, name) => (name.endsWith('sheet5.xml') ? f(xml) : xml)),
    );
  const end = (s: string) => (xml: string) => xml.replace('</sheetData>', `${s}</sheetData>`);
  const text = (ref: string) => `<c r="${ref}" t="inlineStr"><is><t>x</t></is></c>`;

  it(
    `reads a cell in row ${SHEET_LIMITS.rows}, and refuses one in the next row`,
    async () => {
      const at = await sheet(
        end(`<row r="${SHEET_LIMITS.rows}">${text(`A${SHEET_LIMITS.rows}`)}</row>`),
      )();
      expect(readable(at)).toBe(true);
      expect(!at.ok && at.problems.some((p) => p.row === SHEET_LIMITS.rows)).toBe(true);
      const past = SHEET_LIMITS.rows + 1;
      expect(refused(await sheet(end(`<row r="${past}">${text(`A${past}`)}</row>`))())).toBe(true);
      expect(refused(await sheet(end(`<row r="${past}"/>`))())).toBe(true);
    },
    HANG,
  );

  it(
    `reads a cell in column ${SHEET_LIMITS.columns} (GR), and refuses one in the next (GS)`,
    async () => {
      expect(readable(await sheet(end(`<row r="900">${text('GR900')}</row>`))())).toBe(true);
      // (The reader itself refuses a row without an address; not for its size.)
      expect(refused(await sheet(end(`<row r="900">${text('GS900')}</row>`))())).toBe(true);
      // Cells without addresses count from the row's start.
      const bare = (n: number) =>
        end(`<row>${'<c t="inlineStr"><is><t>x</t></is></c>'.repeat(n)}</row>`);
      expect(refused(await sheet(bare(SHEET_LIMITS.columns))())).toBe(false);
      expect(refused(await sheet(bare(SHEET_LIMITS.columns + 1))())).toBe(true);
    },
    HANG,
  );

  it(
    'refuses at once one cell at the last address a spreadsheet has (XFD1048576)',
    async () => {
      // Before: the reader built the grid up to it, and ran out of memory after minutes.
      const r = await sheet(end(`<row r="1048576">${text('XFD1048576')}</row>`))();
      expect(first(r)).toBe(
        "Visit: the file is too large to read safely: 'big.xlsx', sheet 'Sources · المصادر' has a row 1048576 (at most 50000 rows)",
      );
    },
    HANG,
  );

  it(
    'reads a huge shared strings table within the limits',
    async () => {
      const { entries } = await korea();
      const sst = new TextDecoder().decode(entries['xl/sharedStrings.xml']);
      const many = sst.replace('</sst>', `${'<si><t>x</t></si>'.repeat(1_000_000)}</sst>`);
      const r = await read(
        pack({ ...entries, 'xl/sharedStrings.xml': new TextEncoder().encode(many) }),
      );
      expect(readable(r)).toBe(true);
    },
    HANG,
  );
});

describe('the limits of CSV files', () => {
  const csv = (text: string) =>
    importFiles([{ name: 'Sources.csv', bytes: new TextEncoder().encode(text) }]);
  const rows = (n: number) => `Id\r\n${'x\r\n'.repeat(n - 1)}`;

  it(
    `reads ${SHEET_LIMITS.rows} rows, and refuses one more`,
    async () => {
      expect(readable(await csv(rows(SHEET_LIMITS.rows)))).toBe(true);
      expect(refused(await csv(rows(SHEET_LIMITS.rows + 1)))).toBe(true);
    },
    HANG,
  );

  it(`reads ${SHEET_LIMITS.columns} columns, and refuses one more`, async () => {
    const cols = (n: number) => `${Array.from({ length: n }, (_, i) => `c${i}`).join(',')}\r\n`;
    expect(readable(await csv(cols(SHEET_LIMITS.columns)))).toBe(true);
    expect(refused(await csv(cols(SHEET_LIMITS.columns + 1)))).toBe(true);
  });

  it(
    'reads a file of exactly the byte limit, and refuses one byte more',
    async () => {
      const head = 'Id\r\n';
      const body = (n: number) => head + ' '.repeat(n - head.length);
      expect(readable(await csv(body(SHEET_LIMITS.bytes)))).toBe(true);
      expect(refused(await csv(body(SHEET_LIMITS.bytes + 1)))).toBe(true);
    },
    HANG,
  );
});
