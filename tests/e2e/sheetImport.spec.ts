/**
 * A visit from a spreadsheet, in the browser (issue 17): a workbook dropped or opened shows the
 * visit at once as a preview, with its JSON to download; a workbook with mistakes lists each by
 * sheet, row and column, in Arabic and in English. Nothing is sent anywhere: the test fails on
 * any request the page makes once the app has loaded.
 */
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { koreaTables, koreaVisit, setCell } from '../fixtures/sheets/workbooks';
import {
  CFB,
  LAUGHS,
  koreaWith,
  lyingEntry,
  pack,
  padding,
  patchSheets,
  unpack,
  withCells,
} from '../fixtures/sheets/hostile';
import { SHEET_LIMITS } from '../../src/lib/sheet/unzip';
import { visitCsv, visitWorkbook } from '../../src/lib/sheet/workbook';
import { visitTables } from '../../src/lib/sheet/write';
import { writeXlsx } from '../../src/lib/sheet/xlsx';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Drops files on the page, as a drag from the desktop would. */
const drop = (page: Page, files: { name: string; bytes: Uint8Array; type: string }[]) =>
  page.evaluate(
    (list) => {
      const transfer = new DataTransfer();
      for (const f of list)
        transfer.items.add(new File([new Uint8Array(f.data)], f.name, { type: f.type }));
      for (const type of ['dragenter', 'dragover', 'drop'])
        window.dispatchEvent(new DragEvent(type, { dataTransfer: transfer, cancelable: true }));
    },
    files.map((f) => ({ name: f.name, type: f.type, data: [...f.bytes] })),
  );

/** Opens the app and notes every request it makes from then on (there should be none). */
async function ready(page: Page) {
  await page.goto('./');
  await expect(page.locator('html')).toHaveAttribute('data-state', 'ready');
  const sent: string[] = [];
  page.on('request', (r) => {
    // The spreadsheet code's own chunks come from the app's origin; nothing else may go out.
    if (!/\/assets\/[^/]+\.(js|css)$/.test(new URL(r.url()).pathname)) sent.push(r.url());
  });
  return sent;
}

test('a dropped workbook shows the visit at once, and its JSON downloads', async ({ page }) => {
  const sent = await ready(page);
  const bytes = await visitWorkbook(koreaVisit() as unknown as Record<string, unknown>);
  await drop(page, [{ name: 'korea.xlsx', bytes, type: XLSX }]);
  await expect(page.locator('html')).toHaveAttribute('data-state', 'ready');
  await expect(page.getByText('korea.xlsx')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('كوريا');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('sheet-download').click(),
  ]);
  expect(download.suggestedFilename()).toBe('uae-korea-2022-10.json');
  const json = JSON.parse(readFileSync((await download.path())!, 'utf8')) as {
    schemaVersion: number;
    meetings: unknown[];
  };
  expect(json.schemaVersion).toBe(2);
  expect(json.meetings).toHaveLength(7);
  await page.screenshot({ path: '/tmp/zh/sheet/import-preview.png' });
  expect(sent).toEqual([]);
});

test('CSV files opened together are read as one workbook', async ({ page }) => {
  await ready(page);
  const files = visitCsv(koreaVisit() as unknown as Record<string, unknown>).map((f) => ({
    name: f.name,
    mimeType: 'text/csv',
    buffer: Buffer.from(f.text),
  }));
  await page.locator('input[type=file]').first().setInputFiles(files);
  await expect(page.locator('html')).toHaveAttribute('data-state', 'ready');
  await expect(page.getByTestId('sheet-download')).toBeVisible();
});

test('a workbook with mistakes lists each by sheet, row and column, in Arabic and English', async ({
  page,
}) => {
  const sent = await ready(page);
  const t = koreaTables();
  const role = setCell(t, 'people', 'lee-young', 'Role', 'counterprt');
  const org = setCell(t, 'people', 'koh-jin', 'Organization', 'وزارة الداخلة والسلامة');
  const date = setCell(t, 'engagements', 'meeting-koh-jin', 'Date', 'next week');
  const { layouts } = visitTables(koreaVisit() as unknown as Record<string, unknown>);
  const bytes = await writeXlsx(t, layouts, { name: 'Read me', rows: [] });
  await page
    .locator('input[type=file]')
    .first()
    .setInputFiles({ name: 'bad.xlsx', mimeType: XLSX, buffer: Buffer.from(bytes) });
  await expect(page.locator('html')).toHaveAttribute('data-state', 'error');
  const list = page.getByTestId('sheet-errors');
  await expect(list.getByRole('heading')).toHaveText('في جدول البيانات أخطاء');
  await expect(list.getByRole('listitem')).toHaveCount(3);
  // The page is in Arabic; each message is in Arabic, and in English beneath it.
  await expect(list).toContainText(`الأشخاص، الصف ${org.row}، العمود «الجهة»: لا جهة باسم`);
  await expect(list).toContainText(`People, row ${role.row}, column Role: expected one of`);
  await expect(list).toContainText(
    `Engagements, row ${date.row}, column Date: expected a date such as`,
  );
  await expect(list).toContainText('did you mean');
  await page.screenshot({ path: '/tmp/zh/sheet/import-errors.png', fullPage: true });
  expect(sent).toEqual([]);
});

/** Opens a file with the page's file input. */
const open = (page: Page, name: string, bytes: Uint8Array) =>
  page
    .locator('input[type=file]')
    .first()
    .setInputFiles({ name, mimeType: XLSX, buffer: Buffer.from(bytes) });

