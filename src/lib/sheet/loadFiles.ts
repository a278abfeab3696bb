/**
 * Spreadsheet files opened in the page, as the loader's result: the visit (previewed at once)
 * with the JSON to download, or the mistakes by sheet, row and column. Lazy: the page loads
 * this module, and the spreadsheet libraries behind it, only when a spreadsheet is opened.
 * Nothing leaves the browser.
 */
import { makeError } from '../model/errors';
import type { LoadResult } from '../model/loadResult';
import type { SheetOutcome } from './outcome';
import { importFiles } from './workbook';
import { describeSheetProblem } from './words';

export async function loadSheetFiles(
  files: readonly File[],
): Promise<LoadResult & { sheet: SheetOutcome }> {
  const named = await Promise.all(
    files.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })),
  );
  const result = await importFiles(named);
  const fileName = files.length === 1 ? files[0]!.name : files.map((f) => f.name).join(', ');
  if (result.ok) {
    const json = `${JSON.stringify(result.json, null, 2)}\n`;
    return { ok: true, visit: result.visit, sheet: { fileName, problems: [], json } };
  }
  // The plain list the page falls back to if the sheet errors' own chunk cannot load.
  const errors = result.problems.map((p) => {
    const m = describeSheetProblem(p, 'en', false);
    return makeError(m.where, 'value', m.what, '');
  });
  return {
    ok: false,
    problem: 'invalid',
    errors,
    sheet: { fileName, problems: result.problems, json: null },
  };
}
