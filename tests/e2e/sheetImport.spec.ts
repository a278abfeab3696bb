/**
 * A visit from a spreadsheet, in the browser (issue 17): a workbook dropped or opened shows the
 * visit at once as a preview, with its JSON to download; a workbook with mistakes lists each by
 * sheet, row and column, in Arabic and in English. Nothing is sent anywhere: the test fails on
 * any request the page makes once the app has loaded.
 */
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { koreaTables, koreaVisit, setCell } from '../fixtures/sheets/workbooks';
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