/** The page answers: a script runs on its main thread, and a button still works. */
async function responds(page: Page) {
  expect(await page.evaluate(() => document.readyState)).toBe('complete');
}

test('a formula is never evaluated: its saved value, or a message at its cell', async ({
  page,
}) => {
  const sent = await ready(page);
  const base = await koreaWith([
    ['people', 'koh-jin', 'Name (en)', 'M1'],
    ['people', 'lee-young', 'Name (en)', `=cmd|' /C calc'!A0`],
  ]);
  const unsaved = withCells(base, { M1: (ref) => `<c r="${ref}" t="str"><f>1+1</f></c>` });
  await open(page, 'formula.xlsx', unsaved);
  await expect(page.locator('html')).toHaveAttribute('data-state', 'error');
  const list = page.getByTestId('sheet-errors');
  await expect(list.getByRole('listitem')).toHaveCount(1);
  await expect(list).toContainText('العمود «الاسم (en)»: صيغة بلا قيمة محفوظة');
  await expect(list).toContainText('column Name (en): a formula with no saved value');
  // Saved, the formula's value is read and the DDE text stays text.
  const saved = withCells(base, {
    M1: (ref) =>
      `<c r="${ref}" t="str"><f>HYPERLINK("https://evil.example","Koh Jin")</f><v>Koh Jin</v></c>`,
  });
  await open(page, 'saved.xlsx', saved);
  await expect(page.getByTestId('sheet-download')).toBeVisible();
  expect(sent).toEqual([]);
});

const refusals: [string, () => Promise<Uint8Array>, string, string][] = [
  ['an empty file', async () => new Uint8Array(), 'الملف فارغ', 'the file is empty'],
  ['a password-protected workbook', async () => CFB, 'محمي بكلمة مرور', 'password-protected'],
  [
    'a text file renamed .xlsx',
    async () => new TextEncoder().encode('not a workbook'),
    'ليس ملف',
    'not an .xlsx file',
  ],
  [
    'a DOCTYPE with entities (billion laughs)',
    async () => patchSheets(await koreaWith([]), (xml) => xml.replace('?>', `?>${LAUGHS}`)),
    'DOCTYPE',
    'DOCTYPE or ENTITY declaration',
  ],
  [
    'one cell at XFD1048576',
    async () =>
      patchSheets(await koreaWith([]), (xml) =>
        xml.replace(
          '</sheetData>',
          '<row r="1048576"><c r="XFD1048576"><v>1</v></c></row></sheetData>',
        ),
      ),
    'الملف أكبر من أن يُقرأ بأمان',
    `(at most ${SHEET_LIMITS.rows} rows)`,
  ],
];

for (const [what, make, ar, en] of refusals)
  test(`${what}: one clear message, in Arabic and English`, async ({ page }) => {
    await ready(page);
    await open(page, 'hostile.xlsx', await make());
    await expect(page.locator('html')).toHaveAttribute('data-state', 'error');
    const list = page.getByTestId('sheet-errors');
    await expect(list.getByRole('listitem')).toHaveCount(1);
    await expect(list).toContainText(ar);
    await expect(list).toContainText(en);
    await responds(page);
  });

test('a zip bomb whose sizes lie is refused, and the page answers while it is read', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await ready(page);
  const entries = unpack(await koreaWith([]));
  const xml = Object.entries(entries)
    .filter(([n]) => n.endsWith('.xml') || n.endsWith('.xml.rels'))
    .reduce((s, [, d]) => s + d.length, 0);
  const bomb = lyingEntry(
    pack(entries),
    'xl/pad.xml',
    padding(SHEET_LIMITS.unpacked - xml + 1),
    100,
  );
  const worker = page.waitForRequest(/sheet\.worker-[^/]*\.js$/);
  await open(page, 'bomb.xlsx', bomb);
  // While it is read (seconds: 100 MB inflated), the page's own thread runs a script…
  await expect
    .poll(() => page.evaluate(() => document.documentElement.dataset.state))
    .toBe('loading');
  // …because the reading runs in the spreadsheet worker.
  await worker;
  await expect(page.locator('html')).toHaveAttribute('data-state', 'error', { timeout: 120_000 });
  const list = page.getByTestId('sheet-errors');
  await expect(list).toContainText('الملف أكبر من أن يُقرأ بأمان');
  await expect(list).toContainText('more than 100 MB of XML once unpacked');
  await responds(page);
});

test('the Arabic message for a bad date keeps each accepted form whole and in order', async ({
  page,
}) => {
  await ready(page);
  const t = koreaTables();
  setCell(t, 'engagements', 'meeting-koh-jin', 'Date', 'next week');
  const { layouts } = visitTables(koreaVisit() as unknown as Record<string, unknown>);
  await open(page, 'date.xlsx', await writeXlsx(t, layouts, { name: 'Read me', rows: [] }));
  const list = page.getByTestId('sheet-errors');
  await expect(list.getByRole('listitem')).toHaveCount(1);
  const text = await list.getByRole('listitem').locator('p').first().textContent();
  for (const form of ['2022-10-04', 'between 2022-10-03 and 2022-10-09', '2022-10-07 10:30'])
    expect(text).toContain(`\u2068${form}\u2069`);
  await list.screenshot({ path: '/tmp/zh/h4/date-ar.png' });
});
