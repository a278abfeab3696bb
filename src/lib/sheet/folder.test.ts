// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { filesOfFolders, type EntryLike } from './folder';

const file = (name: string): EntryLike => ({
  isFile: true,
  isDirectory: false,
  name,
  file: (ok) => ok(new File([name], name)),
});
/** A folder whose reader gives its entries in batches of two, then an empty batch. */
const folder = (name: string, children: EntryLike[]): EntryLike => ({
  isFile: false,
  isDirectory: true,
  name,
  createReader: () => {
    let at = 0;
    return {
      readEntries: (ok) => {
        ok(children.slice(at, at + 2));
        at += 2;
      },
    };
  },
});

describe('a dropped folder of CSV files', () => {
  it('gives the folder’s CSV files in name order, read across batches, and nothing else', async () => {
    const dropped = folder('visit', [
      file('People.csv'),
      file('notes.txt'),
      folder('old', [file('Visit.csv')]),
      file('Countries.csv'),
      file('Visit.CSV'),
    ]);
    const files = await filesOfFolders([dropped]);
    expect(files?.map((f) => f.name)).toEqual(['Countries.csv', 'People.csv', 'Visit.CSV']);
  });

  it('says null when no folder was dropped (the files themselves are read)', async () => {
    expect(await filesOfFolders([file('visit.xlsx')])).toBeNull();
  });
});
