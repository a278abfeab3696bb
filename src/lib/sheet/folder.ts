/**
 * A dropped folder of CSV files (one per sheet) as its files: browsers hand a dropped folder
 * over as a directory entry, not as files. Only the folder's own .csv files are read (no
 * subfolders), in name order, at most `MAX_FILES`.
 */

/** The part of the File and Directory Entries API a dropped item gives. */
export interface EntryLike {
  isFile: boolean;
  isDirectory: boolean;
  name: string;
  file?: (ok: (f: File) => void, fail?: (e: unknown) => void) => void;
  createReader?: () => {
    readEntries: (ok: (es: EntryLike[]) => void, fail?: (e: unknown) => void) => void;
  };
}

const MAX_FILES = 50;

const fileOf = (e: EntryLike) => new Promise<File>((ok, fail) => e.file!(ok, fail));

async function childrenOf(dir: EntryLike): Promise<EntryLike[]> {
  const reader = dir.createReader!();
  const out: EntryLike[] = [];
  // readEntries gives a batch at a time, and an empty one at the end.
  for (;;) {
    const batch = await new Promise<EntryLike[]>((ok, fail) => reader.readEntries(ok, fail));
    if (batch.length === 0 || out.length >= MAX_FILES) return out;
    out.push(...batch);
  }
}

/** The CSV files of the dropped folders, or null when nothing dropped is a folder. */
export async function filesOfFolders(entries: readonly EntryLike[]): Promise<File[] | null> {
  const dirs = entries.filter((e) => e.isDirectory);
  if (dirs.length === 0) return null;
  const csv: EntryLike[] = [];
  for (const d of dirs)
    for (const c of await childrenOf(d)) if (c.isFile && /\.csv$/i.test(c.name)) csv.push(c);
  csv.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return Promise.all(csv.slice(0, MAX_FILES).map(fileOf));
}
