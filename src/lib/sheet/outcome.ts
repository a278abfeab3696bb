/** What the page keeps of a spreadsheet it opened (state/visitLoader.svelte.ts). */
import type { SheetProblem } from './problems';

export interface SheetOutcome {
  /** The file's name, or the CSV files' names. */
  fileName: string;
  /** Its mistakes, in workbook order; none when it imported. */
  problems: SheetProblem[];
  /** The visit JSON it made, to download and publish; null when it has mistakes. */
  json: string | null;
}
